"""Schema versions: backup-then-migrate, and refusal of journals from the future.

The version lives in `PRAGMA user_version`. Each migration runs in one
transaction together with the bump of that number, so a journal is always at
exactly one version: a failed step leaves it at the one before.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from peewee import DatabaseError

from netjournal.errors import QT_TRANSLATE_NOOP, JournalError, SchemaTooNew
from netjournal.paths import make_private_file
from netjournal.store import migrations as migrations_package
from netjournal.store.db import JournalDatabase, create_private_file, use_wal

_NAME = re.compile(r"^m(\d{4})_\w+$")


@dataclass(frozen=True)
class Migration:
    """One numbered step; `up(db)` runs inside the transaction that records it."""

    version: int
    name: str
    up: Callable[[JournalDatabase], None]


def load_migrations() -> list[Migration]:
    """Every migration shipped with this program, in order, numbered without gaps."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(migrations_package.__path__):
        match = _NAME.match(info.name)
        if not match:
            continue
        module: ModuleType = importlib.import_module(f"{migrations_package.__name__}.{info.name}")
        found.append(Migration(int(match.group(1)), info.name, module.up))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.name} is out of sequence")
    return found


def latest_version() -> int:
    """The schema version this program writes."""
    return len(load_migrations())


def current_version(db: JournalDatabase) -> int:
    """The version recorded in the journal file (0 for a new, empty file)."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def backup_to(db: JournalDatabase, target: Path) -> Path:
    """A consistent copy of the open journal through SQLite's online backup API.

    An encrypted journal's copy is encrypted with the same key, so no plaintext
    reaches the disk.
    """
    target = Path(target)
    if target.exists():
        raise JournalError.of(
            QT_TRANSLATE_NOOP(
                "Validation", "{target} already exists; choose another name for the backup."
            ),
            target=target,
        )
    try:
        # Private before SQLite writes a byte of the journal into it.
        create_private_file(target)
    except OSError as exc:
        raise JournalError.of(
            QT_TRANSLATE_NOOP("Validation", "Cannot back up to {target}: {reason}."),
            target=target,
            reason=exc.strerror or str(exc),
        ) from exc
    passphrase = db.connect_params.get("passphrase")
    copy = JournalDatabase(target, passphrase)
    try:
        copy.connect()
        try:
            db.connection().backup(copy.connection())
        finally:
            copy.close()
    except DatabaseError as exc:
        target.unlink(missing_ok=True)  # no half-written copy that looks like a backup
        raise JournalError.of(
            QT_TRANSLATE_NOOP("Validation", "The backup to {target} failed: {reason}."),
            target=target,
            reason=str(exc),
        ) from exc
    make_private_file(target)
    return target


def backup_path_for(path: Path, version: int, now: datetime | None = None) -> Path:
    """`journal.db` → `journal.v1-20261124T101500Z.bak.db` beside it."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}")


def migrate(db: JournalDatabase, target: int | None = None) -> Path | None:
    """Bring the journal up to `target` (default: the newest schema).

    Returns the path of the backup made first, or None when nothing needed doing
    or the file was new. A journal newer than this program is refused untouched.
    """
    migrations = load_migrations()
    target = len(migrations) if target is None else target
    version = current_version(db)
    if version > len(migrations):
        raise SchemaTooNew.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{path} was written by a newer NetJournal (schema version {version}; this "
                "program knows up to {known}). Update NetJournal to open it; the file has not "
                "been changed.",
            ),
            path=db.path,
            version=version,
            known=len(migrations),
        )
    if version == 0 and db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise JournalError.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{path} is a database of another program, not a NetJournal journal; the file "
                "has not been changed.",
            ),
            path=db.path,
        )
    # Only now is the file known to be a journal it may write to.
    use_wal(db)
    if version >= target:
        return None
    backup = None
    if version > 0:
        backup = backup_to(db, backup_path_for(db.path, version))
    for migration in migrations[version:target]:
        try:
            with db.atomic():
                migration.up(db)
                db.execute_sql(f"PRAGMA user_version = {migration.version:d}")
        except DatabaseError as exc:
            said = {
                "path": db.path,
                "version": migration.version,
                "reason": str(exc),
                "current": current_version(db),
            }
            if backup is None:
                raise JournalError.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Upgrading {path} to schema version {version} failed ({reason}). The "
                        "journal was left as it was, at version {current}.",
                    ),
                    **said,
                ) from exc
            raise JournalError.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Upgrading {path} to schema version {version} failed ({reason}). The "
                    "journal was left as it was, at version {current}; a copy made before "
                    "upgrading is at {backup}.",
                ),
                backup=backup,
                **said,
            ) from exc
    return backup
