"""Backups beside a journal: one a day, kept on a rotation, and every copy of the journal
that a backup is (for encrypting them along with it).

Automatic backups live in `backups/` beside the journal, one file a day named
`auto-YYYY-MM-DD.db`, each a consistent copy made through SQLite's backup API (an
encrypted journal's copy is encrypted with the same key). The rotation keeps the
newest `daily` days that have one, and beyond them the newest of each of the
`weekly` ISO weeks before; it never touches a backup made by hand
(`netjournal backup`, named `journal-….db`) nor the copies made before upgrades.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP, JournalError
from netjournal.paths import ensure_private_dir
from netjournal.store import crypto
from netjournal.store.db import JournalDatabase
from netjournal.store.schema import backup_to

BACKUP_DIR = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_AUTO = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})\.db$")


def backup_folder(journal: Path) -> Path:
    return Path(journal).parent / BACKUP_DIR


def auto_backup_name(day: date) -> str:
    return f"auto-{day.isoformat()}.db"


def backup_files(journal: Path) -> list[Path]:
    """Every backup of this journal: those in `backups/` and the copies made before
    upgrades (`journal.v3-….bak.db` beside it), oldest name first."""
    journal = Path(journal)
    folder = backup_folder(journal)
    found = sorted(folder.glob("*.db")) if folder.is_dir() else []
    found += sorted(journal.parent.glob(f"{journal.stem}.v*.bak{journal.suffix}"))
    return [f for f in found if f.is_file()]


def automatic_backups(journal: Path) -> dict[date, Path]:
    """The automatic backups by their day."""
    folder = backup_folder(journal)
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for file in folder.iterdir():
        match = _AUTO.match(file.name)
        if match and file.is_file():
            try:
                found[date.fromisoformat(match.group(1))] = file
            except ValueError:
                continue
    return found


def daily_backup(
    db: JournalDatabase, today: date, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> Path | None:
    """Back the journal up if it has no automatic backup for `today` yet, then rotate.

    Returns the new backup, or None when today's exists already.
    """
    folder = backup_folder(db.path)
    try:
        existing = automatic_backups(db.path)
        made = None
        if today not in existing:
            made = backup_to(db, ensure_private_dir(folder) / auto_backup_name(today))
            existing[today] = made
        for day in to_remove(sorted(existing), daily, weekly):
            crypto.wipe(existing[day])
    except OSError as exc:
        raise JournalError.of(
            QT_TRANSLATE_NOOP(
                "Validation", "Today's backup could not be made in {folder}: {reason}."
            ),
            folder=folder,
            reason=exc.strerror or str(exc),
        ) from exc
    return made


def to_remove(days: list[date], daily: int, weekly: int) -> list[date]:
    """Which of these backup days the rotation lets go: all but the newest `daily` days,
    and, of the weeks before them, the newest day of each of the newest `weekly` weeks."""
    newest_first = sorted(days, reverse=True)
    keep = set(newest_first[:daily])
    weeks: dict[tuple[int, int], date] = {}
    for day in newest_first[daily:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks[week] = day
    keep.update(weeks.values())
    return sorted(d for d in days if d not in keep)
