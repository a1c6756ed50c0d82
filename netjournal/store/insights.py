"""Counts over time for the Insights charts: each a few index range counts, never a scan.

The domain works out the ranges (local months turned into UTC instants, terms,
each agreement's span); the queries here count what falls in each range through
the indexes that already exist:
- entries in a range of time: `entry_occurred (occurred_at, id)`, and the notes to
  take away through `entry_kind_occurred (kind, occurred_at)`;
- one person's entries: `entry_participant_person (person_id, occurred_at, entry_id)`;
- an agreement's sessions: `entry_agreement (agreement_id, occurred_at)`;
- goals achieved: `goal_achieved (achieved_on, id) WHERE achieved_on IS NOT NULL`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from netjournal.store.agreements import MEETING_KINDS
from netjournal.store.db import database_proxy as db
from netjournal.store.models import format_utc

_MEETINGS = ", ".join(f"'{kind}'" for kind in MEETING_KINDS)
# SQLite's default limit on host parameters is 32,766; a range takes two.
_MAX_RANGES = 10_000


def _bounds_cte(bounds: Sequence[tuple[str, str]]) -> tuple[str, list[Any]]:
    """`WITH bounds(i, lo, hi) AS (VALUES …)` for the ranges, numbered from 0."""
    if not bounds or len(bounds) > _MAX_RANGES:
        raise ValueError(f"between 1 and {_MAX_RANGES} ranges are counted at a time")
    values = ", ".join(f"({i}, ?, ?)" for i in range(len(bounds)))
    params: list[Any] = []
    for low, high in bounds:
        params.extend((low, high))
    return f"WITH bounds(i, lo, hi) AS (VALUES {values})", params


def entries_in_ranges(
    bounds: Sequence[tuple[datetime, datetime]],
    person_id: int | None = None,
    exclude_kinds: Sequence[str] = (),
) -> list[int]:
    """How many entries fall in each half-open range [start, end) of aware times.

    Entries of `exclude_kinds` are left out; with `person_id`, only the entries
    that person took part in.
    """
    cte, params = _bounds_cte([(format_utc(lo), format_utc(hi)) for lo, hi in bounds])
    kinds = list(dict.fromkeys(exclude_kinds))
    marks = ", ".join("?" * len(kinds))
    if person_id is None:
        counted = (
            "(SELECT count(*) FROM entry e WHERE e.occurred_at >= b.lo AND e.occurred_at < b.hi)"
        )
        if kinds:
            # Each kind left out is its own range of the (kind, occurred_at) index.
            counted += (
                " - (SELECT count(*) FROM entry e WHERE e.kind IN ("
                + marks
                + ") AND e.occurred_at >= b.lo AND e.occurred_at < b.hi)"
            )
        inner: list[Any] = list(kinds)
    else:
        left_out = f" AND e.kind NOT IN ({marks})" if kinds else ""
        counted = (
            "(SELECT count(*) FROM entry_participant ep JOIN entry e ON e.id = ep.entry_id "
            "WHERE ep.person_id = ? AND ep.occurred_at >= b.lo AND ep.occurred_at < b.hi"
            f"{left_out})"
        )
        inner = [person_id, *kinds]
    sql = f"{cte} SELECT i, {counted} FROM bounds b ORDER BY i"
    # The correlated subquery's parameters come after the CTE's in the statement's text.
    counts = [0] * len(bounds)
    for index, count in db.execute_sql(sql, [*params, *inner]):
        counts[index] = count
    return counts


def agreements_for_cadence(
    statuses: Sequence[str], agreement_id: int | None = None
) -> list[dict[str, Any]]:
    """Agreements of these statuses with their counterpart and every revision's terms."""
    marks = ", ".join("?" * len(statuses))
    where = f"a.status IN ({marks})"
    params: list[Any] = list(statuses)
    if agreement_id is not None:
        where += " AND a.id = ?"
        params.append(agreement_id)
    cursor = db.execute_sql(
        "SELECT a.id, a.person_id, p.display_name AS person_name, a.my_role, a.status, "
        "a.started_on, a.ends_on, a.cadence_days, a.created_at FROM agreement a "
        f"JOIN person p ON p.id = a.person_id WHERE {where} "
        "ORDER BY p.display_name COLLATE NOCASE, a.id",
        params,
    )
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor]
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["revisions"] = []
        for key in ("started_on", "ends_on"):
            if row[key] is not None:
                row[key] = date.fromisoformat(row[key])
    if not rows:
        return rows
    cursor = db.execute_sql(
        "SELECT r.agreement_id, r.number, r.terms, r.created_at FROM agreement_revision r "
        f"JOIN agreement a ON a.id = r.agreement_id WHERE {where} "
        "ORDER BY r.agreement_id, r.number",
        params,
    )
    for agreement, number, terms, created_at in cursor:
        by_id[agreement]["revisions"].append(
            {"number": number, "terms": terms, "created_at": created_at}
        )
    return rows


def sessions_in_spans(
    spans: Sequence[tuple[int, datetime, datetime]],
) -> dict[int, tuple[int, str | None]]:
    """For each (agreement id, start, end): its sessions in [start, end) and the UTC text
    of the last of them."""
    if not spans:
        return {}
    values = ", ".join("(?, ?, ?)" for _ in spans)
    params: list[Any] = []
    for agreement_id, low, high in spans:
        params.extend((agreement_id, format_utc(low), format_utc(high)))
    sql = (
        f"WITH spans(aid, lo, hi) AS (VALUES {values}) "
        "SELECT s.aid, count(e.id), max(e.occurred_at) FROM spans s "
        "LEFT JOIN entry e ON e.agreement_id = s.aid AND e.occurred_at >= s.lo "
        f"AND e.occurred_at < s.hi AND e.kind IN ({_MEETINGS}) GROUP BY s.aid"
    )
    return {aid: (count, last) for aid, count, last in db.execute_sql(sql, params)}


def goals_achieved_between(first: date, end: date) -> list[tuple[int, str, date]]:
    """Goals achieved on a day in [first, end): id, title and the day, oldest first."""
    cursor = db.execute_sql(
        "SELECT id, title, achieved_on FROM goal WHERE achieved_on >= ? AND achieved_on < ? "
        "AND status = 'achieved' ORDER BY achieved_on, id",
        (first.isoformat(), end.isoformat()),
    )
    return [(goal_id, title, date.fromisoformat(day)) for goal_id, title, day in cursor]
