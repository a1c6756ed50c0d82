"""Google Contacts CSV in: the current export (labels and values joined by " ::: "),
the older one, and rows of our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netjournal.interchange import google_csv
from netjournal.journal.incoming import IncomingMethod, Parsed

HEADER = (
    "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Nickname,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - Postal Code,Address 1 - Country\r\n"
)


def write(tmp_path: Path, text: str) -> Parsed:
    path = tmp_path / "contacts.csv"
    path.write_text(text, encoding="utf-8")
    return google_csv.read(path)


def test_the_real_export(fixtures_dir: Path) -> None:
    parsed = google_csv.read(fixtures_dir / "csv" / "google_contacts.csv")
    lena, marcus = parsed.people
    assert (lena.name(), lena.given_name, lena.family_name, lena.nickname) == (
        "Lena Fischer",
        "Lena",
        "Fischer",
        "Lenny",
    )
    assert (lena.organization, lena.role, lena.birthday) == (
        "Physics Department",
        "Teaching Assistant",
        date(2001, 4, 17),
    )
    assert lena.notes == "Helps with mechanics problem sets.\nAsked me for help with calculus."
    assert lena.tags == ("Study group",)  # without "* myContacts"
    assert lena.methods == (
        IncomingMethod("email", "lena.fischer@example.edu", "work"),
        IncomingMethod("email", "lena@example.com", "work"),
        IncomingMethod("phone", "+49 151 2345678", "mobile"),
        IncomingMethod("url", "https://example.com/lena", "profile"),
    )
    assert (marcus.name(), marcus.given_name, marcus.family_name) == (
        "Prof. Marcus J. Reed",
        "Marcus",
        "Reed",
    )
    assert (marcus.organization, marcus.role, marcus.birthday) == (
        "State University",
        "Professor of Biology",
        None,
    )
    assert marcus.notes == "Potential mentor for the research internship."
    assert marcus.tags == ("Mentors",)
    assert marcus.methods == (
        IncomingMethod("email", "mreed@example.edu", "work"),
        IncomingMethod("email", "marcus.reed@example.net", "home"),
        IncomingMethod("phone", "+1 617 555 0142", "work"),
    )
    assert [str(p.where) for p in parsed.people] == [
        "google_contacts.csv, row 2, line 2",
        "google_contacts.csv, row 3, line 4",  # Lena's notes take two lines
    ]
    assert all(p.photo is None and p.met_how == "" for p in parsed.people)
    assert parsed.problems == []


def test_addresses_photos_and_a_birthday_without_a_year(tmp_path: Path) -> None:
    parsed = write(
        tmp_path,
        HEADER
        + "Ana,,Silva,,,,Uni,PhD student,Physics,--04-01,,https://lh3.googleusercontent.com/x,"
        "* starred ::: Mentors,Home,ana@example.org,* Mobile,+351 900,Home,"
        '"Rua A 1\n1000 Lisboa",,,,\r\n'
        + "Bo,,Chen,,,,,,,1999-13-01,,,,,,,,Work,,Main St 2,Porto,4000,Portugal\r\n",
    )
    ana, bo = parsed.people
    assert ana.organization == "Uni, Physics"
    assert ana.tags == ("starred", "Mentors")
    assert ana.methods == (
        IncomingMethod("email", "ana@example.org", "home"),
        IncomingMethod("phone", "+351 900", "mobile"),
        IncomingMethod("address", "Rua A 1, 1000 Lisboa", "home"),
    )
    assert ana.birthday is None
    assert ana.photo is None
    assert bo.methods == (IncomingMethod("address", "Main St 2, Porto, 4000, Portugal", "work"),)
    assert [str(p) for p in parsed.problems] == [
        "contacts.csv, row 2, line 2: The birthday “--04-01” has no year; the journal keeps "
        "whole dates, so it was left out.",
        "contacts.csv, row 3, line 4: The birthday “1999-13-01” is not a date; it was left out.",
        "contacts.csv: The photos of 1 contacts are links to Google's servers; NetJournal "
        "downloads nothing, so they were left out.",
    ]


def test_the_older_export(tmp_path: Path) -> None:
    parsed = write(
        tmp_path,
        "Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,"
        "E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title\r\n"
        "Ana Silva,Ana,,Silva,* myContacts ::: Classmates,* Other,ana@example.org,Uni,TA\r\n",
    )
    (ana,) = parsed.people
    assert (ana.name(), ana.given_name, ana.family_name, ana.organization, ana.role) == (
        "Ana Silva",
        "Ana",
        "Silva",
        "Uni",
        "TA",
    )
    assert ana.tags == ("Classmates",)
    assert ana.methods == (IncomingMethod("email", "ana@example.org", "other"),)


def test_a_file_that_is_not_a_google_export(tmp_path: Path) -> None:
    parsed = write(tmp_path, "a,b,c\r\n1,2,3\r\n")
    assert parsed.people == []
    assert "not the header of a Google Contacts export" in parsed.problems[0].message
