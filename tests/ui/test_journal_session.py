"""The session that holds the journal, driven as a user would from File: encrypt, change
the passphrase, remove it, lock (now and after idle time), back up, restore; each
checked on the files and in the journal itself."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from netjournal.errors import JournalError, WrongPassphrase
from netjournal.journal import Journal, keys
from netjournal.ui.main_window import MainWindow
from netjournal.ui.security.autolock import AUTO_LOCK_KEY, auto_lock_minutes
from netjournal.ui.security.passphrase import PassphraseMode
from netjournal.ui.security.problem import ProblemChoice
from netjournal.ui.security.session import JournalSession, NewPassphrase
from netjournal.ui.security.unlock import UnlockChoice

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

PASSPHRASE = "violet tram harbour lantern"
NEW_PASSPHRASE = "seven quiet owls at dawn"
SECRET_NOTE = "Knows everyone at the robotics club"


class ScriptedSession(JournalSession):
    """A session whose questions are answered from `answers` (by question), in order.

    An answer may be a callable, called with the question's arguments (to look at the
    state at that moment). A question with no answer left fails the test.
    """

    def __init__(self, path: Path, settings: QSettings, **kwargs: Any) -> None:
        super().__init__(path, settings, **kwargs)
        self.answers: dict[str, list[object]] = defaultdict(list)
        self.asked: list[tuple[str, tuple[object, ...]]] = []
        self.told: list[tuple[str, str, str]] = []

    def answer(self, question: str, *answers: object) -> ScriptedSession:
        self.answers[question].extend(answers)
        return self

    def _reply(self, question: str, *args: object) -> Any:
        self.asked.append((question, args))
        queue = self.answers[question]
        if not queue:
            raise AssertionError(f"not expected: {question}{args}")
        reply = queue.pop(0)
        return reply(*args) if callable(reply) else reply

    def ask_passphrase(self, path: Path, error: str) -> str | UnlockChoice | None:
        return self._reply("passphrase", path, error)

    def ask_show_again(self, path: Path) -> bool:
        return self._reply("show_again", path)

    def ask_backup_passphrase(self, backup: Path, error: str) -> str | None:
        return self._reply("backup_passphrase", backup, error)

    def ask_new_passphrase(self, mode: PassphraseMode) -> NewPassphrase | None:
        return self._reply("new_passphrase", mode)

    def ask_remove_encryption(self) -> str | None:
        return self._reply("remove_encryption")

    def ask_problem(
        self, path: Path, what: str, latest: Path | None, can_create: bool
    ) -> ProblemChoice:
        return self._reply("problem", path, what, latest, can_create)

    def ask_journal_file(self, folder: Path) -> Path | None:
        return self._reply("journal_file", folder)

    def ask_backup_file(self, folder: Path) -> Path | None:
        return self._reply("backup_file", folder)

    def ask_auto_lock_minutes(self, minutes: int, encrypted: bool) -> int | None:
        return self._reply("auto_lock", minutes, encrypted)

    def confirm(self, title: str, text: str, action: str) -> bool:
        return self._reply("confirm", title, text)

    def inform(self, title: str, text: str) -> None:
        self.told.append(("inform", title, text))

    def refuse(self, title: str, text: str) -> None:
        self.told.append(("refuse", title, text))


def make_journal(path: Path) -> None:
    """A journal with a person whose note is a secret, and a backup made by hand."""
    with Journal.open(path, daily_backup=True) as journal:
        journal.people.create("Ana Silva", notes=SECRET_NOTE)
        journal.people.create("Bruno Costa")
        journal.goals.create("Win the scholarship", "scholarship")


@pytest.fixture
def plain_path(journal_path: Path) -> Path:
    make_journal(journal_path)
    return journal_path


@pytest.fixture
def encrypted_path(plain_path: Path) -> Path:
    keys.encrypt(plain_path, PASSPHRASE)
    return plain_path


@pytest.fixture
def sessions(settings: QSettings) -> Iterator[Callable[[Path], ScriptedSession]]:
    """Sessions on a path, shut down after the test (their windows deleted)."""
    made: list[ScriptedSession] = []

    def make(path: Path) -> ScriptedSession:
        session = ScriptedSession(path, settings, page_size=50)
        made.append(session)
        return session

    yield make
    for session in made:
        session.shutdown()
        session.deleteLater()
    QApplication.processEvents()


# How long a test waits for what the session does after a lock (closing, deriving the
# key from the passphrase, opening and building the window): it returns as soon as it
# is done, but on a loaded machine this takes seconds.
SETTLE_MS = 20_000


def new_window_after(qtbot: QtBot, session: JournalSession, old: MainWindow) -> MainWindow:
    qtbot.waitUntil(
        lambda: session.window is not None and session.window is not old, timeout=SETTLE_MS
    )
    assert session.window is not None
    assert not shiboken6.isValid(old)  # the old window and its widgets are gone
    return session.window


def names_in(window: MainWindow) -> set[str]:
    model = window.contacts.model
    return {
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    }


def readable_everywhere(folder: Path, text: str) -> list[Path]:
    """Files under `folder` that hold `text` or start like a plain SQLite file."""
    found = []
    for file in folder.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            if text.encode() in data or data.startswith(b"SQLite format 3\x00"):
                found.append(file)
    return found


# --- encrypting, changing, removing ----------------------------------------------------------


def test_encrypt_from_the_menu_rewrites_the_journal_and_reopens_on_the_same_tab(
    qtbot: QtBot, plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(plain_path)
    assert session.start()
    window = session.window
    assert window is not None
    assert window.encrypt_action.isEnabled()
    assert not window.lock_action.isEnabled()  # nothing to lock with yet
    window.tabs.setCurrentWidget(window.goals)
    session.answer("new_passphrase", NewPassphrase(PASSPHRASE))
    window.encrypt_action.trigger()
    reopened = new_window_after(qtbot, session, window)
    assert session.asked[-1] == ("new_passphrase", (PassphraseMode.ENCRYPT,))
    assert keys.is_encrypted(plain_path)
    assert session.journal is not None
    assert session.journal.encrypted
    assert reopened.tabs.currentWidget() is reopened.goals
    assert names_in(reopened) == {"Ana Silva", "Bruno Costa"}
    assert reopened.lock_action.isEnabled()
    assert not reopened.encrypt_action.isEnabled()
    assert reopened.findChild(object, "encryptedSign") is not None
    # No plaintext left in the folder: not the journal, not its backups.
    assert readable_everywhere(plain_path.parent, SECRET_NOTE) == []
    assert list((plain_path.parent / "backups").glob("*.db"))
    kind, title, text = session.told[-1]
    assert (kind, title) == ("inform", "Journal Encrypted")
    assert "encrypted now." in text
    assert "1 of its backups are encrypted too." in text
    assert "nobody can read the journal, you included" in text


def test_encrypt_says_which_backups_were_left_as_they_were(
    qtbot: QtBot, plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    broken = plain_path.parent / "backups" / "journal-broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 300)  # a backup that cannot be read
    session = sessions(plain_path)
    assert session.start()
    session.answer("new_passphrase", NewPassphrase(PASSPHRASE))
    window = session.window
    assert window is not None
    window.encrypt_action.trigger()
    new_window_after(qtbot, session, window)
    assert keys.is_encrypted(plain_path)
    _, _, text = session.told[-1]
    assert "Left as they were: journal-broken.db" in text


def test_a_refused_passphrase_changes_nothing(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    before = plain_path.read_bytes()
    session = sessions(plain_path)
    assert session.start()
    window = session.window
    session.answer("new_passphrase", NewPassphrase("short"))
    assert not session.encrypt()
    assert session.window is window  # never closed
    assert session.told[-1][0] == "refuse"
    assert "at least 8 characters" in session.told[-1][2]
    assert not keys.is_encrypted(plain_path)
    session.shutdown()
    assert Journal.open(plain_path, create=False).people.search("Ana")
    assert plain_path.read_bytes()[:16] == before[:16]


def test_change_the_passphrase_from_the_menu(
    qtbot: QtBot, encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    window.tabs.setCurrentWidget(window.mentorships)
    # A wrong current passphrase is refused before anything closes.
    session.answer("new_passphrase", NewPassphrase(NEW_PASSPHRASE, current="not the one"))
    window.passphrase_action.trigger()
    qtbot.waitUntil(lambda: bool(session.told))
    assert session.told[-1][0] == "refuse"
    assert session.window is window
    session.answer("new_passphrase", NewPassphrase(NEW_PASSPHRASE, current=PASSPHRASE))
    window.passphrase_action.trigger()
    reopened = new_window_after(qtbot, session, window)
    assert reopened.tabs.currentWidget() is reopened.mentorships
    assert session.told[-1][1] == "Passphrase Changed"
    assert "old one no longer opens it" in session.told[-1][2]
    session.shutdown()
    with pytest.raises(WrongPassphrase):
        Journal.open(encrypted_path, PASSPHRASE, create=False)
    with Journal.open(encrypted_path, NEW_PASSPHRASE, create=False) as journal:
        assert journal.people.search("Ana")
    (backup,) = (encrypted_path.parent / "backups").glob("*.db")
    with Journal.open(backup, NEW_PASSPHRASE, create=False) as copy:
        assert copy.check() == []  # the backup opens with the new passphrase too


def test_remove_encryption_from_the_menu(
    qtbot: QtBot, encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    assert window.decrypt_action.isEnabled()
    window.tabs.setCurrentWidget(window.timeline)
    session.answer("remove_encryption", PASSPHRASE)
    window.decrypt_action.trigger()
    reopened = new_window_after(qtbot, session, window)
    assert not keys.is_encrypted(encrypted_path)
    assert session.journal is not None
    assert not session.journal.encrypted
    assert reopened.tabs.currentWidget() is reopened.timeline
    assert reopened.findChild(object, "encryptedSign") is None
    assert reopened.encrypt_action.isEnabled()
    assert "backups stay encrypted" in session.told[-1][2]
    (backup,) = (encrypted_path.parent / "backups").glob("*.db")
    assert keys.is_encrypted(backup)


def test_remove_encryption_with_the_wrong_passphrase_changes_nothing(
    encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    before = encrypted_path.read_bytes()
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    session.answer("remove_encryption", "guessing wrongly")
    assert not session.remove_encryption()
    assert session.window is window
    assert "not the journal's passphrase" in session.told[-1][2]
    session.shutdown()
    assert encrypted_path.read_bytes() == before


# --- locking -----------------------------------------------------------------------------------


def test_auto_lock_closes_everything_and_unlocking_brings_the_window_back(
    qtbot: QtBot,
    encrypted_path: Path,
    settings: QSettings,
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    settings.setValue(AUTO_LOCK_KEY, 50 / 60_000)  # 50 ms
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    first = session.window
    assert first is not None
    first.tabs.setCurrentWidget(first.goals)
    journal = session.journal
    assert journal is not None
    seen: dict[str, object] = {}

    def while_locked(_path: Path, error: str) -> str:
        # The window that comes back must not lock again before the test has seen it
        # (on a loaded machine 50 ms pass quickly): it idles for 10 minutes, until below.
        settings.setValue(AUTO_LOCK_KEY, 10)
        seen["window valid"] = shiboken6.isValid(first)
        seen["windows"] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["session journal"] = session.journal
        try:
            journal.people.search("Ana")
        except JournalError as exc:
            seen["closed"] = str(exc)
        seen["error"] = error
        return PASSPHRASE

    session.answer("passphrase", while_locked)
    qtbot.waitUntil(lambda: "closed" in seen, timeout=SETTLE_MS)
    second = new_window_after(qtbot, session, first)
    assert seen == {
        "window valid": False,
        "windows": [],
        "session journal": None,
        "closed": f"The journal {encrypted_path} has been closed.",
        "error": "",
    }
    assert second.tabs.currentWidget() is second.goals
    assert names_in(second) == {"Ana Silva", "Bruno Costa"}
    # And it locks again when left idle.
    settings.setValue(AUTO_LOCK_KEY, 50 / 60_000)
    session._start_idle()
    session.answer("passphrase", UnlockChoice.QUIT)
    finished: list[int] = []
    session.finished.connect(finished.append)
    qtbot.waitUntil(lambda: finished == [0], timeout=SETTLE_MS)
    assert session.window is None
    assert not shiboken6.isValid(second)


def test_input_postpones_the_lock(
    qtbot: QtBot,
    encrypted_path: Path,
    settings: QSettings,
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    # Long enough that a loaded machine's stall between the input and the check below
    # (up to 0.4 s) cannot pass for a timer that did not start over.
    settings.setValue(AUTO_LOCK_KEY, 2000 / 60_000)  # 2 s
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    timer = session.idle.timer
    assert timer.isActive()
    assert timer.interval() == 2000
    qtbot.waitUntil(lambda: timer.remainingTime() < 1500, timeout=SETTLE_MS)
    qtbot.keyClick(window.search, Qt.Key.Key_A)  # a key: the idle time starts over
    assert timer.remainingTime() > 1600
    qtbot.waitUntil(lambda: timer.remainingTime() < 1500, timeout=SETTLE_MS)
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton)  # a click too
    assert timer.remainingTime() > 1600
    window.update()  # a repaint is not input
    window.repaint()
    remaining = timer.remainingTime()
    window.update_counts()
    assert timer.remainingTime() <= remaining
    assert session.window is window
    session.answer("passphrase", PASSPHRASE)
    new_window_after(qtbot, session, window)  # left alone, it locks


def test_lock_now_with_the_shortcut_saves_what_was_being_typed(
    qtbot: QtBot, encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.contacts)
    editor = window.contacts.editor
    field = editor.findChild(QLineEdit, "organizationEdit")
    assert field is not None
    field.setFocus()
    qtbot.keyClicks(field, "Robotics Club")
    assert editor.pending.has()  # typed less than a pause ago: not saved yet
    session.answer("passphrase", PASSPHRASE)
    qtbot.keyClick(
        field,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    reopened = new_window_after(qtbot, session, window)
    assert session.journal is not None
    person_id = reopened.contacts.shown_person_id()
    assert person_id is not None
    assert session.journal.people.get(person_id).organization.endswith("Robotics Club")


def test_a_lock_closes_the_dialog_open_over_the_window_first(
    qtbot: QtBot, encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    box = QMessageBox(QMessageBox.Icon.Question, "Delete?", "Delete Ana?", parent=window)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    assert not session.lock()  # not yet: the dialog goes first
    session.answer("passphrase", PASSPHRASE)
    new_window_after(qtbot, session, window)


def test_an_idle_lock_ends_a_dialog_running_its_own_event_loop_first(
    qtbot: QtBot,
    encrypted_path: Path,
    settings: QSettings,
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    """A tab asking "Delete?" with exec() is on the stack while its dialog shows: the lock
    closes the dialog, lets that code return, and only then deletes the window."""
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    returned: list[int] = []

    def ask_blocking() -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Delete?", "Delete Ana?", parent=window)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        settings.setValue(AUTO_LOCK_KEY, 50 / 60_000)
        session._start_idle()  # the idle time runs out while the dialog waits
        settings.setValue(AUTO_LOCK_KEY, 10)  # and the window that comes back stays
        returned.append(box.exec())
        assert shiboken6.isValid(window)  # still there when exec() returns

    QTimer.singleShot(0, window, ask_blocking)
    session.answer("passphrase", PASSPHRASE)
    new_window_after(qtbot, session, window)
    assert returned == [QDialog.DialogCode.Rejected.value]  # closed, not answered


def test_a_plain_journal_locks_only_when_asked_and_shows_again_without_a_passphrase(
    qtbot: QtBot,
    plain_path: Path,
    settings: QSettings,
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    assert auto_lock_minutes(settings, encrypted=False) == 0
    assert auto_lock_minutes(settings, encrypted=True) == 10
    session = sessions(plain_path)
    assert session.start()
    assert not session.idle.is_watching()  # off by default for a plain journal
    window = session.window
    assert window is not None
    session.answer("auto_lock", 5)
    window.auto_lock_action.trigger()
    qtbot.waitUntil(lambda: session.idle.timer.interval() == 5 * 60_000)
    assert session.asked[-1] == ("auto_lock", (0, False))
    assert int(settings.value(AUTO_LOCK_KEY)) == 5
    assert "5 minute" in window.statusBar().currentMessage()
    session.answer("show_again", True)
    assert session.lock()
    assert session.asked[-1] == ("show_again", (plain_path,))
    assert session.window is not None
    assert session.window is not window


# --- backing up and restoring ----------------------------------------------------------------


def test_back_up_now_writes_a_timestamped_copy_and_says_where(
    qtbot: QtBot, encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    window = session.window
    assert window is not None
    before = set((encrypted_path.parent / "backups").glob("journal-*.db"))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage())
    (made,) = set((encrypted_path.parent / "backups").glob("journal-*.db")) - before
    assert str(made) in window.statusBar().currentMessage()
    assert keys.is_encrypted(made)  # an encrypted journal's backup is encrypted too
    with Journal.open(made, PASSPHRASE, create=False) as copy:
        assert copy.people.search("Ana")
    second = session.back_up_now()  # twice in one second: another name, not a refusal
    assert second is not None
    assert second != made


def test_restore_a_backup_from_the_menu_keeps_the_journal_as_it_was(
    qtbot: QtBot, plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(plain_path)
    assert session.start()
    backup = session.back_up_now()
    assert backup is not None
    assert session.journal is not None
    session.journal.people.create("Chiara Rossi")
    window = session.window
    assert window is not None
    window.tabs.setCurrentWidget(window.timeline)
    session.answer("backup_file", backup).answer("confirm", True)
    window.restore_action.trigger()
    reopened = new_window_after(qtbot, session, window)
    assert session.asked[0] == ("backup_file", (plain_path.parent / "backups",))
    assert reopened.tabs.currentWidget() is reopened.timeline
    assert names_in(reopened) == {"Ana Silva", "Bruno Costa"}
    kind, title, text = session.told[-1]
    assert (kind, title) == ("inform", "Backup Restored")
    (kept,) = (plain_path.parent / "backups").glob("journal-before-restore-*.db")
    assert str(kept) in text
    with Journal.open(kept, create=False) as was:
        assert was.people.search("Chiara")


def test_restore_cancelled_at_the_question_changes_nothing(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(plain_path)
    assert session.start()
    backup = session.back_up_now()
    window = session.window
    session.answer("backup_file", backup).answer("confirm", False)
    assert not session.restore_backup()
    assert session.window is window
    assert not list((plain_path.parent / "backups").glob("journal-before-restore-*"))


def test_a_failed_daily_backup_is_said_once_in_the_status_bar(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    folder = plain_path.parent / "backups"
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.write_text("a file where the backups folder should be")
    session = sessions(plain_path)
    assert session.start()
    window = session.window
    assert window is not None
    message = window.statusBar().currentMessage()
    assert message.startswith("The automatic backup failed: Today's backup could not be made")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    session.answer("show_again", True)
    assert session.lock()
    assert session.window is not None
    assert session.window.statusBar().currentMessage() == ""  # said once, not again


# --- the window and the session ----------------------------------------------------------------


def test_the_file_menu_holds_the_journal_actions(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(plain_path)
    assert session.start()
    window = session.window
    assert window is not None
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Import…",
        "E&xport…",
        "&Back Up Now",
        "&Restore a Backup…",
        "&Encrypt Journal…",
        "Change &Passphrase…",
        "Remove Encr&yption…",
        "&Lock Now",
        "Lock &After…",
        "&Quit",
    ]
    assert window.lock_action.shortcut().toString() == "Ctrl+Shift+L"


def test_closing_the_window_ends_the_session_and_lets_the_journal_go(
    qtbot: QtBot, encrypted_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    session = sessions(encrypted_path).answer("passphrase", PASSPHRASE)
    assert session.start()
    journal = session.journal
    lock_file = encrypted_path.with_name("journal.db.lock")
    assert lock_file.exists()
    finished: list[int] = []
    session.finished.connect(finished.append)
    window = session.window
    assert window is not None
    window.quit_action.trigger()
    assert finished == [0]
    assert not lock_file.exists()
    assert journal is not None
    with pytest.raises(JournalError):
        journal.stats()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
