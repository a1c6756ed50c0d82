"""Journals that cannot be opened, or a disk that fills up: a message that names the
problem and what to do, and the file never overwritten or deleted."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlite3  # the SQLite the journal needs (FTS5 secure-delete)

from netjournal.errors import JournalError, SchemaTooNew
from netjournal.journal import Journal, files


def make_journal(path: Path) -> None:
    with Journal.open(path) as journal:
        journal.people.create("Ana Silva", notes="Knows everyone")
        (path.parent / "backups").mkdir()
        journal.backup(path.parent / "backups" / "journal-by-hand.db")


def open_and_read(path: Path) -> None:
    """Open the journal and read it through: damage deep in the file shows when it is
    read, not always when it opens."""
    with Journal.open(path, create=False) as journal:
        problems = journal.check()
        if problems:
            raise JournalError(f"The journal is damaged: {problems[0]}.")
        journal.people.search("Ana")


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
    elif how == "newer":
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version = 999")
        con.close()


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("not a database", "not a journal NetJournal can read"),
        ("truncated", ""),
        ("corrupt", ""),
        ("newer", "newer NetJournal"),
    ],
)
def test_a_journal_that_cannot_be_opened_is_described_and_left_as_it_was(
    journal_path: Path, how: str, words: str
) -> None:
    make_journal(journal_path)
    damage(journal_path, how)
    before = journal_path.read_bytes()
    with pytest.raises(JournalError) as caught:
        open_and_read(journal_path)
    if how == "newer":
        assert isinstance(caught.value, SchemaTooNew)
    message = files.describe_failure(journal_path, caught.value)
    assert words in message
    assert "journal-by-hand.db" in message  # the latest backup, to restore
    assert "netjournal restore" in message
    assert journal_path.read_bytes() == before  # never overwritten
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["backups", "journal.db"]


def test_a_missing_folder_is_said_as_such(tmp_path: Path) -> None:
    path = tmp_path / "unplugged-disk" / "journal.db"
    with pytest.raises(JournalError) as caught:
        Journal.open(path, create=False)
    message = files.describe_failure(path, caught.value)
    assert "does not exist" in message
    assert not path.parent.exists()  # nothing was made there


def test_restoring_the_latest_backup_after_damage(journal_path: Path) -> None:
    make_journal(journal_path)
    damage(journal_path, "truncated")
    latest = files.latest_backup(journal_path)
    assert latest is not None
    kept = files.restore(journal_path, latest)
    with Journal.open(journal_path, create=False) as journal:
        assert journal.people.search("Ana")
        assert journal.check() == []
    assert kept.exists()  # the damaged journal, kept aside as it was


FILL_UP = """
import resource, signal, sys
from datetime import UTC, datetime
from pathlib import Path
from netjournal.errors import JournalError
from netjournal.journal import Journal

path = Path(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not the process
size = path.stat().st_size
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 200_000, size + 200_000))
journal = Journal.open(path, create=False)
saved = 0
try:
    for n in range(100_000):
        journal.entries.log("note", datetime.now(UTC), [], title=f"Entry {n}", body="x" * 3000)
        saved += 1
except JournalError as exc:
    print("refused:", exc.message)
print("saved:", saved)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE (POSIX)")
def test_a_full_disk_refuses_the_write_and_keeps_what_was_saved(journal_path: Path) -> None:
    make_journal(journal_path)
    done = subprocess.run(
        [sys.executable, "-c", FILL_UP, str(journal_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # Past the limit the file cannot grow: SQLite says the disk is full or failed (EFBIG).
    refusal = done.stdout.split("refused:")[1].split("\n")[0]
    assert "the change was not saved" in refusal
    saved = int(done.stdout.split("saved:")[1])
    assert saved > 0
    with Journal.open(journal_path, create=False) as journal:
        assert journal.check() == []
        assert journal.entries.count() == saved  # every saved entry, and no half one
    assert resource.getrlimit(resource.RLIMIT_FSIZE)  # the limit was the child's own
    assert os.path.getsize(journal_path) > 0
