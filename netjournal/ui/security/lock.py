"""One writer per journal: a lock file beside it (`journal.db.lock`) held while the app
has the journal open, so that a second copy of the app, or a CLI command that rewrites
the file, says where the journal is open instead of writing alongside it.

`QLockFile` writes the holder's process id, name and host into the file. A lock left by
a process that is gone (a crash, a kill) is stale and taken over; one held by a live
process, or by another host (a shared folder), never goes stale by age: the app holds
its lock for hours without touching the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile

from netjournal.errors import QT_TRANSLATE_NOOP, JournalError, Words
from netjournal.paths import make_private_file

LOCK_SUFFIX = ".lock"


def lock_path(journal: Path) -> Path:
    """The lock file of a journal: beside it, its name plus `.lock`."""
    journal = Path(journal)
    return journal.with_name(journal.name + LOCK_SUFFIX)


class JournalInUse(JournalError):
    """The journal is open in another copy of NetJournal (`pid` on `host`)."""

    def __init__(
        self,
        message: str,
        pid: int,
        host: str,
        *,
        template: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, template=template, params=params)
        self.pid = pid
        self.host = host


class JournalLock:
    """The lock of one journal file; `acquire` takes it or says who holds it."""

    def __init__(self, journal: Path) -> None:
        self.journal = Path(journal)
        self.path = lock_path(self.journal)
        self._file = QLockFile(str(self.path))
        self._file.setStaleLockTime(0)  # stale only when its process is gone

    def is_held(self) -> bool:
        return self._file.isLocked()

    def acquire(self) -> None:
        """Take the lock now, or raise `JournalInUse` naming the holder.

        A stale lock (its process gone) is recovered. `JournalError` when the lock file
        cannot be written at all (a read-only folder).
        """
        if self._file.isLocked():
            return
        if self._file.tryLock(0):
            make_private_file(self.path)
            return
        if self._file.error() == QLockFile.LockError.LockFailedError:
            raise self._in_use()
        raise JournalError.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The journal's folder {folder} cannot be written to (the lock file {lock} "
                "could not be made): the journal could not save anything there.",
            ),
            folder=self.journal.parent,
            lock=self.path.name,
        )

    def _in_use(self) -> JournalInUse:
        try:
            pid, host, program = self._file.getLockInfo()
        except (TypeError, ValueError):  # the lock file was unreadable
            pid, host, program = 0, "", ""
        pid = int(pid or 0)
        holder = (
            Words.of(
                QT_TRANSLATE_NOOP("Validation", "process {pid} ({program}) on {host}"),
                pid=pid,
                program=program or "?",
                host=host or "?",
            )
            if pid
            else Words.of(QT_TRANSLATE_NOOP("Validation", "another process"))
        )
        template = QT_TRANSLATE_NOOP(
            "Validation",
            "{name} is open elsewhere: in {holder}. Close it there first; two copies writing "
            "to one journal would get in each other's way. (The lock is {lock}.)",
        )
        said = {"name": self.journal.name, "holder": holder, "lock": self.path}
        return JournalInUse(template.format(**said), pid, host, template=template, params=said)

    def release(self) -> None:
        if self._file.isLocked():
            self._file.unlock()


@contextmanager
def held(journal: Path) -> Iterator[JournalLock | None]:
    """The journal's lock for the length of a `with` (a CLI rewrite): `JournalInUse` when
    the app has it open. A journal whose folder does not exist needs no lock (None)."""
    if not Path(journal).parent.is_dir():
        yield None
        return
    lock = JournalLock(journal)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()
