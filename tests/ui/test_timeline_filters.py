"""The timeline's filter bar: person, kind and dates, each alone and combined with search."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.models.stream import TimelineFilters, TimelineStreamModel
from netjournal.ui.timeline.tab import TimelineTab

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def tab(small_journal: tuple[Journal, Facts], qtbot: QtBot) -> TimelineTab:
    journal, _ = small_journal
    shown = TimelineTab(journal, page_size=2)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def shown_ids(tab: TimelineTab) -> set[int]:
    """The ids of the entries the stream shows (its other items are left out)."""
    model = tab.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return set(model.ids)


def test_person_filter_picked_by_typing(
    tab: TimelineTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    _, facts = small_journal
    e = facts.entries
    assert shown_ids(tab) == {e["coffee"], e["call"], e["note"]}
    qtbot.keyClicks(tab.filter_bar.person.edit, "Ana")
    qtbot.keyClick(tab.filter_bar.person.edit, Qt.Key.Key_Return)
    assert tab.filter_bar.person.edit.text() == "Ana Silva"
    assert tab.model.filters.person_id == facts.people["Ana"]
    assert shown_ids(tab) == {e["coffee"], e["note"]}
    # Clearing the field shows everyone's entries again.
    tab.filter_bar.person.edit.clear()
    assert shown_ids(tab) == {e["coffee"], e["call"], e["note"]}


def test_kind_filter(tab: TimelineTab, small_journal: tuple[Journal, Facts]) -> None:
    _, facts = small_journal
    kind = tab.filter_bar.kind
    kind.setCurrentIndex(kind.findData("call"))
    assert shown_ids(tab) == {facts.entries["call"]}
    kind.setCurrentIndex(kind.findData("meeting"))
    assert shown_ids(tab) == set()
    assert tab.view.empty_state().isVisible()
    kind.setCurrentIndex(0)
    assert len(shown_ids(tab)) == 3
    # The kinds of the other dated things: two goals were created, no entry is one.
    kind.setCurrentIndex(kind.findData("goal_created"))
    assert shown_ids(tab) == set()
    assert {key for key in tab.model.keys} == {
        ("goal_created", facts.goals["scholarship"]),
        ("goal_created", facts.goals["spanish"]),
    }


def test_date_range_includes_both_days(
    tab: TimelineTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    _, facts = small_journal
    e = facts.entries
    bar = tab.filter_bar
    bar.since.setDate(QDate(2025, 2, 1))
    assert shown_ids(tab) == {e["coffee"], e["call"], e["note"]}  # not ticked yet
    qtbot.mouseClick(bar.use_since, Qt.MouseButton.LeftButton)
    assert shown_ids(tab) == {e["call"], e["note"]}
    bar.use_since.setChecked(False)
    bar.until.setDate(QDate(2025, 2, 1))
    bar.use_until.setChecked(True)
    assert shown_ids(tab) == {e["coffee"], e["note"]}
    bar.since.setDate(QDate(2025, 1, 15))
    bar.use_since.setChecked(True)
    bar.until.setDate(QDate(2025, 2, 28))
    assert tab.model.filters == TimelineFilters(since=date(2025, 1, 15), until=date(2025, 2, 28))
    assert shown_ids(tab) == {e["note"]}


def test_filters_combine_with_each_other_and_search(
    tab: TimelineTab, small_journal: tuple[Journal, Facts]
) -> None:
    _, facts = small_journal
    e = facts.entries
    bar = tab.filter_bar
    bar.person.set_people([facts.people["Ana"]])
    bar.kind.setCurrentIndex(bar.kind.findData("note"))
    assert shown_ids(tab) == {e["note"]}
    bar.kind.setCurrentIndex(bar.kind.findData("call"))
    assert shown_ids(tab) == set()
    title, _hint = tab.empty_message()
    assert title == "Nothing matches these filters"
    bar.kind.setCurrentIndex(0)
    tab.set_search("scholarship")
    assert shown_ids(tab) == {e["note"]}
    tab.set_search("coffee")
    assert shown_ids(tab) == {e["coffee"]}
    bar.person.set_people([facts.people["Bruno"]])
    assert shown_ids(tab) == set()
    tab.set_search("")
    assert shown_ids(tab) == {e["call"]}
    assert bar.clear_button.isEnabled()
    bar.clear_button.click()
    assert shown_ids(tab) == {e["coffee"], e["call"], e["note"]}
    assert not bar.clear_button.isEnabled()


def test_a_filtered_list_follows_new_entries(
    tab: TimelineTab, small_journal: tuple[Journal, Facts]
) -> None:
    journal, facts = small_journal
    tab.filter_bar.person.set_people([facts.people["Dmitri"]])
    assert shown_ids(tab) == {facts.entries["call"]}
    mine = journal.entries.log("message", "2025-03-09 10:00", [facts.people["Dmitri"]], title="Hi")
    other = journal.entries.log("message", "2025-03-09 11:00", [facts.people["Ana"]], title="Yo")
    assert tab.model.row_of(mine.id) is not None
    assert tab.model.row_of(other.id) is None


def test_filtered_model_passes_the_model_tester(
    small_journal: tuple[Journal, Facts], qtmodeltester
) -> None:
    journal, facts = small_journal
    model = TimelineStreamModel(journal, page_size=1)
    model.set_filters(TimelineFilters(person_id=facts.people["Ana"], since=date(2025, 1, 1)))
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert set(model.ids) == {facts.entries["coffee"], facts.entries["note"]}
    qtmodeltester.check(model)
    model.detach()


def test_filter_widgets_carry_accessible_names_and_tab_in_order(tab: TimelineTab) -> None:
    bar = tab.filter_bar
    widgets = [
        bar.person.edit,
        bar.kind,
        bar.use_since,
        bar.since,
        bar.use_until,
        bar.until,
        bar.clear_button,
    ]
    assert all(widget.accessibleName() for widget in widgets)
    chain, widget = [], bar.person.edit
    for _ in range(300):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is bar.person.edit:
            break
    positions = [chain.index(w) for w in [*widgets, tab.view]]
    assert positions == sorted(positions)
