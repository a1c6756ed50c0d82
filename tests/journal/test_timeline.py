"""The unified timeline and the upcoming list, on a real journal with known facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.records import TimelineItem


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def set_created(journal: Journal, table: str, row_id: int, when: str) -> None:
    """Creation times are stamped with the clock; the tests need known ones."""
    journal._ops.db.execute_sql(
        f"UPDATE {table} SET created_at = ? WHERE id = ?", (f"{when}.000000", row_id)
    )


@dataclass
class Facts:
    ana: int
    ben: int
    e1: int
    e2: int
    e3: int
    goal: int
    milestone: int
    agreement_a: int
    agreement_b: int
    rev_a2: int
    rev_a3: int
    rev_b2: int
    action: int


@pytest.fixture
def facts(journal: Journal) -> Facts:
    ana = journal.people.create("Ana Silva", cadence_days=7).id
    ben = journal.people.create("Ben Okafor", cadence_days=30).id
    goal = journal.goals.create("Fulbright scholarship", "scholarship", members=[(ana, "mentor")])
    set_created(journal, "goal", goal.id, "2025-02-01 08:00:00")
    a = journal.mentorships.create(
        ana, "mentee", status="active", started_on="2025-02-15", cadence_days=14, program="Lab"
    )
    journal.mentorships.update(a.id, "Goal linked", goal_ids=[goal.id])
    e1 = journal.entries.log("meeting", at("2025-03-01 10:00"), [ana], title="Coffee plans")
    e2 = journal.entries.log("call", at("2025-03-05 09:00"), [ben], title="Origami call")
    e3 = journal.entries.log(
        "session",
        at("2025-03-10 15:00"),
        [ana],
        title="First session",
        agreement_id=a.id,
        goal_ids=[goal.id],
    )
    milestone = journal.goals.add_milestone(goal.id, "Essay draft")
    journal.goals.update_milestone(milestone.id, done_on="2025-03-08")
    action = journal.mentorships.add_action(
        "Send the essay", person_id=ana, goal_id=goal.id, agreement_id=a.id
    )
    journal.mentorships.complete_action(action.id, "2025-03-09")
    journal.goals.update(goal.id, status="achieved", achieved_on="2025-03-20")
    b = journal.mentorships.create(ben, "peer", status="active", started_on="2025-03-03")
    journal.mentorships.update(b.id, status="ended")  # no end date: ended at the revision
    journal.mentorships.update(a.id, "Finished", status="completed", ends_on="2025-03-25")
    revisions = {
        (r.number, agreement_id): r.id
        for agreement_id in (a.id, b.id)
        for r in journal.mentorships.get(agreement_id).revisions
    }
    # Revision 2 of A only linked the goal; it is moved to a known time like the others.
    set_created(journal, "agreement_revision", revisions[(2, a.id)], "2025-03-12 08:00:00")
    set_created(journal, "agreement_revision", revisions[(3, a.id)], "2025-03-25 18:00:00")
    set_created(journal, "agreement_revision", revisions[(2, b.id)], "2025-03-15 10:00:00")
    return Facts(
        ana,
        ben,
        e1.id,
        e2.id,
        e3.id,
        goal.id,
        milestone.id,
        a.id,
        b.id,
        revisions[(2, a.id)],
        revisions[(3, a.id)],
        revisions[(2, b.id)],
        action.id,
    )


def expected_stream(f: Facts) -> list[tuple[str, int, datetime]]:
    return [
        ("agreement_revised", f.rev_a3, at("2025-03-25 18:00")),
        ("agreement_ended", f.agreement_a, at("2025-03-25 12:00")),
        ("goal_achieved", f.goal, at("2025-03-20 12:00")),
        # Same time: the kinds break the tie, in descending order.
        ("agreement_revised", f.rev_b2, at("2025-03-15 10:00")),
        ("agreement_ended", f.agreement_b, at("2025-03-15 10:00")),
        ("agreement_revised", f.rev_a2, at("2025-03-12 08:00")),
        ("entry", f.e3, at("2025-03-10 15:00")),
        ("action_done", f.action, at("2025-03-09 12:00")),
        ("milestone_reached", f.milestone, at("2025-03-08 12:00")),
        ("entry", f.e2, at("2025-03-05 09:00")),
        ("agreement_started", f.agreement_b, at("2025-03-03 12:00")),
        ("entry", f.e1, at("2025-03-01 10:00")),
        ("agreement_started", f.agreement_a, at("2025-02-15 12:00")),
        ("goal_created", f.goal, at("2025-02-01 08:00")),
    ]


def keys(items: tuple[TimelineItem, ...] | list[TimelineItem]) -> list[tuple[str, int, datetime]]:
    return [(i.kind, i.item_id, i.at) for i in items]


def test_the_stream_lists_every_dated_thing_newest_first(journal: Journal, facts: Facts) -> None:
    page = journal.timeline.page()
    assert keys(page.items) == expected_stream(facts)
    assert page.complete
    by_kind = {(i.kind, i.item_id): i for i in page.items}
    e3 = by_kind[("entry", facts.e3)]
    assert (e3.entry_kind, e3.title, e3.entry_id, e3.agreement_id, e3.person_ids) == (
        "session",
        "First session",
        facts.e3,
        facts.agreement_a,
        (facts.ana,),
    )
    milestone = by_kind[("milestone_reached", facts.milestone)]
    assert (milestone.title, milestone.summary, milestone.goal_id, milestone.milestone_id) == (
        "Essay draft",
        "Fulbright scholarship",
        facts.goal,
        facts.milestone,
    )
    action = by_kind[("action_done", facts.action)]
    assert (action.action_id, action.goal_id, action.agreement_id, action.person_ids) == (
        facts.action,
        facts.goal,
        facts.agreement_a,
        (facts.ana,),
    )
    ended = by_kind[("agreement_ended", facts.agreement_a)]
    assert (ended.title, ended.summary, ended.agreement_id, ended.person_ids) == (
        "Ana Silva",
        "completed",
        facts.agreement_a,
        (facts.ana,),
    )
    revised = by_kind[("agreement_revised", facts.rev_a3)]
    assert (revised.summary, revised.revision_id, revised.agreement_id) == (
        "Finished",
        facts.rev_a3,
        facts.agreement_a,
    )
    assert all(i.at.tzinfo is UTC for i in page.items)


def walk(journal: Journal, limit: int, **filters: object) -> list[TimelineItem]:
    found: list[TimelineItem] = []
    cursor = None
    for _ in range(100):
        page = journal.timeline.page(cursor, limit, **filters)
        found.extend(page.items)
        if page.complete:
            return found
        cursor = page.cursor
    raise AssertionError("paging never ended")


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_keyset_paging_gives_every_item_once_in_order(
    journal: Journal, facts: Facts, limit: int
) -> None:
    assert keys(walk(journal, limit)) == expected_stream(facts)


def test_a_page_boundary_inside_a_tie_and_inside_a_day(journal: Journal, facts: Facts) -> None:
    stream = expected_stream(facts)
    first = journal.timeline.page(limit=4)  # ends on the revision tied with an ending
    assert keys(first.items) == stream[:4]
    assert first.cursor == ("2025-03-15 10:00:00.000000", "agreement_revised", facts.rev_b2)
    rest = journal.timeline.page(first.cursor, 100)
    assert keys(rest.items) == stream[4:]
    assert rest.complete
    # An empty journal page keeps the cursor it was given.
    assert journal.timeline.page(rest.cursor).items == ()


def test_filter_by_person(journal: Journal, facts: Facts) -> None:
    found = [(k, i) for k, i, _ in keys(journal.timeline.page(person_id=facts.ana).items)]
    assert found == [
        ("agreement_revised", facts.rev_a3),
        ("agreement_ended", facts.agreement_a),
        ("goal_achieved", facts.goal),  # Ana is a member of the goal
        ("agreement_revised", facts.rev_a2),
        ("entry", facts.e3),
        ("action_done", facts.action),
        ("milestone_reached", facts.milestone),
        ("entry", facts.e1),
        ("agreement_started", facts.agreement_a),
        ("goal_created", facts.goal),
    ]
    found = [(k, i) for k, i, _ in keys(journal.timeline.page(person_id=facts.ben).items)]
    assert found == [
        ("agreement_revised", facts.rev_b2),
        ("agreement_ended", facts.agreement_b),
        ("entry", facts.e2),
        ("agreement_started", facts.agreement_b),
    ]


def test_filter_by_goal_and_by_agreement(journal: Journal, facts: Facts) -> None:
    by_goal = [(k, i) for k, i, _ in keys(journal.timeline.page(goal_id=facts.goal).items)]
    assert by_goal == [
        ("agreement_revised", facts.rev_a3),
        ("agreement_ended", facts.agreement_a),
        ("goal_achieved", facts.goal),
        ("agreement_revised", facts.rev_a2),
        ("entry", facts.e3),
        ("action_done", facts.action),
        ("milestone_reached", facts.milestone),
        ("agreement_started", facts.agreement_a),
        ("goal_created", facts.goal),
    ]
    page = journal.timeline.page(agreement_id=facts.agreement_b)
    assert [(k, i) for k, i, _ in keys(page.items)] == [
        ("agreement_revised", facts.rev_b2),
        ("agreement_ended", facts.agreement_b),
        ("agreement_started", facts.agreement_b),
    ]
    by_a = {k for k, _, _ in keys(journal.timeline.page(agreement_id=facts.agreement_a).items)}
    assert "entry" in by_a  # its session
    assert "goal_created" in by_a  # its goal


def test_filter_by_kinds(journal: Journal, facts: Facts) -> None:
    entries = journal.timeline.page(kinds={"entry"}).items
    assert [i.item_id for i in entries] == [facts.e3, facts.e2, facts.e1]
    calls = journal.timeline.page(kinds=["call", "session"]).items
    assert [i.item_id for i in calls] == [facts.e3, facts.e2]
    mixed = journal.timeline.page(kinds=["call", "goal_created", "goal_achieved"]).items
    assert [(i.kind, i.item_id) for i in mixed] == [
        ("goal_achieved", facts.goal),
        ("entry", facts.e2),
        ("goal_created", facts.goal),
    ]
    with pytest.raises(InvalidInput):
        journal.timeline.page(kinds=["party"])


def test_filter_by_date_range(journal: Journal, facts: Facts) -> None:
    window = journal.timeline.page(since=at("2025-03-08 12:00"), until=at("2025-03-15 10:00")).items
    # since is inclusive (the milestone at noon), until exclusive (the tie at 10:00).
    assert [(i.kind, i.item_id) for i in window] == [
        ("agreement_revised", facts.rev_a2),
        ("entry", facts.e3),
        ("action_done", facts.action),
        ("milestone_reached", facts.milestone),
    ]
    # Bounds before and after noon fall inside a date: its noon item is in or out.
    inside = journal.timeline.page(
        since=at("2025-03-08 12:00:01"), until=at("2025-03-09 12:00:01")
    ).items
    assert [(i.kind, i.item_id) for i in inside] == [("action_done", facts.action)]
    inside = journal.timeline.page(since=at("2025-03-08 11:59"), until=at("2025-03-09 11:59")).items
    assert [(i.kind, i.item_id) for i in inside] == [("milestone_reached", facts.milestone)]


def test_filter_by_text(journal: Journal, facts: Facts) -> None:
    origami = journal.timeline.page(text="origami").items
    assert [(i.kind, i.item_id) for i in origami] == [("entry", facts.e2)]
    essay = journal.timeline.page(text="ESSAY").items
    assert [(i.kind, i.item_id) for i in essay] == [
        ("action_done", facts.action),
        ("milestone_reached", facts.milestone),
    ]
    fulbright = {i.kind for i in journal.timeline.page(text="fulbright").items}
    assert fulbright == {"goal_created", "goal_achieved", "milestone_reached"}
    assert journal.timeline.page(text="100%_'\"*").items == ()


def test_filters_combine(journal: Journal, facts: Facts) -> None:
    page = journal.timeline.page(
        person_id=facts.ana,
        kinds=["entry", "agreement_revised"],
        since=date(2025, 3, 5),
        text="session finished",
    )
    assert [(i.kind, i.item_id) for i in page.items] == []
    page = journal.timeline.page(
        person_id=facts.ana, kinds=["entry", "agreement_revised"], since=at("2025-03-05 00:00")
    )
    assert [(i.kind, i.item_id) for i in page.items] == [
        ("agreement_revised", facts.rev_a3),
        ("agreement_revised", facts.rev_a2),
        ("entry", facts.e3),
    ]
    page = journal.timeline.page(goal_id=facts.goal, person_id=facts.ana, text="first session")
    assert [(i.kind, i.item_id) for i in page.items] == [("entry", facts.e3)]
    two = walk(journal, 1, person_id=facts.ana, kinds=["entry", "goal_created"])
    assert [(i.kind, i.item_id) for i in two] == [
        ("entry", facts.e3),
        ("entry", facts.e1),
        ("goal_created", facts.goal),
    ]


def test_bad_cursor_and_limit_are_refused(journal: Journal, readable: object) -> None:
    for cursor in [("x",), ("2025", "party", 1), "abc"]:
        with pytest.raises(InvalidInput):
            journal.timeline.page(cursor)
    with pytest.raises(InvalidInput):
        journal.timeline.page(limit=0)


def test_an_empty_journal_has_an_empty_timeline(journal: Journal) -> None:
    page = journal.timeline.page()
    assert (page.items, page.cursor, page.complete) == ((), None, True)
    assert journal.timeline.upcoming(date(2025, 4, 1)) == []


# --- upcoming -----------------------------------------------------------------------------


def test_upcoming_lists_overdue_first_then_by_due_date(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva", cadence_days=7).id
    ben = journal.people.create("Ben Okafor", cadence_days=30).id
    cleo = journal.people.create("Cleo Archived", cadence_days=1).id
    journal.people.create("Dan New", cadence_days=365)  # due a year after creation
    e = journal.mentorships.create(ana, "mentee", status="active", started_on="2025-01-01")
    journal.mentorships.update(e.id, "Monthly", cadence_days=30)
    settled = journal.entries.log(
        "meeting", at("2025-03-01 10:00"), [ana], title="Settled", follow_up_on="2025-03-05"
    )
    journal.entries.log(
        "session", at("2025-03-10 15:00"), [ana], title="Session", agreement_id=e.id
    )
    ben_entry = journal.entries.log(
        "call", at("2025-03-05 09:00"), [ben], title="Call Ben", follow_up_on="2025-04-10"
    )
    note = journal.entries.log(
        "note", at("2025-03-02 09:00"), title="Check visa", follow_up_on="2025-03-20"
    )
    journal.entries.log("call", at("2025-03-01 09:00"), [cleo], title="Cleo")
    journal.people.update(cleo, archived=True)
    d = journal.mentorships.create(
        ben,
        "peer",
        status="active",
        started_on="2025-03-20",
        cadence_days=14,
        review_on="2025-04-20",
    )
    late_goal = journal.goals.create("Late goal", target_on="2025-03-25").id
    goal = journal.goals.create("Exam", "exam", target_on="2025-04-15").id
    journal.goals.create("Dropped", target_on="2025-04-02", status="dropped")
    overdue_action = journal.mentorships.add_action("Overdue", due_on="2025-03-28").id
    soon_action = journal.mentorships.add_action("Soon", due_on="2025-04-02", person_id=ben).id
    done = journal.mentorships.add_action("Done", due_on="2025-04-03").id
    journal.mentorships.complete_action(done, "2025-03-30")
    journal.mentorships.add_action("Far", due_on="2025-06-01")

    found = journal.timeline.upcoming(date(2025, 4, 1), 30)

    assert [(i.kind, i.item_id, i.due_on, i.overdue) for i in found] == [
        ("reconnect", ana, date(2025, 3, 17), True),
        ("follow_up", note.id, date(2025, 3, 20), True),
        ("goal_target", late_goal, date(2025, 3, 25), True),
        ("action_due", overdue_action, date(2025, 3, 28), True),
        ("action_due", soon_action, date(2025, 4, 2), False),
        ("session", d.id, date(2025, 4, 3), False),
        ("reconnect", ben, date(2025, 4, 4), False),
        ("session", e.id, date(2025, 4, 9), False),
        ("follow_up", ben_entry.id, date(2025, 4, 10), False),
        ("goal_target", goal, date(2025, 4, 15), False),
        ("review", d.id, date(2025, 4, 20), False),
    ]
    assert settled.id not in {i.entry_id for i in found}
    assert cleo not in {p for i in found for p in i.person_ids}
    by_kind = {(i.kind, i.item_id): i for i in found}
    assert by_kind[("follow_up", ben_entry.id)].person_ids == (ben,)
    assert by_kind[("follow_up", ben_entry.id)].entry_id == ben_entry.id
    assert by_kind[("session", d.id)].agreement_id == d.id
    assert by_kind[("session", d.id)].person_ids == (ben,)
    assert by_kind[("reconnect", ana)].title == "Ana Silva"
    assert by_kind[("action_due", soon_action)].action_id == soon_action

    # The horizon and the caps bound the list; overdue items come first regardless.
    short = journal.timeline.upcoming(date(2025, 4, 1), 2)  # up to 3 April, inclusive
    assert [i.due_on for i in short if not i.overdue] == [date(2025, 4, 2), date(2025, 4, 3)]
    capped = journal.timeline.upcoming(date(2025, 4, 1), 30, limit=2, overdue_cap=1)
    assert [(i.kind, i.overdue) for i in capped] == [
        ("reconnect", True),
        ("action_due", False),
        ("session", False),
    ]
    # Logging with Ana resets her clock: she is no longer overdue.
    journal.entries.log("coffee", at("2025-03-31 09:00"), [ana], title="Coffee")
    again = journal.timeline.upcoming(date(2025, 4, 1), 30)
    assert [(i.due_on, i.overdue) for i in again if i.kind == "reconnect"] == [
        (date(2025, 4, 4), False),  # Ben
        (date(2025, 4, 7), False),  # Ana, a week after the coffee
    ]
    with pytest.raises(InvalidInput):
        journal.timeline.upcoming(date(2025, 4, 1), -1)


def test_moving_an_entry_in_time_moves_it_in_every_slice(journal: Journal, facts: Facts) -> None:
    journal.entries.update(facts.e1, occurred_at=at("2025-03-30 07:00"))
    for filters in ({}, {"person_id": facts.ana}):
        first = journal.timeline.page(limit=1, kinds=["entry"], **filters).items[0]
        assert (first.item_id, first.at) == (facts.e1, at("2025-03-30 07:00"))


def test_any_text_is_a_valid_search(journal: Journal, facts: Facts) -> None:
    rtl = journal.entries.log("note", at("2025-04-02 10:00"), title="שלום 🎓 Zürich")
    for text in ["שלום", "zurich", "🎓", "\ud800", "", "   ", "NEAR(a b)", "-x*", "x" * 10_000]:
        found = journal.timeline.page(text=text).items
        if text in ("שלום", "zurich"):
            assert [i.item_id for i in found] == [rtl.id]
        if not text.strip():
            assert len(found) == len(expected_stream(facts)) + 1
