"""`read(path)`: the reader picked by content, then extension; files that are none
of the formats said so clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from netjournal.interchange import readers


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_every_fixture_goes_to_its_reader(fixtures_dir: Path) -> None:
    formats = {
        f"{path.parent.name}/{path.name}": readers.read(path).format
        for path in sorted(fixtures_dir.glob("*/*"))
    }
    assert formats == {
        "csv/google_contacts.csv": "google",
        "csv/linkedin_Connections.csv": "linkedin",
        **{f"ics/{p.name}": "ics" for p in (fixtures_dir / "ics").iterdir()},
        **{f"vcard/{p.name}": "vcard" for p in (fixtures_dir / "vcard").iterdir()},
    }
    assert len(formats) == 19


def test_every_fixture_brings_what_it_holds(fixtures_dir: Path) -> None:
    brought = {
        path.name: (len(parsed.people), len(parsed.events))
        for path in sorted(fixtures_dir.glob("*/*"))
        for parsed in [readers.read(path)]
    }
    assert brought == {
        "google_contacts.csv": (2, 0),
        "linkedin_Connections.csv": (5, 0),
        "alarm_etar_future.ics": (0, 1),
        "alarm_google_future.ics": (0, 1),
        "alarm_thunderbird_future.ics": (0, 1),
        "broken_ical.ics": (0, 0),
        "calendar_with_unicode.ics": (0, 0),
        "example.ics": (0, 3),
        "issue_1050_multiple_calendars.ics": (0, 0),
        "John_Doe_ANDROID.vcf": (6, 0),
        "John_Doe_GMAIL.vcf": (1, 0),
        "John_Doe_IPHONE.vcf": (1, 0),
        "John_Doe_MS_OUTLOOK.vcf": (1, 0),
        "fullcontact.vcf": (1, 0),
        "gmail-list.vcf": (3, 0),
        "gmail-single2.vcf": (1, 0),
        "issue114.vcf": (1, 0),
        "outlook-2007.vcf": (1, 0),
        "rfc6350-example.vcf": (1, 0),
    }


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("export.txt", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", "vcard"),
        ("calendar.dat", "\ufeffBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "ics"),
        ("mail.eml", "From: someone\r\n\r\nBEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", "vcard"),
        (
            "a.csv",
            'Notes:\r\n"preamble"\r\n\r\nFirst Name,Last Name,URL,Email Address,'
            "Company,Position,Connected On\r\n",
            "linkedin",
        ),
        ("b", "First Name,Last Name,Labels,E-mail 1 - Value\r\nAna,Silva,,a@b.c\r\n", "google"),
        ("contacts.vcf", "not a card at all", "vcard"),  # by its name; the reader says why
        ("utf16.vcf", "BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n".encode("utf-16"), "vcard"),
    ],
)
def test_the_format_by_content_then_by_name(
    tmp_path: Path, name: str, data: str | bytes, expected: str
) -> None:
    parsed = readers.read(write(tmp_path, name, data))
    assert parsed.format == expected


def test_a_file_of_none_of_these(tmp_path: Path) -> None:
    parsed = readers.read(write(tmp_path, "notes.txt", "Dear diary, today I met Ana."))
    assert parsed.format == readers.UNKNOWN
    assert [str(p) for p in parsed.problems] == [
        "notes.txt: It is none of the files NetJournal imports: a vCard file (.vcf), a "
        "calendar (.ics), LinkedIn's Connections.csv, a Google Contacts CSV export or a "
        "NetJournal backup (.json)."
    ]


def test_a_csv_of_another_program(tmp_path: Path) -> None:
    parsed = readers.read(write(tmp_path, "outlook.csv", "Title,First,Last\r\nMr,A,B\r\n"))
    assert parsed.format == readers.UNKNOWN
    assert parsed.problems[0].message.startswith(
        "It is a CSV file, but neither LinkedIn's Connections.csv"
    )


def test_an_empty_file(tmp_path: Path) -> None:
    parsed = readers.read(write(tmp_path, "empty.bin", b""))
    assert parsed.format == readers.UNKNOWN
    assert parsed.empty
    assert parsed.problems[0].message == readers.NONE_OF_THESE


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.vcf", "BEGIN:VCARD\r\nEND:VCARD\r\n")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # as if another user's file
    parsed = readers.read(path)
    assert [str(p) for p in parsed.problems] == [
        "secret.vcf: The file cannot be read: Permission denied."
    ]
