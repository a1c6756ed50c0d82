"""The timeline stream: every dated thing under date headers, Upcoming above it, and
opening an item where it is edited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.main_window import MainWindow
from netjournal.ui.models.stream import StreamRole, TimelineFilters, TimelineStreamModel
from netjournal.ui.timeline.tab import TimelineTab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

TODAY = date(2025, 3, 26)  # a Wednesday; US weeks start on Sunday 23 March


def noon(day: str) -> datetime:
    # Noon UTC is the same local day in every time zone a test machine is likely in.
    return datetime.fromisoformat(f"{day} 12:00").replace(tzinfo=UTC)


def set_created(journal: Journal, table: str, row_id: int, when: str) -> None:
    """Creation times are stamped with the clock; the tests need known ones."""
    journal._ops.db.execute_sql(
        f"UPDATE {table} SET created_at = ? WHERE id = ?", (f"{when}.000000", row_id)
    )


@dataclass(frozen=True)
class Stream:
    ana: int
    ben: int
    lunch: int
    call: int
    coffee: int
    goal: int
    milestone: int
    agreement: int
    revision: int
    action: int


@pytest.fixture
def stream(journal: Journal) -> Stream:
    ana = journal.people.create("Ana Silva", cadence_days=7).id
    ben = journal.people.create("Ben Okafor").id
    goal = journal.goals.create("Fulbright scholarship", "scholarship").id
    set_created(journal, "goal", goal, "2025-02-10 12:00:00")
    agreement = journal.mentorships.create(
        ben, "mentee", status="active", started_on="2025-03-02"
    ).id
    journal.mentorships.update(agreement, "Meet more often", program="Lab")
    revision = max(journal.mentorships.get(agreement).revisions, key=lambda r: r.number)
    assert revision.number == 2
    set_created(journal, "agreement_revision", revision.id, "2025-03-17 12:00:00")
    milestone = journal.goals.add_milestone(goal, "Essay draft").id
    journal.goals.update_milestone(milestone, done_on="2025-03-23")
    action = journal.mentorships.add_action(
        "Send the essay", person_id=ana, goal_id=goal, agreement_id=agreement
    ).id
    journal.mentorships.complete_action(action, "2025-03-20")
    journal.goals.update(goal, status="achieved", achieved_on="2025-03-24")
    coffee = journal.entries.log("coffee", noon("2025-02-05"), [ana, ben], title="Coffee").id
    call = journal.entries.log("call", noon("2025-03-25"), [ben], title="Call about the lab").id
    lunch = journal.entries.log("meeting", noon("2025-03-26"), [ana], title="Lunch").id
    return Stream(ana, ben, lunch, call, coffee, goal, milestone, agreement, revision.id, action)


def expected_rows(s: Stream) -> list[object]:
    """Header texts and item keys, top to bottom."""
    return [
        "Today",
        ("entry", s.lunch),
        "Yesterday",
        ("entry", s.call),
        "This week",
        ("goal_achieved", s.goal),
        ("milestone_reached", s.milestone),
        "Last week",
        ("action_done", s.action),
        ("agreement_revised", s.revision),
        "March 2025",
        ("agreement_started", s.agreement),
        "February 2025",
        ("goal_created", s.goal),
        ("entry", s.coffee),
    ]


def fetch_all(model: TimelineStreamModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def rows_of(model: TimelineStreamModel) -> list[object]:
    return [
        model.header_text(row) if model.is_header(row) else model.key_at(row)
        for row in range(model.rowCount())
    ]


def texts(model: TimelineStreamModel, key: tuple) -> list[str]:
    row = model.row_of(key)
    assert row is not None
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_stream_shows_every_dated_thing_under_headers(
    journal: Journal, stream: Stream, qtmodeltester
) -> None:
    model = TimelineStreamModel(journal, today=TODAY)
    qtmodeltester.check(model)
    assert model.complete
    assert rows_of(model) == expected_rows(stream)
    assert texts(model, ("entry", stream.lunch)) == ["3/26/2025", "Meeting", "Lunch", "Ana Silva"]
    assert texts(model, ("entry", stream.coffee))[3] == "Ana Silva, Ben Okafor"
    assert texts(model, ("goal_achieved", stream.goal))[1:3] == [
        "Goal achieved",
        "Fulbright scholarship",
    ]
    assert texts(model, ("agreement_started", stream.agreement))[1] == "Agreement started"
    assert texts(model, ("action_done", stream.action))[1:3] == ["Action done", "Send the essay"]
    lunch = model.index(model.row_of(stream.lunch), 0)
    assert "today" in lunch.data(Qt.ItemDataRole.ToolTipRole)
    # Headers can be neither selected nor opened; they say they are headers.
    header = model.index(0, 0)
    assert model.flags(header) == Qt.ItemFlag.ItemIsEnabled
    assert header.data(StreamRole.HEADER) is True
    assert header.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(StreamRole.HEADER) is False
    model.detach()


@pytest.mark.parametrize("page_size", [1, 2, 3, 5])
def test_paging_gives_each_item_once_with_the_same_headers(
    journal: Journal, stream: Stream, qtmodeltester, page_size: int
) -> None:
    model = TimelineStreamModel(journal, page_size=page_size, today=TODAY)
    assert not model.complete
    qtmodeltester.check(model)
    fetch_all(model)
    assert rows_of(model) == expected_rows(stream)
    assert len(set(model.keys)) == len(model.keys) == 9
    qtmodeltester.check(model)
    model.detach()


def test_goal_and_agreement_filters_combine(journal: Journal, stream: Stream, qtbot: QtBot) -> None:
    tab = TimelineTab(journal, page_size=2, today=TODAY)
    qtbot.addWidget(tab)
    bar = tab.filter_bar

    def shown() -> set[tuple]:
        fetch_all(tab.model)
        return set(tab.model.keys)

    bar.goal.setCurrentIndex(bar.goal.findData(stream.goal))
    assert tab.model.filters == TimelineFilters(goal_id=stream.goal)
    assert shown() == {
        ("goal_created", stream.goal),
        ("goal_achieved", stream.goal),
        ("milestone_reached", stream.milestone),
        ("action_done", stream.action),
    }
    bar.kind.setCurrentIndex(bar.kind.findData("action_done"))
    assert shown() == {("action_done", stream.action)}
    bar.goal.setCurrentIndex(0)
    bar.kind.setCurrentIndex(0)
    bar.agreement.setCurrentIndex(bar.agreement.findData(stream.agreement))
    assert shown() == {
        ("agreement_started", stream.agreement),
        ("agreement_revised", stream.revision),
        ("action_done", stream.action),
    }
    bar.kind.setCurrentIndex(bar.kind.findData("agreement_started"))
    assert shown() == {("agreement_started", stream.agreement)}
    bar.clear_button.click()
    assert len(shown()) == 9
    tab.shutdown()


def test_a_new_entry_joins_under_its_header_without_a_reset(
    journal: Journal, stream: Stream, qtbot: QtBot, qtmodeltester
) -> None:
    model = TimelineStreamModel(journal, page_size=3, today=TODAY)
    fetch_all(model)
    with qtbot.assertNotEmitted(model.modelReset):
        later = journal.entries.log("note", noon("2025-03-26"), [stream.ben], title="Idea").id
    assert rows_of(model)[:3] == ["Today", ("entry", later), ("entry", stream.lunch)]
    journal.entries.delete(stream.call)
    assert "Yesterday" not in rows_of(model)
    assert rows_of(model)[3] == "This week"
    journal.people.update(stream.ana, display_name="Ana Costa")
    assert texts(model, ("entry", stream.lunch))[3] == "Ana Costa"
    qtmodeltester.check(model)
    model.detach()


def test_upcoming_lists_the_overdue_person_first(
    journal: Journal, stream: Stream, qtbot: QtBot
) -> None:
    tab = TimelineTab(journal, today=TODAY)
    qtbot.addWidget(tab)
    first = tab.upcoming.records[0]
    assert first.overdue
    assert first.kind == "reconnect"
    assert first.person_ids == (stream.ana,)
    due, what, _title = tab.upcoming.texts()[0]
    assert due.startswith("Overdue")
    assert what == "Reconnect"
    assert tab.upcoming.topLevelItem(0).foreground(0).color().name() == "#b8322a"
    tab.shutdown()


def test_upcoming_says_when_nothing_is_coming_up(journal: Journal, qtbot: QtBot) -> None:
    tab = TimelineTab(journal)
    qtbot.addWidget(tab)
    assert tab.upcoming.texts()[0][0] == "Nothing coming up"
    # It follows the journal: a person due to reconnect shows up.
    person = journal.people.create("Cleo Park", cadence_days=7)
    journal.entries.log("call", noon("2020-01-01"), [person.id])
    assert any(r.kind == "reconnect" for r in tab.upcoming.records)
    tab.shutdown()


def test_opening_items_goes_where_they_are_edited(
    journal: Journal, stream: Stream, settings: QSettings, qtbot: QtBot
) -> None:
    window = MainWindow(journal, settings, page_size=3)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.timeline)
    timeline = window.timeline
    fetch_all(timeline.model)
    assert timeline.select_id(("goal_achieved", stream.goal))
    timeline.view.setFocus()
    qtbot.keyClick(timeline.view, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.goals
    assert window.goals.current_id() == stream.goal

    window.tabs.setCurrentWidget(window.timeline)
    timeline.open_item(("agreement_revised", stream.revision))
    assert window.tabs.currentWidget() is window.mentorships
    assert window.mentorships.current_id() == stream.agreement

    window.tabs.setCurrentWidget(window.timeline)
    timeline.open_item(("action_done", stream.action))
    assert window.tabs.currentWidget() is window.mentorships  # its agreement
    assert window.mentorships.current_id() == stream.agreement


def test_the_keyboard_steps_over_headers(journal: Journal, stream: Stream, qtbot: QtBot) -> None:
    tab = TimelineTab(journal, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    qtbot.waitExposed(tab)
    model = tab.model
    assert tab.current_id() == ("entry", stream.lunch)
    assert tab.view.columnSpan(0, 0) == model.columnCount()  # "Today" spans the row
    assert tab.view.columnSpan(model.row_of(stream.call) - 1, 0) == model.columnCount()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.current_id() == ("entry", stream.call)  # over "Yesterday"
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)
    assert tab.current_id() == ("entry", stream.lunch)
    assert "Lunch" in tab.detail.toPlainText()
    tab.shutdown()


def test_the_upcoming_split_is_remembered(
    journal: Journal, stream: Stream, settings: QSettings, qtbot: QtBot
) -> None:
    tab = TimelineTab(journal)
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.column.setSizes([0, 600])  # Upcoming folded away
    tab.save_state(settings)
    tab.shutdown()
    again = TimelineTab(journal)
    qtbot.addWidget(again)
    again.resize(900, 700)
    again.show()
    again.restore_state(settings)
    qtbot.waitExposed(again)
    assert again.column.sizes()[0] == 0
    again.shutdown()


def test_a_change_keeps_the_selected_item_selected(
    journal: Journal, stream: Stream, qtbot: QtBot
) -> None:
    tab = TimelineTab(journal, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.select_id(("milestone_reached", stream.milestone))
    journal.entries.log("note", noon("2025-03-26"), [stream.ana], title="Above it")
    journal.people.update(stream.ben, display_name="Ben O.")
    assert tab.current_id() == ("milestone_reached", stream.milestone)
    tab.shutdown()


def test_activating_an_upcoming_person_asks_to_show_them(
    journal: Journal, stream: Stream, qtbot: QtBot
) -> None:
    tab = TimelineTab(journal, today=TODAY)
    qtbot.addWidget(tab)
    assert "2025" in tab.upcoming.topLevelItem(0).toolTip(0)  # the date itself
    with qtbot.waitSignal(tab.show_person) as shown:
        tab.upcoming.itemActivated.emit(tab.upcoming.topLevelItem(0), 0)
    assert shown.args == [stream.ana]
    tab.shutdown()
