"""The main window on a small journal: tabs populated and sortable, search, shortcuts,
status bar, remembered geometry, empty states."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.main_window import MainWindow
from netjournal.ui.settings import reset_applied

from .conftest import Facts

# The offscreen platform cannot pass a window's size hints on, and says so when one is shown.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def window(small_journal: tuple[Journal, Facts], settings: QSettings, qtbot: QtBot) -> MainWindow:
    journal, _ = small_journal
    shown = MainWindow(journal, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_each_tab_lists_what_the_journal_holds(window: MainWindow) -> None:
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Today",
        "Contacts",
        "Goals",
        "Mentorships",
        "Timeline",
        "Network",
    ]
    # (the agreements list holds a header row above each group: ids count agreements only)
    counts = [len(tab.model.ids) for tab in window.list_tabs()[:3]]
    assert counts == [5, 2, 2]
    # The timeline shows the 3 entries among its other dated items.
    assert len(window.timeline.model.ids) == 3
    for tab in window.list_tabs():
        assert tab.view.model() is tab.model
        assert tab.view.isSortingEnabled()
        assert tab.view.empty_state().isHidden()
        assert tab.view.accessibleName()
        # The first row is selected and shown beside the list.
        # (the timeline's rows are items keyed (kind, id) under date headers)
        first = window.timeline.model.keys[0] if tab is window.timeline else tab.model.ids[0]
        assert tab.current_id() == first
        if tab is window.contacts:  # the person's editor
            assert tab.editor.title.text() == "Ana Silva"
        elif tab is window.goals:  # the goal's editor
            assert tab.editor.title_label.text() == "Learn Spanish"
        elif tab is window.mentorships:  # the agreement's editor
            assert tab.editor.title.text() == "Ana Silva"
        else:
            assert tab.detail.toPlainText().strip()


def test_clicking_a_header_sorts_in_sqlite(window: MainWindow, qtbot: QtBot) -> None:
    contacts = window.contacts
    header = contacts.view.horizontalHeader()
    with qtbot.waitSignal(contacts.model.modelReset):
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert contacts.model.data(contacts.model.index(0, 0)) == "Elif Yilmaz"
    # The selection follows its person through the new order.
    assert contacts.current_id() == contacts.model.ids[-1]
    for tab in window.list_tabs():
        for section in range(tab.model.columnCount()):
            header = tab.view.horizontalHeader()
            header.setSortIndicator(section, Qt.SortOrder.AscendingOrder)
            if tab.model.can_sort(section):
                assert tab.model.sort_column() == section
            # A column that cannot sort leaves the indicator where the list is sorted.
            assert header.sortIndicatorSection() == tab.model.sort_column()


def test_typing_in_search_filters_contacts_and_timeline(window: MainWindow, qtbot) -> None:
    window.tabs.setCurrentWidget(window.goals)
    qtbot.keyClicks(window.search, "scholarship")
    # Typing on a tab that is not searched shows the people found.
    assert window.tabs.currentWidget() is window.contacts
    qtbot.waitUntil(lambda: window.contacts.model.search_text == "scholarship")
    assert window.contacts.model.rowCount() == 0
    assert window.contacts.view.empty_state().isVisible()
    assert "scholarship" in window.contacts.view.empty_state().text()
    # A hidden tab searches when it is shown.
    assert len(window.timeline.model.ids) == 3
    window.tabs.setCurrentWidget(window.timeline)
    assert len(window.timeline.model.ids) == 1
    window.tabs.setCurrentWidget(window.contacts)
    window.search.clear()
    window.apply_search()
    assert window.contacts.model.rowCount() == 5
    window.search.setText("ana")
    window.apply_search()
    assert [window.contacts.model.data(window.contacts.model.index(0, 0))] == ["Ana Silva"]
    assert window.contacts.view.horizontalHeader().sortIndicatorSection() == -1


def test_keyboard_shortcuts_switch_tabs_and_focus_search(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.contacts.view.setFocus()
    qtbot.keyClick(window.contacts.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.goals
    qtbot.keyClick(window.goals.view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.timeline
    qtbot.keyClick(window.timeline.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    assert "Ctrl+F" in window.search.placeholderText()
    shortcuts = [a.shortcut().toString() for a in window.tab_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6"]
    qtbot.keyClick(window.timeline.view, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.network
    qtbot.keyClick(window.timeline.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "&File",
        "&Edit",
        "&View",
        "&Go",
        "&Today",
        "&Person",
        "&Entry",
        "&Goal",
        "&Mentorship",
        "&Help",
    ]


def test_status_bar_and_title_name_the_journal(window: MainWindow, qtbot: QtBot) -> None:
    journal = window.journal
    qtbot.waitUntil(lambda: bool(window.counts_label.text()))
    assert journal.path.name in window.windowTitle()
    assert window.path_label.text().endswith(journal.path.name)
    assert window.counts_label.text() == "5 people · 3 entries"
    assert window.search.accessibleName()


def test_counts_follow_changes(window: MainWindow, qtbot: QtBot) -> None:
    window.journal.people.create("Zoe Zimmer")
    qtbot.waitUntil(lambda: window.counts_label.text() == "6 people · 3 entries")


def test_geometry_and_columns_are_remembered(
    small_journal: tuple[Journal, Facts], settings: QSettings, qtbot: QtBot
) -> None:
    journal, _ = small_journal
    first = MainWindow(journal, settings)
    qtbot.addWidget(first)
    first.resize(700, 520)  # inside the offscreen screen (800 by 600)
    first.show()
    qtbot.waitExposed(first)
    first.tabs.setCurrentWidget(first.timeline)
    first.contacts.view.setColumnWidth(1, 333)
    first.contacts.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    size = (first.width(), first.height())
    first.close()
    assert settings.value("MainWindow/geometry")
    assert settings.value("Contacts/header")
    assert settings.value("Contacts/splitter")

    second = MainWindow(journal, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size
    assert second.tabs.currentWidget() is second.today  # every start is on Today
    assert second.contacts.view.columnWidth(1) == 333
    assert second.contacts.model.sort_column() == 3
    assert second.contacts.model.sort_order() == Qt.SortOrder.DescendingOrder
    second.close()


def test_closing_the_window_stops_following_the_journal(window: MainWindow, qtbot) -> None:
    model = window.contacts.model
    window.close()
    with qtbot.assertNotEmitted(model.rowsInserted):
        window.journal.people.create("Aaron Abbott")


def test_an_empty_journal_says_so_in_each_list(
    journal: Journal, settings: QSettings, qtbot: QtBot
) -> None:
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    messages = []
    for tab in window.list_tabs():
        window.tabs.setCurrentWidget(tab)
        empty = tab.view.empty_state()
        assert empty.isVisible()
        messages.append(empty.accessibleName())
        assert not tab.detail.toPlainText().strip()  # the list says it all
    assert messages == ["No people yet", "No goals yet", "No mentorships yet", "No entries yet"]
    window.tabs.setCurrentWidget(window.contacts)
    journal.people.create("Ana Silva")
    assert window.contacts.model.rowCount() == 1
    assert window.contacts.view.empty_state().isHidden()
    assert "Select a person" in window.contacts.detail.toPlainText()


def test_the_view_pulls_pages_as_it_needs_rows(
    small_journal: tuple[Journal, Facts], settings: QSettings, qtbot: QtBot
) -> None:
    journal, _ = small_journal
    window = MainWindow(journal, settings, page_size=2)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.contacts)
    # Five short rows do not fill the view: it asks for pages until they are all there.
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 5)
    assert window.contacts.model.complete
    window.tabs.setCurrentWidget(window.timeline)
    qtbot.waitUntil(lambda: window.timeline.model.complete)
    assert len(window.timeline.model.ids) == 3


def test_a_temporary_settings_file_is_used(settings: QSettings, tmp_path: Path) -> None:
    assert Path(settings.fileName()).parent == tmp_path


def test_the_privacy_screen_is_one_switch_for_the_whole_window(
    window: MainWindow, small_journal, qtbot: QtBot
) -> None:
    journal, facts = small_journal
    journal.people.update(facts.people["Bruno"], notes="Secret-marker-77")
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_id(facts.people["Bruno"])
    notes = window.contacts.editor.notes_edit
    assert notes.isVisibleTo(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.privacy.enabled
    assert not notes.isVisibleTo(window)  # hidden in the editor, and everywhere else
    assert window.privacy.action in window.menuBar().actions()[2].menu().actions()
    window.privacy.action.trigger()
    assert not window.privacy.enabled
    assert notes.isVisibleTo(window)
    assert notes.toPlainText() == "Secret-marker-77"


def test_settings_from_the_edit_menu_are_saved_and_told(
    window: MainWindow, settings: QSettings, qtbot: QtBot
) -> None:
    told: list[list[str]] = []
    window.settings_changed.connect(told.append)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    dialog.cadence.setValue(21)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert told == [["Reminders/defaultCadenceDays"]]
    assert int(settings.value("Reminders/defaultCadenceDays")) == 21


def test_the_network_tab_opens_what_its_views_name(window: MainWindow) -> None:
    person = window.journal.people.page(limit=1).ids[0]
    window.tabs.setCurrentWidget(window.network)
    window.network.map.show_person.emit(person)
    assert window.tabs.currentWidget() is window.contacts
    assert window.contacts.shown_person_id() == person


def test_a_new_date_style_and_week_start_reach_what_is_already_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    since = window.timeline.filter_bar.since
    assert since.displayFormat() == "M/d/yyyy"
    assert since.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    window.tabs.setCurrentWidget(window.goals)
    changed: list[int] = []
    window.goals.model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    try:
        dialog.date_format.setCurrentIndex(dialog.date_format.findData("iso"))
        dialog.week_start.setCurrentIndex(dialog.week_start.findData(1))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        # The timeline's filter fields, made before, now in ISO with weeks from Monday.
        assert since.displayFormat() == "yyyy-MM-dd"
        assert since.text() == since.date().toString("yyyy-MM-dd")
        assert since.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
        # And the lists were told to paint their dates again.
        assert changed
    finally:
        reset_applied()
