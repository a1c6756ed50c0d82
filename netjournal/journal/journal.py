"""`Journal`: one open journal file and the domain API over it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import TracebackType

from netjournal.errors import JournalError
from netjournal.journal.archive import Archive
from netjournal.journal.changes import ChangeBus, Listener
from netjournal.journal.entries import Entries
from netjournal.journal.goals import Goals
from netjournal.journal.imports import Imports
from netjournal.journal.insights import Insights
from netjournal.journal.mentorships import Mentorships
from netjournal.journal.network import Network
from netjournal.journal.operations import Operations
from netjournal.journal.outreach import Outreach
from netjournal.journal.people import People
from netjournal.journal.reciprocity import GiveAndGet
from netjournal.journal.timeline import Timeline
from netjournal.journal.today import Today
from netjournal.store import backups, crypto, maintenance, schema
from netjournal.store import db as store_db


class Journal:
    """An open journal: `people`, `entries`, `goals`, `mentorships`, `outreach`, `timeline`,
    `today`, `reciprocity`, `network`, `insights`.

    Open it with `Journal.open(path)`; close it (or use it as a context manager)
    so the WAL is folded back into the file.
    """

    def __init__(self, db: store_db.JournalDatabase, migrated_backup: Path | None = None) -> None:
        self._db = db
        self.bus = ChangeBus()
        ops = self._ops = Operations(db, self.bus)
        self.people = People(ops)
        self.entries = Entries(ops)
        self.goals = Goals(ops)
        self.mentorships = Mentorships(ops)
        self.outreach = Outreach(ops)
        self.imports = Imports(ops)
        self.archive = Archive(ops)
        self.timeline = Timeline(ops)
        self.today = Today(ops)
        self.reciprocity = GiveAndGet(ops)
        self.network = Network(ops)
        self.insights = Insights(ops)
        self.migrated_backup = migrated_backup
        # Set by `open(daily_backup=True)`: today's new automatic backup, or why it failed.
        self.daily_backup: Path | None = None
        self.backup_problem = ""

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str | None = None,
        *,
        create: bool = True,
        daily_backup: bool = False,
        today: date | None = None,
        keep: tuple[int, int] = (backups.KEEP_DAILY, backups.KEEP_WEEKLY),
    ) -> Journal:
        """Open (or create) the journal at `path`, migrating it after a backup if it is older.

        With `daily_backup` (the app does it) the first open of each day also makes that
        day's automatic backup and rotates the older ones, keeping `keep` = (daily,
        weekly) of them; a backup that fails does not keep the journal closed:
        `backup_problem` says why.
        Raises `SchemaTooNew` for a journal from a newer NetJournal, leaving it untouched.
        """
        path = Path(path)
        crypto.clean_leftovers(path)
        db = store_db.connect(path, passphrase, create=create)
        try:
            backup = schema.migrate(db)
        except BaseException:
            store_db.close(db)
            raise
        journal = cls(db, backup)
        if daily_backup:
            try:
                journal.daily_backup = backups.daily_backup(db, today or date.today(), *keep)
            except JournalError as exc:
                journal.backup_problem = exc.message
        return journal

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def schema_version(self) -> int:
        self._ops.activate()  # a closed journal says so instead of quietly reconnecting
        return schema.current_version(self._db)

    def engine_versions(self) -> dict[str, str]:
        """{"sqlite": …, "sqlcipher": …}: the engine the journal is stored with."""
        self._ops.activate()
        return maintenance.engine_versions()

    def subscribe(self, listener: Listener) -> None:
        self.bus.subscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self.bus.unsubscribe(listener)

    def stats(self) -> dict[str, int]:
        """How many of each kind the journal holds."""
        self._ops.activate()
        return maintenance.counts()

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks; empty when healthy."""
        self._ops.activate()
        return maintenance.integrity_problems()

    def backup(self, target: Path) -> Path:
        """A consistent copy of the journal at `target`, made while it stays open."""
        self._ops.activate()
        return schema.backup_to(self._db, Path(target))

    def end_thread(self) -> None:
        """Close the connection a worker thread opened (SQLite connections are one per
        thread); the journal stays open for the others."""
        db = self._ops.db
        if not db.is_closed():
            db.close()

    def close(self) -> None:
        store_db.close(self._db)

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
