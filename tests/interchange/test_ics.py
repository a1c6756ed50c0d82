"""Calendars in: the real fixtures (Google, Thunderbird, Etar, a broken one, a unicode
one, several calendars in a file) and events of our own for times, people and links."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from netjournal.interchange import ics, limits
from netjournal.journal.incoming import Parsed


def fixture(fixtures_dir: Path, name: str) -> Parsed:
    return ics.read(fixtures_dir / "ics" / name)


def calendar(*lines: str) -> str:
    return (
        "\r\n".join(
            ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *lines, "END:VCALENDAR"]
        )
        + "\r\n"
    )


def event(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", "UID:e1@example.org", "DTSTAMP:20240101T000000Z", *lines, "END:VEVENT"]


def write(tmp_path: Path, text: str | bytes) -> Parsed:
    path = tmp_path / "calendar.ics"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return ics.read(path)


def test_google_event_with_alarms(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "alarm_google_future.ics")
    (one,) = parsed.events
    assert (one.title, one.occurred_at, one.body, one.location, one.uid) == (
        "event with alarms",
        datetime(2024, 10, 4, 18, 15, tzinfo=UTC),
        "",  # the alarms' "This is an event reminder" is not the event's description
        "",
        "79fs7pkqvht9m5igs0vjv1sfra@google.com",
    )
    assert one.attendee_emails == ()  # the EMAIL alarm's attendee is not a guest
    assert str(one.where) == "alarm_google_future.ics, event 1, line 26"
    assert parsed.problems == []


def test_thunderbird_and_etar_events_in_london_time(fixtures_dir: Path) -> None:
    thunderbird = fixture(fixtures_dir, "alarm_thunderbird_future.ics").events
    etar = fixture(fixtures_dir, "alarm_etar_future.ics").events
    assert [(e.title, e.occurred_at.astimezone(UTC)) for e in thunderbird + etar] == [
        ("event with alarms", datetime(2024, 10, 23, 14, 0, tzinfo=UTC)),  # 15:00 BST
        ("event with alarms android", datetime(2024, 10, 5, 12, 0, tzinfo=UTC)),  # 13:00 BST
    ]
    assert thunderbird[0].uid == "b9a23b47-f109-4e7a-908c-75e925b27def"


def test_all_day_holidays(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "example.ics")
    assert [(e.title, e.occurred_at, e.body, e.location) for e in parsed.events] == [
        ("New Year's Day", datetime(2022, 1, 1, 12, tzinfo=UTC), "Happy New Year!", ""),
        (
            "Orthodox Christmas",
            datetime(2022, 1, 7, 12, tzinfo=UTC),
            "It is Christmas again!",
            "Russia",
        ),
        (
            "International Women's Day",
            datetime(2022, 3, 8, 12, tzinfo=UTC),
            "May the feminine be honoured!",
            "",
        ),
    ]
    assert parsed.problems == []


def test_the_broken_calendar_is_a_problem_naming_the_file(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "broken_ical.ics")
    assert parsed.events == []
    assert [str(p) for p in parsed.problems] == [
        "broken_ical.ics, event 1, line 4: The line “DTSTART;;VALUE=DATE-TIME:20140409T093000” "
        "could not be read; it was left out.",
        "broken_ical.ics, event 1, line 2: The event “An Event with too many semicolons” has no "
        "start date and time; it was left out.",
    ]


def test_the_unicode_calendar_keeps_its_text(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "calendar_with_unicode.ics")
    assert parsed.events == []
    assert [str(p) for p in parsed.problems] == [
        "calendar_with_unicode.ics: The calendar “äöü ÄÖÜ €” holds no events; nothing was "
        "imported from it."
    ]


def test_several_calendars_in_one_file(fixtures_dir: Path) -> None:
    parsed = fixture(fixtures_dir, "issue_1050_multiple_calendars.ics")
    assert [str(p) for p in parsed.problems] == [
        "issue_1050_multiple_calendars.ics, event 1, line 4: The event “Event 1” has no start "
        "date and time; it was left out.",
        "issue_1050_multiple_calendars.ics, event 2, line 12: The event “Event 2” has no start "
        "date and time; it was left out.",
    ]


def test_times_zones_floating_and_all_day(tmp_path: Path) -> None:
    parsed = write(
        tmp_path,
        calendar(
            *event("SUMMARY:Lisbon", "DTSTART;TZID=Europe/Lisbon:20240701T100000"),
            *event("SUMMARY:Floating", "DTSTART:20240701T100000"),
            *event("SUMMARY:All day", "DTSTART;VALUE=DATE:20240701"),
            *event("SUMMARY:Weekly", "DTSTART:20240101T090000Z", "RRULE:FREQ=WEEKLY;COUNT=10"),
        ),
    )
    lisbon, floating, all_day, weekly = parsed.events
    assert lisbon.occurred_at.astimezone(UTC) == datetime(2024, 7, 1, 9, 0, tzinfo=UTC)
    assert floating.occurred_at == datetime(2024, 7, 1, 10, 0).astimezone()
    assert floating.occurred_at.utcoffset() is not None
    assert all_day.occurred_at == datetime(2024, 7, 1, 12, 0, tzinfo=UTC)
    assert weekly.occurred_at == datetime(2024, 1, 1, 9, 0, tzinfo=UTC)  # the first only
    assert parsed.problems == []


def test_people_text_and_links(tmp_path: Path) -> None:
    parsed = write(
        tmp_path,
        calendar(
            *event(
                "SUMMARY:Café com a Zoë — 論文",
                "DTSTART:20240301T150000Z",
                "DESCRIPTION:Talked about the thesis\\, and the grant.\\nNext: June.",
                "LOCATION:Biblioteca\\, sala 2",
                "ORGANIZER;CN=Ana:mailto:ana@example.org",
                "ATTENDEE;CN=Bo:MAILTO:bo@example.org",
                "ATTENDEE;CN=Ana again:mailto:ANA@example.org",
                "ATTENDEE:urn:uuid:00000000-0000-0000-0000-000000000000",
                "ATTACH:https://example.org/slides.pdf",
                "ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=text/plain:aGVsbG8=",
            )
        ),
    )
    (one,) = parsed.events
    assert one.title == "Café com a Zoë — 論文"
    assert one.body == (
        "Talked about the thesis, and the grant.\nNext: June.\n\n"
        "Attachment: https://example.org/slides.pdf"
    )
    assert one.location == "Biblioteca, sala 2"
    assert one.attendee_emails == ("ana@example.org", "bo@example.org")
    assert one.uid == "e1@example.org"


def test_a_title_too_long_is_cut_and_said(tmp_path: Path) -> None:
    parsed = write(tmp_path, calendar(*event("SUMMARY:" + "x" * 300, "DTSTART:20240301T150000Z")))
    (one,) = parsed.events
    assert len(one.title) == limits.NAME_MAX
    assert one.title.endswith("…")
    assert [p.message for p in parsed.problems] == [
        "The title was 300 characters long, more than the 200 kept; it was cut."
    ]


def test_a_file_that_is_no_calendar(tmp_path: Path) -> None:
    parsed = write(tmp_path, b"\x00\x01\x02 binary junk \xff\xfe")
    assert parsed.events == []
    assert len(parsed.problems) == 1
    assert parsed.problems[0].where.file == "calendar.ics"


def test_to_dos_alone_are_no_events(tmp_path: Path) -> None:
    text = calendar("X-WR-CALNAME:Tasks", "BEGIN:VTODO", "UID:t1", "SUMMARY:Read", "END:VTODO")
    parsed = write(tmp_path, text)
    assert [p.message for p in parsed.problems] == [
        "The calendar “Tasks” holds no events; nothing was imported from it."
    ]
