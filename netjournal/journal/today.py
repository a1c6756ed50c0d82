"""What needs me now: the home tab's items, each done, snoozed or dismissed in place.

Sections, in the order the Today tab shows them:

- `follow_up`: entries whose follow-up date is today or has passed (looked back
  `FOLLOW_UP_LOOK_BACK_DAYS`, as `Timeline.upcoming` does) and whose people nobody has
  been in touch with since the entry;
- `reconnect`: people whose keep-in-touch date (cadence after the last contact) is
  today or has passed; archived people and "me" are left out;
- `mentorship`: the next session and the review of each active agreement, overdue or
  due within `HORIZON_DAYS`;
- `goal_target`: active goals whose target date has passed or comes within the horizon;
- `my_action` and `their_action`: open action items with a due date that has passed or
  comes within the horizon. Undated ones are left out: Today is what is due, and an
  undated item would stay on it for ever (the agreement and the goal list them);
- `celebrate`: goals achieved in the last `CELEBRATE_DAYS` days and not celebrated yet.

Each section holds at most `limit` items, oldest due first (the newest achievement first
for `celebrate`), and its total ("and 312 more"), counted up to `store.today.COUNT_CAP` (1,000).

Acting in place: `done(key)` does what the item asks through the other domain APIs
(one transaction each): an action item is completed; a follow-up has its follow-up date
cleared (the entry stays, the timeline's "coming up" no longer lists it); "in touch" with
a person logs a note with them now, which restarts their keep-in-touch clock; a session
is logged as held now; a goal target marks the goal achieved. A review and a celebration
are done by writing them, so `done` refuses those: the UI opens their dialogs. `undo`
reverses a `done`. `snooze(key, until)` and `dismiss(key)` store a reminder for the date
the item is due on now; it hides the item only while that date stays, so a dismissed
follow-up comes back when it is given a new date. `restore` undoes either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from netjournal.journal import validate as v
from netjournal.journal.entries import Entries
from netjournal.journal.goals import Goals
from netjournal.journal.mentorships import Mentorships
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.vocab import EntryKind
from netjournal.store import today as store

# Sections of Today, in order.
SECTIONS = (
    "follow_up",
    "reconnect",
    "mentorship",
    "goal_target",
    "my_action",
    "their_action",
    "celebrate",
)
# Kinds of item: the first part of an item's key ("follow_up:12"); the second is the id of
# the entry, person, agreement, goal or action item it is about.
ITEM_KINDS = tuple(store.TARGET_COLUMN)
# What `done` can do in place (a review and a celebration are written in their dialogs).
DONE_IN_PLACE = ("follow_up", "reconnect", "session", "goal_target", "action")

HORIZON_DAYS = 14
FOLLOW_UP_LOOK_BACK_DAYS = 90
CELEBRATE_DAYS = 30
SECTION_LIMIT = 50


@dataclass(frozen=True)
class TodayItem:
    """One thing that needs me: what it is about, when it is due, and the facts the UI
    puts in words ("Follow-up from Coffee with Ana, 3 days overdue")."""

    key: str  # kind:id, stable while the thing exists
    kind: str  # one of ITEM_KINDS
    section: str  # one of SECTIONS
    title: str  # the entry's title (may be empty), the person, the goal, the action item
    due_on: date | None
    overdue: bool  # due before today (a goal to celebrate never is)
    days: int  # due_on - today, in days: -3 is three days overdue
    people: tuple[tuple[int, str], ...] = ()  # (id, name) of the people it is about
    entry_id: int | None = None
    person_id: int | None = None
    agreement_id: int | None = None
    goal_id: int | None = None
    action_id: int | None = None
    # The start of a follow-up's notes, the person's organization, the agreement's program,
    # the goal's category, the title of an action item's goal.
    detail: str = ""
    entry_kind: str | None = None  # of a follow-up's entry
    my_role: str | None = None  # in a session's or review's agreement
    owner: str | None = None  # of an action item
    cadence_days: int | None = None  # keep-in-touch or meeting cadence
    last_at: datetime | None = None  # last contact, last session, last review, the entry's time
    progress: int | None = None  # of a goal with a target

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(person_id for person_id, _ in self.people)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for _, name in self.people)

    @property
    def due_today(self) -> bool:
        return self.days == 0 and self.due_on is not None


@dataclass(frozen=True)
class TodaySection:
    """One section: its first items and how many it holds in all."""

    kind: str
    items: tuple[TodayItem, ...]
    total: int  # all its items; when not `total_exact`, more than the count's cap
    total_exact: bool = True
    overdue: int = 0  # how many of them are overdue; when not `overdue_exact`, more than the cap
    overdue_exact: bool = True

    @property
    def more(self) -> int:
        """How many items the section holds beyond those listed (at least, if not exact)."""
        return self.total - len(self.items)


@dataclass(frozen=True)
class TodayList:
    """Every section of Today, in order, empty ones included."""

    today: date
    sections: tuple[TodaySection, ...]

    def section(self, kind: str) -> TodaySection:
        return next(s for s in self.sections if s.kind == kind)

    @property
    def items(self) -> tuple[TodayItem, ...]:
        """The listed items of every section, in order."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def total(self) -> int:
        return sum(section.total for section in self.sections)

    @property
    def overdue(self) -> int:
        """How many items of every section are overdue."""
        return sum(section.overdue for section in self.sections)

    @property
    def exact(self) -> bool:
        """Whether every total is exact (none is "more than" the count's cap)."""
        return all(section.total_exact for section in self.sections)

    @property
    def overdue_exact(self) -> bool:
        return all(section.overdue_exact for section in self.sections)

    @property
    def empty(self) -> bool:
        return self.total == 0

    def find(self, key: str) -> TodayItem | None:
        return next((item for item in self.items if item.key == key), None)


@dataclass(frozen=True)
class Done:
    """What `Today.done` did, for `Today.undo`."""

    key: str
    kind: str
    entry_id: int | None = None  # the note or session logged
    follow_up_on: date | None = None  # the follow-up date cleared
    goal_status: str | None = None  # the goal's status before it was achieved
    action_id: int | None = None  # the action item completed


@dataclass(frozen=True)
class ReminderChange:
    """What `snooze` or `dismiss` replaced, for `Today.restore`."""

    key: str
    # (due_on, snoozed_until, dismissed) of the reminder before, or None when there was none.
    previous: tuple[date | None, date | None, bool] | None


def parse_key(key: str) -> tuple[str, int]:
    """("follow_up", 12) from "follow_up:12"; refused when it names no kind of item."""
    kind, _, number = str(key).partition(":")
    if kind not in ITEM_KINDS or not number.isdigit():
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "“{key}” is not an item of Today."), "key", key=key
        )
    return kind, int(number)


def make_key(kind: str, target_id: int) -> str:
    return f"{kind}:{target_id}"


def _item(section: str, kind: str, target_id: int, row: dict[str, Any], today: date) -> TodayItem:
    due = row["due_on"]
    days = (due - today).days if due is not None else 0
    fields = {
        name: row[name]
        for name in (
            "title",
            "people",
            "entry_id",
            "person_id",
            "agreement_id",
            "goal_id",
            "action_id",
            "detail",
            "entry_kind",
            "my_role",
            "owner",
            "cadence_days",
            "last_at",
            "progress",
        )
        if name in row and row[name] is not None
    }
    return TodayItem(
        key=make_key(kind, target_id),
        kind=kind,
        section=section,
        due_on=due,
        overdue=kind != "celebrate" and due is not None and days < 0,
        days=days,
        **fields,
    )


class Today(JournalApi):
    """What needs me now: the home tab's items, each done, snoozed or dismissed in place."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops
        self._entries = Entries(ops)
        self._goals = Goals(ops)
        self._mentorships = Mentorships(ops)

    # --- reading ----------------------------------------------------------------------

    def items(self, today: date | None = None, *, limit: int = SECTION_LIMIT) -> TodayList:
        """Every section of Today as of `today` (the local date when None), at most
        `limit` items each, with each section's total."""
        today = today or date.today()
        if not isinstance(today, date) or isinstance(today, datetime):
            raise InvalidInput.of(QT_TRANSLATE_NOOP("Validation", "Today must be a date."), "today")
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "“{limit}” is not a number of items from 1 to 1,000."
                ),
                "limit",
                limit=limit,
            )
        pages: dict[str, tuple[str | None, str, store.Page]] = {}
        with self._ops.read():
            pages["follow_up"] = (
                "follow_up",
                "entry_id",
                store.follow_ups(today, FOLLOW_UP_LOOK_BACK_DAYS, limit),
            )
            pages["reconnect"] = ("reconnect", "person_id", store.reconnect(today, limit))
            pages["mentorship"] = (
                None,  # each row says whether it is a session or a review
                "agreement_id",
                store.mentorship(today, HORIZON_DAYS, limit),
            )
            pages["goal_target"] = (
                "goal_target",
                "goal_id",
                store.goal_targets(today, HORIZON_DAYS, limit),
            )
            for section, owner in (("my_action", "me"), ("their_action", "them")):
                pages[section] = (
                    "action",
                    "action_id",
                    store.actions(today, HORIZON_DAYS, owner, limit),
                )
            pages["celebrate"] = (
                "celebrate",
                "goal_id",
                store.to_celebrate(today, CELEBRATE_DAYS, limit),
            )
        cap = store.COUNT_CAP
        sections = []
        for section in SECTIONS:
            kind, target, (rows, total, overdue) = pages[section]
            items = tuple(
                _item(section, kind or row["kind"], row[target], row, today) for row in rows
            )
            sections.append(
                TodaySection(
                    section,
                    items,
                    min(total, cap + 1),
                    total <= cap,
                    min(overdue, cap + 1),
                    overdue <= cap,
                )
            )
        return TodayList(today, tuple(sections))

    # --- acting in place ----------------------------------------------------------------

    def done(self, key: str, *, at: datetime | None = None, note_title: str = "In touch") -> Done:
        """Do what the item asks (see the module's docstring), `at` now by default; the
        note logged for "in touch" is titled `note_title`."""
        kind, target_id = parse_key(key)
        when = v.a_time(
            at or datetime.now().astimezone(), "at", QT_TRANSLATE_NOOP("Validation", "When")
        )
        if kind == "action":
            self._mentorships.complete_action(target_id, when.astimezone().date())
            return Done(key, kind, action_id=target_id)
        if kind == "follow_up":
            previous = self._entries.get(target_id).follow_up_on
            self._entries.update(target_id, follow_up_on=None)
            return Done(key, kind, follow_up_on=previous)
        if kind == "reconnect":
            entry = self._entries.log(EntryKind.NOTE, when, [target_id], title=note_title)
            return Done(key, kind, entry_id=entry.id)
        if kind == "session":
            session = self._mentorships.log_session(target_id, when)
            return Done(key, kind, entry_id=session.entry_id)
        if kind == "goal_target":
            status = self._goals.get(target_id).status
            self._goals.achieve(target_id, when.astimezone().date())
            return Done(key, kind, goal_status=status)
        if kind == "review":
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A review is done by writing it: open it to say what works and what to change.",
                ),
                "key",
            )
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A goal is celebrated with the people who shared it: open it to tell them.",
            ),
            "key",
        )

    def undo(self, done: Done) -> None:
        """Reverse a `done`: the action item reopened, the follow-up date put back, the
        note or session logged deleted, the goal back to its status."""
        if not isinstance(done, Done):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Only what `done` did can be undone."), "done"
            )
        _, target_id = parse_key(done.key)
        if done.action_id is not None:
            self._mentorships.reopen_action(done.action_id)
        elif done.kind == "follow_up":
            self._entries.update(target_id, follow_up_on=done.follow_up_on)
        elif done.entry_id is not None:
            self._entries.delete(done.entry_id)
        elif done.goal_status is not None:
            self._goals.update(target_id, status=done.goal_status)

    def snooze(self, key: str, until: date | str, today: date | None = None) -> ReminderChange:
        """Leave the item out of Today until `until` (a day after today), while it stays
        due on the date it has now."""
        kind, target_id = parse_key(key)
        day = v.a_date(until, "until", QT_TRANSLATE_NOOP("Validation", "Snooze until"))
        today = today or date.today()
        if day is None or day <= today:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Snooze until a day after today."), "until"
            )
        return self._remind(key, kind, target_id, snoozed_until=day, dismissed=False)

    def dismiss(self, key: str) -> ReminderChange:
        """Leave the item out of Today while it stays due on the date it has now."""
        kind, target_id = parse_key(key)
        return self._remind(key, kind, target_id, snoozed_until=None, dismissed=True)

    def _remind(
        self, key: str, kind: str, target_id: int, *, snoozed_until: date | None, dismissed: bool
    ) -> ReminderChange:
        with self._ops.write() as changed:
            exists, due = store.due_of(kind, target_id)
            if not exists:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "“{key}” is no longer in the journal."),
                    "key",
                    key=key,
                )
            before = store.reminder_of(kind, target_id)
            reminder_id = store.set_reminder(kind, target_id, (due, snoozed_until, dismissed))
            changed.touched("reminder", reminder_id)
        return ReminderChange(key, None if before is None else before[1])

    def restore(self, change: ReminderChange) -> None:
        """Undo a `snooze` or `dismiss`: the reminder the item had before, or none."""
        if not isinstance(change, ReminderChange):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Only a snooze or a dismissal can be restored."),
                "change",
            )
        kind, target_id = parse_key(change.key)
        with self._ops.write() as changed:
            if change.previous is None:
                removed = store.delete_reminder(kind, target_id)
                if removed is not None:
                    changed.removed("reminder", removed)
            else:
                changed.touched("reminder", store.set_reminder(kind, target_id, change.previous))
