"""Finding a mentor, driven as a user: add someone, move them through the stages, write
notes and the first message (saved after the pause), copy it, remove and undo, and agree."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal, validate
from netjournal.ui.mentorships.outreach import OutreachView, first_message
from netjournal.ui.models.base import Role
from netjournal.ui.models.outreach import OutreachTableModel

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

TODAY = date.today()


@dataclass(frozen=True)
class People:
    journal: Journal
    hana: int
    daniel: int
    me: int


@pytest.fixture
def people(journal: Journal) -> People:
    """Hana (not on the list yet), Daniel (contacted three weeks ago), and me."""
    hana = journal.people.create(
        "Hana Kim",
        given_name="Hana",
        family_name="Kim",
        organization="Northwind Analytics",
        role="Data scientist",
    ).id
    daniel = journal.people.create(
        "Daniel Weber", organization="Blue Heron Robotics", role="Engineering manager"
    ).id
    me = journal.people.create("Sam Taylor").id
    journal.people.set_self(me)
    journal.outreach.set_stage(daniel, "contacted", TODAY - timedelta(days=21))
    return People(journal, hana, daniel, me)


@pytest.fixture
def view(people: People, qtbot: QtBot) -> Iterator[OutreachView]:
    widget = OutreachView(people.journal)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def names(view: OutreachView) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add_through_the_dialog(view: OutreachView, qtbot: QtBot, typed: str) -> None:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.add_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.picker.edit, typed)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)  # picks the first suggestion
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def choose_stage(view: OutreachView, qtbot: QtBot, steps: int, move_on: bool = True) -> None:
    """Move the stage field down (or up) by `steps` entries with the arrow keys; with
    `move_on`, then Tab to the next field, which saves the choice at once."""
    combo = view.editor.stage
    combo.setFocus()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, key)
    if move_on:
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
        assert not view.editor.pending.has("stage")


def stage_steps(view: OutreachView, stage: str) -> int:
    combo = view.editor.stage
    return combo.findData(stage) - combo.currentIndex()


def test_an_empty_list_says_how_to_fill_it(journal: Journal, qtbot: QtBot) -> None:
    widget = OutreachView(journal)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    empty = widget.view.empty_state()
    assert empty.isVisible()
    assert "No potential mentors yet" in empty.text()
    assert "Add a potential mentor…" in empty.text()
    assert widget.shown_person_id() is None
    assert not widget.remove_action.isEnabled()
    widget.shutdown()


def test_adding_someone_from_contacts_puts_them_on_the_list(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    assert names(view) == ["Daniel Weber"]
    add_through_the_dialog(view, qtbot, "Hana")
    row = people.journal.outreach.get(people.hana)
    assert (row.stage, row.stage_on) == ("identified", TODAY)
    # Identified comes before contacted; the new person is shown.
    assert names(view) == ["Hana Kim", "Daniel Weber"]
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Hana Kim, Data scientist · Northwind Analytics"
    )
    assert view.model.index(0, 1).data(Role.CHIPS)[0].text == "Identified"
    assert view.current_id() == people.hana
    assert view.editor.title.text() == "Hana Kim"
    assert view.editor.stage.currentText() == "Identified"


def test_adding_a_new_name_adds_them_to_contacts_too(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.add_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.picker.edit, "Grace Hopper")
    assert "not in Contacts yet" in dialog.hint.text()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    row = next(r for r in people.journal.outreach.rows() if r.display_name == "Grace Hopper")
    assert row.stage == "identified"
    assert view.editor.title.text() == "Grace Hopper"


def test_adding_myself_is_refused_in_the_dialog(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    add_through_the_dialog(view, qtbot, "Sam")
    dialog = view.add_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "marked as you" in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert [r.person_id for r in people.journal.outreach.rows()] == [people.daniel]


def test_moving_through_the_stages_saves_stage_and_date_and_the_list_follows(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    journal = people.journal
    journal.outreach.set_stage(people.hana, "identified", TODAY - timedelta(days=40))
    assert names(view) == ["Hana Kim", "Daniel Weber"]
    view.select_id(people.hana)
    choose_stage(view, qtbot, 1, move_on=False)
    assert journal.outreach.get(people.hana).stage == "identified"  # not before the pause
    qtbot.waitUntil(lambda: journal.outreach.get(people.hana).stage == "researched")
    assert (journal.outreach.get(people.hana).stage, view.editor.stage.currentText()) == (
        "researched",
        "Researched",
    )
    assert journal.outreach.get(people.hana).stage_on == TODAY
    choose_stage(view, qtbot, 1)
    # Both contacted now: the one who has waited longest first; the selection stays on Hana.
    assert journal.outreach.get(people.hana).stage == "contacted"
    assert names(view) == ["Daniel Weber", "Hana Kim"]
    assert view.current_id() == people.hana
    assert view.editor.title.text() == "Hana Kim"
    stage_cell = view.model.index(0, 1)
    assert stage_cell.data() == "Contacted · waiting for 3 weeks"
    assert view.model.index(0, 2).data() == "3 weeks ago"
    # The step's date: she was written to a month ago, so she comes first again.
    month_ago = TODAY - timedelta(days=30)
    view.editor.step_date.setFocus()
    view.editor.step_date.setDate(QDate(month_ago.year, month_ago.month, month_ago.day))
    assert journal.outreach.get(people.hana).stage_on == TODAY  # not before the pause
    qtbot.waitUntil(lambda: journal.outreach.get(people.hana).stage_on == month_ago)
    assert names(view) == ["Hana Kim", "Daniel Weber"]
    assert view.current_id() == people.hana
    assert view.editor.step_when.text() == "4 weeks ago"
    assert "gentle follow-up" in view.editor.advice.text()


def test_notes_and_message_are_saved_after_the_pause(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    journal = people.journal
    view.select_id(people.daniel)
    editor = view.editor
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Met at the robotics fair")
    assert journal.outreach.get(people.daniel).notes == ""
    qtbot.waitUntil(lambda: journal.outreach.get(people.daniel).notes == "Met at the robotics fair")
    editor.message.setFocus()
    editor.message.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.message, " PS: I loved your talk.")
    qtbot.waitUntil(lambda: journal.outreach.get(people.daniel).message.endswith("your talk."))
    stored = journal.outreach.get(people.daniel).message
    assert stored.startswith("Hello Daniel,")
    assert stored == editor.message.toPlainText()


def test_a_refused_note_or_stage_says_why_and_keeps_what_was_stored(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    journal = people.journal
    journal.outreach.update(people.daniel, notes="Kept")
    view.select_id(people.daniel)
    editor = view.editor
    editor.notes.setFocus()
    line = "x" * 99 + "\n"
    editor.notes.insertPlainText(line * (validate.LONG_TEXT_MAX // len(line) + 1))
    qtbot.waitUntil(lambda: bool(editor.errors.text("notes")))
    assert "too long" in editor.errors.text("notes")
    error = editor.findChild(QLabel, "error_notes")
    assert error is not None
    assert error.isVisible()
    assert journal.outreach.get(people.daniel).notes == "Kept"
    # Someone marked as me meanwhile cannot be approached: the stage says so.
    journal.people.set_self(people.daniel)
    choose_stage(view, qtbot, 1)
    assert "marked as you" in editor.errors.text("stage")
    assert journal.outreach.get(people.daniel).stage == "contacted"


def test_copy_puts_the_edited_message_on_the_clipboard(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    view.select_id(people.daniel)
    editor = view.editor
    editor.message.selectAll()
    editor.message.setFocus()
    qtbot.keyClicks(editor.message, "Dear Daniel, a short question")
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Dear Daniel, a short question"
    # Copying saved it at once, without waiting for the pause.
    assert people.journal.outreach.get(people.daniel).message == "Dear Daniel, a short question"
    assert editor.copied.isVisible()
    assert "never sends" in editor.never_sends.text()


def test_the_template_names_the_person_and_reset_brings_it_back(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    journal = people.journal
    journal.outreach.set_stage(people.hana, "researched")
    view.select_id(people.hana)
    editor = view.editor
    text = editor.message.toPlainText()
    assert text.startswith("Hello Hana,")
    assert "Data scientist at Northwind Analytics" in text
    assert "20 minutes" in text
    assert "My name is Sam Taylor" in text
    assert text.endswith("Sam Taylor")
    assert journal.outreach.get(people.hana).message == ""  # shown, not stored
    assert text == first_message(journal.people.get(people.hana), "Sam Taylor")
    # Copying the untouched template copies it as shown.
    editor.copy_message()
    assert QGuiApplication.clipboard().text() == text
    editor.message.setFocus()
    editor.message.selectAll()
    qtbot.keyClicks(editor.message, "Hi")
    qtbot.waitUntil(lambda: journal.outreach.get(people.hana).message == "Hi")
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert journal.outreach.get(people.hana).message == ""
    assert editor.message.toPlainText() == text


def test_remove_and_undo_puts_them_back_with_notes_and_message(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    journal = people.journal
    journal.outreach.update(people.daniel, notes="Robotics fair", message="Dear Daniel")
    view.select_id(people.daniel)
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert journal.outreach.rows() == []
    assert view.view.empty_state().isVisible()
    notice = view.undo_notice
    assert notice.isVisible()
    assert "Removed Daniel Weber from the outreach list" in notice.message.text()
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    row = journal.outreach.get(people.daniel)
    assert (row.stage, row.stage_on, row.notes, row.message) == (
        "contacted",
        TODAY - timedelta(days=21),
        "Robotics fair",
        "Dear Daniel",
    )
    assert names(view) == ["Daniel Weber"]
    assert view.editor.notes.toPlainText() == "Robotics fair"


def test_agreed_offers_the_agreement_and_creates_it_when_accepted(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    journal = people.journal
    asked: list[str] = []

    def accept(name: str) -> bool:
        asked.append(name)
        return True

    view.confirm_create_agreement = accept  # type: ignore[method-assign]
    view.select_id(people.daniel)
    with qtbot.waitSignal(view.agreement_created, timeout=2000) as created:
        choose_stage(view, qtbot, stage_steps(view, "agreed"))
    assert asked == ["Daniel Weber"]
    agreement = journal.mentorships.get(created.args[0])
    assert (agreement.person_id, agreement.my_role, agreement.status) == (
        people.daniel,
        "mentee",
        "proposed",
    )
    assert journal.outreach.get(people.daniel).stage == "agreed"
    assert "proposed agreement" in view.editor.agreement_note.text()
    # Agreed again later: no second agreement, and it says where the first one is.
    choose_stage(view, qtbot, -1)
    choose_stage(view, qtbot, 1)
    qtbot.waitUntil(lambda: "already" in view.editor.agreement_note.text())
    assert asked == ["Daniel Weber"]
    assert len(journal.mentorships.rows(my_role="mentee")) == 1
    assert "already an agreement" in view.editor.agreement_note.text()


def test_an_agreement_the_journal_refuses_says_why(people: People, view: OutreachView) -> None:
    journal = people.journal
    journal.outreach.set_stage(people.daniel, "agreed")
    journal.people.set_self(people.daniel)  # marked as me after agreeing: no agreement then
    view.confirm_create_agreement = lambda name: True  # type: ignore[method-assign]
    view.select_id(people.daniel)
    assert view.offer_agreement(people.daniel) is None
    note = view.editor.agreement_note
    assert "marked as you" in note.text()
    assert note.isVisible()
    assert "font-weight: bold" in note.styleSheet()  # read as a refusal
    assert journal.mentorships.rows() == []


def test_agreed_but_not_now_creates_nothing(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    view.confirm_create_agreement = lambda name: False  # type: ignore[method-assign]
    view.select_id(people.daniel)
    with qtbot.assertNotEmitted(view.agreement_created, wait=100):
        choose_stage(view, qtbot, stage_steps(view, "agreed"))
    assert people.journal.outreach.get(people.daniel).stage == "agreed"
    assert people.journal.mentorships.rows() == []


def test_declined_is_met_with_a_kind_line_not_an_error(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    view.confirm_create_agreement = lambda name: pytest.fail("nothing to agree")  # type: ignore[method-assign]
    view.select_id(people.daniel)
    # Stepping with the arrow keys past "agreed" to "declined" saves only "declined".
    choose_stage(view, qtbot, stage_steps(view, "declined"))
    qtbot.wait(20)  # an agreement offer would come just after the save
    assert people.journal.outreach.get(people.daniel).stage == "declined"
    advice = view.editor.advice.text()
    assert "Not everyone can say yes" in advice
    assert view.editor.errors.keys() == set()
    assert view.model.index(0, 1).data() == "Declined"


def test_search_narrows_the_list(people: People, view: OutreachView) -> None:
    people.journal.outreach.set_stage(people.hana, "identified")
    people.journal.outreach.update(people.hana, notes="Speaks at PyData")
    view.set_search("pydata")
    assert names(view) == ["Hana Kim"]
    view.set_search("nobody")
    assert names(view) == []
    assert "No potential mentor matches “nobody”" in view.view.empty_state().text()
    view.set_search("")
    assert names(view) == ["Hana Kim", "Daniel Weber"]


def test_model_passes_the_model_tester(people: People, qtmodeltester) -> None:
    journal = people.journal
    model = OutreachTableModel(journal)
    qtmodeltester.check(model)
    journal.outreach.set_stage(people.hana, "meeting")
    journal.outreach.set_stage(people.daniel, "declined")
    journal.people.update(people.hana, display_name="Hana K.")
    removed = journal.outreach.remove(people.daniel)
    journal.outreach.put_back(removed)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Hana K.",
        "Daniel Weber",
    ]
    model.detach()


def test_every_interactive_widget_has_an_accessible_name(
    people: People, view: OutreachView, qtbot: QtBot
) -> None:
    from .test_mentees_overview import unnamed_interactive_widgets

    view.select_id(people.daniel)
    assert unnamed_interactive_widgets(view) == []
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.add_dialog is not None
    assert unnamed_interactive_widgets(view.add_dialog) == []


def test_shortcuts_reach_the_actions(people: People, view: OutreachView, qtbot: QtBot) -> None:
    assert view.add_action.shortcut().toString() == "Ctrl+Shift+A"
    assert view.copy_action.shortcut().toString() == "Ctrl+Shift+C"
    menu = view.build_menu(view)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Add a Potential Mentor…",
        "&Copy First Message",
        "&Remove from List",
    ]
    view.view.setFocus()
    qtbot.keyClick(
        view.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.add_dialog is not None
    assert view.add_dialog.isVisible()
