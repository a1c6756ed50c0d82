"""Shared goals in practice: reciprocity, achieving and celebrating, order, undoable deletes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal.changes import Change

Snapshot = dict[str, list[tuple[Any, ...]]]


def test_reciprocity_says_who_could_help_and_whom_i_could_help(journal: Journal) -> None:
    people = journal.people
    mei = people.create("Mei", skills_offered=["SQL", "Interview preparation"]).id
    raf = people.create("Rafael", skills_offered=["sql"], skills_sought=["Python"]).id
    ana = people.create(
        "Ana", skills_offered=["Cooking"], skills_sought=["Python", "Statistics"]
    ).id
    people.archive(people.create("Gone", skills_offered=["SQL"]).id)
    me = people.create("Me", skills_offered=["SQL"]).id
    people.set_self(me)
    people.set_own_skills(offers=["Python", "Statistics"])
    goal = journal.goals.create(
        "Internship",
        "internship",
        skills=["SQL", "Interview preparation"],
        members=[(raf, "supporter"), (ana, "collaborator")],
    )
    found = journal.goals.reciprocity(goal.id)
    # Most matching skills first; archived people and I are left out.
    assert [(s.person_id, s.skills, s.member) for s in found.could_help] == [
        (mei, ("Interview preparation", "SQL"), False),
        (raf, ("SQL",), True),
    ]
    assert [(s.person_id, s.skills) for s in found.i_could_help] == [
        (ana, ("Python", "Statistics")),
        (raf, ("Python",)),
    ]
    assert found.my_offers == ("Python", "Statistics")
    assert [s.person_id for s in journal.goals.reciprocity(goal.id, limit=1).could_help] == [mei]
    lonely = journal.goals.create("Alone", "personal")
    assert journal.goals.reciprocity(lonely.id).could_help == ()
    with pytest.raises(NotFound):
        journal.goals.reciprocity(999)


def test_achieving_then_celebrating_notes_who_was_told(
    journal: Journal, heard: list[Change]
) -> None:
    lucas = journal.people.create("Lucas").id
    zey = journal.people.create("Zeynep").id
    goal = journal.goals.create(
        "Linear Algebra final", "exam", members=[(lucas, "collaborator"), (zey, "collaborator")]
    )
    with pytest.raises(InvalidInput) as caught:
        journal.goals.celebrate(goal.id, [lucas], "We did it")
    assert caught.value.field == "goal"
    achieved = journal.goals.achieve(goal.id, on="2026-06-27")
    assert (achieved.status, achieved.achieved_on, achieved.celebrated_on) == (
        "achieved",
        date(2026, 6, 27),
        None,
    )
    items = [(i.kind, i.goal_id) for i in journal.timeline.page().items]
    assert ("goal_achieved", goal.id) in items
    for told, message, field in (([], "Hi", "told_ids"), ([lucas], "  ", "message")):
        with pytest.raises(InvalidInput) as caught:
            journal.goals.celebrate(goal.id, told, message)
        assert caught.value.field == field
    heard.clear()
    entry = journal.goals.celebrate(goal.id, [lucas, zey], "We did it! Thank you both.")
    assert heard
    assert heard[-1].concerns("entry", "goal", "person")
    assert (entry.kind, entry.participant_ids, entry.goal_ids) == (
        "message",
        (lucas, zey),
        (goal.id,),
    )
    assert entry.body == "We did it! Thank you both."
    assert "Linear Algebra final" in entry.title
    assert journal.goals.get(goal.id).celebrated_on == date.today()
    assert journal.goals.rows()[0].celebrated_on == date.today()
    # Reopening the goal clears its achievement date.
    assert journal.goals.update(goal.id, status="active").achieved_on is None


def test_milestones_can_be_put_in_any_order(journal: Journal) -> None:
    goal = journal.goals.create("GRE", "exam")
    ids = [journal.goals.add_milestone(goal.id, t).id for t in ("A", "B", "C")]
    reordered = journal.goals.reorder_milestones(goal.id, [ids[2], ids[0], ids[1]])
    assert [m.title for m in reordered.milestones] == ["C", "A", "B"]
    other = journal.goals.create("Other", "exam")
    stray = journal.goals.add_milestone(other.id, "X").id
    for bad in ([ids[0], ids[1]], [*ids, ids[0]], [ids[0], ids[1], stray]):
        with pytest.raises(InvalidInput) as caught:
            journal.goals.reorder_milestones(goal.id, bad)
        assert caught.value.field == "milestones"
    assert [m.title for m in journal.goals.get(goal.id).milestones] == ["C", "A", "B"]


def test_progress_comes_from_milestones_when_there_are_any(journal: Journal) -> None:
    goal = journal.goals.create("GRE", "exam", progress=40)
    assert journal.goals.get(goal.id).progress_percent == 40
    first = journal.goals.add_milestone(goal.id, "A")
    journal.goals.add_milestone(goal.id, "B")
    journal.goals.add_milestone(goal.id, "C")
    journal.goals.update_milestone(first.id, done_on=date(2026, 1, 1))
    assert journal.goals.get(goal.id).progress_percent == 33
    assert journal.goals.rows()[0].progress_percent == 33


def test_rows_filter_by_horizon_and_ids(journal: Journal) -> None:
    short = journal.goals.create("Short", "exam", horizon="short")
    long = journal.goals.create("Long", "career", horizon="long")
    assert [g.id for g in journal.goals.rows(horizon="long")] == [long.id]
    assert [g.id for g in journal.goals.rows(ids=[short.id])] == [short.id]
    assert journal.goals.rows(ids=[]) == []


def test_i_am_not_a_member_of_my_own_goals(journal: Journal) -> None:
    me = journal.people.create("Me").id
    journal.people.set_self(me)
    with pytest.raises(InvalidInput) as caught:
        journal.goals.create("Mine", "personal", members=[(me, "collaborator")])
    assert caught.value.field == "members"
    goal = journal.goals.create("Mine", "personal")
    with pytest.raises(InvalidInput):
        journal.goals.set_member(goal.id, me, "supporter")


def test_delete_then_restore_puts_the_goal_back_with_its_links(
    journal: Journal, snapshot: Callable[[], Snapshot]
) -> None:
    ana = journal.people.create("Ana").id
    goal = journal.goals.create(
        "Fulbright", "scholarship", members=[(ana, "mentor")], skills=["Grant writing"]
    )
    journal.goals.add_milestone(goal.id, "Essay", due_on="2026-03-01")
    entry = journal.entries.log("note", "2026-01-02 10:00", [ana], title="Idea", goal_ids=[goal.id])
    journal.mentorships.add_action("Ask for a letter", goal_id=goal.id)
    proposal = journal.mentorships.create(ana, "mentee", goal_ids=[goal.id])
    before = snapshot()
    deleted = journal.goals.delete(goal.id)
    assert deleted.title == "Fulbright"
    assert journal.entries.get(entry.id).goal_ids == ()
    assert journal.mentorships.get(proposal.id).goal_ids == ()
    restored = journal.goals.restore(deleted)
    assert restored.id == goal.id
    assert snapshot() == before
    with pytest.raises(InvalidInput):
        journal.goals.restore(deleted)


def test_a_restored_goal_skips_links_to_what_is_gone(journal: Journal) -> None:
    ana = journal.people.create("Ana").id
    goal = journal.goals.create("Fulbright", "scholarship", members=[(ana, "mentor")])
    deleted = journal.goals.delete(goal.id)
    journal.people.delete(ana)
    restored = journal.goals.restore(deleted)
    assert restored.members == ()


def test_rows_sort_by_progress_as_shown_and_name_their_members(journal: Journal) -> None:
    by_hand = journal.goals.create("By hand", "exam", progress=50)
    done = journal.goals.create("Done", "exam", progress=10)
    for title in ("A", "B"):
        milestone = journal.goals.add_milestone(done.id, title)
        journal.goals.update_milestone(milestone.id, done_on="2026-01-01")
    untouched = journal.goals.create("Untouched", "exam")
    assert [g.id for g in journal.goals.rows(sort="progress")] == [
        by_hand.id,
        done.id,
        untouched.id,
    ]
    zoe = journal.people.create("zoë").id
    ana = journal.people.create("Ana").id
    journal.goals.set_member(by_hand.id, zoe, "supporter")
    journal.goals.set_member(by_hand.id, ana, "mentor")
    (row,) = journal.goals.rows(ids=[by_hand.id])
    assert [(m.person_id, m.display_name, m.role) for m in row.member_list] == [
        (ana, "Ana", "mentor"),
        (zoe, "zoë", "supporter"),
    ]
    assert row.members == 2
