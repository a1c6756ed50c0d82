"""The unified timeline: every dated thing in one stream, and what is coming up.

The stream is a UNION ALL of one branch per kind of dated thing. Every branch
reads its rows newest first from one index range, starting right after the
cursor, and stops after a page; the outer query merges those short lists. A
page therefore costs about `branches * limit` index steps however deep it is.

The sort key of an item is UTC text in the journal's fixed-width format
("YYYY-MM-DD HH:MM:SS.ffffff"), so text order is time order. Things that carry
a date only (a milestone reached, a goal achieved, an agreement started or
ended, an action item done) sort at 12:00 UTC of that date: noon lands on the
same calendar day in every time zone from UTC-11 to UTC+11, so the UI shows
them under the day they carry. The full order is (key, item kind, id), newest
first; the cursor is that triple for the last item shown.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from netjournal.store.agreements import NEXT_SESSION_SQL
from netjournal.store.db import database_proxy as db
from netjournal.store.models import format_utc
from netjournal.store.search import matching_entry_ids_sql

NOON = "12:00:00.000000"
ENDED_STATUSES = ("completed", "ended", "declined")
ITEM_KINDS = (
    "entry",
    "milestone_reached",
    "goal_created",
    "goal_achieved",
    "agreement_started",
    "agreement_revised",
    "agreement_ended",
    "action_done",
)

TimelineCursor = tuple[str, str, int]

_WORD = re.compile(r"\w+", re.UNICODE)

# The columns every branch yields, in this order.
_COLUMNS = (
    "sort_key",
    "kind",
    "item_id",
    "title",
    "summary",
    "entry_kind",
    "entry_id",
    "goal_id",
    "agreement_id",
    "milestone_id",
    "action_id",
    "revision_id",
    "person_id",
)


@dataclass
class _Branch:
    """One kind of dated thing: where it comes from and how it is ordered."""

    kind: str
    source: str  # FROM … (with joins)
    key: str  # the column whose index order is the time order
    id: str  # the item's id column, the last part of the order
    is_date: bool  # the key is a date: its time is NOON
    select: dict[str, str]  # output column → expression (missing ones are NULL)
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, condition: str, *params: Any) -> None:
        self.where.append(condition)
        self.params.extend(params)

    def sort_key(self) -> str:
        return f"({self.key} || ' {NOON}')" if self.is_date else self.key


@dataclass(frozen=True)
class TimelineFilters:
    person_id: int | None = None
    goal_id: int | None = None
    agreement_id: int | None = None
    item_kinds: frozenset[str] | None = None  # None: every kind
    entry_kinds: tuple[str, ...] = ()  # only these entry kinds (with "entry" not asked whole)
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None


def _like_all(text: str, columns: list[str]) -> tuple[str, list[Any]] | None:
    """Every word of `text` in one of `columns` (case-insensitive for ASCII)."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    parts: list[str] = []
    params: list[Any] = []
    for word in words:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        parts.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        params.extend([pattern] * len(columns))
    return " AND ".join(parts), params


def _entry_branch(f: TimelineFilters) -> _Branch:
    select = {
        "title": "entry.title",
        "summary": "substr(entry.body, 1, 200)",
        "entry_kind": "entry.kind",
        "entry_id": "entry.id",
        "agreement_id": "entry.agreement_id",
    }
    if f.person_id is not None:
        # One person's entries come from one range of the link table's index.
        branch = _Branch(
            "entry",
            "entry_participant ep JOIN entry ON entry.id = ep.entry_id",
            "ep.occurred_at",
            "ep.entry_id",
            False,
            select,
        )
        branch.add("ep.person_id = ?", f.person_id)
    else:
        branch = _Branch("entry", "entry", "entry.occurred_at", "entry.id", False, select)
    if f.goal_id is not None:
        branch.add("entry.id IN (SELECT entry_id FROM entry_goal WHERE goal_id = ?)", f.goal_id)
    if f.agreement_id is not None:
        branch.add("entry.agreement_id = ?", f.agreement_id)
    if f.entry_kinds:
        branch.add(f"entry.kind IN ({','.join('?' * len(f.entry_kinds))})", *f.entry_kinds)
    if f.text:
        matched = matching_entry_ids_sql(f.text)
        if matched is not None:
            branch.add(matched[0], *matched[1])
    return branch


def _goal_filters(branch: _Branch, goal_column: str, f: TimelineFilters) -> None:
    if f.person_id is not None:
        branch.add(
            f"{goal_column} IN (SELECT goal_id FROM goal_member WHERE person_id = ?)", f.person_id
        )
    if f.goal_id is not None:
        branch.add(f"{goal_column} = ?", f.goal_id)
    if f.agreement_id is not None:
        branch.add(
            f"{goal_column} IN (SELECT goal_id FROM agreement_goal WHERE agreement_id = ?)",
            f.agreement_id,
        )


def _agreement_filters(branch: _Branch, agreement_column: str, f: TimelineFilters) -> None:
    if f.person_id is not None:
        branch.add("a.person_id = ?", f.person_id)
    if f.goal_id is not None:
        branch.add(
            f"{agreement_column} IN (SELECT agreement_id FROM agreement_goal WHERE goal_id = ?)",
            f.goal_id,
        )
    if f.agreement_id is not None:
        branch.add(f"{agreement_column} = ?", f.agreement_id)


def _text_filter(branch: _Branch, columns: list[str], f: TimelineFilters) -> None:
    if f.text:
        found = _like_all(f.text, columns)
        if found is not None:
            branch.add(found[0], *found[1])


def _branches(f: TimelineFilters) -> list[_Branch]:
    """The branches the filters ask for, each with its filters applied."""
    wanted = f.item_kinds
    branches: list[_Branch] = []

    def asked(kind: str) -> bool:
        return wanted is None or kind in wanted

    if asked("entry") or f.entry_kinds:
        branches.append(_entry_branch(f))
    if asked("milestone_reached"):
        b = _Branch(
            "milestone_reached",
            "milestone m JOIN goal g ON g.id = m.goal_id",
            "m.done_on",
            "m.id",
            True,
            {"title": "m.title", "summary": "g.title", "goal_id": "g.id", "milestone_id": "m.id"},
        )
        b.add("m.done_on IS NOT NULL")
        _goal_filters(b, "m.goal_id", f)
        _text_filter(b, ["m.title", "g.title"], f)
        branches.append(b)
    goal_select = {"title": "g.title", "summary": "g.category", "goal_id": "g.id"}
    if asked("goal_created"):
        b = _Branch("goal_created", "goal g", "g.created_at", "g.id", False, dict(goal_select))
        _goal_filters(b, "g.id", f)
        _text_filter(b, ["g.title"], f)
        branches.append(b)
    if asked("goal_achieved"):
        b = _Branch("goal_achieved", "goal g", "g.achieved_on", "g.id", True, dict(goal_select))
        b.add("g.achieved_on IS NOT NULL")
        _goal_filters(b, "g.id", f)
        _text_filter(b, ["g.title"], f)
        branches.append(b)
    agreement_select = {
        "title": "p.display_name",
        "summary": "a.program",
        "agreement_id": "a.id",
        "person_id": "a.person_id",
    }
    with_person = "agreement a JOIN person p ON p.id = a.person_id"
    if asked("agreement_started"):
        b = _Branch(
            "agreement_started", with_person, "a.started_on", "a.id", True, dict(agreement_select)
        )
        b.add("a.started_on IS NOT NULL")
        b.add("a.status NOT IN ('proposed', 'declined')")
        _agreement_filters(b, "a.id", f)
        _text_filter(b, ["p.display_name", "a.program"], f)
        branches.append(b)
    if asked("agreement_revised"):
        b = _Branch(
            "agreement_revised",
            "agreement_revision r JOIN agreement a ON a.id = r.agreement_id "
            "JOIN person p ON p.id = a.person_id",
            "r.created_at",
            "r.id",
            False,
            {**agreement_select, "summary": "r.reason", "revision_id": "r.id"},
        )
        b.add("r.number > 1")
        _agreement_filters(b, "r.agreement_id", f)
        _text_filter(b, ["p.display_name", "a.program", "r.reason"], f)
        branches.append(b)
    if asked("agreement_ended"):
        ended = "a.status IN ('completed', 'ended', 'declined')"
        # With an end date: ordered by it, from its partial index.
        b = _Branch(
            "agreement_ended",
            with_person,
            "a.ends_on",
            "a.id",
            True,
            {**agreement_select, "summary": "a.status"},
        )
        b.add(ended)
        b.add("a.ends_on IS NOT NULL")
        _agreement_filters(b, "a.id", f)
        _text_filter(b, ["p.display_name", "a.program"], f)
        branches.append(b)
        # Without one: at the revision that moved it to its present status (the first
        # revision after the last one with another status). These are few (found
        # through a partial index), so they are sorted rather than read in order.
        changed_at = """coalesce((SELECT min(r.created_at) FROM agreement_revision r
            WHERE r.agreement_id = x.id AND r.number > coalesce((
                SELECT max(r2.number) FROM agreement_revision r2 WHERE r2.agreement_id = x.id
                AND json_extract(r2.terms, '$.status') IS NOT x.status), 0)), x.updated_at)"""
        b = _Branch(
            "agreement_ended",
            f"(SELECT x.*, {changed_at} AS ended_at FROM agreement x "
            "WHERE x.status IN ('completed', 'ended', 'declined') AND x.ends_on IS NULL) a "
            "JOIN person p ON p.id = a.person_id",
            "a.ended_at",
            "a.id",
            False,
            {**agreement_select, "summary": "a.status"},
        )
        _agreement_filters(b, "a.id", f)
        _text_filter(b, ["p.display_name", "a.program"], f)
        branches.append(b)
    if asked("action_done"):
        b = _Branch(
            "action_done",
            "action_item x",
            "x.done_on",
            "x.id",
            True,
            {
                "title": "x.title",
                "summary": "x.owner",
                "action_id": "x.id",
                "entry_id": "x.entry_id",
                "goal_id": "x.goal_id",
                "agreement_id": "x.agreement_id",
                "person_id": "x.person_id",
            },
        )
        b.add("x.done_on IS NOT NULL")
        if f.person_id is not None:
            b.add("x.person_id = ?", f.person_id)
        if f.goal_id is not None:
            b.add("x.goal_id = ?", f.goal_id)
        if f.agreement_id is not None:
            b.add("x.agreement_id = ?", f.agreement_id)
        _text_filter(b, ["x.title"], f)
        branches.append(b)
    return branches


def _bound(branch: _Branch, key: str) -> tuple[str, str]:
    """`key` in the branch's own terms: (value, where that value's own rows fall).

    "equal": a row at `value` may have exactly this key. For a date branch the item
    key is date + NOON, so a bound at another time of day falls inside the date:
    "above" when the bound is before noon (the date's rows sort above it), "below"
    when it is after noon.
    """
    if not branch.is_date:
        return key, "equal"
    day, time_of_day = key[:10], key[11:]
    if time_of_day == NOON:
        return day, "equal"
    return day, ("above" if time_of_day < NOON else "below")


def _before_cursor(branch: _Branch, cursor: TimelineCursor) -> None:
    """Rows after `cursor` in (key, kind, id) DESC order, as an index range."""
    key, kind, last_id = cursor
    value, where = _bound(branch, key)
    if where == "above" or (where == "equal" and branch.kind > kind):
        branch.add(f"{branch.key} < ?", value)
    elif where == "below" or branch.kind < kind:
        branch.add(f"{branch.key} <= ?", value)
    else:
        branch.add(f"({branch.key}, {branch.id}) < (?, ?)", value, last_id)


def _since(branch: _Branch, since: datetime) -> None:
    """key >= since."""
    value, where = _bound(branch, format_utc(since))
    branch.add(f"{branch.key} > ?" if where == "below" else f"{branch.key} >= ?", value)


def _until(branch: _Branch, until: datetime) -> None:
    """key < until."""
    value, where = _bound(branch, format_utc(until))
    branch.add(f"{branch.key} <= ?" if where == "below" else f"{branch.key} < ?", value)


def timeline_page(
    filters: TimelineFilters, cursor: TimelineCursor | None, limit: int
) -> list[dict[str, Any]]:
    """Up to `limit` items after `cursor`, newest first, as dicts of `_COLUMNS` (+ person_ids)."""
    parts: list[str] = []
    params: list[Any] = []
    for branch in _branches(filters):
        if filters.since is not None:
            _since(branch, filters.since)
        if filters.until is not None:
            _until(branch, filters.until)
        if cursor is not None:
            _before_cursor(branch, cursor)
        columns = [f"{branch.sort_key()} AS sort_key", f"'{branch.kind}' AS kind"]
        columns.append(f"{branch.id} AS item_id")
        columns.extend(f"{branch.select.get(c, 'NULL')} AS {c}" for c in _COLUMNS[3:])
        where = " AND ".join(branch.where) or "1"
        parts.append(
            f"SELECT * FROM (SELECT {', '.join(columns)} FROM {branch.source} WHERE {where} "
            f"ORDER BY {branch.key} DESC, {branch.id} DESC LIMIT ?)"
        )
        params.extend([*branch.params, limit])
    if not parts:
        return []
    sql = " UNION ALL ".join(parts) + " ORDER BY sort_key DESC, kind DESC, item_id DESC LIMIT ?"
    found = db.execute_sql(sql, [*params, limit])
    rows = [dict(zip(_COLUMNS, row, strict=True)) for row in found]
    _add_people(rows)
    return rows


def _add_people(rows: list[dict[str, Any]]) -> None:
    """Each row's person ids: an entry's participants, or the one person it names."""
    entry_ids = [r["entry_id"] for r in rows if r["kind"] == "entry"]
    people: dict[int, list[int]] = {}
    if entry_ids:
        for entry_id, person_id in db.execute_sql(
            "SELECT entry_id, person_id FROM entry_participant "
            f"WHERE entry_id IN ({','.join('?' * len(entry_ids))}) ORDER BY entry_id, person_id",
            entry_ids,
        ):
            people.setdefault(entry_id, []).append(person_id)
    for row in rows:
        person_id = row.pop("person_id")
        if row["kind"] == "entry":
            row["person_ids"] = tuple(people.get(row["entry_id"], ()))
        else:
            row["person_ids"] = () if person_id is None else (person_id,)


# --- upcoming -----------------------------------------------------------------------------


def _day(value: date) -> str:
    return value.isoformat()


def upcoming_rows(
    today: date, horizon_days: int, limit: int, overdue_cap: int, follow_up_days: int
) -> list[dict[str, Any]]:
    """What falls due up to `horizon_days` ahead, and what is overdue, oldest due first.

    Each source gives at most `overdue_cap` overdue rows and `limit` rows from today
    on; the caller merges and cuts. Overdue follow-ups look back `follow_up_days`
    only (a follow-up has no "done"; one is settled once any participant has been
    in touch after the entry).
    """
    end = _day(today + timedelta(days=horizon_days))
    now = _day(today)
    rows: list[dict[str, Any]] = []
    windows = [
        (_day(today - timedelta(days=follow_up_days)), now, overdue_cap, True),
        (now, end, limit, False),
    ]
    # An end bound is inclusive only for the window ahead (its upper end is `end`).
    for low, high, cap, overdue in windows:
        upper = "<" if overdue else "<="
        rows += _query(
            "follow_up",
            "SELECT e.follow_up_on, e.id, coalesce(nullif(e.title, ''), substr(e.body, 1, 80)), "
            "e.kind, e.id, NULL, e.agreement_id, NULL, NULL FROM entry e "
            f"WHERE e.follow_up_on >= ? AND e.follow_up_on {upper} ? AND NOT EXISTS ("
            " SELECT 1 FROM entry_participant ep JOIN person p ON p.id = ep.person_id"
            " WHERE ep.entry_id = e.id AND p.last_contact_at > e.occurred_at)"
            " ORDER BY e.follow_up_on, e.id LIMIT ?",
            [low, high, cap],
        )
    for high, cap, overdue in ((now, overdue_cap, True), (end, limit, False)):
        low_clause = "" if overdue else " AND {col} >= ?"
        upper = "<" if overdue else "<="
        extra = [] if overdue else [now]
        rows += _query(
            "reconnect",
            "SELECT p.next_due_on, p.id, p.display_name, p.organization, NULL, NULL, NULL, "
            "NULL, p.id FROM person p INDEXED BY person_next_due "
            f"WHERE p.next_due_on IS NOT NULL AND p.next_due_on {upper} ?"
            + low_clause.format(col="p.next_due_on")
            + " AND p.archived = 0 ORDER BY p.next_due_on, p.id LIMIT ?",
            [high, *extra, cap],
        )
        rows += _query(
            "action_due",
            "SELECT x.due_on, x.id, x.title, x.owner, x.entry_id, x.goal_id, x.agreement_id, "
            "x.id, x.person_id FROM action_item x "
            f"WHERE x.done_on IS NULL AND x.due_on IS NOT NULL AND x.due_on {upper} ?"
            + low_clause.format(col="x.due_on")
            + " ORDER BY x.due_on, x.id LIMIT ?",
            [high, *extra, cap],
        )
        rows += _query(
            "goal_target",
            "SELECT g.target_on, g.id, g.title, g.category, NULL, g.id, NULL, NULL, NULL "
            f"FROM goal g WHERE g.status = 'active' AND g.target_on {upper} ?"
            + low_clause.format(col="g.target_on")
            + " ORDER BY g.target_on, g.id LIMIT ?",
            [high, *extra, cap],
        )
        rows += _query(
            "review",
            "SELECT a.review_on, a.id, p.display_name, a.program, NULL, NULL, a.id, NULL, "
            "a.person_id FROM agreement a JOIN person p ON p.id = a.person_id "
            f"WHERE a.status = 'active' AND a.review_on {upper} ?"
            + low_clause.format(col="a.review_on")
            + " ORDER BY a.review_on, a.id LIMIT ?",
            [high, *extra, cap],
        )
        # The next session: the last session entry plus the cadence, else the start plus it.
        rows += _query(
            "session",
            f"SELECT * FROM (SELECT {NEXT_SESSION_SQL} AS due, a.id, p.display_name, a.program, "
            "  NULL, NULL, a.id AS agreement_id, NULL, a.person_id "
            " FROM agreement a JOIN person p ON p.id = a.person_id "
            " WHERE a.status = 'active' AND a.cadence_days IS NOT NULL) "
            f"WHERE due IS NOT NULL AND due {upper} ?"
            + low_clause.format(col="due")
            + " ORDER BY due, agreement_id LIMIT ?",
            [high, *extra, cap],
        )
    return rows


_UPCOMING_COLUMNS = (
    "due_on",
    "item_id",
    "title",
    "summary",
    "entry_id",
    "goal_id",
    "agreement_id",
    "action_id",
    "person_id",
)


def _query(kind: str, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    found = []
    for row in db.execute_sql(sql, params):
        item = dict(zip(_UPCOMING_COLUMNS, row, strict=True))
        item["kind"] = kind
        item["due_on"] = date.fromisoformat(item["due_on"])
        found.append(item)
    if kind == "follow_up":
        _follow_up_people(found)
    else:
        for item in found:
            person_id = item.pop("person_id")
            item["person_ids"] = () if person_id is None else (person_id,)
    return found


def _follow_up_people(items: list[dict[str, Any]]) -> None:
    ids = [item["entry_id"] for item in items]
    people: dict[int, list[int]] = {}
    if ids:
        for entry_id, person_id in db.execute_sql(
            "SELECT entry_id, person_id FROM entry_participant "
            f"WHERE entry_id IN ({','.join('?' * len(ids))}) ORDER BY entry_id, person_id",
            ids,
        ):
            people.setdefault(entry_id, []).append(person_id)
    for item in items:
        item.pop("person_id")
        item["person_ids"] = tuple(people.get(item["entry_id"], ()))


def item_kinds_of(kinds: Collection[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Split asked kinds into timeline item kinds and entry kinds."""
    items = frozenset(k for k in kinds if k in ITEM_KINDS)
    entries = tuple(sorted(k for k in kinds if k not in ITEM_KINDS))
    return items, entries
