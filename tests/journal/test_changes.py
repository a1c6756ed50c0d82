"""Listeners hear exactly one Change per committed operation, naming what it touched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal.changes import Change, ChangeBus, ChangeRecorder
from netjournal.store import db as store_db

WHEN = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)


def only(heard: list[Change]) -> Change:
    """The one Change heard since the list was last cleared; then clears it."""
    assert len(heard) == 1, heard
    return heard.pop()


def ids(change: Change) -> dict[str, set[int]]:
    return {kind: set(found) for kind, found in change.ids.items()}


def removed(change: Change) -> dict[str, set[int]]:
    return {kind: set(found) for kind, found in change.removed.items()}


def test_change_helpers() -> None:
    recorder = ChangeRecorder()
    recorder.touched("person", 1, [2, 3])
    recorder.touched("person", 3)
    recorder.touched("tag")
    recorder.removed("entry", 9)
    change = recorder.freeze()
    assert change.kinds == {"person", "tag", "entry"}
    assert change.ids_of("person") == {1, 2, 3}
    assert change.ids_of("tag") == frozenset()
    assert change.ids_of("goal") == frozenset()
    assert change.removed_of("entry") == {9}
    assert change.concerns("goal", "entry")
    assert not change.concerns("goal", "agreement")


def test_touching_no_ids_is_not_touching_the_kind() -> None:
    recorder = ChangeRecorder()
    recorder.touched("entry", 5)
    recorder.touched("person", [])
    recorder.touched("goal", set(), [])
    assert recorder.freeze().kinds == {"entry"}


def test_bus_calls_listeners_in_order_and_skips_empty_changes() -> None:
    bus = ChangeBus()
    calls: list[tuple[str, Change]] = []
    first = lambda c: calls.append(("first", c))  # noqa: E731
    second = lambda c: calls.append(("second", c))  # noqa: E731
    bus.subscribe(first)
    bus.subscribe(second)
    change = Change({"person": frozenset({1})})
    bus.publish(change)
    bus.publish(Change())
    assert calls == [("first", change), ("second", change)]
    bus.unsubscribe(first)
    bus.unsubscribe(first)  # twice is harmless
    bus.publish(change)
    assert calls[-1] == ("second", change)
    assert len(calls) == 3


def test_people_operations(journal: Journal, heard: list[Change]) -> None:
    ana = journal.people.create("Ana")
    change = only(heard)
    assert (ids(change), removed(change)) == ({"person": {ana.id}}, {})
    bo = journal.people.create("Bo", tags=["club"])
    change = only(heard)
    assert change.kinds == {"person", "tag"}
    assert change.ids_of("person") == {bo.id}
    journal.people.update(ana.id, role="Student")
    assert ids(only(heard)) == {"person": {ana.id}}
    journal.people.archive(ana.id)
    assert ids(only(heard)) == {"person": {ana.id}}
    journal.people.unarchive(ana.id)
    assert ids(only(heard)) == {"person": {ana.id}}
    journal.people.set_outreach_stage(ana.id, "contacted")
    assert ids(only(heard)) == {"person": {ana.id}, "outreach": {ana.id}}
    journal.people.set_own_skills(offers=["Chess"])
    assert only(heard).kinds == {"own_skills"}
    tag_id = journal.people.tags()[0].id
    journal.people.update_tag(tag_id, colour="#00ff00")
    change = only(heard)
    assert change.ids_of("tag") == {tag_id}
    assert "person" in change.kinds


def test_deleting_a_person_names_everything_that_went_with_them(
    journal: Journal, heard: list[Change]
) -> None:
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    entry = journal.entries.log("call", WHEN, [ana.id, bo.id], title="c")
    other = journal.entries.log("call", WHEN, [bo.id], title="d")
    goal = journal.goals.create("G", members=[(ana.id, "mentor")])
    agreement = journal.mentorships.create(ana.id, "mentee")
    via_agreement = journal.mentorships.add_action("a", agreement_id=agreement.id)
    via_person = journal.mentorships.add_action("b", person_id=ana.id)
    unrelated = journal.mentorships.add_action("c", person_id=bo.id)
    heard.clear()

    journal.people.delete(ana.id)

    change = only(heard)
    assert removed(change) == {
        "person": {ana.id},
        "agreement": {agreement.id},
        "action": {via_agreement.id, via_person.id},
    }
    assert change.ids_of("entry") == {entry.id}
    assert change.ids_of("goal") == {goal.id}
    assert other.id not in change.ids_of("entry")
    assert unrelated.id not in change.removed_of("action")


def test_entry_operations(journal: Journal, heard: list[Change]) -> None:
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    g1 = journal.goals.create("G1")
    g2 = journal.goals.create("G2")
    agreement = journal.mentorships.create(ana.id, "mentee")
    heard.clear()

    entry = journal.entries.log(
        "session", WHEN, [ana.id], title="s", goal_ids=[g1.id], agreement_id=agreement.id
    )
    assert ids(only(heard)) == {
        "entry": {entry.id},
        "person": {ana.id},
        "goal": {g1.id},
        "agreement": {agreement.id},
    }

    note = journal.entries.log("note", WHEN, title="just a thought")
    assert ids(only(heard)) == {"entry": {note.id}}

    journal.entries.update(entry.id, participant_ids=[bo.id], goal_ids=[g2.id], agreement_id=None)
    assert ids(only(heard)) == {
        "entry": {entry.id},
        "person": {ana.id, bo.id},
        "goal": {g1.id, g2.id},
        "agreement": {agreement.id},
    }

    journal.entries.update(entry.id, title="renamed")
    assert ids(only(heard)) == {"entry": {entry.id}, "person": {bo.id}}

    journal.entries.delete(entry.id)
    change = only(heard)
    assert removed(change) == {"entry": {entry.id}}
    assert ids(change) == {"person": {bo.id}, "goal": {g2.id}}


def test_goal_operations(journal: Journal, heard: list[Change]) -> None:
    ana = journal.people.create("Ana")
    heard.clear()
    goal = journal.goals.create("G", members=[(ana.id, "mentor")])
    assert ids(only(heard)) == {"goal": {goal.id}, "person": {ana.id}}
    journal.goals.update(goal.id, progress=10)
    assert ids(only(heard)) == {"goal": {goal.id}}
    milestone = journal.goals.add_milestone(goal.id, "m")
    assert ids(only(heard)) == {"goal": {goal.id}}
    journal.goals.update_milestone(milestone.id, done_on="2025-01-01")
    assert ids(only(heard)) == {"goal": {goal.id}}
    journal.goals.delete_milestone(milestone.id)
    assert ids(only(heard)) == {"goal": {goal.id}}
    journal.goals.set_member(goal.id, ana.id, None)
    assert ids(only(heard)) == {"goal": {goal.id}, "person": {ana.id}}

    entry = journal.entries.log("note", WHEN, title="t", goal_ids=[goal.id])
    agreement = journal.mentorships.create(ana.id, "mentee", goal_ids=[goal.id])
    action = journal.mentorships.add_action("a", goal_id=goal.id)
    heard.clear()
    journal.goals.delete(goal.id)
    change = only(heard)
    assert removed(change) == {"goal": {goal.id}, "action": {action.id}}
    assert change.ids_of("entry") == {entry.id}
    assert change.ids_of("agreement") == {agreement.id}


def test_mentorship_operations(journal: Journal, heard: list[Change]) -> None:
    ana = journal.people.create("Ana")
    heard.clear()
    agreement = journal.mentorships.create(ana.id, "mentee", status="active")
    assert ids(only(heard)) == {"agreement": {agreement.id}, "person": {ana.id}}
    journal.mentorships.update(agreement.id, status="paused")
    assert ids(only(heard)) == {"agreement": {agreement.id}, "person": {ana.id}}
    action = journal.mentorships.add_action("Do it", agreement_id=agreement.id)
    assert ids(only(heard)) == {"action": {action.id}, "agreement": {agreement.id}}
    journal.mentorships.complete_action(action.id)
    assert only(heard).ids_of("action") == {action.id}
    journal.mentorships.reopen_action(action.id)
    assert only(heard).ids_of("action") == {action.id}
    loose = journal.mentorships.add_action("Loose")
    assert ids(only(heard)) == {"action": {loose.id}}
    journal.mentorships.delete_action(loose.id)
    assert only(heard).removed_of("action") == {loose.id}

    entry = journal.entries.log("session", WHEN, [ana.id], title="s", agreement_id=agreement.id)
    heard.clear()
    journal.mentorships.delete(agreement.id)
    change = only(heard)
    assert removed(change) == {"agreement": {agreement.id}, "action": {action.id}}
    assert change.ids_of("entry") == {entry.id}
    assert change.ids_of("person") == {ana.id}


def test_failures_publish_nothing(journal: Journal, heard: list[Change]) -> None:
    ana = journal.people.create("Ana")
    agreement = journal.mentorships.create(ana.id, "mentee", status="active")
    heard.clear()
    failing = [
        lambda: journal.people.create(""),
        lambda: journal.people.update(ana.id, cadence_days=0),
        lambda: journal.people.update(999, role="x"),
        lambda: journal.people.delete(999),
        lambda: journal.entries.log("call", WHEN, [ana.id, 999]),
        lambda: journal.entries.delete(999),
        lambda: journal.goals.create("G", members=[(999, "mentor")]),
        lambda: journal.goals.update(999, title="x"),
        lambda: journal.mentorships.update(agreement.id, channel="Email"),
        lambda: journal.mentorships.complete_action(999),
    ]
    for call in failing:
        with pytest.raises(InvalidInput):
            call()
    assert heard == []


def test_a_listener_hears_after_the_commit(journal: Journal) -> None:
    seen: list[int] = []

    def listener(change: Change) -> None:
        # The change is already saved: reading it back through the API works.
        (person_id,) = change.ids_of("person")
        seen.append(journal.people.count())
        assert journal.people.get(person_id).display_name == "Ana"

    journal.subscribe(listener)
    journal.people.create("Ana")
    assert seen == [1]
    journal.unsubscribe(listener)
    journal.people.create("Bo")
    assert seen == [1]


def test_unknown_id_is_not_found_not_a_crash(journal: Journal, heard: list[Change]) -> None:
    with pytest.raises(NotFound):
        journal.goals.set_member(999, 1, "mentor")
    assert heard == []


@pytest.fixture
def failing_table(journal: Journal) -> Callable[[str], None]:
    """Make every insert into a table fail inside SQLite, as a full disk would mid-operation."""

    def arm(table: str) -> None:
        store_db.database_proxy.execute_sql(
            f"CREATE TEMP TRIGGER fail_{table} BEFORE INSERT ON main.{table} "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
        )

    return arm


def test_a_person_failing_half_way_leaves_nothing(
    journal: Journal,
    snapshot: Callable[[], dict[str, Any]],
    heard: list[Change],
    failing_table: Callable[[str], None],
) -> None:
    journal.people.create("Existing", tags=["old"])
    heard.clear()
    before = snapshot()
    failing_table("person_skill")  # after the person, contact methods and tags are written
    with pytest.raises(InvalidInput):
        journal.people.create(
            "Ana",
            contact_methods=[{"kind": "email", "value": "ana@x.org"}],
            tags=["new-tag"],
            skills_offered=["Chess"],
        )
    assert snapshot() == before
    assert heard == []


def test_an_entry_failing_half_way_leaves_nothing(
    journal: Journal,
    snapshot: Callable[[], dict[str, Any]],
    heard: list[Change],
    failing_table: Callable[[str], None],
) -> None:
    ana = journal.people.create("Ana", cadence_days=7)
    goal = journal.goals.create("G")
    journal.entries.log("call", WHEN, [ana.id], title="first")
    heard.clear()
    before = snapshot()
    failing_table("entry_goal")  # after the entry, its search row and its participants
    with pytest.raises(InvalidInput):
        journal.entries.log(
            "coffee", datetime(2025, 4, 1, tzinfo=UTC), [ana.id], title="tea", goal_ids=[goal.id]
        )
    assert snapshot() == before
    assert journal.people.get(ana.id).last_contact_at == WHEN
    assert journal.entries.page(text="tea").ids == ()
    assert heard == []


def test_an_agreement_failing_half_way_leaves_nothing(
    journal: Journal, snapshot: Callable[[], dict[str, Any]], heard: list[Change]
) -> None:
    ana = journal.people.create("Ana")
    goal = journal.goals.create("G")
    agreement = journal.mentorships.create(ana.id, "mentee", status="active")
    heard.clear()
    before = snapshot()
    # The goals are linked before the unknown counterpart is found.
    with pytest.raises(NotFound):
        journal.mentorships.update(agreement.id, reason="r", goal_ids=[goal.id], person_id=999)
    assert snapshot() == before
    assert journal.mentorships.get(agreement.id) == agreement
    assert heard == []
