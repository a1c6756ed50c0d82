"""What an import takes from a file, and where it stops: hostile files meet limits here.

- A file over `MAX_FILE_BYTES` is refused before a byte of it is read, and so is
  anything that is not a regular file (a FIFO or a device would never end).
- Text is cleaned of what the journal cannot store (NUL, half characters: lone
  surrogates) and **cut** to the journal's limits (`netjournal.journal.validate`),
  with a `Problem` saying which field was cut and how long it was. The readers cut
  rather than leave it to the domain, because the domain refuses a whole person for
  one field too long, and a 300-character organization should not cost the person.
- A card with absurdly many emails, phones, links or addresses keeps the first
  `MAX_METHODS` of them, with a `Problem`.
- Photos: see `netjournal.interchange.photos` (bytes and pixels are bounded before
  anything is decoded).
"""

from __future__ import annotations

import csv
import os
import re
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP, NetJournalError
from netjournal.journal import validate
from netjournal.journal.incoming import (
    IncomingEvent,
    IncomingMethod,
    IncomingPerson,
    Problem,
    Where,
)

MAX_FILE_BYTES = 100 * 1024 * 1024
ANY_SIZE = -1  # for `refusal`: no limit on the size
# A card may say many things; a person has not 10,000 email addresses.
MAX_METHODS = 200
# The journal's own limits, repeated here so the readers cut to exactly them.
NAME_MAX = validate.NAME_MAX
SHORT_TEXT_MAX = validate.SHORT_TEXT_MAX
LONG_TEXT_MAX = validate.LONG_TEXT_MAX
LABEL_MAX = 60  # a contact method's label (netjournal.journal.people)

BIRTHDAY_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Validation", "The birthday “{text}” is not a date; it was left out."
)
BIRTHDAY_WITHOUT_YEAR = QT_TRANSLATE_NOOP(
    "Validation",
    "The birthday “{text}” has no year; the journal keeps whole dates, so it was left out.",
)

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def refusal(path: Path, max_bytes: int | None = None) -> Problem | None:
    """Why the file is refused before reading it; None when it may be read.
    At most `max_bytes` bytes (`MAX_FILE_BYTES` when not given; `ANY_SIZE` for a file
    read a line at a time whatever its size: a NetJournal backup)."""
    where = Where(path.name)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Problem.of(where, QT_TRANSLATE_NOOP("Validation", "The file does not exist."))
    except PermissionError:
        return Problem.of(
            where, QT_TRANSLATE_NOOP("Validation", "The file cannot be read: permission denied.")
        )
    except OSError as exc:
        return unreadable(path.name, exc)
    if stat.S_ISDIR(info.st_mode):
        return Problem.of(where, QT_TRANSLATE_NOOP("Validation", "It is a folder, not a file."))
    if not stat.S_ISREG(info.st_mode):
        return Problem.of(
            where,
            QT_TRANSLATE_NOOP(
                "Validation",
                "It is not a regular file (a device, a pipe or a socket), so it is not read.",
            ),
        )
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    if limit >= 0 and info.st_size > limit:
        return Problem.of(
            where,
            QT_TRANSLATE_NOOP(
                "Validation",
                "The file is too large to import: {size:,.1f} MB, at most {limit:,.1f} MB.",
            ),
            size=megabytes(info.st_size),
            limit=megabytes(limit),
        )
    return None


def unreadable(name: str, exc: OSError) -> Problem:
    """The operating system's refusal to read the file named `name`."""
    return Problem.of(
        Where(name),
        QT_TRANSLATE_NOOP("Validation", "The file cannot be read: {reason}."),
        reason=exc.strerror or str(exc),
    )


def too_large(name: str) -> Problem:
    """The problem of a file that grew past the limit while it was read."""
    return Problem.of(
        Where(name),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The file is too large to import: more than {limit:,.1f} MB (it grew while it "
            "was read).",
        ),
        limit=megabytes(MAX_FILE_BYTES),
    )


class FileTooLarge(Exception):
    """The file grew past `MAX_FILE_BYTES` while it was read."""


class BrokenCsv(NetJournalError):
    """The CSV module cannot go on reading the file; the message says where."""


def text_lines(path: Path) -> Iterator[str]:
    """The lines of a text file, line ends kept (for `csv`), read as a stream: UTF-8
    (a BOM dropped), a line that is not UTF-8 read as Windows-1252; `FileTooLarge`
    past `MAX_FILE_BYTES`."""
    total = 0
    with path.open("rb") as stream:
        for number, read in enumerate(stream):
            total += len(read)
            if total > MAX_FILE_BYTES:
                raise FileTooLarge
            raw = read[3:] if number == 0 and read.startswith(b"\xef\xbb\xbf") else read
            if b"\r" in raw:  # CR line ends (old Macs), which csv refuses unquoted
                raw = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            for piece in raw.splitlines(keepends=True) if raw.count(b"\n") > 1 else (raw,):
                try:
                    yield piece.decode("utf-8")
                except UnicodeDecodeError:
                    yield piece.decode("cp1252", "replace")


def csv_rows(path: Path) -> Iterator[tuple[int, int, list[str]]]:
    """(row number, first line, fields) of each row of a CSV file; a row is what a
    spreadsheet shows as one (a quoted value may span lines). Fields are cleaned of
    what the journal cannot store, line ends made "\n"."""
    reader = csv.reader(text_lines(path), strict=False)
    before = csv.field_size_limit()
    csv.field_size_limit(max(before, MAX_FILE_BYTES))  # a long note is not a broken file
    try:
        line = 1
        row_number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise BrokenCsv.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The file could not be read on from row {row} (line {line}): {reason}.",
                    ),
                    row=row_number + 1,
                    line=line,
                    reason=str(exc),
                ) from None
            row_number += 1
            yield (
                row_number,
                line,
                [clean(f.replace("\r\n", "\n").replace("\r", "\n")) for f in row],
            )
            line = reader.line_num + 1
    finally:
        csv.field_size_limit(before)


def plausible(day: date) -> bool:
    """Whether the journal keeps this date (the years it accepts)."""
    return validate.FIRST_YEAR <= day.year <= validate.LAST_YEAR


def implausible(where: Where, what: str, day: date) -> Problem:
    """The problem of a date out of the journal's years; `what` is a label ("The birthday")."""
    return Problem.of(
        where,
        QT_TRANSLATE_NOOP(
            "Validation",
            "{what} {day} is not a date the journal keeps (the years {first} to {last}); it "
            "was left out.",
        ),
        labels=("what",),
        what=what,
        day=day.isoformat(),
        first=validate.FIRST_YEAR,
        last=validate.LAST_YEAR,
    )


def megabytes(size: int) -> float:
    return size / (1024 * 1024)


def clean(text: str) -> str:
    """The text without what the journal cannot store: NUL and lone surrogates."""
    if _UNSTORABLE.search(text) is None:
        return text
    return _UNSTORABLE.sub("", text)


def cut(text: str, limit: int) -> tuple[str, int]:
    """The cleaned, stripped text within `limit` characters (ending in "…" when cut),
    and its length before cutting when it was cut (else 0)."""
    text = clean(text).strip()
    if len(text) <= limit:
        return text, 0
    return text[: limit - 1].rstrip() + "…", len(text)


def was_cut(where: Where, label: str, length: int, limit: int) -> Problem:
    """The problem of a text cut to the journal's limit; `label` names it ("The notes")."""
    return Problem.of(
        where,
        QT_TRANSLATE_NOOP(
            "Validation",
            "{label} was {length:,} characters long, more than the {limit:,} kept; it was cut.",
        ),
        labels=("label",),
        label=label,
        length=length,
        limit=limit,
    )


# Each text field of a person: what it is called in a message, and how long it may be.
_PERSON_TEXT = {
    "display_name": (QT_TRANSLATE_NOOP("Validation", "The name"), NAME_MAX),
    "given_name": (QT_TRANSLATE_NOOP("Validation", "The given name"), NAME_MAX),
    "family_name": (QT_TRANSLATE_NOOP("Validation", "The family name"), NAME_MAX),
    "nickname": (QT_TRANSLATE_NOOP("Validation", "The nickname"), NAME_MAX),
    "organization": (QT_TRANSLATE_NOOP("Validation", "The organization"), NAME_MAX),
    "role": (QT_TRANSLATE_NOOP("Validation", "The role"), NAME_MAX),
    "met_how": (QT_TRANSLATE_NOOP("Validation", "How we met"), SHORT_TEXT_MAX),
    "notes": (QT_TRANSLATE_NOOP("Validation", "The notes"), LONG_TEXT_MAX),
}
_WHERE = "\n\nWhere: "  # how netjournal.journal.imports appends an event's location
_KIND_WORDS = {
    "email": QT_TRANSLATE_NOOP("Validation", "An email"),
    "phone": QT_TRANSLATE_NOOP("Validation", "A phone number"),
    "url": QT_TRANSLATE_NOOP("Validation", "A link"),
    "address": QT_TRANSLATE_NOOP("Validation", "An address"),
}


def fitted_person(
    where: Where,
    problems: list[Problem],
    methods: list[IncomingMethod] | tuple[IncomingMethod, ...] = (),
    tags: list[str] | tuple[str, ...] = (),
    **fields: object,
) -> IncomingPerson:
    """An `IncomingPerson` whose every text fits the journal: cleaned, cut where too long
    (each cut said in `problems`), at most `MAX_METHODS` contact methods."""
    for key, (label, limit) in _PERSON_TEXT.items():
        value = fields.get(key)
        if isinstance(value, str):
            fields[key], length = cut(value, limit)
            if length:
                problems.append(was_cut(where, label, length, limit))
    kept: list[IncomingMethod] = []
    for method in methods[:MAX_METHODS]:
        value, length = cut(method.value, SHORT_TEXT_MAX)
        if length:
            word = _KIND_WORDS.get(method.kind, QT_TRANSLATE_NOOP("Validation", "A contact method"))
            problems.append(was_cut(where, word, length, SHORT_TEXT_MAX))
        label, _ = cut(method.label, LABEL_MAX)
        if value:
            kept.append(IncomingMethod(method.kind, value, label))
    if len(methods) > MAX_METHODS:
        problems.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "It has {count:,} emails, phones, links and addresses; the first {kept} "
                    "were kept.",
                ),
                count=len(methods),
                kept=MAX_METHODS,
            )
        )
    names = []
    for tag in tags:
        name, length = cut(tag, NAME_MAX)
        if length:
            problems.append(
                was_cut(where, QT_TRANSLATE_NOOP("Validation", "A tag"), length, NAME_MAX)
            )
        if name:
            names.append(name)
    return IncomingPerson(where=where, methods=tuple(kept), tags=tuple(names), **fields)  # type: ignore[arg-type]


def fitted_event(
    where: Where, problems: list[Problem], title: str, body: str, location: str, **fields: object
) -> IncomingEvent:
    """An `IncomingEvent` whose texts fit the journal (an entry's title and notes: the
    body leaves room for the location, which the journal appends to it)."""
    title, length = cut(title, NAME_MAX)
    if length:
        problems.append(
            was_cut(where, QT_TRANSLATE_NOOP("Validation", "The title"), length, NAME_MAX)
        )
    location, length = cut(location, SHORT_TEXT_MAX)
    if length:
        problems.append(
            was_cut(where, QT_TRANSLATE_NOOP("Validation", "The location"), length, SHORT_TEXT_MAX)
        )
    room = LONG_TEXT_MAX - (len(location) + len(_WHERE) if location else 0)
    body, length = cut(body, room)
    if length:
        problems.append(
            was_cut(where, QT_TRANSLATE_NOOP("Validation", "The description"), length, room)
        )
    return IncomingEvent(where=where, title=title, body=body, location=location, **fields)  # type: ignore[arg-type]
