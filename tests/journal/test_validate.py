"""The checks on what a person typed: cleaned values, or InvalidInput naming the field."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from netjournal.errors import InvalidInput
from netjournal.journal import validate as v
from netjournal.journal.vocab import EntryKind, GoalStatus


def test_text_strips_and_turns_none_into_empty() -> None:
    assert v.text("  Ana  ", "name", "Name") == "Ana"
    assert v.text(None, "name", "Name") == ""
    assert v.text("", "name", "Name") == ""


def test_text_at_the_limit_is_accepted_one_past_is_refused() -> None:
    assert v.text("x" * 10, "notes", "Notes", limit=10) == "x" * 10
    with pytest.raises(InvalidInput) as caught:
        v.text("x" * 11, "notes", "Notes", limit=10)
    assert caught.value.field == "notes"
    assert str(caught.value) == "Notes is too long: 11 characters, at most 10."


def test_text_limit_counts_characters_after_stripping() -> None:
    assert v.text("   abc   ", "f", "F", limit=3) == "abc"


def test_text_refuses_non_text_and_nul() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.text(42, "role", "Role")  # type: ignore[arg-type]
    assert (caught.value.field, str(caught.value)) == ("role", "Role must be text.")
    with pytest.raises(InvalidInput) as caught:
        v.text("a\x00b", "role", "Role")
    assert caught.value.field == "role"
    assert "NUL" in str(caught.value)


@pytest.mark.parametrize("value", ["", "   ", "\t\n", None])
def test_required_text_refuses_empty_and_whitespace(value: str | None) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.required_text(value, "title", "Title")
    assert caught.value.field == "title"
    assert str(caught.value) == "Title cannot be empty."


def test_a_date_accepts_dates_text_and_datetimes() -> None:
    assert v.a_date("2025-02-28", "d", "D") == date(2025, 2, 28)
    assert v.a_date(" 2024-02-29 ", "d", "D") == date(2024, 2, 29)
    assert v.a_date(date(2025, 1, 2), "d", "D") == date(2025, 1, 2)
    assert v.a_date(datetime(2025, 1, 2, 23, 59), "d", "D") == date(2025, 1, 2)
    assert v.a_date("", "d", "D") is None
    assert v.a_date(None, "d", "D") is None


@pytest.mark.parametrize(
    "value", ["2025-02-30", "2025-13-01", "2023-02-29", "tomorrow", "31/12/2025"]
)
def test_a_date_refuses_dates_that_do_not_exist(value: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.a_date(value, "target_on", "Target date")
    assert caught.value.field == "target_on"
    assert str(caught.value) == (
        f"Target date: “{value}” is not a date that exists (expected YYYY-MM-DD)."
    )


def test_a_date_refuses_other_types() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.a_date(20250101, "met_on", "Met on")  # type: ignore[arg-type]
    assert (caught.value.field, str(caught.value)) == ("met_on", "Met on must be a date.")


def test_a_time_converts_to_utc() -> None:
    plus_two = timezone(timedelta(hours=2))
    got = v.a_time(datetime(2025, 3, 1, 12, 0, tzinfo=plus_two), "t", "T")
    assert got == datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
    assert got.tzinfo is UTC
    assert v.a_time("2025-03-01T12:00:00+02:00", "t", "T") == datetime(
        2025, 3, 1, 10, 0, tzinfo=UTC
    )


def test_a_time_takes_a_naive_time_as_local_time() -> None:
    naive = datetime(2025, 6, 1, 9, 30)
    assert v.a_time(naive, "t", "T") == naive.astimezone().astimezone(UTC)


@pytest.mark.parametrize("value", ["2025-02-30 10:00", "noon", "", None, 5])
def test_a_time_refuses_bad_values(value: object) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.a_time(value, "occurred_at", "Date and time")  # type: ignore[arg-type]
    assert caught.value.field == "occurred_at"
    assert str(caught.value).startswith("Date and time")


def test_choice_returns_the_enum_member() -> None:
    assert v.choice("coffee", EntryKind, "kind", "Kind") is EntryKind.COFFEE
    assert v.optional_choice("", GoalStatus, "status", "Status") is None
    assert v.optional_choice(None, GoalStatus, "status", "Status") is None


def test_choice_names_the_allowed_values() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.choice("finished", GoalStatus, "status", "Status")
    assert caught.value.field == "status"
    assert (
        str(caught.value) == "Status: “finished” is not one of active, achieved, paused, dropped."
    )


@pytest.mark.parametrize("value", [0, -1, -30, v.CADENCE_MAX_DAYS + 1])
def test_positive_days_refuses_out_of_range(value: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.positive_days(value, "cadence_days", "Cadence")
    assert caught.value.field == "cadence_days"
    assert str(caught.value) == f"Cadence must be between 1 and {v.CADENCE_MAX_DAYS} days."


@pytest.mark.parametrize("value", [True, 1.5, "7"])
def test_positive_days_refuses_non_integers(value: object) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.positive_days(value, "cadence_days", "Cadence")  # type: ignore[arg-type]
    assert str(caught.value) == "Cadence must be a whole number of days."


def test_positive_days_accepts_the_range() -> None:
    assert v.positive_days(1, "c", "C") == 1
    assert v.positive_days(v.CADENCE_MAX_DAYS, "c", "C") == v.CADENCE_MAX_DAYS
    assert v.positive_days(None, "c", "C") is None


@pytest.mark.parametrize("value", [-1, 101, True, 50.0])
def test_percent_refuses_out_of_range(value: object) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.percent(value, "progress", "Progress")  # type: ignore[arg-type]
    assert caught.value.field == "progress"


def test_percent_accepts_bounds() -> None:
    assert [v.percent(x, "p", "P") for x in (0, 100, None)] == [0, 100, None]


def test_ordered() -> None:
    v.ordered(date(2025, 1, 1), date(2025, 1, 1), "end", "bad")
    v.ordered(None, date(2025, 1, 1), "end", "bad")
    with pytest.raises(InvalidInput) as caught:
        v.ordered(date(2025, 1, 2), date(2025, 1, 1), "end", "End before start.")
    assert (caught.value.field, str(caught.value)) == ("end", "End before start.")


def test_names_drop_empties_and_case_insensitive_duplicates_keeping_order() -> None:
    got = v.names([" Mentors ", "", "classmates", "MENTORS", "  ", "Classmates", "club"], "t", "T")
    assert got == ["Mentors", "classmates", "club"]
    assert v.names(None, "t", "T") == []


def test_names_refuse_a_plain_string_instead_of_a_list() -> None:
    # "friends" would otherwise become seven one-letter tags.
    with pytest.raises(InvalidInput) as caught:
        v.names("friends", "tags", "Tag")  # type: ignore[arg-type]
    assert caught.value.field == "tags"


def test_names_refuse_a_too_long_name() -> None:
    with pytest.raises(InvalidInput) as caught:
        v.names(["ok", "x" * (v.NAME_MAX + 1)], "skills", "Skill")
    assert caught.value.field == "skills"
    assert str(caught.value).startswith("Skill is too long")


@pytest.mark.parametrize("value", [None, ""])
def test_choice_missing_says_it_is_required(value: str | None) -> None:
    with pytest.raises(InvalidInput) as caught:
        v.choice(value, GoalStatus, "status", "Status")
    assert str(caught.value) == "Status is required: one of active, achieved, paused, dropped."


def test_a_time_takes_a_date_alone_as_its_local_midnight() -> None:
    got = v.a_time(date(2025, 3, 1), "since", "From")
    assert got == datetime(2025, 3, 1).astimezone().astimezone(UTC)
    assert got.tzinfo is UTC


def test_page_size() -> None:
    assert v.page_size(1) == 1
    for bad in (0, -5, 1.0, "10", False):
        with pytest.raises(InvalidInput) as caught:
            v.page_size(bad)  # type: ignore[arg-type]
        assert caught.value.field == "limit"
