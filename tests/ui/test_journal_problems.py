"""A journal that cannot be opened gets a dialog that says what is wrong and what can be
done — restore the latest backup, open another file, quit — and the file is never
overwritten or deleted by any of it."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal, keys
from netjournal.ui.security.problem import JournalProblemDialog, ProblemChoice
from netjournal.ui.security.unlock import UnlockChoice

from . import test_journal_session as shared
from .test_journal_session import PASSPHRASE, ScriptedSession, names_in
from .test_unlock import opened, press, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

plain_path = shared.plain_path
sessions = shared.sessions


def damage(path: Path, how: str) -> None:
    if how == "not a database":
        path.write_bytes(b"This is a shopping list, not a journal.\n" * 100)
    elif how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif how == "corrupt":
        data = bytearray(path.read_bytes())
        for offset in range(4096, len(data), 97):  # every page but the header page
            data[offset] ^= 0xFF
        path.write_bytes(bytes(data))
    elif how == "header only":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    elif how == "newer":
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version = 999")
        con.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def broken(plain_path: Path) -> Callable[[str], dict[str, bytes]]:
    """Damage the journal (which has a backup); what the folder held then."""

    def make(how: str) -> dict[str, bytes]:
        damage(plain_path, how)
        for sidecar in ("-wal", "-shm"):
            plain_path.with_name(plain_path.name + sidecar).unlink(missing_ok=True)
        return files_in(plain_path.parent)

    return make


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("truncated", "database disk image is malformed"),
        ("corrupt", "malformed"),
        ("header only", "is not a journal NetJournal can read"),
        ("newer", "was written by a newer NetJournal (schema version 999"),
    ],
)
def test_a_journal_that_cannot_be_opened_says_why_and_quits_untouched(
    plain_path: Path,
    broken: Callable[[str], dict[str, bytes]],
    sessions: Callable[[Path], ScriptedSession],
    how: str,
    words: str,
) -> None:
    before = broken(how)
    session = sessions(plain_path).answer("problem", ProblemChoice.QUIT)
    assert not session.start()
    assert session.exit_code == 1
    ((question, (path, what, latest, can_create)),) = session.asked
    assert question == "problem"
    assert path == plain_path
    assert words in what
    assert "netjournal restore" not in what  # the dialog's buttons are the remedies
    assert latest == plain_path.parent / "backups" / f"auto-{latest.stem[5:]}.db"
    assert not can_create
    assert files_in(plain_path.parent) == before  # nothing written, nothing removed


def test_a_file_that_is_not_a_database_looks_encrypted_then_gets_the_problem_dialog(
    plain_path: Path,
    broken: Callable[[str], dict[str, bytes]],
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    before = broken("not a database")
    assert keys.is_encrypted(plain_path)  # no way to tell it from an encrypted journal
    session = (
        sessions(plain_path)
        .answer("passphrase", "a guess at it", UnlockChoice.OPTIONS)
        .answer("problem", ProblemChoice.QUIT)
    )
    assert not session.start()
    questions = [q for q, _ in session.asked]
    assert questions == ["passphrase", "passphrase", "problem"]
    error = session.asked[1][1][1]
    assert "The passphrase does not open" in error
    what = session.asked[2][1][1]
    assert "or it is not a NetJournal file" in what
    assert files_in(plain_path.parent) == before


def test_a_missing_folder_is_said_and_a_new_journal_started_only_when_asked(
    tmp_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    path = tmp_path / "unplugged-disk" / "data" / "journal.db"
    seen: list[bool] = []

    def choose(_path: Path, what: str, latest: Path | None, can_create: bool) -> ProblemChoice:
        assert "The folder" in what
        assert "does not exist" in what
        assert latest is None
        assert can_create
        seen.append(path.parent.exists())
        return ProblemChoice.CREATE

    session = sessions(path).answer("problem", choose)
    assert session.start()
    assert seen == [False]  # nothing was made before the person chose
    assert path.is_file()
    assert session.window is not None


def test_restore_the_latest_backup_from_the_problem_dialog_keeps_the_broken_file(
    plain_path: Path,
    broken: Callable[[str], dict[str, bytes]],
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    with Journal.open(plain_path, create=False) as journal:
        journal.backup(plain_path.parent / "backups" / "journal-by-hand.db")
    before = broken("truncated")
    damaged = before["journal.db"]
    session = sessions(plain_path).answer("problem", ProblemChoice.RESTORE)
    assert session.start()
    assert session.window is not None
    assert names_in(session.window) == {"Ana Silva", "Bruno Costa"}
    (kept,) = (plain_path.parent / "backups").glob("journal-before-restore-*-unreadable.db")
    assert kept.read_bytes() == damaged  # kept aside as it was
    assert session.told[-1][1] == "Backup Restored"
    assert str(kept) in session.told[-1][2]
    for name, data in before.items():  # every backup is still there, unchanged
        if name != "journal.db":
            assert (plain_path.parent / name).read_bytes() == data


def test_restore_an_encrypted_backup_asks_its_passphrase(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    with Journal.open(plain_path, create=False) as journal:
        journal.backup(plain_path.parent / "backups" / "journal-by-hand.db")
    keys.encrypt(plain_path, PASSPHRASE)
    damage(plain_path, "truncated")
    session = (
        sessions(plain_path)
        .answer("passphrase", PASSPHRASE)  # right, but the file behind it is damaged
        .answer("problem", ProblemChoice.RESTORE)
        .answer("backup_passphrase", "wrong wrong wrong", PASSPHRASE)
    )
    assert session.start()
    questions = [q for q, _ in session.asked]
    assert questions == ["passphrase", "problem", "backup_passphrase", "backup_passphrase"]
    assert "malformed" in session.asked[1][1][1]
    assert "does not open" in session.asked[3][1][1]  # the wrong one said, asked again
    assert session.journal is not None
    assert session.journal.encrypted
    assert session.window is not None
    assert names_in(session.window) == {"Ana Silva", "Bruno Costa"}


def test_open_another_file_from_the_problem_dialog(
    plain_path: Path,
    tmp_path: Path,
    broken: Callable[[str], dict[str, bytes]],
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    other = tmp_path / "other" / "journal.db"
    other.parent.mkdir()
    with Journal.open(other) as journal:
        journal.people.create("Dmitri Petrov")
    keys.encrypt(other, PASSPHRASE)
    before = broken("truncated")
    session = (
        sessions(plain_path)
        .answer("problem", ProblemChoice.OPEN_OTHER)
        .answer("journal_file", other)
        .answer("passphrase", PASSPHRASE)  # the other one is encrypted: unlocked too
    )
    assert session.start()
    assert session.asked[1] == ("journal_file", (plain_path.parent,))
    assert session.asked[2][1][0] == other
    assert session.window is not None
    assert names_in(session.window) == {"Dmitri Petrov"}
    assert session.path == other
    assert other.with_name("journal.db.lock").exists()  # the lock follows the journal
    assert not plain_path.with_name("journal.db.lock").exists()
    assert files_in(plain_path.parent) == before


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder immutable (chattr +i): read-only even for root, which the
    tests run as; undone after the test."""
    made: list[Path] = []

    def make(path: Path) -> None:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is not installed")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"chattr +i is not allowed here: {done.stderr.decode().strip()}")
        made.append(path)

    yield make
    for path in made:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_read_only_journal_file_is_said_as_such(
    plain_path: Path,
    immutable: Callable[[Path], None],
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    before = files_in(plain_path.parent)
    immutable(plain_path)
    session = sessions(plain_path).answer("problem", ProblemChoice.QUIT)
    assert not session.start()
    what = session.asked[0][1][1]
    assert f"Cannot open {plain_path}: Operation not permitted." in what
    assert files_in(plain_path.parent) == before


def test_a_read_only_folder_is_said_as_such(
    plain_path: Path,
    immutable: Callable[[Path], None],
    sessions: Callable[[Path], ScriptedSession],
) -> None:
    immutable(plain_path.parent)
    session = sessions(plain_path).answer("problem", ProblemChoice.QUIT)
    assert not session.start()
    what = session.asked[0][1][1]
    assert f"The journal's folder {plain_path.parent} cannot be written to" in what


def test_a_file_made_read_only_by_its_mode_is_opened_and_made_private_again(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    """What really happens with chmod 0o400: the journal's owner may change the mode, and
    opening a journal makes it private (0o600) again, so it opens and saves as usual
    (for root and for the owner alike)."""
    plain_path.chmod(0o400)
    session = sessions(plain_path)
    assert session.start()
    assert oct(plain_path.stat().st_mode & 0o777) == "0o600"
    assert session.journal is not None
    session.journal.people.create("Chiara Rossi")


# --- the dialog ------------------------------------------------------------------------------


def test_problem_dialog_from_the_keyboard(qtbot: QtBot, plain_path: Path) -> None:
    latest = next((plain_path.parent / "backups").glob("*.db"))
    dialog = opened(qtbot, JournalProblemDialog(plain_path, "It is damaged.", latest))
    assert dialog.windowTitle() == "The Journal Cannot Be Opened"
    assert dialog.what_label.text() == "It is damaged."
    assert latest.name in dialog.findChild(QLabel, "problemAdvice").text()
    assert "kept aside" in dialog.findChild(QLabel, "problemAdvice").text()
    assert dialog.restore_button.isVisible()
    assert not dialog.create_button.isVisible()
    assert unnamed_controls(dialog) == []
    assert QApplication.focusWidget() is dialog.restore_button
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is ProblemChoice.RESTORE

    nothing = opened(qtbot, JournalProblemDialog(plain_path, "It is damaged.", None))
    assert not nothing.restore_button.isVisible()
    assert QApplication.focusWidget() is nothing.open_button
    press(qtbot, Qt.Key.Key_Escape)
    assert nothing.choice is ProblemChoice.QUIT

    other = opened(qtbot, JournalProblemDialog(plain_path, "Gone.", None, can_create=True))
    assert other.create_button.isVisible()
    press(qtbot, Qt.Key.Key_Space)  # the focused default: Open Another File…
    assert other.choice is ProblemChoice.OPEN_OTHER
