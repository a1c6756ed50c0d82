"""Starting the window: `run_gui` for the `netjournal` command, `save_screenshots` for docs.

Nothing happens at import time; the QApplication is made when a function is called.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from netjournal.journal import Journal
from netjournal.journal.generate import make_demo_journal
from netjournal.paths import data_dir, journal_path
from netjournal.ui import i18n
from netjournal.ui.goals.celebrate import CelebrateDialog
from netjournal.ui.help.about import AboutDialog
from netjournal.ui.icons import app_icon
from netjournal.ui.interchange.export_dialog import ExportDialog
from netjournal.ui.interchange.import_dialog import ImportPreviewDialog
from netjournal.ui.main_window import MainWindow
from netjournal.ui.mentorships.history import RevisionHistoryDialog
from netjournal.ui.mentorships.review import ReviewDialog
from netjournal.ui.mentorships.session import SessionDialog
from netjournal.ui.mentorships.summary import SummaryDialog
from netjournal.ui.security.session import JournalSession
from netjournal.ui.settings import AppSettings, apply_settings
from netjournal.ui.welcome import (
    DEMO_PREFIX,
    Welcome,
    WelcomeChoice,
    WelcomeDialog,
    ask_welcome,
    follow_welcome,
    is_first_run,
)


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
    app.setDesktopFileName("org.netjournal.NetJournal")  # the .desktop entry in resources/
    app.setWindowIcon(app_icon())
    return app


def _user_settings() -> QSettings:
    """Where the window remembers its geometry: the platform's place for NetJournal."""
    return QSettings()


def run_gui(journal_path: Path, argv: list[str] | None = None) -> int:
    """Open the journal at `journal_path` in the main window; the exit code when it closes.

    A `JournalSession` holds the journal: its lock file, its passphrase, locking it when
    left alone, and what to do when it cannot be opened.
    """
    app = _application(argv)
    settings = _user_settings()
    # The language (Settings, else the system's), then date style, week start, light or
    # dark and a new person's cadence: all before any window is built.
    app_settings = AppSettings(settings)
    i18n.install(i18n.chosen_language(app_settings.language()))
    apply_settings(app_settings)
    path = Path(journal_path)
    if not is_first_run(path):
        return _run_session(app, path, settings)
    # The first start: nothing is made until the person chooses how to begin.
    welcome = ask_welcome(path)
    if welcome is None:
        return 0
    if welcome.choice is WelcomeChoice.DEMO:
        # As `netjournal demo`: the real journal stays unmade, and the welcome comes back.
        with tempfile.TemporaryDirectory(prefix=DEMO_PREFIX) as folder:
            return _run_session(app, make_demo_journal(Path(folder)), settings)
    return _run_session(app, path, settings, welcome)


def _run_session(
    app: QApplication, path: Path, settings: QSettings, welcome: Welcome | None = None
) -> int:
    """A `JournalSession` on `path` until the person quits; after a welcome, what it
    chose (the passphrase, the import) once the window shows."""
    session = JournalSession(path, settings)
    quit_on_last = app.quitOnLastWindowClosed()
    # Locking closes the window before the unlock dialog shows: the session says when to quit.
    app.setQuitOnLastWindowClosed(False)
    try:
        if not session.start():
            return session.exit_code if session.exit_code is not None else 1
        session.finished.connect(app.exit)
        if welcome is not None:
            # From the app's own loop, so that quitting from its dialogs ends it.
            QTimer.singleShot(0, session, lambda: follow_welcome(session, welcome))
        return app.exec()
    finally:
        session.shutdown()
        app.setQuitOnLastWindowClosed(quit_on_last)


def save_screenshots(
    journal_path: Path,
    outdir: Path,
    size: tuple[int, int] = (1280, 800),
    language: str | None = None,
) -> list[Path]:
    """PNGs of the window at `size` for each tab and view, then of the main dialogs, in
    `outdir`; their paths in order.

    Where the journal holds them, the editors show a shared goal and an agreed mentorship,
    and the dialogs a session, a review, the revision history, a summary to share and a
    celebration; then what importing a few contacts would do, and the export dialog. The
    window's remembered state is not read or changed: it uses settings of its own.
    In `language` ("de", "es", "en"; None: the system's) when given, and then as it was.
    """
    _application(offscreen=True)
    installed = i18n.install(language) if language is not None else None
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
            _settle()
            shots = _Shots(outdir, saved)
            shots.window(window, window.today, "today")
            shots.window(window, window.contacts, "contacts")
            goal = _pick_goal(journal)
            if goal is not None:
                window.show_goal(goal)
            shots.window(window, window.goals, "goals")
            agreement = _pick_agreement(journal)
            if agreement is not None:
                window.show_agreement(agreement)
            shots.window(window, window.mentorships, "mentorships")
            shots.window(window, window.timeline, "timeline")
            shots.network(window)
            window.tabs.setCurrentWidget(window.mentorships)
            for view in ("mentees", "outreach"):
                window.mentorships.show_view(view)
                shots.window(window, window.mentorships, view)
            window.mentorships.show_view("agreements")
            shots.dialogs(window, journal, agreement)
            shots.interchange(window, journal, Path(folder))
            shots.help(window, journal)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        finally:
            journal.close()
            if installed is not None:
                i18n.uninstall(installed)
    return saved


def _settle() -> None:
    for _ in range(3):  # layouts settle over a few passes
        QApplication.processEvents()


def _wait_until(ready: Callable[[], bool], seconds: float = 10.0) -> None:
    """Let the event loop run until `ready()` (work done in other threads), or give up."""
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    _settle()


def _pick_goal(journal: Journal) -> int | None:
    """The active goal shared with the most people."""
    rows = [g for g in journal.goals.rows() if g.status == "active"] or journal.goals.rows()
    return max(rows, key=lambda g: (g.members, g.milestones_total)).id if rows else None


def _pick_agreement(journal: Journal) -> int | None:
    """An active agreement with the longest history."""
    rows = [a for a in journal.mentorships.rows() if a.status == "active"]
    if not rows:
        return None
    return max(rows, key=lambda a: len(journal.mentorships.get(a.id).revisions)).id


class _Shots:
    """Saves numbered screenshots."""

    def __init__(self, outdir: Path, saved: list[Path]) -> None:
        self.outdir = outdir
        self.saved = saved

    def save(self, widget: QWidget, name: str) -> None:
        path = self.outdir / f"{len(self.saved) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"Could not write the screenshot {path}.")
        self.saved.append(path)

    def network(self, window: MainWindow) -> None:
        """The Network tab's four views, each once it has finished its work (the counts
        of Give & Get and the map's layout run in threads of their own)."""
        network = window.network
        window.tabs.setCurrentWidget(network)
        views = (
            (network.give_get, "give-get", lambda: network.give_get.model.started),
            (network.matches, "matches", lambda: True),
            (network.map, "map", lambda: not network.map.runner.busy),
            (network.insights, "insights", lambda: True),
        )
        for view, name, ready in views:
            network.views.setCurrentWidget(view)
            _wait_until(ready)
            self.window(window, network, name)
        network.views.setCurrentWidget(network.give_get)

    def window(self, window: MainWindow, tab: QWidget, name: str) -> None:
        window.tabs.setCurrentWidget(tab)
        _settle()
        self.save(window, name)

    def dialog(self, dialog: QDialog, name: str, size: tuple[int, int] | None = None) -> None:
        """`size`: what the dialog opens at on a laptop's screen (the offscreen one is
        smaller, and dialogs fit themselves to it)."""
        if size is not None:
            dialog.resize(QSize(*size).expandedTo(dialog.minimumSizeHint()))
        dialog.show()
        _settle()
        self.save(dialog, name)
        dialog.reject()
        QApplication.processEvents()

    def dialogs(self, window: MainWindow, journal: Journal, agreement: int | None) -> None:
        """The editors' dialogs over the journal's own content."""
        if agreement is not None:
            sessions = [
                e
                for e in journal.entries.rows(journal.entries.page(agreement_id=agreement).ids)
                if e.kind == "session"
            ]
            if sessions:
                session = SessionDialog(journal, entry_id=sessions[0].id, parent=window)
                self.dialog(session, "session", (1080, 720))
            history = RevisionHistoryDialog(journal, agreement, parent=window)
            self.dialog(history, "history")
            self.dialog(SummaryDialog(journal, agreement, parent=window), "summary", (820, 740))
        due = [i for i in journal.timeline.upcoming() if i.kind == "review" and i.agreement_id]
        reviewed = due[0].agreement_id if due else agreement
        if reviewed is not None:
            self.dialog(ReviewDialog(journal, reviewed, parent=window), "review", (980, 640))
        to_celebrate = [
            g for g in journal.goals.rows() if g.status == "achieved" and not g.celebrated_on
        ]
        if to_celebrate:
            self.dialog(CelebrateDialog(journal, to_celebrate[0].id, window), "celebrate")

    def help(self, window: MainWindow, journal: Journal) -> None:
        """The first start's welcome, over where this platform keeps the journal, and
        Help → About over the journal shown."""
        self.dialog(WelcomeDialog(journal_path(data_dir(None, env={})), window), "welcome")
        self.dialog(AboutDialog(journal, window), "about", (720, 640))

    def interchange(self, window: MainWindow, journal: Journal, folder: Path) -> None:
        """What importing a few contacts would do (nothing is imported), and the export
        dialog with the selected person offered for a vCard."""
        from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, only here

        preview = jobs.preview_import(journal, [_sample_contacts(journal, folder)])
        self.dialog(ImportPreviewDialog(journal, preview, window), "import", (960, 600))
        person = window.contacts.shown_person_id()
        selected = [person] if person is not None else []
        self.dialog(ExportDialog(journal, selected, window), "export")


def _sample_contacts(journal: Journal, folder: Path) -> Path:
    """A small vCard file to preview an import of: three new people, one already in the
    journal (by email, bringing a phone number) and a card with a birthday that has no
    year, which the preview lists as a problem."""
    cards = [
        ("Lena Fischer", "Robotics Club", "Team lead", "lena.fischer@example.org"),
        ("Omar Haddad", "City Library", "Librarian", "omar.haddad@example.org"),
        ("Priya Raman", "Open Source Society", "Organizer", "priya@example.org"),
    ]
    page = journal.people.page(limit=50)
    known = next(
        (
            (p.display_name, m.value)
            for p in journal.people.get_many(page.ids)
            for m in p.contact_methods
            if m.kind == "email"
        ),
        None,
    )
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:{org}\r\nTITLE:{role}\r\n"
        f"EMAIL:{email}\r\nEND:VCARD\r\n"
        for name, org, role, email in cards
    )
    if known is not None:
        name, email = known
        text += (
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\n"
            "TEL;TYPE=cell:+1 555 0100\r\nEND:VCARD\r\n"
        )
    text += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Lee\r\nBDAY:--0412\r\nEND:VCARD\r\n"
    path = folder / "contacts.vcf"
    path.write_text(text, encoding="utf-8")
    return path
