"""Helpers for the domain API tests: what the file holds, and what listeners heard.

`snapshot` reads the journal file through a second, independent, read-only SQLite
connection, so a test sees exactly what was committed to disk, not what the
journal's own connection might still hold in an open transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlite3  # the same SQLite library as the journal

from netjournal.journal import Journal
from netjournal.journal.changes import Change

Snapshot = dict[str, list[tuple[Any, ...]]]


def read_tables(path: Path) -> Snapshot:
    """Every row of every ordinary table (search index shadow tables included)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: sorted(con.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        con.close()


@pytest.fixture
def snapshot(journal: Journal) -> Callable[[], Snapshot]:
    """A function returning everything the journal file holds right now."""
    return lambda: read_tables(journal.path)


@pytest.fixture
def heard(journal: Journal) -> list[Change]:
    """Every Change the journal publishes during the test, in order."""
    changes: list[Change] = []
    journal.subscribe(changes.append)
    return changes


def _check_readable(error: Exception) -> None:
    message = str(error)
    assert message, "an empty message"
    assert message[0].isupper() or message[0] in '“"', message
    assert message.rstrip('”"').endswith((".", "?")), message
    for leak in ("Traceback", "constraint", "sqlite", "peewee", "Error", "None", "\n"):
        assert leak not in message, message


@pytest.fixture
def readable() -> Callable[[Exception], None]:
    """A check that an error's message is a sentence for a person, not a program's words."""
    return _check_readable
