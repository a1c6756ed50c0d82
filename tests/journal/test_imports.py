"""Importing: a plan that says what will happen, then all of it in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from netjournal.journal import Journal
from netjournal.journal.imports import ImportCancelled
from netjournal.journal.incoming import (
    CARD,
    EVENT,
    IncomingEvent,
    IncomingMethod,
    IncomingPerson,
    Parsed,
    Problem,
    Where,
)

Snapshot = dict[str, list[tuple[Any, ...]]]


def card(n: int, name: str = "", *emails: str, **fields: Any) -> IncomingPerson:
    return IncomingPerson(
        Where("contacts.vcf", CARD, n, n * 10),
        display_name=name,
        methods=tuple(IncomingMethod("email", e, "work") for e in emails),
        **fields,
    )


def parsed(*people: IncomingPerson, events: tuple[IncomingEvent, ...] = ()) -> Parsed:
    return Parsed(Path("contacts.vcf"), "vcard", list(people), list(events))


@pytest.fixture
def ana(journal: Journal) -> int:
    return journal.people.create(
        "Ana Silva",
        organization="Porto University",
        contact_methods=[{"kind": "email", "value": "ana@uni.example", "label": "work"}],
        tags=["mentors"],
        notes="Met at the fair.",
    ).id


def test_the_plan_says_new_merged_and_skipped_with_reasons(
    journal: Journal, ana: int, snapshot: Callable[[], Snapshot]
) -> None:
    bo = journal.people.create("Bo Chen").id
    before = snapshot()
    plan = journal.imports.plan(
        [
            parsed(
                card(1, "Ana S.", "ANA@uni.example", organization="Elsewhere", tags=("alumni",)),
                card(2, "bo chen", role="Engineer"),
                card(3, "Cleo Park", "cleo@x.example"),
                card(4, "Cleo P.", "cleo@x.example"),
                card(5, ""),
                card(6, "Ana Silva", "ana@uni.example"),
                card(7, "Dan", "not-an-email"),
                card(8, "x" * 300),
            )
        ]
    )
    assert snapshot() == before  # a plan writes nothing
    steps = [(s.action, s.person_id, s.matched_by) for s in plan.people]
    assert steps == [
        ("merge", ana, "email"),
        ("merge", bo, "name"),
        ("new", None, ""),
        ("skip", None, ""),  # the same email as card 3 within the import
        ("skip", None, ""),  # no name, no email
        ("skip", None, ""),  # Ana again, by email, after card 1 in the same import
        ("new", None, ""),  # Dan, without the email the journal cannot take
        ("skip", None, ""),  # a name too long for the journal
    ]
    assert (plan.new, plan.merged, plan.skipped) == (2, 2, 4)
    # A merge only adds: Ana keeps her organization and gains a tag.
    assert plan.people[0].reason == "tag alumni"
    assert plan.people[1].reason == "role"
    assert "same email" in plan.people[3].reason
    assert plan.people[4].reason == "It has neither a name nor an email."
    assert "contacts.vcf, card 1" in plan.people[5].reason
    assert "too long" in plan.people[7].reason
    assert [str(p) for p in plan.problems] == [
        "contacts.vcf, card 7, line 70: “not-an-email” is not an email address. It was left out."
    ]


def test_applying_the_plan_writes_it_all_in_one_go(journal: Journal, ana: int) -> None:
    plan = journal.imports.plan(
        [
            parsed(
                card(1, "", "ana@uni.example", notes="Supervises the capstone.", tags=("alumni",)),
                card(
                    2,
                    "Cleo Park",
                    "cleo@x.example",
                    organization="X Corp",
                    role="Designer",
                    birthday=date(1999, 4, 1),
                    met_on=date(2024, 3, 12),
                    met_how="LinkedIn",
                    tags=("LinkedIn", "alumni"),
                ),
            )
        ]
    )
    report = journal.imports.apply(plan)
    (cleo,) = report.created
    assert report.merged == (ana,)
    person = journal.people.get(cleo)
    assert (person.display_name, person.organization, person.role) == (
        "Cleo Park",
        "X Corp",
        "Designer",
    )
    assert (person.birthday, person.met_on, person.met_how) == (
        date(1999, 4, 1),
        date(2024, 3, 12),
        "LinkedIn",
    )
    assert person.emails() == ["cleo@x.example"]
    assert sorted((t.name for t in person.tags), key=str.casefold) == ["alumni", "LinkedIn"]
    merged = journal.people.get(ana)
    assert merged.organization == "Porto University"  # kept
    assert merged.notes == "Met at the fair.\n\nSupervises the capstone."
    assert sorted(t.name for t in merged.tags) == ["alumni", "mentors"]
    assert journal.people.search("cleo") == [cleo]
    # The same file again changes nothing.
    again = journal.imports.plan(
        [parsed(card(1, "", "ana@uni.example", notes="Supervises the capstone.", tags=("alumni",)))]
    )
    assert (again.new, again.merged, again.skipped) == (0, 0, 1)


def test_events_become_entries_with_the_people_found_by_email(journal: Journal, ana: int) -> None:
    when = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
    events = (
        IncomingEvent(
            Where("cal.ics", EVENT, 1),
            "Capstone meeting",
            when,
            body="Scope",
            location="Room 2",
            attendee_emails=("ana@uni.example", "new@x.example", "stranger@y.example"),
            uid="abc",
        ),
        IncomingEvent(Where("cal.ics", EVENT, 2), "Capstone meeting", when, uid="abc"),
        IncomingEvent(Where("cal.ics", EVENT, 3), "", when),
        IncomingEvent(Where("cal.ics", EVENT, 4), "Ancient", datetime(1500, 1, 1, tzinfo=UTC)),
    )
    plan = journal.imports.plan([parsed(card(1, "Newt", "new@x.example"), events=events)])
    assert [e.action for e in plan.events] == ["new", "skip", "skip", "skip"]
    assert "not a date the journal keeps" in plan.events[3].reason
    report = journal.imports.apply(plan)
    (entry_id,) = report.entries
    entry = journal.entries.get(entry_id)
    (newt,) = report.created
    assert (entry.kind, entry.title, entry.occurred_at) == ("event", "Capstone meeting", when)
    assert entry.body == "Scope\n\nWhere: Room 2"
    assert set(entry.participant_ids) == {ana, newt}
    assert journal.people.get(ana).last_contact_at == when
    # Imported again: the entry is there already.
    again = journal.imports.plan([parsed(events=events[:1])])
    assert [e.action for e in again.events] == ["skip"]


def test_a_cancelled_import_leaves_the_journal_as_it_was(
    journal: Journal, snapshot: Callable[[], Snapshot]
) -> None:
    people = [card(n, f"Person {n}", f"p{n}@x.example") for n in range(600)]
    plan = journal.imports.plan([parsed(*people)])
    before = snapshot()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 500

    with pytest.raises(ImportCancelled):
        journal.imports.apply(plan, progress)
    assert seen == [(250, 600), (500, 600)]
    assert snapshot() == before
    report = journal.imports.apply(plan, lambda done, total: True)
    assert len(report.created) == 600


def test_problems_of_reading_are_in_the_plan(journal: Journal) -> None:
    broken = Parsed(
        Path("bad.vcf"),
        "vcard",
        [card(1, "Good One")],
        problems=[Problem(Where("bad.vcf", CARD, 2, 14), "The card ends before END:VCARD.")],
    )
    plan = journal.imports.plan([broken])
    assert plan.new == 1
    assert [p.message for p in plan.problems] == ["The card ends before END:VCARD."]


def test_imported_people_are_found_by_name_and_tag_and_the_index_is_whole(
    journal: Journal,
) -> None:
    people = [
        card(n, f"Learner {n}", organization="Robotics Club", tags=(f"cohort{n % 3}", "study"))
        for n in range(600)  # more than one batch
    ]
    journal.imports.apply(journal.imports.plan([parsed(*people)]))
    assert journal.check() == []  # the search index agrees with the people (FTS5 check)
    assert len(journal.people.search("cohort1", limit=1000)) == 200
    for tag in ("cohort0", "cohort2"):  # every batch's people, by each tag they were given
        assert len(journal.people.search(tag, limit=1000)) == 200
    (first,) = journal.people.search("Learner 599", limit=1)
    assert journal.people.get(first).display_name == "Learner 599"
    # The triggers are back for what is done by hand afterwards.
    ana = journal.people.create("Ana Silva", tags=["mentors"])
    assert journal.people.search("mentors") == [ana.id]
