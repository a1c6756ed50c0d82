"""Import and export as the CLI and the window do them: preview, then one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from netjournal.errors import InvalidInput
from netjournal.interchange import jobs
from netjournal.interchange.filenames import ExportCancelled
from netjournal.journal import Journal
from netjournal.journal.generate import generate_demo
from netjournal.journal.imports import ImportCancelled

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
    "EMAIL;TYPE=work:ana@example.org\r\nORG:Physics Lab\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nN:Chen;Bo;;;\r\n"
    "EMAIL:bo@example.org\r\nNOTE:Met at the library\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cleo Park\r\nBDAY:--0203\r\nEND:VCARD\r\n"
)


def people_names(journal: Journal) -> list[str]:
    page = journal.people.page(limit=1000, archived=None, with_rows=True)
    return sorted(row.display_name for row in page.rows)


def snapshot(journal: Journal, path: Path) -> bytes:
    return jobs.export_json(journal, path, overwrite=True).path.read_bytes()


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return path


def test_the_preview_writes_nothing_and_the_import_writes_what_it_said(
    journal: Journal, cards: Path
) -> None:
    ana = journal.people.create(
        "Ana S.", contact_methods=[{"kind": "email", "value": "ana@example.org"}]
    ).id
    preview = jobs.preview_import(journal, [cards])
    assert (preview.plan.new, preview.plan.merged, preview.plan.skipped) == (2, 1, 0)
    assert preview.changes == 3
    # One problem, naming the file, the card and its line: the birthday has no year.
    assert [str(p) for p in preview.problems] == [
        "contacts.vcf, card 3, line 18: The birthday “--0203” has no year; the journal keeps "
        "whole dates, so it was left out."
    ]
    assert people_names(journal) == ["Ana S."]  # nothing written yet
    done = jobs.run_import(journal, preview)
    assert (done.people_new, done.people_merged, done.entries) == (2, 1, 0)
    assert people_names(journal) == ["Ana S.", "Bo Chen", "Cleo Park"]
    merged = journal.people.get(ana)
    assert merged.display_name == "Ana S."  # a merge adds, never replaces
    assert merged.organization == "Physics Lab"
    # The same file again: nothing new.
    again = jobs.preview_import(journal, [cards])
    assert again.changes == 0
    assert again.plan.skipped == 3


def test_a_cancelled_import_leaves_the_journal_as_it_was(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person {n}\r\nEMAIL:p{n}@example.org\r\n"
            "END:VCARD\r\n"
            for n in range(600)
        ),
        encoding="utf-8",
    )
    preview = jobs.preview_import(journal, [path])
    seen: list[tuple[int, int | None]] = []

    def stop_halfway(done: int, total: int | None) -> bool:
        seen.append((done, total))
        return done < 300

    with pytest.raises(ImportCancelled):
        jobs.run_import(journal, preview, stop_halfway)
    assert seen[-1] == (500, 600)  # it had written 500 people when it was told to stop
    assert journal.stats()["people"] == 0
    assert journal.check() == []


def test_a_backup_is_merged_on_its_own(journal: Journal, tmp_path: Path, cards: Path) -> None:
    generate_demo(journal)
    backup = jobs.export_json(journal, tmp_path / "backup.json").path
    with pytest.raises(InvalidInput, match="merged on its own") as refused:
        jobs.preview_import(journal, [cards, backup])
    assert refused.value.field == "files"
    with Journal.open(tmp_path / "laptop" / "journal.db") as laptop:
        preview = jobs.preview_import(laptop, [backup])
        assert preview.plan is None
        assert preview.changes == preview.steps > 100
        assert preview.backup == backup
        done = jobs.run_import(laptop, preview)
        assert done.rows == preview.changes
        assert laptop.stats() == journal.stats()
        # export → import into an empty journal → export again: the same file
        assert snapshot(laptop, tmp_path / "again.json") == backup.read_bytes()
        assert jobs.preview_import(laptop, [backup]).changes == 0


def test_a_file_that_cannot_be_read_is_a_problem_not_an_error(
    journal: Journal, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.vcf"
    other = tmp_path / "data.json"
    other.write_text('{"people": []}', encoding="utf-8")
    preview = jobs.preview_import(journal, [missing, other])
    assert [p.message for p in preview.problems] == [
        "The file does not exist.",
        "It is none of the files NetJournal imports: a vCard file (.vcf), a calendar (.ics), "
        "LinkedIn's Connections.csv, a Google Contacts CSV export or a NetJournal backup (.json).",
    ]
    assert preview.changes == 0
    with pytest.raises(InvalidInput, match="No file"):
        jobs.preview_import(journal, [])


@pytest.mark.parametrize(
    ("fmt", "name", "counted"),
    [
        ("json", "out.json", "rows"),
        ("vcard", "out.vcf", "people"),
        ("ics", "out.ics", "events"),
        ("csv", "sheets", "people"),
        ("markdown", "notes", "people"),
    ],
)
def test_every_format_exports_through_one_call(
    journal: Journal, tmp_path: Path, fmt: str, name: str, counted: str
) -> None:
    journal.people.create(
        "Ana Silva", contact_methods=[{"kind": "email", "value": "ana@example.org"}]
    )
    exported = jobs.export(journal, fmt, tmp_path / name)
    assert exported.path.exists()
    assert exported.counts[counted] >= (0 if fmt == "ics" else 1)
    assert all(f.exists() for f in exported.files)


def test_an_unknown_format_or_a_cancel_writes_nothing(journal: Journal, tmp_path: Path) -> None:
    generate_demo(journal)
    with pytest.raises(InvalidInput, match="“pdf” is not a format") as refused:
        jobs.export(journal, "pdf", tmp_path / "out.pdf")
    assert refused.value.field == "format"
    with pytest.raises(ExportCancelled):
        jobs.export(journal, "json", tmp_path / "out.json", progress=lambda done, total: False)
    assert not (tmp_path / "out.json").exists()
    assert not list(tmp_path.glob(".*.partial"))  # no half-written file left either


def test_json_progress_counts_every_row(journal: Journal, tmp_path: Path) -> None:
    generate_demo(journal)
    seen: list[tuple[int, int | None]] = []
    exported = jobs.export(
        journal, "json", tmp_path / "b.json", progress=lambda d, t: seen.append((d, t))
    )
    rows = exported.counts["rows"]
    assert rows == journal.archive.row_count()
    assert seen[0] == (0, rows)
    assert seen[-1] == (rows, rows)


def test_a_backup_of_any_size_is_read_a_row_at_a_time(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netjournal.interchange import limits

    journal.people.create("Ana Silva")
    backup = jobs.export_json(journal, tmp_path / "b.json").path
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)  # other files this large are refused
    assert "too large" in str(readers_problem(tmp_path, backup))
    with Journal.open(tmp_path / "laptop" / "journal.db") as laptop:
        preview = jobs.preview_import(laptop, [backup])
        assert preview.problems == []
        assert preview.changes == 1


def readers_problem(tmp_path: Path, backup: Path) -> object:
    from netjournal.interchange import readers

    card = tmp_path / "big.vcf"
    card.write_bytes(backup.read_bytes())
    return readers.read(card).problems[0]


def test_reading_many_files_can_be_cancelled_between_them(
    journal: Journal, cards: Path, tmp_path: Path
) -> None:
    other = tmp_path / "more.vcf"
    other.write_text(CARDS.replace("Ana Silva", "Dee Okafor"), encoding="utf-8")
    told: list[tuple[int, int | None]] = []
    preview = jobs.preview_import(journal, [cards, other], lambda d, t: told.append((d, t)))
    assert told == [(0, 2), (1, 2), (2, 2)]
    assert preview.plan.new == 4
    with pytest.raises(ImportCancelled):
        jobs.preview_import(journal, [cards, other], lambda d, t: d < 1)
    assert journal.stats()["people"] == 0
