"""vCard export, checked by a second, independent parser: every file is read back with vobject."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vobject.base import getLogicalLines, parseLine

from netjournal.errors import InvalidInput, NotFound
from netjournal.interchange.vcard_export import export_vcard, fold, vcard_of
from netjournal.journal import Journal
from netjournal.journal.records import ContactMethod, Person, TagRecord


def png(width: int = 40, height: int = 30) -> bytes:
    """A real PNG image (random-looking pixels, so it does not compress to nothing)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(
        b"\x00" + bytes((x * 7 + y * 13) % 256 for x in range(width * 3)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 4
)
NOTES = (
    "First line, with a comma; and a semicolon\n"
    "Second line with a backslash \\ and a colon: here\n\n"
    "A long line that goes on " + "and on " * 40 + "\n"
    "Unicode: Zoë, 田中美咲, Ñandú, emoji 🦊👩🏽‍💻🇯🇵 at the end 🎉"
)


def make_mei(journal: Journal) -> Person:
    """A person with every field a vCard can carry, full of what escaping is about."""
    return journal.people.create(
        "Mei Tanaka, PhD; 田中 🦊",
        given_name="Mei; Ann",
        family_name="Tanaka, Jr.",
        nickname="Mei-chan, 🦊",
        pronouns="she/her",
        organization="Riverside University; Dept. of CS",
        role="Professor, Machine learning \\ AI",
        birthday=date(1984, 2, 29),
        notes=NOTES,
        photo=png(),
        tags=["mentors", "study group", "a,b;c", "🎓 alumni"],
        contact_methods=[
            {"kind": "email", "value": "mei@riverside.example.edu", "label": "work"},
            {"kind": "email", "value": "mei.tanaka@example.com", "label": "Home"},
            {"kind": "email", "value": "mei+lab@example.org", "label": "Uni lab"},
            {"kind": "phone", "value": "+81 3-1234-5678", "label": "Mobile"},
            {"kind": "phone", "value": "+81 3 9876 5432", "label": "work fax"},
            {"kind": "phone", "value": "555 0100", "label": ""},
            {"kind": "url", "value": "https://mei.example.org/research", "label": "home"},
            {
                "kind": "address",
                "value": "1-2-3 Hongo, Bunkyō; Building 7\nTokyo 113-8654\nJapan",
                "label": "work",
            },
        ],
    )


def read_cards(path: Path) -> list[Any]:
    return list(vobject.readComponents(path.read_text(encoding="utf-8")))


def raw_lines(path: Path) -> dict[str, list[tuple[str, list[list[str]], str, str | None]]]:
    """Every content line as vobject's own unfolding and line parser see it, undecoded."""
    found: dict[str, list[Any]] = {}
    for line, _number in getLogicalLines(io.StringIO(path.read_text(encoding="utf-8"))):
        name, params, value, group = parseLine(line)
        found.setdefault(name.upper(), []).append((name, params, value, group))
    return found


def typed(card: Any, name: str) -> list[tuple[str, list[str]]]:
    """The values of a property with their TYPEs, lowercased, INTERNET left out."""
    return [
        (
            line.value,
            [t.lower() for t in line.params.get("TYPE", []) if t.lower() != "internet"],
        )
        for line in card.contents.get(name.lower(), [])
    ]


def labels(card: Any) -> dict[str, str]:
    """Apple's X-ABLabel by the value of the line sharing its group."""
    by_group = {
        line.group: line.value
        for lines in card.contents.values()
        for line in lines
        if line.group and line.name != "X-ABLABEL"
    }
    return {by_group[line.group]: line.value for line in card.contents.get("x-ablabel", [])}


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_every_field_comes_back_equal_through_vobject(
    journal: Journal, tmp_path: Path, version: str
) -> None:
    mei = make_mei(journal)
    target = tmp_path / "people.vcf"
    result = export_vcard(journal, target, version=version)
    assert result.counts == {"people": 1, "photos": 1}
    assert result.files == (target,)

    (card,) = read_cards(target)
    assert card.version.value == version
    assert card.fn.value == "Mei Tanaka, PhD; 田中 🦊"
    assert card.n.value.family == "Tanaka, Jr."
    assert card.n.value.given == "Mei; Ann"
    assert card.nickname.value == "Mei-chan, 🦊"
    assert card.org.value == ["Riverside University; Dept. of CS"]
    assert card.title.value == "Professor, Machine learning \\ AI"
    assert card.note.value == NOTES
    assert card.categories.value == ["a,b;c", "mentors", "study group", "🎓 alumni"]
    assert card.uid.value == f"urn:uuid:{mei.uuid}"
    rev = mei.updated_at.astimezone(UTC)
    if version == "4.0":
        assert card.bday.value == "19840229"
        assert card.rev.value == rev.strftime("%Y%m%dT%H%M%SZ")
        assert card.pronouns.value == "she/her"
    else:
        assert card.bday.value == "1984-02-29"
        assert card.rev.value == rev.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert "pronouns" not in card.contents  # 3.0 has no such property

    assert sorted(typed(card, "EMAIL")) == [
        ("mei+lab@example.org", []),
        ("mei.tanaka@example.com", ["home"]),
        ("mei@riverside.example.edu", ["work"]),
    ]
    assert sorted(typed(card, "TEL")) == [
        ("+81 3 9876 5432", ["work", "fax"]),
        ("+81 3-1234-5678", ["cell"]),
        ("555 0100", []),
    ]
    assert typed(card, "URL") == [("https://mei.example.org/research", ["home"])]
    assert labels(card) == {"mei+lab@example.org": "Uni lab"}
    (address,) = card.contents["adr"]
    assert address.value.street == "1-2-3 Hongo, Bunkyō; Building 7\nTokyo 113-8654\nJapan"
    assert address.params["TYPE"] == (["work"] if version == "4.0" else ["WORK"])
    assert address.value.city == address.value.code == address.value.country == ""

    if version == "3.0":
        assert card.photo.params["ENCODING"] == ["b"]
        assert card.photo.params["TYPE"] == ["PNG"]
        assert card.photo.value == mei.photo  # vobject decodes the base64 itself
    else:
        # vobject reads 4.0's PHOTO as text and stops at the data: URI's comma, so the
        # photo is checked through its line parser, undecoded, as any 4.0 reader sees it.
        ((_, params, value, _),) = raw_lines(target)["PHOTO"]
        assert params == []
        head, data = value.split(",", 1)
        assert head == "data:image/png;base64"
        assert base64.b64decode(data, validate=True) == mei.photo


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_lines_are_crlf_folded_at_75_octets_never_inside_a_character(
    journal: Journal, tmp_path: Path, version: str
) -> None:
    make_mei(journal)
    journal.people.create("🦊" * 150, notes="é" * 500 + "🎉" * 100)
    target = tmp_path / "people.vcf"
    export_vcard(journal, target, version=version)
    data = target.read_bytes()
    assert data.endswith(b"END:VCARD\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # no bare LF
    assert b"\r" not in data.replace(b"\r\n", b"")  # no bare CR
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) == 75  # long values were folded
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # each physical line is whole UTF-8: no character split
    assert not data.startswith(b"\xef\xbb\xbf")  # no BOM
    names = sorted(card.fn.value for card in read_cards(target))
    assert names[0] == "Mei Tanaka, PhD; 田中 🦊"
    assert names[1] == "🦊" * 150


def test_fold_splits_between_characters_and_unfolds_to_the_same_line() -> None:
    for line in ("NOTE:" + "a" * 300, "NOTE:" + "é" * 100, "NOTE:" + "🦊" * 60, "NOTE:" + "x" * 75):
        folded = fold(line)
        pieces = folded.split("\r\n")
        assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
        assert all(p.startswith(" ") for p in pieces[1:])
        assert "".join([pieces[0], *(p[1:] for p in pieces[1:])]) == line
    assert fold("FN:short") == "FN:short"


def test_uid_is_stable_and_rev_follows_the_last_change(journal: Journal, tmp_path: Path) -> None:
    mei = make_mei(journal)
    export_vcard(journal, tmp_path / "first.vcf")
    changed = journal.people.update(mei.id, role="Dean")
    export_vcard(journal, tmp_path / "second.vcf")
    (first,) = read_cards(tmp_path / "first.vcf")
    (second,) = read_cards(tmp_path / "second.vcf")
    assert first.uid.value == second.uid.value == f"urn:uuid:{mei.uuid}"
    assert second.title.value == "Dean"
    assert second.rev.value == changed.updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def test_archived_people_only_on_request_and_a_selection_exactly(
    journal: Journal, tmp_path: Path
) -> None:
    ana = journal.people.create("Ana Silva")
    ben = journal.people.create("Ben Ode")
    old = journal.people.create("Old Friend")
    journal.people.archive(old.id)

    result = export_vcard(journal, tmp_path / "active.vcf")
    assert result.counts["people"] == 2
    assert [c.fn.value for c in read_cards(tmp_path / "active.vcf")] == ["Ana Silva", "Ben Ode"]

    export_vcard(journal, tmp_path / "all.vcf", include_archived=True)
    assert [c.fn.value for c in read_cards(tmp_path / "all.vcf")] == [
        "Ana Silva",
        "Ben Ode",
        "Old Friend",
    ]

    export_vcard(journal, tmp_path / "chosen.vcf", person_ids=[old.id, ana.id, ana.id])
    assert [c.fn.value for c in read_cards(tmp_path / "chosen.vcf")] == ["Old Friend", "Ana Silva"]

    with pytest.raises(NotFound, match=f"#{ben.id + 100}"):
        export_vcard(journal, tmp_path / "missing.vcf", person_ids=[ana.id, ben.id + 100])
    assert not (tmp_path / "missing.vcf").exists()


def test_a_person_with_only_a_name_is_a_valid_card(journal: Journal, tmp_path: Path) -> None:
    journal.people.create("Solo")
    for version in ("4.0", "3.0"):
        target = tmp_path / f"solo-{version}.vcf"
        export_vcard(journal, target, version=version)
        (card,) = read_cards(target)
        assert card.fn.value == "Solo"
        assert card.n.value.family == card.n.value.given == ""  # N is there (3.0 needs it)
        assert set(card.contents) == {"version", "prodid", "uid", "fn", "n", "rev"}


def test_a_photo_of_another_format_is_left_out_and_said(journal: Journal, tmp_path: Path) -> None:
    journal.people.create("Jay Peg", photo=JPEG)
    journal.people.create("Odd Format", photo=b"BM" + bytes(200))  # a BMP
    result = export_vcard(journal, tmp_path / "p.vcf", version="3.0")
    assert result.counts == {"people": 2, "photos": 1}
    assert "Odd Format" in result.notes[0]
    jay, odd = read_cards(tmp_path / "p.vcf")
    assert jay.photo.params["TYPE"] == ["JPEG"]
    assert jay.photo.value == JPEG
    assert "photo" not in odd.contents


def test_nothing_in_a_card_points_anywhere(journal: Journal, tmp_path: Path) -> None:
    """The photo is inline; no line is a URI that a reader would fetch."""
    make_mei(journal)
    target = tmp_path / "p.vcf"
    export_vcard(journal, target)
    raw = raw_lines(target)
    assert [value.split(",")[0] for _, _, value, _ in raw["PHOTO"]] == ["data:image/png;base64"]
    fetchable = [
        name
        for name, lines in raw.items()
        for _, params, value, _ in lines
        if name != "URL"
        and ("http:" in value or "https:" in value or any(p[0].upper() == "VALUE" for p in params))
    ]
    assert fetchable == []


def test_url_commas_and_semicolons_are_percent_encoded(journal: Journal, tmp_path: Path) -> None:
    journal.people.create(
        "Ana", contact_methods=[{"kind": "url", "value": "https://x.example/a,b;c"}]
    )
    export_vcard(journal, tmp_path / "p.vcf")
    (card,) = read_cards(tmp_path / "p.vcf")
    assert card.url.value == "https://x.example/a%2Cb%3Bc"


def test_refuses_to_overwrite_unless_asked(journal: Journal, tmp_path: Path) -> None:
    journal.people.create("Ana Silva")
    target = tmp_path / "people.vcf"
    target.write_text("my own file", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already exists") as refused:
        export_vcard(journal, target)
    assert refused.value.field == "path"
    assert target.read_text(encoding="utf-8") == "my own file"
    export_vcard(journal, target, overwrite=True)
    assert read_cards(target)[0].fn.value == "Ana Silva"


def readable(error: Exception) -> None:
    """A sentence for a person: a capital (or a quoted name) first, a full stop last."""
    message = str(error)
    assert message[0].isupper() or message[0] == "“", message
    assert message.endswith("."), message
    for leak in ("Traceback", "Errno", "Error", "None", "\n"):
        assert leak not in message, message


def test_a_path_it_cannot_write_is_refused_in_words(journal: Journal, tmp_path: Path) -> None:
    journal.people.create("Ana Silva")
    (tmp_path / "a file").write_text("x")
    for bad in (tmp_path / "no such folder" / "p.vcf", tmp_path, tmp_path / "a file" / "p.vcf"):
        with pytest.raises(InvalidInput) as refused:
            export_vcard(journal, bad)
        readable(refused.value)
    with pytest.raises(InvalidInput, match=r"2\.1") as refused:
        export_vcard(journal, tmp_path / "p.vcf", version="2.1")
    readable(refused.value)
    assert not (tmp_path / "p.vcf").exists()


def test_progress_is_told_and_a_cancel_leaves_no_file(journal: Journal, tmp_path: Path) -> None:
    from netjournal.interchange.filenames import ExportCancelled

    for i in range(5):
        journal.people.create(f"Person {i}")
    out = tmp_path / "out"
    out.mkdir()
    seen: list[tuple[int, int | None]] = []
    export_vcard(journal, out / "p.vcf", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 5)
    assert seen[-1] == (5, 5)
    with pytest.raises(ExportCancelled):
        export_vcard(journal, out / "q.vcf", progress=lambda d, t: d < 5)
    assert sorted(p.name for p in out.iterdir()) == ["p.vcf"]


# Text a person might type: any printable character, emoji and all, with the
# separators vCard escapes, and line breaks. (The domain strips leading and trailing
# blanks and refuses NUL and half surrogates; control characters are dropped.)
typed_text = (
    st.text(
        alphabet=st.one_of(
            st.characters(blacklist_categories=("Cs", "Cc")),
            st.sampled_from([",", ";", "\\", "\n", ":", '"', "=", " "]),
        ),
        min_size=1,
        max_size=120,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=typed_text,
    given_name=typed_text,
    org=typed_text,
    notes=typed_text,
    tags=st.lists(typed_text, max_size=4, unique_by=str.casefold),
    version=st.sampled_from(["4.0", "3.0"]),
)
def test_any_text_round_trips(
    name: str, given_name: str, org: str, notes: str, tags: list[str], version: str
) -> None:
    stamp = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    person = Person(
        id=1,
        uuid="0b6b3e8e-6f0e-4a57-9d57-1a1e4f7e0c11",
        display_name=name,
        given_name=given_name,
        family_name="",
        nickname="",
        pronouns="",
        organization=org,
        role="",
        met_how="",
        met_where="",
        met_on=None,
        birthday=None,
        cadence_days=None,
        notes=notes,
        photo=None,
        archived=False,
        last_contact_at=None,
        next_due_on=None,
        created_at=stamp,
        updated_at=stamp,
        contact_methods=(ContactMethod("email", "a@b.example", "home"),),
        tags=tuple(TagRecord(i, t) for i, t in enumerate(tags)),
    )
    text, _ = vcard_of(person, version)
    card = vobject.readOne(text)
    assert card.fn.value == name
    assert card.n.value.given == given_name
    assert card.org.value == [org]
    assert card.note.value == notes
    if tags:
        assert card.categories.value == tags
    else:
        assert "categories" not in card.contents
    for line in text.encode("utf-8").split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")


def test_a_large_selection_and_everyone_come_out_whole(journal: Journal, tmp_path: Path) -> None:
    """More people than one page, and a selection larger than one query may name."""
    from netjournal.journal.generate import generate_journal

    generate_journal(journal, people=620, entries=0, seed=5)
    everyone = export_vcard(journal, tmp_path / "all.vcf", include_archived=True)
    assert everyone.counts["people"] == 620
    cards = read_cards(tmp_path / "all.vcf")
    assert len({c.uid.value for c in cards}) == 620
    chosen = list(range(620, 0, -1))
    export_vcard(journal, tmp_path / "chosen.vcf", person_ids=chosen)
    uids = [c.uid.value for c in read_cards(tmp_path / "chosen.vcf")]
    uuid_of = {r.id: r.uuid for r in journal.people.rows(chosen[:300])}
    uuid_of |= {r.id: r.uuid for r in journal.people.rows(chosen[300:])}
    assert uids == [f"urn:uuid:{uuid_of[i]}" for i in chosen]
