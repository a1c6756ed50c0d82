"""What an import brings, before anything is written: people, events, and the problems
met reading the file.

The readers in `netjournal.interchange` turn a file (vCard, CSV, iCalendar) into a
`Parsed`; `netjournal.journal.imports` plans it against the journal (new, merged,
skipped, with reasons) and applies a confirmed plan in one transaction. Nothing
here knows a file format, and nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, NetJournalError

# What a `Where` points at in a file.
CARD, ROW, EVENT = "card", "row", "event"
# A problem that passes on why something was refused, and that it is not imported.
LEFT_OUT = QT_TRANSLATE_NOOP("Validation", "{reason} It was left out.")


@dataclass(frozen=True)
class Where:
    """Where in a file something was read: the file, and a card, row or event in it."""

    file: str  # the file's name, as the user knows it
    kind: str = ""  # "card", "row" or "event"; "" for the file as a whole
    number: int | None = None  # which card, row or event (from 1)
    line: int | None = None  # the first line of it in the file, when known

    @property
    def item(self) -> str:
        """ "card 3", "row 12", "event 2" (English; the interface says it in its language)."""
        if not self.kind:
            return ""
        return self.kind if self.number is None else f"{self.kind} {self.number}"

    def __str__(self) -> str:
        parts = [self.file]
        if self.item:
            parts.append(self.item)
        if self.line is not None:
            parts.append(f"line {self.line}")
        return ", ".join(parts)


@dataclass(frozen=True)
class IncomingMethod:
    """An email, phone, link or address, with its label ("work", "mobile", "Profile")."""

    kind: str  # email, phone, url, address
    value: str
    label: str = ""


@dataclass(frozen=True)
class IncomingPerson:
    """A person as a file describes them. Empty strings and None mean "not said"."""

    where: Where
    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    nickname: str = ""
    organization: str = ""
    role: str = ""
    methods: tuple[IncomingMethod, ...] = ()
    birthday: date | None = None
    met_on: date | None = None  # LinkedIn: the day we connected
    met_how: str = ""  # "LinkedIn", "Google Contacts"…
    notes: str = ""
    tags: tuple[str, ...] = ()
    photo: bytes | None = None  # already a small thumbnail (PNG or JPEG)

    def name(self) -> str:
        """The name to show: the file's display name, else given and family names."""
        return self.display_name.strip() or " ".join(
            p for p in (self.given_name.strip(), self.family_name.strip()) if p
        )

    def emails(self) -> list[str]:
        return [m.value for m in self.methods if m.kind == "email"]


@dataclass(frozen=True)
class IncomingEvent:
    """A calendar event, to become a journal entry with the attendees found by email."""

    where: Where
    title: str
    occurred_at: datetime  # aware
    body: str = ""
    location: str = ""
    attendee_emails: tuple[str, ...] = ()
    uid: str = ""


@dataclass(frozen=True)
class Problem:
    """Something of a file that could not be read, and why, in words.

    Like an error (`netjournal.errors.NetJournalError.of`), a problem made with `of`
    keeps its English template and parameters, for the interface to say it in the
    reader's language; `message` is the English.
    """

    where: Where
    message: str
    template: str | None = field(default=None, compare=False)
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    labels: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def of(
        cls, where: Where, template: str, *, labels: Iterable[str] = (), **params: Any
    ) -> Problem:
        """The problem from a template marked with QT_TRANSLATE_NOOP("Validation", ...)."""
        return cls(where, template.format(**params), template, params, tuple(labels))

    @classmethod
    def because(cls, where: Where, error: NetJournalError) -> Problem:
        """The problem an error describes, its wording kept for translation."""
        return cls(where, error.message, error.template, dict(error.params), error.labels)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Parsed:
    """What one file holds: people, events, and what could not be read of it."""

    path: Path
    format: str  # "vcard", "linkedin", "google", "ics"
    people: list[IncomingPerson] = field(default_factory=list)
    events: list[IncomingEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.people and not self.events
