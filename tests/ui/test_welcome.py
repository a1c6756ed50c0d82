"""The first start, through `run_gui` on a real temporary folder: the welcome page shows
while there is no journal, each of its choices does what it says, Escape makes nothing,
and once a journal exists the page never shows again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThread, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal, keys
from netjournal.ui import app as ui_app
from netjournal.ui.interchange.import_dialog import ImportPreviewDialog
from netjournal.ui.main_window import MainWindow
from netjournal.ui.security.passphrase import PassphraseDialog
from netjournal.ui.welcome import (
    DEMO_PREFIX,
    WelcomeChoice,
    WelcomeDialog,
    WelcomeImportFlow,
    is_first_run,
)

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

PASSPHRASE = "violet tram harbour lantern"
POLL_MS = 20
GIVE_UP_MS = 20_000


@pytest.fixture
def user_settings(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    """`run_gui` remembers the window in a temporary file, not the user's settings."""
    monkeypatch.setattr(ui_app, "_user_settings", lambda: settings)
    return settings


class Driver:
    """Steps run inside `run_gui`'s own event loops (its dialogs' and the app's): each
    waits for its widget to show, then acts; what went wrong is kept to be raised."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.seen: list[str] = []

    def when(self, find: Callable[[], QWidget | None], act: Callable[[QWidget], object]) -> None:
        waited = [0]

        def poll() -> None:
            widget = find()
            if widget is None:
                waited[0] += POLL_MS
                if waited[0] > GIVE_UP_MS:
                    self.errors.append(AssertionError(f"never shown: {find}"))
                    close_all()
                    return
                QTimer.singleShot(POLL_MS, poll)
                return
            try:
                act(widget)
            except BaseException as exc:  # raised in the test, after run_gui returns
                self.errors.append(exc)
                close_all()

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def shown(kind: type[QWidget]) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    return find


def close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WelcomeDialog) and widget.isVisible():
            widget.reject()
        elif isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()


def test_the_first_start_is_the_journal_file_missing(journal_path: Path) -> None:
    assert is_first_run(journal_path)  # its folder is not made yet either
    Journal.open(journal_path).close()
    assert not is_first_run(journal_path)
    # A folder gone missing under one that is missing too (a disk not connected) is a
    # problem for the session to say, not a first start.
    assert not is_first_run(journal_path.parent / "gone" / "deeper" / "journal.db")


def test_the_welcome_page_says_where_what_and_how(qtbot: QtBot, journal_path: Path) -> None:
    dialog = WelcomeDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    path = dialog.findChild(QLabel, "welcomePath")
    assert path.text() == str(journal_path)
    assert path.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Nothing leaves this computer" in words
    assert "no account" in words
    assert "network" in words
    assert "File → Encrypt Journal…" in words
    for kind in ("vCard .vcf", "LinkedIn's Connections.csv", "Google Contacts CSV", ".ics"):
        assert kind in words
    assert "shows again next time" in words  # under the demo's button
    buttons = [dialog.empty_button, dialog.import_button, dialog.demo_button]
    # Each choice has a mnemonic of its own and a name read out.
    mnemonics = [b.text().split("&")[1][0].lower() for b in [*buttons, dialog.quit_button]]
    mnemonics.append(dialog.encrypt_box.text().split("&")[1][0].lower())
    assert len(set(mnemonics)) == len(mnemonics)
    for button in buttons:
        assert button.accessibleName()
        assert "&" not in button.accessibleName()
        assert button.accessibleDescription()
    for control in dialog.findChildren(QAbstractButton):
        assert control.accessibleName()
    # Tab reaches the passphrase choice and each way to begin.
    assert QApplication.focusWidget() is dialog.empty_button
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    for widget in (dialog.encrypt_box, *buttons, dialog.quit_button):
        assert widget in reached
    # The mnemonic chooses: Alt+D for the demo.
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choice is WelcomeChoice.DEMO)  # the button's click shows
    welcome = dialog.welcome()
    assert welcome is not None
    assert welcome.choice is WelcomeChoice.DEMO


def test_start_empty_makes_the_journal_and_opens_the_window(
    journal_path: Path, user_settings: QSettings
) -> None:
    drive = Driver()
    windows: list[tuple[str, int]] = []

    def in_window(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        windows.append((str(window.journal.path), window.contacts.model.rowCount()))
        window.close()

    drive.when(shown(WelcomeDialog), lambda d: d.empty_button.click())
    drive.when(shown(MainWindow), in_window)
    assert ui_app.run_gui(journal_path) == 0
    drive.check()
    assert windows == [(str(journal_path), 0)]
    assert journal_path.is_file()
    assert not keys.is_encrypted(journal_path)
    with Journal.open(journal_path, create=False) as journal:
        assert journal.stats()["people"] == 0


def test_the_second_start_with_a_journal_does_not_welcome(
    journal_path: Path, user_settings: QSettings
) -> None:
    Journal.open(journal_path).close()
    drive = Driver()

    def in_window(window: QWidget) -> None:
        drive.seen += [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        window.close()

    drive.when(shown(MainWindow), in_window)
    assert ui_app.run_gui(journal_path) == 0
    drive.check()
    assert "MainWindow" in drive.seen
    assert "WelcomeDialog" not in drive.seen


def test_escape_quits_and_makes_nothing(
    qtbot: QtBot, journal_path: Path, user_settings: QSettings
) -> None:
    drive = Driver()
    drive.when(shown(WelcomeDialog), lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert ui_app.run_gui(journal_path) == 0
    drive.check()
    assert not journal_path.exists()
    assert not journal_path.parent.exists()  # not even its folder


def test_the_demo_opens_a_temporary_journal_and_leaves_the_real_one_unmade(
    journal_path: Path, user_settings: QSettings
) -> None:
    drive = Driver()
    opened: list[tuple[Path, int]] = []

    def in_window(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        opened.append((window.journal.path, window.journal.stats()["people"]))
        window.close()

    drive.when(shown(WelcomeDialog), lambda d: d.demo_button.click())
    drive.when(shown(MainWindow), in_window)
    assert ui_app.run_gui(journal_path) == 0
    drive.check()
    [(demo, people)] = opened
    assert demo.parent.name.startswith(DEMO_PREFIX)
    assert people > 10  # the sample journal of `netjournal demo`
    assert not demo.exists()  # the temporary folder is gone with it
    assert not journal_path.exists()
    assert is_first_run(journal_path)  # so the welcome shows again next time


def test_import_makes_the_journal_and_imports_the_chosen_export(
    journal_path: Path,
    user_settings: QSettings,
    fixtures_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    export = fixtures_dir / "csv" / "linkedin_Connections.csv"
    asked: list[tuple[bool, list[str]]] = []

    def ask_for_files(flow: WelcomeImportFlow) -> list[str]:
        # The file dialog over a journal already made, naming the exports people have.
        asked.append((flow.journal.path.is_file(), flow.filters()))
        return [str(export)]

    monkeypatch.setattr(WelcomeImportFlow, "ask_for_files", ask_for_files)
    drive = Driver()
    counts: list[int] = []

    def confirm(preview: QWidget) -> None:
        assert isinstance(preview, ImportPreviewDialog)
        preview.accept()
        window = shown(MainWindow)()
        assert isinstance(window, MainWindow)
        drive.when(lambda: window if window.journal.stats()["people"] else None, done)

    def done(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        counts.append(window.journal.stats()["people"])
        window.close()

    drive.when(shown(WelcomeDialog), lambda d: d.import_button.click())
    drive.when(shown(ImportPreviewDialog), confirm)
    assert ui_app.run_gui(journal_path) == 0
    drive.check()
    [(made_first, filters)] = asked
    assert made_first
    named = " ".join(filters)
    for kind in ("vCard", "LinkedIn Connections.csv", "Google Contacts CSV", "*.ics"):
        assert kind in named
    assert counts
    assert counts[0] > 0
    with Journal.open(journal_path, create=False) as journal:
        assert journal.stats()["people"] == counts[0]


def test_encrypt_asks_a_passphrase_before_the_journal_holds_anything(
    journal_path: Path, user_settings: QSettings
) -> None:
    drive = Driver()
    windows: list[bool] = []

    def begin(dialog: QWidget) -> None:
        assert isinstance(dialog, WelcomeDialog)
        dialog.encrypt_box.setChecked(True)
        dialog.empty_button.click()

    def give_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        dialog.findChild(QLineEdit, "newPassphraseField").setText(PASSPHRASE)
        dialog.findChild(QLineEdit, "repeatPassphraseField").setText(PASSPHRASE)
        dialog.ok_button.click()
        drive.when(shown(QMessageBox), said)

    def said(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        drive.seen.append(box.text())
        box.accept()  # "The journal is encrypted now…"
        drive.when(reopened, in_window)

    def reopened() -> QWidget | None:
        """The new window on the encrypted journal, once back in the app's own loop (the
        message box's has ended)."""
        if QThread.currentThread().loopLevel() > 1:
            return None
        window = shown(MainWindow)()
        return window if isinstance(window, MainWindow) and window.journal.encrypted else None

    def in_window(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        windows.append(window.journal.encrypted)
        window.close()

    drive.when(shown(WelcomeDialog), begin)
    drive.when(shown(PassphraseDialog), give_passphrase)
    assert ui_app.run_gui(journal_path) == 0
    drive.check()
    assert windows == [True]
    assert "encrypted now" in drive.seen[0]
    assert keys.is_encrypted(journal_path)
    with Journal.open(journal_path, PASSPHRASE, create=False) as journal:
        assert journal.encrypted
