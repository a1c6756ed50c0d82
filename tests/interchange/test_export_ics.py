"""iCalendar export of what is coming up, read back with icalendar and, independently, vobject."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import vobject
from icalendar import Calendar

from netjournal.errors import InvalidInput
from netjournal.interchange.ics_export import export_ics
from netjournal.journal import Journal
from netjournal.journal.records import Agreement, Entry, Goal, Person

TODAY = date.today()
SECRETS = (
    "PRIVATE-PERSON-NOTE",
    "PRIVATE-EXPECT",
    "PRIVATE-THEIRS",
    "PRIVATE-BOUNDARY",
    "PRIVATE-BODY",
    "PRIVATE-TITLED-BODY",
    "PRIVATE-OVERDUE-BODY",
    "PRIVATE-WHY",
    "PRIVATE-SESSION-NOTES",
    "PRIVATE-AGENDA",
    "PRIVATE-TAKEAWAYS",
)


@dataclass
class Facts:
    mei: Person
    ana: Person
    agreement: Agreement
    untitled: Entry
    titled: Entry
    overdue: Entry
    grant: Goal
    far_goal: Goal


def local(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


@pytest.fixture
def facts(journal: Journal) -> Facts:
    mei = journal.people.create(
        "Mei Tanaka", notes="PRIVATE-PERSON-NOTE: my mentor", organization="Fjord Software"
    )
    ana = journal.people.create("Ana Silva, Jr.; 🦊", notes="PRIVATE-PERSON-NOTE")
    ben = journal.people.create("Ben Ode")
    chen = journal.people.create("Chen Li")
    agreement = journal.mentorships.create(
        mei.id,
        "mentee",
        status="active",
        started_on=TODAY - timedelta(days=10),
        cadence_days=14,
        review_on=TODAY + timedelta(days=20),
        channel="Video call",
        program="Alumni mentors",
        my_expectations="PRIVATE-EXPECT",
        their_expectations="PRIVATE-THEIRS",
        boundaries="PRIVATE-BOUNDARY",
    )
    untitled = journal.entries.log(
        "call",
        local(TODAY - timedelta(days=1)),
        [ana.id],
        body="PRIVATE-BODY: what Ana told me in confidence",
        follow_up_on=TODAY + timedelta(days=5),
    )
    titled = journal.entries.log(
        "coffee",
        local(TODAY - timedelta(days=1), 11),
        [chen.id],
        title="Coffee about the internship",
        body="PRIVATE-TITLED-BODY",
        follow_up_on=TODAY + timedelta(days=7),
    )
    overdue = journal.entries.log(
        "meeting",
        local(TODAY - timedelta(days=10)),
        [ben.id],
        title="Robotics club",
        body="PRIVATE-OVERDUE-BODY",
        follow_up_on=TODAY - timedelta(days=3),
    )
    grant = journal.goals.create(
        "Win the Fulbright grant",
        "scholarship",
        why="PRIVATE-WHY",
        target_on=TODAY + timedelta(days=30),
        members=[(mei.id, "mentor"), (ana.id, "accountability_partner")],
    )
    journal.goals.add_milestone(grant.id, "Draft the essay")
    far_goal = journal.goals.create(
        "Run a marathon", "personal", target_on=TODAY + timedelta(days=200)
    )
    journal.mentorships.add_action(
        "Send Mei the CV",
        due_on=TODAY + timedelta(days=3),
        agreement_id=agreement.id,
        person_id=mei.id,
    )
    return Facts(mei, ana, agreement, untitled, titled, overdue, grant, far_goal)


def events_by_uid(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def vobject_events(path: Path) -> dict[str, Any]:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return {e.uid.value: e for e in calendar.contents.get("vevent", [])}


def test_one_all_day_event_per_thing_coming_up(
    journal: Journal, facts: Facts, tmp_path: Path
) -> None:
    target = tmp_path / "upcoming.ics"
    stamp = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    result = export_ics(journal, target, now=stamp)
    assert result.counts == {
        "session": 1,
        "review": 1,
        "follow_up": 2,
        "goal_target": 1,
        "events": 5,
    }
    a, grant = facts.agreement.uuid, facts.grant.uuid
    expected = {
        f"session-{a}@netjournal": ("Session with Mei Tanaka", TODAY + timedelta(days=4)),
        f"review-{a}@netjournal": (
            "Review of the agreement with Mei Tanaka",
            TODAY + timedelta(days=20),
        ),
        f"follow-up-{facts.untitled.uuid}@netjournal": (
            "Follow up: call with Ana Silva, Jr.; 🦊",
            TODAY + timedelta(days=5),
        ),
        f"follow-up-{facts.titled.uuid}@netjournal": (
            "Follow up: Coffee about the internship",
            TODAY + timedelta(days=7),
        ),
        f"target-{grant}@netjournal": (
            "Target: Win the Fulbright grant",
            TODAY + timedelta(days=30),
        ),
    }

    # icalendar
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["VERSION"]) == "2.0"
    assert "NetJournal" in str(calendar["PRODID"])
    events = events_by_uid(target)
    assert set(events) == set(expected)
    for uid, (summary, day) in expected.items():
        event = events[uid]
        assert str(event["SUMMARY"]) == summary
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert event.decoded("DTSTART") == day
        assert event.decoded("DTEND") == day + timedelta(days=1)
        assert event.decoded("DTSTAMP") == stamp
        assert str(event["DESCRIPTION"])

    # vobject, a parser of its own
    parsed = vobject_events(target)
    assert set(parsed) == set(expected)
    for uid, (summary, day) in expected.items():
        event = parsed[uid]
        assert event.summary.value == summary
        assert event.dtstart.value == day
        assert not isinstance(event.dtstart.value, datetime)  # all day, no time
        assert event.dtend.value == day + timedelta(days=1)
        assert event.dtstamp.value == stamp

    session = parsed[f"session-{a}@netjournal"].description.value
    assert "Mei Tanaka" in session
    assert "Alumni mentors" in session
    assert "every 14 days by Video call" in session
    target_text = parsed[f"target-{grant}@netjournal"].description.value
    assert "Shared with Ana Silva, Jr.; 🦊 (accountability partner), Mei Tanaka (mentor)" in (
        target_text
    )
    assert "Milestones reached: 0 of 1." in target_text


def test_no_private_note_ever_goes_in(journal: Journal, facts: Facts, tmp_path: Path) -> None:
    journal.mentorships.log_session(
        facts.agreement.id,
        local(TODAY, 9),
        title="Mock interview",
        notes="PRIVATE-SESSION-NOTES",
        agenda="PRIVATE-AGENDA",
        takeaways="PRIVATE-TAKEAWAYS",
        actions=[{"title": "Practise the why", "owner": "me", "due_on": TODAY + timedelta(days=2)}],
    )
    target = tmp_path / "all.ics"
    export_ics(
        journal,
        target,
        horizon_days=365,
        include_overdue=True,
        kinds=("session", "review", "follow_up", "goal_target", "action_due", "reconnect"),
    )
    raw = target.read_text(encoding="utf-8")
    unfolded = raw.replace("\r\n ", "")
    readable = " ".join(
        f"{e.get('SUMMARY')} {e.get('DESCRIPTION')}" for e in events_by_uid(target).values()
    )
    for secret in SECRETS:
        assert secret not in unfolded, secret
        assert secret not in readable, secret
    assert "confidence" not in readable  # not even the start of an untitled entry's notes


def test_uids_stay_when_a_session_is_logged_and_the_next_one_moves(
    journal: Journal, facts: Facts, tmp_path: Path
) -> None:
    export_ics(journal, tmp_path / "before.ics")
    journal.mentorships.log_session(facts.agreement.id, local(TODAY, 9), title="Mock interview")
    export_ics(journal, tmp_path / "after.ics")
    uid = f"session-{facts.agreement.uuid}@netjournal"
    for read in (events_by_uid, vobject_events):
        before, after = read(tmp_path / "before.ics"), read(tmp_path / "after.ics")
        assert set(before) == set(after)  # the same events: nothing added, nothing lost
    before, after = events_by_uid(tmp_path / "before.ics"), events_by_uid(tmp_path / "after.ics")
    assert before[uid].decoded("DTSTART") == TODAY + timedelta(days=4)
    assert after[uid].decoded("DTSTART") == TODAY + timedelta(days=14)
    for other in set(before) - {uid}:
        assert before[other].decoded("DTSTART") == after[other].decoded("DTSTART")


def test_the_horizon_and_overdue_options(journal: Journal, facts: Facts, tmp_path: Path) -> None:
    far = f"target-{facts.far_goal.uuid}@netjournal"
    late = f"follow-up-{facts.overdue.uuid}@netjournal"
    export_ics(journal, tmp_path / "90.ics")
    assert far not in events_by_uid(tmp_path / "90.ics")
    assert late not in events_by_uid(tmp_path / "90.ics")
    export_ics(journal, tmp_path / "year.ics", horizon_days=365, include_overdue=True)
    events = events_by_uid(tmp_path / "year.ics")
    assert str(events[far]["SUMMARY"]) == "Target: Run a marathon"
    assert events[late].decoded("DTSTART") == TODAY - timedelta(days=3)
    result = export_ics(journal, tmp_path / "week.ics", horizon_days=7)
    assert result.counts["goal_target"] == 0
    assert result.counts["follow_up"] == 2


def test_action_items_and_reconnects_on_request(
    journal: Journal, facts: Facts, tmp_path: Path
) -> None:
    journal.people.update(facts.mei.id, cadence_days=7)
    target = tmp_path / "more.ics"
    result = export_ics(journal, target, kinds=("action_due", "reconnect"))
    assert result.counts == {"action_due": 1, "reconnect": 1, "events": 2}
    summaries = sorted(str(e["SUMMARY"]) for e in events_by_uid(target).values())
    assert summaries == ["Due: Send Mei the CV", "Reconnect with Mei Tanaka"]
    assert f"reconnect-{facts.mei.uuid}@netjournal" in events_by_uid(target)


def test_an_empty_journal_gives_a_valid_empty_calendar(journal: Journal, tmp_path: Path) -> None:
    result = export_ics(journal, tmp_path / "empty.ics")
    assert result.counts["events"] == 0
    calendar = vobject.readOne((tmp_path / "empty.ics").read_text(encoding="utf-8"))
    assert calendar.name == "VCALENDAR"
    assert "vevent" not in calendar.contents


def test_bad_options_and_paths_are_refused_in_words(
    journal: Journal, facts: Facts, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="birthday") as refused:
        export_ics(journal, tmp_path / "x.ics", kinds=("birthday",))
    assert refused.value.field == "kinds"
    with pytest.raises(InvalidInput, match="horizon"):
        export_ics(journal, tmp_path / "x.ics", horizon_days=-1)
    with pytest.raises(InvalidInput, match="does not exist"):
        export_ics(journal, tmp_path / "nowhere" / "x.ics")
    (tmp_path / "x.ics").write_text("mine", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already exists"):
        export_ics(journal, tmp_path / "x.ics")
    assert (tmp_path / "x.ics").read_text(encoding="utf-8") == "mine"
    export_ics(journal, tmp_path / "x.ics", overwrite=True)
    assert len(events_by_uid(tmp_path / "x.ics")) == 5
