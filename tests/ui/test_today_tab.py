"""The Today tab on a journal whose facts are known: exactly those items, read at a glance,
and each opened, done, snoozed or dismissed by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.format import DueStatus
from netjournal.ui.goals.celebrate import CelebrateDialog
from netjournal.ui.main_window import MainWindow
from netjournal.ui.mentorships.review import ReviewDialog
from netjournal.ui.today.tab import (
    ROW_HEADING,
    ROW_ITEM,
    ROW_MORE,
    SnoozeDialog,
    TodayRole,
    TodayTab,
)
from netjournal.ui.widgets.privacy import PrivacyScreen

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

TODAY = date(2030, 6, 12)  # a Wednesday
CTRL = Qt.KeyboardModifier.ControlModifier


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass
class Clock:
    """A clock the test moves: the tab reads today from it."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class Facts:
    ids: dict[str, int]

    def __getitem__(self, name: str) -> int:
        return self.ids[name]


@pytest.fixture
def facts(journal: Journal) -> Facts:
    """A follow-up overdue and one settled, a person due to reconnect and one not, a session
    in 3 days and one in 20, a review in 10, goal targets in 10 and 30 days, my and their
    action items, a goal achieved and not celebrated and one celebrated."""
    ids: dict[str, int] = {}
    for name, cadence in (
        ("Ana Silva", 7),
        ("Bo Chen", 30),
        ("Cleo Park", 14),
        ("Dan Ortiz", 30),
        ("Erin Wu", None),
        ("Finn Berg", None),
    ):
        ids[name.split()[0].lower()] = journal.people.create(name, cadence_days=cadence).id
    log = journal.entries.log
    ids["coffee"] = log(
        "coffee", at(days(-5)), [ids["ana"]], title="Coffee", follow_up_on=days(-3)
    ).id
    ids["lunch"] = log(
        "meeting", at(days(-45)), [ids["bo"]], title="Lunch", follow_up_on=days(-36)
    ).id
    log("call", at(days(-14)), [ids["bo"]], title="Call Bo")  # in touch since the lunch
    log("call", at(days(-26)), [ids["cleo"]], title="Catch-up")
    log("call", at(days(-14)), [ids["dan"]], title="Call Dan")
    ids["erin_agreement"] = journal.mentorships.create(
        ids["erin"], "mentor", status="active", started_on=days(-160), cadence_days=14
    ).id
    ids["finn_agreement"] = journal.mentorships.create(
        ids["finn"],
        "mentee",
        status="active",
        started_on=days(-160),
        cadence_days=30,
        review_on=days(10),
    ).id
    journal.mentorships.log_session(ids["erin_agreement"], at(days(-11)))
    journal.mentorships.log_session(ids["finn_agreement"], at(days(-10)))
    ids["exam"] = journal.goals.create("Pass the exam", "exam", target_on=days(10)).id
    journal.goals.create("Thesis", "academic", target_on=days(30))
    ids["scholarship"] = journal.goals.create(
        "Scholarship", "scholarship", members=[(ids["ana"], "mentor")]
    ).id
    ids["internship"] = journal.goals.create("Internship", "internship").id
    journal.goals.achieve(ids["scholarship"], days(-5))
    journal.goals.achieve(ids["internship"], days(-10))
    journal.goals.celebrate(ids["internship"], [ids["ana"]], "We did it!", at(days(-9)))
    add = journal.mentorships.add_action
    ids["cv"] = add("Send the CV", "me", due_on=days(-2), agreement_id=ids["erin_agreement"]).id
    ids["chapter"] = add("Read chapter 3", "them", due_on=days(5), person_id=ids["erin"]).id
    add("Plan the summer", "me", due_on=days(40))
    return Facts(ids)


def keys_of(facts: Facts) -> list[str]:
    return [
        f"follow_up:{facts['coffee']}",
        f"reconnect:{facts['cleo']}",
        f"session:{facts['erin_agreement']}",
        f"review:{facts['finn_agreement']}",
        f"goal_target:{facts['exam']}",
        f"action:{facts['cv']}",
        f"action:{facts['chapter']}",
        f"celebrate:{facts['scholarship']}",
    ]


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(TODAY.year, TODAY.month, TODAY.day, 10, 0).astimezone())


def make_tab(journal: Journal, qtbot: QtBot, clock: Clock, **kwargs: object) -> TodayTab:
    tab = TodayTab(journal, clock=clock, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.view.setFocus()
    tab.warn = lambda title, text: pytest.fail(f"warned: {title}: {text}")  # type: ignore[method-assign]
    return tab


@pytest.fixture
def tab(journal: Journal, facts: Facts, qtbot: QtBot, clock: Clock) -> Iterator[TodayTab]:
    shown = make_tab(journal, qtbot, clock)
    yield shown
    shown.shutdown()


def rows(tab: TodayTab) -> list[tuple[str, str]]:
    model = tab.model
    return [
        (model.index(r, 0).data(TodayRole.ROW_KIND), model.index(r, 0).data())
        for r in range(model.rowCount())
    ]


def row_of(tab: TodayTab, key: str) -> int:
    row = tab.model.row_of(key)
    assert row is not None, key
    return row


def select(tab: TodayTab, key: str) -> None:
    assert tab.select_key(key)
    assert tab.current_item() is not None
    assert tab.current_item().key == key  # type: ignore[union-attr]


def test_each_section_shows_under_its_heading_with_its_count(
    tab: TodayTab, facts: Facts, qtmodeltester
) -> None:
    qtmodeltester.check(tab.model)
    assert tab.model.item_keys() == keys_of(facts)
    headings = [
        (tab.model.index(r, 0).data(), tab.model.index(r, 0).data(TodayRole.COUNT))
        for r, (kind, _) in enumerate(rows(tab))
        if kind == ROW_HEADING
    ]
    assert headings == [
        ("Follow-ups", "1"),
        ("Keep in touch", "1"),
        ("Sessions and reviews", "2"),
        ("Goal target dates", "1"),
        ("My action items", "1"),
        ("Waiting on others", "1"),
        ("To celebrate", "1"),
    ]
    assert tab.summary.text() == "8 things need you · 3 overdue"
    assert tab.date_label.text() == "Wednesday, June 12, 2030"
    assert not tab.view.empty.isVisible()
    # The first item is selected, ready for the keyboard.
    assert tab.current_item().key == keys_of(facts)[0]  # type: ignore[union-attr]


def test_rows_read_at_a_glance(tab: TodayTab, facts: Facts) -> None:
    def cell(key: str, role: int) -> object:
        return tab.model.index(row_of(tab, key), 0).data(role)

    follow_up = f"follow_up:{facts['coffee']}"
    assert cell(follow_up, Qt.ItemDataRole.DisplayRole) == "Coffee"
    assert cell(follow_up, TodayRole.REASON) == "Follow-up from Coffee with Ana Silva · 5 days ago"
    assert cell(follow_up, TodayRole.DUE_TEXT) == "3 days overdue"  # a word, not only a colour
    assert cell(follow_up, TodayRole.DUE_COLOUR) == DueStatus.OVERDUE.colour
    assert "Sunday, June 9, 2030" in str(cell(follow_up, Qt.ItemDataRole.ToolTipRole))
    reconnect = f"reconnect:{facts['cleo']}"
    assert cell(reconnect, TodayRole.REASON) == (
        "Keep in touch every 2 weeks · last in touch 4 weeks ago"
    )
    assert cell(reconnect, TodayRole.DUE_TEXT) == "12 days overdue"
    session = f"session:{facts['erin_agreement']}"
    assert cell(session, Qt.ItemDataRole.DisplayRole) == "Erin Wu"
    assert cell(session, TodayRole.REASON) == (
        "Next session · you mentor them · last session 11 days ago"
    )
    assert cell(session, TodayRole.DUE_TEXT) == "due in 3 days"
    assert cell(session, TodayRole.DUE_COLOUR) is None
    review = f"review:{facts['finn_agreement']}"
    assert cell(review, TodayRole.REASON) == "Review of the agreement · they mentor you"
    assert cell(f"goal_target:{facts['exam']}", TodayRole.REASON) == (
        "Target date of this goal (Exam)"
    )
    assert cell(f"action:{facts['cv']}", TodayRole.REASON) == "You told Erin Wu you would"
    assert cell(f"action:{facts['chapter']}", TodayRole.REASON) == "Erin Wu said they would"
    celebrate = f"celebrate:{facts['scholarship']}"
    assert cell(celebrate, TodayRole.DUE_TEXT) == "achieved 5 days ago"
    assert cell(celebrate, TodayRole.DUE_COLOUR) is None  # nothing late about it
    accessible = str(cell(follow_up, Qt.ItemDataRole.AccessibleTextRole))
    assert accessible == "Coffee. Follow-up from Coffee with Ana Silva · 5 days ago. 3 days overdue"


def test_the_arrow_keys_go_from_item_to_item_past_the_headings(
    tab: TodayTab, facts: Facts, qtbot: QtBot
) -> None:
    keys = keys_of(facts)
    seen = [tab.current_item().key]  # type: ignore[union-attr]
    for _ in range(len(keys) + 1):  # past the end it stays on the last
        qtbot.keyClick(tab.view, Qt.Key.Key_Down)
        seen.append(tab.current_item().key)  # type: ignore[union-attr]
    assert seen == [*keys, keys[-1], keys[-1]]
    assert all(
        not (tab.model.flags(tab.model.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable)
        for r, (kind, _) in enumerate(rows(tab))
        if kind != ROW_ITEM
    )


def test_done_by_keyboard_completes_an_action_item_and_undo_reopens_it(
    tab: TodayTab, facts: Facts, journal: Journal, qtbot: QtBot
) -> None:
    select(tab, f"action:{facts['cv']}")
    assert tab.done_action.text() == "&Done"
    assert tab.done_action.shortcut().toString() == "Ctrl+D"
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    (action,) = [a for a in journal.mentorships.actions(False) if a.id == facts["cv"]]
    assert action.done_on == TODAY
    assert f"action:{facts['cv']}" not in tab.model.item_keys()
    # The selection moved on to what took its place.
    assert tab.current_item().key == f"action:{facts['chapter']}"  # type: ignore[union-attr]
    assert tab.undo_notice.message.text() == "Marked “Send the CV” done —"
    tab.undo_notice.undo()
    qtbot.waitUntil(lambda: f"action:{facts['cv']}" in tab.model.item_keys())
    assert [a.done_on for a in journal.mentorships.actions(False) if a.id == facts["cv"]] == [None]


def test_in_touch_today_logs_a_note_with_the_person(
    tab: TodayTab, facts: Facts, journal: Journal, qtbot: QtBot
) -> None:
    select(tab, f"reconnect:{facts['cleo']}")
    assert tab.done_action.text() == "In &Touch"
    assert tab.done_button.text() == "In Touch"
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    (note,) = journal.entries.of_person(facts["cleo"], limit=1)
    assert (note.kind, note.title) == ("note", "In touch")
    assert journal.people.get(facts["cleo"]).next_due_on == days(14)
    assert f"reconnect:{facts['cleo']}" not in tab.model.item_keys()
    assert tab.undo_notice.message.text() == "In touch with Cleo Park today —"


def test_delete_dismisses_and_a_new_date_brings_it_back(
    tab: TodayTab, facts: Facts, journal: Journal, qtbot: QtBot
) -> None:
    key = f"follow_up:{facts['coffee']}"
    select(tab, key)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert key not in tab.model.item_keys()
    assert journal.entries.get(facts["coffee"]).follow_up_on == days(-3)  # the entry unchanged
    assert tab.undo_notice.message.text() == "Dismissed “Coffee” —"
    journal.entries.update(facts["coffee"], follow_up_on=days(0))
    qtbot.waitUntil(lambda: key in tab.model.item_keys())
    assert tab.model.index(row_of(tab, key), 0).data(TodayRole.DUE_TEXT) == "due today"


def test_undo_brings_a_dismissed_item_back(tab: TodayTab, facts: Facts, qtbot: QtBot) -> None:
    key = f"goal_target:{facts['exam']}"
    select(tab, key)
    tab.dismiss_action.trigger()
    assert key not in tab.model.item_keys()
    tab.undo_notice.undo()
    qtbot.waitUntil(lambda: key in tab.model.item_keys())


def test_snoozed_until_tomorrow_it_comes_back_after_midnight(
    tab: TodayTab, facts: Facts, clock: Clock, qtbot: QtBot
) -> None:
    key = f"reconnect:{facts['cleo']}"
    select(tab, key)
    qtbot.keyClick(tab.view, Qt.Key.Key_T, CTRL)
    assert key not in tab.model.item_keys()
    assert tab.undo_notice.message.text() == "Snoozed “Cleo Park” until 6/13/2030 —"
    assert not tab.check_date()  # still the same day: nothing to do
    assert tab.midnight.isActive()
    clock.now = clock.now + timedelta(days=1)
    tab.midnight.timeout.emit()
    assert tab.date_label.text() == "Thursday, June 13, 2030"
    assert key in tab.model.item_keys()
    row = tab.model.index(row_of(tab, key), 0)
    assert row.data(TodayRole.DUE_TEXT) == "13 days overdue"


def test_snooze_for_a_week_and_until_a_date_picked(
    tab: TodayTab, facts: Facts, journal: Journal, qtbot: QtBot
) -> None:
    week = f"action:{facts['chapter']}"
    select(tab, week)
    qtbot.keyClick(tab.view, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert week not in tab.model.item_keys()
    assert week not in [i.key for i in journal.today.items(days(6)).items]
    assert week in [i.key for i in journal.today.items(days(7)).items]
    picked = f"goal_target:{facts['exam']}"
    select(tab, picked)
    tab.snooze_pick_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, SnoozeDialog)
    assert dialog.calendar.minimumDate() == QDate(2030, 6, 13)
    dialog.calendar.setSelectedDate(QDate(2030, 6, 20))
    dialog.accept()
    assert picked not in tab.model.item_keys()
    assert picked not in [i.key for i in journal.today.items(days(7)).items]
    assert picked in [i.key for i in journal.today.items(days(8)).items]


def test_open_goes_to_what_the_item_is_about(tab: TodayTab, facts: Facts, qtbot: QtBot) -> None:
    cases = [
        (f"reconnect:{facts['cleo']}", tab.show_person, facts["cleo"]),
        (f"follow_up:{facts['coffee']}", tab.open_entry, facts["coffee"]),
        (f"session:{facts['erin_agreement']}", tab.show_agreement, facts["erin_agreement"]),
        (f"review:{facts['finn_agreement']}", tab.show_agreement, facts["finn_agreement"]),
        (f"goal_target:{facts['exam']}", tab.show_goal, facts["exam"]),
        (f"action:{facts['cv']}", tab.show_agreement, facts["erin_agreement"]),
    ]
    for key, signal, expected in cases:
        select(tab, key)
        with qtbot.waitSignal(signal) as opened:
            qtbot.keyClick(tab.view, Qt.Key.Key_Return)
        assert opened.args == [expected], key
    # A goal to celebrate opens the celebration, for the people who shared it.
    select(tab, f"celebrate:{facts['scholarship']}")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert isinstance(tab.dialog, CelebrateDialog)
    assert tab.dialog.goal_id == facts["scholarship"]
    tab.dialog.reject()


def test_a_review_is_done_in_its_dialog(tab: TodayTab, facts: Facts) -> None:
    select(tab, f"review:{facts['finn_agreement']}")
    assert tab.done_action.text() == "&Review…"
    tab.done_action.trigger()
    assert isinstance(tab.dialog, ReviewDialog)
    tab.dialog.reject()
    assert f"review:{facts['finn_agreement']}" in tab.model.item_keys()  # nothing written


def test_it_follows_the_journal(tab: TodayTab, facts: Facts, journal: Journal, qtbot) -> None:
    action = journal.mentorships.add_action("Call the bank", due_on=TODAY).id
    qtbot.waitUntil(lambda: f"action:{action}" in tab.model.item_keys())
    assert tab.summary.text() == "9 things need you · 3 overdue"
    journal.mentorships.complete_action(facts["cv"], TODAY)
    qtbot.waitUntil(lambda: f"action:{facts['cv']}" not in tab.model.item_keys())
    assert tab.summary.text() == "8 things need you · 2 overdue"


def test_a_long_section_says_how_many_more(journal: Journal, qtbot: QtBot, clock: Clock) -> None:
    for n in range(5):
        journal.mentorships.add_action(f"Task {n}", due_on=days(-n))
    tab = make_tab(journal, qtbot, clock, limit=3)
    assert rows(tab)[-1] == (ROW_MORE, "and 2 more")
    assert tab.summary.text() == "5 things need you · 4 overdue"
    tab.shutdown()


def test_an_empty_today_says_so_and_what_fills_it(
    journal: Journal, qtbot: QtBot, clock: Clock
) -> None:
    tab = make_tab(journal, qtbot, clock)
    assert tab.model.rowCount() == 0
    assert tab.view.empty.isVisible()
    assert tab.view.empty.accessibleName() == "Nothing needs you today"
    assert "keep-in-touch cadences" in tab.view.empty.text()
    assert not tab.done_action.isEnabled()
    assert not tab.snooze_button.isEnabled()
    person = journal.people.create("Ana Silva", cadence_days=7).id
    journal.entries.log("call", at(days(-8)), [person], title="Call")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert not tab.view.empty.isVisible()
    assert tab.done_action.isEnabled()
    tab.shutdown()


def test_the_privacy_screen_hides_a_follow_ups_notes(
    journal: Journal, qtbot: QtBot, clock: Clock
) -> None:
    person = journal.people.create("Ana Silva").id
    journal.entries.log(
        "note", at(days(-2)), [person], body="Ask about the secret plan", follow_up_on=days(-1)
    )
    privacy = PrivacyScreen()
    tab = make_tab(journal, qtbot, clock, privacy=privacy)
    assert rows(tab)[1] == (ROW_ITEM, "Ask about the secret plan")
    privacy.set_enabled(True)
    assert rows(tab)[1] == (ROW_ITEM, "Note")
    tab.shutdown()


def test_the_window_opens_on_today_and_its_items_open_in_the_other_tabs(
    journal: Journal, facts: Facts, settings: QSettings, qtbot: QtBot
) -> None:
    settings.setValue("MainWindow/tab", 3)  # last time it closed on Mentorships
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(0) == "Today"
    assert window.tabs.currentWidget() is window.today
    assert window.tab_actions[0].shortcut().toString() == "Ctrl+1"
    today = window.today
    # The window's real clock: the tab shows what is due now, whatever it is.
    assert today.list is not None
    assert today.list.today == date.today()
    cleo = journal.people.get(facts["cleo"])
    assert cleo.next_due_on is not None
    window.today.clock = lambda: datetime.combine(TODAY, datetime.min.time()).astimezone()
    today.refresh()
    select(today, f"reconnect:{facts['cleo']}")
    today.open_action.trigger()
    assert window.tabs.currentWidget() is window.contacts
    assert window.contacts.current_id() == facts["cleo"]
    window.tabs.setCurrentWidget(today)
    select(today, f"goal_target:{facts['exam']}")
    today.open_action.trigger()
    assert window.tabs.currentWidget() is window.goals
    assert window.goals.current_id() == facts["exam"]
    window.close()
    assert not window.notifier.timer.isActive()


def test_past_the_counts_cap_the_numbers_say_more_than(
    journal: Journal, qtbot: QtBot, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netjournal.store import today as store_today

    monkeypatch.setattr(store_today, "COUNT_CAP", 4)
    for n in range(7):
        journal.mentorships.add_action(f"Task {n}", due_on=days(-n))
    tab = make_tab(journal, qtbot, clock, limit=2)
    assert tab.model.index(0, 0).data(TodayRole.COUNT) == "4+"
    assert rows(tab)[-1] == (ROW_MORE, "and more than 2 more")
    assert tab.summary.text() == "More than 4 things need you · more than 4 overdue"
    tab.shutdown()
