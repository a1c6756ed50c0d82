"""Entries through the domain API: log, edit, delete, the contact clock, and the timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlite3  # the same SQLite library as the journal

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal import validate as v
from netjournal.journal.changes import Change
from netjournal.journal.generate import generate_demo

Snapshot = dict[str, list[tuple[Any, ...]]]


def at(day: int, hour: int = 12, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, 0, tzinfo=UTC)


def link_dates(path: Path) -> dict[tuple[int, int], str]:
    """The occurred_at copied into entry_participant, read straight from the file."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT entry_id, person_id, occurred_at FROM entry_participant")
        return {(e, p): when for e, p, when in rows}
    finally:
        con.close()


def test_log_keeps_every_field(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    goal = journal.goals.create("Scholarship")
    agreement = journal.mentorships.create(ana.id, "mentee", status="active")
    entry = journal.entries.log(
        "session",
        at(5),
        [bo.id, ana.id, bo.id],
        title=" First session ",
        body="We talked about *goals*.",
        helped="they_helped",
        follow_up_on="2025-03-19",
        goal_ids=[goal.id],
        agreement_id=agreement.id,
    )
    assert journal.entries.get(entry.id) == entry
    assert entry.kind == "session"
    assert entry.occurred_at == at(5)
    assert entry.title == "First session"
    assert entry.body == "We talked about *goals*."
    assert entry.helped == "they_helped"
    assert entry.follow_up_on == date(2025, 3, 19)
    assert sorted(entry.participant_ids) == [ana.id, bo.id]
    assert entry.goal_ids == (goal.id,)
    assert entry.agreement_id == agreement.id
    assert len(entry.uuid) == 36


def test_log_takes_text_times_and_converts_to_utc(journal: Journal) -> None:
    entry = journal.entries.log("note", "2025-03-05T09:30:00+01:00", title="t")
    assert entry.occurred_at == datetime(2025, 3, 5, 8, 30, tzinfo=UTC)


def test_an_entry_needs_something_in_it(journal: Journal, snapshot: Callable[[], Snapshot]) -> None:
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.entries.log("note", at(1), title="  ", body="")
    assert caught.value.field == "title"
    assert snapshot() == before
    assert journal.entries.log("note", at(1), body="only a body").title == ""


def test_last_contact_follows_the_newest_entry(journal: Journal) -> None:
    ana = journal.people.create("Ana", cadence_days=10)
    bo = journal.people.create("Bo")
    journal.entries.log("call", at(10), [ana.id])
    person = journal.people.get(ana.id)
    assert person.last_contact_at == at(10)
    assert person.next_due_on == date(2025, 3, 20)
    # An older entry logged later does not move the clock back.
    journal.entries.log("coffee", at(2), [ana.id, bo.id])
    assert journal.people.get(ana.id).last_contact_at == at(10)
    assert journal.people.get(bo.id).last_contact_at == at(2)
    assert journal.people.get(bo.id).next_due_on is None  # no cadence, never due
    journal.entries.log("message", at(15, 8), [ana.id])
    person = journal.people.get(ana.id)
    assert person.last_contact_at == at(15, 8)
    assert person.next_due_on == date(2025, 3, 25)
    (row,) = journal.people.rows([ana.id])
    assert (row.last_contact_at, row.next_due_on) == (at(15, 8), date(2025, 3, 25))


def test_moving_an_entry_in_time_moves_the_link_copy_and_the_clock(journal: Journal) -> None:
    ana = journal.people.create("Ana", cadence_days=7)
    bo = journal.people.create("Bo")
    old = journal.entries.log("call", at(1), [ana.id])
    new = journal.entries.log("coffee", at(20), [ana.id, bo.id])
    assert journal.people.get(ana.id).last_contact_at == at(20)

    journal.entries.update(new.id, occurred_at=at(1, 8, month=2))

    links = link_dates(journal.path)
    assert links[(new.id, ana.id)] == "2025-02-01 08:00:00.000000"
    assert links[(new.id, bo.id)] == "2025-02-01 08:00:00.000000"
    assert links[(old.id, ana.id)] == "2025-03-01 12:00:00.000000"
    ana_now = journal.people.get(ana.id)
    assert ana_now.last_contact_at == at(1)
    assert ana_now.next_due_on == date(2025, 3, 8)
    assert journal.people.get(bo.id).last_contact_at == at(1, 8, month=2)
    # Her history, newest first, follows the new date too.
    assert journal.entries.page(person_id=ana.id).ids == (old.id, new.id)


def test_deleting_the_newest_entry_falls_back_to_the_one_before(journal: Journal) -> None:
    ana = journal.people.create("Ana", cadence_days=30)
    first = journal.entries.log("call", at(1), [ana.id])
    second = journal.entries.log("call", at(9), [ana.id])
    journal.entries.delete(second.id)
    person = journal.people.get(ana.id)
    assert person.last_contact_at == at(1)
    assert person.next_due_on == date(2025, 3, 31)
    journal.entries.delete(first.id)
    person = journal.people.get(ana.id)
    assert person.last_contact_at is None
    assert person.next_due_on == person.created_at.date() + timedelta(days=30)
    assert link_dates(journal.path) == {}


def test_changing_participants_recomputes_everyone_involved(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    cy = journal.people.create("Cy")
    journal.entries.log("call", at(1), [ana.id])
    entry = journal.entries.log("meeting", at(5), [ana.id, bo.id])
    updated = journal.entries.update(entry.id, participant_ids=[cy.id, bo.id])
    assert sorted(updated.participant_ids) == [bo.id, cy.id]
    assert journal.people.get(ana.id).last_contact_at == at(1)
    assert journal.people.get(bo.id).last_contact_at == at(5)
    assert journal.people.get(cy.id).last_contact_at == at(5)
    assert link_dates(journal.path)[(entry.id, cy.id)] == "2025-03-05 12:00:00.000000"
    journal.entries.update(entry.id, participant_ids=[])
    assert journal.entries.get(entry.id).participant_ids == ()
    assert journal.people.get(bo.id).last_contact_at is None


def test_update_changes_only_what_is_given(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    goal = journal.goals.create("G1")
    goal2 = journal.goals.create("G2")
    agreement = journal.mentorships.create(ana.id, "mentor")
    entry = journal.entries.log(
        "coffee", at(3), [ana.id], title="Coffee", body="Body", goal_ids=[goal.id]
    )
    updated = journal.entries.update(
        entry.id,
        kind="study_session",
        title="Study",
        helped="mutual",
        follow_up_on=date(2025, 4, 1),
        goal_ids=[goal2.id, goal.id],
        agreement_id=agreement.id,
    )
    assert (updated.kind, updated.title, updated.body) == ("study_session", "Study", "Body")
    assert (updated.helped, updated.follow_up_on) == ("mutual", date(2025, 4, 1))
    assert sorted(updated.goal_ids) == sorted([goal.id, goal2.id])
    assert updated.agreement_id == agreement.id
    assert updated.participant_ids == (ana.id,)
    assert updated.occurred_at == at(3)
    assert updated.updated_at > entry.updated_at
    cleared = journal.entries.update(
        entry.id, helped=None, follow_up_on=None, goal_ids=[], agreement_id=None
    )
    assert (cleared.helped, cleared.follow_up_on, cleared.goal_ids, cleared.agreement_id) == (
        None,
        None,
        (),
        None,
    )


def test_delete_entry(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    goal = journal.goals.create("G")
    entry = journal.entries.log("note", at(1), [ana.id], title="x", goal_ids=[goal.id])
    action = journal.mentorships.add_action("Follow up", entry_id=entry.id)
    journal.entries.delete(entry.id)
    with pytest.raises(NotFound) as caught:
        journal.entries.get(entry.id)
    assert caught.value.field == "entry"
    assert journal.entries.count() == 0
    # The action item stays, no longer pointing at the entry.
    (left,) = journal.mentorships.actions()
    assert (left.id, left.entry_id) == (action.id, None)
    assert journal.people.get(ana.id).last_contact_at is None
    assert journal.check() == []


def test_rows_show_participants_by_name_and_a_short_excerpt(journal: Journal) -> None:
    zed = journal.people.create("zed")
    ana = journal.people.create("Ana")
    entry = journal.entries.log("meeting", at(2), [zed.id, ana.id], title="T", body="b" * 500)
    empty = journal.entries.log("note", at(3), title="alone")
    rows = journal.entries.rows([empty.id, 999, entry.id])
    assert [r.id for r in rows] == [empty.id, entry.id]
    assert rows[0].participants == ()
    row = rows[1]
    assert row.participants == ((ana.id, "Ana"), (zed.id, "zed"))
    assert row.excerpt == "b" * 200
    assert (row.kind, row.title, row.occurred_at) == ("meeting", "T", at(2))
    assert journal.entries.of_person(ana.id) == [row]


# --- the timeline: filters and pages --------------------------------------------------


@pytest.fixture
def timeline(journal: Journal) -> dict[str, Any]:
    """Ten entries over ten days with two people, two goals and one agreement."""
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    g1 = journal.goals.create("Scholarship")
    g2 = journal.goals.create("Internship")
    agreement = journal.mentorships.create(ana.id, "mentee")
    plan: list[tuple[str, list[int], list[int], int | None, str, str]] = [
        ("coffee", [ana.id], [g1.id], None, "Coffee at the library", "talked about essays"),
        ("call", [bo.id], [], None, "Call with Bo", "internship leads"),
        ("session", [ana.id], [g1.id], agreement.id, "Session one", "scholarship essay plan"),
        ("note", [], [g2.id], None, "Idea", "apply to the summer internship"),
        ("meeting", [ana.id, bo.id], [g1.id, g2.id], None, "Study group", "calculus"),
        ("session", [ana.id], [], agreement.id, "Session two", "mock interview"),
        ("message", [bo.id], [g2.id], None, "Message", "sent my CV"),
        ("call", [ana.id], [], None, "Quick call", "essay feedback"),
        ("review", [ana.id], [g1.id], agreement.id, "Quarterly review", "on track"),
        ("note", [], [], None, "Thought", "remember to rest"),
    ]
    ids = []
    for day, (kind, people, goals, agr, title, body) in enumerate(plan, start=1):
        entry = journal.entries.log(
            kind, at(day), people, title=title, body=body, goal_ids=goals, agreement_id=agr
        )
        ids.append(entry.id)
    return {"ids": ids, "ana": ana.id, "bo": bo.id, "g1": g1.id, "g2": g2.id, "agr": agreement.id}


def all_pages(journal: Journal, limit: int, **kwargs: Any) -> list[int]:
    page = journal.entries.page(limit=limit, **kwargs)
    seen = list(page.ids)
    guard = 0
    while not page.complete:
        assert len(page.ids) == limit
        page = journal.entries.page(limit=limit, cursor=page.cursor, **kwargs)
        seen.extend(page.ids)
        guard += 1
        assert guard < 50
    return seen


def pick(t: dict[str, Any], *days: int) -> list[int]:
    return [t["ids"][d - 1] for d in days]


def test_page_is_newest_first_and_pages_are_exact(journal: Journal, timeline: dict) -> None:
    newest_first = list(reversed(timeline["ids"]))
    assert journal.entries.page().ids == tuple(newest_first)
    assert journal.entries.page().complete is True
    for limit in (1, 3, 4, 10):
        assert all_pages(journal, limit) == newest_first
        assert all_pages(journal, limit, descending=False) == timeline["ids"]
    assert journal.entries.count() == 10


def test_page_sorted_by_kind(journal: Journal, timeline: dict) -> None:
    by_kind = sorted(
        zip(
            [
                "coffee",
                "call",
                "session",
                "note",
                "meeting",
                "session",
                "message",
                "call",
                "review",
                "note",
            ],
            timeline["ids"],
            strict=True,
        )
    )
    expected = [i for _, i in by_kind]
    assert all_pages(journal, 3, sort="kind", descending=False) == expected
    assert all_pages(journal, 3, sort="kind", descending=True) == list(reversed(expected))


def test_filter_by_person(journal: Journal, timeline: dict) -> None:
    ana_days = [1, 3, 5, 6, 8, 9]
    assert all_pages(journal, 2, person_id=timeline["ana"]) == list(
        reversed(pick(timeline, *ana_days))
    )
    assert all_pages(journal, 2, person_id=timeline["ana"], descending=False) == pick(
        timeline, *ana_days
    )
    assert journal.entries.count(person_id=timeline["bo"]) == 3
    assert journal.entries.page(person_id=999).ids == ()


def test_filter_by_goal(journal: Journal, timeline: dict) -> None:
    assert all_pages(journal, 2, goal_id=timeline["g1"]) == pick(timeline, 9, 5, 3, 1)
    assert all_pages(journal, 2, goal_id=timeline["g2"]) == pick(timeline, 7, 5, 4)


def test_filter_by_agreement(journal: Journal, timeline: dict) -> None:
    assert all_pages(journal, 1, agreement_id=timeline["agr"]) == pick(timeline, 9, 6, 3)
    assert journal.entries.count(agreement_id=timeline["agr"]) == 3


def test_filter_by_kinds(journal: Journal, timeline: dict) -> None:
    assert all_pages(journal, 2, kinds=["call", "note"]) == pick(timeline, 10, 8, 4, 2)
    assert journal.entries.page(kinds=["event"]).ids == ()
    assert journal.entries.count(kinds=["session", "review"]) == 3


def test_filter_by_dates_since_inclusive_until_exclusive(journal: Journal, timeline: dict) -> None:
    assert all_pages(journal, 2, since=at(4), until=at(7)) == pick(timeline, 6, 5, 4)
    assert all_pages(journal, 2, since=at(9)) == pick(timeline, 10, 9)
    assert all_pages(journal, 2, until=at(2)) == pick(timeline, 1)
    assert journal.entries.count(since=at(4), until=at(7)) == 3


def test_date_filters_accept_naive_times_and_dates(journal: Journal, timeline: dict) -> None:
    naive = at(4).astimezone().replace(tzinfo=None)  # the same instant in local time
    assert journal.entries.page(since=naive, until=at(5)).ids == tuple(pick(timeline, 4))
    local_midnight = datetime(2025, 3, 9).astimezone()
    expected = [
        i for d, i in zip(range(1, 11), timeline["ids"], strict=True) if at(d) >= local_midnight
    ]
    assert list(journal.entries.page(since=date(2025, 3, 9), descending=False).ids) == expected


def test_filter_by_text(journal: Journal, timeline: dict) -> None:
    assert all_pages(journal, 1, text="essay") == pick(timeline, 8, 3, 1)
    assert all_pages(journal, 1, text="SESSION") == pick(timeline, 6, 3)
    assert journal.entries.page(text="intern").ids == tuple(pick(timeline, 4, 2))
    assert journal.entries.count(text="essay") == 3
    assert journal.entries.page(text="zebra").ids == ()


def test_filters_combine(journal: Journal, timeline: dict) -> None:
    ana = timeline["ana"]
    assert all_pages(journal, 1, person_id=ana, kinds=["session", "review"]) == pick(
        timeline, 9, 6, 3
    )
    assert all_pages(journal, 1, person_id=ana, text="essay") == pick(timeline, 8, 3, 1)
    assert journal.entries.page(person_id=ana, goal_id=timeline["g1"], until=at(5)).ids == tuple(
        pick(timeline, 3, 1)
    )
    assert journal.entries.page(
        person_id=timeline["bo"], goal_id=timeline["g2"], kinds=["message"]
    ).ids == tuple(pick(timeline, 7))
    assert journal.entries.page(
        agreement_id=timeline["agr"], since=at(4), text="interview"
    ).ids == tuple(pick(timeline, 6))
    assert journal.entries.page(person_id=ana, since=at(2), until=at(6)).ids == tuple(
        pick(timeline, 5, 3)
    )
    assert journal.entries.count(person_id=ana, kinds=["call"], since=at(1), text="feedback") == 1


def test_page_refuses_bad_sort_and_kind(journal: Journal) -> None:
    with pytest.raises(InvalidInput) as caught:
        journal.entries.page(sort="mood")
    assert caught.value.field == "sort"
    with pytest.raises(InvalidInput) as caught:
        journal.entries.page(kinds=["coffee", "party"])
    assert caught.value.field == "kinds"


# --- bad input writes nothing ----------------------------------------------------------

BAD_LOGS: list[tuple[dict[str, Any], str]] = [
    ({"kind": "party"}, "kind"),
    ({"kind": ""}, "kind"),
    ({"occurred_at": "2025-02-30 10:00"}, "occurred_at"),
    ({"occurred_at": None}, "occurred_at"),
    ({"title": "t" * (v.NAME_MAX + 1)}, "title"),
    ({"body": "b" * (v.LONG_TEXT_MAX + 1)}, "body"),
    ({"helped": "nobody"}, "helped"),
    ({"follow_up_on": "2025-04-31"}, "follow_up_on"),
    ({"participant_ids": "VALID+999"}, "participant_ids"),
    ({"goal_ids": [999]}, "goal_ids"),
    ({"agreement_id": 999}, "agreement_id"),
]


@pytest.mark.parametrize(("override", "field"), BAD_LOGS)
def test_bad_log_is_refused_and_writes_nothing(
    journal: Journal,
    snapshot: Callable[[], Snapshot],
    heard: list[Change],
    readable: Callable[[Exception], None],
    override: dict[str, Any],
    field: str,
) -> None:
    ana = journal.people.create("Ana", cadence_days=7)
    journal.entries.log("call", at(1), [ana.id], title="Before")
    heard.clear()
    before = snapshot()
    args: dict[str, Any] = {"kind": "coffee", "occurred_at": at(9), "title": "New"}
    args["participant_ids"] = [ana.id]
    args.update(override)
    if args["participant_ids"] == "VALID+999":
        args["participant_ids"] = [ana.id, 999]
    with pytest.raises(InvalidInput) as caught:
        journal.entries.log(**args)
    assert caught.value.field == field
    readable(caught.value)
    assert snapshot() == before
    assert journal.people.get(ana.id).last_contact_at == at(1)
    assert heard == []


BAD_UPDATES: list[tuple[dict[str, Any], str]] = [
    ({"kind": "party"}, "kind"),
    ({"occurred_at": "2025-02-29 10:00"}, "occurred_at"),
    ({"title": "t" * (v.NAME_MAX + 1)}, "title"),
    ({"helped": "everyone"}, "helped"),
    ({"mood": "happy"}, "mood"),
    ({"title": "fine", "participant_ids": [1, 999]}, "participant_ids"),
    ({"title": "fine", "goal_ids": [999]}, "goal_ids"),
    ({"title": "fine", "agreement_id": 999}, "agreement_id"),
]


@pytest.mark.parametrize(("changes", "field"), BAD_UPDATES)
def test_bad_update_is_refused_and_writes_nothing(
    journal: Journal,
    snapshot: Callable[[], Snapshot],
    heard: list[Change],
    readable: Callable[[Exception], None],
    changes: dict[str, Any],
    field: str,
) -> None:
    ana = journal.people.create("Ana")
    assert ana.id == 1
    entry = journal.entries.log("call", at(1), [ana.id], title="Before")
    heard.clear()
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.entries.update(entry.id, **changes)
    assert caught.value.field == field
    readable(caught.value)
    assert snapshot() == before
    assert journal.entries.get(entry.id) == entry
    assert heard == []


def test_unknown_entry(journal: Journal, snapshot: Callable[[], Snapshot]) -> None:
    journal.entries.log("note", at(1), title="x")
    before = snapshot()
    with pytest.raises(NotFound) as caught:
        journal.entries.update(999, title="y")
    assert (caught.value.field, str(caught.value)) == (
        "entry",
        "There is no entry #999 in the journal.",
    )
    with pytest.raises(NotFound):
        journal.entries.delete(999)
    with pytest.raises(NotFound):
        journal.entries.get(999)
    assert snapshot() == before


@pytest.mark.parametrize("limit", [0, -1, 2.5, True])
def test_a_page_holds_at_least_one_row(journal: Journal, limit: Any) -> None:
    journal.entries.log("note", at(1), title="x")
    journal.people.create("Ana")
    for page in (journal.entries.page, journal.people.page):
        with pytest.raises(InvalidInput) as caught:
            page(limit=limit)
        assert caught.value.field == "limit"


def test_a_page_with_rows_carries_the_same_rows_as_rows(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva")
    bo = journal.people.create("Bo Chen")
    for day in range(1, 6):
        journal.entries.log(
            "coffee",
            datetime(2025, 1, day, 9, tzinfo=UTC),
            [ana.id, bo.id][: day % 2 + 1],
            title=f"Coffee {day}",
            follow_up_on=date(2025, 2, day),
        )
    for filters in ({}, {"person_id": bo.id}, {"kinds": ["coffee"]}, {"text": "coffee"}):
        page = journal.entries.page(limit=2, with_rows=True, **filters)
        assert page.rows
        assert list(page.rows) == journal.entries.rows(page.ids)
        more = journal.entries.page(limit=2, cursor=page.cursor, with_rows=True, **filters)
        assert list(more.rows) == journal.entries.rows(more.ids)
        assert not set(page.ids) & set(more.ids)


def test_rows_of_a_repeated_id_are_two_equal_rows(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva")
    entry = journal.entries.log("call", datetime(2025, 1, 1, tzinfo=UTC), [ana.id], title="Call")
    first, second = journal.entries.rows([entry.id, entry.id])
    assert first == second
    assert first.occurred_at == datetime(2025, 1, 1, tzinfo=UTC)


def test_get_many_gives_what_get_gives_in_the_order_asked(journal: Journal) -> None:
    generate_demo(journal)
    ids = list(journal.entries.page(limit=1000).ids)
    assert len(ids) > 10
    wanted = [*reversed(ids), ids[0], 999_999]
    assert journal.entries.get_many(wanted) == [journal.entries.get(i) for i in wanted[:-1]]
    assert journal.entries.get_many([]) == []
