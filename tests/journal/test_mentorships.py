"""Mentorship agreements with their revision history, and action items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal import validate as v
from netjournal.journal.changes import Change
from netjournal.journal.records import Agreement

Snapshot = dict[str, list[tuple[Any, ...]]]


@pytest.fixture
def active(journal: Journal) -> Agreement:
    """An active formal agreement with Prof. Okafor, one goal among its objectives."""
    prof = journal.people.create("Prof. Okafor")
    goal = journal.goals.create("Publish a paper", "academic")
    return journal.mentorships.create(
        prof.id,
        "mentee",
        status="active",
        formal=True,
        program="Research mentoring",
        started_on="2025-01-15",
        ends_on="2025-12-15",
        review_on="2025-06-15",
        cadence_days=14,
        channel="Video call",
        my_expectations="Feedback on drafts",
        their_expectations="Come prepared",
        boundaries="What we discuss stays between us.",
        goal_ids=[goal.id],
    )


def test_create_keeps_every_term_and_starts_revision_one(
    journal: Journal, active: Agreement
) -> None:
    assert journal.mentorships.get(active.id) == active
    assert (active.person_name, active.my_role, active.status) == (
        "Prof. Okafor",
        "mentee",
        "active",
    )
    assert (active.formal, active.program, active.channel) == (
        True,
        "Research mentoring",
        "Video call",
    )
    assert (active.started_on, active.ends_on, active.review_on) == (
        date(2025, 1, 15),
        date(2025, 12, 15),
        date(2025, 6, 15),
    )
    assert active.cadence_days == 14
    assert (active.my_expectations, active.their_expectations) == (
        "Feedback on drafts",
        "Come prepared",
    )
    assert active.boundaries == "What we discuss stays between us."
    (revision,) = active.revisions
    # Nothing to say about the first revision: the UI describes it from its status.
    assert (revision.number, revision.reason) == (1, "")
    assert revision.terms == {
        "person_id": active.person_id,
        "my_role": "mentee",
        "formal": True,
        "program": "Research mentoring",
        "status": "active",
        "started_on": "2025-01-15",
        "ends_on": "2025-12-15",
        "cadence_days": 14,
        "channel": "Video call",
        "my_expectations": "Feedback on drafts",
        "their_expectations": "Come prepared",
        "boundaries": "What we discuss stays between us.",
        "goal_ids": list(active.goal_ids),
    }


def test_defaults(journal: Journal) -> None:
    peer = journal.people.create("Bo")
    agreement = journal.mentorships.create(peer.id, "peer")
    assert (agreement.status, agreement.formal, agreement.cadence_days) == ("proposed", False, None)
    assert agreement.goal_ids == ()
    assert [r.number for r in agreement.revisions] == [1]


def test_changing_active_terms_without_a_reason_is_refused_and_writes_nothing(
    journal: Journal, active: Agreement, snapshot: Callable[[], Snapshot], heard: list[Change]
) -> None:
    other_goal = journal.goals.create("Other")
    heard.clear()
    before = snapshot()
    for changes in (
        {"cadence_days": 7},
        {"channel": "Coffee"},
        {"goal_ids": [other_goal.id]},
        {"ends_on": "2026-01-31"},
        {"status": "paused", "boundaries": "None"},
    ):
        with pytest.raises(InvalidInput) as caught:
            journal.mentorships.update(active.id, **changes)
        assert caught.value.field == "reason"
        assert "reason" in str(caught.value)
    assert snapshot() == before
    assert journal.mentorships.get(active.id) == active
    assert heard == []


def test_changing_active_terms_with_a_reason_adds_a_revision(
    journal: Journal, active: Agreement
) -> None:
    updated = journal.mentorships.update(
        active.id, reason=" Exams in June ", cadence_days=28, channel="Email"
    )
    assert (updated.cadence_days, updated.channel) == (28, "Email")
    assert [(r.number, r.reason) for r in updated.revisions] == [
        (1, ""),
        (2, "Exams in June"),
    ]
    assert updated.revisions[0].terms["cadence_days"] == 14
    assert updated.revisions[1].terms["cadence_days"] == 28
    assert updated.revisions[1].terms["channel"] == "Email"
    assert updated.revisions[1].created_at >= updated.revisions[0].created_at


def test_status_only_changes_need_no_reason(journal: Journal, active: Agreement) -> None:
    paused = journal.mentorships.update(active.id, status="paused")
    assert paused.status == "paused"
    assert [(r.number, r.reason, r.terms["status"]) for r in paused.revisions] == [
        (1, "", "active"),
        (2, "", "paused"),
    ]
    completed = journal.mentorships.update(active.id, status="completed", reason="Finished!")
    assert completed.revisions[-1].reason == "Finished!"


def test_unchanged_terms_add_no_revision(journal: Journal, active: Agreement) -> None:
    same = journal.mentorships.update(active.id, cadence_days=14, channel="Video call")
    assert [r.number for r in same.revisions] == [1]
    same = journal.mentorships.update(active.id, reason="nothing really")
    assert [r.number for r in same.revisions] == [1]


def test_a_proposal_is_a_draft_until_it_is_agreed(journal: Journal) -> None:
    bo = journal.people.create("Bo")
    proposal = journal.mentorships.create(bo.id, "mentor", channel="Coffee")
    changed = journal.mentorships.update(proposal.id, channel="Video call")
    changed = journal.mentorships.update(proposal.id, cadence_days=14)
    assert (changed.channel, changed.cadence_days, changed.status) == ("Video call", 14, "proposed")
    # The draft changes in place: one revision, with the terms as they stand now.
    assert [(r.number, r.terms["channel"], r.terms["cadence_days"]) for r in changed.revisions] == [
        (1, "Video call", 14)
    ]
    agreed = journal.mentorships.update(proposal.id, status="active")
    assert [(r.number, r.terms["status"]) for r in agreed.revisions] == [
        (1, "proposed"),
        (2, "active"),
    ]


def test_the_review_date_moves_without_a_revision(journal: Journal, active: Agreement) -> None:
    moved = journal.mentorships.update(active.id, review_on=date(2025, 9, 1))
    assert moved.review_on == date(2025, 9, 1)
    assert [r.number for r in moved.revisions] == [1]


def test_change_counterpart(journal: Journal, active: Agreement) -> None:
    other = journal.people.create("Dr. Lee")
    moved = journal.mentorships.update(active.id, person_id=other.id, reason="New supervisor")
    assert (moved.person_id, moved.person_name) == (other.id, "Dr. Lee")


def test_rows_sort_filter_and_count_sessions_and_open_actions(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    zoe = journal.people.create("zoe")
    bo = journal.people.create("Bo")
    a1 = journal.mentorships.create(zoe.id, "mentor", status="active", started_on="2025-02-01")
    a2 = journal.mentorships.create(ana.id, "mentee", status="paused", started_on="2025-03-01")
    a3 = journal.mentorships.create(bo.id, "peer")
    journal.entries.log(
        "session", datetime(2025, 3, 2, tzinfo=UTC), [zoe.id], title="s1", agreement_id=a1.id
    )
    journal.entries.log(
        "session", datetime(2025, 3, 9, tzinfo=UTC), [zoe.id], title="s2", agreement_id=a1.id
    )
    journal.entries.log(
        "session", datetime(2025, 3, 5, tzinfo=UTC), [ana.id], title="s3", agreement_id=a2.id
    )
    journal.mentorships.add_action("Open", agreement_id=a1.id)
    journal.mentorships.add_action("Open too", agreement_id=a1.id)
    done = journal.mentorships.add_action("Done", agreement_id=a1.id)
    journal.mentorships.complete_action(done.id)

    rows = {r.id: r for r in journal.mentorships.rows()}
    assert rows[a1.id].last_session_at == datetime(2025, 3, 9, tzinfo=UTC)
    assert rows[a2.id].last_session_at == datetime(2025, 3, 5, tzinfo=UTC)
    assert rows[a3.id].last_session_at is None
    assert (rows[a1.id].open_actions, rows[a2.id].open_actions) == (2, 0)
    assert (rows[a1.id].person_id, rows[a1.id].person_name) == (zoe.id, "zoe")

    def order(sort: str, descending: bool = False) -> list[int]:
        return [r.id for r in journal.mentorships.rows(sort=sort, descending=descending)]

    assert order("person") == [a2.id, a3.id, a1.id]
    assert order("person", descending=True) == [a1.id, a3.id, a2.id]
    assert order("role") == [a2.id, a1.id, a3.id]
    assert order("status") == [a1.id, a2.id, a3.id]
    assert order("started") == [a1.id, a2.id, a3.id]
    assert order("started", descending=True) == [a2.id, a1.id, a3.id]
    assert order("last_session") == [a2.id, a1.id, a3.id]
    assert order("last_session", descending=True) == [a1.id, a2.id, a3.id]
    assert [r.id for r in journal.mentorships.rows(my_role="mentor")] == [a1.id]
    assert [r.id for r in journal.mentorships.rows(status="paused")] == [a2.id]
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.rows(sort="mood")
    assert caught.value.field == "sort"


def test_delete_agreement_keeps_its_entries(journal: Journal, active: Agreement) -> None:
    entry = journal.entries.log(
        "session",
        datetime(2025, 2, 1, tzinfo=UTC),
        [active.person_id],
        title="s",
        agreement_id=active.id,
    )
    journal.mentorships.add_action("Read chapter 2", agreement_id=active.id)
    journal.mentorships.delete(active.id)
    with pytest.raises(NotFound) as caught:
        journal.mentorships.get(active.id)
    assert caught.value.field == "agreement"
    assert journal.entries.get(entry.id).agreement_id is None
    stats = journal.stats()
    assert (stats["agreements"], stats["action_items"], stats["goals"]) == (0, 0, 1)
    assert journal.check() == []


# --- action items ---------------------------------------------------------------------


def test_action_items_open_done_reopen_delete(journal: Journal, active: Agreement) -> None:
    entry = journal.entries.log("session", datetime(2025, 2, 1, tzinfo=UTC), title="s")
    goal_id = active.goal_ids[0]
    first = journal.mentorships.add_action(
        " Send the draft ",
        "me",
        due_on="2025-02-10",
        person_id=active.person_id,
        entry_id=entry.id,
        agreement_id=active.id,
        goal_id=goal_id,
    )
    assert (first.title, first.owner, first.due_on, first.done_on) == (
        "Send the draft",
        "me",
        date(2025, 2, 10),
        None,
    )
    assert (first.person_id, first.entry_id, first.agreement_id, first.goal_id) == (
        active.person_id,
        entry.id,
        active.id,
        goal_id,
    )
    second = journal.mentorships.add_action("Read my draft", "them", due_on=date(2025, 2, 5))
    third = journal.mentorships.add_action("Someday")
    assert [a.id for a in journal.mentorships.actions()] == [second.id, first.id, third.id]

    journal.mentorships.complete_action(second.id, "2025-02-04")
    journal.mentorships.complete_action(third.id)
    assert [a.id for a in journal.mentorships.actions()] == [first.id]
    everything = {a.id: a for a in journal.mentorships.actions(open_only=False)}
    assert everything[second.id].done_on == date(2025, 2, 4)
    assert everything[third.id].done_on == date.today()

    journal.mentorships.reopen_action(second.id)
    assert [a.id for a in journal.mentorships.actions()] == [second.id, first.id]
    assert [a.id for a in journal.mentorships.actions(agreement_id=active.id)] == [first.id]
    assert [a.id for a in journal.mentorships.actions(goal_id=goal_id)] == [first.id]
    assert [a.id for a in journal.mentorships.actions(person_id=active.person_id)] == [first.id]

    journal.mentorships.delete_action(first.id)
    assert [a.id for a in journal.mentorships.actions(open_only=False)] == [second.id, third.id]


# --- bad input writes nothing ----------------------------------------------------------

BAD_CREATES: list[tuple[dict[str, Any], str]] = [
    ({"person_id": 999}, "person_id"),
    ({"my_role": "boss"}, "my_role"),
    ({"status": "signed"}, "status"),
    ({"started_on": "2025-02-30"}, "started_on"),
    ({"started_on": "2025-05-01", "ends_on": "2025-04-30"}, "ends_on"),
    ({"cadence_days": 0}, "cadence_days"),
    ({"cadence_days": -14}, "cadence_days"),
    ({"program": "p" * (v.NAME_MAX + 1)}, "program"),
    ({"boundaries": "b" * (v.LONG_TEXT_MAX + 1)}, "boundaries"),
    ({"goal_ids": [999]}, "goal_ids"),
    ({"mood": "good"}, "mood"),
]


@pytest.mark.parametrize(("override", "field"), BAD_CREATES)
def test_bad_create_is_refused_and_writes_nothing(
    journal: Journal,
    snapshot: Callable[[], Snapshot],
    heard: list[Change],
    readable: Callable[[Exception], None],
    override: dict[str, Any],
    field: str,
) -> None:
    bo = journal.people.create("Bo")
    journal.mentorships.create(bo.id, "peer")
    heard.clear()
    before = snapshot()
    args: dict[str, Any] = {"person_id": bo.id, "my_role": "mentor"}
    args.update(override)
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.create(**args)
    assert caught.value.field == field
    readable(caught.value)
    assert snapshot() == before
    assert heard == []


BAD_UPDATES: list[tuple[dict[str, Any], str]] = [
    ({"status": "signed", "reason": "r"}, "status"),
    ({"ends_on": "2025-01-01", "reason": "r"}, "ends_on"),  # before the stored start
    ({"started_on": "2026-01-01", "reason": "r"}, "started_on"),  # after the stored end
    ({"cadence_days": 0, "reason": "r"}, "cadence_days"),
    ({"person_id": 999}, "person_id"),
    ({"goal_ids": [999], "reason": "r"}, "goal_ids"),
    ({"reason": "r" * (v.SHORT_TEXT_MAX + 1), "channel": "x"}, "reason"),
    ({"colour": "red"}, "colour"),
]


@pytest.mark.parametrize(("changes", "field"), BAD_UPDATES)
def test_bad_update_is_refused_and_writes_nothing(
    journal: Journal,
    active: Agreement,
    snapshot: Callable[[], Snapshot],
    heard: list[Change],
    readable: Callable[[Exception], None],
    changes: dict[str, Any],
    field: str,
) -> None:
    heard.clear()
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.update(active.id, **changes)
    assert caught.value.field == field
    readable(caught.value)
    assert snapshot() == before
    assert journal.mentorships.get(active.id) == active
    assert heard == []


def test_bad_actions(journal: Journal, active: Agreement, snapshot: Callable[[], Snapshot]) -> None:
    action = journal.mentorships.add_action("Existing")
    before = snapshot()
    cases: list[tuple[Callable[[], Any], type[InvalidInput], str]] = [
        (lambda: journal.mentorships.add_action("  "), InvalidInput, "title"),
        (lambda: journal.mentorships.add_action("t" * (v.NAME_MAX + 1)), InvalidInput, "title"),
        (lambda: journal.mentorships.add_action("x", "us"), InvalidInput, "owner"),
        (lambda: journal.mentorships.add_action("x", due_on="2025-02-30"), InvalidInput, "due_on"),
        (lambda: journal.mentorships.add_action("x", person_id=999), NotFound, "person_id"),
        (lambda: journal.mentorships.add_action("x", agreement_id=999), NotFound, "agreement_id"),
        (lambda: journal.mentorships.add_action("x", goal_id=999), NotFound, "goal_id"),
        (lambda: journal.mentorships.add_action("x", entry_id=999), NotFound, "entry_id"),
        (lambda: journal.mentorships.complete_action(999), NotFound, "action"),
        (
            lambda: journal.mentorships.complete_action(action.id, "2025-02-30"),
            InvalidInput,
            "done_on",
        ),
        (lambda: journal.mentorships.reopen_action(999), NotFound, "action"),
        (lambda: journal.mentorships.delete_action(999), NotFound, "action"),
        (lambda: journal.mentorships.delete(999), NotFound, "agreement"),
        (lambda: journal.mentorships.update(999, channel="x"), NotFound, "agreement"),
        (lambda: journal.mentorships.get(999), NotFound, "agreement"),
    ]
    for call, kind, field in cases:
        with pytest.raises(kind) as caught:
            call()
        assert caught.value.field == field, call
    assert snapshot() == before


def test_completing_without_a_date_means_today_not_reopening(journal: Journal) -> None:
    action = journal.mentorships.add_action("Read")
    journal.mentorships.complete_action(action.id, "2025-01-02")
    journal.mentorships.complete_action(action.id, None)
    (done,) = journal.mentorships.actions(open_only=False)
    assert done.done_on == date.today()
