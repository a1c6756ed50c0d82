"""People out as vCards (RFC 6350, version 4.0; RFC 2426, version 3.0 on request).

The serializer is written here, not taken from a library, so that an independent
parser can check it (the tests read every exported file back with `vobject`). What
phones and mail programs need from it:

- every text value escaped (backslash, newline, comma, semicolon), structured
  values (N, ORG, ADR) split on unescaped semicolons only;
- lines folded at 75 octets, never inside a UTF-8 character, ended by CRLF;
- TYPE parameters from the contact methods' labels (work, home, mobile → cell…),
  and labels of no standard type kept as Apple's `X-ABLabel`, which Apple, Google
  and Android show;
- the photo inline (4.0: a `data:` URI; 3.0: `ENCODING=b;TYPE=JPEG`): nothing in a
  card points anywhere, and nothing here follows a URL;
- UID from the person's uuid, so a second export updates the same contact instead
  of adding a copy; REV from when the person last changed.
"""

from __future__ import annotations

import base64
import itertools
import os
import re
from collections.abc import Iterator, Sequence
from datetime import UTC

from netjournal import __version__
from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Words
from netjournal.interchange.filenames import (
    Exported,
    Progress,
    in_chunks,
    output_file,
    report,
    writing,
)
from netjournal.journal import Journal
from netjournal.journal.records import ContactMethod, Person

VERSIONS = ("4.0", "3.0")
PRODID = f"-//NetJournal//NetJournal {__version__}//EN"
PAGE = 500
CRLF = "\r\n"
LINE_OCTETS = 75  # RFC 6350 §3.2 and RFC 2426 §2.6: at most 75 octets, line break excluded

# Words people use as labels, and the TYPE each stands for.
_LABEL_TYPES = {
    "work": "work",
    "office": "work",
    "business": "work",
    "job": "work",
    "home": "home",
    "personal": "home",
    "private": "home",
    "mobile": "cell",
    "cell": "cell",
    "cellphone": "cell",
    "handy": "cell",
    "fax": "fax",
    "pager": "pager",
    "voice": "voice",
    "landline": "voice",
    "text": "text",
    "sms": "text",
    "video": "video",
    "textphone": "textphone",
}
_PHONE_ONLY = frozenset({"cell", "fax", "pager", "voice", "text", "video", "textphone"})
# vCard 3.0's names for the phone types that 4.0 renamed; types it lacks are left out.
_V3_PHONE_TYPES = {"text": "msg", "textphone": ""}
# Labels that say nothing a TYPE or a label could add.
_SILENT_LABELS = frozenset({"", "other", "default"})
_PROPERTY_OF_KIND = {"email": "EMAIL", "phone": "TEL", "url": "URL", "address": "ADR"}

# Control characters cannot appear in a vCard value (tab aside); CR is turned into LF first.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_ESCAPES = str.maketrans({"\\": "\\\\", ",": "\\,", ";": "\\;", "\n": "\\n"})
# In a URL the characters vCard escapes are percent-encoded instead: a parser that
# treats URL as a URI (as the RFCs say) and one that treats it as text then agree.
_URL_ESCAPES = str.maketrans({"\\": "%5C", ",": "%2C", ";": "%3B", "\n": "%0A"})

_IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG"),
    (b"\xff\xd8\xff", "image/jpeg", "JPEG"),
    (b"GIF87a", "image/gif", "GIF"),
    (b"GIF89a", "image/gif", "GIF"),
)


def escape_text(value: str) -> str:
    """A text value as vCard writes it: backslash, comma, semicolon and newline escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", value).translate(_ESCAPES)


def escape_url(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", value).translate(_URL_ESCAPES)


def _octets(char: str) -> int:
    code = ord(char)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


def fold(line: str) -> str:
    """`line` folded into lines of at most 75 octets, continuations starting with a space.

    A fold falls between characters, never between the bytes of one (RFC 6350 §3.2).
    """
    if len(line) <= LINE_OCTETS and line.isascii():
        return line
    if line.isascii():
        pieces = [line[:LINE_OCTETS]]
        step = LINE_OCTETS - 1  # the leading space takes one octet
        pieces += [line[i : i + step] for i in range(LINE_OCTETS, len(line), step)]
        return "\r\n ".join(pieces)
    pieces = []
    current: list[str] = []
    size = 0
    room = LINE_OCTETS
    for char in line:
        width = _octets(char)
        if size + width > room:
            pieces.append("".join(current))
            current, size, room = [], 0, LINE_OCTETS - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def image_type(data: bytes) -> tuple[str, str] | None:
    """The media type and vCard 3.0 TYPE of an image, from its first bytes; None if unknown."""
    for magic, media, v3 in _IMAGE_TYPES:
        if data.startswith(magic):
            return media, v3
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", "WEBP"
    return None


def types_of(method: ContactMethod) -> tuple[list[str], str]:
    """The vCard TYPEs a contact method's label stands for, and the label itself when no
    TYPE says it (kept as X-ABLabel)."""
    label = method.label.strip()
    if label.casefold() in _SILENT_LABELS:
        return [], ""
    found: list[str] = []
    understood = True
    for word in re.split(r"[^\w]+", label.casefold()):
        if not word:
            continue
        kind = _LABEL_TYPES.get(word)
        if kind is None or (kind in _PHONE_ONLY and method.kind != "phone"):
            understood = False
            continue
        if kind not in found:
            found.append(kind)
    return found, "" if understood and found else label


class _Card:
    """The content lines of one card, folded, as they go into the file."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.lines = ["BEGIN:VCARD", f"VERSION:{version}"]
        self._groups = 0

    def add(self, name: str, value: str, params: str = "", group: str = "") -> None:
        prefix = f"{group}." if group else ""
        self.lines.append(fold(f"{prefix}{name}{params}:{value}"))

    def new_group(self) -> str:
        self._groups += 1
        return f"item{self._groups}"

    def text(self) -> str:
        return CRLF.join([*self.lines, "END:VCARD"]) + CRLF


def _type_param(types: Sequence[str], version: str) -> str:
    if not types:
        return ""
    if version == "3.0":
        return ";TYPE=" + ",".join(t.upper() for t in types)
    return ";TYPE=" + ",".join(types)


def _contact_method(card: _Card, method: ContactMethod) -> None:
    name = _PROPERTY_OF_KIND.get(method.kind)
    if name is None or not method.value.strip():
        return
    types, label = types_of(method)
    if card.version == "3.0":
        if method.kind == "phone":
            types = [_V3_PHONE_TYPES.get(t, t) for t in types]
            types = [t for t in types if t]
        if method.kind == "email":
            types = ["internet", *types]
    if method.kind == "url":
        value = escape_url(method.value)
    elif method.kind == "address":
        # The journal keeps an address as one text: it goes in the street part, whole.
        value = ";;" + escape_text(method.value) + ";;;;"
    else:
        value = escape_text(method.value)
    group = card.new_group() if label else ""
    card.add(name, value, _type_param(types, card.version), group)
    if label:
        card.add("X-ABLabel", escape_text(label), group=group)


def _photo(card: _Card, photo: bytes) -> bool:
    kind = image_type(photo)
    if kind is None:
        return False
    encoded = base64.b64encode(photo).decode("ascii")
    if card.version == "3.0":
        card.add("PHOTO", encoded, f";ENCODING=b;TYPE={kind[1]}")
    else:
        card.add("PHOTO", f"data:{kind[0]};base64,{encoded}")
    return True


def vcard_of(person: Person, version: str = "4.0") -> tuple[str, bool]:
    """One person as a vCard (CRLF lines, folded), and whether their photo went in."""
    if version not in VERSIONS:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "NetJournal writes vCard 4.0 or 3.0, not “{version}”."),
            "version",
            version=version,
        )
    card = _Card(version)
    v3 = version == "3.0"
    card.add("PRODID", PRODID)
    card.add("UID", f"urn:uuid:{person.uuid}")
    card.add("FN", escape_text(person.display_name))
    card.add("N", f"{escape_text(person.family_name)};{escape_text(person.given_name)};;;")
    if person.nickname:
        card.add("NICKNAME", escape_text(person.nickname))
    if person.pronouns and not v3:
        card.add("PRONOUNS", escape_text(person.pronouns))  # RFC 9554; 3.0 has no such field
    if person.organization:
        card.add("ORG", escape_text(person.organization))
    if person.role:
        card.add("TITLE", escape_text(person.role))
    for method in person.contact_methods:
        _contact_method(card, method)
    if person.birthday:
        card.add("BDAY", person.birthday.isoformat() if v3 else person.birthday.strftime("%Y%m%d"))
    if person.notes:
        card.add("NOTE", escape_text(person.notes))
    if person.tags:
        card.add("CATEGORIES", ",".join(escape_text(t.name) for t in person.tags))
    with_photo = bool(person.photo) and _photo(card, person.photo or b"")
    changed = person.updated_at.astimezone(UTC)
    card.add("REV", changed.strftime("%Y-%m-%dT%H:%M:%SZ" if v3 else "%Y%m%dT%H%M%SZ"))
    return card.text(), with_photo


def _chosen_people(
    journal: Journal, person_ids: Sequence[int] | None, include_archived: bool
) -> tuple[Iterator[int], int]:
    """The ids to export, in list order (by name), and how many there are."""
    if person_ids is not None:
        wanted = list(dict.fromkeys(person_ids))
        found = {row.id for chunk in in_chunks(wanted) for row in journal.people.rows(chunk)}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no person #{person_id} in the journal."),
                "person_ids",
                person_id=missing[0],
            )
        return iter(wanted), len(wanted)
    archived = None if include_archived else False

    def every() -> Iterator[int]:
        cursor = None
        while True:
            page = journal.people.page(cursor=cursor, limit=PAGE, archived=archived)
            yield from page.ids
            if page.complete:
                return
            cursor = page.cursor

    return every(), journal.people.count(archived=archived)


def export_vcard(
    journal: Journal,
    path: str | os.PathLike[str],
    *,
    person_ids: Sequence[int] | None = None,
    include_archived: bool = False,
    version: str = "4.0",
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """Write people to one .vcf file; counts of people and photos.

    Everyone not archived, by name (with `include_archived`, the archived too); or
    exactly the people of `person_ids`, archived or not, in that order. The file is
    written whole or not at all; an existing one is replaced only with `overwrite`.
    `progress(done, total)` is called as it goes and may return False to cancel.
    """
    if version not in VERSIONS:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "NetJournal writes vCard 4.0 or 3.0, not “{version}”."),
            "version",
            version=version,
        )
    target = output_file(path, overwrite=overwrite)
    ids, total = _chosen_people(journal, person_ids, include_archived)
    people = photos = 0
    skipped_photos: list[str] = []
    report(progress, 0, total)
    with writing(target, overwrite=overwrite) as out:
        # A page of people at a time, each page read in a few queries; someone deleted
        # while the export runs is simply not in the page.
        while chunk := list(itertools.islice(ids, PAGE)):
            for person in journal.people.get_many(chunk):
                text, with_photo = vcard_of(person, version)
                out.write(text)
                people += 1
                photos += with_photo
                if person.photo and not with_photo:
                    skipped_photos.append(person.display_name)
                if people % 200 == 0:
                    report(progress, people, total)
        report(progress, people, total)  # a cancel here still leaves no file
    notes = ()
    if skipped_photos:
        notes = (
            Words.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Photos left out, in a format other than PNG, JPEG, GIF or WebP: "
                    "{count:,} (the first: {name}).",
                ),
                count=len(skipped_photos),
                name=skipped_photos[0],
            ),
        )
    return Exported(target, {"people": people, "photos": photos}, (target,), notes)
