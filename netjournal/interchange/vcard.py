"""People from vCard files (2.1, 3.0 and 4.0), read with `vobject`, card by card.

`vobject` alone refuses much of what phones and mail programs write, and silently
loses some of what it accepts. So the text is prepared first, one pass over the
lines, and each card is handed to `vobject` on its own:

- line ends normalised (CRLF, LF, CR, and the iPhone's CR CR LF), a BOM dropped,
  folded lines joined; blank lines inside a card dropped (Outlook writes them after
  a photo);
- vCard 2.1 quoted-printable values joined over their soft line breaks (`=` at the
  end of a line) and decoded here in their CHARSET, so a stray byte costs one
  character (replaced, and said) instead of the card; base64 data continued on
  lines without indentation (2.1) joined;
- a line that is not UTF-8 decoded in its CHARSET, else as Windows-1252;
- values escaped the way `vobject` reads them: it reads every text as a list split
  on commas and keeps the first item, so a 2.1 NOTE ("…WARRANTIES, INCLUDING…")
  or a 3.0 note whose writer did not escape its commas would end at the first
  comma; here unescaped commas of text values are escaped first;
- photos (and the binary LOGO, SOUND, KEY) are not given to `vobject`, which
  decodes base64 while reading the card and loses the whole card to a broken
  photo: the photo is decoded here and made a thumbnail (`photos.thumbnail`).
  A photo given as a link is never fetched: it is left out, and a `Problem` says so;
- only the properties a person is made of are given to `vobject` (FN, N, NICKNAME,
  ORG, TITLE, ROLE, EMAIL, TEL, URL, ADR, BDAY, NOTE, CATEGORIES, X-ABLabel): the
  others are not imported, so they are not parsed either.

One card that cannot be read is a `Problem` naming the card and its first line;
a line `vobject` refuses is left out (a `Problem` naming its line) and the card
read again without it; the lines `vobject` returned are compared with the lines
it was given, and any it dropped are reported. The other cards come through.

Labels: the vCard TYPEs of an email, phone, link or address become its label (home,
work, cell → "mobile", "work fax"…); an Apple/Google grouped label
(`item1.EMAIL` with `item1.X-ABLabel:Profile`) wins over the TYPEs. Android's
system group "My Contacts" is not made a tag. Instant-messaging handles (IMPP,
X-SKYPE…) and related names and dates are not imported. A birthday without a year
(`--0203`, Apple's year 1604) is left out with a `Problem`: the journal keeps whole
dates.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import vobject
from vobject.base import ParseError, parseParams

from netjournal.errors import QT_TRANSLATE_NOOP, Words
from netjournal.interchange import limits, photos
from netjournal.journal.incoming import (
    CARD,
    LEFT_OUT,
    IncomingMethod,
    IncomingPerson,
    Parsed,
    Problem,
    Where,
)

FORMAT = "vcard"
# Properties whose value is binary data, read here (PHOTO) or not at all.
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
# The properties a person is made of; the others (VERSION, PRODID, REV, X-…) are not
# given to vobject at all: nothing of them is imported, and a broken one costs nothing.
_IMPORTED = frozenset(
    {"FN", "N", "NICKNAME", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "URL", "ADR", "BDAY", "NOTE"}
    | {"CATEGORIES", "X-ABLABEL"}
)
# Values made of ;-separated parts, each a ,-separated list.
_STRUCTURED = frozenset({"N", "ADR", "ORG"})
# Values that are lists of comma-separated items in every version.
_LISTS = frozenset({"CATEGORIES"})
# How often one card is read again after leaving out a line vobject refused.
_RETRIES = 20
_UNREADABLE_CARD = QT_TRANSLATE_NOOP("Validation", "The card could not be read ({reason}).")
_PREVIEW = 60

_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
_UNESCAPED_COMMA = re.compile(r"(?<!\\)((?:\\\\)*),")
_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SYSTEM_GROUPS = frozenset({"my contacts", "mycontacts"})
_APPLE_NO_YEAR = 1604  # Apple's year for a birthday without one

# vCard TYPEs and the words of a label: where, then what.
_PLACES = {"home": "home", "work": "work", "school": "school", "other": "other"}
_DEVICES = {
    "cell": "mobile",
    "mobile": "mobile",
    "fax": "fax",
    "pager": "pager",
    "main": "main",
    "car": "car",
    "iphone": "iPhone",
    "textphone": "textphone",
}
# TYPEs that say nothing a person would call a label.
_SILENT_TYPES = frozenset(
    {
        "pref",
        "internet",
        "voice",
        "x400",
        "msg",
        "bbs",
        "modem",
        "isdn",
        "pcs",
        "text",
        "video",
        "intl",
        "dom",
        "postal",
        "parcel",
        "uri",
        "aol",
        "applelink",
        "attmail",
        "cis",
        "eworld",
        "ibmmail",
        "mcimail",
        "powershare",
        "prodigy",
        "tlx",
    }
)
# Google's labels written as constants.
_GOOGLE_LABELS = {"GRAND_CENTRAL": "Google Voice"}


@dataclass
class _Line:
    """One logical line of a card: unfolded, quoted-printable soft breaks joined."""

    number: int  # its first line in the file
    text: str
    qp: bool = False


@dataclass
class _Card:
    index: int  # 1 for the first card of the file
    first_line: int
    lines: list[_Line] = field(default_factory=list)
    closed: bool = False


def read(path: Path) -> Parsed:
    """Every card of the vCard file at `path`, and what could not be read of it."""
    parsed = Parsed(path=path, format=FORMAT)
    refused = limits.refusal(path)
    if refused:
        parsed.problems.append(refused)
        return parsed
    try:
        with path.open("rb") as stream:
            read_stream(stream, path.name, parsed)
    except limits.FileTooLarge:
        parsed.people.clear()
        parsed.problems.append(limits.too_large(path.name))
    except OSError as exc:
        parsed.problems.append(limits.unreadable(path.name, exc))
    return parsed


def read_stream(stream: BinaryIO, name: str, parsed: Parsed) -> None:
    """Read the cards of `stream` (bytes) into `parsed`; `name` is the file's name."""
    reader = _CardReader(name, parsed.problems)
    cards = 0
    for card in _cards(_physical_lines(stream), name, parsed.problems):
        cards += 1
        person = reader.person(card)
        if person is not None:
            parsed.people.append(person)
    reader.finish()
    if not cards:
        parsed.problems.append(
            Problem.of(
                Where(name),
                QT_TRANSLATE_NOOP(
                    "Validation", "No card (BEGIN:VCARD … END:VCARD) was found in the file."
                ),
            )
        )


# --- lines and cards ---------------------------------------------------------------


def _physical_lines(stream: BinaryIO) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line, whatever its line end; bytes that are not
    UTF-8 are kept as surrogate escapes, for `_CardReader._decoded` to read in their
    charset."""
    head = stream.read(4)
    lines: Iterable[bytes]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) == 4 and head.count(0) == 2):
        lines = _utf16_as_utf8(head + stream.read(limits.MAX_FILE_BYTES + 1 - len(head)))
    elif stream.seekable():
        stream.seek(0)
        lines = stream
    else:
        lines = itertools.chain([head + stream.readline()], stream)
    number = 0
    total = 0
    first = True
    for read in lines:
        total += len(read)
        if total > limits.MAX_FILE_BYTES:
            raise limits.FileTooLarge
        raw = read.rstrip(b"\r\n")
        if first:
            first = False
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
        for piece in raw.split(b"\r") if b"\r" in raw else (raw,):
            number += 1
            try:
                yield number, piece.decode("utf-8")
            except UnicodeDecodeError:
                yield number, piece.decode("utf-8", "surrogateescape")


def _utf16_as_utf8(data: bytes) -> BinaryIO:
    """A UTF-16 file (some Windows programs write them), as UTF-8 lines."""
    if data[:2] == b"\xff\xfe":
        encoding, data = "utf-16-le", data[2:]
    elif data[:2] == b"\xfe\xff":
        encoding, data = "utf-16-be", data[2:]
    else:
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
    return io.BytesIO(data.decode(encoding, "replace").encode("utf-8"))


def _is_marker(line: str, marker: str) -> bool:
    """Whether `line` is BEGIN:VCARD or END:VCARD (any case, spaces around)."""
    return len(line) < 20 and line.strip().upper() == marker


def _cards(lines: Iterable[tuple[int, str]], name: str, problems: list[Problem]) -> Iterator[_Card]:
    """The cards of the file with their logical lines, in one pass over the lines."""
    card: _Card | None = None
    index = 0
    pieces: list[str] | None = None  # the logical line being gathered
    start = 0
    qp = soft = b64 = False
    stray = False  # reported the current run of lines outside any card

    def finish() -> None:
        assert card is not None
        if pieces is not None:
            card.lines.append(_Line(start, "".join(pieces), qp))

    for number, line in lines:
        if card is None:
            if not line.strip():
                continue
            if line[0] in "Bb" and _is_marker(line, "BEGIN:VCARD"):
                index += 1
                card = _Card(index, number)
                pieces, stray = None, False
                continue
            if not stray:
                stray = True
                problems.append(
                    Problem.of(
                        Where(name, line=number),
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "“{text}” is outside any card (BEGIN:VCARD … END:VCARD); it was "
                            "skipped.",
                        ),
                        text=_preview(line),
                    )
                )
            continue
        if soft:  # the quoted-printable value goes on, on this line
            assert pieces is not None
            if not line.strip():  # …or ended with a blank line (Android)
                pieces[-1] = pieces[-1][:-1]
                soft = False
                continue
            if line[0] in "Ee" and _is_marker(line, "END:VCARD"):
                pieces[-1] = pieces[-1][:-1]
                soft = False
            else:
                pieces[-1] = pieces[-1][:-1]
                pieces.append(line)
                soft = line.endswith("=")
                continue
        if not line or line.isspace():
            b64 = False
            continue
        first = line[0]
        if first in " \t":
            if pieces is None:
                problems.append(
                    Problem.of(
                        Where(name, CARD, card.index, number),
                        QT_TRANSLATE_NOOP(
                            "Validation", "“{text}” continues no line; it was skipped."
                        ),
                        text=_preview(line),
                    )
                )
                continue
            pieces.append(line[1:])
            if qp:
                soft = line.endswith("=")
            continue
        if b64 and _BASE64_LINE.fullmatch(line):
            assert pieces is not None
            pieces.append(line)
            continue
        finish()
        pieces = None
        if first in "Ee" and _is_marker(line, "END:VCARD"):
            card.closed = True
            yield card
            card = None
            continue
        if first in "Bb" and _is_marker(line, "BEGIN:VCARD"):
            yield card  # not closed: said when it is read
            index += 1
            card = _Card(index, number)
            continue
        pieces = [line]
        start = number
        colon = line.find(":")
        head = line if colon < 0 else line[:colon]
        qp = b64 = False
        if ";" in head:
            upper = head.upper()
            qp = "QUOTED-PRINTABLE" in upper
            b64 = "BASE64" in upper or "ENCODING=B" in upper
        soft = qp and line.endswith("=")
    if card is not None:
        if soft and pieces:
            pieces[-1] = pieces[-1][:-1]
        finish()
        yield card


def _preview(text: str) -> str:
    text = _CONTROLS.sub("", limits.clean(text)).strip()
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"


# --- one card ----------------------------------------------------------------------


def _value_start(text: str) -> int:
    """Where the value begins: the first ':' not inside a quoted parameter; -1 if none."""
    colon = text.find(":")
    if colon < 0 or text.find('"', 0, colon) < 0:
        return colon
    quoted = False
    for position, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return position
    return -1


def _charset(head: str) -> str:
    upper = head.upper()
    at = upper.find("CHARSET=")
    if at < 0:
        return ""
    value = head[at + 8 :].split(";", 1)[0].strip().strip('"')
    return value


def _without_params(head: str, *names: str) -> str:
    """The line's name and parameters without those named (ENCODING=QUOTED-PRINTABLE…)."""
    parts = head.split(";")
    kept = [parts[0]]
    for part in parts[1:]:
        upper = part.strip().upper()
        if upper in names or upper.split("=", 1)[0] in names:
            continue
        kept.append(part)
    return ";".join(kept)


def _decode_bytes(data: bytes, charset: str) -> tuple[str, Words | str]:
    """`data` as text in `charset` (else UTF-8, else Windows-1252), and what went wrong."""
    said: Words | str = ""
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            said = Words.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "its charset “{charset}” is unknown; it was read as UTF-8"
                ),
                charset=charset,
            )
            charset = ""
    if not charset:
        try:
            return data.decode("utf-8"), said
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace"), said or Words.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "it is not UTF-8 and says no charset; it was read as Windows-1252"
                )
            )
    text = data.decode(charset, "replace")
    if "\ufffd" in text:
        said = Words.of(
            QT_TRANSLATE_NOOP(
                "Validation", "some of its bytes are not {charset} and were replaced by “{mark}”"
            ),
            charset=charset,
            mark="\ufffd",
        )
    return text, said


_ESCAPE_21_TEXT = str.maketrans({"\\": "\\\\", ",": "\\,", "\n": "\\n"})
_ESCAPE_NEWLINE = str.maketrans({"\n": "\\n"})


def _escaped(name: str, value: str, version: str, decoded: bool) -> str:
    """The value escaped as `vobject` reads values (vCard 3.0 rules, commas escaped in
    text). `decoded`: the value was quoted-printable and is now plain text."""
    if decoded:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if version == "2.1":
        # 2.1 escapes nothing but ";", yet some of its writers escape commas as 3.0 does.
        value = value.replace("\\,", ",")
        if name in _LISTS:
            return value.translate(_ESCAPE_NEWLINE)
        if name in _STRUCTURED:
            # 2.1 escapes only ";" (as "\;"); a backslash and a comma are themselves.
            value = value.replace("\\", "\\\\").replace("\\\\;", "\\;")
            return value.replace(",", "\\,").translate(_ESCAPE_NEWLINE)
        return value.translate(_ESCAPE_21_TEXT)
    if decoded:
        value = value.translate(_ESCAPE_NEWLINE)
    if name in _STRUCTURED or name in _LISTS or "," not in value:
        return value
    return _UNESCAPED_COMMA.sub(r"\1\\,", value)


@dataclass
class _Photo:
    number: int
    head: str
    value: str


class _CardReader:
    """Reads prepared cards into people; gathers what a file says only once."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.name = name
        self.problems = problems
        self.linked_photos: list[tuple[int, int, str]] = []  # card, line, link

    def where(self, card: _Card, line: int | None = None) -> Where:
        return Where(self.name, CARD, card.index, card.first_line if line is None else line)

    def problem(self, card: _Card, template: str, line: int | None = None, **params: Any) -> None:
        """Note a problem of `card` (at `line`) from a marked template and its values."""
        self.problems.append(Problem.of(self.where(card, line), template, **params))

    def finish(self) -> None:
        """Say once for the file that photos given as links were not fetched."""
        if not self.linked_photos:
            return
        card, line, link = self.linked_photos[0]
        cards = sorted({c for c, _, _ in self.linked_photos})
        if len(cards) == 1:
            self.problems.append(
                Problem.of(
                    Where(self.name, CARD, card, line),
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The photo is a link ({link}), not a picture in the file; NetJournal "
                        "downloads nothing, so it was left out.",
                    ),
                    link=_preview(link),
                )
            )
            return
        shown = ", ".join(str(c) for c in cards[:5]) + (", …" if len(cards) > 5 else "")
        self.problems.append(
            Problem.of(
                Where(self.name),
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The photos of {count:,} cards (cards {shown}) are links, not pictures in "
                    "the file; NetJournal downloads nothing, so they were left out.",
                ),
                count=len(cards),
                shown=shown,
            )
        )

    # --- preparing -----------------------------------------------------------------

    def person(self, card: _Card) -> IncomingPerson | None:
        """The person of one card, or None (with a `Problem`) when it cannot be read."""
        if not card.closed:
            self.problem(
                card,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The card has no END:VCARD; it was read up to where the next card begins or "
                    "the file ends.",
                ),
            )
        version = ""
        for line in card.lines:
            if line.text[:8].upper() == "VERSION:":
                version = line.text[8:].strip()
                break
        prepared: list[str] = []
        numbers: list[int] = []
        photo_lines: list[_Photo] = []
        for line in card.lines:
            text = line.text
            colon = _value_start(text)
            if colon <= 0:
                self.problem(
                    card,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The line “{text}” could not be read (it has no “:”); it was left out.",
                    ),
                    line.number,
                    text=_preview(text),
                )
                continue
            head = text[:colon]
            value = text[colon + 1 :]
            semi = head.find(";")
            named = head if semi < 0 else head[:semi]
            prop = named[named.rfind(".") + 1 :].upper()
            if prop in _BINARY:
                if prop == "PHOTO":
                    photo_lines.append(_Photo(line.number, head, value))
                continue
            if prop not in _IMPORTED:
                if prop in ("BEGIN", "END"):
                    self.problem(
                        card,
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The line “{text}” begins or ends something inside the card; it "
                            "was left out.",
                        ),
                        line.number,
                        text=_preview(text),
                    )
                continue
            decoded = False
            if line.qp or (not text.isascii() and _ESCAPED_BYTE.search(text)):
                head, value, decoded = self._decoded(card, line, head, value)
            elif semi >= 0 and ("ENCODING=B" in head.upper() or "BASE64" in head.upper()):
                self.problem(
                    card,
                    QT_TRANSLATE_NOOP(
                        "Validation", "The {prop} is binary data, not text; it was left out."
                    ),
                    line.number,
                    prop=prop,
                )
                continue
            prepared.append(f"{head}:{_escaped(prop, value, version, decoded)}")
            numbers.append(line.number)
        component = self._parsed(card, prepared, numbers)
        if component is None:
            return None
        return self._person(card, component, photo_lines)

    def _decoded(self, card: _Card, line: _Line, head: str, value: str) -> tuple[str, str, bool]:
        """A quoted-printable value, or one not in UTF-8, decoded in its charset."""
        charset = _charset(head)
        raw = value.encode("utf-8", "surrogateescape")
        if line.qp:
            raw = binascii.a2b_qp(raw)
        text, said = _decode_bytes(raw, charset)
        if said:
            named = head.split(";", 1)[0]
            self.problem(
                card,
                QT_TRANSLATE_NOOP("Validation", "{prop}: {said}."),
                line.number,
                prop=named[named.rfind(".") + 1 :].upper(),
                said=said,
            )
        head = limits.clean(_without_params(head, "ENCODING", "QUOTED-PRINTABLE", "CHARSET"))
        return head, text, True

    def _parsed(self, card: _Card, prepared: list[str], numbers: list[int]) -> Any:
        """The card read by `vobject`, leaving out the lines it refuses; None if it
        cannot be read at all. Lines it returns no trace of are reported."""
        first, step = _numbering()
        for _attempt in range(_RETRIES):
            text = "BEGIN:VCARD\r\n" + "\r\n".join(prepared) + "\r\nEND:VCARD\r\n"
            try:
                component = vobject.readOne(text)
            except ParseError as exc:
                at = exc.lineNumber
                position = (at - first) // step if isinstance(at, int) else -1
                if not 0 <= position < len(prepared):
                    self.problem(card, _UNREADABLE_CARD, reason=_reason(exc))
                    return None
                self.problem(
                    card,
                    QT_TRANSLATE_NOOP(
                        "Validation", "The line “{text}” could not be read; it was left out."
                    ),
                    numbers[position],
                    text=_preview(prepared[position]),
                )
                del prepared[position], numbers[position]
                continue
            except Exception as exc:
                self.problem(card, _UNREADABLE_CARD, reason=_reason(exc))
                return None
            returned = {
                child.lineNumber for children in component.contents.values() for child in children
            }
            for position, number in enumerate(numbers):
                if first + position * step not in returned:
                    self.problem(
                        card,
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The line “{text}” was not read by the vCard parser; it was left out.",
                        ),
                        number,
                        text=_preview(prepared[position]),
                    )
            # From here on a property's line is the file's line, as a person counts them.
            for children in component.contents.values():
                for child in children:
                    position = (child.lineNumber - first) // step
                    if 0 <= position < len(numbers):
                        child.lineNumber = numbers[position]
            return component
        self.problem(
            card,
            QT_TRANSLATE_NOOP(
                "Validation", "The card could not be read: more than {count} broken lines."
            ),
            count=_RETRIES,
        )
        return None

    # --- the person ------------------------------------------------------------------

    def _person(self, card: _Card, component: Any, photo_lines: list[_Photo]) -> IncomingPerson:
        contents: dict[str, list[Any]] = component.contents
        labels = {
            child.group.lower(): _label_words(str(child.value))
            for child in contents.get("x-ablabel", ())
            if child.group
        }

        def first(name: str) -> Any:
            children = contents.get(name)
            return children[0].value if children else None

        fields: dict[str, Any] = {}
        display = first("fn")
        if isinstance(display, str):
            fields["display_name"] = display
        name = first("n")
        if name is not None and hasattr(name, "given"):
            fields["given_name"] = _flat(name.given, " ")
            fields["family_name"] = _flat(name.family, " ")
        nickname = first("nickname")
        if isinstance(nickname, str):
            fields["nickname"] = nickname
        organization = first("org")
        if organization is not None:
            fields["organization"] = _flat(organization, ", ")
        role = first("title") or first("role")
        if isinstance(role, str):
            fields["role"] = role
        notes = [str(child.value).strip() for child in contents.get("note", ())]
        fields["notes"] = "\n\n".join(n for n in notes if n)
        birthday = self._birthday(card, contents.get("bday", ()))
        if birthday is not None:
            fields["birthday"] = birthday
        tags: list[str] = []
        for child in contents.get("categories", ()):
            values = child.value if isinstance(child.value, list) else [child.value]
            tags.extend(
                t.strip()
                for t in values
                if isinstance(t, str) and t.strip() and t.strip().lower() not in _SYSTEM_GROUPS
            )
        methods: list[IncomingMethod] = []
        for prop, kind in (
            ("email", "email"),
            ("tel", "phone"),
            ("url", "url"),
            ("adr", "address"),
        ):
            for child in contents.get(prop, ()):
                value = _method_value(kind, child.value)
                if value:
                    label = labels.get((child.group or "").lower()) or _type_label(child)
                    methods.append(IncomingMethod(kind, value, label))
        photo = self._photo(card, photo_lines)
        if photo is not None:
            fields["photo"] = photo
        return limits.fitted_person(
            self.where(card), self.problems, methods=methods, tags=tags, **fields
        )

    def _birthday(self, card: _Card, children: Iterable[Any]) -> date | None:
        for child in children:
            text = str(child.value).strip()
            match = _DATE.fullmatch(text)
            no_year = _NO_YEAR.fullmatch(text)
            if match and int(match.group(1)) != _APPLE_NO_YEAR:
                try:
                    day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
                except ValueError:
                    self.problem(card, limits.BIRTHDAY_NOT_A_DATE, child.lineNumber, text=text)
                    continue
                if not limits.plausible(day):
                    self.problems.append(
                        limits.implausible(
                            self.where(card, child.lineNumber),
                            QT_TRANSLATE_NOOP("Validation", "The birthday"),
                            day,
                        )
                    )
                    continue
                return day
            if no_year or match:
                self.problem(
                    card,
                    limits.BIRTHDAY_WITHOUT_YEAR,
                    child.lineNumber,
                    text=text,
                )
                continue
            if text:
                self.problem(
                    card, limits.BIRTHDAY_NOT_A_DATE, child.lineNumber, text=_preview(text)
                )
        return None

    def _photo(self, card: _Card, photo_lines: list[_Photo]) -> bytes | None:
        """The first photo of the card that can be read, as a thumbnail."""
        for line in photo_lines:
            value = line.value.strip()
            params = {
                p[0].upper(): [v.upper() for v in p[1:]] or [p[0].upper()]
                for p in parseParams(line.head[line.head.find(";") :] if ";" in line.head else "")
            }
            encoding = params.get("ENCODING", [""])[0]
            data: bytes | None = None
            if value[:5].lower() == "data:":
                meta, comma, payload = (
                    value[5:].replace("\\,", ",").replace("\\;", ";").partition(",")
                )
                if not comma or not meta.lower().endswith("base64"):
                    self.problem(
                        card,
                        QT_TRANSLATE_NOOP(
                            "Validation", "The photo is not base64 data; it was left out."
                        ),
                        line.number,
                    )
                    continue
                value, encoding = payload, "B"
            if encoding in ("B", "BASE64") or "BASE64" in params:
                try:
                    data = _base64(value)
                except (binascii.Error, ValueError):
                    self.problem(
                        card,
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The photo could not be read: its base64 data is broken or cut "
                            "short; it was left out.",
                        ),
                        line.number,
                    )
                    continue
            elif value and ":" not in value[:12] and _BASE64_LINE.fullmatch(value[:64]):
                try:  # base64 without its ENCODING parameter
                    data = _base64(value)
                except (binascii.Error, ValueError):
                    data = None
            elif value:
                self.linked_photos.append((card.index, line.number, value))
                continue
            if not data:
                continue
            try:
                return photos.thumbnail(data)
            except photos.PhotoRefused as exc:
                self.problem(card, LEFT_OUT, line.number, reason=exc)
        return None


@functools.cache
def _numbering() -> tuple[int, int]:
    """How `vobject` numbers the lines of a card given unfolded: the number of the line
    after BEGIN, and the step between lines (it counts each line end twice)."""
    probe = vobject.readOne("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:a\r\nEND:VCARD\r\n")
    version, name = probe.version.lineNumber, probe.fn.lineNumber
    return version, name - version


def _base64(text: str) -> bytes:
    compact = "".join(text.split()).rstrip("=")
    return base64.b64decode(compact + "=" * (-len(compact) % 4))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _preview(text)


def _flat(value: Any, separator: str) -> str:
    """A structured value's part (text or a list of texts) as one text."""
    if isinstance(value, (list, tuple)):
        return separator.join(s for s in (_flat(v, separator) for v in value) if s)
    return str(value or "").replace("\n", separator).strip()


def _address(value: Any) -> str:
    parts = []
    for key in ("box", "extended", "street", "city", "region", "code", "country"):
        part = _flat(getattr(value, key, ""), ", ")
        if key == "box" and ":" in part:
            # A LABEL parameter with unquoted colons (issue114.vcf) ends in the box.
            part = part.rsplit(":", 1)[1]
        part = part.strip(" ,:")
        if part:
            parts.append(part)
    return ", ".join(parts)


def _method_value(kind: str, value: Any) -> str:
    if kind == "address":
        return _address(value) if hasattr(value, "street") else _flat(value, ", ")
    text = _flat(value, ", ") if isinstance(value, list) else str(value or "").strip()
    if kind == "email" and text[:7].lower() == "mailto:":
        text = text[7:]
    elif kind == "phone":
        if text[:4].lower() == "tel:":
            text = text[4:]
        text = re.sub(r";ext=", " ext. ", text, flags=re.IGNORECASE)
    elif kind == "url":
        text = text.replace("\\:", ":")
    return text.strip()


def _type_label(child: Any) -> str:
    """The label a method's TYPEs say: "work", "mobile", "home fax"…"""
    words: list[str] = []
    for param in (child.params.get("TYPE", ()), child.singletonparams):
        for value in param:
            words.extend(w.strip().lower() for w in str(value).split(","))
    places: list[str] = []
    devices: list[str] = []
    others: list[str] = []
    for word in words:
        if not word or word in _SILENT_TYPES or word.startswith("x-"):
            continue
        if word in _PLACES:
            places.append(_PLACES[word])
        elif word in _DEVICES:
            devices.append(_DEVICES[word])
        else:
            others.append(word)
    return " ".join(dict.fromkeys([*places, *devices, *others]))


def _label_words(text: str) -> str:
    """An X-ABLabel as a person reads it: Apple's `_$!<HomePage>!$_` is "home page",
    Google's "PROFILE" "profile"; a label of one's own stays as written."""
    text = text.strip()
    apple = _APPLE_LABEL.fullmatch(text)
    if apple:
        return _CAMEL.sub(" ", apple.group(1)).lower()
    if text in _GOOGLE_LABELS:
        return _GOOGLE_LABELS[text]
    if text.isupper():
        return text.replace("_", " ").lower()
    return text
