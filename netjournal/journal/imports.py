"""Importing people and events: a plan first, then the confirmed plan in one transaction.

`plan` says what an import would do, without writing: each incoming person is new,
merged with someone already in the journal (matched by email, then by name), or
skipped with the reason; each event is a new entry with the people it was with, or
skipped. `apply` carries a plan out in one transaction: all of it or, cancelled or
failing half-way, nothing. A merge only adds to a person (fields that were empty,
emails, phones, links and tags they did not have, notes appended): nothing already
in the journal is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NetJournalError, Words
from netjournal.journal import validate as v
from netjournal.journal.incoming import (
    LEFT_OUT,
    IncomingEvent,
    IncomingPerson,
    Parsed,
    Problem,
)
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.people import People, _clean_contact_methods
from netjournal.journal.vocab import EntryKind
from netjournal.store import entries as entry_store
from netjournal.store import people as store

NEW, MERGE, SKIP = "new", "merge", "skip"
# Fields a merge may fill when the journal has none for them.
_FILLABLE = ("given_name", "family_name", "nickname", "organization", "role", "met_how")
_DATES = ("birthday", "met_on")
# How often `apply` reports progress (and may be cancelled).
PROGRESS_EVERY = 250
# New people inserted by one statement per table (see store.insert_people).
INSERT_BATCH = 250


class ImportCancelled(NetJournalError):
    """The import was cancelled: the journal is as it was."""


@dataclass(frozen=True)
class PersonStep:
    """What happens to one incoming person."""

    incoming: IncomingPerson
    action: str  # new, merge, skip
    person_id: int | None = None  # the one merged into
    matched_by: str = ""  # email, name
    reason: str = ""  # why skipped, or what a merge adds
    values: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class EventStep:
    """What happens to one incoming event."""

    incoming: IncomingEvent
    action: str  # new, skip
    people: tuple[int, ...] = ()  # known people among the attendees
    reason: str = ""
    values: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class ImportPlan:
    """What an import will do; nothing is written until `Imports.apply`."""

    files: list[Parsed]
    people: list[PersonStep]
    events: list[EventStep]
    problems: list[Problem]

    def count(self, action: str) -> int:
        return sum(1 for s in self.people if s.action == action)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def merged(self) -> int:
        return self.count(MERGE)

    @property
    def skipped(self) -> int:
        return self.count(SKIP)

    @property
    def new_entries(self) -> int:
        return sum(1 for s in self.events if s.action == NEW)


@dataclass(frozen=True)
class ImportReport:
    """What `apply` did."""

    created: tuple[int, ...]
    merged: tuple[int, ...]
    entries: tuple[int, ...]


def _clean_incoming(person: IncomingPerson, problems: list[Problem]) -> dict[str, Any]:
    """The person's values as the journal takes them; methods it cannot take are left
    out with a problem, and a value too long for the journal refuses the whole person."""
    fields = {
        key: getattr(person, key)
        for key in ("given_name", "family_name", "nickname", "organization", "role", "met_how")
        if getattr(person, key)
    }
    if person.notes:
        fields["notes"] = person.notes
    for key in _DATES:
        value = getattr(person, key)
        if value is not None:
            fields[key] = value
    values = People._clean_fields(fields)
    methods = []
    for method in person.methods:
        try:
            methods.extend(
                _clean_contact_methods(
                    [{"kind": method.kind, "value": method.value, "label": method.label}]
                )
            )
        except InvalidInput as exc:
            problems.append(
                Problem.of(
                    person.where,
                    LEFT_OUT,
                    reason=exc,
                )
            )
    values["contact_methods"] = methods
    values["tags"] = v.names(list(person.tags), "tags", QT_TRANSLATE_NOOP("Validation", "Tag"))
    values["photo"] = People._clean_photo(person.photo) if person.photo else None
    name = person.name()
    values["display_name"] = (
        v.required_text(name, "display_name", QT_TRANSLATE_NOOP("Validation", "Name"))
        if name
        else ""
    )
    return values


def _clean_event(event: IncomingEvent) -> dict[str, Any]:
    """The entry an event becomes, as the journal takes it (or `InvalidInput`)."""
    body = event.body.strip()
    if event.location.strip():
        body = f"{body}\n\nWhere: {event.location.strip()}".strip()
    return {
        "occurred_at": v.a_time(
            event.occurred_at, "occurred_at", QT_TRANSLATE_NOOP("Validation", "Date and time")
        ),
        "title": v.text(event.title, "title", QT_TRANSLATE_NOOP("Validation", "Title"), v.NAME_MAX),
        "body": v.text(body, "body", QT_TRANSLATE_NOOP("Validation", "Notes"), v.LONG_TEXT_MAX),
    }


# What a merge says it fills in, for each field it may fill.
_FIELD_WORDS = {
    "given_name": QT_TRANSLATE_NOOP("Validation", "given name"),
    "family_name": QT_TRANSLATE_NOOP("Validation", "family name"),
    "nickname": QT_TRANSLATE_NOOP("Validation", "nickname"),
    "organization": QT_TRANSLATE_NOOP("Validation", "organization"),
    "role": QT_TRANSLATE_NOOP("Validation", "role"),
    "met_how": QT_TRANSLATE_NOOP("Validation", "how you met"),
    "birthday": QT_TRANSLATE_NOOP("Validation", "birthday"),
    "met_on": QT_TRANSLATE_NOOP("Validation", "when you met"),
}
_METHOD_WORDS = {
    "email": QT_TRANSLATE_NOOP("Validation", "email"),
    "phone": QT_TRANSLATE_NOOP("Validation", "phone"),
    "url": QT_TRANSLATE_NOOP("Validation", "link"),
    "address": QT_TRANSLATE_NOOP("Validation", "address"),
}


def _merge_adds(current: dict[str, Any], values: dict[str, Any]) -> tuple[dict[str, Any], Words]:
    """What merging `values` into the person `current` changes, and it said in words."""
    changes: dict[str, Any] = {}
    said: list[Words] = []
    for key in (*_FILLABLE, *_DATES):
        if values.get(key) and not current.get(key):
            changes[key] = values[key]
            said.append(Words.of(_FIELD_WORDS[key]))
    notes = values.get("notes", "")
    if notes and notes not in (current.get("notes") or ""):
        changes["notes"] = (
            f"{current['notes']}\n\n{notes}".strip() if current.get("notes") else notes
        )
        said.append(Words.of(QT_TRANSLATE_NOOP("Validation", "notes")))
    have = {(m["kind"], m["value"].casefold()) for m in current["contact_methods"]}
    extra = [m for m in values["contact_methods"] if (m["kind"], m["value"].casefold()) not in have]
    if extra:
        changes["contact_methods"] = [*current["contact_methods"], *extra]
        kinds = sorted({m["kind"] for m in extra})
        said.append(
            Words.of(
                QT_TRANSLATE_NOOP("Validation", "1 contact detail ({kinds})")
                if len(extra) == 1
                else QT_TRANSLATE_NOOP("Validation", "{count} contact details ({kinds})"),
                count=len(extra),
                kinds=tuple(Words.of(_METHOD_WORDS.get(k, k)) for k in kinds),
            )
        )
    have_tags = {t["name"].casefold() for t in current["tags"]}
    tags = [t for t in values["tags"] if t.casefold() not in have_tags]
    if tags:
        changes["tags"] = [*(t["name"] for t in current["tags"]), *tags]
        said.append(
            Words.of(
                QT_TRANSLATE_NOOP("Validation", "tag {names}")
                if len(tags) == 1
                else QT_TRANSLATE_NOOP("Validation", "tags {names}"),
                names=", ".join(tags),
            )
        )
    if values.get("photo") and not current.get("photo"):
        changes["photo"] = values["photo"]
        said.append(Words.of(QT_TRANSLATE_NOOP("Validation", "a photo")))
    return changes, Words.listed(said)


class Imports(JournalApi):
    """Plan an import, then apply it in one transaction."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def plan(self, files: Sequence[Parsed]) -> ImportPlan:
        """What importing these files would do, and what could not be read of them."""
        problems: list[Problem] = [p for parsed in files for p in parsed.problems]
        incoming = [p for parsed in files for p in parsed.people]
        events = [e for parsed in files for e in parsed.events]
        with self._ops.read():
            emails = {e.lower() for p in incoming for e in p.emails()}
            emails |= {e.lower() for ev in events for e in ev.attendee_emails}
            by_email = store.people_by_email(emails)
            by_name = store.people_by_names([p.name() for p in incoming])
            people = self._plan_people(incoming, by_email, by_name, problems)
            planned_events = self._plan_events(events, by_email, people)
        return ImportPlan(list(files), people, planned_events, problems)

    def _plan_people(
        self,
        incoming: list[IncomingPerson],
        by_email: dict[str, int],
        by_name: dict[str, list[int]],
        problems: list[Problem],
    ) -> list[PersonStep]:
        steps: list[PersonStep] = []
        # Within one import, the same person twice (by email) is merged into the first.
        seen_emails: dict[str, int] = {}
        current_cache: dict[int, dict[str, Any]] = {}
        for person in incoming:
            try:
                values = _clean_incoming(person, problems)
            except InvalidInput as exc:
                steps.append(PersonStep(person, SKIP, reason=Words.because(exc)))
                continue
            emails = [m["value"].lower() for m in values["contact_methods"] if m["kind"] == "email"]
            if not values["display_name"]:
                if not emails:
                    steps.append(
                        PersonStep(
                            person,
                            SKIP,
                            reason=Words.of(
                                QT_TRANSLATE_NOOP(
                                    "Validation", "It has neither a name nor an email."
                                )
                            ),
                        )
                    )
                    continue
                values["display_name"] = emails[0]
            earlier = next((seen_emails[e] for e in emails if e in seen_emails), None)
            if earlier is not None:
                steps.append(
                    PersonStep(
                        person,
                        SKIP,
                        reason=Words.of(
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "The same person as {where} (same email): imported once.",
                            ),
                            where=incoming[earlier].where,
                        ),
                    )
                )
                continue
            match, matched_by = next(
                ((by_email[e], "email") for e in emails if e in by_email), (None, "")
            )
            if match is None:
                named = by_name.get(values["display_name"].casefold(), [])
                if len(named) == 1:
                    match, matched_by = named[0], "name"
            for email in emails:
                seen_emails.setdefault(email, len(steps))
            if match is None:
                steps.append(PersonStep(person, NEW, values=values))
                continue
            current = current_cache.get(match) or store.get_person(match)
            assert current is not None
            current_cache[match] = current
            changes, said = _merge_adds(current, values)
            if not changes:
                steps.append(
                    PersonStep(
                        person,
                        SKIP,
                        match,
                        matched_by,
                        Words.of(
                            QT_TRANSLATE_NOOP(
                                "Validation", "Already in the journal as {name}, with nothing new."
                            ),
                            name=current["display_name"],
                        ),
                    )
                )
                continue
            steps.append(PersonStep(person, MERGE, match, matched_by, said, changes))
        return steps

    @staticmethod
    def _plan_events(
        events: list[IncomingEvent], by_email: dict[str, int], people: list[PersonStep]
    ) -> list[EventStep]:
        steps = []
        seen: set[tuple[str, str]] = set()
        for event in events:
            if not event.title.strip() and not event.body.strip():
                steps.append(
                    EventStep(
                        event,
                        SKIP,
                        reason=Words.of(
                            QT_TRANSLATE_NOOP("Validation", "It has no title and no description.")
                        ),
                    )
                )
                continue
            key = (event.uid or event.title.strip(), event.occurred_at.isoformat())
            if key in seen:
                steps.append(
                    EventStep(
                        event,
                        SKIP,
                        reason=Words.of(
                            QT_TRANSLATE_NOOP("Validation", "The same event twice: imported once.")
                        ),
                    )
                )
                continue
            seen.add(key)
            try:
                values = _clean_event(event)
            except InvalidInput as exc:
                steps.append(EventStep(event, SKIP, reason=Words.because(exc)))
                continue
            if entry_store.entry_at(values["title"], values["occurred_at"]):
                steps.append(
                    EventStep(
                        event,
                        SKIP,
                        reason=Words.of(
                            QT_TRANSLATE_NOOP(
                                "Validation", "An entry with this title at this time exists."
                            )
                        ),
                    )
                )
                continue
            known = tuple(
                dict.fromkeys(
                    by_email[e.lower()] for e in event.attendee_emails if e.lower() in by_email
                )
            )
            steps.append(EventStep(event, NEW, known, values=values))
        return steps

    def apply(
        self, plan: ImportPlan, progress: Callable[[int, int], bool] | None = None
    ) -> ImportReport:
        """Carry out the plan in one transaction. `progress(done, total)` is called every
        few hundred steps; returning False cancels, and the journal stays as it was."""
        todo = [s for s in plan.people if s.action != SKIP]
        events = [e for e in plan.events if e.action == NEW]
        total = len(todo) + len(events)
        created: list[int] = []
        merged: list[int] = []
        entries: list[int] = []
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            due = progress is not None and (done % PROGRESS_EVERY == 0 or done == total)
            if due and progress(done, total) is False:
                raise ImportCancelled.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "The import was cancelled; nothing was changed."
                    )
                )

        with self._ops.write() as changed:
            new_ids: dict[int, int] = {}  # index in plan.people → new person id
            new = [(i, s) for i, s in enumerate(plan.people) if s.action == NEW]
            for start in range(0, len(new), INSERT_BATCH):
                batch = new[start : start + INSERT_BATCH]
                ids = store.insert_people([self._new_person(s.values) for _, s in batch])
                for (index, _), person_id in zip(batch, ids, strict=True):
                    new_ids[index] = person_id
                    created.append(person_id)
                    tick()
            for step in plan.people:
                if step.action == MERGE:
                    assert step.person_id is not None
                    self._merge(step.person_id, step.values)
                    merged.append(step.person_id)
                    tick()
            # Attendees who are new in this very import are found by email too.
            emails = {
                m["value"].lower(): new_ids[i]
                for i, s in enumerate(plan.people)
                if i in new_ids
                for m in s.values["contact_methods"]
                if m["kind"] == "email"
            }
            touched_people: set[int] = set()
            for step in events:
                people = list(
                    dict.fromkeys(
                        [
                            *step.people,
                            *(
                                emails[e.lower()]
                                for e in step.incoming.attendee_emails
                                if e.lower() in emails
                            ),
                        ]
                    )
                )
                entries.append(self._log_event(step, people))
                touched_people.update(people)
                tick()
            if touched_people:
                store.refresh_last_contact(touched_people)
            changed.touched("person", [*created, *merged, *touched_people])
            changed.touched("entry", entries)
            if any(s.values.get("tags") for s in todo):
                changed.touched("tag")
        return ImportReport(tuple(created), tuple(merged), tuple(entries))

    @staticmethod
    def _new_person(
        values: dict[str, Any],
    ) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
        """A planned new person as the store inserts it: fields, contact methods, tags."""
        fields = {
            k: val
            for k, val in values.items()
            if k not in ("contact_methods", "tags") and val not in ("", None)
        }
        return fields, list(values["contact_methods"]), list(values["tags"])

    @staticmethod
    def _merge(person_id: int, changes: dict[str, Any]) -> None:
        fields = {k: val for k, val in changes.items() if k not in ("contact_methods", "tags")}
        if fields:
            store.update_person(person_id, fields)
        else:
            store.touch_person(person_id)
        if "contact_methods" in changes:
            store.replace_contact_methods(person_id, changes["contact_methods"])
        if "tags" in changes:
            store.set_person_tags(person_id, changes["tags"])

    @staticmethod
    def _log_event(event: EventStep, people: list[int]) -> int:
        return entry_store.insert_entry({"kind": EntryKind.EVENT.value, **event.values}, people, [])
