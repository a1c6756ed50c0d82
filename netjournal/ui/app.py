"""Starting the window: `run_gui` for the `netjournal` command, `save_screenshots` for docs.

Nothing happens at import time; the QApplication is made when a function is called.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from netjournal.errors import NetJournalError
from netjournal.journal import Journal
from netjournal.ui.main_window import MainWindow


def _application(argv: list[str] | None = None, *, offscreen: bool = False) -> QApplication:
    """The running QApplication, or a new one named for NetJournal (on no screen if
    `offscreen`)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    args = list(argv) if argv is not None else sys.argv[:1]
    if offscreen:
        args += ["-platform", "offscreen"]
    app = QApplication(args)
    app.setOrganizationName("NetJournal")
    app.setApplicationName("netjournal")
    app.setApplicationDisplayName("NetJournal")
    return app


def _user_settings() -> QSettings:
    """Where the window remembers its geometry: the platform's place for NetJournal."""
    return QSettings()


def run_gui(journal_path: Path, argv: list[str] | None = None) -> int:
    """Open the journal at `journal_path` in the main window; the exit code when it closes."""
    app = _application(argv)
    try:
        journal = Journal.open(Path(journal_path))
    except NetJournalError as error:
        _cannot_open(error)
        return 1
    try:
        window = MainWindow(journal, _user_settings())
    except NetJournalError as error:  # the file opened but cannot be read
        journal.close()
        _cannot_open(error)
        return 1
    try:
        window.show()
        code = app.exec()
        window.shutdown()
    finally:
        journal.close()
    return code


def _cannot_open(error: NetJournalError) -> None:
    QMessageBox.critical(
        None,
        QApplication.translate("run_gui", "The journal cannot be opened"),
        str(error),
    )


def save_screenshots(
    journal_path: Path, outdir: Path, size: tuple[int, int] = (1280, 800)
) -> list[Path]:
    """A PNG of the window at `size` for each tab, in `outdir`; their paths in tab order.

    The window's remembered state is not read or changed: it uses settings of its own.
    """
    _application(offscreen=True)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="netjournal-screens-") as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        journal = Journal.open(Path(journal_path), create=False)
        try:
            window = MainWindow(journal, settings)
            window.resize(*size)
            window.show()
            QApplication.processEvents()
            names = ("contacts", "goals", "mentorships", "timeline")
            for number, (tab, name) in enumerate(zip(window.list_tabs(), names, strict=True), 1):
                window.tabs.setCurrentWidget(tab)
                for _ in range(3):  # layouts settle over a few passes
                    QApplication.processEvents()
                path = outdir / f"{number:02d}-{name}.png"
                if not window.grab().save(str(path)):
                    raise OSError(f"Could not write the screenshot {path}.")
                saved.append(path)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        finally:
            journal.close()
    return saved
