"""Plain dataclasses the domain API returns: no database objects ever leave it."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from typing import Any, NamedTuple, Self

from netjournal.store.models import parse_utc
from netjournal.store.paging import Cursor

_MISSING = object()


class _FromRow:
    """Builds a record from a store dict, converting raw SQL text to dates and times.

    List views build a record for every row of every page, so this is on the hot
    path: the field names and defaults are looked up once per class, and the
    instance dict is filled directly. A frozen dataclass's `__init__` costs 4 µs
    for a dozen fields (one `object.__setattr__` each); this costs about 1 µs. It
    is safe because no record has `__post_init__` or a default factory, which
    `_spec` checks.
    """

    _dates: tuple[str, ...] = ()
    _times: tuple[str, ...] = ()

    @classmethod
    def _spec(cls) -> tuple[frozenset[str], tuple[tuple[str, Any], ...]]:
        """The field names, and each field with its default (`_MISSING` when required)."""
        spec = cls.__dict__.get("_fields_and_defaults")
        if spec is None:
            if hasattr(cls, "__post_init__"):
                raise TypeError(f"{cls.__name__} cannot be built by from_row")
            found = []
            for f in fields(cls):  # type: ignore[arg-type]
                if f.default_factory is not MISSING:
                    raise TypeError(f"{cls.__name__}.{f.name} has a default factory")
                found.append((f.name, _MISSING if f.default is MISSING else f.default))
            spec = (frozenset(name for name, _ in found), tuple(found))
            cls._fields_and_defaults = spec  # type: ignore[attr-defined]
        return spec

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        names, spec = cls._spec()
        if row.keys() == names:  # the store's list rows: exactly the record's fields
            values = dict(row)
        else:
            values = {name: row.get(name, default) for name, default in spec}
            if _MISSING in values.values():
                missing = next(name for name, value in values.items() if value is _MISSING)
                raise TypeError(f"{cls.__name__} needs “{missing}”, which the row lacks")
        for name in cls._dates:
            value = values[name]
            if value is not None and not isinstance(value, date):
                values[name] = date.fromisoformat(value)
        for name in cls._times:
            value = values[name]
            if value is not None and not isinstance(value, datetime):
                values[name] = parse_utc(value)
        record = object.__new__(cls)
        record.__dict__.update(values)
        return record

    @classmethod
    def adopt(cls, row: dict[str, Any]) -> Self:
        """A record that takes over `row` as its attributes, with no copy and no conversion.

        For the list pages only: the store hands over fresh dicts whose keys are
        exactly the record's fields and whose values already have the right types.
        """
        if row.keys() != cls._spec()[0]:
            raise TypeError(f"{cls.__name__} cannot adopt a row with keys {sorted(row)}")
        record = object.__new__(cls)
        object.__setattr__(record, "__dict__", row)
        return record


@dataclass(frozen=True)
class TagRecord(_FromRow):
    id: int
    name: str
    colour: str = ""
    is_circle: bool = False
    people: int = 0


@dataclass(frozen=True)
class ContactMethod(_FromRow):
    kind: str
    value: str
    label: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PersonRow(_FromRow):
    """One line of the contacts list."""

    _dates = ("next_due_on",)
    _times = ("last_contact_at",)

    id: int
    display_name: str
    organization: str
    role: str
    pronouns: str
    archived: bool
    cadence_days: int | None
    last_contact_at: datetime | None
    next_due_on: date | None
    tags: tuple[TagRecord, ...] = ()
    uuid: str = ""


@dataclass(frozen=True)
class Person(_FromRow):
    """Everything about one person."""

    _dates = ("met_on", "birthday", "next_due_on")
    _times = ("created_at", "updated_at", "last_contact_at")

    id: int
    uuid: str
    display_name: str
    given_name: str
    family_name: str
    nickname: str
    pronouns: str
    organization: str
    role: str
    met_how: str
    met_where: str
    met_on: date | None
    birthday: date | None
    cadence_days: int | None
    notes: str
    photo: bytes | None
    archived: bool
    last_contact_at: datetime | None
    next_due_on: date | None
    created_at: datetime
    updated_at: datetime
    contact_methods: tuple[ContactMethod, ...] = ()
    tags: tuple[TagRecord, ...] = ()
    skills_offered: tuple[str, ...] = ()
    skills_sought: tuple[str, ...] = ()
    potential_mentor_stage: str | None = None
    is_self: bool = False

    def emails(self) -> list[str]:
        return [m.value for m in self.contact_methods if m.kind == "email"]


@dataclass(frozen=True)
class EntryRow(_FromRow):
    """One line of the timeline."""

    _dates = ("follow_up_on",)
    _times = ("occurred_at",)

    id: int
    kind: str
    title: str
    excerpt: str
    occurred_at: datetime
    helped: str | None
    follow_up_on: date | None
    agreement_id: int | None
    participants: tuple[tuple[int, str], ...] = ()
    uuid: str = ""


@dataclass(frozen=True)
class Entry(_FromRow):
    _dates = ("follow_up_on",)
    _times = ("occurred_at", "created_at", "updated_at")

    id: int
    uuid: str
    kind: str
    title: str
    body: str
    occurred_at: datetime
    helped: str | None
    follow_up_on: date | None
    agreement_id: int | None
    created_at: datetime
    updated_at: datetime
    participant_ids: tuple[int, ...] = ()
    goal_ids: tuple[int, ...] = ()
    shareable: bool = False


@dataclass(frozen=True)
class Milestone(_FromRow):
    _dates = ("due_on", "done_on")

    id: int
    title: str
    due_on: date | None
    done_on: date | None
    position: int = 0
    uuid: str = ""


class MemberRef(NamedTuple):
    """A member as a goals list row names them: light, since every row holds a few."""

    person_id: int
    display_name: str
    role: str


@dataclass(frozen=True)
class Member(_FromRow):
    person_id: int
    display_name: str
    role: str


@dataclass(frozen=True)
class GoalRow(_FromRow):
    """One line of the goals list; `progress_percent` comes from milestones when there are any."""

    _dates = ("start_on", "target_on", "achieved_on", "celebrated_on")

    id: int
    title: str
    category: str
    horizon: str
    status: str
    start_on: date | None
    target_on: date | None
    achieved_on: date | None
    progress: int | None
    milestones_total: int = 0
    milestones_done: int = 0
    members: int = 0
    uuid: str = ""
    celebrated_on: date | None = None
    member_list: tuple[MemberRef, ...] = ()  # who shares it, by name

    @property
    def progress_percent(self) -> int:
        if self.milestones_total:
            return round(100 * self.milestones_done / self.milestones_total)
        return self.progress or 0


@dataclass(frozen=True)
class Goal(_FromRow):
    _dates = ("start_on", "target_on", "achieved_on", "celebrated_on")
    _times = ("created_at", "updated_at")

    id: int
    uuid: str
    title: str
    why: str
    category: str
    horizon: str
    status: str
    start_on: date | None
    target_on: date | None
    achieved_on: date | None
    progress: int | None
    created_at: datetime
    updated_at: datetime
    milestones: tuple[Milestone, ...] = ()
    members: tuple[Member, ...] = ()
    skills: tuple[str, ...] = ()
    celebrated_on: date | None = None

    @property
    def progress_percent(self) -> int:
        """From the milestones reached when there are any, else as set by hand."""
        if self.milestones:
            done = sum(1 for m in self.milestones if m.done_on is not None)
            return round(100 * done / len(self.milestones))
        return self.progress or 0


@dataclass(frozen=True)
class Suggestion(_FromRow):
    """Someone who could help, or be helped, and the skills that say why."""

    person_id: int
    display_name: str
    skills: tuple[str, ...]
    member: bool = False


@dataclass(frozen=True)
class Reciprocity:
    """Who offers what a goal needs; which of its members seek what I offer."""

    could_help: tuple[Suggestion, ...]
    i_could_help: tuple[Suggestion, ...]
    my_offers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Revision(_FromRow):
    _times = ("created_at",)

    id: int
    number: int
    reason: str
    terms: dict[str, Any]
    created_at: datetime
    uuid: str = ""


@dataclass(frozen=True)
class Review(_FromRow):
    """A review of an agreement: what works, what to change, and what was decided."""

    _times = ("occurred_at", "created_at")

    id: int
    entry_id: int
    occurred_at: datetime
    created_at: datetime
    what_works: str
    what_to_change: str
    decision: str
    notes: str = ""
    shareable: bool = False
    uuid: str = ""


@dataclass(frozen=True)
class AgreementRow(_FromRow):
    _dates = ("started_on", "ends_on", "review_on", "next_session_on")
    _times = ("last_session_at",)

    id: int
    person_id: int
    person_name: str
    my_role: str
    formal: bool
    program: str
    status: str
    started_on: date | None
    ends_on: date | None
    review_on: date | None
    cadence_days: int | None
    channel: str
    last_session_at: datetime | None
    open_actions: int = 0
    uuid: str = ""
    next_session_on: date | None = None
    overdue_actions: int = 0


@dataclass(frozen=True)
class Agreement(_FromRow):
    _dates = ("started_on", "ends_on", "review_on", "next_session_on")
    _times = ("created_at", "updated_at", "last_session_at")

    id: int
    uuid: str
    person_id: int
    person_name: str
    my_role: str
    formal: bool
    program: str
    status: str
    started_on: date | None
    ends_on: date | None
    review_on: date | None
    cadence_days: int | None
    channel: str
    my_expectations: str
    their_expectations: str
    boundaries: str
    created_at: datetime
    updated_at: datetime
    goal_ids: tuple[int, ...] = ()
    revisions: tuple[Revision, ...] = ()
    reviews: tuple[Review, ...] = ()
    last_session_at: datetime | None = None
    next_session_on: date | None = None
    open_actions: int = 0
    overdue_actions: int = 0

    @property
    def pending_adaptation(self) -> Review | None:
        """The last review, when it decided to adapt the terms and no revision followed it."""
        if not self.reviews or self.reviews[-1].decision != "adapt":
            return None
        review = self.reviews[-1]
        if self.revisions and self.revisions[-1].created_at >= review.created_at:
            return None
        return review


@dataclass(frozen=True)
class ActionItem(_FromRow):
    _dates = ("due_on", "done_on")

    id: int
    title: str
    owner: str
    person_id: int | None
    due_on: date | None
    done_on: date | None
    entry_id: int | None
    agreement_id: int | None
    goal_id: int | None
    uuid: str = ""


@dataclass(frozen=True)
class Session(_FromRow):
    """A session of a mentorship: its entry, agenda, notes, takeaways and action items.

    Each of agenda, notes and takeaways is private unless its `…_shareable` is set.
    """

    _times = ("occurred_at",)

    entry_id: int
    agreement_id: int | None
    occurred_at: datetime
    title: str
    agenda: str
    agenda_shareable: bool
    notes: str
    notes_shareable: bool
    takeaways: str
    takeaways_shareable: bool
    participant_ids: tuple[int, ...] = ()
    goal_ids: tuple[int, ...] = ()
    actions: tuple[ActionItem, ...] = ()


@dataclass(frozen=True)
class MenteeOverview(_FromRow):
    """One mentee at a glance: when we last and next meet, what is overdue, what they pursue."""

    _dates = ("next_session_on",)
    _times = ("last_session_at",)

    agreement_id: int
    person_id: int
    person_name: str
    status: str
    last_session_at: datetime | None
    next_session_on: date | None
    overdue_actions: tuple[ActionItem, ...] = ()
    goals: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class OutreachRow(_FromRow):
    """A potential mentor and where the approach stands."""

    _dates = ("stage_on",)

    person_id: int
    display_name: str
    organization: str
    role: str
    stage: str
    stage_on: date | None
    notes: str = ""
    message: str = ""
    archived: bool = False


@dataclass(frozen=True)
class SharedNote(_FromRow):
    """A note of an agreement marked shareable: the only kind that leaves the journal."""

    _times = ("occurred_at",)

    occurred_at: datetime
    kind: str  # the entry's kind: session, review, note…
    part: str  # notes, agenda, takeaways, what_works, what_to_change
    title: str
    text: str


@dataclass(frozen=True)
class AgreementSummary:
    """What a one-page summary for the counterpart holds: nothing private."""

    agreement: Agreement
    objectives: tuple[GoalRow, ...]
    open_actions: tuple[ActionItem, ...]
    shared_notes: tuple[SharedNote, ...]


@dataclass(frozen=True)
class Page:
    """A page of ids in list order; pass `cursor` back to get the next page.

    `rows` holds the list rows of those ids when the page was asked `with_rows`.
    """

    ids: tuple[int, ...]
    cursor: Cursor | None
    complete: bool = field(default=False)
    rows: tuple[Any, ...] = ()

    @classmethod
    def of(
        cls, keys: list[tuple[int, Any]], rows: tuple[Any, ...], limit: int, cursor: Cursor | None
    ) -> Page:
        """A page from up to `limit + 1` keys (id, sort value); one extra means more follow."""
        complete = len(keys) <= limit
        keys = keys[:limit]
        last = keys[-1] if keys else None
        return cls(
            tuple(i for i, _ in keys),
            (last[1], last[0]) if last else cursor,
            complete,
            rows[:limit],
        )


@dataclass(frozen=True)
class TimelineItem(_FromRow):
    """One dated thing in the timeline.

    `kind` is one of `netjournal.journal.timeline.ITEM_KINDS`; for an entry,
    `entry_kind` holds the entry's own kind (meeting, call…). `at` is when it
    happened, aware UTC; things that carry a date only are at 12:00 UTC of it.
    `item_id` is the id of the row the item is (the entry, milestone, goal,
    agreement, revision or action item); the other ids say what to open.
    """

    _times = ("at",)

    kind: str
    at: datetime
    item_id: int
    title: str
    summary: str
    entry_kind: str | None = None
    entry_id: int | None = None
    goal_id: int | None = None
    agreement_id: int | None = None
    milestone_id: int | None = None
    action_id: int | None = None
    revision_id: int | None = None
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TimelinePage:
    """Items newest first; pass `cursor` back to `timeline.page` for the next ones."""

    items: tuple[TimelineItem, ...]
    cursor: tuple[str, str, int] | None
    complete: bool = False


@dataclass(frozen=True)
class UpcomingItem(_FromRow):
    """Something ahead (or overdue): a follow-up, a reconnect, a session, a review…"""

    _dates = ("due_on",)

    kind: str
    due_on: date
    overdue: bool
    item_id: int
    title: str
    summary: str
    entry_id: int | None = None
    goal_id: int | None = None
    agreement_id: int | None = None
    action_id: int | None = None
    person_ids: tuple[int, ...] = ()
