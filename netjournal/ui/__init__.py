"""The Qt user interface: main window, one package per tab, table models, small widgets.

It talks to `netjournal.journal` only, never to the store. Nothing happens at import time.
"""
