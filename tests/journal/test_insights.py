"""Insights: interactions per local month, sessions against the agreed cadence, goals per
term, each on a journal whose facts are known."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.insights import MonthCount, term_start

NEW_YORK = ZoneInfo("America/New_York")


def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def people(journal: Journal) -> dict[str, int]:
    return {name: journal.people.create(name).id for name in ("Ana", "Bruno", "Chiara")}


def test_interactions_per_month_counts_exactly_the_entries_of_each_month(
    journal: Journal, people: dict[str, int]
) -> None:
    for day in (3, 14, 28):
        journal.entries.log("coffee", _at(date(2026, 1, day)), [people["Ana"]])
    for day in (1, 2, 9, 20, 31):
        journal.entries.log("call", _at(date(2026, 3, day)), [people["Bruno"]])
    journal.entries.log("note", _at(date(2026, 3, 10)), [people["Bruno"]])  # not an interaction
    journal.entries.log("meeting", _at(date(2025, 12, 30)), [people["Ana"]])  # before the range

    months = journal.insights.interactions_per_month(3, today=date(2026, 3, 15), tz=UTC)

    assert months == [MonthCount(2026, 1, 3), MonthCount(2026, 2, 0), MonthCount(2026, 3, 5)]
    with_notes = journal.insights.interactions_per_month(
        3, today=date(2026, 3, 15), tz=UTC, include_notes=True
    )
    assert [m.count for m in with_notes] == [3, 0, 6]


def test_a_month_is_the_local_month_the_entry_was_lived_in(
    journal: Journal, people: dict[str, int]
) -> None:
    # 21:30 on 31 January in New York is 02:30 UTC on 1 February.
    journal.entries.log("call", datetime(2026, 2, 1, 2, 30, tzinfo=UTC), [people["Ana"]])
    # 23:30 on 31 March in New York (summer time, UTC-4) is 03:30 UTC on 1 April.
    journal.entries.log("call", datetime(2026, 4, 1, 3, 30, tzinfo=UTC), [people["Ana"]])

    local = journal.insights.interactions_per_month(4, today=date(2026, 4, 2), tz=NEW_YORK)
    in_utc = journal.insights.interactions_per_month(4, today=date(2026, 4, 2), tz=UTC)

    assert [m.count for m in local] == [1, 0, 1, 0]
    assert [m.count for m in in_utc] == [0, 1, 0, 1]


def test_one_persons_interactions_only(journal: Journal, people: dict[str, int]) -> None:
    journal.entries.log("coffee", _at(date(2026, 5, 2)), [people["Ana"], people["Bruno"]])
    journal.entries.log("coffee", _at(date(2026, 5, 3)), [people["Bruno"]])
    journal.entries.log("call", _at(date(2026, 6, 3)), [people["Ana"]])
    journal.entries.log("note", _at(date(2026, 6, 4)), [people["Ana"]])

    ana = journal.insights.interactions_per_month(2, people["Ana"], today=date(2026, 6, 30), tz=UTC)
    chiara = journal.insights.interactions_per_month(
        2, people["Chiara"], today=date(2026, 6, 30), tz=UTC
    )

    assert ana == [MonthCount(2026, 5, 1), MonthCount(2026, 6, 1)]
    assert [m.count for m in chiara] == [0, 0]


def test_the_range_crosses_years_and_refuses_nonsense(journal: Journal) -> None:
    months = journal.insights.interactions_per_month(14, today=date(2026, 2, 1), tz=UTC)
    assert (months[0].year, months[0].month) == (2025, 1)
    assert (months[-1].year, months[-1].month) == (2026, 2)
    assert len(months) == 14
    for bad in (0, -3, 601, True, "12"):
        with pytest.raises(InvalidInput) as refused:
            journal.insights.interactions_per_month(bad)  # type: ignore[arg-type]
        assert refused.value.field == "months"


def _agreement(
    journal: Journal, person: int, started: date, cadence: int | None, status: str = "active"
) -> int:
    return journal.mentorships.create(
        person, "mentee", status=status, started_on=started, cadence_days=cadence
    ).id


def test_sessions_held_against_the_sessions_the_cadence_asked_for(
    journal: Journal, people: dict[str, int]
) -> None:
    today = date(2026, 6, 30)
    # Every two weeks since 1 January: 180 days, so 12 sessions by 30 June.
    bruno = _agreement(journal, people["Bruno"], date(2026, 1, 1), 14)
    for day in (date(2026, 1, 10), date(2026, 2, 1), date(2026, 3, 1)):
        journal.mentorships.log_session(bruno, _at(day))
    journal.entries.log("note", _at(date(2026, 3, 2)), [people["Bruno"]], agreement_id=bruno)
    journal.entries.log("call", _at(date(2026, 4, 2)), [people["Bruno"]], agreement_id=bruno)
    journal.entries.log("coffee", _at(date(2026, 4, 3)), [people["Bruno"]])  # not of it
    # No cadence agreed: sessions are counted, none expected.
    ana = _agreement(journal, people["Ana"], date(2026, 3, 1), None)
    journal.mentorships.log_session(ana, _at(date(2026, 3, 5)))
    # Proposed and declined agreements are left out.
    _agreement(journal, people["Chiara"], date(2026, 1, 1), 7, status="proposed")

    records = journal.insights.sessions_against_cadence(today=today, tz=UTC)

    assert [(r.person_name, r.held, r.expected) for r in records] == [
        ("Ana", 1, None),
        ("Bruno", 4, 12),
    ]
    record = records[1]
    assert record.agreement_id == bruno
    assert (record.since, record.until) == (date(2026, 1, 1), today)
    assert record.shortfall == 8
    assert record.last_session_at == _at(date(2026, 4, 2))
    only = journal.insights.sessions_against_cadence(bruno, today=today, tz=UTC)
    assert [r.agreement_id for r in only] == [bruno]


def test_the_range_and_the_end_bound_the_span(journal: Journal, people: dict[str, int]) -> None:
    bruno = _agreement(journal, people["Bruno"], date(2026, 1, 1), 14)
    for day in (date(2026, 1, 10), date(2026, 5, 1), date(2026, 6, 1)):
        journal.mentorships.log_session(bruno, _at(day))
    # Completed on 31 March: 90 days at a fortnightly cadence.
    chiara = _agreement(journal, people["Chiara"], date(2026, 1, 1), 14)
    journal.mentorships.log_session(chiara, _at(date(2026, 2, 1)))
    journal.mentorships.update(chiara, status="completed", ends_on=date(2026, 3, 31))

    since_april = journal.insights.sessions_against_cadence(
        since=date(2026, 4, 1), today=date(2026, 6, 30), tz=UTC
    )
    whole = journal.insights.sessions_against_cadence(today=date(2026, 6, 30), tz=UTC)

    # From 1 April: 91 days, 6 fortnights, 2 sessions; Chiara's was over by then.
    assert [(r.person_name, r.held, r.expected) for r in since_april] == [("Bruno", 2, 6)]
    assert [(r.person_name, r.held, r.expected, r.until) for r in whole] == [
        ("Bruno", 3, 12, date(2026, 6, 30)),
        ("Chiara", 1, 6, date(2026, 3, 31)),
    ]


def test_a_pause_and_a_new_cadence_change_what_is_expected(
    journal: Journal, people: dict[str, int]
) -> None:
    # Revisions are dated when they are made (today): the span is set around today.
    now = date.today()
    start = now - timedelta(days=140)
    later = now + timedelta(days=70)
    paused = _agreement(journal, people["Ana"], start, 14)
    journal.mentorships.update(paused, reason="Exams", status="paused")
    faster = _agreement(journal, people["Bruno"], start, 14)
    journal.mentorships.update(faster, reason="Closer to the deadline", cadence_days=7)

    records = {r.person_name: r for r in journal.insights.sessions_against_cadence(today=later)}

    # 140 days every 14, then nothing while paused / then 71 days every 7.
    assert records["Ana"].expected == 10
    assert records["Bruno"].expected == 20


def test_the_agreement_asked_for_must_be_an_id(journal: Journal) -> None:
    with pytest.raises(InvalidInput) as refused:
        journal.insights.sessions_against_cadence("3")  # type: ignore[arg-type]
    assert refused.value.field == "agreement_id"
    assert journal.insights.sessions_against_cadence(999) == []


def test_terms_are_thirds_of_the_academic_year() -> None:
    assert term_start(date(2025, 9, 1)) == date(2025, 9, 1)
    assert term_start(date(2025, 12, 31)) == date(2025, 9, 1)
    assert term_start(date(2026, 1, 1)) == date(2026, 1, 1)
    assert term_start(date(2026, 4, 30)) == date(2026, 1, 1)
    assert term_start(date(2026, 8, 31)) == date(2026, 5, 1)


def test_goals_achieved_per_term(journal: Journal) -> None:
    achieved = {
        "Essay": date(2025, 9, 1),
        "Exam": date(2025, 12, 31),
        "Internship": date(2026, 1, 1),
        "Portfolio": date(2026, 8, 31),
        "Old one": date(2025, 8, 31),  # the term before the range
    }
    ids = {}
    for title, day in achieved.items():
        ids[title] = journal.goals.create(title).id
        journal.goals.achieve(ids[title], day)
    journal.goals.create("Still going", target_on=date(2026, 2, 1))
    dropped = journal.goals.create("Given up").id
    journal.goals.achieve(dropped, date(2026, 2, 2))
    journal.goals.update(dropped, status="dropped")

    terms = journal.insights.goals_achieved_per_term(4, today=date(2026, 9, 15))

    assert [(t.first_day, t.last_day, t.count) for t in terms] == [
        (date(2025, 9, 1), date(2025, 12, 31), 2),
        (date(2026, 1, 1), date(2026, 4, 30), 1),
        (date(2026, 5, 1), date(2026, 8, 31), 1),
        (date(2026, 9, 1), date(2026, 12, 31), 0),
    ]
    assert terms[0].titles == ("Essay", "Exam")
    assert terms[0].goal_ids == (ids["Essay"], ids["Exam"])
    with pytest.raises(InvalidInput) as refused:
        journal.insights.goals_achieved_per_term(0)
    assert refused.value.field == "terms"
