"""The JSON backup: lossless out and in, and a merge with a second copy of the journal."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from netjournal.errors import InvalidInput
from netjournal.interchange import json_backup
from netjournal.journal import Journal
from netjournal.journal.generate import generate_demo
from netjournal.journal.imports import ImportCancelled

Snapshot = dict[str, list[tuple[Any, ...]]]


def export(journal: Journal, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        json_backup.write(out, journal.archive.schema(), journal.archive.tables())
    return path


def merge(journal: Journal, path: Path) -> Any:
    return journal.archive.apply(json_backup.BackupReader(path).tables())


def test_export_import_export_gives_the_same_file(journal: Journal, tmp_path: Path) -> None:
    generate_demo(journal)
    first = export(journal, tmp_path / "first.json")
    document = json.loads(first.read_text(encoding="utf-8"))  # one ordinary JSON document
    assert (document["format"], document["version"], document["schema"]) == ("netjournal", 1, 6)
    assert len(document["tables"]["person"]) == journal.stats()["people"]
    assert "id" not in document["tables"]["person"][0]  # uuids, never ids
    with Journal.open(tmp_path / "empty" / "journal.db") as empty:
        merge(empty, first)
        assert empty.check() == []
        assert empty.stats() == journal.stats()
        second = export(empty, tmp_path / "second.json")
        # Everything came along, down to photos, revisions' terms and session parts.
        assert empty.mentorships.overview()
        assert empty.people.search("Mei")
    assert first.read_bytes() == second.read_bytes()


def test_a_second_laptop_merges_newer_versions_and_lists_each_conflict(
    journal: Journal, tmp_path: Path
) -> None:
    ana = journal.people.create("Ana Silva", notes="first").id
    bo = journal.people.create("Bo Chen", notes="first").id
    journal.goals.create("Shared goal", "exam")
    journal.close()
    laptop = tmp_path / "laptop" / "journal.db"
    laptop.parent.mkdir()
    shutil.copyfile(journal.path, laptop)
    here = Journal.open(journal.path)
    there = Journal.open(laptop)
    try:
        there.people.update(ana, notes="changed on the laptop")  # older edit of Ana
        here.people.update(ana, notes="changed here")  # newer edit of Ana
        here.people.update(bo, notes="changed here")  # older edit of Bo
        there.people.update(bo, notes="changed on the laptop", tags=["study group"])  # newer
        new_there = there.people.create("Cleo Park").id
        there.entries.log("coffee", datetime(2026, 5, 1, 9, tzinfo=UTC), [new_there, ana])
        backup = export(there, tmp_path / "laptop.json")

        plan = here.archive.plan(json_backup.BackupReader(backup).tables())
        assert plan.added["person"] == 1
        assert plan.added["entry"] == 1
        assert plan.added["person_tag"] == 1
        assert plan.updated["person"] == 1  # Bo: the laptop's is newer
        assert plan.kept["person"] == 1  # Ana: this one's is newer
        by_uuid = {c.uuid: c for c in plan.conflicts}
        ana_uuid = here.people.get(ana).uuid
        assert by_uuid[ana_uuid].kept == "journal"
        assert by_uuid[ana_uuid].backup["notes"] == "changed on the laptop"
        assert by_uuid[ana_uuid].journal["notes"] == "changed here"
        assert by_uuid[ana_uuid].table == "person"

        merge(here, backup)
        assert here.people.get(ana).notes == "changed here"
        assert here.people.get(bo).notes == "changed on the laptop"
        assert [t.name for t in here.people.get(bo).tags] == ["study group"]
        # Bo's new tag and Cleo, new here, are found by search (written once, at the end).
        assert here.people.search("study") == [bo]
        cleo = here.people.search("Cleo")
        assert len(cleo) == 1
        assert here.entries.count(person_id=cleo[0]) == 1
        assert here.people.get(ana).last_contact_at == datetime(2026, 5, 1, 9, tzinfo=UTC)
        assert here.check() == []
        # The same backup again changes nothing.
        again = here.archive.plan(json_backup.BackupReader(backup).tables())
        assert again.changes == 0
    finally:
        here.close()
        there.close()


def test_a_backup_that_is_not_one_is_refused_and_changes_nothing(
    journal: Journal, tmp_path: Path, snapshot: Callable[[], Snapshot]
) -> None:
    journal.people.create("Ana")
    before = snapshot()
    other = tmp_path / "other.json"
    other.write_text('{"contacts": []}', encoding="utf-8")
    with pytest.raises(InvalidInput, match="not a NetJournal backup"):
        json_backup.BackupReader(other)
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "netjournal", "version": 99, "schema": 9, "tables": {\n}}\n')
    with pytest.raises(InvalidInput, match="newer NetJournal"):
        json_backup.BackupReader(newer)
    good = export(journal, tmp_path / "good.json")
    lines = good.read_text(encoding="utf-8").splitlines()
    cut = tmp_path / "cut.json"
    cut.write_text("\n".join(lines[: len(lines) // 2]) + '\n{"uuid": broken\n', encoding="utf-8")
    with Journal.open(tmp_path / "fresh" / "journal.db") as fresh:
        fresh_before = fresh.stats()
        with pytest.raises(InvalidInput, match=r"cut\.json, line \d+"):
            merge(fresh, cut)
        assert fresh.stats() == fresh_before  # one transaction: nothing half-imported
    assert snapshot() == before


def test_a_cancelled_merge_leaves_the_journal_as_it_was(journal: Journal, tmp_path: Path) -> None:
    generate_demo(journal)
    backup = export(journal, tmp_path / "demo.json")
    with Journal.open(tmp_path / "fresh" / "journal.db") as fresh:
        with pytest.raises(ImportCancelled):
            fresh.archive.apply(
                json_backup.BackupReader(backup).tables(), progress=lambda read: read < 300
            )
        assert fresh.stats()["people"] == 0
        assert fresh.check() == []


def test_a_thing_dismissed_on_both_laptops_keeps_the_journal_s_reminder(
    journal: Journal, tmp_path: Path
) -> None:
    ana = journal.people.create("Ana Silva", cadence_days=7).id
    journal.entries.log("call", datetime(2020, 1, 1, tzinfo=UTC), [ana], title="Call")
    journal.close()
    laptop = tmp_path / "laptop" / "journal.db"
    laptop.parent.mkdir()
    shutil.copyfile(journal.path, laptop)
    # Each copy dismisses Ana's reconnect on its own: two reminders, two uuids, one thing.
    with Journal.open(journal.path) as mine, Journal.open(laptop) as other:
        mine.today.dismiss(f"reconnect:{ana}")
        other.today.snooze(f"reconnect:{ana}", "2099-01-01")
        backup = export(other, tmp_path / "laptop.json")
        plan = mine.archive.plan(json_backup.BackupReader(backup).tables())
        assert plan.added.get("reminder", 0) == 0
        assert plan.same.get("reminder", 0) == 1  # the same item: the journal's own stays
        done = merge(mine, backup)
        assert done.added.get("reminder", 0) == 0
        assert mine.check() == []
        assert mine.stats() == other.stats()


def test_a_tag_made_on_both_laptops_is_one_tag_after_the_merge(
    journal: Journal, tmp_path: Path
) -> None:
    journal.people.create("Ana Silva", tags=["study group"])
    with Journal.open(tmp_path / "laptop" / "journal.db") as other:
        other.people.create("Bo Chen", tags=["study group"])  # the same name, its own uuid
        backup = export(other, tmp_path / "laptop.json")
    plan = journal.archive.plan(json_backup.BackupReader(backup).tables())
    assert plan.same.get("tag") == 1
    assert plan.added.get("person_tag") == 1
    merge(journal, backup)
    assert [t.name for t in journal.people.tags()] == ["study group"]
    bo = journal.people.search("Bo")[0]
    assert [t.name for t in journal.people.get(bo).tags] == ["study group"]
    assert journal.check() == []
