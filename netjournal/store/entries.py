"""Queries and writes for journal entries, their participants and linked goals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from netjournal.store.db import database_proxy as db
from netjournal.store.models import Entry, EntryGoal, EntryParticipant, format_utc, utc_now
from netjournal.store.paging import Cursor, after_cursor, order_by
from netjournal.store.search import matching_entry_ids_sql

ENTRY_SORTS = {
    "occurred": "entry.occurred_at",
    "kind": "entry.kind",
}


def insert_entry(
    fields: dict[str, Any], participant_ids: Sequence[int], goal_ids: Sequence[int]
) -> int:
    entry_id = Entry.insert(**fields).execute()
    _link(entry_id, fields["occurred_at"], participant_ids, goal_ids)
    return entry_id


def _link(
    entry_id: int, occurred_at: datetime, participant_ids: Sequence[int], goal_ids: Sequence[int]
) -> None:
    if participant_ids:
        EntryParticipant.insert_many(
            [
                {"entry": entry_id, "person": pid, "occurred_at": occurred_at}
                for pid in participant_ids
            ]
        ).execute()
    if goal_ids:
        EntryGoal.insert_many([{"entry": entry_id, "goal": gid} for gid in goal_ids]).execute()


def update_entry(
    entry_id: int,
    fields: dict[str, Any],
    participant_ids: Sequence[int] | None = None,
    goal_ids: Sequence[int] | None = None,
) -> int:
    """Change an entry; participants and goals are replaced when given."""
    changed = Entry.update(**fields, updated_at=utc_now()).where(Entry.id == entry_id).execute()
    if not changed:
        return 0
    occurred_at = Entry.select(Entry.occurred_at).where(Entry.id == entry_id).scalar()
    if participant_ids is not None:
        EntryParticipant.delete().where(EntryParticipant.entry == entry_id).execute()
        _link(entry_id, occurred_at, participant_ids, [])
    if goal_ids is not None:
        EntryGoal.delete().where(EntryGoal.entry == entry_id).execute()
        _link(entry_id, occurred_at, [], goal_ids)
    return changed


def entry_at(title: str, occurred_at: datetime) -> bool:
    """Whether an entry with this title happened at exactly this time (an import again)."""
    found = db.execute_sql(
        "SELECT 1 FROM entry WHERE occurred_at = ? AND title = ? LIMIT 1",
        (format_utc(occurred_at), title),
    ).fetchone()
    return found is not None


def delete_entry(entry_id: int) -> int:
    return Entry.delete().where(Entry.id == entry_id).execute()


def participant_ids(entry_id: int) -> list[int]:
    return [
        row[0]
        for row in EntryParticipant.select(EntryParticipant.person)
        .where(EntryParticipant.entry == entry_id)
        .tuples()
    ]


def get_entry(entry_id: int) -> dict[str, Any] | None:
    row = Entry.select().where(Entry.id == entry_id).dicts().first()
    if row is None:
        return None
    row["agreement_id"] = row.pop("agreement")
    row["participant_ids"] = participant_ids(entry_id)
    row["goal_ids"] = [
        r[0] for r in EntryGoal.select(EntryGoal.goal).where(EntryGoal.entry == entry_id).tuples()
    ]
    return row


def get_entries(ids: Sequence[int]) -> list[dict[str, Any]]:
    """What `get_entry` gives for each of `ids` (at most a few hundred), in that order,
    in three queries rather than three per entry; missing ids are skipped."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {row["id"]: row for row in Entry.select().where(Entry.id.in_(wanted)).dicts()}
    people: dict[int, list[int]] = {}
    for entry_id, person_id in (
        EntryParticipant.select(EntryParticipant.entry, EntryParticipant.person)
        .where(EntryParticipant.entry.in_(wanted))
        .order_by(EntryParticipant.entry, EntryParticipant.person)
        .tuples()
    ):
        people.setdefault(entry_id, []).append(person_id)
    goals: dict[int, list[int]] = {}
    for entry_id, goal_id in (
        EntryGoal.select(EntryGoal.entry, EntryGoal.goal)
        .where(EntryGoal.entry.in_(wanted))
        .order_by(EntryGoal.entry, EntryGoal.goal)
        .tuples()
    ):
        goals.setdefault(entry_id, []).append(goal_id)
    rows = []
    for entry_id in ids:
        if entry_id not in found:
            continue
        row = dict(found[entry_id])
        row["agreement_id"] = row.pop("agreement")
        row["participant_ids"] = people.get(entry_id, [])
        row["goal_ids"] = goals.get(entry_id, [])
        rows.append(row)
    return rows


_ROW_COLUMNS = (
    "entry.id, entry.uuid, entry.kind, entry.title, substr(entry.body, 1, 200) AS excerpt, "
    "entry.occurred_at, entry.helped, entry.follow_up_on, entry.agreement_id"
)


def entry_rows(ids: Sequence[int]) -> list[dict[str, Any]]:
    """The list-view columns of the given entries (with participant names), in order of `ids`."""
    if not ids:
        return []
    placeholders = ",".join("?" * len(ids))
    cursor = db.execute_sql(
        f"SELECT {_ROW_COLUMNS} FROM entry WHERE id IN ({placeholders})", list(ids)
    )
    names = [c[0] for c in cursor.description]
    by_id = {row[0]: row for row in cursor}
    # An id asked for twice gets two rows, not one shared dict.
    return _complete_rows([dict(zip(names, by_id[i], strict=True)) for i in ids if i in by_id])


def _complete_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add each row's participants and turn its SQL text into dates and times."""
    if not rows:
        return rows
    ids = [row["id"] for row in rows]
    people: dict[int, list[tuple[int, str]]] = {}
    for entry_id, person_id, name in db.execute_sql(
        "SELECT ep.entry_id, p.id, p.display_name FROM entry_participant ep "
        f"JOIN person p ON p.id = ep.person_id WHERE ep.entry_id IN ({','.join('?' * len(ids))}) "
        "ORDER BY p.display_name COLLATE NOCASE",
        ids,
    ):
        people.setdefault(entry_id, []).append((person_id, name))
    for row in rows:
        row["participants"] = people.get(row["id"], [])
        # Parsed here in C (fromisoformat), many times faster than strptime per row.
        row["occurred_at"] = datetime.fromisoformat(row["occurred_at"] + "+00:00")
        if row["follow_up_on"] is not None:
            row["follow_up_on"] = date.fromisoformat(row["follow_up_on"])
    return rows


def _entry_filters(
    person_id: int | None,
    goal_id: int | None,
    agreement_id: int | None,
    kinds: Sequence[str] | None,
    since: datetime | None,
    until: datetime | None,
    text: str | None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if person_id is not None:
        where.append("entry.id IN (SELECT entry_id FROM entry_participant WHERE person_id = ?)")
        params.append(person_id)
    if goal_id is not None:
        where.append("entry.id IN (SELECT entry_id FROM entry_goal WHERE goal_id = ?)")
        params.append(goal_id)
    if agreement_id is not None:
        where.append("entry.agreement_id = ?")
        params.append(agreement_id)
    if kinds:
        where.append(f"entry.kind IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    if since is not None:
        where.append("entry.occurred_at >= ?")
        params.append(format_utc(since))
    if until is not None:
        where.append("entry.occurred_at < ?")
        params.append(format_utc(until))
    if text:
        matched = matching_entry_ids_sql(text)
        if matched is not None:
            where.append(matched[0])
            params.extend(matched[1])
    return where, params


def entry_page(
    sort: str = "occurred",
    descending: bool = True,
    cursor: Cursor | None = None,
    limit: int = 200,
    person_id: int | None = None,
    goal_id: int | None = None,
    agreement_id: int | None = None,
    kinds: Sequence[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    text: str | None = None,
    with_rows: bool = False,
) -> tuple[list[tuple[int, Any]], list[dict[str, Any]]]:
    """(id, sort value) of the next page of entries after `cursor`, and their rows if asked.

    All filters combine. Asking for the rows reads them in the same query as the page.
    """
    if (
        sort == "occurred"
        and person_id is not None
        and not (goal_id or agreement_id or kinds or text)
    ):
        # The common "one person's history" case reads one index range of the link table.
        return _person_entry_page(person_id, descending, cursor, limit, since, until, with_rows)
    expr = ENTRY_SORTS[sort]
    where, params = _entry_filters(person_id, goal_id, agreement_id, kinds, since, until, text)
    condition, cursor_params = after_cursor(expr, "entry.id", cursor, descending)
    where.append(condition)
    sql = (
        f"SELECT {_page_columns(expr, with_rows)} FROM entry WHERE {' AND '.join(where)} "
        f"{order_by(expr, 'entry.id', descending)} LIMIT ?"
    )
    return _page_result(db.execute_sql(sql, [*params, *cursor_params, limit]), with_rows)


def _page_columns(expr: str, with_rows: bool) -> str:
    return f"{_ROW_COLUMNS}, {expr} AS sort_value" if with_rows else f"entry.id, {expr}"


def _page_result(found: Any, with_rows: bool) -> tuple[list[tuple[int, Any]], list[dict[str, Any]]]:
    if not with_rows:
        return [(row[0], row[1]) for row in found], []
    names = [c[0] for c in found.description]
    rows = [dict(zip(names, row, strict=True)) for row in found]
    keys = [(row["id"], row.pop("sort_value")) for row in rows]
    return keys, _complete_rows(rows)


def _person_entry_page(
    person_id: int,
    descending: bool,
    cursor: Cursor | None,
    limit: int,
    since: datetime | None,
    until: datetime | None,
    with_rows: bool,
) -> tuple[list[tuple[int, Any]], list[dict[str, Any]]]:
    where = ["ep.person_id = ?"]
    params: list[Any] = [person_id]
    if since is not None:
        where.append("ep.occurred_at >= ?")
        params.append(format_utc(since))
    if until is not None:
        where.append("ep.occurred_at < ?")
        params.append(format_utc(until))
    condition, cursor_params = after_cursor("ep.occurred_at", "ep.entry_id", cursor, descending)
    where.append(condition)
    join = " JOIN entry ON entry.id = ep.entry_id" if with_rows else ""
    columns = (
        f"{_ROW_COLUMNS}, ep.occurred_at AS sort_value"
        if with_rows
        else "ep.entry_id, ep.occurred_at"
    )
    sql = (
        f"SELECT {columns} FROM entry_participant ep{join} WHERE {' AND '.join(where)} "
        f"{order_by('ep.occurred_at', 'ep.entry_id', descending)} LIMIT ?"
    )
    return _page_result(db.execute_sql(sql, [*params, *cursor_params, limit]), with_rows)


def count_entries(**filters: Any) -> int:
    where, params = _entry_filters(
        filters.get("person_id"),
        filters.get("goal_id"),
        filters.get("agreement_id"),
        filters.get("kinds"),
        filters.get("since"),
        filters.get("until"),
        filters.get("text"),
    )
    clause = " AND ".join(where) or "1"
    return db.execute_sql(f"SELECT count(*) FROM entry WHERE {clause}", params).fetchone()[0]
