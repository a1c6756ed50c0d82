"""The one write path: each operation is a transaction that reports what it changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from netjournal.journal.changes import ChangeBus, ChangeRecorder
from netjournal.store.db import JournalDatabase, transaction


class Operations:
    """Runs an operation in one transaction and tells listeners once it has committed."""

    def __init__(self, db: JournalDatabase, bus: ChangeBus) -> None:
        self.db = db
        self.bus = bus

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
