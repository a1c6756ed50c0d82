"""Queries for give and get: who helped whom with each person, and matches of skills.

The tallies are one aggregate over the entries that say who helped whom
(`entry.helped IS NOT NULL`) joined to their participants. At 100,000 people
and 1,000,000 entries (300,000 of them with a "who helped whom") that is
about 0.8 s, and no index makes it much faster: the entries are found in a scan
of `entry` (0.1 s; a partial index on the helped entries would make that 25 ms),
the participants through `entry_participant`'s primary key, and most of the time
goes to grouping 450,000 rows by person. So the domain runs it once a session
and keeps the tallies up to date person by person (`person_tallies`, one range
of `entry_participant_person` each: 30 ms for someone in 22,000 entries).

Matches look among a pool of people: the `pool` most recently in touch (the
`person_last_contact` index, newest first) and the members of active goals,
never archived people nor me. In a journal of fewer people than the pool that
is everyone; at 100,000 people it bounds the work (pairs of contacts grow with
the square of the pool) to a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from netjournal.store.db import database_proxy as db

# A tally row: (person id, how often I helped, they helped, we helped each other, the
# newest occurred_at text of each (NULL for none), and the newest of all as a Julian day
# number, which sorts without parsing).
Tally = tuple[int, int, int, int, str | None, str | None, str | None, float]

# Grouped by person and "who helped whom" (the entries found in one scan of `entry`, their
# participants through `entry_participant`'s key), then turned into one row a person: the
# second grouping reads the first one's rows in their order, so it costs next to nothing.
_PIVOT = (
    "SELECT pid, sum(iif(h = 'i_helped', n, 0)), sum(iif(h = 'they_helped', n, 0)), "
    " sum(iif(h = 'mutual', n, 0)), max(iif(h = 'i_helped', o, NULL)), "
    " max(iif(h = 'they_helped', o, NULL)), max(iif(h = 'mutual', o, NULL)), julianday(max(o)) "
    "FROM ({grouped}) GROUP BY pid"
)
_TALLY = _PIVOT.format(
    grouped="SELECT ep.person_id AS pid, e.helped AS h, count(*) AS n, max(e.occurred_at) AS o "
    "FROM entry e CROSS JOIN entry_participant ep ON ep.entry_id = e.id "
    "WHERE e.helped IS NOT NULL GROUP BY ep.person_id, e.helped"
)
_PERSON_TALLY = _PIVOT.format(
    grouped="SELECT ep.person_id AS pid, e.helped AS h, count(*) AS n, max(e.occurred_at) AS o "
    "FROM entry_participant ep INDEXED BY entry_participant_person "
    "JOIN entry e ON e.id = ep.entry_id "
    "WHERE ep.person_id IN ({ids}) AND e.helped IS NOT NULL GROUP BY ep.person_id, e.helped"
)


_CHUNK = 500


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values)) or "NULL"


def all_tallies() -> list[Tally]:
    """How often each side helped, and when last, for every person in a helped entry."""
    return list(db.execute_sql(_TALLY))


def person_tallies(person_ids: Sequence[int]) -> list[Tally]:
    """The same tallies for a few people (those a change touched)."""
    if not person_ids:
        return []
    sql = _PERSON_TALLY.replace("{ids}", _marks(person_ids))
    return list(db.execute_sql(sql, list(person_ids)))


def hidden_people(person_ids: Sequence[int] | None = None) -> set[int]:
    """People left out of give and get: archived ones and me (of `person_ids`, or all)."""
    sql = "SELECT id FROM person WHERE (archived = 1 OR is_self = 1)"
    if person_ids is None:
        return {row[0] for row in db.execute_sql(sql)}
    found = db.execute_sql(f"{sql} AND id IN ({_marks(person_ids)})", list(person_ids))
    return {row[0] for row in found}


def existing_people(person_ids: Sequence[int]) -> set[int]:
    if not person_ids:
        return set()
    found = db.execute_sql(
        f"SELECT id FROM person WHERE id IN ({_marks(person_ids)})", list(person_ids)
    )
    return {row[0] for row in found}


def participants_of(entry_ids: Sequence[int]) -> set[int]:
    """The people taking part in these entries."""
    if not entry_ids:
        return set()
    found = db.execute_sql(
        f"SELECT DISTINCT person_id FROM entry_participant WHERE entry_id IN ({_marks(entry_ids)})",
        list(entry_ids),
    )
    return {row[0] for row in found}


def display_names(person_ids: Sequence[int]) -> dict[int, str]:
    """The names of these people, a few hundred ids a query (a list scrolled far down
    asks for tens of thousands; SQLite takes at most 32,766 parameters)."""
    found: dict[int, str] = {}
    ids = list(person_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(
            db.execute_sql(
                f"SELECT id, display_name FROM person WHERE id IN ({_marks(chunk)})", chunk
            ).fetchall()
        )
    return found


# --- matches ------------------------------------------------------------------------------

# The pool: the people most recently in touch, and the members of active goals.
_POOL = """pool(id) AS (
    SELECT id FROM (SELECT id FROM person INDEXED BY person_last_contact
        WHERE archived = 0 AND is_self = 0
        ORDER BY last_contact_at DESC, id DESC LIMIT ?1)
    UNION
    SELECT gm.person_id FROM goal g JOIN goal_member gm ON gm.goal_id = g.id
        JOIN person p ON p.id = gm.person_id
        WHERE g.status = 'active' AND p.archived = 0 AND p.is_self = 0)"""


def goal_helpers(pool: int) -> list[dict[str, Any]]:
    """People of the pool who offer a skill an active goal needs: one row per person and
    goal, with those skills; most skills first, then members of the goal, then the most
    recently in touch."""
    cursor = db.execute_sql(
        f"WITH {_POOL} "
        "SELECT g.id, g.title, p.id, p.display_name, group_concat(s.name, char(31)), "
        " EXISTS (SELECT 1 FROM goal_member gm WHERE gm.goal_id = g.id AND gm.person_id = p.id)"
        " AS member, p.last_contact_at "
        "FROM pool JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'offers' "
        "JOIN goal_skill gs ON gs.skill_id = ps.skill_id "
        "JOIN goal g ON g.id = gs.goal_id AND g.status = 'active' "
        "JOIN person p ON p.id = pool.id JOIN skill s ON s.id = ps.skill_id "
        "GROUP BY g.id, p.id "
        "ORDER BY count(*) DESC, member DESC, p.last_contact_at IS NULL, p.last_contact_at DESC, "
        " p.display_name COLLATE NOCASE, p.id, lower(g.title), g.id",
        (pool,),
    )
    return [
        {
            "goal_id": row[0],
            "goal_title": row[1],
            "person_id": row[2],
            "display_name": row[3],
            "skills": _skills(row[4]),
            "member": bool(row[5]),
            "last_contact_at": row[6],
        }
        for row in cursor
    ]


def seekers_of_mine(pool: int) -> list[dict[str, Any]]:
    """People of the pool who look for a skill I offer, with those skills; most skills
    first, then the most recently in touch."""
    cursor = db.execute_sql(
        f"WITH {_POOL} "
        "SELECT p.id, p.display_name, group_concat(s.name, char(31)), p.last_contact_at "
        "FROM pool JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'seeks' "
        "JOIN own_skill os ON os.skill_id = ps.skill_id AND os.direction = 'offers' "
        "JOIN person p ON p.id = pool.id JOIN skill s ON s.id = ps.skill_id "
        "GROUP BY p.id "
        "ORDER BY count(*) DESC, p.last_contact_at IS NULL, p.last_contact_at DESC, "
        " p.display_name COLLATE NOCASE, p.id",
        (pool,),
    )
    return [
        {
            "person_id": row[0],
            "display_name": row[1],
            "skills": _skills(row[2]),
            "last_contact_at": row[3],
        }
        for row in cursor
    ]


def offer_seek_pairs(pool: int) -> list[tuple[int, int, tuple[str, ...]]]:
    """(offering person, seeking person, skills) for every two people of the pool where
    the first offers a skill the second looks for."""
    # The pool's offers and needs first, each a few thousand rows at most, then matched
    # on the skill (an automatic index): never every seeker of a skill in the journal.
    cursor = db.execute_sql(
        f"WITH {_POOL}, "
        "offers AS MATERIALIZED (SELECT ps.person_id, ps.skill_id FROM pool "
        " JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'offers'), "
        "seeks AS MATERIALIZED (SELECT ps.person_id, ps.skill_id FROM pool "
        " JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'seeks') "
        "SELECT o.person_id, k.person_id, group_concat(s.name, char(31)) "
        "FROM offers o JOIN seeks k ON k.skill_id = o.skill_id AND k.person_id <> o.person_id "
        "JOIN skill s ON s.id = o.skill_id GROUP BY o.person_id, k.person_id",
        (pool,),
    )
    return [(row[0], row[1], _skills(row[2])) for row in cursor]


def people_facts(person_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """For pairing: each person's name, last contact (a Julian day number, None for
    never), tags (name → is_circle) and active goals (id → title)."""
    if not person_ids:
        return {}
    ids = list(person_ids)
    marks = _marks(ids)
    facts: dict[int, dict[str, Any]] = {
        row[0]: {"display_name": row[1], "contact_day": row[2], "tags": {}, "goals": {}}
        for row in db.execute_sql(
            f"SELECT id, display_name, julianday(last_contact_at) FROM person "
            f"WHERE id IN ({marks})",
            ids,
        )
    }
    for person_id, name, circle in db.execute_sql(
        f"SELECT pt.person_id, t.name, t.is_circle FROM person_tag pt JOIN tag t "
        f"ON t.id = pt.tag_id WHERE pt.person_id IN ({marks})",
        ids,
    ):
        facts[person_id]["tags"][name] = bool(circle)
    for person_id, goal_id, title in db.execute_sql(
        f"SELECT gm.person_id, g.id, g.title FROM goal_member gm JOIN goal g ON g.id = gm.goal_id "
        f"WHERE g.status = 'active' AND gm.person_id IN ({marks})",
        ids,
    ):
        facts[person_id]["goals"][goal_id] = title
    return facts


def matching_context() -> dict[str, Any]:
    """What fills the matches: the skills I offer, how many active goals name a needed
    skill, how many people offer or look for any skill."""
    offers = [
        row[0]
        for row in db.execute_sql(
            "SELECT s.name FROM own_skill os JOIN skill s ON s.id = os.skill_id "
            "WHERE os.direction = 'offers' ORDER BY lower(s.name)"
        )
    ]
    goals = db.execute_sql(
        "SELECT count(DISTINCT g.id) FROM goal g JOIN goal_skill gs ON gs.goal_id = g.id "
        "WHERE g.status = 'active'"
    ).fetchone()[0]
    return {"my_offers": tuple(offers), "goals_needing_skills": goals}


def _skills(joined: str) -> tuple[str, ...]:
    return tuple(sorted(set(joined.split("\x1f")), key=str.casefold))
