"""Open a journal file: the one place that creates a database connection.

Every journal, plain or encrypted, is opened through SQLCipher's build of SQLite
(`sqlcipher3`): one engine everywhere, FTS5 included, and a passphrase can be
given from day one. Without a passphrase the file is an ordinary SQLite file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, IntegrityError, OperationalError
from playhouse.sqlcipher_ext import SqlCipherDatabase

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, JournalError, WrongPassphrase
from netjournal.paths import PRIVATE_FILE_MODE, ensure_private_dir, make_private_file

# The proxy every model is bound to; `open_database` initializes it.
database_proxy = DatabaseProxy()

BUSY_TIMEOUT_MS = 5000

# Set on every connection; none of them writes to the file. WAL mode is written into
# the file, so `use_wal` sets it only once the file is known to be a journal to change.
PRAGMAS = {
    # First, before anything reads the file: a wrong passphrase is said in words by
    # NetJournal, not logged by SQLCipher on stderr ("hmac check failed").
    "cipher_log_level": "NONE",
    "synchronous": 2,  # FULL: a committed edit survives power loss
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "secure_delete": 1,  # deleted notes do not linger in free pages
    "temp_store": 2,  # MEMORY: no temporary files holding journal text
    "cache_size": -64_000,  # 64 MB
}


class JournalDatabase(SqlCipherDatabase):
    """A peewee database for one journal file, plain or encrypted."""

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        params = {"passphrase": passphrase} if passphrase else {}
        super().__init__(str(path), pragmas=PRAGMAS, check_same_thread=False, **params)
        self.path = Path(path)
        self.encrypted = bool(passphrase)
        # Set by `close`: peewee would otherwise quietly reconnect on the next query.
        self.closed_for_good = False
        # SQLite's lower() and NOCASE fold ASCII only; names are matched like Python does.
        self.register_function(_casefold, "casefold", 1, deterministic=True)


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner alone before SQLite opens it.

    SQLite gives the -wal and -shm files the same permissions as the database,
    so making the main file private first keeps all three private.
    """
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)


_SQLITE_HEADER = b"SQLite format 3\x00"


def _is_plain_sqlite(path: Path) -> bool:
    """Whether the file is empty or starts like a plain SQLite database.

    SQLite takes a file shorter than its header for an empty database and would
    write a journal over it; a file with other bytes is not ours to touch.
    """
    with path.open("rb") as file:
        head = file.read(len(_SQLITE_HEADER))
    return head in (b"", _SQLITE_HEADER)


def looks_encrypted(path: Path) -> bool:
    """Whether a file holds something (not empty) that does not start like plain SQLite:
    an encrypted journal, or no database at all; only its passphrase can tell which."""
    try:
        return path.stat().st_size > 0 and not _is_plain_sqlite(path)
    except OSError:
        return False


def use_wal(db: JournalDatabase) -> None:
    """Put the journal in WAL mode (a no-op when it already is); it stays in the file."""
    db.execute_sql("PRAGMA journal_mode = wal")


_CANNOT_OPEN = QT_TRANSLATE_NOOP("Validation", "Cannot open {path}: {reason}.")


def connect(path: Path, passphrase: str | None = None, *, create: bool = True) -> JournalDatabase:
    """Open (and if needed create) the journal file, check it is readable, bind the proxy.

    Raises `WrongPassphrase` or `JournalError` with a message naming the file.
    """
    path = Path(path)
    not_readable = JournalError.of(
        QT_TRANSLATE_NOOP(
            "Validation",
            "{path} is not a journal NetJournal can read: it is encrypted or not a SQLite file.",
        ),
        path=path,
    )
    try:
        if not path.exists():
            if not create:
                raise JournalError.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no journal at {path}."), path=path
                )
            if not path.parent.exists():
                # Only a folder made here is made private: an existing one (Documents,
                # /tmp) may be shared on purpose, and the file itself is private anyway.
                ensure_private_dir(path.parent)
            create_private_file(path)
        elif path.is_dir():
            raise JournalError.of(
                QT_TRANSLATE_NOOP("Validation", "{path} is a folder, not a journal file."),
                path=path,
            )
        elif not passphrase and not _is_plain_sqlite(path):
            raise not_readable
        make_private_file(path)
    except OSError as exc:
        raise JournalError.of(_CANNOT_OPEN, path=path, reason=exc.strerror or str(exc)) from exc
    db = JournalDatabase(path, passphrase)
    try:
        db.connect()
        # The first read proves the key (or the plain header) is right.
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (DatabaseError, OperationalError) as exc:
        db.close()
        text = str(exc)
        if "file is not a database" in text or "file is encrypted" in text:
            if passphrase:
                raise WrongPassphrase.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The passphrase does not open {path} (or it is not a NetJournal file).",
                    ),
                    path=path,
                ) from exc
            raise not_readable from exc
        raise JournalError.of(_CANNOT_OPEN, path=path, reason=text) from exc
    database_proxy.initialize(db)
    return db


def close(db: JournalDatabase) -> None:
    """Close the journal and unbind the proxy; checkpoint the WAL into the file first."""
    db.closed_for_good = True
    if not db.is_closed():
        # Another reader may hold the WAL; SQLite then checkpoints later.
        with suppress(OperationalError):
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    if database_proxy.obj is db:
        database_proxy.initialize(None)


# SQLite's words for trouble with the file or the disk, and what to tell the person.
_KNOWN_ERRORS = {
    "database is locked": "The journal is busy: another program is writing to it. Try again.",
    "readonly database": "The journal file is read-only; nothing can be saved to it.",
    "disk is full": "The disk is full; the change was not saved. Free some space and try again.",
    "malformed": "The journal file is damaged. Restore a backup, or run `netjournal check`.",
    "disk i/o error": "The disk reported an error while saving; the change was not saved.",
    "unable to open": "The journal file cannot be opened; check that it still exists.",
}


def translate_error(exc: BaseException) -> BaseException:
    """A readable project error for environment failures; anything else is returned as is.

    The error that explains is looked for along the chain too: when a COMMIT fails (a
    full disk), SQLite has already rolled back, and peewee's own ROLLBACK then fails
    with "no transaction is active" on top of the real reason.
    """
    seen: BaseException | None = exc
    while seen is not None:
        text = str(seen).lower()
        if isinstance(seen, IntegrityError):
            return InvalidInput(
                f"The change breaks a rule of the journal and was not saved ({seen})."
            )
        for needle, message in _KNOWN_ERRORS.items():
            if needle in text:
                return JournalError(message)
        seen = seen.__cause__ or seen.__context__
    if "no transaction is active" in str(exc).lower():
        return JournalError("The change could not be saved, and nothing of it was kept.")
    return exc


@contextmanager
def transaction(db: JournalDatabase) -> Iterator[None]:
    """One operation, one transaction: everything inside commits together or not at all."""
    try:
        with db.atomic():
            yield
    except (IntegrityError, OperationalError, DatabaseError) as exc:
        translated = translate_error(exc)
        if translated is exc:
            raise
        raise translated from exc
