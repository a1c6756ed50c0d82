"""Unlocking an encrypted journal, and the passphrase dialogs, used from the keyboard: a
wrong passphrase is said and asked again with the file untouched; a short or mistyped
new passphrase is refused under its field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netjournal.errors import InvalidInput
from netjournal.journal import keys
from netjournal.ui import app as ui_app
from netjournal.ui.main_window import MainWindow
from netjournal.ui.security.autolock import AutoLockDialog
from netjournal.ui.security.passphrase import (
    PassphraseDialog,
    PassphraseMode,
    RemoveEncryptionDialog,
    same_passphrase,
)
from netjournal.ui.security.unlock import UnlockChoice, UnlockDialog, UnlockPurpose

from . import test_journal_session as shared
from .test_journal_session import PASSPHRASE, ScriptedSession, names_in

# The journals and sessions of test_journal_session, as fixtures here too.
plain_path = shared.plain_path
encrypted_path = shared.encrypted_path
sessions = shared.sessions

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def unnamed_controls(dialog: QWidget) -> list[QWidget]:
    """The visible interactive widgets with neither an accessible name nor a buddy label."""
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QAbstractSpinBox)
        and w.isVisibleTo(dialog)
        and not isinstance(w.parent(), QAbstractSpinBox)  # a spin box's own line edit
    ]
    return [w for w in controls if not w.accessibleName() and id(w) not in buddies]


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    """The dialog shown (not exec'd) and active, as a person would find it."""
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def type_here(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


# --- the flow --------------------------------------------------------------------------------


def test_a_wrong_passphrase_is_said_and_asked_again_with_the_file_untouched(
    encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    before = encrypted_path.read_bytes()
    beside = sorted(p.name for p in encrypted_path.parent.iterdir())
    seen: list[str] = []

    def after_the_wrong_one(_path: Path, error: str) -> str:
        seen.append(error)
        assert encrypted_path.read_bytes() == before  # nothing touched
        return PASSPHRASE

    session = sessions(encrypted_path).answer(
        "passphrase", "not the passphrase", after_the_wrong_one
    )
    assert session.start()
    assert [args for q, args in session.asked] == [
        (encrypted_path, ""),
        (encrypted_path, seen[0]),
    ]
    assert "The passphrase does not open" in seen[0]
    assert str(encrypted_path) in seen[0]
    assert session.window is not None
    assert names_in(session.window) == {"Ana Silva", "Bruno Costa"}
    assert session.journal is not None
    assert session.journal.encrypted
    assert session.window.findChild(QAbstractButton, "encryptedSign") is not None
    # Only the lock file (and the open journal's WAL files) are new beside it.
    now = {p.name for p in encrypted_path.parent.iterdir()}
    assert now - set(beside) <= {"journal.db.lock", "journal.db-wal", "journal.db-shm"}


def test_quit_at_the_unlock_dialog_opens_nothing(
    encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    before = encrypted_path.read_bytes()
    session = sessions(encrypted_path).answer("passphrase", UnlockChoice.QUIT)
    finished: list[int] = []
    session.finished.connect(finished.append)
    assert not session.start()
    assert session.exit_code == 0
    assert finished == [0]
    assert session.window is None
    assert session.journal is None
    assert not encrypted_path.with_name("journal.db.lock").exists()
    assert encrypted_path.read_bytes() == before


def test_a_plain_journal_opens_without_a_question(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(plain_path)
    assert session.start()
    assert session.asked == []
    assert session.window is not None
    assert session.window.findChild(QAbstractButton, "encryptedSign") is None


def test_the_first_start_creates_the_journal_and_its_folder(
    tmp_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    path = tmp_path / "new-folder" / "journal.db"
    session = sessions(path)
    assert session.start()
    assert path.is_file()
    assert session.asked == []
    assert session.window is not None
    assert session.window.contacts.model.rowCount() == 0


# --- UnlockDialog ------------------------------------------------------------------------------


def test_unlock_dialog_from_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    dialog = opened(qtbot, UnlockDialog(path))
    assert dialog.windowTitle() == "Unlock the Journal"
    assert dialog.path_label.text() == str(path)
    assert dialog.passphrase_field.echoMode() == QLineEdit.EchoMode.Password
    assert QApplication.focusWidget() is dialog.passphrase_field
    assert not dialog.options_button.isVisible()  # only once a passphrase was refused
    assert unnamed_controls(dialog) == []
    press(qtbot, Qt.Key.Key_Return)  # nothing typed: said, and the dialog stays
    assert dialog.isVisible()
    assert dialog.errors.text("passphrase") == "Give the passphrase."
    type_here(qtbot, "a secret")
    assert dialog.errors.text("passphrase") == ""  # typing clears the refusal
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is UnlockChoice.UNLOCK
    assert dialog.passphrase() == "a secret"


def test_unlock_dialog_escape_quits(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = opened(qtbot, UnlockDialog(tmp_path / "journal.db"))
    type_here(qtbot, "half typed")
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice is UnlockChoice.QUIT
    assert dialog.passphrase() == ""  # not kept in the widget


def test_unlock_dialog_after_a_wrong_passphrase_offers_other_options(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = opened(
        qtbot, UnlockDialog(tmp_path / "journal.db", "The passphrase does not open it.")
    )
    error = dialog.findChild(QLabel, "error_passphrase")
    assert error is not None
    assert error.isVisible()
    assert error.text() == "The passphrase does not open it."
    assert dialog.passphrase_field.accessibleDescription() == "The passphrase does not open it."
    assert dialog.options_button.isVisible()
    assert unnamed_controls(dialog) == []
    # Tab from the field reaches Other Options…, and Space presses it.
    for _ in range(4):
        if QApplication.focusWidget() is dialog.options_button:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.options_button
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.choice is UnlockChoice.OPTIONS
    assert not dialog.isVisible()


def test_unlock_dialog_for_a_locked_plain_journal_and_for_a_backup(
    qtbot: QtBot, tmp_path: Path
) -> None:
    plain = opened(qtbot, UnlockDialog(tmp_path / "journal.db", needs_passphrase=False))
    assert plain.heading.text() == "The journal is locked"
    assert not plain.passphrase_field.isVisible()
    assert plain.unlock_button.text() == "&Show the Journal"
    press(qtbot, Qt.Key.Key_Return)
    assert plain.result() == QDialog.DialogCode.Accepted
    backup = opened(
        qtbot,
        UnlockDialog(tmp_path / "auto.db", "Wrong.", purpose=UnlockPurpose.BACKUP),
    )
    assert backup.windowTitle() == "Passphrase of the Backup"
    assert not backup.options_button.isVisible()  # no other options for a backup
    assert backup.quit_button.text() == "Cancel"
    press(qtbot, Qt.Key.Key_Escape)
    assert backup.result() == QDialog.DialogCode.Rejected


# --- PassphraseDialog --------------------------------------------------------------------------


def test_passphrase_dialog_refuses_a_short_one_and_a_mismatch_under_the_field(
    qtbot: QtBot,
) -> None:
    dialog = opened(qtbot, PassphraseDialog(PassphraseMode.ENCRYPT))
    assert dialog.windowTitle() == "Encrypt Journal"
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "at least 8 characters" in words
    assert "nobody can read the journal — you included" in words
    assert not dialog.current_field.isVisible()
    assert unnamed_controls(dialog) == []
    assert QApplication.focusWidget() is dialog.new_field
    type_here(qtbot, "short")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "short")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    with pytest.raises(InvalidInput) as refused:
        keys.check_passphrase("short")
    assert dialog.errors.text("new") == refused.value.message  # the journal's own words
    assert dialog.findChild(QLabel, "error_new").isVisible()
    assert QApplication.focusWidget() is dialog.new_field
    type_here(qtbot, PASSPHRASE)  # over the selected text
    press(qtbot, Qt.Key.Key_Tab)
    dialog.repeat_field.selectAll()
    type_here(qtbot, PASSPHRASE + "x")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("new") == ""
    assert "differ" in dialog.errors.text("repeat")
    assert QApplication.focusWidget() is dialog.repeat_field
    type_here(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.new_passphrase() == PASSPHRASE
    assert dialog.current_passphrase() is None


def test_passphrase_dialog_for_a_change_checks_the_current_one(qtbot: QtBot) -> None:
    dialog = opened(
        qtbot, PassphraseDialog(PassphraseMode.CHANGE, check_current=same_passphrase(PASSPHRASE))
    )
    assert dialog.windowTitle() == "Change Passphrase"
    assert QApplication.focusWidget() is dialog.current_field
    assert unnamed_controls(dialog) == []
    type_here(qtbot, "a wrong guess")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors.text("current") == "That is not the journal's passphrase."
    type_here(qtbot, PASSPHRASE)  # the current one, over the wrong guess
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors.text("current") == ""
    assert dialog.errors.text("new") == "The new passphrase is the same as the current one."
    assert dialog.isVisible()
    # The check box shows what is typed; Escape cancels and leaves nothing in the fields.
    dialog.show_box.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.new_field.echoMode() == QLineEdit.EchoMode.Normal
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.new_field.text() == dialog.current_field.text() == ""


def test_remove_encryption_dialog_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = opened(qtbot, RemoveEncryptionDialog(check_current=same_passphrase(PASSPHRASE)))
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "anyone who can read the file can read every note" in words
    assert "backups stay encrypted" in words
    assert unnamed_controls(dialog) == []
    type_here(qtbot, "nope nope nope")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("current") == "That is not the journal's passphrase."
    type_here(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.current_passphrase() == PASSPHRASE


def test_auto_lock_dialog_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = opened(qtbot, AutoLockDialog(10, encrypted=True))
    assert unnamed_controls(dialog) == []
    assert QApplication.focusWidget() is dialog.minutes
    type_here(qtbot, "25")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_minutes() == 25
    never = opened(qtbot, AutoLockDialog(3, encrypted=False))
    assert "not encrypted" in " ".join(label.text() for label in never.findChildren(QLabel))
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    assert never.minutes.text() == "Never"
    press(qtbot, Qt.Key.Key_Return)
    assert never.chosen_minutes() == 0


def test_run_gui_unlocks_an_encrypted_journal_and_quits_when_the_window_closes(
    encrypted_path: Path,
    settings: QSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer(_self: object, _path: Path, error: str) -> str:
        asked.append(error)
        return "wrong passphrase" if len(asked) == 1 else PASSPHRASE

    monkeypatch.setattr(ui_app, "_user_settings", lambda: settings)
    monkeypatch.setattr(ui_app.JournalSession, "ask_passphrase", answer)
    seen: list[set[str]] = []

    def look_then_close() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.append(names_in(window))
        sign = window.findChild(QAbstractButton, "encryptedSign")
        assert sign is not None
        assert sign.accessibleName() == "Encrypted journal: lock now"
        window.close()

    QTimer.singleShot(100, look_then_close)
    assert ui_app.run_gui(encrypted_path) == 0
    assert seen == [{"Ana Silva", "Bruno Costa"}]
    assert asked[0] == ""
    assert "does not open" in asked[1]
    assert not encrypted_path.with_name("journal.db.lock").exists()
    assert QApplication.instance().quitOnLastWindowClosed()  # as it was before


def test_the_lock_sign_in_the_status_bar_locks_the_journal(
    qtbot: QtBot, encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    sign = window.findChild(QAbstractButton, "encryptedSign")
    assert sign is not None
    assert "Ctrl+Shift+L" in sign.toolTip()
    session.answer("passphrase", PASSPHRASE)
    qtbot.mouseClick(sign, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None and session.window is not window)
    assert len(session.asked) == 2
