"""Queries and writes for mentorship agreements, their revisions, and action items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from peewee import fn

from netjournal.store import snapshots
from netjournal.store.db import database_proxy as db
from netjournal.store.models import (
    ActionItem,
    Agreement,
    AgreementGoal,
    AgreementRevision,
    EntryPart,
    Review,
    format_utc,
    utc_now,
)

# Entries of an agreement that count as a session of it (netjournal.journal.vocab.MEETING_KINDS).
MEETING_KINDS = ("session", "meeting", "call", "coffee", "study_session", "review")
_MEETINGS = ", ".join(f"'{kind}'" for kind in MEETING_KINDS)

# The last session of agreement `a`, from the entry_agreement index range.
LAST_SESSION_SQL = (
    "(SELECT max(e.occurred_at) FROM entry e "
    f"WHERE e.agreement_id = a.id AND e.kind IN ({_MEETINGS}))"
)
# When the next session of an active agreement is due: a cadence after the last
# session, or after the start when there has been none. (Dates are UTC days.)
NEXT_SESSION_SQL = (
    "CASE WHEN a.status = 'active' AND a.cadence_days IS NOT NULL THEN "
    f"date(coalesce({LAST_SESSION_SQL}, a.started_on), '+' || a.cadence_days || ' days') END"
)

AGREEMENT_SORTS = {
    "person": "p.display_name COLLATE NOCASE",
    "role": "a.my_role",
    "status": "a.status",
    "started": "a.started_on",
    "last_session": "last_session_at",
    "next_session": "next_session_on",
}
# How the list is grouped when asked: mentoring first, then being mentored, then peers.
ROLE_ORDER_SQL = "CASE a.my_role WHEN 'mentor' THEN 0 WHEN 'mentee' THEN 1 ELSE 2 END"

_ROW_COLUMNS = f"""a.id, a.uuid, a.my_role, a.formal, a.program, a.status, a.started_on,
    a.ends_on, a.review_on, a.cadence_days, a.channel, p.id AS person_id,
    p.display_name AS person_name, {LAST_SESSION_SQL} AS last_session_at,
    {NEXT_SESSION_SQL} AS next_session_on,
    (SELECT count(*) FROM action_item x WHERE x.agreement_id = a.id AND x.done_on IS NULL)
        AS open_actions,
    (SELECT count(*) FROM action_item x WHERE x.agreement_id = a.id AND x.done_on IS NULL
        AND x.due_on < ?1) AS overdue_actions"""
_ROW_SQL = f"SELECT {_ROW_COLUMNS} FROM agreement a JOIN person p ON p.id = a.person_id"
# The rest of an agreement, for its editor.
_FULL_SQL = (
    f"SELECT {_ROW_COLUMNS}, a.my_expectations, a.their_expectations, a.boundaries, "
    "a.created_at, a.updated_at FROM agreement a JOIN person p ON p.id = a.person_id"
)


def insert_agreement(fields: dict[str, Any]) -> int:
    return Agreement.insert(**fields).execute()


def update_agreement(agreement_id: int, fields: dict[str, Any]) -> int:
    return (
        Agreement.update(**fields, updated_at=utc_now())
        .where(Agreement.id == agreement_id)
        .execute()
    )


def delete_agreement(agreement_id: int) -> int:
    return Agreement.delete().where(Agreement.id == agreement_id).execute()


def existing_agreement_ids(ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    query = Agreement.select(Agreement.id).where(Agreement.id.in_(list(ids))).tuples()
    return {row[0] for row in query}


def agreement_links(agreement_id: int) -> dict[str, list[int]]:
    """What deleting the agreement takes along (its action items) or changes."""
    queries = {
        "action": "SELECT id FROM action_item WHERE agreement_id = ?",
        "entry": "SELECT id FROM entry WHERE agreement_id = ?",
        "goal": "SELECT goal_id FROM agreement_goal WHERE agreement_id = ?",
        "person": "SELECT person_id FROM agreement WHERE id = ?",
    }
    return {
        kind: [row[0] for row in db.execute_sql(sql, (agreement_id,))]
        for kind, sql in queries.items()
    }


def get_agreement(agreement_id: int, today: date) -> dict[str, Any] | None:
    """One agreement with its list columns, goal ids, revisions and reviews."""
    cursor = db.execute_sql(f"{_FULL_SQL} WHERE a.id = ?2", (today.isoformat(), agreement_id))
    names = [c[0] for c in cursor.description]
    found = cursor.fetchone()
    if found is None:
        return None
    row = _typed(dict(zip(names, found, strict=True)))
    row["goal_ids"] = [
        r[0]
        for r in db.execute_sql(
            "SELECT goal_id FROM agreement_goal WHERE agreement_id = ? ORDER BY goal_id",
            (agreement_id,),
        )
    ]
    cursor = db.execute_sql(
        "SELECT id, uuid, number, reason, terms, created_at FROM agreement_revision "
        "WHERE agreement_id = ? ORDER BY number",
        (agreement_id,),
    )
    names = [c[0] for c in cursor.description]
    row["revisions"] = [dict(zip(names, r, strict=True)) for r in cursor]
    row["reviews"] = review_rows(agreement_id)
    return row


def set_agreement_goals(agreement_id: int, goal_ids: Sequence[int]) -> None:
    AgreementGoal.delete().where(AgreementGoal.agreement == agreement_id).execute()
    if goal_ids:
        AgreementGoal.insert_many(
            [{"agreement": agreement_id, "goal": g} for g in set(goal_ids)]
        ).execute()


def add_revision(agreement_id: int, reason: str, terms: str) -> int:
    number = (
        AgreementRevision.select(fn.coalesce(fn.max(AgreementRevision.number) + 1, 1))
        .where(AgreementRevision.agreement == agreement_id)
        .scalar()
    )
    return AgreementRevision.insert(
        agreement=agreement_id, number=number, reason=reason, terms=terms
    ).execute()


def agreement_rows(
    today: date,
    sort: str = "person",
    descending: bool = False,
    my_role: str | None = None,
    status: str | None = None,
    grouped: bool = False,
    ids: Sequence[int] | None = None,
) -> list[dict[str, Any]]:
    """Agreements with counterpart, last and next session and action items, sorted in SQL.

    `grouped` puts mentoring first, then being mentored, then peers, each sorted by `sort`.
    """
    where: list[str] = []
    params: list[Any] = [today.isoformat()]
    if my_role:
        params.append(my_role)
        where.append(f"a.my_role = ?{len(params)}")
    if status:
        params.append(status)
        where.append(f"a.status = ?{len(params)}")
    if ids is not None:
        marks = []
        for item in ids:
            params.append(item)
            marks.append(f"?{len(params)}")
        where.append(f"a.id IN ({','.join(marks) or 'NULL'})")
    key = AGREEMENT_SORTS[sort]
    direction = "DESC" if descending else "ASC"
    order = [f"{key} IS NULL", f"{key} {direction}", "a.id"]
    if grouped:
        order.insert(0, ROLE_ORDER_SQL)
    sql = (
        f"SELECT * FROM ({_ROW_SQL}{' WHERE ' + ' AND '.join(where) if where else ''} "
        f"ORDER BY {', '.join(order)})"
    )
    cursor = db.execute_sql(sql, params)
    names = [c[0] for c in cursor.description]
    return [_typed(dict(zip(names, row, strict=True))) for row in cursor]


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """The row's SQL text as dates and times (parsed in C: fromisoformat), its flags as bools."""
    for key in ("started_on", "ends_on", "review_on", "next_session_on"):
        if row[key] is not None:
            row[key] = date.fromisoformat(row[key])
    if row["last_session_at"] is not None:
        row["last_session_at"] = datetime.fromisoformat(row["last_session_at"] + "+00:00")
    row["formal"] = bool(row["formal"])
    return row


def active_agreement_with(person_id: int, my_role: str, other_than: int | None) -> int | None:
    """The id of an active agreement with this person in this role, other than `other_than`."""
    found = db.execute_sql(
        "SELECT id FROM agreement WHERE person_id = ? AND my_role = ? AND status = 'active' "
        "AND id IS NOT ? ORDER BY id LIMIT 1",
        (person_id, my_role, other_than),
    ).fetchone()
    return found[0] if found else None


def replace_last_revision_terms(agreement_id: int, terms: str) -> None:
    """A proposal's draft terms change in place: the history starts once it is agreed."""
    db.execute_sql(
        "UPDATE agreement_revision SET terms = ?, updated_at = ? WHERE agreement_id = ? "
        "AND number = (SELECT max(number) FROM agreement_revision WHERE agreement_id = ?)",
        (terms, format_utc(utc_now()), agreement_id, agreement_id),
    )


# --- sessions and reviews ------------------------------------------------------------


def set_entry_parts(entry_id: int, parts: dict[str, tuple[str, bool]]) -> None:
    """The entry's agenda and takeaways: (text, shareable) by part; empty text removes one."""
    for part, (body, shareable) in parts.items():
        if not body:
            EntryPart.delete().where(
                (EntryPart.entry == entry_id) & (EntryPart.part == part)
            ).execute()
            continue
        updated = (
            EntryPart.update(body=body, shareable=shareable, updated_at=utc_now())
            .where((EntryPart.entry == entry_id) & (EntryPart.part == part))
            .execute()
        )
        if not updated:
            EntryPart.insert(entry=entry_id, part=part, body=body, shareable=shareable).execute()


def entry_parts(entry_ids: Sequence[int]) -> dict[int, dict[str, tuple[str, bool]]]:
    found: dict[int, dict[str, tuple[str, bool]]] = {}
    if not entry_ids:
        return found
    query = (
        EntryPart.select(EntryPart.entry, EntryPart.part, EntryPart.body, EntryPart.shareable)
        .where(EntryPart.entry.in_(list(entry_ids)))
        .tuples()
    )
    for entry_id, part, body, shareable in query:
        found.setdefault(entry_id, {})[part] = (body, bool(shareable))
    return found


def insert_review(fields: dict[str, Any]) -> int:
    return Review.insert(**fields).execute()


def update_review(entry_id: int, fields: dict[str, Any]) -> int:
    return Review.update(**fields, updated_at=utc_now()).where(Review.entry == entry_id).execute()


def review_rows(agreement_id: int) -> list[dict[str, Any]]:
    """The agreement's reviews, oldest first, with the date and privacy of their entries."""
    cursor = db.execute_sql(
        "SELECT r.id, r.uuid, r.entry_id, r.created_at, r.what_works, r.what_to_change, "
        "r.decision, e.occurred_at, e.body AS notes, e.shareable FROM review r "
        "JOIN entry e ON e.id = r.entry_id WHERE r.agreement_id = ? ORDER BY e.occurred_at, r.id",
        (agreement_id,),
    )
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor]
    for row in rows:
        row["shareable"] = bool(row["shareable"])
    return rows


def review_of_entry(entry_id: int) -> dict[str, Any] | None:
    found = (
        Review.select(
            Review.agreement.alias("agreement_id"),
            Review.what_works,
            Review.what_to_change,
            Review.decision,
        )
        .where(Review.entry == entry_id)
        .dicts()
        .first()
    )
    return found


def shared_notes(agreement_id: int) -> list[dict[str, Any]]:
    """Every note of the agreement marked shareable, oldest first: nothing private.

    Rows: occurred_at, kind (the entry's), part ("notes", "agenda", "takeaways",
    "what_works", "what_to_change"), title and text.
    """
    sql = """
        SELECT e.occurred_at, e.kind, 'notes' AS part, e.title, e.body AS text, e.id, 0 AS o
            FROM entry e WHERE e.agreement_id = ?1 AND e.shareable = 1 AND e.body != ''
        UNION ALL
        SELECT e.occurred_at, e.kind, x.part, e.title, x.body, e.id,
            CASE x.part WHEN 'agenda' THEN -1 ELSE 1 END
            FROM entry_part x JOIN entry e ON e.id = x.entry_id
            WHERE e.agreement_id = ?1 AND x.shareable = 1
        UNION ALL
        SELECT e.occurred_at, e.kind, 'what_works', e.title, r.what_works, e.id, 2
            FROM review r JOIN entry e ON e.id = r.entry_id
            WHERE r.agreement_id = ?1 AND e.shareable = 1 AND r.what_works != ''
        UNION ALL
        SELECT e.occurred_at, e.kind, 'what_to_change', e.title, r.what_to_change, e.id, 3
            FROM review r JOIN entry e ON e.id = r.entry_id
            WHERE r.agreement_id = ?1 AND e.shareable = 1 AND r.what_to_change != ''
        ORDER BY 1, 6, 7"""
    names = ("occurred_at", "kind", "part", "title", "text")
    return [dict(zip(names, row[:5], strict=True)) for row in db.execute_sql(sql, (agreement_id,))]


def mentee_overview(today: date) -> list[dict[str, Any]]:
    """Each agreement where I mentor (active or paused) with what a mentor checks first."""
    rows = agreement_rows(today, my_role="mentor")
    rows = [r for r in rows if r["status"] in ("active", "paused")]
    if not rows:
        return rows
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    overdue: dict[int, list[dict[str, Any]]] = {}
    for row in db.execute_sql(
        "SELECT agreement_id, id, title, owner, due_on FROM action_item "
        f"WHERE agreement_id IN ({marks}) AND done_on IS NULL AND due_on < ? "
        "ORDER BY due_on, id",
        [*ids, today.isoformat()],
    ):
        overdue.setdefault(row[0], []).append(
            {"id": row[1], "title": row[2], "owner": row[3], "due_on": row[4]}
        )
    goals: dict[int, list[tuple[int, str]]] = {}
    for agreement_id, goal_id, title in db.execute_sql(
        "SELECT a.id, g.id, g.title FROM agreement a JOIN goal g ON g.status = 'active' AND ("
        " g.id IN (SELECT goal_id FROM agreement_goal WHERE agreement_id = a.id)"
        " OR g.id IN (SELECT goal_id FROM goal_member WHERE person_id = a.person_id))"
        f" WHERE a.id IN ({marks}) ORDER BY a.id, g.target_on IS NULL, g.target_on, g.id",
        ids,
    ):
        goals.setdefault(agreement_id, []).append((goal_id, title))
    for row in rows:
        row["overdue"] = overdue.get(row["id"], [])
        row["goals"] = goals.get(row["id"], [])
    return rows


# --- deleting and undoing ----------------------------------------------------------------

_SNAPSHOT_QUERIES = (
    ("agreement", "SELECT * FROM agreement WHERE id = ?1"),
    ("agreement_goal", "SELECT * FROM agreement_goal WHERE agreement_id = ?1"),
    ("agreement_revision", "SELECT * FROM agreement_revision WHERE agreement_id = ?1"),
    ("review", "SELECT * FROM review WHERE agreement_id = ?1"),
    ("action_item", "SELECT * FROM action_item WHERE agreement_id = ?1"),
    ("entry_agreement", "SELECT id FROM entry WHERE agreement_id = ?1"),
    (
        "reminder",
        "SELECT * FROM reminder WHERE agreement_id = ?1 OR action_item_id IN "
        "(SELECT id FROM action_item WHERE agreement_id = ?1)",
    ),
)


def snapshot_agreement(agreement_id: int) -> snapshots.Rows | None:
    found = snapshots.take(_SNAPSHOT_QUERIES, agreement_id)
    return found if found["agreement"] else None


def restore_agreement(rows: snapshots.Rows) -> int | None:
    """Put a deleted agreement back; None when its counterpart is gone meanwhile."""
    agreement = rows["agreement"][0]
    if not snapshots.existing("person", [agreement], "person_id"):
        return None
    agreement_id = snapshots.put_back("agreement", agreement)
    goals = snapshots.existing("goal", rows["agreement_goal"], "goal_id")
    for row in rows["agreement_goal"]:
        if row["goal_id"] in goals:
            snapshots.put_back("agreement_goal", {**row, "agreement_id": agreement_id})
    for row in rows["agreement_revision"]:
        snapshots.put_back("agreement_revision", {**row, "agreement_id": agreement_id})
    entries = snapshots.existing("entry", rows["review"], "entry_id")
    for row in rows["review"]:
        if row["entry_id"] in entries:
            snapshots.put_back("review", {**row, "agreement_id": agreement_id})
    people = snapshots.existing("person", rows["action_item"], "person_id")
    action_goals = snapshots.existing("goal", rows["action_item"], "goal_id")
    action_entries = snapshots.existing("entry", rows["action_item"], "entry_id")
    action_ids: dict[int, int] = {}
    for row in rows["action_item"]:
        if row["person_id"] is not None and row["person_id"] not in people:
            continue
        if row["goal_id"] is not None and row["goal_id"] not in action_goals:
            continue
        values = {**row, "agreement_id": agreement_id}
        if row["entry_id"] is not None and row["entry_id"] not in action_entries:
            values["entry_id"] = None
        action_ids[row["id"]] = snapshots.put_back("action_item", values)
    for row in rows["entry_agreement"]:
        db.execute_sql(
            "UPDATE entry SET agreement_id = ? WHERE id = ? AND agreement_id IS NULL",
            (agreement_id, row["id"]),
        )
    snapshots.put_back_reminders(
        rows.get("reminder", []),
        {"agreement_id": {agreement["id"]: agreement_id}, "action_item_id": action_ids},
    )
    return agreement_id


def insert_action(fields: dict[str, Any]) -> int:
    return ActionItem.insert(**fields).execute()


def update_action(action_id: int, fields: dict[str, Any]) -> int:
    return (
        ActionItem.update(**fields, updated_at=utc_now())
        .where(ActionItem.id == action_id)
        .execute()
    )


def delete_action(action_id: int) -> int:
    return ActionItem.delete().where(ActionItem.id == action_id).execute()


def action_rows(
    open_only: bool = True,
    agreement_id: int | None = None,
    goal_id: int | None = None,
    person_id: int | None = None,
    entry_id: int | None = None,
) -> list[dict[str, Any]]:
    query = ActionItem.select(
        ActionItem.id,
        ActionItem.uuid,
        ActionItem.title,
        ActionItem.owner,
        ActionItem.person.alias("person_id"),
        ActionItem.due_on,
        ActionItem.done_on,
        ActionItem.entry.alias("entry_id"),
        ActionItem.agreement.alias("agreement_id"),
        ActionItem.goal.alias("goal_id"),
    )
    if open_only:
        query = query.where(ActionItem.done_on.is_null())
    if agreement_id is not None:
        query = query.where(ActionItem.agreement == agreement_id)
    if goal_id is not None:
        query = query.where(ActionItem.goal == goal_id)
    if person_id is not None:
        query = query.where(ActionItem.person == person_id)
    if entry_id is not None:
        query = query.where(ActionItem.entry == entry_id)
    return list(query.order_by(ActionItem.due_on.asc(nulls="LAST"), ActionItem.id).dicts())


def action_entry(action_id: int) -> int | None:
    return ActionItem.select(ActionItem.entry).where(ActionItem.id == action_id).scalar()


def action_links(action_id: int) -> dict[str, Any]:
    """Whether the action item exists, and the agreement and goal it belongs to."""
    found = db.execute_sql(
        "SELECT agreement_id, goal_id FROM action_item WHERE id = ?", (action_id,)
    ).fetchone()
    if found is None:
        return {"exists": False, "agreement": [], "goal": []}
    return {
        "exists": True,
        "agreement": [found[0]] if found[0] is not None else [],
        "goal": [found[1]] if found[1] is not None else [],
    }


def agreement_person(agreement_id: int) -> int | None:
    return Agreement.select(Agreement.person).where(Agreement.id == agreement_id).scalar()
