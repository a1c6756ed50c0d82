"""Today: exactly what needs me on a journal whose facts are known, and acting in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.interchange import json_backup
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.today import SECTIONS, TodayList
from netjournal.store import today as store_today

TODAY = date(2030, 6, 15)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@dataclass(frozen=True)
class Facts:
    people: dict[str, int]
    entries: dict[str, int]
    agreements: dict[str, int]
    goals: dict[str, int]
    actions: dict[str, int]


@pytest.fixture
def facts(journal: Journal) -> Facts:
    """One of each thing Today shows, and one of each it must not."""
    people = {
        name.split()[0].lower(): journal.people.create(name, cadence_days=cadence).id
        for name, cadence in (
            ("Ana Silva", 7),
            ("Bo Chen", 30),
            ("Cleo Park", 14),
            ("Dan Ortiz", 30),
            ("Erin Wu", None),
            ("Finn Berg", None),
        )
    }
    log = journal.entries.log
    entries = {
        # Overdue by 3 days; Ana has not been in touch since.
        "coffee": log(
            "coffee", at(days(-5)), [people["ana"]], title="Coffee", follow_up_on=days(-3)
        ).id,
        # Overdue too, but Bo was in touch since: settled.
        "settled": log(
            "meeting", at(days(-45)), [people["bo"]], title="Lunch", follow_up_on=days(-36)
        ).id,
        "since": log("call", at(days(-14)), [people["bo"]], title="Call").id,
        # Cleo: every 14 days, last in touch 26 days ago: due 12 days ago.
        "cleo": log("call", at(days(-26)), [people["cleo"]], title="Catch-up").id,
        # Dan: every 30 days, last in touch 14 days ago: not due.
        "dan": log("call", at(days(-14)), [people["dan"]], title="Call Dan").id,
    }
    agreements = {
        "erin": journal.mentorships.create(
            people["erin"], "mentor", status="active", started_on=days(-160), cadence_days=14
        ).id,
        "finn": journal.mentorships.create(
            people["finn"],
            "mentee",
            status="active",
            started_on=days(-160),
            cadence_days=30,
            review_on=days(10),
        ).id,
    }
    # Erin's next session in 3 days; Finn's in 20 (not shown), his review in 10.
    journal.mentorships.log_session(agreements["erin"], at(days(-11)))
    journal.mentorships.log_session(agreements["finn"], at(days(-10)))
    goals = {
        "exam": journal.goals.create("Pass the exam", "exam", target_on=days(10)).id,
        "thesis": journal.goals.create("Thesis", "academic", target_on=days(30)).id,
        "paused": journal.goals.create("Paused", status="paused", target_on=days(5)).id,
        "scholarship": journal.goals.create("Scholarship", "scholarship").id,
        "internship": journal.goals.create("Internship", "internship").id,
        "old": journal.goals.create("Long ago", "personal").id,
    }
    journal.goals.achieve(goals["scholarship"], days(-5))
    journal.goals.achieve(goals["internship"], days(-10))
    journal.goals.achieve(goals["old"], days(-60))
    journal.goals.celebrate(goals["internship"], [people["ana"]], "We did it!", at(days(-9)))
    add = journal.mentorships.add_action
    actions = {
        "cv": add("Send the CV", "me", due_on=days(-2), agreement_id=agreements["erin"]).id,
        "chapter": add("Read chapter 3", "them", due_on=days(5), person_id=people["erin"]).id,
        "far": add("Plan the summer", "me", due_on=days(40)).id,
        "undated": add("Someday", "me").id,
        "done": add("Already done", "me", due_on=days(-1)).id,
    }
    journal.mentorships.complete_action(actions["done"], days(-1))
    return Facts(people, entries, agreements, goals, actions)


def keys(found: TodayList) -> dict[str, list[str]]:
    return {section.kind: [item.key for item in section.items] for section in found.sections}


def expected(facts: Facts) -> dict[str, list[str]]:
    return {
        "follow_up": [f"follow_up:{facts.entries['coffee']}"],
        "reconnect": [f"reconnect:{facts.people['cleo']}"],
        "mentorship": [
            f"session:{facts.agreements['erin']}",
            f"review:{facts.agreements['finn']}",
        ],
        "goal_target": [f"goal_target:{facts.goals['exam']}"],
        "my_action": [f"action:{facts.actions['cv']}"],
        "their_action": [f"action:{facts.actions['chapter']}"],
        "celebrate": [f"celebrate:{facts.goals['scholarship']}"],
    }


def test_today_lists_exactly_what_needs_me(journal: Journal, facts: Facts) -> None:
    found = journal.today.items(TODAY)
    assert [s.kind for s in found.sections] == list(SECTIONS)
    assert keys(found) == expected(facts)
    assert [s.total for s in found.sections] == [1, 1, 2, 1, 1, 1, 1]
    assert all(s.total_exact and s.more == 0 for s in found.sections)
    assert found.total == 8
    assert [s.overdue for s in found.sections] == [1, 1, 0, 0, 1, 0, 0]
    assert (found.overdue, found.exact) == (3, True)
    assert not found.empty


def test_each_item_carries_what_the_ui_puts_in_words(journal: Journal, facts: Facts) -> None:
    found = journal.today.items(TODAY)
    follow_up = found.section("follow_up").items[0]
    assert (follow_up.title, follow_up.entry_kind, follow_up.names) == (
        "Coffee",
        "coffee",
        ("Ana Silva",),
    )
    assert (follow_up.due_on, follow_up.days, follow_up.overdue) == (days(-3), -3, True)
    assert follow_up.entry_id == facts.entries["coffee"]
    reconnect = found.section("reconnect").items[0]
    assert (reconnect.title, reconnect.cadence_days, reconnect.days) == ("Cleo Park", 14, -12)
    assert reconnect.last_at == at(days(-26))
    assert reconnect.person_ids == (facts.people["cleo"],)
    session, review = found.section("mentorship").items
    assert (session.kind, session.title, session.my_role, session.days) == (
        "session",
        "Erin Wu",
        "mentor",
        3,
    )
    assert (session.overdue, session.last_at, session.cadence_days) == (False, at(days(-11)), 14)
    assert (review.kind, review.title, review.my_role, review.due_on) == (
        "review",
        "Finn Berg",
        "mentee",
        days(10),
    )
    goal = found.section("goal_target").items[0]
    assert (goal.title, goal.detail, goal.days, goal.goal_id) == (
        "Pass the exam",
        "exam",
        10,
        facts.goals["exam"],
    )
    mine = found.section("my_action").items[0]
    # An agreement's action item is about its counterpart.
    assert (mine.title, mine.owner, mine.names, mine.overdue) == (
        "Send the CV",
        "me",
        ("Erin Wu",),
        True,
    )
    assert mine.agreement_id == facts.agreements["erin"]
    theirs = found.section("their_action").items[0]
    assert (theirs.owner, theirs.names, theirs.days) == ("them", ("Erin Wu",), 5)
    celebrate = found.section("celebrate").items[0]
    # Achieved five days ago: something to celebrate, not something late.
    assert (celebrate.title, celebrate.days, celebrate.overdue) == ("Scholarship", -5, False)


def test_an_empty_journal_has_an_empty_today(journal: Journal) -> None:
    found = journal.today.items(TODAY)
    assert found.empty
    assert found.items == ()


def test_a_full_section_says_how_many_more_it_holds(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(7):
        person = journal.people.create(f"Person {n}", cadence_days=7).id
        journal.entries.log("call", at(days(-20 - n)), [person], title="Call")
    found = journal.today.items(TODAY, limit=5).section("reconnect")
    assert (len(found.items), found.total, found.total_exact, found.more) == (5, 7, True, 2)
    assert found.overdue == 7  # counted beyond the page too
    # Longest overdue first.
    assert [item.days for item in found.items] == [-19, -18, -17, -16, -15]
    # Past the count's cap the total is "more than" it.
    monkeypatch.setattr(store_today, "COUNT_CAP", 6)
    capped = journal.today.items(TODAY, limit=5).section("reconnect")
    assert (capped.total, capped.total_exact) == (7, False)


def test_done_completes_an_action_item_and_undo_reopens_it(
    journal: Journal, facts: Facts, heard: list[Change]
) -> None:
    key = f"action:{facts.actions['cv']}"
    done = journal.today.done(key, at=at(TODAY))
    assert heard[-1].ids_of("action") == {facts.actions["cv"]}
    (action,) = [a for a in journal.mentorships.actions(False) if a.id == facts.actions["cv"]]
    assert action.done_on == TODAY
    after = keys(journal.today.items(TODAY))
    assert after == {**expected(facts), "my_action": []}
    journal.today.undo(done)
    assert keys(journal.today.items(TODAY)) == expected(facts)


def test_a_follow_up_done_has_its_date_cleared(journal: Journal, facts: Facts) -> None:
    coffee = facts.entries["coffee"]
    done = journal.today.done(f"follow_up:{coffee}")
    assert journal.entries.get(coffee).follow_up_on is None
    assert journal.entries.get(coffee).title == "Coffee"  # the entry itself stays
    assert keys(journal.today.items(TODAY))["follow_up"] == []
    journal.today.undo(done)
    assert journal.entries.get(coffee).follow_up_on == days(-3)
    assert keys(journal.today.items(TODAY)) == expected(facts)


def test_in_touch_today_logs_a_note_and_restarts_the_clock(journal: Journal, facts: Facts) -> None:
    cleo = facts.people["cleo"]
    done = journal.today.done(f"reconnect:{cleo}", at=at(TODAY, 9), note_title="In touch")
    note = journal.entries.get(done.entry_id or 0)
    assert (note.kind, note.title, note.participant_ids) == ("note", "In touch", (cleo,))
    assert journal.people.get(cleo).next_due_on == days(14)
    assert keys(journal.today.items(TODAY))["reconnect"] == []
    journal.today.undo(done)
    with pytest.raises(NotFound):
        journal.entries.get(note.id)
    assert journal.people.get(cleo).next_due_on == days(-12)


def test_a_session_done_is_logged_and_a_goal_target_done_is_achieved(
    journal: Journal, facts: Facts
) -> None:
    erin = facts.agreements["erin"]
    held = journal.today.done(f"session:{erin}", at=at(TODAY, 10))
    session = journal.mentorships.session(held.entry_id or 0)
    assert (session.agreement_id, session.occurred_at) == (erin, at(TODAY, 10))
    assert journal.mentorships.get(erin).next_session_on == days(14)
    exam = facts.goals["exam"]
    achieved = journal.today.done(f"goal_target:{exam}", at=at(TODAY))
    assert (journal.goals.get(exam).status, journal.goals.get(exam).achieved_on) == (
        "achieved",
        TODAY,
    )
    found = keys(journal.today.items(TODAY))
    # The next session is a cadence after this one: the last day of the two weeks ahead.
    assert found["mentorship"] == [f"review:{facts.agreements['finn']}", f"session:{erin}"]
    assert journal.today.items(TODAY).find(f"session:{erin}").due_on == days(14)  # type: ignore[union-attr]
    assert found["goal_target"] == []
    # Achieved today: now something to celebrate.
    assert found["celebrate"][0] == f"goal_target:{exam}".replace("goal_target", "celebrate")
    journal.today.undo(achieved)
    journal.today.undo(held)
    assert journal.goals.get(exam).status == "active"
    assert journal.goals.get(exam).achieved_on is None
    assert keys(journal.today.items(TODAY)) == expected(facts)


def test_reviews_and_celebrations_are_written_not_done_in_place(
    journal: Journal, facts: Facts, readable: Callable[[Exception], None]
) -> None:
    for key in (f"review:{facts.agreements['finn']}", f"celebrate:{facts.goals['scholarship']}"):
        with pytest.raises(InvalidInput) as refused:
            journal.today.done(key)
        assert refused.value.field == "key"
        readable(refused.value)
    assert keys(journal.today.items(TODAY)) == expected(facts)


def test_a_snoozed_item_is_left_out_until_its_day(
    journal: Journal, facts: Facts, heard: list[Change]
) -> None:
    key = f"reconnect:{facts.people['cleo']}"
    journal.today.snooze(key, days(2), today=TODAY)
    assert heard[-1].kinds == {"reminder"}
    assert keys(journal.today.items(TODAY))["reconnect"] == []
    assert keys(journal.today.items(days(1)))["reconnect"] == []
    assert key in keys(journal.today.items(days(2)))["reconnect"]


def test_snoozing_needs_a_day_after_today(
    journal: Journal, facts: Facts, readable: Callable[[Exception], None]
) -> None:
    key = f"reconnect:{facts.people['cleo']}"
    for until in (TODAY, days(-1), "not a date"):
        with pytest.raises(InvalidInput) as refused:
            journal.today.snooze(key, until, today=TODAY)  # type: ignore[arg-type]
        assert refused.value.field == "until"
        readable(refused.value)
    assert keys(journal.today.items(TODAY)) == expected(facts)


def test_a_dismissed_follow_up_returns_when_its_date_changes(
    journal: Journal, facts: Facts
) -> None:
    coffee = facts.entries["coffee"]
    key = f"follow_up:{coffee}"
    journal.today.dismiss(key)
    assert keys(journal.today.items(TODAY))["follow_up"] == []
    assert keys(journal.today.items(days(30)))["follow_up"] == []  # for good
    journal.entries.update(coffee, follow_up_on=days(-1))  # a new follow-up date
    assert keys(journal.today.items(TODAY))["follow_up"] == [key]


def test_a_dismissed_reconnect_returns_when_it_falls_due_again(
    journal: Journal, facts: Facts
) -> None:
    cleo = facts.people["cleo"]
    journal.today.dismiss(f"reconnect:{cleo}")
    assert keys(journal.today.items(TODAY))["reconnect"] == []
    journal.entries.log("call", at(days(-1)), [cleo], title="Quick call")
    # Due again 14 days after that call.
    assert f"reconnect:{cleo}" not in keys(journal.today.items(days(12)))["reconnect"]
    assert f"reconnect:{cleo}" in keys(journal.today.items(days(13)))["reconnect"]


def test_restore_undoes_a_dismissal_back_to_the_snooze_before_it(
    journal: Journal, facts: Facts
) -> None:
    key = f"action:{facts.actions['chapter']}"
    snoozed = journal.today.snooze(key, days(3), today=TODAY)
    assert snoozed.previous is None
    dismissed = journal.today.dismiss(key)
    assert dismissed.previous == (days(5), days(3), False)
    assert keys(journal.today.items(days(4)))["their_action"] == []
    journal.today.restore(dismissed)  # snoozed again: back on the day the snooze ends
    assert keys(journal.today.items(days(2)))["their_action"] == []
    assert keys(journal.today.items(days(3)))["their_action"] == [key]
    journal.today.restore(snoozed)
    assert keys(journal.today.items(TODAY)) == expected(facts)


def test_keys_that_name_nothing_are_refused(journal: Journal, facts: Facts) -> None:
    for bad in ("", "coffee", "follow_up:", "follow_up:x", "meeting:1"):
        with pytest.raises(InvalidInput) as refused:
            journal.today.dismiss(bad)
        assert refused.value.field == "key"
    with pytest.raises(NotFound) as missing:
        journal.today.dismiss("follow_up:999999")
    assert missing.value.field == "key"
    with pytest.raises(NotFound):
        journal.today.done("action:999999")


def test_a_reminder_goes_with_what_it_names(journal: Journal, facts: Facts) -> None:
    journal.today.dismiss(f"follow_up:{facts.entries['coffee']}")
    journal.today.dismiss(f"celebrate:{facts.goals['scholarship']}")
    journal.entries.delete(facts.entries["coffee"])
    journal.goals.delete(facts.goals["scholarship"])
    assert journal.check() == []
    assert [name for name, rows in journal.archive.tables() if name == "reminder"] == ["reminder"]
    rows = next(list(rows) for name, rows in journal.archive.tables() if name == "reminder")
    assert rows == []


def test_snoozes_and_dismissals_travel_in_a_backup(
    journal: Journal, facts: Facts, tmp_path: Path
) -> None:
    journal.today.dismiss(f"follow_up:{facts.entries['coffee']}")
    journal.today.snooze(f"reconnect:{facts.people['cleo']}", days(3), today=TODAY)
    backup = tmp_path / "backup.json"
    with backup.open("w", encoding="utf-8") as out:
        json_backup.write(out, journal.archive.schema(), journal.archive.tables())
    with Journal.open(tmp_path / "copy" / "journal.db") as copy:
        copy.archive.apply(json_backup.BackupReader(backup).tables())
        found = keys(copy.today.items(TODAY))
        assert found["follow_up"] == []
        assert found["reconnect"] == []
        reconnect = keys(copy.today.items(days(3)))["reconnect"]
        names = [copy.people.get(int(k.split(":")[1])).display_name for k in reconnect]
        assert names == ["Cleo Park", "Ana Silva"]  # Cleo's snooze is over; Ana falls due
        second = tmp_path / "second.json"
        with second.open("w", encoding="utf-8") as out:
            json_backup.write(out, copy.archive.schema(), copy.archive.tables())
    assert second.read_bytes() == backup.read_bytes()


def test_undoing_a_person_s_delete_brings_back_what_was_snoozed_or_dismissed(
    journal: Journal, facts: Facts
) -> None:
    erin = facts.people["erin"]
    journal.today.dismiss(f"session:{facts.agreements['erin']}")  # her agreement's
    journal.today.dismiss(f"action:{facts.actions['cv']}")  # an action of that agreement
    journal.today.snooze(f"action:{facts.actions['chapter']}", days(7), today=TODAY)  # hers
    before = keys(journal.today.items(TODAY))
    restored = journal.people.restore(journal.people.delete(erin))
    assert restored.id == erin
    assert keys(journal.today.items(TODAY)) == before
    assert (
        f"action:{facts.actions['chapter']}" in keys(journal.today.items(days(7)))["their_action"]
    )
    # Undone twice over (delete, undo, delete, undo): still one reminder each.
    journal.people.restore(journal.people.delete(erin))
    assert keys(journal.today.items(TODAY)) == before


def test_undoing_a_goal_s_or_an_agreement_s_delete_keeps_their_reminders(
    journal: Journal, facts: Facts
) -> None:
    journal.today.dismiss(f"goal_target:{facts.goals['exam']}")
    journal.today.dismiss(f"review:{facts.agreements['finn']}")
    before = keys(journal.today.items(TODAY))
    journal.goals.restore(journal.goals.delete(facts.goals["exam"]))
    journal.mentorships.restore(journal.mentorships.delete(facts.agreements["finn"]))
    assert keys(journal.today.items(TODAY)) == before
    assert before["goal_target"] == []
    assert f"review:{facts.agreements['finn']}" not in before["mentorship"]
