"""What an import brings, before anything is written: people, events, and the problems
met reading the file.

The readers in `netjournal.interchange` turn a file (vCard, CSV, iCalendar) into a
`Parsed`; `netjournal.journal.imports` plans it against the journal (new, merged,
skipped, with reasons) and applies a confirmed plan in one transaction. Nothing
here knows a file format, and nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class Where:
    """Where in a file something was read: the file, and a card, row or event in it."""

    file: str  # the file's name, as the user knows it
    item: str = ""  # "card 3", "row 12", "event 2"
    line: int | None = None  # the first line of it in the file, when known

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
    """Something of a file that could not be read, and why, in words."""

    where: Where
    message: str

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
