"""Queries and writes for goals, their milestones, members and needed skills."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from peewee import fn

from netjournal.store import snapshots
from netjournal.store.db import database_proxy as db
from netjournal.store.models import Goal, GoalMember, GoalSkill, Milestone, Person, Skill, utc_now

GOAL_SORTS = {  # sort key → SQL over goal g
    "title": "lower(g.title)",
    "status": "g.status",
    "category": "g.category",
    "target": "g.target_on",
    # As the list shows it: from the milestones when there are any, else set by hand.
    "progress": "(CASE WHEN milestones_total > 0 THEN 100.0 * milestones_done / milestones_total"
    " ELSE g.progress END)",
    "created": "g.created_at",
}


def insert_goal(fields: dict[str, Any]) -> int:
    return Goal.insert(**fields).execute()


def update_goal(goal_id: int, fields: dict[str, Any]) -> int:
    return Goal.update(**fields, updated_at=utc_now()).where(Goal.id == goal_id).execute()


def delete_goal(goal_id: int) -> int:
    return Goal.delete().where(Goal.id == goal_id).execute()


def uuid_taken(uuid: str) -> bool:
    return snapshots.uuid_taken("goal", uuid)


def existing_goal_ids(ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    return {row[0] for row in Goal.select(Goal.id).where(Goal.id.in_(list(ids))).tuples()}


def goal_links(goal_id: int) -> dict[str, list[int]]:
    """What deleting the goal takes along (its action items) or changes."""
    queries = {
        "action": "SELECT id FROM action_item WHERE goal_id = ?",
        "entry": "SELECT entry_id FROM entry_goal WHERE goal_id = ?",
        "agreement": "SELECT agreement_id FROM agreement_goal WHERE goal_id = ?",
        "person": "SELECT person_id FROM goal_member WHERE goal_id = ?",
    }
    return {
        kind: [row[0] for row in db.execute_sql(sql, (goal_id,))] for kind, sql in queries.items()
    }


def get_goal(goal_id: int) -> dict[str, Any] | None:
    row = Goal.select().where(Goal.id == goal_id).dicts().first()
    if row is None:
        return None
    row["milestones"] = list(
        Milestone.select(
            Milestone.id,
            Milestone.uuid,
            Milestone.title,
            Milestone.due_on,
            Milestone.done_on,
            Milestone.position,
        )
        .where(Milestone.goal == goal_id)
        .order_by(Milestone.position, Milestone.id)
        .dicts()
    )
    row["members"] = list(
        GoalMember.select(
            GoalMember.person.alias("person_id"), Person.display_name, GoalMember.role
        )
        .join(Person)
        .where(GoalMember.goal == goal_id)
        .order_by(fn.lower(Person.display_name))
        .dicts()
    )
    row["skills"] = [
        r[0]
        for r in GoalSkill.select(Skill.name)
        .join(Skill)
        .where(GoalSkill.goal == goal_id)
        .order_by(fn.lower(Skill.name))
        .tuples()
    ]
    return row


def insert_milestone(goal_id: int, fields: dict[str, Any]) -> int:
    position = (
        Milestone.select(fn.coalesce(fn.max(Milestone.position) + 1, 0))
        .where(Milestone.goal == goal_id)
        .scalar()
    )
    return Milestone.insert(goal=goal_id, position=position, **fields).execute()


def update_milestone(milestone_id: int, fields: dict[str, Any]) -> int:
    return (
        Milestone.update(**fields, updated_at=utc_now())
        .where(Milestone.id == milestone_id)
        .execute()
    )


def delete_milestone(milestone_id: int) -> int:
    return Milestone.delete().where(Milestone.id == milestone_id).execute()


def milestone_goal_id(milestone_id: int) -> int | None:
    return Milestone.select(Milestone.goal).where(Milestone.id == milestone_id).scalar()


def set_member(goal_id: int, person_id: int, role: str | None) -> None:
    """Add or change a member's role; None removes the member."""
    GoalMember.delete().where(
        (GoalMember.goal == goal_id) & (GoalMember.person == person_id)
    ).execute()
    if role is not None:
        GoalMember.insert(goal=goal_id, person=person_id, role=role).execute()


def set_goal_skills(goal_id: int, skill_ids: Sequence[int]) -> None:
    GoalSkill.delete().where(GoalSkill.goal == goal_id).execute()
    if skill_ids:
        GoalSkill.insert_many([{"goal": goal_id, "skill": s} for s in set(skill_ids)]).execute()


def goal_rows(
    sort: str = "target",
    descending: bool = False,
    status: str | None = None,
    category: str | None = None,
    member_id: int | None = None,
    horizon: str | None = None,
    ids: Sequence[int] | None = None,
) -> list[dict[str, Any]]:
    """Every goal matching the filters with its milestone and member counts, sorted in SQL.

    The rows are the goals list's own (`GoalRow` adopts them): dates already parsed.
    """
    where: list[str] = []
    params: list[Any] = []
    for column, value in (("status", status), ("category", category), ("horizon", horizon)):
        if value:
            where.append(f"g.{column} = ?")
            params.append(value)
    if ids is not None:
        where.append(f"g.id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params.extend(ids)
    if member_id is not None:
        where.append("g.id IN (SELECT goal_id FROM goal_member WHERE person_id = ?)")
        params.append(member_id)
    key = GOAL_SORTS[sort]
    order = f"{key} IS NULL, {key} {'DESC' if descending else 'ASC'}, g.id"
    cursor = db.execute_sql(
        f"SELECT {_GOAL_ROW_COLUMNS} FROM goal g "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}",
        params,
    )
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor]
    for row in rows:
        for name in ("start_on", "target_on", "achieved_on", "celebrated_on"):
            if row[name] is not None:
                row[name] = date.fromisoformat(row[name])
        members = [m.split("\x1f") for m in (row["member_list"] or "").split("\x1e") if m]
        members.sort(key=lambda m: (m[1].casefold(), int(m[0])))
        row["member_list"] = tuple((int(pid), name, role) for pid, name, role in members)
    return rows


# The milestones come from the milestone_goal index, the members from goal_member's key.
_GOAL_ROW_COLUMNS = """g.id, g.uuid, g.title, g.category, g.horizon, g.status, g.start_on,
    g.target_on, g.achieved_on, g.progress, g.celebrated_on,
    (SELECT count(*) FROM milestone m WHERE m.goal_id = g.id) AS milestones_total,
    (SELECT count(*) FROM milestone m WHERE m.goal_id = g.id AND m.done_on IS NOT NULL)
        AS milestones_done,
    (SELECT count(*) FROM goal_member gm WHERE gm.goal_id = g.id) AS members,
    (SELECT group_concat(gm.person_id || char(31) || p.display_name || char(31) || gm.role,
        char(30)) FROM goal_member gm JOIN person p ON p.id = gm.person_id
        WHERE gm.goal_id = g.id) AS member_list"""


def reorder_milestones(goal_id: int, milestone_ids: Sequence[int]) -> None:
    for position, milestone_id in enumerate(milestone_ids):
        Milestone.update(position=position, updated_at=utc_now()).where(
            (Milestone.id == milestone_id) & (Milestone.goal == goal_id)
        ).execute()


def milestone_ids(goal_id: int) -> list[int]:
    query = (
        Milestone.select(Milestone.id)
        .where(Milestone.goal == goal_id)
        .order_by(Milestone.position, Milestone.id)
        .tuples()
    )
    return [row[0] for row in query]


def could_help(goal_id: int, limit: int) -> list[dict[str, Any]]:
    """People (not archived, not me) who offer a skill the goal needs, most matches first."""
    cursor = db.execute_sql(
        "SELECT p.id, p.display_name, group_concat(s.name, char(31)) AS skills, "
        " EXISTS (SELECT 1 FROM goal_member gm WHERE gm.goal_id = ?1 AND gm.person_id = p.id)"
        " AS member "
        "FROM goal_skill gs JOIN skill s ON s.id = gs.skill_id "
        "JOIN person_skill ps ON ps.skill_id = gs.skill_id AND ps.direction = 'offers' "
        "JOIN person p ON p.id = ps.person_id "
        "WHERE gs.goal_id = ?1 AND p.archived = 0 AND p.is_self = 0 "
        "GROUP BY p.id ORDER BY count(*) DESC, member DESC, p.display_name COLLATE NOCASE, p.id "
        "LIMIT ?2",
        (goal_id, limit),
    )
    return [_suggestion(row) for row in cursor]


def i_could_help(goal_id: int) -> list[dict[str, Any]]:
    """Members of the goal who look for a skill I offer."""
    cursor = db.execute_sql(
        "SELECT p.id, p.display_name, group_concat(s.name, char(31)) AS skills, 1 AS member "
        "FROM goal_member gm JOIN person p ON p.id = gm.person_id "
        "JOIN person_skill ps ON ps.person_id = p.id AND ps.direction = 'seeks' "
        "JOIN own_skill os ON os.skill_id = ps.skill_id AND os.direction = 'offers' "
        "JOIN skill s ON s.id = ps.skill_id "
        "WHERE gm.goal_id = ?1 GROUP BY p.id "
        "ORDER BY count(*) DESC, p.display_name COLLATE NOCASE, p.id",
        (goal_id,),
    )
    return [_suggestion(row) for row in cursor]


def _suggestion(row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "person_id": row[0],
        "display_name": row[1],
        "skills": tuple(sorted(row[2].split("\x1f"), key=str.casefold)),
        "member": bool(row[3]),
    }


# --- deleting and undoing ----------------------------------------------------------------

_SNAPSHOT_QUERIES = (
    ("goal", "SELECT * FROM goal WHERE id = ?1"),
    ("milestone", "SELECT * FROM milestone WHERE goal_id = ?1"),
    ("goal_member", "SELECT * FROM goal_member WHERE goal_id = ?1"),
    ("goal_skill", "SELECT * FROM goal_skill WHERE goal_id = ?1"),
    ("agreement_goal", "SELECT * FROM agreement_goal WHERE goal_id = ?1"),
    ("entry_goal", "SELECT * FROM entry_goal WHERE goal_id = ?1"),
    ("action_item", "SELECT * FROM action_item WHERE goal_id = ?1"),
    (
        "reminder",
        "SELECT * FROM reminder WHERE goal_id = ?1 OR action_item_id IN "
        "(SELECT id FROM action_item WHERE goal_id = ?1)",
    ),
)


def snapshot_goal(goal_id: int) -> snapshots.Rows | None:
    found = snapshots.take(_SNAPSHOT_QUERIES, goal_id)
    return found if found["goal"] else None


def restore_goal(rows: snapshots.Rows) -> int:
    """Put a deleted goal back with its milestones and links to what still exists."""
    goal_id = snapshots.put_back("goal", rows["goal"][0])
    for row in rows["milestone"]:
        snapshots.put_back("milestone", {**row, "goal_id": goal_id})
    for table, key, linked in (
        ("goal_member", "person_id", "person"),
        ("goal_skill", "skill_id", "skill"),
        ("agreement_goal", "agreement_id", "agreement"),
        ("entry_goal", "entry_id", "entry"),
    ):
        alive = snapshots.existing(linked, rows[table], key)
        for row in rows[table]:
            if row[key] in alive:
                snapshots.put_back(table, {**row, "goal_id": goal_id})
    actions = rows["action_item"]
    people = snapshots.existing("person", actions, "person_id")
    agreements = snapshots.existing("agreement", actions, "agreement_id")
    entries = snapshots.existing("entry", actions, "entry_id")
    action_ids: dict[int, int] = {}
    for row in actions:
        if row["person_id"] is not None and row["person_id"] not in people:
            continue
        if row["agreement_id"] is not None and row["agreement_id"] not in agreements:
            continue
        values = {**row, "goal_id": goal_id}
        if row["entry_id"] is not None and row["entry_id"] not in entries:
            values["entry_id"] = None
        action_ids[row["id"]] = snapshots.put_back("action_item", values)
    snapshots.put_back_reminders(
        rows.get("reminder", []),
        {"goal_id": {rows["goal"][0]["id"]: goal_id}, "action_item_id": action_ids},
    )
    return goal_id
