"""Encrypting a journal, changing its passphrase, removing its encryption.

Each works on a closed journal file and on every backup of it (the automatic ones
in `backups/` and the copies made before upgrades): encrypting a journal whose
backups stayed plain would leave its notes readable beside it. The journal itself
is replaced only by a complete, checked copy (see `netjournal.store.crypto`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, JournalError, Words
from netjournal.store import crypto
from netjournal.store import db as store_db
from netjournal.store.backups import backup_files

# A passphrase shorter than this is refused: the file is only as safe as it.
PASSPHRASE_MIN = 8
PASSPHRASE_MAX = 1000


@dataclass(frozen=True)
class Rewritten:
    """What a change of key did: the journal, and its backups rewritten or left as they
    were (with the reason, e.g. a backup made under another passphrase)."""

    journal: Path
    backups: tuple[Path, ...] = ()
    skipped: tuple[tuple[Path, str], ...] = field(default=())


def check_passphrase(passphrase: str | None, field_name: str = "passphrase") -> str:
    """A passphrase a person chose, or `InvalidInput` saying what is wrong with it."""
    if not isinstance(passphrase, str) or not passphrase:
        raise InvalidInput.of(QT_TRANSLATE_NOOP("Validation", "Give a passphrase."), field_name)
    if len(passphrase) < PASSPHRASE_MIN:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A passphrase needs at least {PASSPHRASE_MIN} characters; a few words are easier "
                "to remember than a short password.",
            ),
            field_name,
            PASSPHRASE_MIN=PASSPHRASE_MIN,
        )
    if len(passphrase) > PASSPHRASE_MAX:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "A passphrase can have at most {PASSPHRASE_MAX} characters."
            ),
            field_name,
            PASSPHRASE_MAX=PASSPHRASE_MAX,
        )
    if "\x00" in passphrase:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "A passphrase cannot contain a NUL character."),
            field_name,
        )
    return passphrase


def is_encrypted(path: Path) -> bool:
    """Whether the journal file is encrypted (it does not start like a plain SQLite file)."""
    return store_db.looks_encrypted(Path(path))


def encrypt(path: Path, passphrase: str) -> Rewritten:
    """Encrypt a plain journal and its backups with `passphrase`."""
    new = check_passphrase(passphrase)
    if is_encrypted(path):
        raise JournalError.of(
            QT_TRANSLATE_NOOP(
                "Validation", "{path} is encrypted already; change its passphrase instead."
            ),
            path=path,
        )
    return _rewrite(Path(path), None, new)


def decrypt(path: Path, passphrase: str) -> Rewritten:
    """Remove the encryption of a journal (its backups stay encrypted)."""
    if not is_encrypted(path):
        raise JournalError.of(
            QT_TRANSLATE_NOOP("Validation", "{path} is not encrypted."), path=path
        )
    crypto.rewrite_with_key(Path(path), passphrase, None)
    return Rewritten(Path(path))


def change_passphrase(path: Path, passphrase: str, new_passphrase: str) -> Rewritten:
    """Give an encrypted journal and its backups a new passphrase (a leaked one no longer
    opens the copies either)."""
    new = check_passphrase(new_passphrase, "new_passphrase")
    if not is_encrypted(path):
        raise JournalError.of(
            QT_TRANSLATE_NOOP("Validation", "{path} is not encrypted; encrypt it first."), path=path
        )
    if new == passphrase:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "The new passphrase is the same as the old one."),
            "new_passphrase",
        )
    return _rewrite(Path(path), passphrase, new)


def _rewrite(path: Path, old: str | None, new: str) -> Rewritten:
    crypto.rewrite_with_key(path, old, new)
    done: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for backup in backup_files(path):
        if old is None and is_encrypted(backup):
            continue  # encrypted already, under a passphrase of its own
        try:
            crypto.rewrite_with_key(backup, old, new)
        except JournalError as exc:
            skipped.append((backup, Words.because(exc)))
        else:
            done.append(backup)
    return Rewritten(path, tuple(done), tuple(skipped))
