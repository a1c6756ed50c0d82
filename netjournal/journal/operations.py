"""The one write path: each operation is a transaction that reports what it changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, JournalError
from netjournal.journal.changes import ChangeBus, ChangeRecorder
from netjournal.store.db import JournalDatabase, database_proxy, transaction


class Operations:
    """Runs an operation in one transaction and tells listeners once it has committed."""

    def __init__(self, db: JournalDatabase, bus: ChangeBus) -> None:
        self.db = db
        self.bus = bus

    def activate(self) -> None:
        """Point the store at this journal's file before using it.

        The store's tables are bound to one process-wide proxy; with two journals
        open, the one opened last would otherwise receive the other's reads and writes.
        """
        if self.db.closed_for_good:
            raise JournalError.of(
                QT_TRANSLATE_NOOP("Validation", "The journal {path} has been closed."),
                path=self.db.path,
            )
        if database_proxy.obj is not self.db:
            database_proxy.initialize(self.db)

    @contextmanager
    def write(self) -> Iterator[ChangeRecorder]:
        recorder = ChangeRecorder()
        with transaction(self.db):
            yield recorder
        self.bus.publish(recorder.freeze())

    @contextmanager
    def read(self) -> Iterator[None]:
        """A consistent snapshot for reads that span several queries."""
        with transaction(self.db):
            yield


class JournalApi:
    """Base of the domain APIs: every public method first binds the store to its journal."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def __getattribute__(self, name: str) -> Any:
        if not name.startswith("_"):
            object.__getattribute__(self, "_ops").activate()
        return object.__getattribute__(self, name)
