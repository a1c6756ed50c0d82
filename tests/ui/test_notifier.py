"""The tray notifier, on a clock the test moves: the daily summary once a day at its time
(or at start once it has passed), a reminder once per item on the day it falls due, and
each switched off by its setting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon

from netjournal.journal import Journal
from netjournal.ui.today.notifier import Notifier, summary_text

TODAY = date(2030, 6, 12)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: date, hour: int, minute: int = 0) -> None:
        self.now = datetime.combine(day, time(hour, minute)).astimezone()


@pytest.fixture
def facts(journal: Journal) -> dict[str, int]:
    """Due today: a follow-up and a session; overdue: an action item; ahead: a review."""
    ana = journal.people.create("Ana Silva").id
    erin = journal.people.create("Erin Wu").id
    journal.entries.log("coffee", at(days(-3)), [ana], title="Coffee", follow_up_on=TODAY)
    agreement = journal.mentorships.create(
        erin, "mentor", status="active", started_on=days(-100), cadence_days=14
    ).id
    journal.mentorships.update(agreement, review_on=days(5))
    journal.mentorships.log_session(agreement, at(days(-14)))
    journal.mentorships.add_action("Send the CV", due_on=days(-2))
    return {"ana": ana, "erin": erin, "agreement": agreement}


@pytest.fixture
def clock() -> Clock:
    shown = Clock(datetime.now().astimezone())
    shown.set(TODAY, 8)
    return shown


class Recorder:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> None:
        self.messages.append((title, text))


def make(journal: Journal, settings: QSettings, clock: Clock) -> tuple[Notifier, Recorder]:
    notifier = Notifier(journal, settings, clock=clock)
    recorder = Recorder()
    notifier.show_message = recorder  # type: ignore[method-assign]
    return notifier, recorder


@pytest.fixture
def notifier(
    journal: Journal, facts: dict[str, int], settings: QSettings, clock: Clock
) -> Iterator[tuple[Notifier, Recorder]]:
    made = make(journal, settings, clock)
    yield made
    made[0].shutdown()


def titles(recorder: Recorder) -> list[str]:
    return [title for title, _ in recorder.messages]


def test_the_summary_shows_once_a_day_at_its_time(
    notifier: tuple[Notifier, Recorder], settings: QSettings, clock: Clock
) -> None:
    shown, recorder = notifier
    settings.setValue("Notifications/dueReminders", False)
    clock.set(TODAY, 8, 59)
    assert shown.check() == []
    clock.set(TODAY, 9, 0)
    (message,) = shown.check()
    assert message[0] == "NetJournal — Today"
    assert message[1] == (
        "4 things need you today, 1 of them overdue.\n"
        "• 1 follow-up\n• 2 sessions and reviews\n• 1 of your action items"
    )
    clock.set(TODAY, 9, 1)
    assert shown.check() == []
    clock.set(TODAY, 18, 0)
    assert shown.check() == []
    clock.set(days(1), 8, 0)
    assert shown.check() == []
    clock.set(days(1), 9, 30)
    assert len(shown.check()) == 1
    assert titles(recorder) == ["NetJournal — Today", "NetJournal — Today"]


def test_a_start_after_the_summary_time_shows_it_then_and_not_again(
    journal: Journal, facts: dict[str, int], settings: QSettings, clock: Clock
) -> None:
    settings.setValue("Notifications/dueReminders", False)
    settings.setValue("Notifications/dailySummaryTime", "07:30")
    clock.set(TODAY, 14)
    first, recorder = make(journal, settings, clock)
    assert len(first.check()) == 1
    first.shutdown()
    # Started again the same day: the day it showed is remembered.
    second, again = make(journal, settings, clock)
    assert second.check() == []
    assert (len(recorder.messages), again.messages) == (1, [])
    second.shutdown()


def test_a_reminder_shows_once_for_each_item_due_today(
    notifier: tuple[Notifier, Recorder],
    journal: Journal,
    facts: dict[str, int],
    settings: QSettings,
    clock: Clock,
) -> None:
    shown, recorder = notifier
    settings.setValue("Notifications/dailySummary", False)
    clock.set(TODAY, 8)
    (message,) = shown.check()
    assert message == (
        "2 things are due today",
        "• Follow up “Coffee” with Ana Silva\n• Session with Erin Wu",
    )
    clock.set(TODAY, 8, 1)
    assert shown.check() == []  # told already
    # Something newly due today is told on its own; the others are not told again.
    journal.entries.log("call", at(days(-1)), [facts["erin"]], title="Call", follow_up_on=TODAY)
    assert shown.check() == [("Due today", "Follow up “Call” with Erin Wu")]
    # The next day they are overdue, not due: nothing more to remind of.
    clock.set(days(1), 8)
    assert shown.check() == []
    assert len(recorder.messages) == 2


def test_a_restart_does_not_remind_again(
    journal: Journal, facts: dict[str, int], settings: QSettings, clock: Clock
) -> None:
    settings.setValue("Notifications/dailySummary", False)
    first, _ = make(journal, settings, clock)
    assert len(first.check()) == 1
    first.shutdown()
    second, recorder = make(journal, settings, clock)
    assert second.check() == []
    assert recorder.messages == []
    second.shutdown()


def test_a_dismissed_item_is_not_reminded_of(
    notifier: tuple[Notifier, Recorder], journal: Journal, facts: dict[str, int], settings
) -> None:
    shown, _ = notifier
    settings.setValue("Notifications/dailySummary", False)
    journal.today.dismiss(f"session:{facts['agreement']}")
    assert shown.check() == [("Due today", "Follow up “Coffee” with Ana Silva")]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"Notifications/enabled": False}, []),
        ({"Notifications/enabled": "false"}, []),  # as an ini file gives it back
        ({"Notifications/dailySummary": False}, ["2 things are due today"]),
        ({"Notifications/dueReminders": False}, ["NetJournal — Today"]),
        ({}, ["NetJournal — Today", "2 things are due today"]),
    ],
)
def test_each_notification_has_its_switch(
    notifier: tuple[Notifier, Recorder],
    settings: QSettings,
    clock: Clock,
    values: dict[str, object],
    expected: list[str],
) -> None:
    shown, recorder = notifier
    for key, value in values.items():
        settings.setValue(key, value)
    clock.set(TODAY, 10)
    shown.check()
    assert titles(recorder) == expected


def test_an_empty_day_shows_no_summary(journal: Journal, settings: QSettings, clock: Clock) -> None:
    shown, recorder = make(journal, settings, clock)
    clock.set(TODAY, 10)
    assert shown.check() == []
    assert recorder.messages == []
    assert summary_text(journal.today.items(TODAY)) == "Nothing needs you today."
    # The tray's "Today's Summary" says so when asked.
    assert shown.show_summary() == "Nothing needs you today."
    shown.shutdown()


def test_offscreen_there_is_no_tray_and_nothing_runs_after_shutdown(
    journal: Journal, facts: dict[str, int], settings: QSettings, clock: Clock
) -> None:
    shown = Notifier(journal, settings, clock=clock)  # the real show_message
    shown.start()
    assert shown.timer.isActive()
    assert shown.tray is None or QSystemTrayIcon.isSystemTrayAvailable()
    clock.set(TODAY, 10)
    assert len(shown.check()) == 2  # said to nobody: no tray offscreen, and no error
    shown.shutdown()
    assert not shown.timer.isActive()
    assert not shown.first_check.isActive()
    clock.set(days(1), 10)
    assert shown.check() == []


def test_the_tray_menu_shows_the_window_says_the_summary_and_quits(
    journal: Journal, facts: dict[str, int], settings: QSettings, clock: Clock, qtbot
) -> None:
    shown, recorder = make(journal, settings, clock)
    tray = shown._make_tray()  # offscreen it is made but never shown: there is no tray
    assert not tray.icon().isNull()
    assert [a.text() for a in shown.menu.actions() if not a.isSeparator()] == [
        "&Show NetJournal",
        "&Today's Summary",
        "&Quit",
    ]
    with qtbot.waitSignal(shown.show_requested):
        shown.show_action.trigger()
    with qtbot.waitSignal(shown.show_requested):
        tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    shown.summary_action.trigger()  # whatever the time, and again if asked again
    shown.summary_action.trigger()
    assert titles(recorder) == ["NetJournal — Today", "NetJournal — Today"]
    with qtbot.waitSignal(shown.quit_requested):
        shown.quit_action.trigger()
    tray.deleteLater()
    shown.shutdown()
