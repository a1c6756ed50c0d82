"""Today's sections as SQL, and the reminders (snoozed and dismissed items) that hide some.

Each section reads one index range in due order and stops after a page, so its cost
does not grow with the journal: people due to reconnect come from `person_next_due`,
follow-ups from `entry_follow_up`, action items from `action_item_open`, goals from
`goal_status` and `goal_achieved`; a section's total is counted only when its page is
full, and then only up to `COUNT_CAP` rows ("more than 1,000").

A reminder hides its item while the item is still due on the date it was snoozed or
dismissed for (`reminder.due_on IS` the item's due date): dismissed for good, snoozed
while `snoozed_until` is after today. A lookup per row through the reminder's unique
index on (target, kind) — the table holds what one person dismissed, so it stays small.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from netjournal.store.agreements import LAST_SESSION_SQL, NEXT_SESSION_SQL
from netjournal.store.db import database_proxy as db
from netjournal.store.models import Reminder, parse_utc, utc_now

# A section's total is counted up to this many rows; beyond, it is "more than" this.
COUNT_CAP = 1000

# Each kind of Today item, and the reminder column that names its thing.
TARGET_COLUMN = {
    "follow_up": "entry_id",
    "reconnect": "person_id",
    "session": "agreement_id",
    "review": "agreement_id",
    "goal_target": "goal_id",
    "celebrate": "goal_id",
    "action": "action_item_id",
}


def _hidden(kind: str, target: str, due: str) -> str:
    """SQL true when a reminder hides the item of `kind` on `target` due on `due`.
    (?1 is today's date in every query of this module.)"""
    return (
        f"EXISTS (SELECT 1 FROM reminder r WHERE r.{TARGET_COLUMN[kind]} = {target} "
        f"AND r.kind = '{kind}' AND r.due_on IS {due} "
        "AND (r.dismissed = 1 OR r.snoozed_until > ?1))"
    )


@dataclass(frozen=True)
class SectionQuery:
    """One section's query: its columns, where they come from, which rows, in what order.
    (The benchmark runs the same SQL through a bare connection.)"""

    columns: str
    source: str
    where: str
    order: str
    due: str  # the due date's column: before today (?1) is overdue
    count_source: str = ""  # the FROM of the count, when the rows need joins it does not

    def rows_sql(self, limit: int) -> str:
        return (
            f"SELECT {self.columns} FROM {self.source} WHERE {self.where} "
            f"ORDER BY {self.order} LIMIT {int(limit)}"
        )

    def count_sql(self, part: str = "overdue") -> str:
        """How many of the section's rows are overdue (due before today), or due from today
        on ("ahead"), up to COUNT_CAP + 1 each."""
        where = f"{self.where} AND {self.due} {'<' if part == 'overdue' else '>='} ?1"
        return (
            f"SELECT count(*) FROM (SELECT 1 FROM {self.count_source or self.source} "
            f"WHERE {where} LIMIT {COUNT_CAP + 1})"
        )

    def rows(self, params: list[Any], limit: int) -> list[tuple[Any, ...]]:
        return db.execute_sql(self.rows_sql(limit), params).fetchall()

    def count(self, params: list[Any], part: str = "overdue") -> int:
        return int(db.execute_sql(self.count_sql(part), params).fetchone()[0])


# ?1 today, ?2 the last day of the horizon, ?3 the first day looked back to.
_FOLLOW_UPS = SectionQuery(
    "e.id, e.follow_up_on, e.kind, e.title, substr(e.body, 1, 120), e.occurred_at, e.agreement_id",
    "entry e INDEXED BY entry_follow_up",
    "e.follow_up_on >= ?3 AND e.follow_up_on <= ?1 AND NOT EXISTS ("
    " SELECT 1 FROM entry_participant ep JOIN person p ON p.id = ep.person_id"
    " WHERE ep.entry_id = e.id AND p.last_contact_at > e.occurred_at)"
    f" AND NOT {_hidden('follow_up', 'e.id', 'e.follow_up_on')}",
    "e.follow_up_on, e.id",
    "e.follow_up_on",
)
_RECONNECT = SectionQuery(
    "p.id, p.next_due_on, p.display_name, p.organization, p.cadence_days, p.last_contact_at",
    "person p INDEXED BY person_next_due",
    "p.next_due_on IS NOT NULL AND p.next_due_on <= ?1 AND p.archived = 0 AND p.is_self = 0"
    f" AND NOT {_hidden('reconnect', 'p.id', 'p.next_due_on')}",
    "p.next_due_on, p.id",
    "p.next_due_on",
)
# The next session of each active agreement with a cadence, and each one's review date.
_MENTORSHIP_SOURCE = f"""(
    SELECT 'session' AS kind, a.id AS id, {NEXT_SESSION_SQL} AS due, p.id AS person_id,
        p.display_name AS name, a.program AS program, a.my_role AS my_role,
        a.cadence_days AS cadence_days, {LAST_SESSION_SQL} AS last_at
    FROM agreement a JOIN person p ON p.id = a.person_id
    WHERE a.status = 'active' AND a.cadence_days IS NOT NULL
    UNION ALL
    SELECT 'review', a.id, a.review_on, p.id, p.display_name, a.program, a.my_role,
        a.cadence_days, (SELECT max(e.occurred_at) FROM entry e
            WHERE e.agreement_id = a.id AND e.kind = 'review')
    FROM agreement a JOIN person p ON p.id = a.person_id
    WHERE a.status = 'active' AND a.review_on IS NOT NULL
) x"""
_MENTORSHIP = SectionQuery(
    "x.kind, x.id, x.due, x.person_id, x.name, x.program, x.my_role, x.cadence_days, x.last_at",
    _MENTORSHIP_SOURCE,
    "x.due IS NOT NULL AND x.due <= ?2 AND NOT EXISTS (SELECT 1 FROM reminder r"
    " WHERE r.agreement_id = x.id AND r.kind = x.kind AND r.due_on IS x.due"
    " AND (r.dismissed = 1 OR r.snoozed_until > ?1))",
    "x.due, x.kind, x.id",
    "x.due",
)
_GOAL_TARGETS = SectionQuery(
    "g.id, g.target_on, g.title, g.category, g.progress",
    "goal g",
    "g.status = 'active' AND g.target_on IS NOT NULL AND g.target_on <= ?2"
    f" AND NOT {_hidden('goal_target', 'g.id', 'g.target_on')}",
    "g.target_on, g.id",
    "g.target_on",
)


def _actions(owner: str) -> SectionQuery:
    where = (
        "x.done_on IS NULL AND x.due_on IS NOT NULL AND x.due_on <= ?2"
        f" AND x.owner = '{owner}' AND NOT {_hidden('action', 'x.id', 'x.due_on')}"
    )
    return SectionQuery(
        "x.id, x.due_on, x.title, x.owner, coalesce(x.person_id, a.person_id), "
        "coalesce(pp.display_name, ap.display_name), x.agreement_id, x.goal_id, g.title, "
        "x.entry_id",
        "action_item x INDEXED BY action_item_open "
        "LEFT JOIN person pp ON pp.id = x.person_id "
        "LEFT JOIN agreement a ON a.id = x.agreement_id "
        "LEFT JOIN person ap ON ap.id = a.person_id "
        "LEFT JOIN goal g ON g.id = x.goal_id",
        where,
        "x.due_on, x.id",
        "x.due_on",
        count_source="action_item x INDEXED BY action_item_open",
    )


_MY_ACTIONS = _actions("me")
_THEIR_ACTIONS = _actions("them")
_CELEBRATE = SectionQuery(
    "g.id, g.achieved_on, g.title, g.category",
    "goal g",
    "g.achieved_on IS NOT NULL AND g.achieved_on >= ?3 AND g.achieved_on <= ?1"
    " AND g.status = 'achieved' AND g.celebrated_on IS NULL"
    f" AND NOT {_hidden('celebrate', 'g.id', 'g.achieved_on')}",
    "g.achieved_on DESC, g.id",
    "g.achieved_on",  # (an achievement is never overdue: `to_celebrate` says 0)
)


# Each section's query, and its parameters for a day: (today, horizon's end, look-back).
QUERIES = {
    "follow_up": _FOLLOW_UPS,
    "reconnect": _RECONNECT,
    "mentorship": _MENTORSHIP,
    "goal_target": _GOAL_TARGETS,
    "my_action": _MY_ACTIONS,
    "their_action": _THEIR_ACTIONS,
    "celebrate": _CELEBRATE,
}
# Where the due date is in each section's rows.
DUE_AT = {"mentorship": 2}
PARTICIPANTS_SQL = (
    "SELECT ep.entry_id, p.id, p.display_name FROM entry_participant ep "
    "JOIN person p ON p.id = ep.person_id "
    "WHERE ep.entry_id IN ({marks}) "
    "ORDER BY ep.entry_id, p.display_name COLLATE NOCASE, p.id"
)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _moment(text: str | None) -> Any:
    return None if text is None else parse_utc(text)


def _page(
    section: SectionQuery, params: list[Any], limit: int, due_at: int
) -> tuple[list[tuple[Any, ...]], int, int]:
    """Up to `limit` rows, the section's total and how many of them are overdue: counted
    only for a full page, as the overdue ones and those due from today on (a short range
    for every section), each up to COUNT_CAP + 1. `due_at` is the due date's place in a row."""
    found = section.rows(params, limit)
    today = params[0]
    if len(found) < limit:
        overdue = sum(1 for r in found if r[due_at] is not None and r[due_at] < today)
        return found, len(found), overdue
    overdue = section.count(params, "overdue")
    ahead = section.count(params, "ahead")
    total = min(overdue + ahead, COUNT_CAP + 1)
    return found, max(len(found), total), min(overdue, COUNT_CAP + 1)


# Rows as dicts, the section's total, and how many of them are overdue.
Page = tuple[list[dict[str, Any]], int, int]


def follow_ups(today: date, look_back_days: int, limit: int) -> Page:
    """Entries whose follow-up date is today or has passed (up to `look_back_days` ago)
    and that nobody they were with has been in touch with since."""
    params = [today.isoformat(), today.isoformat(), (today - timedelta(look_back_days)).isoformat()]
    found, total, overdue = _page(_FOLLOW_UPS, params, limit, 1)
    people = _participants([r[0] for r in found])
    rows = [
        {
            "entry_id": r[0],
            "due_on": _day(r[1]),
            "entry_kind": r[2],
            "title": r[3],
            "detail": " ".join((r[4] or "").split()),  # the start of its notes
            "last_at": _moment(r[5]),
            "agreement_id": r[6],
            "people": people.get(r[0], ()),
        }
        for r in found
    ]
    return rows, total, overdue


def _participants(entry_ids: list[int]) -> dict[int, tuple[tuple[int, str], ...]]:
    """Each entry's participants as (id, name), by name."""
    found: dict[int, list[tuple[int, str]]] = {}
    if entry_ids:
        for entry_id, person_id, name in db.execute_sql(
            PARTICIPANTS_SQL.format(marks=",".join("?" * len(entry_ids))), entry_ids
        ):
            found.setdefault(entry_id, []).append((person_id, name))
    return {k: tuple(v) for k, v in found.items()}


def reconnect(today: date, limit: int) -> Page:
    """People whose keep-in-touch date is today or has passed (not archived, not me)."""
    found, total, overdue = _page(_RECONNECT, [today.isoformat()], limit, 1)
    rows = [
        {
            "person_id": r[0],
            "due_on": _day(r[1]),
            "title": r[2],
            "detail": r[3],
            "cadence_days": r[4],
            "last_at": _moment(r[5]),
            "people": ((r[0], r[2]),),
        }
        for r in found
    ]
    return rows, total, overdue


def mentorship(today: date, horizon_days: int, limit: int) -> Page:
    """Next sessions and reviews of active agreements, overdue or due within the horizon."""
    params = [today.isoformat(), (today + timedelta(horizon_days)).isoformat()]
    found, total, overdue = _page(_MENTORSHIP, params, limit, 2)
    rows = [
        {
            "kind": r[0],
            "agreement_id": r[1],
            "due_on": _day(r[2]),
            "title": r[4],
            "detail": r[5],
            "my_role": r[6],
            "cadence_days": r[7],
            "last_at": _moment(r[8]),
            "people": ((r[3], r[4]),),
        }
        for r in found
    ]
    return rows, total, overdue


def goal_targets(today: date, horizon_days: int, limit: int) -> Page:
    """Active goals whose target date has passed or comes within the horizon."""
    params = [today.isoformat(), (today + timedelta(horizon_days)).isoformat()]
    found, total, overdue = _page(_GOAL_TARGETS, params, limit, 1)
    rows = [
        {
            "goal_id": r[0],
            "due_on": _day(r[1]),
            "title": r[2],
            "detail": r[3],
            "progress": r[4],
        }
        for r in found
    ]
    return rows, total, overdue


def actions(today: date, horizon_days: int, owner: str, limit: int) -> Page:
    """Open action items of one owner ("me", "them") overdue or due within the horizon."""
    params = [today.isoformat(), (today + timedelta(horizon_days)).isoformat()]
    section = _MY_ACTIONS if owner == "me" else _THEIR_ACTIONS
    found, total, overdue = _page(section, params, limit, 1)
    rows = [
        {
            "action_id": r[0],
            "due_on": _day(r[1]),
            "title": r[2],
            "owner": r[3],
            "people": () if r[4] is None else ((r[4], r[5]),),
            "agreement_id": r[6],
            "goal_id": r[7],
            "detail": r[8] or "",
            "entry_id": r[9],
        }
        for r in found
    ]
    return rows, total, overdue


def to_celebrate(today: date, look_back_days: int, limit: int) -> Page:
    """Goals achieved in the last `look_back_days` days and not celebrated yet, newest first."""
    params = [today.isoformat(), today.isoformat(), (today - timedelta(look_back_days)).isoformat()]
    found, total, _ = _page(_CELEBRATE, params, limit, 1)
    rows = [{"goal_id": r[0], "due_on": _day(r[1]), "title": r[2], "detail": r[3]} for r in found]
    return rows, total, 0


# --- one item's due date, for snoozing and dismissing it ----------------------------------

_DUE_SQL = {
    "follow_up": "SELECT follow_up_on FROM entry WHERE id = ?1",
    "reconnect": "SELECT next_due_on FROM person WHERE id = ?1",
    "session": f"SELECT {NEXT_SESSION_SQL} FROM agreement a WHERE a.id = ?1",
    "review": "SELECT review_on FROM agreement WHERE id = ?1",
    "goal_target": "SELECT target_on FROM goal WHERE id = ?1",
    "celebrate": "SELECT achieved_on FROM goal WHERE id = ?1",
    "action": "SELECT due_on FROM action_item WHERE id = ?1",
}


def due_of(kind: str, target_id: int) -> tuple[bool, date | None]:
    """Whether the thing exists, and the date its item of `kind` is due on now."""
    found = db.execute_sql(_DUE_SQL[kind], (target_id,)).fetchone()
    if found is None:
        return False, None
    return True, _day(found[0])


# --- reminders -----------------------------------------------------------------------------

ReminderState = tuple[date | None, date | None, bool]  # (due_on, snoozed_until, dismissed)


def _where(kind: str, target_id: int) -> Any:
    column = getattr(Reminder, TARGET_COLUMN[kind].removesuffix("_id"))
    return (Reminder.kind == kind) & (column == target_id)


def reminder_of(kind: str, target_id: int) -> tuple[int, ReminderState] | None:
    """The reminder of an item, as (id, state), or None when it has none."""
    row = (
        Reminder.select(Reminder.id, Reminder.due_on, Reminder.snoozed_until, Reminder.dismissed)
        .where(_where(kind, target_id))
        .tuples()
        .first()
    )
    if row is None:
        return None
    return row[0], (row[1], row[2], bool(row[3]))


def set_reminder(kind: str, target_id: int, state: ReminderState) -> int:
    """Snooze or dismiss an item (one reminder per item: a new one replaces the old)."""
    due_on, snoozed_until, dismissed = state
    existing = reminder_of(kind, target_id)
    if existing is not None:
        Reminder.update(
            due_on=due_on, snoozed_until=snoozed_until, dismissed=dismissed, updated_at=utc_now()
        ).where(Reminder.id == existing[0]).execute()
        return existing[0]
    target = TARGET_COLUMN[kind].removesuffix("_id")
    return Reminder.insert(
        kind=kind,
        due_on=due_on,
        snoozed_until=snoozed_until,
        dismissed=dismissed,
        **{target: target_id},
    ).execute()


def delete_reminder(kind: str, target_id: int) -> int | None:
    """Remove an item's reminder; its id, or None when it had none."""
    existing = reminder_of(kind, target_id)
    if existing is None:
        return None
    Reminder.delete().where(Reminder.id == existing[0]).execute()
    return existing[0]
