"""The Mentorships tab: agreements grouped by my role, its three views, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.journal.records import Agreement
from netjournal.ui.format import DueStatus
from netjournal.ui.mentorships.new_agreement import NewAgreementDialog
from netjournal.ui.mentorships.tab import MentorshipsTab
from netjournal.ui.models.agreements import AgreementRole, AgreementsTableModel
from netjournal.ui.models.base import Role

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def make_tab(journal: Journal, qtbot: QtBot) -> MentorshipsTab:
    tab = MentorshipsTab(journal)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def many(small_journal: tuple[Journal, Facts]) -> tuple[Journal, Facts, dict[str, int]]:
    """The small journal with a peer and a second mentee: every group has agreements."""
    journal, facts = small_journal
    more = {
        "chiara": journal.mentorships.create(
            facts.people["Chiara"], "peer", status="active", formal=True, program="Study circle"
        ).id,
        "dmitri": journal.mentorships.create(
            facts.people["Dmitri"],
            "mentor",
            status="active",
            started_on=date.today() - timedelta(days=3),
            cadence_days=30,
        ).id,
    }
    return journal, facts, more


@pytest.fixture
def tab(many, qtbot: QtBot) -> Iterator[MentorshipsTab]:
    journal, _facts, _more = many
    tab = make_tab(journal, qtbot)
    yield tab
    tab.shutdown()


def rows(model: AgreementsTableModel) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def activate(tab: QWidget, qtbot: QtBot) -> None:
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)


# --- the grouped list -------------------------------------------------------------------


def test_agreements_are_grouped_by_my_role_under_headers(tab: MentorshipsTab, many) -> None:
    model = tab.model
    assert rows(model) == [
        "Mentoring (2)",
        "Ana Silva",
        "Dmitri Petrov",
        "Being mentored (1)",
        "Bruno Costa",
        "Peers (1)",
        "Chiara Rossi",
    ]
    assert model.headers() == ["Mentoring", "Being mentored", "Peers"]
    # A header spans the row, can be neither selected nor opened, and says what it is.
    for row in (0, 3, 5):
        assert model.is_header(row)
        assert tab.view.columnSpan(row, 0) == model.columnCount()
        assert model.flags(model.index(row, 0)) == (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        )
        assert model.data(model.index(row, 0), AgreementRole.HEADER) is True
        assert model.data(model.index(row, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, 0), AgreementRole.HEADER) is False
    # Ids are the agreements only, in list order.
    _journal, facts, more = many
    assert model.ids == (
        facts.agreements["ana"],
        more["dmitri"],
        facts.agreements["bruno"],
        more["chiara"],
    )
    # The first agreement is selected, not its header.
    assert tab.current_id() == facts.agreements["ana"]


def test_rows_read_at_a_glance(tab: MentorshipsTab, many) -> None:
    journal, facts, more = many
    model = tab.model
    bruno = model.row_of(facts.agreements["bruno"])
    column = model.column_index

    def cell(row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column(key)), role)

    assert cell(bruno, "person", AgreementRole.SUBTITLE) == "Informal"
    assert cell(model.row_of(more["chiara"]), "person", AgreementRole.SUBTITLE) == "Study circle"
    assert cell(bruno, "person", Qt.ItemDataRole.FontRole).bold()
    assert [c.text for c in cell(bruno, "status", Role.CHIPS)] == ["Active"]
    assert cell(bruno, "cadence") == "every 2 weeks"
    # Bruno's last session was the call of 5 March 2025: the next, two weeks on, is overdue.
    assert cell(bruno, "last_session").endswith("ago")
    assert "March 5, 2025" in cell(bruno, "last_session", Qt.ItemDataRole.ToolTipRole)
    assert cell(bruno, "next_session").startswith("Overdue · ")
    (chip,) = cell(bruno, "next_session", Role.CHIPS)
    assert chip.text == "Overdue"
    assert chip.colour == DueStatus.OVERDUE.colour
    assert "March 19, 2025" in cell(bruno, "next_session", Qt.ItemDataRole.ToolTipRole)
    # Dmitri's next session is ahead: no mark. Ana's proposal has none: a dash.
    dmitri = model.row_of(more["dmitri"])
    assert cell(dmitri, "next_session") == "in 4 weeks"
    assert cell(dmitri, "next_session", Role.CHIPS) is None
    ana = model.row_of(facts.agreements["ana"])
    assert cell(ana, "next_session") == "—"
    assert "not active" in cell(ana, "next_session", Qt.ItemDataRole.ToolTipRole)
    assert cell(ana, "last_session") == "None yet"
    assert cell(ana, "open_actions") == "None"

    # Open action items, with how many are overdue.
    journal.mentorships.add_action(
        "Send the CV",
        due_on=date.today() - timedelta(days=2),
        agreement_id=facts.agreements["bruno"],
    )
    journal.mentorships.add_action("Read the paper", agreement_id=facts.agreements["bruno"])
    assert cell(bruno, "open_actions") == "2 · 1 overdue"
    (chip,) = cell(bruno, "open_actions", Role.CHIPS)
    assert chip.text == "1 overdue"
    assert cell(bruno, "open_actions", Role.TRAILING) == "of 2"


def test_the_model_passes_the_model_tester_through_changes(
    tab: MentorshipsTab, many, qtmodeltester, qtbot: QtBot
) -> None:
    journal, facts, more = many
    model = tab.model
    qtmodeltester.check(model)
    # A proposal's role changes: it moves to its new group, under its header, and stays
    # selected with its editor.
    assert tab.select_id(facts.agreements["ana"])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsMoved):
        journal.mentorships.update(facts.agreements["ana"], my_role="peer")
    assert tab.current_id() == facts.agreements["ana"]
    assert tab.editor.agreement_id == facts.agreements["ana"]
    assert tab.view.columnSpan(1, 0) == 1  # Dmitri's row, no longer a header's place
    assert rows(model) == [
        "Mentoring (1)",
        "Dmitri Petrov",
        "Being mentored (1)",
        "Bruno Costa",
        "Peers (2)",
        "Ana Silva",
        "Chiara Rossi",
    ]
    assert tab.view.columnSpan(4, 0) == model.columnCount()
    # A group left empty loses its header; a new one gets one.
    journal.mentorships.delete(facts.agreements["bruno"])
    assert model.headers() == ["Mentoring", "Peers"]
    elif_ = journal.mentorships.create(facts.people["Elif"], "mentee").id
    assert model.headers() == ["Mentoring", "Being mentored", "Peers"]
    assert model.row_of(elif_) == 3
    assert tab.view.columnSpan(2, 0) == model.columnCount()
    model.sort(model.column_index("person"), Qt.SortOrder.DescendingOrder)
    assert rows(model)[-2:] == ["Chiara Rossi", "Ana Silva"]
    assert model.headers() == ["Mentoring", "Being mentored", "Peers"]  # groups stay in order
    qtmodeltester.check(model)
    assert more["dmitri"] in model.ids


def test_the_status_filter_shows_one_status(tab: MentorshipsTab, many) -> None:
    _journal, facts, _more = many
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("proposed"))
    assert tab.model.ids == (facts.agreements["ana"],)
    assert rows(tab.model) == ["Mentoring (1)", "Ana Silva"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("completed"))
    assert tab.model.rowCount() == 0
    empty = tab.view.empty_state()
    assert empty.isVisible()
    assert empty.accessibleName() == "No agreements are completed"
    assert not tab.empty_button.isVisible()  # a filter, not an empty journal
    # Showing an agreement the filter hides clears the filter.
    assert tab.show_agreement(facts.agreements["bruno"])
    assert tab.status_filter.currentData() is None
    assert tab.current_id() == facts.agreements["bruno"]


def test_the_keyboard_steps_over_group_headers(tab: MentorshipsTab, many, qtbot: QtBot) -> None:
    _journal, facts, more = many
    assert tab.select_id(more["dmitri"])
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.current_id() == facts.agreements["bruno"]
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)
    assert tab.current_id() == more["dmitri"]
    assert tab.editor.agreement_id == more["dmitri"]


def test_an_empty_journal_says_so_with_the_action_that_fills_it(
    journal: Journal, qtbot: QtBot
) -> None:
    tab = make_tab(journal, qtbot)
    empty = tab.view.empty_state()
    assert empty.isVisible()
    assert empty.accessibleName() == "No mentorships yet"
    assert tab.empty_button.isVisible()
    assert tab.empty_button.text() == "New agreement…"
    assert not tab.detail.toPlainText().strip()
    qtbot.mouseClick(tab.empty_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(NewAgreementDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()
    person = journal.people.create("Ana Silva")
    journal.mentorships.create(person.id, "mentee")
    assert not tab.empty_button.isVisible()
    assert rows(tab.model) == ["Being mentored (1)", "Ana Silva"]
    tab.shutdown()


# --- delete and undo --------------------------------------------------------------------


def test_delete_names_what_stays_and_goes_and_undo_restores_it(
    tab: MentorshipsTab, many, qtbot: QtBot
) -> None:
    journal, facts, _more = many
    bruno = facts.agreements["bruno"]
    journal.mentorships.add_action("Send the CV", agreement_id=bruno)
    journal.mentorships.update(bruno, reason="Closer to exams", cadence_days=7)
    revisions = journal.mentorships.get(bruno).revisions
    asked: list[tuple[str, int, int]] = []

    def confirm(agreement: Agreement, entries: int, actions: int) -> bool:
        asked.append((agreement.person_name, entries, actions))
        return True

    tab.confirm_delete = confirm  # type: ignore[method-assign]
    assert tab.select_id(bruno)
    activate(tab, qtbot)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert asked == [("Bruno Costa", 1, 1)]  # its call stays, its action item goes
    assert bruno not in tab.model.ids
    assert [a.id for a in journal.mentorships.rows()].count(bruno) == 0
    assert journal.entries.get(facts.entries["call"]).agreement_id is None
    assert tab.undo_notice.isVisible()
    assert tab.undo_notice.message.text() == "Deleted the agreement with Bruno Costa —"

    qtbot.mouseClick(tab.undo_notice.button, Qt.MouseButton.LeftButton)
    restored = journal.mentorships.get(bruno)
    assert [(r.number, r.reason) for r in restored.revisions] == [
        (r.number, r.reason) for r in revisions
    ]
    assert restored.cadence_days == 7
    assert len(journal.mentorships.actions(agreement_id=bruno)) == 1
    assert tab.current_id() == bruno
    assert tab.editor.agreement_id == bruno


def test_delete_asks_first_and_a_no_keeps_it(tab: MentorshipsTab, many) -> None:
    journal, facts, _more = many
    tab.confirm_delete = lambda *_args: False  # type: ignore[method-assign]
    assert tab.select_id(facts.agreements["ana"])
    assert not tab.delete_agreement()
    assert journal.mentorships.get(facts.agreements["ana"]).person_name == "Ana Silva"
    assert not tab.undo_notice.isVisible()


# --- the three views ----------------------------------------------------------------------


def test_the_views_are_switched_by_buttons_with_names(
    tab: MentorshipsTab, many, qtbot: QtBot
) -> None:
    _journal, facts, more = many
    buttons = tab.view_button
    assert [buttons[k].accessibleName() for k in ("agreements", "mentees", "outreach")] == [
        "Agreements",
        "My mentees",
        "Finding a mentor",
    ]
    for button in buttons.values():
        assert button.isCheckable()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert buttons["agreements"].isChecked()
    qtbot.mouseClick(buttons["mentees"], Qt.MouseButton.LeftButton)
    assert tab.views.currentWidget() is tab.overview
    assert tab.current_view() == "mentees"
    # Opening an agreement from the mentees comes back to it.
    tab.overview.open_agreement.emit(more["dmitri"])
    assert tab.current_view() == "agreements"
    assert buttons["agreements"].isChecked()
    assert tab.current_id() == more["dmitri"]

    buttons["outreach"].setFocus()
    qtbot.keyClick(buttons["outreach"], Qt.Key.Key_Space)
    assert tab.views.currentWidget() is tab.outreach
    tab.outreach.agreement_created.emit(facts.agreements["ana"])
    assert tab.current_view() == "agreements"
    assert tab.current_id() == facts.agreements["ana"]


def test_the_menu_and_the_actions_the_window_relies_on(tab: MentorshipsTab, many) -> None:
    _journal, facts, _more = many
    menu = tab.build_menu(tab)
    assert menu.title() == "&Mentorship"
    entries = [(a.text(), a.shortcut().toString()) for a in menu.actions() if a.text()]
    assert entries == [
        ("New &Agreement…", "Ctrl+Shift+M"),
        ("Log a &Session…", "Ctrl+Shift+S"),
        ("&Review…", "Ctrl+Shift+R"),
        ("Re&vise Terms…", "Ctrl+Shift+J"),
        ("&History…", "Ctrl+Shift+H"),
        ("Share a S&ummary…", "Ctrl+Shift+U"),
        ("&Delete…", "Del"),
        ("&Outreach", ""),  # finding a mentor's actions, in a sub-menu
    ]
    assert tab.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert tab.select_id(facts.agreements["ana"])  # a proposal
    assert tab.session_action.isEnabled()
    assert not tab.revise_action.isEnabled()
    assert tab.select_id(facts.agreements["bruno"])
    assert tab.revise_action.isEnabled()
    assert tab.revise_terms()
    assert tab.editor.revising
    assert not tab.revise_action.isEnabled()


def test_show_in_contacts_asks_the_window(tab: MentorshipsTab, many, qtbot: QtBot) -> None:
    _journal, facts, _more = many
    assert tab.select_id(facts.agreements["bruno"])
    with qtbot.waitSignal(tab.show_person) as shown:
        qtbot.mouseClick(tab.editor.contacts_button, Qt.MouseButton.LeftButton)
    assert shown.args == [facts.people["Bruno"]]


def test_the_state_is_remembered(many, settings: QSettings, qtbot: QtBot) -> None:
    journal, facts, _more = many
    first = make_tab(journal, qtbot)
    first.splitter.setSizes([500, 780])
    first.status_filter.setCurrentIndex(first.status_filter.findData("active"))
    first.show_view("outreach")
    first.save_state(settings)
    sizes = first.splitter.sizes()
    first.shutdown()

    second = make_tab(journal, qtbot)
    second.restore_state(settings)
    assert second.current_view() == "outreach"
    assert second.view_button["outreach"].isChecked()
    assert second.model.status == "active"
    assert facts.agreements["ana"] not in second.model.ids
    assert second.splitter.sizes() == sizes
    second.shutdown()


def test_shutdown_stops_following_the_journal(tab: MentorshipsTab, many, qtbot: QtBot) -> None:
    journal, facts, _more = many
    tab.shutdown()
    with qtbot.assertNotEmitted(tab.model.rowsInserted):
        journal.mentorships.create(facts.people["Elif"], "peer")
