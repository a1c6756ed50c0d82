"""Importing thousands of people without rewriting their search rows one tag at a time.

The person search index is kept by triggers: a person's row is written when the
person is, then rewritten for each tag and skill given them. With FTS5's
`secure-delete` on (m0004), each rewrite costs a flush of the index: a 10,000-card
import spent nine tenths of its time there. `search_pause` is an empty table; while
one operation holds a row in it (inside its own transaction, so no crash can leave it
there), the triggers that write a new person's search row stand aside, and the
operation writes each new person's row once, tags and skills included.
"""

from __future__ import annotations

from typing import Any

_PAUSED = "NOT EXISTS (SELECT 1 FROM search_pause)"

STATEMENTS = [
    "CREATE TABLE search_pause (one INTEGER PRIMARY KEY CHECK (one = 1)) STRICT",
    "DROP TRIGGER person_search_insert",
    f"""CREATE TRIGGER person_search_insert AFTER INSERT ON person WHEN {_PAUSED} BEGIN
        INSERT INTO person_search (rowid, name, organization, role, notes, tags, skills)
        VALUES (new.id, trim(new.display_name || ' ' || new.nickname), new.organization,
                new.role, new.notes, '', '');
    END""",
    "DROP TRIGGER person_tag_search_insert",
    f"""CREATE TRIGGER person_tag_search_insert AFTER INSERT ON person_tag WHEN {_PAUSED}
    BEGIN UPDATE person_search SET tags = coalesce((SELECT group_concat(t.name, ' ')
        FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = new.person_id),
        '') WHERE rowid = new.person_id;
    END""",
    "DROP TRIGGER person_skill_search_insert",
    f"""CREATE TRIGGER person_skill_search_insert AFTER INSERT ON person_skill WHEN {_PAUSED}
    BEGIN UPDATE person_search SET skills = coalesce((SELECT group_concat(s.name, ' ')
        FROM person_skill ps JOIN skill s ON s.id = ps.skill_id
        WHERE ps.person_id = new.person_id), '') WHERE rowid = new.person_id;
    END""",
]


def up(db: Any) -> None:
    """Let a bulk insert of people write their search rows itself, once each."""
    for statement in STATEMENTS:
        db.execute_sql(statement)
