"""Keyset paging: every row exactly once, in order, across pages, NULLs and ties included."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlite3  # the same SQLite library as the journal

from netjournal.journal import Journal
from netjournal.store.paging import after_cursor, order_by

# --- the SQL pieces on their own, over a small real table --------------------------------


@pytest.fixture
def table(tmp_path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(tmp_path / "paging.db")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, keep INTEGER NOT NULL)")
    values = [None, "b", "a", None, "b", "c", None, "a", "b", None, "c", "a"]
    for i, value in enumerate(values, start=1):
        con.execute("INSERT INTO t VALUES (?, ?, ?)", (i, value, 0 if i in (4, 5, 11) else 1))
    return con


def expected_order(con: sqlite3.Connection, descending: bool, only_kept: bool) -> list[int]:
    rows = con.execute("SELECT id, v, keep FROM t").fetchall()
    if only_kept:
        rows = [r for r in rows if r[2]]
    ascending = [r[0] for r in sorted(rows, key=lambda r: (r[1] is not None, r[1] or "", r[0]))]
    return list(reversed(ascending)) if descending else ascending


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("only_kept", [False, True])
@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_after_cursor_walks_every_row_once(
    table: sqlite3.Connection, descending: bool, only_kept: bool, limit: int
) -> None:
    seen: list[int] = []
    cursor: tuple[Any, int] | None = None
    for _ in range(20):
        condition, params = after_cursor("v", "id", cursor, descending)
        where = f"keep = 1 AND {condition}" if only_kept else condition
        rows = table.execute(
            f"SELECT id, v FROM t WHERE {where} {order_by('v', 'id', descending)} LIMIT ?",
            [*params, limit],
        ).fetchall()
        if not rows:
            break
        seen.extend(r[0] for r in rows)
        cursor = (rows[-1][1], rows[-1][0])
    assert seen == expected_order(table, descending, only_kept)


def test_no_cursor_means_from_the_start() -> None:
    assert after_cursor("v", "id", None, False) == ("1", [])
    assert order_by("v", "id", True) == "ORDER BY v DESC, id DESC"


# --- people pages through the domain API ---------------------------------------------------

PEOPLE = [
    # name, organization, cadence, days of entries (March 2025), tags, archived
    ("ana", "Uni", 7, [3], ["club"], False),
    ("Bea", "", None, [], [], False),
    ("carl", "uni", 14, [3, 10], ["club"], False),
    ("Dora", "Lab", None, [1], [], False),
    ("eve", "", 30, [], ["club"], False),
    ("Ana", "lab", 7, [10], [], False),
    ("Finn", "Uni", None, [20], ["club"], True),
    ("gus", "Zoo", 5, [], [], False),
    ("Hana", "", 7, [3], ["club"], False),
    ("Bea", "Lab", None, [], [], True),
    ("ivan", "", 1, [28], [], False),
]


@pytest.fixture
def people(journal: Journal) -> dict[str, Any]:
    ids = []
    for name, org, cadence, days, tags, archived in PEOPLE:
        person = journal.people.create(name, organization=org, cadence_days=cadence, tags=tags)
        for day in days:
            journal.entries.log("call", datetime(2025, 3, day, 9, tzinfo=UTC), [person.id])
        if archived:
            journal.people.archive(person.id)
        ids.append(person.id)
    club = next(t.id for t in journal.people.tags() if t.name == "club")
    return {"ids": ids, "club": club}


def sort_value(journal: Journal, person_id: int, sort: str) -> Any:
    person = journal.people.get(person_id)
    return {
        "name": person.display_name.lower(),
        "organization": person.organization.lower(),
        "last_contact": person.last_contact_at,
        "next_due": person.next_due_on,
        "created": person.created_at,
    }[sort]


def expected_people(journal: Journal, ids: list[int], sort: str, descending: bool) -> list[int]:
    keyed = [(sort_value(journal, i, sort), i) for i in ids]
    # SQLite puts NULL first when ascending; ties go by id.
    ascending = [
        i for _, i in sorted(keyed, key=lambda kv: (kv[0] is not None, kv[0] or "", kv[1]))
    ]
    return list(reversed(ascending)) if descending else ascending


def walk(journal: Journal, limit: int, **kwargs: Any) -> list[int]:
    page = journal.people.page(limit=limit, **kwargs)
    seen = list(page.ids)
    for _ in range(50):
        if page.complete:
            break
        assert len(page.ids) == limit
        page = journal.people.page(limit=limit, cursor=page.cursor, **kwargs)
        seen.extend(page.ids)
    assert page.complete
    return seen


SORTS = ["name", "organization", "last_contact", "next_due", "created"]


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_people_pages_by_every_sort_key(
    journal: Journal, people: dict[str, Any], sort: str, descending: bool
) -> None:
    active = [i for i, p in zip(people["ids"], PEOPLE, strict=True) if not p[5]]
    expected = expected_people(journal, active, sort, descending)
    assert len(expected) == 9
    for limit in (1, 2, 4, 9, 50):
        assert walk(journal, limit, sort=sort, descending=descending) == expected, limit


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_filters_hold_on_every_page(
    journal: Journal, people: dict[str, Any], sort: str, descending: bool
) -> None:
    ids = people["ids"]
    everyone = expected_people(journal, ids, sort, descending)
    assert walk(journal, 2, sort=sort, descending=descending, archived=None) == everyone
    archived = [i for i, p in zip(ids, PEOPLE, strict=True) if p[5]]
    assert walk(journal, 1, sort=sort, descending=descending, archived=True) == expected_people(
        journal, archived, sort, descending
    )
    in_club = [i for i, p in zip(ids, PEOPLE, strict=True) if "club" in p[4] and not p[5]]
    assert walk(
        journal, 2, sort=sort, descending=descending, tag_id=people["club"]
    ) == expected_people(journal, in_club, sort, descending)


def test_never_contacted_people_come_first_ascending_and_last_descending(
    journal: Journal, people: dict[str, Any]
) -> None:
    ids = people["ids"]
    never = {ids[1], ids[4], ids[7]}  # Bea, eve, gus: no entries, not archived
    ascending = walk(journal, 2, sort="last_contact")
    assert set(ascending[:3]) == never
    assert ascending[:3] == sorted(never)
    descending = walk(journal, 2, sort="last_contact", descending=True)
    assert descending[-3:] == sorted(never, reverse=True)


def test_due_by_filter(journal: Journal, people: dict[str, Any]) -> None:
    ids = people["ids"]
    # ana: 3 March + 7; carl: 10 March + 14; Ana: 10 March + 7; Hana: 3 March + 7; ivan: 28 + 1
    due = walk(journal, 1, sort="next_due", due_by=date(2025, 3, 17))
    assert due == [ids[0], ids[8], ids[5]]
    assert journal.people.count(due_by=date(2025, 3, 17)) == 3


def test_entries_with_the_same_time_page_by_id(journal: Journal) -> None:
    when = datetime(2025, 3, 1, 9, tzinfo=UTC)
    ana = journal.people.create("Ana")
    ids = [journal.entries.log("call", when, [ana.id], title=f"e{i}").id for i in range(7)]
    for kwargs in ({}, {"person_id": ana.id}, {"kinds": ["call"]}):
        for descending in (False, True):
            seen: list[int] = []
            page = journal.entries.page(limit=2, descending=descending, **kwargs)
            seen.extend(page.ids)
            while not page.complete:
                page = journal.entries.page(
                    limit=2, descending=descending, cursor=page.cursor, **kwargs
                )
                seen.extend(page.ids)
            assert seen == (list(reversed(ids)) if descending else ids), kwargs


def test_an_empty_page_is_complete(journal: Journal) -> None:
    page = journal.people.page()
    assert (page.ids, page.complete) == ((), True)
    page = journal.entries.page()
    assert (page.ids, page.complete) == ((), True)
