"""File → Import… and File → Export…: the window side of `netjournal.interchange.jobs`.

`import_dialog` asks for files, shows what importing them would do
(`ImportPreviewDialog`) and imports what the person confirms; `export_dialog` asks
for a format (`ExportDialog`) and a place, and writes it; `worker` runs both off the
GUI thread with a progress dialog that cancels them.
"""
