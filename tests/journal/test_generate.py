"""Synthetic journals: the bulk-loaded generator and the demo made through the domain API."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.generate import generate_demo, generate_journal
from netjournal.store import bulk
from netjournal.store.db import database_proxy

PEOPLE, ENTRIES = 300, 3000
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
UTC_TEXT = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """The journal file through Python's own sqlite3, to look at rows and schema directly."""
    with closing(sqlite3.connect(path)) as conn:
        yield conn


def schema_of(path: Path) -> list[tuple[str, str, str]]:
    with raw(path) as conn:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
            "AND sql IS NOT NULL ORDER BY type, name"
        ).fetchall()


def dump(journal: Journal) -> dict[str, Any]:
    """Everything a generated journal holds, read through the domain API."""
    people = journal.people.page(archived=None, limit=10_000)
    entries: list[Any] = []
    cursor = None
    while True:
        page = journal.entries.page(cursor=cursor, limit=500)
        entries.extend(journal.entries.rows(page.ids))
        if page.complete:
            break
        cursor = page.cursor
    goals = journal.goals.rows()
    agreements = journal.mentorships.rows()
    return {
        "people": [journal.people.get(person_id) for person_id in people.ids],
        "entries": entries,
        "goals": [journal.goals.get(goal.id) for goal in goals],
        "agreements": [journal.mentorships.get(a.id) for a in agreements],
        "actions": journal.mentorships.actions(open_only=False),
        "tags": journal.people.tags(),
        "own": journal.people.own_skills(),
    }


@pytest.fixture
def generated(journal: Journal) -> Journal:
    generate_journal(journal, people=PEOPLE, entries=ENTRIES, seed=3)
    return journal


def test_the_counts_asked_for_are_made(journal: Journal) -> None:
    counts = generate_journal(journal, people=PEOPLE, entries=ENTRIES, seed=3)
    stats = journal.stats()
    assert counts["people"] == stats["people"] == PEOPLE
    assert counts["entries"] == stats["entries"] == ENTRIES
    assert ENTRIES < counts["entry_participants"] <= 3 * ENTRIES
    for kind in ("goals", "milestones", "agreements", "action_items", "outreach", "tags"):
        assert counts[kind] == stats[kind] > 0, kind
    assert counts["contact_methods"] > PEOPLE // 2
    assert counts["agreement_revisions"] == counts["agreements"]
    assert 0 < stats["archived_people"] < PEOPLE // 10


def test_nothing_asked_for_makes_nothing(journal: Journal) -> None:
    counts = generate_journal(journal, people=0, entries=0)
    assert set(counts.values()) == {0}
    assert set(journal.stats().values()) == {0}


@pytest.mark.parametrize(("people", "entries"), [(0, 10), (-1, 0), (10, -5)])
def test_impossible_sizes_are_refused(journal: Journal, people: int, entries: int) -> None:
    with pytest.raises(InvalidInput):
        generate_journal(journal, people=people, entries=entries)
    assert journal.stats()["people"] == 0


def test_the_same_seed_makes_the_same_journal(journal: Journal, tmp_path: Path) -> None:
    generate_journal(journal, people=PEOPLE, entries=ENTRIES, seed=11)
    first = dump(journal)
    second_path = tmp_path / "second" / "journal.db"
    with Journal.open(second_path) as second:
        generate_journal(second, people=PEOPLE, entries=ENTRIES, seed=11)
        again = dump(second)
    assert again == first
    assert len(first["entries"]) == ENTRIES


def test_another_seed_makes_another_journal(journal: Journal, tmp_path: Path) -> None:
    generate_journal(journal, people=50, entries=200, seed=1)
    first = dump(journal)
    with Journal.open(tmp_path / "other" / "journal.db") as other:
        generate_journal(other, people=50, entries=200, seed=2)
        assert dump(other)["people"] != first["people"]


def test_people_and_entries_are_searchable_after_the_load(generated: Journal) -> None:
    person = generated.people.get(PEOPLE // 2)
    assert person.id in generated.people.search(person.display_name, limit=50)
    assert person.id in generated.people.search(person.family_name[:3], limit=1000)
    entry = generated.entries.get(ENTRIES // 2)
    found = generated.entries.page(text=entry.title, limit=ENTRIES).ids
    assert entry.id in found
    words = entry.body.split()[:3]
    assert entry.id in generated.entries.page(text=" ".join(words), limit=ENTRIES).ids


def test_type_ahead_puts_names_that_start_with_the_text_first(generated: Journal) -> None:
    for text in ("a", "Ma", "li", "sofi"):
        rows = generated.people.rows(generated.people.search(text, limit=50))
        starts = [row.display_name.lower().startswith(text.lower()) for row in rows]
        assert starts == sorted(starts, reverse=True), text


def test_search_triggers_and_indexes_come_back_exactly(journal: Journal) -> None:
    before = schema_of(journal.path)
    generate_journal(journal, people=PEOPLE, entries=ENTRIES, seed=3)
    assert schema_of(journal.path) == before
    assert any(kind == "trigger" and "person_search" in name for kind, name, _ in before)


def test_what_is_made_afterwards_is_searchable(generated: Journal) -> None:
    made = generated.people.create("Vexhollow Quarnby", organization="Xyloprint Guild")
    assert generated.people.search("Vexh", limit=10) == [made.id]
    assert generated.people.search("xylop", limit=10) == [made.id]
    generated.people.update(made.id, display_name="Ptolwick Quarnby")
    assert generated.people.search("Vexh", limit=10) == []
    assert generated.people.search("Ptolw", limit=10) == [made.id]
    entry = generated.entries.log("note", "2026-09-02 10:00", [made.id], title="Zeppelin workshop")
    assert generated.entries.page(text="zeppelin").ids == (entry.id,)


def test_last_contact_is_each_persons_newest_entry(generated: Journal) -> None:
    with_entries = 0
    for person_id in range(1, PEOPLE + 1, 7):
        person = generated.people.get(person_id)
        newest = generated.entries.page(person_id=person_id, limit=1).ids
        if newest:
            with_entries += 1
            assert person.last_contact_at == generated.entries.get(newest[0]).occurred_at
        else:
            assert person.last_contact_at is None
    assert with_entries > 10


def test_rows_have_the_journals_formats(generated: Journal) -> None:
    with raw(generated.path) as conn:
        for table in ("person", "entry", "contact_method", "goal", "agreement", "action_item"):
            uuids = [row[0] for row in conn.execute(f"SELECT uuid FROM {table}")]
            assert len(set(uuids)) == len(uuids)
            assert all(UUID4.match(u) for u in uuids), table
            for created, updated in conn.execute(f"SELECT created_at, updated_at FROM {table}"):
                assert UTC_TEXT.match(created), table
                assert UTC_TEXT.match(updated), table
        for (text,) in conn.execute(
            "SELECT occurred_at FROM entry UNION ALL SELECT last_contact_at FROM person "
            "WHERE last_contact_at IS NOT NULL"
        ):
            assert UTC_TEXT.match(text)
        for (text,) in conn.execute(
            "SELECT follow_up_on FROM entry WHERE follow_up_on IS NOT NULL UNION ALL "
            "SELECT met_on FROM person WHERE met_on IS NOT NULL UNION ALL "
            "SELECT birthday FROM person WHERE birthday IS NOT NULL UNION ALL "
            "SELECT due_on FROM action_item WHERE due_on IS NOT NULL"
        ):
            assert date.fromisoformat(text).isoformat() == text
        # The link carries a copy of its entry's time; optional columns are NULL, not ''.
        assert conn.execute(
            "SELECT count(*) FROM entry_participant ep JOIN entry e ON e.id = ep.entry_id "
            "WHERE ep.occurred_at != e.occurred_at"
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM entry WHERE helped = '' OR follow_up_on = '' OR agreement_id = 0"
        ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM entry WHERE agreement_id > 0").fetchone()[0]


def test_the_generated_journal_passes_its_checks(generated: Journal) -> None:
    assert generated.check() == []


def test_generation_tells_listeners_once(journal: Journal) -> None:
    changes = []
    journal.subscribe(changes.append)
    generate_journal(journal, people=20, entries=50, seed=1)
    assert len(changes) == 1
    assert changes[0].concerns("person", "entry")


def test_the_load_restores_the_connections_pragmas(generated: Journal) -> None:
    db = database_proxy.obj
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA cache_size").fetchone()[0] == -64_000
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failed_load_leaves_the_journal_as_it_was(journal: Journal) -> None:
    before = schema_of(journal.path)
    person = journal.people.create("Ana Silva")
    inside: list[Any] = []

    def fail_half_way() -> None:
        with bulk.bulk_load(expected_entries=10):
            # Meanwhile the search triggers and the entry indexes are down.
            inside.extend(
                database_proxy.obj.execute_sql(
                    "SELECT name FROM sqlite_master WHERE name IN ('person_search_insert', "
                    "'entry_participant_person')"
                ).fetchall()
            )
            raise RuntimeError("half way")

    with pytest.raises(RuntimeError, match="half way"):
        fail_half_way()
    assert inside == []
    assert schema_of(journal.path) == before
    assert journal.stats()["people"] == 1
    assert journal.people.search("Ana") == [person.id]
    assert database_proxy.obj.execute_sql("PRAGMA synchronous").fetchone()[0] == 2


def test_demo_looks_lived_in(journal: Journal) -> None:
    counts = generate_demo(journal)
    assert 35 <= counts["people"] <= 45
    assert counts["entries"] >= 150
    assert counts["goals"] == 13
    assert counts["agreements"] == 9
    assert counts["action_items"] > 0
    assert counts["outreach"] == 6
    rows = journal.people.rows(journal.people.page(limit=100).ids)
    today = date.today()
    due = [row for row in rows if row.next_due_on is not None]
    assert any(row.next_due_on < today for row in due)
    assert any(row.next_due_on >= today for row in due)
    assert any(row.tags for row in rows)
    # Agreements in every status, with sessions, reviews and revisions, for the screenshots.
    agreements = journal.mentorships.rows()
    assert {a.status for a in agreements} == {
        "proposed",
        "active",
        "paused",
        "completed",
        "ended",
        "declined",
    }
    assert {a.my_role for a in agreements} == {"mentor", "mentee", "peer"}
    full = [journal.mentorships.get(a.id) for a in agreements]
    assert {r.decision for a in full for r in a.reviews} == {"adapt", "keep", "pause"}
    assert all(a.pending_adaptation is None for a in full)
    assert sum(len(a.revisions) > 1 for a in full) >= 3
    assert len(journal.mentorships.overview()) == 3  # Noah, Aisha, and Tomás (paused)
    stages = {r.stage for r in journal.outreach.rows()}
    assert stages == {"identified", "researched", "contacted", "agreed", "no_reply", "declined"}
    assert any(r.message for r in journal.outreach.rows())
    goals = journal.goals.rows()
    assert any(g.status == "achieved" and g.celebrated_on for g in goals)
    assert any(g.status == "achieved" and not g.celebrated_on for g in goals)
    assert sum(g.members >= 3 for g in goals) >= 2
    summary = journal.mentorships.summary(full[0].id)
    assert all("Private" not in n.title for n in summary.shared_notes)
    assert journal.check() == []


def test_demo_is_the_same_for_the_same_seed(journal: Journal, tmp_path: Path) -> None:
    generate_demo(journal, seed=7)
    titles = [row.title for row in journal.entries.rows(journal.entries.page(limit=500).ids)]
    with Journal.open(tmp_path / "again" / "journal.db") as again:
        generate_demo(again, seed=7)
        page = again.entries.page(limit=500)
        assert [row.title for row in again.entries.rows(page.ids)] == titles
