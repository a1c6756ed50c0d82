"""Encrypt a journal in place, change its passphrase, or remove its encryption.

All three are one procedure: the journal is exported (`sqlcipher_export`) into a
new private file beside it under the new key (or none), the copy is checked
(integrity, and every table holding the same number of rows), and only then does
it take the journal's place (`os.replace`, atomic on one file system). The file it
replaces is first moved aside, overwritten with zeros and removed, so that a
plaintext journal does not linger in the folder once it is encrypted. A copy left
aside by a crash half-way is finished off the next time (`clean_leftovers`).

The journal must not be open meanwhile (the caller closes it).
"""

from __future__ import annotations

import os
from pathlib import Path

from peewee import DatabaseError, OperationalError

from netjournal.errors import QT_TRANSLATE_NOOP, JournalError
from netjournal.paths import make_private_file
from netjournal.store.db import JournalDatabase, close, connect, create_private_file, use_wal

# Files beside a journal that a rewrite leaves while it works.
_NEW_SUFFIX = ".rekey-new"
_OLD_SUFFIX = ".rekey-old"
_WIPE_CHUNK = 1 << 20


def _tables(db: JournalDatabase) -> list[str]:
    return [
        row[0]
        for row in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]


def _counts(db: JournalDatabase) -> dict[str, int]:
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(db)}


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, flush it to the disk, and remove it.

    On a journaling file system or an SSD the old blocks may survive elsewhere;
    this keeps the plain text out of the folder and out of free space the file
    system hands to the next file, which is what can be done from here.
    """
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as stream:
        left = size
        while left > 0:
            chunk = min(left, _WIPE_CHUNK)
            stream.write(b"\0" * chunk)
            left -= chunk
        stream.flush()
        os.fsync(stream.fileno())
    path.unlink()


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clean_leftovers(path: Path) -> list[Path]:
    """Finish what a rewrite interrupted by a crash left beside the journal.

    With no journal in place (stopped between moving the old one aside and putting
    the new one there) the new copy, checked before either move, becomes the
    journal. Then an old copy moved aside is wiped (the journal in place is the new,
    complete one), and so is a new copy that never took its place (the journal is
    still the old one). Returns what was removed.
    """
    new = path.with_name(path.name + _NEW_SUFFIX)
    old = path.with_name(path.name + _OLD_SUFFIX)
    if not path.exists():
        # Stopped between the two renames: the new copy was checked before the first.
        if new.exists():
            os.replace(new, path)
        elif old.exists():
            os.replace(old, path)
    removed = []
    for leftover in (old, new):
        for file in [leftover, *_sidecars(leftover)]:
            if file.exists():
                wipe(file)
                removed.append(file)
    return removed


def rewrite_with_key(path: Path, passphrase: str | None, new_passphrase: str | None) -> None:
    """Give the journal at `path` a new key: `new_passphrase`, or none to decrypt it.

    `passphrase` opens it as it is now (None: it is plain). Raises `WrongPassphrase`
    when it does not, and `JournalError` when the copy cannot be made or does not
    check out; the journal is then left exactly as it was.
    """
    path = Path(path)
    if passphrase == new_passphrase:
        raise JournalError.of(
            QT_TRANSLATE_NOOP(
                "Validation", "The new passphrase is the same as the old one; nothing changed."
            )
        )
    clean_leftovers(path)
    new = path.with_name(path.name + _NEW_SUFFIX)
    old = path.with_name(path.name + _OLD_SUFFIX)
    source = connect(path, passphrase, create=False)
    try:
        source.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        version = source.execute_sql("PRAGMA user_version").fetchone()[0]
        counts = _counts(source)
        create_private_file(new)
        try:
            # Bound parameters keep any character of the passphrase out of the SQL text.
            source.execute_sql(
                "ATTACH DATABASE ? AS rekeyed KEY ?", (str(new), new_passphrase or "")
            )
            source.execute_sql("SELECT sqlcipher_export('rekeyed')")
            source.execute_sql(f"PRAGMA rekeyed.user_version = {int(version)}")
            source.execute_sql("DETACH DATABASE rekeyed")
        except (DatabaseError, OperationalError) as exc:
            wipe(new)
            raise JournalError.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "The journal could not be copied under its new key: {reason}."
                ),
                reason=str(exc),
            ) from exc
    finally:
        close(source)
    try:
        _check_copy(new, new_passphrase, counts)
    except BaseException:
        clean_leftovers(path)
        raise
    # The journal is complete and checked under its new key: it takes the old one's place.
    for file in _sidecars(path):
        if file.exists():
            wipe(file)  # checkpointed and closed above: nothing of the journal is left in them
    os.replace(path, old)
    os.replace(new, path)
    make_private_file(path)
    _sync_folder(path.parent)
    wipe(old)
    _sync_folder(path.parent)


def _check_copy(path: Path, passphrase: str | None, counts: dict[str, int]) -> None:
    copy = connect(path, passphrase, create=False)
    try:
        problems = [r[0] for r in copy.execute_sql("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            raise JournalError.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The copy under the new key does not pass SQLite's integrity check "
                    "({problem}); the journal was left as it was.",
                ),
                problem=problems[0],
            )
        if _counts(copy) != counts:
            raise JournalError.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The copy under the new key does not hold every row of the journal; the "
                    "journal was left as it was.",
                )
            )
        use_wal(copy)
    finally:
        close(copy)
