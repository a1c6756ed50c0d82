"""What is coming up, as an iCalendar file (RFC 5545) any calendar program can add.

One all-day event per next session, review, follow-up and goal target date (and,
on request, action items due and people due to reconnect) from
`journal.timeline.upcoming`. No server: the file is made once and imported.

Each event's UID comes from the uuid of the thing it is about and what it is
(`session-<agreement uuid>@netjournal`…), never from its date: exported again after
a session is logged, the next session has moved but keeps its UID, so importing the
new file moves the event instead of adding a second one.

Private notes never go in: summaries and descriptions are made of titles, names,
dates and counts only. No note, agenda, takeaway, expectation, boundary or "why"
of a goal, and for a follow-up the entry's title only (never the start of its notes,
which is what the timeline shows for an untitled entry).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from netjournal import __version__
from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from netjournal.interchange.filenames import Exported, in_chunks, output_file, writing
from netjournal.journal import Journal
from netjournal.journal.records import (
    ActionItem,
    AgreementRow,
    EntryRow,
    GoalRow,
    PersonRow,
    UpcomingItem,
)

PRODID = f"-//NetJournal//NetJournal {__version__}//EN"
DOMAIN = "netjournal"
DEFAULT_KINDS = ("session", "review", "follow_up", "goal_target")
KINDS = (*DEFAULT_KINDS, "action_due", "reconnect")
MAX_ITEMS = 100_000  # what `timeline.upcoming` gives at most, of each source

# The first part of each UID: what the event is about.
_UID_PREFIX = {
    "session": "session",
    "review": "review",
    "follow_up": "follow-up",
    "goal_target": "target",
    "action_due": "action",
    "reconnect": "reconnect",
}
_CATEGORY = {
    "session": "Session",
    "review": "Review",
    "follow_up": "Follow-up",
    "goal_target": "Goal target",
    "action_due": "Action item",
    "reconnect": "Reconnect",
}
_ENTRY_KIND_WORDS = {
    "meeting": "meeting",
    "coffee": "coffee",
    "call": "call",
    "message": "message",
    "study_session": "study session",
    "event": "event",
    "session": "session",
    "review": "review",
    "note": "note",
}
_ROLE_WORDS = {
    "mentor": "you mentor them",
    "mentee": "they mentor you",
    "peer": "you are peers",
}


@dataclass
class _Context:
    """The records the events are made from, each read once for all the items."""

    agreements: dict[int, AgreementRow]
    entries: dict[int, EntryRow]
    goals: dict[int, GoalRow]
    actions: dict[int, ActionItem]
    people: dict[int, PersonRow]


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.isoformat()


def _context(journal: Journal, items: Sequence[UpcomingItem]) -> _Context:
    def ids(*kinds: str) -> list[int]:
        return list(dict.fromkeys(i.item_id for i in items if i.kind in kinds))

    agreements = {
        a.id: a
        for chunk in in_chunks(ids("session", "review"))
        for a in journal.mentorships.rows(ids=chunk)
    }
    entries = {
        e.id: e for chunk in in_chunks(ids("follow_up")) for e in journal.entries.rows(chunk)
    }
    goals = {
        g.id: g for chunk in in_chunks(ids("goal_target")) for g in journal.goals.rows(ids=chunk)
    }
    action_ids = set(ids("action_due"))
    actions = (
        {a.id: a for a in journal.mentorships.actions(open_only=True) if a.id in action_ids}
        if action_ids
        else {}
    )
    person_ids = {pid for item in items for pid in item.person_ids}
    person_ids |= {a.person_id for a in actions.values() if a.person_id is not None}
    people = {
        p.id: p for chunk in in_chunks(sorted(person_ids)) for p in journal.people.rows(chunk)
    }
    return _Context(agreements, entries, goals, actions, people)


# Each function makes one kind of event from its record: the uuid the event is keyed
# on, its summary and its description; None when the thing is gone meanwhile.
EventText = tuple[str, str, str] | None


def _agreement_event(item: UpcomingItem, context: _Context) -> EventText:
    agreement = context.agreements.get(item.item_id)
    if agreement is None:
        return None
    name = agreement.person_name
    lines = [f"Mentorship with {name}: {_ROLE_WORDS.get(agreement.my_role, '')}."]
    if agreement.program:
        lines.append(f"Program: {agreement.program}.")
    if agreement.started_on:
        lines.append(f"Started on {_day(agreement.started_on)}.")
    if agreement.cadence_days:
        by = f" by {agreement.channel}" if agreement.channel else ""
        lines.append(f"Meets every {agreement.cadence_days} days{by}.")
    if agreement.last_session_at:
        lines.append(f"Last session: {_day(agreement.last_session_at)}.")
    elif item.kind == "session":
        lines.append("No session yet.")
    if agreement.open_actions:
        lines.append(f"Open action items: {agreement.open_actions}.")
    if item.kind == "session":
        return agreement.uuid, f"Session with {name}", "\n".join(lines)
    return agreement.uuid, f"Review of the agreement with {name}", "\n".join(lines)


def _follow_up_event(item: UpcomingItem, context: _Context) -> EventText:
    entry = context.entries.get(item.item_id)
    if entry is None:
        return None
    what = _ENTRY_KIND_WORDS.get(entry.kind, entry.kind)
    when = _day(entry.occurred_at)
    names = ", ".join(name for _, name in entry.participants)
    # The entry's title only: an untitled entry is named by what and who, never by its notes.
    title = entry.title or (f"{what} with {names}" if names else f"{what} of {when}")
    with_whom = f" with {names}" if names else ""
    return entry.uuid, f"Follow up: {title}", f"Follow-up of the {what} on {when}{with_whom}."


def _target_event(item: UpcomingItem, context: _Context) -> EventText:
    goal = context.goals.get(item.item_id)
    if goal is None:
        return None
    lines = [f"Target date of the goal “{goal.title}” ({goal.category}, {goal.horizon} term)."]
    if goal.milestones_total:
        lines.append(f"Milestones reached: {goal.milestones_done} of {goal.milestones_total}.")
    else:
        lines.append(f"Progress: {goal.progress_percent}%.")
    if goal.member_list:
        shared = ", ".join(
            f"{m.display_name} ({m.role.replace('_', ' ')})" for m in goal.member_list
        )
        lines.append(f"Shared with {shared}.")
    return goal.uuid, f"Target: {goal.title}", "\n".join(lines)


def _action_event(item: UpcomingItem, context: _Context) -> EventText:
    action = context.actions.get(item.item_id)
    if action is None:
        return None
    person = context.people.get(action.person_id) if action.person_id else None
    if action.owner == "them" and person is not None:
        who = f"For {person.display_name} to do."
    else:
        who = "For you to do." + (f" With {person.display_name}." if person else "")
    return action.uuid, f"Due: {action.title}", who


def _reconnect_event(item: UpcomingItem, context: _Context) -> EventText:
    person = context.people.get(item.item_id)
    if person is None:
        return None
    lines = [f"Time to get in touch with {person.display_name}."]
    where = ", ".join(x for x in (person.role, person.organization) if x)
    if where:
        lines.append(f"{where}.")
    if person.last_contact_at:
        lines.append(f"Last in touch on {_day(person.last_contact_at)}.")
    return person.uuid, f"Reconnect with {person.display_name}", "\n".join(lines)


_EVENT_MAKERS = {
    "session": _agreement_event,
    "review": _agreement_event,
    "follow_up": _follow_up_event,
    "goal_target": _target_event,
    "action_due": _action_event,
    "reconnect": _reconnect_event,
}


def upcoming_calendar(
    journal: Journal,
    *,
    horizon_days: int = 90,
    today: date | None = None,
    include_overdue: bool = False,
    kinds: Sequence[str] = DEFAULT_KINDS,
    now: datetime | None = None,
) -> tuple[Calendar, dict[str, int]]:
    """The calendar of what is coming up, and how many events of each kind it holds."""
    if isinstance(kinds, str):
        kinds = (kinds,)  # one kind given on its own, not its letters
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "“{kind}” is not something a calendar can hold (one of {kinds})."
            ),
            "kinds",
            kind=unknown[0],
            kinds=", ".join(KINDS),
        )
    if (
        isinstance(horizon_days, bool)
        or not isinstance(horizon_days, int)
        or not (0 <= horizon_days <= 10 * 366)
    ):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "The horizon must be a number of days from 0 to 3,660."
            ),
            "horizon_days",
        )
    today = today or date.today()
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    items = [
        item
        for item in journal.timeline.upcoming(
            today,
            horizon_days,
            limit=MAX_ITEMS,
            overdue_cap=MAX_ITEMS if include_overdue else 0,
        )
        if item.kind in kinds
    ]
    context = _context(journal, items)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "NetJournal")
    counts = dict.fromkeys(kinds, 0)
    seen: set[str] = set()
    for item in items:
        made = _EVENT_MAKERS[item.kind](item, context)
        if made is None:
            continue
        key, summary, description = made
        uid = f"{_UID_PREFIX[item.kind]}-{key}@{DOMAIN}"
        if uid in seen:
            continue
        seen.add(uid)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due_on)
        event.add("dtend", item.due_on + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("categories", ["NetJournal", _CATEGORY[item.kind]])
        event.add("transp", "TRANSPARENT")  # a reminder for the day, not a busy time
        calendar.add_component(event)
        counts[item.kind] += 1
    counts["events"] = len(seen)
    return calendar, counts


def export_ics(
    journal: Journal,
    path: str | os.PathLike[str],
    *,
    horizon_days: int = 90,
    today: date | None = None,
    include_overdue: bool = False,
    kinds: Sequence[str] = DEFAULT_KINDS,
    overwrite: bool = False,
    now: datetime | None = None,
) -> Exported:
    """Write what is coming up in the next `horizon_days` to one .ics file.

    Sessions, reviews, follow-ups and goal target dates by default; `kinds` may add
    "action_due" and "reconnect". Overdue things are left out unless
    `include_overdue` (a calendar shows them on the past day they were due).
    Counts: events, and events of each kind.
    """
    target = output_file(path, overwrite=overwrite)
    calendar, counts = upcoming_calendar(
        journal,
        horizon_days=horizon_days,
        today=today,
        include_overdue=include_overdue,
        kinds=kinds,
        now=now,
    )
    with writing(target, overwrite=overwrite, binary=True) as out:
        out.write(calendar.to_ical())
    return Exported(target, counts, (target,))
