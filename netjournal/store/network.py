"""Queries for the network map: who is linked to me by a shared goal or a mentorship.

Plain SQL, read only. Lists of ids go in as one JSON array (`json_each`), so a map
of 2,000 people is one statement per table, not a few hundred batches of parameters.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from netjournal.store.db import database_proxy as db

# A declined agreement never became a relationship: it links nobody.
UNLINKING_STATUS = "declined"


def _ids(ids: Sequence[int]) -> str:
    return json.dumps(list(ids))


def self_person() -> dict[str, Any] | None:
    """The journal owner's own card, with how many entries it takes part in."""
    row = db.execute_sql(
        "SELECT p.id, p.display_name, p.organization, p.last_contact_at, "
        "(SELECT count(*) FROM entry_participant ep WHERE ep.person_id = p.id) "
        "FROM person p WHERE p.is_self = 1 LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return _person(row)


def _person(row: Sequence[Any]) -> dict[str, Any]:
    last = row[3]
    return {
        "id": row[0],
        "name": row[1],
        "organization": row[2],
        # Stored as fixed-width UTC text (`models.format_utc`).
        "last_contact_at": None if last is None else datetime.fromisoformat(last + "+00:00"),
        "interactions": row[4],
    }


def linked_people(
    tag_id: int | None, goal_id: int | None, limit: int
) -> tuple[list[dict[str, Any]], int]:
    """The people linked to me (not archived, not my own card), most interactions first,
    at most `limit` of them, and how many there are in all.

    Linked: a member of a goal, or the counterpart of an agreement that was not
    declined. With `goal_id`, only that goal's members; with `tag_id`, only people
    with that tag. The interaction count is one range of the entry_participant
    index per person (`entry_participant_person`), and the total comes from the
    same query (a window count), so the list is read once. CROSS JOIN keeps the
    linked few driving the join: left to itself, SQLite walks every person who is
    not archived (100,000) and probes the linked set, fifteen times slower.
    """
    params: list[Any] = []
    if goal_id is not None:
        linked = "SELECT person_id FROM goal_member WHERE goal_id = ?"
        params.append(goal_id)
    else:
        linked = (
            "SELECT person_id FROM goal_member UNION "
            "SELECT person_id FROM agreement WHERE status <> ?"
        )
        params.append(UNLINKING_STATUS)
    where = ["p.archived = 0", "p.is_self = 0"]
    if tag_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM person_tag pt WHERE pt.person_id = p.id AND pt.tag_id = ?)"
        )
        params.append(tag_id)
    params.append(limit)
    rows = db.execute_sql(
        f"WITH linked(person_id) AS ({linked}), "
        "counted AS (SELECT p.id, p.display_name, p.organization, p.last_contact_at, "
        "(SELECT count(*) FROM entry_participant ep WHERE ep.person_id = p.id) AS interactions "
        f"FROM linked CROSS JOIN person p ON p.id = linked.person_id WHERE {' AND '.join(where)}) "
        "SELECT id, display_name, organization, last_contact_at, interactions, "
        "count(*) OVER () FROM counted ORDER BY interactions DESC, id LIMIT ?",
        params,
    ).fetchall()
    total = rows[0][5] if rows else 0
    return [_person(row) for row in rows], total


def memberships(person_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(goal id, person id) of every goal membership of these people, by goal then person."""
    if not person_ids:
        return []
    return db.execute_sql(
        "SELECT gm.goal_id, gm.person_id FROM goal_member gm "
        "WHERE gm.person_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY gm.goal_id, gm.person_id",
        (_ids(person_ids),),
    ).fetchall()


def agreements_with(person_ids: Sequence[int]) -> list[dict[str, Any]]:
    """The agreements (not declined) whose counterpart is one of these people."""
    if not person_ids:
        return []
    query = db.execute_sql(
        "SELECT id, person_id, my_role, status FROM agreement "
        "WHERE status <> ? AND person_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (UNLINKING_STATUS, _ids(person_ids)),
    )
    return [
        {"id": aid, "person_id": pid, "my_role": role, "status": status}
        for aid, pid, role, status in query
    ]


def goal_titles(goal_ids: Sequence[int]) -> dict[int, str]:
    if not goal_ids:
        return {}
    return dict(
        db.execute_sql(
            "SELECT id, title FROM goal WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(goal_ids),),
        ).fetchall()
    )


def tag_links(person_ids: Sequence[int]) -> list[tuple[int, int]]:
    """(person id, tag id) of these people's tags."""
    if not person_ids:
        return []
    return db.execute_sql(
        "SELECT person_id, tag_id FROM person_tag "
        "WHERE person_id IN (SELECT value FROM json_each(?))",
        (_ids(person_ids),),
    ).fetchall()


def all_tags() -> list[dict[str, Any]]:
    """Every tag (a handful): id, name, colour, is_circle, sorted by name."""
    query = db.execute_sql(
        "SELECT id, name, colour, is_circle FROM tag ORDER BY casefold(name), id"
    )
    return [
        {"id": tid, "name": name, "colour": colour, "is_circle": bool(circle)}
        for tid, name, colour, circle in query
    ]


def shared_goals() -> list[tuple[int, str]]:
    """(id, title) of the goals with at least one member who is not archived, by title."""
    return db.execute_sql(
        "SELECT g.id, g.title FROM goal g WHERE EXISTS (SELECT 1 FROM goal_member gm "
        "JOIN person p ON p.id = gm.person_id WHERE gm.goal_id = g.id AND p.archived = 0) "
        "ORDER BY casefold(g.title), g.id"
    ).fetchall()
