"""CSV export: what a spreadsheet opens, with no formula in it, entries streamed page by page."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from netjournal.errors import InvalidInput
from netjournal.interchange import csv_export
from netjournal.interchange.csv_export import (
    ENTRY_COLUMNS,
    GOAL_COLUMNS,
    PEOPLE_COLUMNS,
    cell,
    export_csv,
    export_csv_table,
    neutralise,
)
from netjournal.interchange.filenames import ExportCancelled
from netjournal.journal import Journal
from netjournal.journal.generate import generate_journal


def read(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "no BOM: Excel would guess the wrong encoding"
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def build(journal: Journal) -> dict[str, Any]:
    mei = journal.people.create(
        "Mei Tanaka",
        given_name="Mei",
        family_name="Tanaka",
        nickname="Mei-chan",
        pronouns="she/her",
        organization="Riverside University",
        role="Professor",
        met_how="Alumni event",
        met_where="Downtown",
        met_on=date(2023, 4, 5),
        birthday=date(1984, 2, 29),
        cadence_days=14,
        notes='Notes with "quotes", commas, a ; and\nmore lines 🦊',
        tags=["mentors", "alumni"],
        skills_offered=["Python", "Git"],
        skills_sought=["Spanish"],
        contact_methods=[
            {"kind": "email", "value": "mei@example.org", "label": "work"},
            {"kind": "email", "value": "mei2@example.org", "label": "home"},
            {"kind": "phone", "value": "+81 3 1234", "label": "mobile"},
            {"kind": "url", "value": "https://mei.example.org"},
            {"kind": "address", "value": "1 Main St\nTokyo"},
        ],
    )
    ana = journal.people.create("Ana Silva")
    old = journal.people.create("Old Friend")
    journal.people.archive(old.id)
    goal = journal.goals.create(
        "Win the grant",
        "scholarship",
        why="Because",
        target_on=date(2031, 1, 1),
        members=[(mei.id, "mentor"), (ana.id, "accountability_partner")],
        skills=["Writing"],
    )
    first = journal.goals.add_milestone(goal.id, "Draft", due_on=date(2030, 5, 1))
    journal.goals.add_milestone(goal.id, "Submit")
    journal.goals.update_milestone(first.id, done_on=date(2030, 4, 1))
    agreement = journal.mentorships.create(mei.id, "mentee", status="active", cadence_days=14)
    entry = journal.entries.log(
        "coffee",
        datetime(2024, 3, 1, 14, 30),
        [mei.id, ana.id],
        title="Coffee, with a comma",
        body="All of the notes, " + "long " * 100 + "end",
        helped="they_helped",
        follow_up_on=date(2024, 3, 8),
        goal_ids=[goal.id],
        shareable=True,
    )
    session = journal.mentorships.log_session(
        agreement.id, datetime(2024, 3, 2, 9, 0), title="First session", notes="Session notes"
    )
    return {"mei": mei, "ana": ana, "old": old, "goal": goal, "entry": entry, "session": session}


def test_three_spreadsheets_with_a_header_and_a_row_per_record(
    journal: Journal, tmp_path: Path
) -> None:
    facts = build(journal)
    folder = tmp_path / "export"
    result = export_csv(journal, folder)
    assert result.counts == {"people": 3, "entries": 2, "goals": 1}
    assert [p.name for p in result.files] == ["people.csv", "entries.csv", "goals.csv"]
    assert result.notes == ()

    for name, columns in (
        ("people.csv", PEOPLE_COLUMNS),
        ("entries.csv", ENTRY_COLUMNS),
        ("goals.csv", GOAL_COLUMNS),
    ):
        data = (folder / name).read_bytes()
        first_line = data.decode("utf-8-sig").split("\r\n")[0]
        assert first_line == ",".join(columns)
        assert data.endswith(b"\r\n")

    people = {row["name"]: row for row in read(folder / "people.csv")}
    assert set(people) == {"Mei Tanaka", "Ana Silva", "Old Friend"}
    mei = people["Mei Tanaka"]
    assert mei["uuid"] == facts["mei"].uuid
    assert mei["emails"] == "mei@example.org; mei2@example.org"
    assert mei["phones"] == "'+81 3 1234"  # a leading + would be a formula
    assert mei["links"] == "https://mei.example.org"
    assert mei["addresses"] == "1 Main St\nTokyo"
    assert mei["tags"] == "alumni; mentors"
    assert mei["skills_offered"] == "Git; Python"
    assert mei["skills_sought"] == "Spanish"
    assert mei["notes"] == 'Notes with "quotes", commas, a ; and\nmore lines 🦊'
    assert mei["birthday"] == "1984-02-29"
    assert mei["met_on"] == "2023-04-05"
    assert mei["keep_in_touch_days"] == "14"
    assert mei["archived"] == "no"
    assert people["Old Friend"]["archived"] == "yes"

    entries = read(folder / "entries.csv")
    assert [e["title"] for e in entries] == [
        "Coffee, with a comma",
        "First session",
    ]  # oldest first
    coffee = entries[0]
    assert coffee["uuid"] == facts["entry"].uuid
    assert coffee["occurred"] == "2024-03-01 14:30"
    assert coffee["kind"] == "coffee"
    assert coffee["participants"] == "Ana Silva; Mei Tanaka"  # by name
    assert coffee["goals"] == "Win the grant"
    assert coffee["helped"] == "they_helped"
    assert coffee["follow_up_on"] == "2024-03-08"
    assert coffee["shareable"] == "yes"
    assert coffee["notes"] == facts["entry"].body  # whole, not the list's excerpt
    assert entries[1]["agreement_with"] == "Mei Tanaka"
    assert entries[1]["notes"] == "Session notes"

    (goal,) = read(folder / "goals.csv")
    assert goal["title"] == "Win the grant"
    assert goal["milestones"] == "Draft (done 2030-04-01); Submit"
    assert goal["members"] == "Ana Silva (accountability partner); Mei Tanaka (mentor)"
    assert goal["progress_percent"] == "50"
    assert goal["target_on"] == "2031-01-01"
    assert goal["why"] == "Because"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_each_formula_start_is_neutralised(start: str) -> None:
    value = f'{start}HYPERLINK("http://evil.example","click")'
    assert neutralise(value) == "'" + value
    assert cell(value) == "'" + value
    assert cell([value, "fine"]) == "'" + value + "; fine"
    assert cell("fine " + value) == "fine " + value  # only a cell's start makes a formula


def test_formulas_typed_into_the_journal_stay_text_in_the_file(
    journal: Journal, tmp_path: Path
) -> None:
    hostile = {
        "=": '=HYPERLINK("http://evil.example","x")',
        "+": "+1+cmd|' /C calc'!A0",
        "-": "-2+3",
        "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    }
    person = journal.people.create(
        hostile["="],
        organization=hostile["+"],
        role=hostile["-"],
        nickname=hostile["@"],
        notes=hostile["="],
        tags=[hostile["@"]],
        contact_methods=[{"kind": "phone", "value": "+44 20 7946 0000"}],
    )
    journal.entries.log("note", datetime(2024, 1, 1, 9), [person.id], title=hostile["-"])
    journal.goals.create(hostile["+"], "personal", why=hostile["@"])
    export_csv(journal, tmp_path / "x")
    (row,) = read(tmp_path / "x" / "people.csv")
    assert row["name"] == "'" + hostile["="]
    assert row["organization"] == "'" + hostile["+"]
    assert row["role"] == "'" + hostile["-"]
    assert row["nickname"] == "'" + hostile["@"]
    assert row["notes"] == "'" + hostile["="]
    assert row["tags"] == "'" + hostile["@"]
    assert row["phones"] == "'+44 20 7946 0000"
    (entry,) = read(tmp_path / "x" / "entries.csv")
    assert entry["title"] == "'" + hostile["-"]
    assert entry["participants"] == "'" + hostile["="]
    (goal,) = read(tmp_path / "x" / "goals.csv")
    assert goal["title"] == "'" + hostile["+"]
    assert goal["why"] == "'" + hostile["@"]
    for name in ("people.csv", "entries.csv", "goals.csv"):
        for record in read(tmp_path / "x" / name):
            for value in record.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)


def test_entries_are_streamed_a_page_at_a_time(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_journal(journal, people=50, entries=1_000, seed=3)
    monkeypatch.setattr(csv_export, "PAGE", 90)
    pages: list[tuple[int, bool, int]] = []
    page = journal.entries.page

    def spy(*args: Any, **kwargs: Any) -> Any:
        found = page(*args, **kwargs)
        pages.append((kwargs["limit"], kwargs["with_rows"], len(found.rows)))
        return found

    def no_bulk_rows(ids: Any) -> Any:
        raise AssertionError("entries read other than page by page")

    monkeypatch.setattr(journal.entries, "page", spy)
    monkeypatch.setattr(journal.entries, "rows", no_bulk_rows)
    result = export_csv_table(journal, "entries", tmp_path / "entries.csv")
    total = journal.entries.count()
    assert result.counts == {"entries": total}
    assert len(pages) == -(-total // 90)
    assert all(limit == 90 and with_rows and rows <= 90 for limit, with_rows, rows in pages)
    rows = read(tmp_path / "entries.csv")
    assert len(rows) == total
    assert len({r["uuid"] for r in rows}) == total
    assert [r["occurred"] for r in rows] == sorted(r["occurred"] for r in rows)


def test_one_table_to_the_file_asked(journal: Journal, tmp_path: Path) -> None:
    build(journal)
    result = export_csv_table(journal, "goals", tmp_path / "my goals.csv")
    assert result.counts == {"goals": 1}
    assert [r["title"] for r in read(tmp_path / "my goals.csv")] == ["Win the grant"]
    export_csv_table(journal, "people", tmp_path / "active.csv", include_archived=False)
    assert {r["name"] for r in read(tmp_path / "active.csv")} == {"Mei Tanaka", "Ana Silva"}
    with pytest.raises(InvalidInput, match="not a table"):
        export_csv_table(journal, "secrets", tmp_path / "s.csv")
    result = export_csv(journal, tmp_path / "some", tables=["people"])
    assert [p.name for p in result.files] == ["people.csv"]
    assert sorted(p.name for p in (tmp_path / "some").iterdir()) == ["people.csv"]


def test_a_folder_with_other_files_is_written_into_not_wiped(
    journal: Journal, tmp_path: Path
) -> None:
    build(journal)
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "budget.xlsx").write_bytes(b"keep me")
    (folder / "people.csv").write_text("my own people file", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"people\.csv") as refused:
        export_csv(journal, folder)
    assert "already exists" in str(refused.value)
    # nothing at all was written: not even the tables that had no file in the way
    assert sorted(p.name for p in folder.iterdir()) == ["budget.xlsx", "people.csv"]
    assert (folder / "people.csv").read_text(encoding="utf-8") == "my own people file"

    result = export_csv(journal, folder, overwrite=True)
    assert sorted(p.name for p in folder.iterdir()) == [
        "budget.xlsx",
        "entries.csv",
        "goals.csv",
        "people.csv",
    ]
    assert (folder / "budget.xlsx").read_bytes() == b"keep me"
    assert "1 other thing;" in result.notes[0]  # budget.xlsx; people.csv was replaced
    assert "it was not changed" in result.notes[0]


def test_bad_places_are_refused_in_words(journal: Journal, tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("x")
    with pytest.raises(InvalidInput, match="not a folder"):
        export_csv(journal, tmp_path / "a file")
    with pytest.raises(InvalidInput, match="does not exist"):
        export_csv_table(journal, "people", tmp_path / "nowhere" / "p.csv")
    with pytest.raises(InvalidInput, match="at least one"):
        export_csv(journal, tmp_path / "x", tables=[])


def test_a_cancel_leaves_no_half_file(journal: Journal, tmp_path: Path) -> None:
    build(journal)
    folder = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        export_csv(journal, folder, progress=lambda done, total: done < 3)
    # people (3 rows) was cancelled at its end: no file, and none half-written
    assert list(folder.iterdir()) == []
