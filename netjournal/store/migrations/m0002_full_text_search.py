"""Full-text search: FTS5 indexes over people and entries, kept in step by triggers.

People are indexed from several tables (names, organization, role, notes, tag and
skill names), so their index holds its own copy of the text; entries index their
own columns through an external-content table. The triggers run inside the
writing transaction, so the index can never lag behind what was saved.
"""

from __future__ import annotations

from typing import Any

_TOKENIZE = 'tokenize = "unicode61 remove_diacritics 2"'

_PERSON_TAGS = """(SELECT group_concat(t.name, ' ') FROM person_tag pt
    JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = {pid})"""
_PERSON_SKILLS = """(SELECT group_concat(s.name, ' ') FROM person_skill ps
    JOIN skill s ON s.id = ps.skill_id WHERE ps.person_id = {pid})"""


def _refresh_tags(pid: str) -> str:
    return f"UPDATE person_search SET tags = coalesce({_PERSON_TAGS.format(pid=pid)}, '') WHERE rowid = {pid};"


def _refresh_skills(pid: str) -> str:
    return (
        f"UPDATE person_search SET skills = coalesce({_PERSON_SKILLS.format(pid=pid)}, '') "
        f"WHERE rowid = {pid};"
    )


STATEMENTS = [
    f"""CREATE VIRTUAL TABLE person_search USING fts5(
        name, organization, role, notes, tags, skills,
        {_TOKENIZE}, prefix = '2 3')""",
    f"""CREATE VIRTUAL TABLE entry_search USING fts5(
        title, body, content = 'entry', content_rowid = 'id', {_TOKENIZE})""",
    """CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
        INSERT INTO person_search (rowid, name, organization, role, notes, tags, skills)
        VALUES (new.id, trim(new.display_name || ' ' || new.nickname), new.organization,
                new.role, new.notes, '', '');
    END""",
    """CREATE TRIGGER person_search_update
    AFTER UPDATE OF display_name, nickname, organization, role, notes ON person BEGIN
        UPDATE person_search SET name = trim(new.display_name || ' ' || new.nickname),
            organization = new.organization, role = new.role, notes = new.notes
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
        DELETE FROM person_search WHERE rowid = old.id;
    END""",
    f"CREATE TRIGGER person_tag_search_insert AFTER INSERT ON person_tag BEGIN "
    f"{_refresh_tags('new.person_id')} END",
    f"CREATE TRIGGER person_tag_search_delete AFTER DELETE ON person_tag BEGIN "
    f"{_refresh_tags('old.person_id')} END",
    f"""CREATE TRIGGER tag_search_rename AFTER UPDATE OF name ON tag BEGIN
        UPDATE person_search SET tags = coalesce({_PERSON_TAGS.format(pid="person_search.rowid")}, '')
        WHERE rowid IN (SELECT person_id FROM person_tag WHERE tag_id = new.id);
    END""",
    f"CREATE TRIGGER person_skill_search_insert AFTER INSERT ON person_skill BEGIN "
    f"{_refresh_skills('new.person_id')} END",
    f"CREATE TRIGGER person_skill_search_delete AFTER DELETE ON person_skill BEGIN "
    f"{_refresh_skills('old.person_id')} END",
    f"""CREATE TRIGGER skill_search_rename AFTER UPDATE OF name ON skill BEGIN
        UPDATE person_search
        SET skills = coalesce({_PERSON_SKILLS.format(pid="person_search.rowid")}, '')
        WHERE rowid IN (SELECT person_id FROM person_skill WHERE skill_id = new.id);
    END""",
    """CREATE TRIGGER entry_search_insert AFTER INSERT ON entry BEGIN
        INSERT INTO entry_search (rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER entry_search_delete AFTER DELETE ON entry BEGIN
        INSERT INTO entry_search (entry_search, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER entry_search_update AFTER UPDATE OF title, body ON entry BEGIN
        INSERT INTO entry_search (entry_search, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO entry_search (rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    # Backfill: a journal upgraded from version 1 already holds people and entries.
    f"""INSERT INTO person_search (rowid, name, organization, role, notes, tags, skills)
    SELECT p.id, trim(p.display_name || ' ' || p.nickname), p.organization, p.role, p.notes,
        coalesce({_PERSON_TAGS.format(pid="p.id")}, ''),
        coalesce({_PERSON_SKILLS.format(pid="p.id")}, '')
    FROM person p""",
    "INSERT INTO entry_search (entry_search) VALUES ('rebuild')",
]


def up(db: Any) -> None:
    """Create the search indexes and triggers, and index what the journal holds."""
    for statement in STATEMENTS:
        db.execute_sql(statement)
