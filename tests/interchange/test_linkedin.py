"""LinkedIn's Connections.csv in: the real export (BOM, "Notes:" preamble, empty
emails, "Connected On" dates) and rows of our own that go wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netjournal.interchange import linkedin
from netjournal.journal.incoming import IncomingMethod, Parsed

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def write(tmp_path: Path, text: str) -> Parsed:
    path = tmp_path / "Connections.csv"
    path.write_text(text, encoding="utf-8")
    return linkedin.read(path)


def test_the_real_export(fixtures_dir: Path) -> None:
    parsed = linkedin.read(fixtures_dir / "csv" / "linkedin_Connections.csv")
    assert parsed.format == "linkedin"
    seen = [
        (p.name(), p.given_name, p.family_name, p.organization, p.role, p.emails(), p.met_on)
        for p in parsed.people
    ]
    assert seen == [
        (
            "Amara Okafor",
            "Amara",
            "Okafor",
            "University Robotics Lab",
            "Research Assistant",
            [],
            date(2025, 9, 14),
        ),
        (
            "Tomás Herrera",
            "Tomás",
            "Herrera",
            "Helios Energy, Inc.",
            "Summer Intern",
            ["tomas.herrera@example.org"],
            date(2025, 6, 2),
        ),
        (
            "Mei Lin",
            "Mei",
            "Lin",
            "Pre-Med Society",
            "President, Student Chapter",
            [],
            date(2024, 1, 21),
        ),
        (
            "Dr. Rachel Goldberg",
            "Dr. Rachel",
            "Goldberg",
            "City General Hospital",
            "Attending Physician",
            ["r.goldberg@example.edu"],
            date(2023, 11, 30),
        ),
        (
            "Kwame Mensah",
            "Kwame",
            "Mensah",
            "Green Campus Initiative",
            "Volunteer Coordinator",
            [],
            date(2026, 3, 5),
        ),
    ]
    assert all(p.met_how == "LinkedIn" for p in parsed.people)
    assert parsed.people[0].methods == (
        IncomingMethod("url", "https://www.linkedin.com/in/amara-okafor-0a1b2c", "LinkedIn"),
    )
    assert parsed.people[1].methods == (
        IncomingMethod("email", "tomas.herrera@example.org"),
        IncomingMethod("url", "https://www.linkedin.com/in/tomas-herrera", "LinkedIn"),
    )
    # Rows are numbered as a spreadsheet shows them: the preamble and header first.
    assert str(parsed.people[0].where) == "linkedin_Connections.csv, row 5, line 5"
    assert parsed.problems == []


def test_without_preamble_and_with_a_note_over_lines(tmp_path: Path) -> None:
    parsed = write(
        tmp_path,
        HEADER
        + 'Ana,"Silva, PhD",,ana@example.org,"Lab\nof Things",Mentor,1 March 2024\r\n'
        + ",,,,,,\r\n"
        + "Bo,Chen,https://www.linkedin.com/in/bo,,,,2024-03-02\r\n",
    )
    assert [(p.name(), p.organization, p.met_on, str(p.where)) for p in parsed.people] == [
        ("Ana Silva, PhD", "Lab\nof Things", date(2024, 3, 1), "Connections.csv, row 2, line 2"),
        ("Bo Chen", "", date(2024, 3, 2), "Connections.csv, row 4, line 5"),
    ]


def test_a_date_that_is_not_one(tmp_path: Path) -> None:
    parsed = write(tmp_path, HEADER + "Ana,Silva,,,,,31 Feb 2024\r\nBo,Chen,,,,,1 Jan 1066\r\n")
    assert [p.met_on for p in parsed.people] == [None, None]
    assert [str(p) for p in parsed.problems] == [
        "Connections.csv, row 2, line 2: “31 Feb 2024” (Connected On) is not a date; the day "
        "you connected was left out.",
        "Connections.csv, row 3, line 3: Connected On 1066-01-01 is not a date the journal "
        "keeps (the years 1900 to 2200); it was left out.",
    ]


def test_english_month_names_whatever_the_locale() -> None:
    assert linkedin.connected_on("12 Mar 2024") == date(2024, 3, 12)
    assert linkedin.connected_on("05 Sept 2019") == date(2019, 9, 5)
    assert linkedin.connected_on("12 Mär 2024") is None


def test_a_file_without_the_header(tmp_path: Path) -> None:
    parsed = write(tmp_path, "Name,Email\r\nAna,ana@example.org\r\n")
    assert parsed.people == []
    assert "No header row of LinkedIn's connections" in parsed.problems[0].message
