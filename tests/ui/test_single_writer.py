"""One writer per journal: a second copy of the app on the same journal says where it is
open and quits; a lock left by a process that died is taken over."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from netjournal.journal import Journal
from netjournal.ui.security.lock import JournalInUse, JournalLock, held, lock_path

from . import test_journal_session as shared
from .test_journal_session import ScriptedSession

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

plain_path = shared.plain_path
sessions = shared.sessions

# Takes the lock as another process would, says so, then waits to be told to go
# ("die": leave without unlocking, as a crash does; anything else: unlock and exit).
HOLDER = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "refused", os.getpid(), flush=True)
if sys.stdin.readline().strip() == "die":
    os._exit(0)
lock.unlock()
"""


def hold_elsewhere(journal: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path(journal))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    word, pid = holder.stdout.readline().split()
    assert word == "locked"
    assert int(pid) == holder.pid
    return holder


def let_go(holder: subprocess.Popen[str], how: str = "unlock") -> None:
    """Tell the holder to go, and wait until it has."""
    holder.communicate(how + "\n", timeout=30)


def test_a_second_session_on_the_same_journal_is_refused(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    first = sessions(plain_path)
    assert first.start()
    before = plain_path.read_bytes()
    second = sessions(plain_path)
    finished: list[int] = []
    second.finished.connect(finished.append)
    assert not second.start()
    assert second.exit_code == 1
    assert finished == [1]
    assert second.window is None
    assert second.journal is None
    ((kind, title, text),) = second.told
    assert (kind, title) == ("refuse", "The Journal Is Open Elsewhere")
    assert "journal.db is open elsewhere" in text
    assert f"process {os.getpid()}" in text
    assert socket.gethostname() in text
    assert second.asked == []  # not even its passphrase was asked
    # The first goes on as before, and still holds the lock.
    assert first.window is not None
    assert first.journal is not None
    first.journal.people.create("Chiara Rossi")
    assert lock_path(plain_path).exists()
    assert plain_path.read_bytes()[:100] == before[:100]


def test_a_journal_open_in_another_process_is_refused_naming_it(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    holder = hold_elsewhere(plain_path)
    try:
        session = sessions(plain_path)
        assert not session.start()
        text = session.told[-1][2]
        assert f"process {holder.pid}" in text
        assert "python" in text  # the program, as the lock file names it
    finally:
        let_go(holder)
    # Once it let go, the journal opens.
    again = sessions(plain_path)
    assert again.start()


def test_a_stale_lock_of_a_dead_process_is_recovered(
    plain_path: Path, sessions: Callable[[Path], ScriptedSession]
) -> None:
    holder = hold_elsewhere(plain_path)
    dead = holder.pid
    let_go(holder, "die")  # gone without unlocking: its lock file stays
    assert lock_path(plain_path).read_text().split("\n")[0] == str(dead)
    session = sessions(plain_path)
    assert session.start()
    assert session.told == []
    assert lock_path(plain_path).read_text().split("\n")[0] == str(os.getpid())
    assert oct(lock_path(plain_path).stat().st_mode & 0o777) == "0o600"
    session.shutdown()
    assert not lock_path(plain_path).exists()


def test_the_lock_for_the_command_line(plain_path: Path) -> None:
    lock = JournalLock(plain_path)
    lock.acquire()
    try:
        with pytest.raises(JournalInUse) as refused, held(plain_path):
            pass
        assert refused.value.pid == os.getpid()
    finally:
        lock.release()
    with held(plain_path) as taken:
        assert taken is not None
        assert taken.is_held()
    assert not lock_path(plain_path).exists()
    with held(plain_path.parent / "nowhere" / "journal.db") as none:
        assert none is None  # no folder, nothing to lock
    with Journal.open(plain_path, create=False) as journal:
        assert journal.people.search("Ana")
