"""One entry point for importing a file: `read(path)` picks the reader by the file's
content (then its extension) and returns what it holds as a `Parsed`.

It never raises for what a file holds: a file it refuses (too large, not a regular
file, unreadable) or that is none of the formats it reads comes back as a `Parsed`
with format "unknown" (or the format it is) and a `Problem` that says so, in words.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP
from netjournal.interchange import google_csv, ics, limits, linkedin, vcard
from netjournal.journal.incoming import Parsed, Problem, Where

UNKNOWN = "unknown"
READERS: dict[str, Callable[[Path], Parsed]] = {
    vcard.FORMAT: vcard.read,
    ics.FORMAT: ics.read,
    linkedin.FORMAT: linkedin.read,
    google_csv.FORMAT: google_csv.read,
}
EXTENSIONS = {".vcf": vcard.FORMAT, ".vcard": vcard.FORMAT, ".ics": ics.FORMAT, ".ical": ics.FORMAT}
# How much of a file is looked at to tell what it is.
SNIFF_BYTES = 64 * 1024
NONE_OF_THESE = QT_TRANSLATE_NOOP(
    "Validation",
    "It is none of the files NetJournal imports: a vCard file (.vcf), a calendar (.ics), "
    "LinkedIn's Connections.csv, a Google Contacts CSV export or a NetJournal backup (.json).",
)
NEITHER_CSV = QT_TRANSLATE_NOOP(
    "Validation",
    "It is a CSV file, but neither LinkedIn's Connections.csv (with the columns First Name, "
    "Last Name, URL, Email Address, Company, Position, Connected On) nor a Google Contacts "
    "export (First Name, … E-mail 1 - Value, Labels).",
)


def read(path: Path) -> Parsed:
    """What the file at `path` holds: people, events and the problems met reading it."""
    path = Path(path)
    refused = limits.refusal(path)
    if refused:
        return Parsed(path=path, format=UNKNOWN, problems=[refused])
    try:
        kind, why = format_of(path)
    except OSError as exc:
        return Parsed(path=path, format=UNKNOWN, problems=[limits.unreadable(path.name, exc)])
    if kind is None:
        return Parsed(path=path, format=UNKNOWN, problems=[Problem.of(Where(path.name), why)])
    return READERS[kind](path)


def format_of(path: Path) -> tuple[str | None, str]:
    """The format of the file ("vcard", "ics", "linkedin", "google") by its first
    bytes, then by its extension; or None and why it is none of them (a marked template)."""
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
    text = _sniffed_text(head)
    lines = [line.strip().upper() for line in text.splitlines()[:2000] if line.strip()]
    if lines:
        if lines[0].startswith("BEGIN:VCARD"):
            return vcard.FORMAT, ""
        if lines[0].startswith("BEGIN:VCALENDAR"):
            return ics.FORMAT, ""
    header = _csv_header(text)
    if header is not None:
        if linkedin.is_header(header):
            return linkedin.FORMAT, ""
        if google_csv.is_header(header):
            return google_csv.FORMAT, ""
    # Something before the first card or calendar (a mail program's preamble).
    if "BEGIN:VCARD" in lines:
        return vcard.FORMAT, ""
    if "BEGIN:VCALENDAR" in lines:
        return ics.FORMAT, ""
    by_extension = EXTENSIONS.get(path.suffix.lower())
    if by_extension:
        return by_extension, ""
    if path.suffix.lower() == ".csv":
        return None, NEITHER_CSV
    return None, NONE_OF_THESE


def _sniffed_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 4 and head[:4].count(0) == 2):
        encoding = (
            "utf-16"
            if head.startswith((b"\xff\xfe", b"\xfe\xff"))
            else ("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be")
        )
        return head.decode(encoding, "ignore").lstrip("\ufeff")
    return head.decode("utf-8", "ignore").lstrip("\ufeff")


def _csv_header(text: str) -> list[str] | None:
    """The header row of a CSV text, if it has one among its first rows (LinkedIn's
    export has a preamble before it)."""
    if "," not in text:
        return None
    try:
        rows = csv.reader(io.StringIO(text))
        for number, row in enumerate(rows):
            if number > 20:
                break
            if linkedin.is_header(row) or google_csv.is_header(row):
                return row
    except csv.Error:
        return None
    return None
