"""One small hierarchy of errors whose messages a person can read.

Every error the domain API, the store or the CLI raises on purpose derives from
`NetJournalError`; anything else is a bug and should fail loudly.
"""

from __future__ import annotations


class NetJournalError(Exception):
    """Base of every error meant to be shown to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(NetJournalError):
    """Bad input to a domain operation; `field` names the field at fault (or None)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(InvalidInput):
    """An id that names nothing in the journal (deleted meanwhile, or never there)."""


class JournalError(NetJournalError):
    """The journal file cannot be used: unreadable, locked, full, corrupt, read-only."""


class WrongPassphrase(JournalError):
    """The journal is encrypted and the passphrase does not open it."""


class SchemaTooNew(JournalError):
    """The journal was written by a newer NetJournal; it is refused and left untouched."""
