"""Files made to hurt: too large, endless, decompression bombs, fields past the
journal's limits, characters it cannot store, thousands of emails, junk bytes, and
links that must never be fetched."""

from __future__ import annotations

import base64
import io
import os
import random
import socket
import struct
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from netjournal.interchange import google_csv, ics, limits, linkedin, photos, readers, vcard
from netjournal.journal.incoming import Parsed

READERS = [vcard.read, ics.read, linkedin.read, google_csv.read, readers.read]


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def write(tmp_path: Path, data: str | bytes, name: str = "contacts.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def png_claiming(width: int, height: int) -> bytes:
    """A real PNG file whose header claims `width` by `height` pixels (its data is tiny)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def encoded(image: QImage, kind: str) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, kind)
    return bytes(array.data())


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real small JPEG whose frame header (SOF0) is changed to claim another size."""
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(0x808080)
    data = bytearray(encoded(image, "JPEG"))
    at = data.index(b"\xff\xc0")
    data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def all_text(parsed: Parsed) -> list[str]:
    """Every text the readers produced, to look for what the journal cannot store."""
    texts: list[str] = []
    for person in parsed.people:
        texts += [v for v in person.__dict__.values() if isinstance(v, str)]
        texts += [m.value for m in person.methods] + [m.label for m in person.methods]
        texts += list(person.tags)
    for event in parsed.events:
        texts += [event.title, event.body, event.location, *event.attendee_emails]
    return texts


# --- size ---------------------------------------------------------------------------


@pytest.mark.parametrize("read", READERS)
def test_a_file_over_100_mb_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: Any
) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as stream:
        stream.truncate(limits.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    parsed = read(path)
    assert opened == []  # not a byte of it read
    assert parsed.people == []
    assert parsed.events == []
    assert [str(p) for p in parsed.problems] == [
        "huge.vcf: The file is too large to import: 100.0 MB, at most 100.0 MB."
    ]


def test_the_limit_is_a_constant_a_test_can_lower(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, card("FN:Ana", "NOTE:" + "x" * 2000))
    parsed = readers.read(path)
    assert parsed.people == []
    assert "too large to import: 0.0 MB, at most 0.0 MB" in parsed.problems[0].message


@pytest.mark.parametrize("read", [vcard.read, linkedin.read, google_csv.read, ics.read])
def test_a_file_that_grows_while_it_is_read_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: Any
) -> None:
    """The size is checked before reading, and the reading itself stops past the limit
    (a file that grew after the check: here the check is skipped)."""
    header = "First Name,Last Name,Connected On,E-mail 1 - Value\r\n"
    path = write(tmp_path, header + "Ana,Silva,,\r\n" * 500)
    monkeypatch.setattr(limits, "refusal", lambda _path: None)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    parsed = read(path)
    assert parsed.people == []
    assert parsed.events == []
    assert "too large to import" in parsed.problems[-1].message


def test_a_pipe_is_refused_without_waiting_for_it(tmp_path: Path) -> None:
    path = tmp_path / "endless.vcf"
    os.mkfifo(path)
    started = time.perf_counter()
    parsed = readers.read(path)
    assert time.perf_counter() - started < 5
    assert parsed.problems[0].message == (
        "It is not a regular file (a device, a pipe or a socket), so it is not read."
    )


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    assert readers.read(tmp_path).problems[0].message == "It is a folder, not a file."
    assert readers.read(tmp_path / "gone.vcf").problems[0].message == "The file does not exist."


# --- photos -------------------------------------------------------------------------


def test_a_png_decompression_bomb_is_refused_from_its_header() -> None:
    bomb = png_claiming(100_000, 100_000)
    started = time.perf_counter()
    with pytest.raises(photos.PhotoRefused, match=r"100,000 × 100,000 pixels"):
        photos.thumbnail(bomb)
    assert time.perf_counter() - started < 1


def test_a_png_bomb_in_a_vcard_costs_the_photo_only(tmp_path: Path) -> None:
    bomb = base64.b64encode(png_claiming(100_000, 100_000)).decode()
    parsed = vcard.read(write(tmp_path, card("FN:Ana", f"PHOTO;ENCODING=b;TYPE=PNG:{bomb}")))
    (person,) = parsed.people
    assert person.display_name == "Ana"
    assert person.photo is None
    assert [str(p) for p in parsed.problems] == [
        "contacts.vcf, card 1, line 4: The photo is too large: 100,000 × 100,000 pixels; it "
        "is not decoded. It was left out."
    ]


def test_a_jpeg_bomb_is_refused_even_when_decoded_scaled_down() -> None:
    with pytest.raises(photos.PhotoRefused, match=r"60,000 × 60,000 pixels"):
        photos.thumbnail(jpeg_claiming(60_000, 60_000))


def test_a_large_real_photograph_is_decoded_scaled_down() -> None:
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(0x204080)
    thumbnail = QImage.fromData(photos.thumbnail(encoded(image, "JPEG")))
    assert (thumbnail.width(), thumbnail.height()) == (256, 192)


def test_photos_of_too_many_bytes_or_of_formats_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    with pytest.raises(photos.PhotoRefused, match="NetJournal reads JPEG, PNG"):
        photos.thumbnail(svg)
    monkeypatch.setattr(photos, "MAX_PHOTO_BYTES", 100)
    with pytest.raises(photos.PhotoRefused, match="The photo is too large"):
        photos.thumbnail(b"\x89PNG" + b"\x00" * 200)


# --- text ---------------------------------------------------------------------------


def test_fields_past_the_journals_limits_are_cut_and_said(tmp_path: Path) -> None:
    long_note = "word " * 50_000  # 250,000 characters
    parsed = vcard.read(
        write(
            tmp_path,
            card(
                "FN:" + "N" * 300,
                "NOTE:" + long_note,
                "EMAIL:" + "e" * 1200 + "@example.org",
                "item1.TEL:+351 900",
                "item1.X-ABLabel:" + "L" * 80,
                "CATEGORIES:" + "T" * 250,
            ),
        )
    )
    (person,) = parsed.people
    assert len(person.display_name) == limits.NAME_MAX
    assert person.display_name.endswith("…")
    assert len(person.notes) <= limits.LONG_TEXT_MAX
    assert len(person.methods[0].value) == limits.SHORT_TEXT_MAX
    assert len(person.methods[1].label) == limits.LABEL_MAX
    assert len(person.tags[0]) == limits.NAME_MAX
    assert [p.message for p in parsed.problems] == [
        "The name was 300 characters long, more than the 200 kept; it was cut.",
        "The notes was 249,999 characters long, more than the 200,000 kept; it was cut.",
        "An email was 1,212 characters long, more than the 1,000 kept; it was cut.",
        "A tag was 250 characters long, more than the 200 kept; it was cut.",
    ]


def test_nul_and_half_characters_are_removed(tmp_path: Path) -> None:
    parsed = vcard.read(
        write(
            tmp_path,
            # a NUL, and the bytes of a lone surrogate as UTF-8 would write it (not UTF-8)
            card("FN:Ana\x00 Silva", "NOTE:a\x00b").encode()
            + b"BEGIN:VCARD\r\nFN:Bo\xed\xa0\x80\r\nEND:VCARD\r\n",
        )
    )
    assert [p.display_name for p in parsed.people] == ["Ana Silva", "Bo\xed\xa0€"]
    assert parsed.people[0].notes == "ab"
    csv = write(
        tmp_path,
        "First Name,Last Name,E-mail 1 - Value,Labels\r\nA\x00na,Sil\x00va,,\r\n",
        "contacts.csv",
    )
    (person,) = google_csv.read(csv).people
    assert (person.given_name, person.family_name) == ("Ana", "Silva")
    assert limits.clean("half \ud800 of a \udfff character\x00") == "half  of a  character"
    for parsed in (vcard.read(tmp_path / "contacts.vcf"), google_csv.read(csv)):
        for text in all_text(parsed):
            assert "\x00" not in text
            assert not any("\ud800" <= c <= "\udfff" for c in text)


def test_a_card_with_10000_emails_does_not_explode(tmp_path: Path) -> None:
    emails = [f"EMAIL:person{i}@example.org" for i in range(10_000)]
    path = write(tmp_path, card("FN:Many", *emails) + card("FN:Next"))
    started = time.perf_counter()
    parsed = vcard.read(path)
    assert time.perf_counter() - started < 10
    many, following = parsed.people
    assert len(many.methods) == limits.MAX_METHODS
    assert many.emails()[:2] == ["person0@example.org", "person1@example.org"]
    assert following.display_name == "Next"
    assert [p.message for p in parsed.problems] == [
        f"It has 10,000 emails, phones, links and addresses; the first {limits.MAX_METHODS} "
        "were kept."
    ]


def test_very_long_lines_and_very_many_cards_are_linear(tmp_path: Path) -> None:
    path = write(tmp_path, card("FN:Long", "NOTE:" + "a\\, " * 200_000) * 3)
    started = time.perf_counter()
    parsed = vcard.read(path)
    assert time.perf_counter() - started < 10
    assert len(parsed.people) == 3


@pytest.mark.parametrize("seed", range(8))
def test_junk_bytes_never_crash_a_reader(tmp_path: Path, seed: int) -> None:
    noise = random.Random(seed).randbytes(20_000)
    for name, read in (
        ("junk.vcf", vcard.read),
        ("junk.ics", ics.read),
        ("junk.csv", google_csv.read),
    ):
        path = write(tmp_path, b"BEGIN:VCARD\r\n" + noise if name == "junk.vcf" else noise, name)
        parsed = read(path)
        assert parsed.problems or parsed.people or parsed.events


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "BEGIN:VCARD",
                "END:VCARD",
                "VERSION:2.1",
                "VERSION:4.0",
                "FN:Ana",
                "N:;;;;",
                "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
                "=C3=",
                "PHOTO;ENCODING=b:AAAA",
                " folded",
                "EMAIL;=x:a@b",
                "ADR:;;;;;;",
                "BDAY:--0203",
                "CATEGORIES:,,",
                "",
                "\x00",
                'TEL;TYPE="a:b":1',
                "ORG:\\",
                "X-ABLabel:",
                "item1.EMAIL:x",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"]),
)
def test_any_arrangement_of_vcard_lines_reads_without_crashing(lines: list[str], end: str) -> None:
    parsed = Parsed(path=Path("fuzz.vcf"), format="vcard")
    vcard.read_stream(io.BytesIO(end.join(lines).encode("utf-8")), "fuzz.vcf", parsed)
    for text in all_text(parsed):
        assert "\x00" not in text


# --- offline --------------------------------------------------------------------------


def test_links_in_files_are_never_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A photo given as a URL and a calendar attachment URL: kept as words, not fetched.
    (Sockets are refused in every test; here any attempt is also recorded, so that
    nothing could swallow the refusal.)"""
    attempts: list[str] = []

    def record(*_args: Any, **_kwargs: Any) -> None:
        attempts.append("socket")
        raise OSError("no network in tests")

    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, record)
    contacts = write(
        tmp_path,
        card("FN:Ana", "PHOTO;VALUE=uri:https://example.org/ana.jpg")
        + card("FN:Bo", "PHOTO;VALUE=uri:file:///etc/passwd"),
    )
    calendar = write(
        tmp_path,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        "DTSTART:20240101T100000Z\r\nSUMMARY:Talk\r\nATTACH:https://example.org/slides.pdf\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        "talk.ics",
    )
    people = readers.read(contacts)
    events = readers.read(calendar)
    assert attempts == []
    assert [p.photo for p in people.people] == [None, None]
    assert [str(p) for p in people.problems] == [
        "contacts.vcf: The photos of 2 cards (cards 1, 2) are links, not pictures in the "
        "file; NetJournal downloads nothing, so they were left out."
    ]
    assert events.events[0].body == "Attachment: https://example.org/slides.pdf"


def test_a_calendar_too_large_to_read_whole_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:{n}\r\nDTSTART:20260105T100000Z\r\nSUMMARY:Study {n}\r\nEND:VEVENT\r\n"
    )
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(event.format(n=n) for n in range(200))
    path = tmp_path / "years.ics"
    path.write_text(text + "END:VCALENDAR\r\n", encoding="utf-8")
    assert len(ics.read(path).events) == 200
    monkeypatch.setattr(ics, "MAX_CALENDAR_BYTES", 5000)
    parsed = ics.read(path)
    assert parsed.events == []
    assert [p.message for p in parsed.problems] == [
        "The calendar is too large to import: 0.0 MB, at most 0.0 MB (a calendar is read "
        "whole, its time zones with it; split it into smaller files, by year for instance)."
    ]
