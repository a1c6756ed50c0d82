"""The fast path for loading many rows at once: one transaction, executemany, one re-index.

`bulk_load()` opens one write transaction and yields a `BulkLoader`. Inside it
the triggers that keep the full-text indexes in step are dropped (their SQL is
read from `sqlite_master` first), rows go in through `executemany` with ids
assigned by SQLite in order, and when the block ends the triggers are created
again from exactly the SQL they had, both search indexes are rebuilt once,
every person's `last_contact_at` is recomputed in one statement, and the
statistics the query planner reads are refreshed. Everything commits together
or not at all: an error anywhere rolls back the rows, the dropped triggers and
the re-indexing alike.

Rows are plain tuples in the column order of the `New…` named tuples below
(which are tuples, so either may be passed). Times are fixed-width UTC text
'YYYY-MM-DD HH:MM:SS.ffffff' (see `models.format_utc`), dates 'YYYY-MM-DD',
uuids version-4 text; the caller makes them, so a generator can make them
deterministically. An optional column takes None or its empty value ('' or 0),
which is stored as NULL and is much faster to pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from time import perf_counter
from typing import Any, NamedTuple

from peewee import DatabaseError, IntegrityError, OperationalError

from netjournal.store import search
from netjournal.store.db import database_proxy, translate_error

# While loading, the page cache may grow to this many KiB so that the indexes
# being filled stay in memory until the commit (measured at a million entries:
# about a second faster than the journal's 64 MB, for 200 MB more memory); the
# journal's own size is restored afterwards. (SQLite's cache_size is per connection.)
LOAD_CACHE_KIB = 256_000
# Rows ANALYZE looks at per index after a load: its statistics are estimates either way.
ANALYSIS_LIMIT = 400


class NewTag(NamedTuple):
    uuid: str
    created_at: str
    name: str
    colour: str = ""
    is_circle: int = 0


class NewSkill(NamedTuple):
    uuid: str
    created_at: str
    name: str


class NewPerson(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    given_name: str
    family_name: str
    display_name: str
    nickname: str
    pronouns: str
    organization: str
    role: str
    met_how: str
    met_where: str
    met_on: str | None
    birthday: str | None
    cadence_days: int | None
    notes: str
    archived: int


class NewContactMethod(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    person_id: int
    kind: str
    label: str
    value: str
    position: int


class NewPersonTag(NamedTuple):
    person_id: int
    tag_id: int
    created_at: str


class NewPersonSkill(NamedTuple):
    person_id: int
    skill_id: int
    direction: str  # offers, seeks
    created_at: str


class NewGoal(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    title: str
    why: str
    category: str
    horizon: str
    status: str
    start_on: str | None
    target_on: str | None
    achieved_on: str | None
    progress: int | None


class NewMilestone(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    goal_id: int
    title: str
    due_on: str | None
    done_on: str | None
    position: int


class NewGoalMember(NamedTuple):
    goal_id: int
    person_id: int
    role: str
    created_at: str


class NewGoalSkill(NamedTuple):
    goal_id: int
    skill_id: int
    created_at: str


class NewOwnSkill(NamedTuple):
    skill_id: int
    direction: str  # offers, seeks
    created_at: str


class NewAgreement(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    person_id: int
    my_role: str
    formal: int
    program: str
    status: str
    started_on: str | None
    ends_on: str | None
    review_on: str | None
    cadence_days: int | None
    channel: str
    my_expectations: str
    their_expectations: str
    boundaries: str


class NewAgreementGoal(NamedTuple):
    agreement_id: int
    goal_id: int
    created_at: str


class NewRevision(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    agreement_id: int
    number: int
    reason: str
    terms: str  # JSON snapshot of the terms


class NewEntry(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    kind: str
    title: str
    body: str
    occurred_at: str
    helped: str | None
    follow_up_on: str | None
    agreement_id: int | None


class NewActionItem(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    title: str
    owner: str  # me, them
    person_id: int | None
    due_on: str | None
    done_on: str | None
    entry_id: int | None
    agreement_id: int | None
    goal_id: int | None


class NewOutreach(NamedTuple):
    uuid: str
    created_at: str
    updated_at: str
    person_id: int
    stage: str
    notes: str


# Optional columns take None, or their empty value ('' for text and dates, 0 for
# ids and day counts: values never stored), which becomes NULL. The empty values
# are much faster to pass: Python's sqlite3 binds None through its adapter
# lookup, several times slower than a str or an int.
_EMPTY_INT = ("cadence_days", "person_id", "agreement_id", "entry_id", "goal_id")


def _insert_sql(
    table: str, row_type: type[tuple[Any, ...]], nullable: Sequence[str] = (), conflict: str = ""
) -> str:
    """The INSERT of one row type; the `nullable` columns turn their empty value into NULL."""
    columns = row_type._fields  # type: ignore[attr-defined]
    values = [
        ("nullif(?, 0)" if c in _EMPTY_INT else "nullif(?, '')") if c in nullable else "?"
        for c in columns
    ]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(values)}){conflict}"


_OCCURRED = NewEntry._fields.index("occurred_at")
_IGNORE = " ON CONFLICT DO NOTHING"

_SQL = {
    "person": _insert_sql("person", NewPerson, ("met_on", "birthday", "cadence_days")),
    "contact_method": _insert_sql("contact_method", NewContactMethod),
    "person_tag": _insert_sql("person_tag", NewPersonTag, conflict=_IGNORE),
    "person_skill": _insert_sql("person_skill", NewPersonSkill, conflict=_IGNORE),
    "goal": _insert_sql("goal", NewGoal, ("start_on", "target_on", "achieved_on")),
    "milestone": _insert_sql("milestone", NewMilestone, ("due_on", "done_on")),
    "goal_member": _insert_sql("goal_member", NewGoalMember),
    "goal_skill": _insert_sql("goal_skill", NewGoalSkill, conflict=_IGNORE),
    "own_skill": _insert_sql("own_skill", NewOwnSkill, conflict=_IGNORE),
    "agreement": _insert_sql(
        "agreement", NewAgreement, ("started_on", "ends_on", "review_on", "cadence_days")
    ),
    "agreement_goal": _insert_sql("agreement_goal", NewAgreementGoal),
    "agreement_revision": _insert_sql("agreement_revision", NewRevision),
    "entry": _insert_sql("entry", NewEntry, ("helped", "follow_up_on", "agreement_id")),
    "entry_participant": (
        "INSERT INTO entry_participant (entry_id, person_id, occurred_at) VALUES (?, ?, ?)"
    ),
    "entry_goal": "INSERT INTO entry_goal (entry_id, goal_id) VALUES (?, ?)",
    "action_item": _insert_sql(
        "action_item",
        NewActionItem,
        ("person_id", "due_on", "done_on", "entry_id", "agreement_id", "goal_id"),
    ),
    "outreach": _insert_sql("outreach", NewOutreach),
}

# Each person's newest entry, for every person at once: one pass over the
# (person_id, occurred_at) index, one UPDATE … FROM. A load only adds entries, so
# people without any keep the last contact they had.
_REFRESH_LAST_CONTACT = """
UPDATE person SET last_contact_at = newest.at
FROM (SELECT person_id, max(occurred_at) AS at FROM entry_participant GROUP BY person_id) AS newest
WHERE person.id = newest.person_id AND person.last_contact_at IS NOT newest.at"""


class BulkLoader:
    """Inserts rows inside `bulk_load()`; each `add_…` returns the ids SQLite gave them."""

    def __init__(self, connection: Any) -> None:
        self._conn = connection
        self.counts: dict[str, int] = {}
        # Seconds spent inserting into each table, and in each step at the end.
        self.timings: dict[str, float] = {}

    def _count(self, table: str, n: int, started: float) -> None:
        self.counts[table] = self.counts.get(table, 0) + n
        key = f"insert_{table}"
        self.timings[key] = self.timings.get(key, 0.0) + perf_counter() - started

    def _many(self, table: str, rows: Iterable[Sequence[Any]]) -> int:
        started = perf_counter()
        n = self._conn.executemany(_SQL[table], rows).rowcount
        self._count(table, n, started)
        return n

    def _with_ids(self, table: str, rows: Sequence[Sequence[Any]]) -> range:
        """Insert rows into a table with an INTEGER PRIMARY KEY; their ids, in order.

        Without an explicit id SQLite gives each new row max(id) + 1; inside the
        load's write transaction nobody else inserts, so the ids are consecutive.
        """
        if not rows:
            return range(0)
        started = perf_counter()
        first = self._conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        self._conn.executemany(_SQL[table], rows)
        last = self._conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
        if last != first + len(rows) - 1:
            raise RuntimeError(f"bulk load of {table}: ids are not consecutive")
        self._count(table, len(rows), started)
        return range(first, last + 1)

    # --- vocabularies ------------------------------------------------------------------

    def add_tags(self, tags: Sequence[NewTag | tuple[Any, ...]]) -> dict[str, int]:
        """Tag ids by the names given; a tag that exists already (any case) is reused."""
        if not tags:
            return {}
        started = perf_counter()
        cursor = self._conn.executemany(
            "INSERT INTO tag (uuid, created_at, updated_at, name, colour, is_circle) "
            "VALUES (?1, ?2, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO NOTHING",
            tags,
        )
        self._count("tag", cursor.rowcount, started)
        return self._ids_by_name("tag", [t[2] for t in tags])

    def add_skills(self, skills: Sequence[NewSkill | tuple[Any, ...]]) -> dict[str, int]:
        """Skill ids by the names given; a skill that exists already (any case) is reused."""
        if not skills:
            return {}
        started = perf_counter()
        cursor = self._conn.executemany(
            "INSERT INTO skill (uuid, created_at, updated_at, name) "
            "VALUES (?1, ?2, ?2, ?3) ON CONFLICT (name) DO NOTHING",
            skills,
        )
        self._count("skill", cursor.rowcount, started)
        return self._ids_by_name("skill", [s[2] for s in skills])

    def _ids_by_name(self, table: str, names: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for name in names:
            row = self._conn.execute(f"SELECT id FROM {table} WHERE name = ?", (name,)).fetchone()
            found[name] = row[0]
        return found

    # --- people ------------------------------------------------------------------------

    def add_people(self, rows: Sequence[NewPerson | tuple[Any, ...]]) -> range:
        return self._with_ids("person", rows)

    def add_contact_methods(self, rows: Iterable[NewContactMethod | tuple[Any, ...]]) -> int:
        return self._many("contact_method", rows)

    def add_person_tags(self, rows: Iterable[NewPersonTag | tuple[Any, ...]]) -> int:
        return self._many("person_tag", rows)

    def add_person_skills(self, rows: Iterable[NewPersonSkill | tuple[Any, ...]]) -> int:
        return self._many("person_skill", rows)

    def add_outreach(self, rows: Iterable[NewOutreach | tuple[Any, ...]]) -> int:
        return self._many("outreach", rows)

    # --- goals and agreements ---------------------------------------------------------

    def add_goals(self, rows: Sequence[NewGoal | tuple[Any, ...]]) -> range:
        return self._with_ids("goal", rows)

    def add_milestones(self, rows: Iterable[NewMilestone | tuple[Any, ...]]) -> int:
        return self._many("milestone", rows)

    def add_goal_members(self, rows: Iterable[NewGoalMember | tuple[Any, ...]]) -> int:
        return self._many("goal_member", rows)

    def add_goal_skills(self, rows: Iterable[NewGoalSkill | tuple[Any, ...]]) -> int:
        return self._many("goal_skill", rows)

    def add_own_skills(self, rows: Iterable[NewOwnSkill | tuple[Any, ...]]) -> int:
        return self._many("own_skill", rows)

    def add_agreements(self, rows: Sequence[NewAgreement | tuple[Any, ...]]) -> range:
        return self._with_ids("agreement", rows)

    def add_agreement_goals(self, rows: Iterable[NewAgreementGoal | tuple[Any, ...]]) -> int:
        return self._many("agreement_goal", rows)

    def add_revisions(self, rows: Iterable[NewRevision | tuple[Any, ...]]) -> int:
        return self._many("agreement_revision", rows)

    def add_action_items(self, rows: Sequence[NewActionItem | tuple[Any, ...]]) -> range:
        return self._with_ids("action_item", rows)

    # --- entries -----------------------------------------------------------------------

    def add_entries(
        self,
        rows: Sequence[NewEntry | tuple[Any, ...]],
        participants: Sequence[Sequence[int]],
        goals: Iterable[tuple[int, Sequence[int]]] = (),
    ) -> range:
        """Insert entries with their participants (distinct person ids per entry).

        `participants[i]` belongs to `rows[i]`; each link gets a copy of the
        entry's occurred_at. `goals` holds (index into rows, goal ids) pairs.
        Returns the new entries' ids, in the order of `rows`.
        """
        if len(participants) != len(rows):
            raise ValueError("one list of participants is needed per entry")
        ids = self._with_ids("entry", rows)
        if not ids:
            return ids
        first = ids.start
        links = [
            (first + i, person_id, row[_OCCURRED])
            for i, (row, people) in enumerate(zip(rows, participants, strict=True))
            for person_id in people
        ]
        self._many("entry_participant", links)
        goal_links = [(first + i, goal_id) for i, goal_ids in goals for goal_id in goal_ids]
        if goal_links:
            self._many("entry_goal", goal_links)
        return ids


def _search_triggers(conn: Any) -> list[tuple[str, str]]:
    """(name, SQL) of every trigger that writes to a full-text index."""
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND (sql LIKE '%person_search%' OR sql LIKE '%entry_search%') ORDER BY name"
    ).fetchall()


# The tables a large load fills, by what the caller expects to load: when a load at
# least doubles them, their secondary indexes are dropped for the load and created
# again at its end (one sort each), instead of being kept in step row by row.
_GROWING = {
    "people": ("person", "contact_method", "person_tag", "person_skill"),
    "entries": ("entry", "entry_participant", "entry_goal"),
}
_GROWTH_MEASURE = {"people": "person", "entries": "entry"}


def _indexes_to_rebuild(conn: Any, expected: dict[str, int]) -> list[tuple[str, str]]:
    """(name, SQL) of the secondary indexes of the tables this load at least doubles."""
    tables: list[str] = []
    for group, count in expected.items():
        held = conn.execute(f"SELECT coalesce(max(id), 0) FROM {_GROWTH_MEASURE[group]}")
        if count > 0 and count >= held.fetchone()[0]:
            tables.extend(_GROWING[group])
    if not tables:
        return []
    # Indexes SQLite made for UNIQUE and PRIMARY KEY constraints have no SQL; they stay.
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(tables))}) ORDER BY name",
        tables,
    ).fetchall()


def _analyze(conn: Any) -> None:
    """Fresh statistics for the query planner from a sample of each index.

    After a million-entry load a full ANALYZE takes over a second; the sample, a fifth.
    """
    limit = _pragma(conn, "analysis_limit")
    conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT:d}")
    try:
        conn.execute("ANALYZE")
    finally:
        conn.execute(f"PRAGMA analysis_limit = {int(limit):d}")


def _pragma(conn: Any, name: str) -> Any:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


@contextmanager
def bulk_load(
    *, expected_people: int = 0, expected_entries: int = 0, analyze: bool = True
) -> Iterator[BulkLoader]:
    """One write transaction for many rows; search, last contacts and statistics after.

    `expected_people` and `expected_entries` say roughly how many rows the load
    brings; when that at least doubles a table, its indexes are rebuilt once at
    the end rather than kept in step. It must not run inside another transaction.
    The connection's page cache is larger while it runs and restored when it
    ends, however it ends; `synchronous` stays as it is (FULL): in a single
    transaction it costs nothing measurable.
    """
    db = database_proxy.obj
    if db is None:
        raise RuntimeError("no journal is open")
    if db.transaction_depth():
        raise RuntimeError("a bulk load runs in its own transaction, not inside another")
    conn = db.connection()
    saved_cache = _pragma(conn, "cache_size")
    conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB:d}")
    try:
        with db.atomic("IMMEDIATE"):
            triggers = _search_triggers(conn)
            indexes = _indexes_to_rebuild(
                conn, {"people": expected_people, "entries": expected_entries}
            )
            for name, _sql in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            for name, _sql in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            loader = BulkLoader(conn)
            yield loader
            steps: list[tuple[str, Callable[[], Any]]] = [
                ("indexes", lambda: [conn.execute(sql) for _name, sql in indexes]),
                ("triggers", lambda: [conn.execute(sql) for _name, sql in triggers]),
                ("person_search", search.rebuild_person_index),
                ("entry_search", search.rebuild_entry_index),
                ("last_contact", lambda: conn.execute(_REFRESH_LAST_CONTACT)),
            ]
            if analyze:
                steps.append(("analyze", lambda: _analyze(conn)))
            for step, run in steps:
                started = perf_counter()
                run()
                loader.timings[step] = perf_counter() - started
            started = perf_counter()
        loader.timings["commit"] = perf_counter() - started
    except (IntegrityError, OperationalError, DatabaseError) as exc:
        translated = translate_error(exc)
        if translated is exc:
            raise
        raise translated from exc
    finally:
        conn.execute(f"PRAGMA cache_size = {int(saved_cache):d}")
