"""Schema versions: migrate after a backup, refuse the future, never half-migrate."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from peewee import ForeignKeyField
from sqlcipher3 import dbapi2 as sqlite3  # the same SQLite library as the journal

from netjournal.errors import JournalError, SchemaTooNew
from netjournal.journal import Journal
from netjournal.store import db as store_db
from netjournal.store import schema
from netjournal.store.models import ALL_MODELS

T = "2025-01-02 03:04:05.000000"

# One or more rows in every table of schema version 1, written as SQL of that version.
V1_ROWS = [
    "INSERT INTO person (id, uuid, created_at, updated_at, given_name, family_name, display_name,"
    " nickname, pronouns, organization, role, met_how, met_where, met_on, birthday, cadence_days,"
    " notes, photo, archived, last_contact_at) VALUES (1, 'u-p1', '2025-01-01 00:00:00.000000',"
    f" '{T}', 'José', 'Müller', 'José Müller', 'Zé', 'he/him', 'Universität Zürich', 'Lecturer',"
    " 'Conference', 'Berlin', '2024-05-01', '1980-02-29', 10, 'Knows origami', X'89504E47', 0,"
    " '2025-01-05 10:00:00.000000')",
    "INSERT INTO person (id, uuid, created_at, updated_at, display_name, archived) VALUES"
    f" (2, 'u-p2', '{T}', '{T}', 'Ana Silva', 1)",
    "INSERT INTO contact_method (id, uuid, created_at, updated_at, person_id, kind, label, value,"
    f" position) VALUES (1, 'u-c1', '{T}', '{T}', 1, 'email', 'work', 'jose@uni.example', 0)",
    f"INSERT INTO tag (id, uuid, created_at, updated_at, name, colour, is_circle) VALUES"
    f" (1, 'u-t1', '{T}', '{T}', 'Professors', '#123456', 1)",
    f"INSERT INTO person_tag (person_id, tag_id, created_at) VALUES (1, 1, '{T}')",
    f"INSERT INTO skill (id, uuid, created_at, updated_at, name) VALUES (1, 'u-s1', '{T}', '{T}',"
    " 'Calligraphy')",
    f"INSERT INTO skill (id, uuid, created_at, updated_at, name) VALUES (2, 'u-s2', '{T}', '{T}',"
    " 'Kayaking')",
    f"INSERT INTO person_skill (person_id, skill_id, direction, created_at) VALUES (1, 1, 'offers',"
    f" '{T}')",
    f"INSERT INTO person_skill (person_id, skill_id, direction, created_at) VALUES (2, 2, 'seeks',"
    f" '{T}')",
    f"INSERT INTO own_skill (skill_id, direction, created_at) VALUES (2, 'offers', '{T}')",
    "INSERT INTO goal (id, uuid, created_at, updated_at, title, why, category, horizon, status,"
    f" start_on, target_on, achieved_on, progress) VALUES (1, 'u-g1', '{T}', '{T}', 'Fulbright',"
    " 'Study abroad', 'scholarship', 'long', 'active', '2025-01-01', '2025-10-01', NULL, 30)",
    "INSERT INTO milestone (id, uuid, created_at, updated_at, goal_id, title, due_on, done_on,"
    f" position) VALUES (1, 'u-m1', '{T}', '{T}', 1, 'Essay', '2025-03-01', '2025-02-27', 0)",
    "INSERT INTO goal_member (goal_id, person_id, role, created_at)"
    f" VALUES (1, 1, 'mentor', '{T}')",
    f"INSERT INTO goal_skill (goal_id, skill_id, created_at) VALUES (1, 1, '{T}')",
    "INSERT INTO agreement (id, uuid, created_at, updated_at, person_id, my_role, formal, program,"
    " status, started_on, ends_on, review_on, cadence_days, channel, my_expectations,"
    f" their_expectations, boundaries) VALUES (1, 'u-a1', '{T}', '{T}', 1, 'mentee', 1, 'Program',"
    " 'active', '2025-01-01', '2025-12-31', '2025-06-30', 14, 'Video', 'Feedback', 'Effort',"
    " 'Private')",
    f"INSERT INTO agreement_goal (agreement_id, goal_id, created_at) VALUES (1, 1, '{T}')",
    "INSERT INTO agreement_revision (id, uuid, created_at, updated_at, agreement_id, number,"
    f" reason, terms) VALUES (1, 'u-r1', '{T}', '{T}', 1, 1, 'Agreed',"
    """ '{"status": "active"}')""",
    "INSERT INTO entry (id, uuid, created_at, updated_at, kind, title, body, occurred_at, helped,"
    f" follow_up_on, agreement_id) VALUES (1, 'u-e1', '{T}', '{T}', 'session', 'Origami lesson',"
    " 'We folded cranes in Zürich', '2025-01-05 10:00:00.000000', 'they_helped', '2025-01-19', 1)",
    "INSERT INTO entry (id, uuid, created_at, updated_at, kind, title, body, occurred_at) VALUES"
    f" (2, 'u-e2', '{T}', '{T}', 'note', '', 'A thought about kayaks',"
    " '2024-12-01 08:00:00.000000')",
    "INSERT INTO entry_participant (entry_id, person_id, occurred_at) VALUES"
    " (1, 1, '2025-01-05 10:00:00.000000')",
    "INSERT INTO entry_goal (entry_id, goal_id) VALUES (1, 1)",
    "INSERT INTO action_item (id, uuid, created_at, updated_at, title, owner, person_id, due_on,"
    f" done_on, entry_id, agreement_id, goal_id) VALUES (1, 'u-x1', '{T}', '{T}', 'Send essay',"
    " 'me', 1, '2025-01-10', NULL, 1, 1, 1)",
    "INSERT INTO outreach (id, uuid, created_at, updated_at, person_id, stage, notes) VALUES"
    f" (1, 'u-o1', '{T}', '{T}', 2, 'contacted', 'Wrote a short email')",
]

V1_TABLES = {
    "person",
    "contact_method",
    "tag",
    "person_tag",
    "skill",
    "person_skill",
    "own_skill",
    "goal",
    "milestone",
    "goal_member",
    "goal_skill",
    "agreement",
    "agreement_goal",
    "agreement_revision",
    "entry",
    "entry_participant",
    "entry_goal",
    "action_item",
    "outreach",
}


def read(
    path: Path, tables: set[str] | None = None, columns: dict[str, list[str]] | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables; with `columns`, only those tables and columns (the ones an
    older version had, to compare a migrated journal with what it held before)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = (set(columns) if columns else tables) or {
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }

        def select(name: str) -> str:
            if not columns:
                return "*"
            return ", ".join(f'"{c}"' for c in columns[name])

        return {
            n: sorted(con.execute(f'SELECT {select(n)} FROM "{n}"').fetchall(), key=repr)
            for n in names
        }
    finally:
        con.close()


def without_search_tables(columns: dict[str, list[str]]) -> dict[str, list[str]]:
    """Leave out the full-text indexes' shadow tables: version 4 merges their segments
    (and turns on FTS5's secure-delete), so their bytes change while what they find does
    not (the tests search and `check` the upgraded journal)."""
    return {t: c for t, c in columns.items() if "_search" not in t}


def columns_of(path: Path) -> dict[str, list[str]]:
    """Each table's columns, in order."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: [r[1] for r in con.execute(f'PRAGMA table_xinfo("{t}")') if r[6] != 1]
            for t in tables
        }
    finally:
        con.close()


def user_version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def make_v1_journal(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """A journal at schema version 1 holding rows in every table; returns what it holds."""
    db = store_db.connect(path)
    try:
        assert schema.migrate(db, target=1) is None  # a new file is not backed up
        assert schema.current_version(db) == 1
        with db.atomic():
            for statement in V1_ROWS:
                db.execute_sql(statement)
    finally:
        store_db.close(db)
    rows = read(path)
    assert set(rows) == V1_TABLES
    assert all(rows[name] for name in V1_TABLES), [n for n in V1_TABLES if not rows[n]]
    return rows


def test_migrations_are_numbered_without_gaps() -> None:
    found = schema.load_migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert [m.name for m in found] == [
        "m0001_initial",
        "m0002_full_text_search",
        "m0003_timeline",
        "m0004_mentorship_practice",
        "m0005_bulk_search",
        "m0006_reminders",
    ]
    assert schema.latest_version() == 6


def test_a_version_1_journal_is_backed_up_then_migrated_with_every_row_intact(
    journal_path: Path,
) -> None:
    v1_rows = make_v1_journal(journal_path)
    v1_columns = {t: c for t, c in columns_of(journal_path).items() if t in V1_TABLES}

    with Journal.open(journal_path) as journal:
        assert journal.schema_version == schema.latest_version()
        backup = journal.migrated_backup
        assert read(journal_path, columns=v1_columns) == v1_rows

        jose = journal.people.get(1)
        assert (jose.display_name, jose.nickname, jose.organization) == (
            "José Müller",
            "Zé",
            "Universität Zürich",
        )
        assert jose.birthday == date(1980, 2, 29)
        assert jose.photo == b"\x89PNG"
        assert jose.last_contact_at == datetime(2025, 1, 5, 10, tzinfo=UTC)
        assert jose.next_due_on == date(2025, 1, 15)
        assert [t.name for t in jose.tags] == ["Professors"]
        assert jose.skills_offered == ("Calligraphy",)
        assert jose.emails() == ["jose@uni.example"]
        ana = journal.people.get(2)
        assert (ana.archived, ana.potential_mentor_stage, ana.skills_sought) == (
            True,
            "contacted",
            ("Kayaking",),
        )
        assert journal.people.own_skills() == {"offers": ["Kayaking"], "seeks": []}
        goal = journal.goals.get(1)
        assert [(m.title, m.done_on) for m in goal.milestones] == [("Essay", date(2025, 2, 27))]
        assert [(m.person_id, m.role) for m in goal.members] == [(1, "mentor")]
        assert goal.skills == ("Calligraphy",)
        agreement = journal.mentorships.get(1)
        assert agreement.goal_ids == (1,)
        assert [(r.number, r.terms) for r in agreement.revisions] == [(1, {"status": "active"})]
        (action,) = journal.mentorships.actions()
        assert (action.title, action.entry_id, action.goal_id) == ("Send essay", 1, 1)
        entry = journal.entries.get(1)
        assert (entry.participant_ids, entry.goal_ids, entry.agreement_id) == ((1,), (1,), 1)

        # Migration 0002 indexed what version 1 already held.
        for typed, found in [
            ("jose", [1]),
            ("ze", [1]),
            ("zurich", [1]),
            ("lectur", [1]),
            ("origami", [1]),
            ("professors", [1]),
            ("callig", [1]),
            ("kayak", []),
        ]:
            assert journal.people.search(typed) == found, typed
        assert journal.people.search("kayak", include_archived=True) == [2]
        assert journal.people.search("ana", include_archived=True) == [2]
        assert journal.entries.page(text="crane").ids == (1,)
        assert journal.entries.page(text="kayaks").ids == (2,)
        assert journal.entries.page(text="origami zurich").ids == (1,)
        assert journal.check() == []

        # And the index keeps following after the upgrade.
        journal.people.update(1, organization="ETH")
        assert journal.people.search("zurich") == []
        assert journal.people.search("eth") == [1]

    assert backup is not None
    assert backup.parent == journal_path.parent
    assert re.fullmatch(r"journal\.v1-\d{8}T\d{12}Z\.bak\.db", backup.name), backup.name
    assert user_version(backup) == 1
    assert read(backup) == v1_rows  # the very same rows, and no search tables yet
    con = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def test_backup_name_carries_version_and_time() -> None:
    when = datetime(2026, 11, 24, 10, 15, 0, 123456, tzinfo=UTC)
    got = schema.backup_path_for(Path("/data/journal.db"), 1, when)
    assert got == Path("/data/journal.v1-20261124T101500123456Z.bak.db")


def test_a_fresh_journal_is_not_backed_up(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        assert journal.migrated_backup is None
        assert journal.schema_version == schema.latest_version()
    names = sorted(p.name for p in journal_path.parent.iterdir())
    assert names == ["journal.db"]


def test_an_up_to_date_journal_is_not_backed_up_again(journal_path: Path) -> None:
    make_v1_journal(journal_path)
    Journal.open(journal_path).close()
    before = sorted(p.name for p in journal_path.parent.iterdir())
    with Journal.open(journal_path) as journal:
        assert journal.migrated_backup is None
    assert sorted(p.name for p in journal_path.parent.iterdir()) == before
    assert len(before) == 2  # the journal and its one backup


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_journal_from_a_newer_program_is_refused_untouched(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.people.create("Ana")
    con = sqlite3.connect(journal_path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = digest(journal_path)
    names = sorted(p.name for p in journal_path.parent.iterdir())

    with pytest.raises(SchemaTooNew) as caught:
        Journal.open(journal_path)

    assert str(journal_path) in str(caught.value)
    assert "99" in str(caught.value)
    assert digest(journal_path) == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == names
    assert store_db.database_proxy.obj is None


def test_a_newer_journal_in_rollback_mode_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO person VALUES (1, 'Ana')")
    con.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(SchemaTooNew):
        Journal.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.db"]


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places VALUES (1, 'https://example.org')")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(JournalError) as caught:
        Journal.open(path)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]


def test_an_empty_existing_file_becomes_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Journal.open(path) as journal:
        assert journal.schema_version == schema.latest_version()
        assert journal.migrated_backup is None


def _step(version: int, name: str, body: Any) -> schema.Migration:
    return schema.Migration(version, name, body)


def test_a_failing_step_leaves_the_journal_at_the_version_before(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(journal_path) as journal:
        journal.people.create("Ana")
    real = schema.load_migrations()
    before = read(journal_path)

    def good(db: Any) -> None:
        db.execute_sql("CREATE TABLE step_three (x INTEGER)")
        db.execute_sql("INSERT INTO step_three VALUES (3)")

    def bad(db: Any) -> None:
        db.execute_sql("CREATE TABLE step_four (x INTEGER)")
        db.execute_sql("UPDATE person SET display_name = 'half-done'")
        db.execute_sql("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(
        schema,
        "load_migrations",
        lambda: [
            *real,
            _step(len(real) + 1, "m9998_good", good),
            _step(len(real) + 2, "m9999_bad", bad),
        ],
    )
    with pytest.raises(JournalError) as caught:
        Journal.open(journal_path)
    message = str(caught.value)
    assert str(journal_path) in message
    assert str(len(real) + 2) in message
    assert store_db.database_proxy.obj is None

    assert user_version(journal_path) == len(real) + 1
    after = read(journal_path)
    assert after["step_three"] == [(3,)]
    assert "step_four" not in after
    assert after["person"] == before["person"]
    backups = [p for p in journal_path.parent.iterdir() if ".bak" in p.name]
    assert len(backups) == 1
    assert user_version(backups[0]) == len(real)
    assert read(backups[0]) == before


def test_a_bug_in_a_step_is_not_disguised_but_still_rolls_back(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Journal.open(journal_path).close()
    real = schema.load_migrations()

    def buggy(db: Any) -> None:
        db.execute_sql("CREATE TABLE step_three (x INTEGER)")
        raise RuntimeError("a bug in the migration")

    monkeypatch.setattr(
        schema, "load_migrations", lambda: [*real, _step(len(real) + 1, "m9999", buggy)]
    )
    db = store_db.connect(journal_path)
    try:
        with pytest.raises(RuntimeError):
            schema.migrate(db)
        assert schema.current_version(db) == len(real)
        assert not db.table_exists("step_three")
    finally:
        store_db.close(db)


def test_migrating_part_way_then_the_rest(journal_path: Path) -> None:
    make_v1_journal(journal_path)
    db = store_db.connect(journal_path)
    try:
        assert schema.migrate(db, target=1) is None  # nothing to do
        backup = schema.migrate(db)
        assert backup is not None
        assert backup.exists()
        assert schema.current_version(db) == schema.latest_version()
    finally:
        store_db.close(db)


def test_a_version_2_journal_upgrades_to_3_with_a_backup_and_rows_intact(
    journal_path: Path,
) -> None:
    make_v1_journal(journal_path)
    db = store_db.connect(journal_path)
    try:
        schema.migrate(db, target=2)
    finally:
        store_db.close(db)
    for backup in journal_path.parent.glob("*.bak.db"):
        backup.unlink()  # only the backup made on the way from 2 to 3 is of interest
    assert user_version(journal_path) == 2
    # The search indexes' own tables are merged by version 4 (see below): compared apart.
    v2_columns = without_search_tables(columns_of(journal_path))
    v2_rows = read(journal_path, columns=v2_columns)

    with Journal.open(journal_path, create=False) as journal:
        backups = sorted(journal_path.parent.glob("*.bak.db"))
        assert journal.schema_version == schema.latest_version()
        assert read(journal_path, columns=v2_columns) == v2_rows
        # The timeline reads the upgraded journal through its new indexes.
        kinds = [(i.kind, i.item_id) for i in journal.timeline.page().items]
        assert ("entry", 1) in kinds
        assert ("milestone_reached", 1) in kinds
    # One backup, made before the first step (2 to 3), holding version 2 as it was.
    (backup,) = backups
    assert user_version(backup) == 2
    assert read(backup, columns=v2_columns) == v2_rows
    con = sqlite3.connect(f"file:{journal_path}?mode=ro", uri=True)
    try:
        indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        con.close()
    assert {"goal_created", "goal_achieved", "agreement_started", "agreement_ended"} <= indexes
    assert {"agreement_review", "agreement_revision_created", "agreement_ended_undated"} <= indexes


# --- the models describe the real tables ------------------------------------------------


def table_info(path: Path) -> dict[str, dict[str, tuple[str, bool]]]:
    """table → column → (declared type, not null), generated columns included."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                " AND name NOT LIKE 'person_search%' AND name NOT LIKE 'entry_search%'"
                " AND name NOT LIKE 'entry_detail_search%'"
            )
        ]
        return {
            t: {row[1]: (row[2], bool(row[3])) for row in con.execute(f'PRAGMA table_xinfo("{t}")')}
            for t in tables
        }
    finally:
        con.close()


def foreign_keys(path: Path, table: str) -> dict[str, tuple[str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            row[3]: (row[2], row[6]) for row in con.execute(f'PRAGMA foreign_key_list("{table}")')
        }
    finally:
        con.close()


def test_every_table_has_a_model_and_every_field_a_column(journal: Journal) -> None:
    info = table_info(journal.path)
    models = {m._meta.table_name: m for m in ALL_MODELS}
    assert set(models) == set(info)
    for table, model in models.items():
        columns = info[table]
        for field in model._meta.sorted_fields:
            assert field.column_name in columns, f"{table}.{field.column_name}"
            declared_not_null = columns[field.column_name][1]
            if not field.primary_key:
                assert declared_not_null == (not field.null), f"{table}.{field.column_name}"
        assert set(columns) == {f.column_name for f in model._meta.sorted_fields}, table


def test_foreign_keys_of_the_models_match_the_tables(journal: Journal) -> None:
    for model in ALL_MODELS:
        table = model._meta.table_name
        actual = foreign_keys(journal.path, table)
        expected = {
            f.column_name: (f.rel_model._meta.table_name, f.on_delete)
            for f in model._meta.sorted_fields
            if isinstance(f, ForeignKeyField)
        }
        assert actual == expected, table


def test_a_version_3_journal_upgrades_to_4_with_outreach_steps_dated(journal_path: Path) -> None:
    make_v1_journal(journal_path)
    db = store_db.connect(journal_path)
    try:
        schema.migrate(db, target=3)
    finally:
        store_db.close(db)
    v3_columns = without_search_tables(columns_of(journal_path))
    v3_rows = read(journal_path, columns=v3_columns)

    with Journal.open(journal_path, create=False) as journal:
        assert journal.schema_version == schema.latest_version()
        assert read(journal_path, columns=v3_columns) == v3_rows
        (row,) = journal.outreach.rows()
        # The last step of an approach made before version 4 is its last change.
        assert (row.display_name, row.stage, row.stage_on) == (
            "Ana Silva",
            "contacted",
            date(2025, 1, 2),
        )
        assert journal.entries.get(1).shareable is False
        assert journal.people.get(1).is_self is False
        assert journal.goals.get(1).celebrated_on is None
        assert journal.mentorships.get(1).reviews == ()
        assert journal.check() == []
    assert {"review", "entry_part"} <= set(columns_of(journal_path))
