"""Whole journal files: restoring a backup, and what to tell someone whose journal cannot
be opened.

A restore never loses what is there: the journal in place is backed up first (when
it can be read at all, else it is kept aside under another name), and the backup
becomes the journal only as a complete, checked copy.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP, JournalError, NetJournalError, Words
from netjournal.journal.journal import Journal
from netjournal.paths import ensure_private_dir, make_private_file
from netjournal.store import backups
from netjournal.store import db as store_db


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def latest_backup(journal: Path) -> Path | None:
    """The newest automatic or hand-made backup of the journal, by time of writing."""
    found = [f for f in backups.backup_files(journal) if f.suffix == ".db"]
    return max(found, key=lambda f: f.stat().st_mtime) if found else None


def advice(journal: Path) -> Words:
    """What someone can do when the journal cannot be opened, naming the latest backup."""
    latest = latest_backup(journal)
    if latest is None:
        return Words.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Nothing was changed. You can open another journal file, or move this one "
                "aside and start a new journal.",
            )
        )
    return Words.of(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Nothing was changed. The latest backup is {latest}: restore it with "
            "`netjournal restore {latest}`, or open another journal file.",
        ),
        latest=latest,
    )


def restore(journal: Path, backup: Path, passphrase: str | None = None) -> Path:
    """Make `backup` the journal at `journal`; returns where the journal in place went.

    `passphrase` opens the backup (and the journal in place, when encrypted: a backup
    shares its journal's passphrase). The backup is checked first (it opens, passes
    the integrity check, and no newer NetJournal wrote it); nothing is changed if it
    does not.
    """
    journal, backup = Path(journal), Path(backup)
    if not backup.is_file():
        raise JournalError.of(
            QT_TRANSLATE_NOOP("Validation", "There is no backup at {backup}."), backup=backup
        )
    if backup.resolve() == journal.resolve():
        raise JournalError.of(
            QT_TRANSLATE_NOOP("Validation", "That is the journal itself, not a backup of it.")
        )
    with Journal.open(backup, passphrase, create=False) as copy:
        problems = copy.check()
        if problems:
            raise JournalError.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The backup {backup} is damaged ({problem}); the journal was left as it was.",
                ),
                backup=backup,
                problem=problems[0],
            )
    folder = ensure_private_dir(backups.backup_folder(journal))
    kept = folder / f"journal-before-restore-{_stamp()}.db"
    if journal.exists():
        try:
            with Journal.open(journal, passphrase, create=False) as current:
                current.backup(kept)
        except NetJournalError:
            # Unreadable as it is (that may be why it is restored): kept aside, as it is.
            kept = kept.with_name(kept.stem + "-unreadable" + kept.suffix)
            shutil.copy2(journal, kept)
            make_private_file(kept)
    incoming = journal.with_name(journal.name + ".restore-new")
    incoming.unlink(missing_ok=True)
    try:
        with Journal.open(backup, passphrase, create=False) as copy:
            copy.backup(incoming)
        with Journal.open(incoming, passphrase, create=False) as check:
            if check.check():
                raise JournalError.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "The copy of {backup} did not check out; nothing changed."
                    ),
                    backup=backup,
                )
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    for sidecar in ("-wal", "-shm"):
        journal.with_name(journal.name + sidecar).unlink(missing_ok=True)
    incoming.replace(journal)
    make_private_file(journal)
    return kept


def what_failed(journal: Path, error: Exception) -> Words:
    """What is wrong with a journal that cannot be opened, in a sentence or two."""
    path = Path(journal)
    what: Words
    if not path.parent.exists():
        what = Words.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The folder {folder} does not exist (a disk not connected, or moved?).",
            ),
            folder=path.parent,
        )
    elif isinstance(error, NetJournalError):
        what = Words.because(error)
    else:
        what = Words.of(
            QT_TRANSLATE_NOOP("Validation", "{path} cannot be opened: {reason}."),
            path=path,
            reason=str(error),
        )
    if store_db.looks_encrypted(path) and "passphrase" not in what.lower():
        what = Words.of(
            QT_TRANSLATE_NOOP("Validation", "{what} If it is encrypted, give its passphrase."),
            what=what,
        )
    return what


def describe_failure(journal: Path, error: Exception) -> Words:
    """A sentence or two for a journal that cannot be opened: what is wrong, what to do."""
    return Words.of("{what} {advice}", what=what_failed(journal, error), advice=advice(journal))
