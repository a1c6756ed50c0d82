"""Goals through the domain API: milestones, members, skills, status and the goals list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal import validate as v
from netjournal.journal.changes import Change

Snapshot = dict[str, list[tuple[Any, ...]]]


def test_create_keeps_every_field(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    goal = journal.goals.create(
        " Fulbright scholarship ",
        "scholarship",
        horizon="long",
        why="Study abroad.",
        start_on="2025-01-10",
        target_on=date(2025, 10, 1),
        progress=20,
        members=[(bo.id, "accountability_partner"), (ana.id, "mentor")],
        skills=["Essay writing", "interviews"],
    )
    assert journal.goals.get(goal.id) == goal
    assert (goal.title, goal.category, goal.horizon, goal.status) == (
        "Fulbright scholarship",
        "scholarship",
        "long",
        "active",
    )
    assert goal.why == "Study abroad."
    assert (goal.start_on, goal.target_on, goal.achieved_on) == (
        date(2025, 1, 10),
        date(2025, 10, 1),
        None,
    )
    assert goal.progress == 20
    assert [(m.person_id, m.display_name, m.role) for m in goal.members] == [
        (ana.id, "Ana", "mentor"),
        (bo.id, "Bo", "accountability_partner"),
    ]
    assert goal.skills == ("Essay writing", "interviews")
    assert goal.milestones == ()


def test_defaults(journal: Journal) -> None:
    goal = journal.goals.create("Run 5k")
    assert (goal.category, goal.horizon, goal.status, goal.progress) == (
        "personal",
        "short",
        "active",
        None,
    )


def test_goal_skills_reuse_people_skills(journal: Journal) -> None:
    journal.people.create("Ana", skills_offered=["Python"])
    goal = journal.goals.create("Data science internship", skills=["PYTHON", "SQL"])
    assert goal.skills == ("Python", "SQL")
    assert journal.stats()["skills"] == 2
    updated = journal.goals.update(goal.id, skills=["sql"])
    assert updated.skills == ("SQL",)


def test_created_achieved_gets_todays_date(journal: Journal) -> None:
    goal = journal.goals.create("Done already", status="achieved")
    assert goal.achieved_on == date.today()


def test_achieving_sets_achieved_on_and_reopening_clears_it(journal: Journal) -> None:
    goal = journal.goals.create("Pass the exam", "exam")
    achieved = journal.goals.update(goal.id, status="achieved")
    assert (achieved.status, achieved.achieved_on) == ("achieved", date.today())
    # Saying "achieved" again keeps the original date.
    journal.goals.update(goal.id, achieved_on="2025-05-01")
    assert journal.goals.update(goal.id, status="achieved").achieved_on == date(2025, 5, 1)
    reopened = journal.goals.update(goal.id, status="active")
    assert (reopened.status, reopened.achieved_on) == ("active", None)
    dated = journal.goals.update(goal.id, status="achieved", achieved_on="2025-06-30")
    assert dated.achieved_on == date(2025, 6, 30)


def test_update_changes_only_what_is_given(journal: Journal) -> None:
    goal = journal.goals.create("G", "career", why="w", target_on="2026-01-01", progress=10)
    updated = journal.goals.update(goal.id, title="G2", progress=55, horizon="long")
    assert (updated.title, updated.progress, updated.horizon) == ("G2", 55, "long")
    assert (updated.category, updated.why, updated.target_on) == (
        "career",
        "w",
        date(2026, 1, 1),
    )
    assert updated.updated_at > goal.updated_at
    assert journal.goals.update(goal.id, target_on=None).target_on is None


def test_milestones_in_order_done_and_deleted(journal: Journal) -> None:
    goal = journal.goals.create("Thesis")
    first = journal.goals.add_milestone(goal.id, " Outline ", "2025-02-01")
    second = journal.goals.add_milestone(goal.id, "Draft")
    third = journal.goals.add_milestone(goal.id, "Defend", date(2025, 9, 1))
    assert (first.title, first.due_on, first.done_on, first.position) == (
        "Outline",
        date(2025, 2, 1),
        None,
        0,
    )
    assert [(m.id, m.position) for m in journal.goals.get(goal.id).milestones] == [
        (first.id, 0),
        (second.id, 1),
        (third.id, 2),
    ]
    journal.goals.update_milestone(first.id, done_on="2025-02-03")
    journal.goals.update_milestone(second.id, title="Full draft", due_on="2025-05-01")
    journal.goals.update_milestone(third.id, position=-1)
    milestones = journal.goals.get(goal.id).milestones
    assert [(m.title, m.due_on, m.done_on) for m in milestones] == [
        ("Defend", date(2025, 9, 1), None),
        ("Outline", date(2025, 2, 1), date(2025, 2, 3)),
        ("Full draft", date(2025, 5, 1), None),
    ]
    (row,) = journal.goals.rows()
    assert (row.milestones_total, row.milestones_done, row.progress_percent) == (3, 1, 33)
    journal.goals.delete_milestone(second.id)
    assert [m.id for m in journal.goals.get(goal.id).milestones] == [third.id, first.id]
    assert journal.stats()["milestones"] == 2


def test_members_are_added_changed_and_removed(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    goal = journal.goals.create("Hackathon")
    journal.goals.set_member(goal.id, bo.id, "collaborator")
    got = journal.goals.set_member(goal.id, ana.id, "supporter")
    assert [(m.display_name, m.role) for m in got.members] == [
        ("Ana", "supporter"),
        ("Bo", "collaborator"),
    ]
    got = journal.goals.set_member(goal.id, ana.id, "mentor")
    assert [(m.display_name, m.role) for m in got.members] == [
        ("Ana", "mentor"),
        ("Bo", "collaborator"),
    ]
    assert [r.members for r in journal.goals.rows()] == [2]
    assert [r.id for r in journal.goals.rows(member_id=ana.id)] == [goal.id]
    got = journal.goals.set_member(goal.id, ana.id, None)
    assert [m.display_name for m in got.members] == ["Bo"]
    assert journal.goals.rows(member_id=ana.id) == []


def test_delete_goal_unlinks_entries_and_agreements(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    goal = journal.goals.create("G", members=[(ana.id, "mentor")])
    keep = journal.goals.create("Keep")
    journal.goals.add_milestone(goal.id, "m")
    entry = journal.entries.log(
        "note", "2025-01-01T10:00:00+00:00", title="t", goal_ids=[goal.id, keep.id]
    )
    agreement = journal.mentorships.create(ana.id, "mentee", goal_ids=[goal.id])
    journal.mentorships.add_action("Goal action", goal_id=goal.id)
    journal.goals.delete(goal.id)
    with pytest.raises(NotFound):
        journal.goals.get(goal.id)
    assert journal.entries.get(entry.id).goal_ids == (keep.id,)
    assert journal.mentorships.get(agreement.id).goal_ids == ()
    stats = journal.stats()
    assert (stats["goals"], stats["milestones"], stats["action_items"]) == (1, 0, 0)
    assert journal.check() == []


def test_rows_filter_by_status_and_category(journal: Journal) -> None:
    a = journal.goals.create("A", "exam")
    b = journal.goals.create("B", "exam", status="paused")
    c = journal.goals.create("C", "career")
    assert [r.id for r in journal.goals.rows(sort="title")] == [a.id, b.id, c.id]
    assert [r.id for r in journal.goals.rows(sort="title", category="exam")] == [a.id, b.id]
    assert [r.id for r in journal.goals.rows(status="paused")] == [b.id]
    assert [r.id for r in journal.goals.rows(status="active", category="career")] == [c.id]


def test_rows_sorted_by_each_key_with_empty_values_last(journal: Journal) -> None:
    x = journal.goals.create("beta", "skill", target_on="2025-06-01", progress=50)
    y = journal.goals.create("Alpha", "exam", status="paused", progress=None)
    z = journal.goals.create("gamma", "career", target_on="2025-01-01", progress=10)
    w = journal.goals.create("delta", "academic", status="achieved", target_on="2025-06-01")
    expected = {
        "title": [y, x, w, z],
        "status": [w, x, z, y],
        "category": [w, z, y, x],
        "target": [z, x, w, y],
        "progress": [z, x, y, w],
        "created": [x, y, z, w],
    }
    for sort, goals in expected.items():
        ascending = [r.id for r in journal.goals.rows(sort=sort)]
        assert ascending == [g.id for g in goals], sort
    # Ties keep the order they were made in; empty values stay last either way.
    assert [r.id for r in journal.goals.rows(sort="target", descending=True)] == [
        x.id,
        w.id,
        z.id,
        y.id,
    ]
    assert [r.id for r in journal.goals.rows(sort="progress", descending=True)] == [
        x.id,
        z.id,
        y.id,
        w.id,
    ]
    with pytest.raises(InvalidInput) as caught:
        journal.goals.rows(sort="colour")
    assert caught.value.field == "sort"


def test_progress_percent_uses_progress_without_milestones(journal: Journal) -> None:
    journal.goals.create("G", progress=40)
    (row,) = journal.goals.rows()
    assert (row.milestones_total, row.progress_percent) == (0, 40)


# --- bad input writes nothing ----------------------------------------------------------

BAD_CREATES: list[tuple[dict[str, Any], str]] = [
    ({"title": ""}, "title"),
    ({"title": "   "}, "title"),
    ({"title": "t" * (v.NAME_MAX + 1)}, "title"),
    ({"category": "hobby"}, "category"),
    ({"horizon": "forever"}, "horizon"),
    ({"status": "done"}, "status"),
    ({"start_on": "2025-02-30"}, "start_on"),
    ({"target_on": "2025-06-31"}, "target_on"),
    ({"start_on": "2025-06-01", "target_on": "2025-05-31"}, "target_on"),
    ({"progress": 101}, "progress"),
    ({"progress": -1}, "progress"),
    ({"why": "w" * (v.LONG_TEXT_MAX + 1)}, "why"),
    ({"members": [("PERSON", "mentor"), (999, "mentor")]}, "members"),
    ({"members": [("PERSON", "boss")]}, "members"),
    ({"skills": ["s" * (v.NAME_MAX + 1)]}, "skills"),
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
    ana = journal.people.create("Ana")
    journal.goals.create("Existing")
    heard.clear()
    before = snapshot()
    args: dict[str, Any] = {"title": "New goal", "skills": ["Fresh skill"]}
    args.update(override)
    if "members" in args:
        args["members"] = [(ana.id if p == "PERSON" else p, r) for p, r in args["members"]]
    with pytest.raises(InvalidInput) as caught:
        journal.goals.create(**args)
    assert caught.value.field == field
    readable(caught.value)
    assert snapshot() == before
    assert heard == []


BAD_UPDATES: list[tuple[dict[str, Any], str]] = [
    ({"title": ""}, "title"),
    ({"status": "finished"}, "status"),
    ({"target_on": "2025-02-30"}, "target_on"),
    ({"target_on": "2024-12-31"}, "target_on"),  # before the stored start
    ({"start_on": "2025-07-01"}, "start_on"),  # after the stored target
    ({"start_on": "2025-03-01", "target_on": "2025-02-01"}, "target_on"),
    ({"progress": 150}, "progress"),
    ({"owner": "me"}, "owner"),
    ({"members": []}, "members"),
    ({"title": "Fine", "skills": ["ok", "s" * (v.NAME_MAX + 1)]}, "skills"),
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
    goal = journal.goals.create("G", start_on="2025-01-01", target_on="2025-06-30")
    heard.clear()
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.goals.update(goal.id, **changes)
    assert caught.value.field == field
    readable(caught.value)
    assert snapshot() == before
    assert journal.goals.get(goal.id) == goal
    assert heard == []


def test_unknown_ids(journal: Journal, snapshot: Callable[[], Snapshot]) -> None:
    goal = journal.goals.create("G")
    ana = journal.people.create("Ana")
    before = snapshot()
    cases: list[tuple[Callable[[], Any], str]] = [
        (lambda: journal.goals.get(999), "goal"),
        (lambda: journal.goals.update(999, title="x"), "goal"),
        (lambda: journal.goals.delete(999), "goal"),
        (lambda: journal.goals.add_milestone(999, "m"), "goal"),
        (lambda: journal.goals.set_member(999, ana.id, "mentor"), "goal"),
        (lambda: journal.goals.set_member(goal.id, 999, "mentor"), "person_id"),
        (lambda: journal.goals.update_milestone(999, title="x"), "milestone"),
        (lambda: journal.goals.delete_milestone(999), "milestone"),
    ]
    for call, field in cases:
        with pytest.raises(NotFound) as caught:
            call()
        assert caught.value.field == field
        assert "999" in str(caught.value)
    assert snapshot() == before


def test_bad_milestones(journal: Journal, snapshot: Callable[[], Snapshot]) -> None:
    goal = journal.goals.create("G")
    milestone = journal.goals.add_milestone(goal.id, "m")
    before = snapshot()
    cases: list[tuple[Callable[[], Any], str]] = [
        (lambda: journal.goals.add_milestone(goal.id, "  "), "title"),
        (lambda: journal.goals.add_milestone(goal.id, "m", "2025-02-30"), "due_on"),
        (lambda: journal.goals.update_milestone(milestone.id, title=""), "title"),
        (lambda: journal.goals.update_milestone(milestone.id, done_on="2025-13-01"), "done_on"),
        (lambda: journal.goals.update_milestone(milestone.id, position="first"), "position"),
        (lambda: journal.goals.update_milestone(milestone.id, colour="red"), "colour"),
        (lambda: journal.goals.set_member(goal.id, 1, "boss"), "role"),
    ]
    for call, field in cases:
        with pytest.raises(InvalidInput) as caught:
            call()
        assert caught.value.field == field
    assert snapshot() == before


def test_dates_are_plain_dates(journal: Journal) -> None:
    goal = journal.goals.create("G", start_on=datetime(2025, 1, 1, 23, 0, tzinfo=UTC))
    assert goal.start_on == date(2025, 1, 1)
    assert type(goal.start_on) is date
