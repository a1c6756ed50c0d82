"""Mentorship in practice: sessions, reviews, revision rules, privacy of notes, the overview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.records import Agreement
from netjournal.journal.vocab import MEETING_KINDS
from netjournal.store import agreements as agreement_store

Snapshot = dict[str, list[tuple[Any, ...]]]
TODAY = date.today()


def at(days_ago: int, hour: int = 10) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def mei(journal: Journal) -> int:
    return journal.people.create("Mei Tanaka").id


@pytest.fixture
def agreement(journal: Journal, mei: int) -> Agreement:
    """An active agreement with Mei, every two weeks since 30 days ago, one objective."""
    goal = journal.goals.create("Summer internship", "internship")
    return journal.mentorships.create(
        mei,
        "mentee",
        status="active",
        started_on=TODAY - timedelta(days=30),
        cadence_days=14,
        channel="Video call",
        goal_ids=[goal.id],
    )


def without_search_index(tables: Snapshot) -> Snapshot:
    """The tables but the shadow tables of the details' search index, whose segments
    differ byte for byte after a delete and an insert of the same text."""
    return {k: v for k, v in tables.items() if not k.startswith("entry_detail_search")}


def test_the_store_counts_the_same_meetings_as_the_domain() -> None:
    assert tuple(k.value for k in MEETING_KINDS) == agreement_store.MEETING_KINDS


# --- sessions ---------------------------------------------------------------------------


def test_a_session_is_one_entry_with_its_parts_and_action_items(
    journal: Journal, agreement: Agreement, mei: int, heard: list[Change]
) -> None:
    heard.clear()
    session = journal.mentorships.log_session(
        agreement.id,
        at(3),
        title="Interview practice",
        agenda="Mock interview",
        notes="Went well; talk less about tools.",
        takeaways="Prepare three stories.",
        takeaways_shareable=True,
        actions=[
            {"title": "Write three stories", "owner": "me", "due_on": TODAY + timedelta(days=7)},
            {"title": "Send the list of companies", "owner": "them"},
        ],
        goal_ids=list(agreement.goal_ids),
    )
    (change,) = heard
    assert change.concerns("entry", "person", "agreement", "action", "goal")
    entry = journal.entries.get(session.entry_id)
    assert (entry.kind, entry.agreement_id, entry.participant_ids) == (
        "session",
        agreement.id,
        (mei,),
    )
    assert (entry.body, entry.shareable) == ("Went well; talk less about tools.", False)
    assert entry.goal_ids == agreement.goal_ids
    assert (session.agenda, session.agenda_shareable) == ("Mock interview", False)
    assert (session.takeaways, session.takeaways_shareable) == ("Prepare three stories.", True)
    assert [(a.title, a.owner, a.person_id, a.agreement_id) for a in session.actions] == [
        ("Write three stories", "me", mei, agreement.id),
        ("Send the list of companies", "them", mei, agreement.id),
    ]
    # The session resets Mei's keep-in-touch clock and moves the next session.
    assert journal.people.get(mei).last_contact_at == at(3)
    shown = journal.mentorships.get(agreement.id)
    assert shown.last_session_at == at(3)
    assert shown.next_session_on == (at(3) + timedelta(days=14)).date()
    assert shown.open_actions == 2


def test_the_next_session_is_due_a_cadence_after_the_last_meeting(
    journal: Journal, agreement: Agreement, mei: int
) -> None:
    # No session yet: a cadence after the start, so 16 days overdue.
    row = journal.mentorships.rows()[0]
    assert row.next_session_on == TODAY - timedelta(days=16)
    (upcoming,) = [i for i in journal.timeline.upcoming() if i.kind == "session"]
    assert (upcoming.agreement_id, upcoming.overdue) == (agreement.id, True)
    # A call with Mei logged against the agreement counts as a session; a note does not.
    journal.entries.log("note", at(1), [mei], title="Thoughts", agreement_id=agreement.id)
    assert journal.mentorships.rows()[0].next_session_on == TODAY - timedelta(days=16)
    journal.entries.log("call", at(2), [mei], title="Quick call", agreement_id=agreement.id)
    row = journal.mentorships.rows()[0]
    assert row.last_session_at == at(2)
    assert row.next_session_on == TODAY + timedelta(days=12)
    assert not [i for i in journal.timeline.upcoming() if i.kind == "session" and i.overdue]
    # A paused agreement has no next session.
    journal.mentorships.update(agreement.id, status="paused")
    assert journal.mentorships.rows()[0].next_session_on is None


def test_editing_a_session_keeps_changes_and_removes_action_items(
    journal: Journal, agreement: Agreement
) -> None:
    session = journal.mentorships.log_session(
        agreement.id,
        at(5),
        notes="First notes",
        actions=[{"title": "One", "owner": "me"}, {"title": "Two", "owner": "them"}],
    )
    first, second = session.actions
    edited = journal.mentorships.update_session(
        session.entry_id,
        notes="Better notes",
        notes_shareable=True,
        agenda="Added later",
        actions=[{"id": first.id, "title": "One, renamed", "owner": "them"}, {"title": "Three"}],
    )
    assert (edited.notes, edited.notes_shareable, edited.agenda) == (
        "Better notes",
        True,
        "Added later",
    )
    assert [(a.title, a.owner) for a in edited.actions] == [
        ("One, renamed", "them"),
        ("Three", "me"),
    ]
    assert edited.actions[0].id == first.id
    assert second.id not in {a.id for a in journal.mentorships.actions(open_only=False)}
    # Emptying a part removes it.
    cleared = journal.mentorships.update_session(session.entry_id, agenda="")
    assert cleared.agenda == ""


def test_bad_sessions_are_refused_and_write_nothing(
    journal: Journal,
    agreement: Agreement,
    snapshot: Callable[[], Snapshot],
    heard: list[Change],
    readable: Callable[[Exception], None],
) -> None:
    heard.clear()
    before = snapshot()
    for kwargs, field in (
        ({"actions": [{"title": "Fine"}, {"title": "  "}]}, "actions"),
        ({"actions": [{"title": "x", "owner": "boss"}]}, "actions"),
        ({"actions": [{"title": "x", "due_on": "2025-02-30"}]}, "actions"),
        ({"actions": "Write it"}, "actions"),
        ({"notes": "n" * 200_001}, "notes"),
        ({"goal_ids": [999]}, "goal_ids"),
    ):
        with pytest.raises(InvalidInput) as caught:
            journal.mentorships.log_session(agreement.id, at(1), **kwargs)
        assert caught.value.field == field, kwargs
        readable(caught.value)
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.log_session(agreement.id, at(1), actions=[{"title": ""}])
    assert "Action item 1" in str(caught.value)
    with pytest.raises(NotFound):
        journal.mentorships.log_session(999, at(1))
    assert snapshot() == before
    assert heard == []


def test_no_sessions_once_an_agreement_is_over(journal: Journal, agreement: Agreement) -> None:
    journal.mentorships.update(agreement.id, status="completed")
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.log_session(agreement.id, at(1), notes="Too late")
    assert caught.value.field == "agreement"
    assert "completed" in str(caught.value)


# --- the rules of revisions ---------------------------------------------------------------


def test_an_agreement_with_myself_is_refused(journal: Journal, mei: int) -> None:
    me = journal.people.create("Me Myself")
    journal.people.set_self(me.id)
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.create(me.id, "mentee")
    assert caught.value.field == "person_id"
    assert "you" in str(caught.value)
    proposal = journal.mentorships.create(mei, "mentee")
    with pytest.raises(InvalidInput):
        journal.mentorships.update(proposal.id, person_id=me.id)
    # And someone with an agreement cannot become me.
    with pytest.raises(InvalidInput) as caught:
        journal.people.set_self(mei)
    assert caught.value.field == "is_self"
    assert journal.people.self_id() == me.id


def test_two_active_agreements_with_the_same_person_and_role_are_refused(
    journal: Journal, agreement: Agreement, mei: int, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.create(mei, "mentee", status="active")
    assert caught.value.field == "status"
    assert "Mei Tanaka" in str(caught.value)
    assert snapshot() == before
    # A proposal alongside is fine, but it cannot be activated while the other is active.
    proposal = journal.mentorships.create(mei, "mentee")
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.update(proposal.id, status="active")
    assert caught.value.field == "status"
    # Another role with the same person is another relationship.
    journal.mentorships.create(mei, "peer", status="active")
    # Once the first is completed, the second can start.
    journal.mentorships.update(agreement.id, status="completed")
    assert journal.mentorships.update(proposal.id, status="active").status == "active"


def test_an_agreement_that_is_over_keeps_its_terms(journal: Journal, agreement: Agreement) -> None:
    journal.mentorships.update(agreement.id, status="completed", ends_on=TODAY)
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.update(agreement.id, cadence_days=7, reason="Why not")
    assert caught.value.field == "cadence_days"
    # Reopening it (with a reason) lets its terms change again.
    reopened = journal.mentorships.update(agreement.id, status="active", reason="One more term")
    assert reopened.status == "active"
    assert [r.terms["status"] for r in reopened.revisions] == ["active", "completed", "active"]


def test_ending_on_a_date_needs_no_reason(journal: Journal, agreement: Agreement) -> None:
    ended = journal.mentorships.update(agreement.id, status="ended", ends_on=TODAY)
    assert (ended.status, ended.ends_on) == ("ended", TODAY)


# --- reviews --------------------------------------------------------------------------------


def test_a_kept_review_changes_nothing_but_the_review_date(
    journal: Journal, agreement: Agreement, mei: int
) -> None:
    next_review = TODAY + timedelta(days=90)
    review = journal.mentorships.review(
        agreement.id,
        at(1),
        "keep",
        what_works="Mock interviews",
        what_to_change="Nothing yet",
        next_review_on=next_review,
    )
    assert (review.decision, review.what_works, review.shareable) == (
        "keep",
        "Mock interviews",
        False,
    )
    entry = journal.entries.get(review.entry_id)
    assert (entry.kind, entry.agreement_id, entry.participant_ids) == (
        "review",
        agreement.id,
        (mei,),
    )
    after = journal.mentorships.get(agreement.id)
    assert (after.status, after.review_on, len(after.revisions)) == ("active", next_review, 1)
    assert after.reviews == (review,)
    assert journal.mentorships.review_of(review.entry_id) == review
    assert journal.mentorships.review_of(journal.entries.log("note", at(1), [mei]).id) is None


def test_pause_and_close_act_at_once_with_a_revision(
    journal: Journal, agreement: Agreement
) -> None:
    journal.mentorships.review(agreement.id, at(2), "pause", what_to_change="Exams first\nthen")
    paused = journal.mentorships.get(agreement.id)
    assert paused.status == "paused"
    assert (paused.revisions[-1].reason, paused.revisions[-1].terms["status"]) == (
        "Exams first",
        "paused",
    )
    journal.mentorships.review(agreement.id, at(1), "close", what_works="Got the internship")
    closed = journal.mentorships.get(agreement.id)
    assert (closed.status, closed.ends_on) == ("completed", at(1).astimezone().date())
    assert len(closed.revisions) == 3


def test_adapting_waits_for_the_revision_that_follows(
    journal: Journal, agreement: Agreement
) -> None:
    review = journal.mentorships.review(
        agreement.id, at(1), "adapt", what_to_change="Meet weekly in interview season"
    )
    pending = journal.mentorships.get(agreement.id)
    assert pending.pending_adaptation == review
    assert len(pending.revisions) == 1
    revised = journal.mentorships.update(agreement.id, reason="Interview season", cadence_days=7)
    assert revised.pending_adaptation is None
    assert revised.revisions[-1].terms["cadence_days"] == 7


def test_reviews_of_agreements_not_running_are_refused(
    journal: Journal, mei: int, snapshot: Callable[[], Snapshot]
) -> None:
    declined = journal.mentorships.create(mei, "mentee", status="declined")
    proposed = journal.mentorships.create(mei, "peer")
    before = snapshot()
    for agreement_id, word in ((declined.id, "declined"), (proposed.id, "proposed")):
        with pytest.raises(InvalidInput) as caught:
            journal.mentorships.review(agreement_id, at(1), "keep", what_works="x")
        assert caught.value.field == "agreement"
        assert word in str(caught.value)
    active = journal.mentorships.create(mei, "mentor", status="active")
    for kwargs, field in (
        ({"decision": "shrug", "what_works": "x"}, "decision"),
        ({"decision": "keep"}, "what_works"),
        ({"decision": "keep", "what_works": "x", "next_review_on": "soon"}, "next_review_on"),
    ):
        before = snapshot()
        with pytest.raises(InvalidInput) as caught:
            journal.mentorships.review(active.id, at(1), **kwargs)
        assert caught.value.field == field
        assert snapshot() == before


def test_a_reviews_text_can_be_edited_but_not_its_decision(
    journal: Journal, agreement: Agreement
) -> None:
    review = journal.mentorships.review(agreement.id, at(1), "keep", what_works="Fine")
    edited = journal.mentorships.update_review(
        review.entry_id, what_to_change="More reading", shareable=True
    )
    assert (edited.what_works, edited.what_to_change, edited.shareable) == (
        "Fine",
        "More reading",
        True,
    )
    assert edited.decision == "keep"
    with pytest.raises(NotFound):
        journal.mentorships.update_review(999, notes="x")


# --- what is made for someone else ---------------------------------------------------------


def test_the_summary_holds_shareable_notes_only(
    journal: Journal, agreement: Agreement, mei: int
) -> None:
    secret, shared = "PRIVATE-7Q", "SHARED-3K"
    journal.mentorships.log_session(
        agreement.id,
        at(9),
        agenda=f"agenda {secret}",
        notes=f"notes {shared}",
        takeaways=f"takeaways {secret}",
        notes_shareable=True,
    )
    journal.mentorships.log_session(
        agreement.id,
        at(8),
        agenda=f"agenda {shared}",
        notes=f"notes {secret}",
        takeaways=f"takeaways {shared}",
        agenda_shareable=True,
        takeaways_shareable=True,
    )
    journal.entries.log(
        "note", at(7), [mei], body=f"reflection {secret}", agreement_id=agreement.id
    )
    journal.entries.log(
        "note", at(6), [mei], body=f"reflection {shared}", agreement_id=agreement.id, shareable=True
    )
    journal.mentorships.review(agreement.id, at(5), "keep", what_works=f"works {secret}")
    journal.mentorships.review(
        agreement.id, at(4), "keep", what_works=f"works {shared}", shareable=True
    )
    journal.mentorships.add_action("Open item", "them", agreement_id=agreement.id)
    summary = journal.mentorships.summary(agreement.id)
    texts = [n.text for n in summary.shared_notes]
    assert all(secret not in t for t in texts)
    assert [(n.part, n.text) for n in summary.shared_notes] == [
        ("notes", f"notes {shared}"),
        ("agenda", f"agenda {shared}"),
        ("takeaways", f"takeaways {shared}"),
        ("notes", f"reflection {shared}"),
        ("what_works", f"works {shared}"),
    ]
    assert [g.title for g in summary.objectives] == ["Summer internship"]
    assert [a.title for a in summary.open_actions] == ["Open item"]
    assert summary.agreement.id == agreement.id


# --- the overview for a mentor ----------------------------------------------------------------


def test_the_overview_lists_my_mentees_with_what_needs_attention(journal: Journal) -> None:
    noah = journal.people.create("Noah").id
    lina = journal.people.create("Lina").id
    old = journal.people.create("Old").id
    mentor = journal.people.create("My mentor").id
    capstone = journal.goals.create("Noah's capstone", "academic", members=[(noah, "collaborator")])
    dropped = journal.goals.create(
        "Dropped", "personal", status="dropped", members=[(noah, "supporter")]
    )
    exam = journal.goals.create("Lina's exam", "exam")
    a_noah = journal.mentorships.create(
        noah, "mentor", status="active", started_on=TODAY - timedelta(days=40), cadence_days=14
    )
    a_lina = journal.mentorships.create(
        lina, "mentor", status="paused", cadence_days=7, goal_ids=[exam.id]
    )
    journal.mentorships.create(old, "mentor", status="completed")
    journal.mentorships.create(mentor, "mentee", status="active")
    journal.mentorships.log_session(a_noah.id, at(20), notes="Planning")
    late = journal.mentorships.add_action(
        "Review the report", "me", due_on=TODAY - timedelta(days=2), agreement_id=a_noah.id
    )
    journal.mentorships.add_action(
        "Later", "them", due_on=TODAY + timedelta(days=2), agreement_id=a_noah.id
    )
    rows = {r.person_name: r for r in journal.mentorships.overview()}
    assert set(rows) == {"Noah", "Lina"}
    assert rows["Noah"].last_session_at == at(20)
    assert rows["Noah"].next_session_on == TODAY - timedelta(days=6)
    assert [a.id for a in rows["Noah"].overdue_actions] == [late.id]
    assert rows["Noah"].goals == ((capstone.id, "Noah's capstone"),)
    assert dropped.id not in dict(rows["Noah"].goals)
    assert (rows["Lina"].status, rows["Lina"].next_session_on) == ("paused", None)
    assert rows["Lina"].goals == ((exam.id, "Lina's exam"),)
    assert rows["Lina"].agreement_id == a_lina.id


# --- deleting and undoing -------------------------------------------------------------------


def test_delete_then_restore_an_agreement_puts_everything_back(
    journal: Journal, agreement: Agreement, snapshot: Callable[[], Snapshot], mei: int
) -> None:
    session = journal.mentorships.log_session(
        agreement.id, at(3), notes="n", actions=[{"title": "Do it"}]
    )
    journal.mentorships.review(agreement.id, at(2), "adapt", what_to_change="More reading")
    journal.mentorships.update(agreement.id, reason="More", cadence_days=7)
    before = without_search_index(snapshot())
    deleted = journal.mentorships.delete(agreement.id)
    assert deleted.person_name == "Mei Tanaka"
    # The sessions stay as entries, no longer of the agreement.
    assert journal.entries.get(session.entry_id).agreement_id is None
    with pytest.raises(NotFound):
        journal.mentorships.get(agreement.id)
    assert journal.entries.page(text="reading").ids == ()  # the review went with it
    restored = journal.mentorships.restore(deleted)
    assert restored.id == agreement.id
    assert without_search_index(snapshot()) == before
    # The review's findings are found again (its index is rebuilt, not byte for byte).
    assert len(journal.entries.page(text="reading").ids) == 1
    assert journal.check() == []
    with pytest.raises(InvalidInput):
        journal.mentorships.restore(deleted)


def test_an_agreement_does_not_come_back_without_its_counterpart(
    journal: Journal, agreement: Agreement, mei: int
) -> None:
    deleted = journal.mentorships.delete(agreement.id)
    journal.people.delete(mei)
    with pytest.raises(InvalidInput) as caught:
        journal.mentorships.restore(deleted)
    assert "Mei Tanaka" in str(caught.value)


def test_a_deleted_persons_reviews_come_back_with_them(
    journal: Journal, agreement: Agreement, mei: int
) -> None:
    review = journal.mentorships.review(agreement.id, at(2), "keep", what_works="Good")
    before = journal.mentorships.get(agreement.id)
    deleted = journal.people.delete(mei)
    assert journal.stats()["agreements"] == 0
    journal.people.restore(deleted)
    after = journal.mentorships.get(agreement.id)
    assert after == before
    assert after.reviews == (review,)


def test_deleting_an_objective_is_a_revision_of_an_agreed_mentorship(
    journal: Journal, agreement: Agreement
) -> None:
    (goal_id,) = agreement.goal_ids
    deleted = journal.goals.delete(goal_id)
    after = journal.mentorships.get(agreement.id)
    assert after.goal_ids == ()
    assert after.revisions[-1].reason == "The goal “Summer internship” was deleted"
    assert after.revisions[-1].terms["goal_ids"] == []
    journal.goals.restore(deleted)
    back = journal.mentorships.get(agreement.id)
    assert back.goal_ids == (goal_id,)
    assert back.revisions[-1].terms["goal_ids"] == [goal_id]


def test_search_finds_a_session_by_its_agenda_and_a_review_by_its_findings(
    journal: Journal, agreement: Agreement
) -> None:
    session = journal.mentorships.log_session(
        agreement.id, at(4), agenda="Portfolio walkthrough", takeaways="Számolás first"
    )
    review = journal.mentorships.review(
        agreement.id, at(3), "keep", what_works="Honest feedback", what_to_change="Shorter calls"
    )
    assert journal.entries.page(text="portfolio").ids == (session.entry_id,)
    assert journal.entries.page(text="szamolas").ids == (session.entry_id,)  # diacritics
    assert journal.entries.page(text="shorter").ids == (review.entry_id,)
    kinds = [(i.kind, i.entry_id) for i in journal.timeline.page(text="honest").items]
    assert kinds == [("entry", review.entry_id)]
    # Edited and emptied, the index follows.
    journal.mentorships.update_session(session.entry_id, agenda="CV review")
    assert journal.entries.page(text="portfolio").ids == ()
    assert journal.entries.page(text="cv review").ids == (session.entry_id,)
    journal.mentorships.update_review(review.entry_id, what_to_change="")
    assert journal.entries.page(text="shorter").ids == ()
    journal.entries.delete(session.entry_id)
    assert journal.entries.page(text="szamolas").ids == ()
    assert journal.check() == []
