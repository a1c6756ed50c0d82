"""The goal editor driven as a user would: typing saves after a pause, refusals are said
under their field and nothing is half-saved, and every control has a name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.goals.editor import GoalEditor
from netjournal.ui.goals.tab import GoalsTab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def tab(journal: Journal, qtbot: QtBot) -> Iterator[GoalsTab]:
    tab = GoalsTab(journal)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    yield tab
    tab.shutdown()


def click(qtbot: QtBot, tab: GoalsTab, widget: QWidget) -> None:
    QApplication.processEvents()  # new rows are laid out
    tab.scroll.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, LEFT)


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)


def pick_date(editor: GoalEditor, edit: QDateEdit, day: QDate) -> None:
    """Pick a day for a date field (as its calendar does), then leave the field: the edit
    is saved as focus leaves."""
    edit.setFocus()
    edit.setDate(day)
    editor.title_edit.setFocus()


def test_typing_is_saved_after_a_pause(tab: GoalsTab, journal: Journal, qtbot: QtBot) -> None:
    goal_id = journal.goals.create("Pass the exam", "exam").id
    assert tab.show_goal(goal_id)
    editor = tab.editor
    editor.why_edit.setFocus()
    qtbot.keyClicks(editor.why_edit, "So that I can apply abroad.")
    assert journal.goals.get(goal_id).why == ""  # not on every keystroke
    qtbot.waitUntil(lambda: journal.goals.get(goal_id).why == "So that I can apply abroad.")
    editor.category.setFocus()
    qtbot.keyClick(editor.category, Qt.Key.Key_End)  # Personal, the last
    assert journal.goals.get(goal_id).category == "personal"
    editor.horizon.setFocus()
    qtbot.keyClick(editor.horizon, Qt.Key.Key_Down)
    assert journal.goals.get(goal_id).horizon == "long"
    # Progress by hand, while the goal has no milestones.
    assert editor.progress.isEnabled()
    editor.progress.setFocus()
    editor.progress.selectAll()
    qtbot.keyClicks(editor.progress, "40")
    qtbot.waitUntil(lambda: journal.goals.get(goal_id).progress == 40)
    assert tab.model.data(tab.model.index(0, tab.model.column_index("progress"))) == "40%"
    assert "by hand" in editor.progress_note.text()
    # A milestone takes over the progress; the spin box says why it is off.
    journal.goals.add_milestone(goal_id, "Book the exam")
    assert not editor.progress.isEnabled()
    assert editor.progress.value() == 0
    assert "remove them to set it by hand" in editor.progress_note.text()


def test_a_target_before_the_start_is_refused_under_it_and_the_old_target_kept(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    goal_id = journal.goals.create(
        "Win the scholarship", start_on=date(2025, 3, 1), target_on=date(2025, 6, 1)
    ).id
    assert tab.show_goal(goal_id)
    editor = tab.editor
    assert editor.target_on.edit.date() == QDate(2025, 6, 1)
    pick_date(editor, editor.target_on.edit, QDate(2025, 1, 15))
    assert editor.target_on.edit.date() == QDate(2025, 1, 15)
    qtbot.waitUntil(lambda: bool(editor.error_text("target_on")))
    assert editor.error_text("target_on") == "The target date cannot be before the start date."
    error = editor.findChild(QLabel, "error_target_on")
    assert error.isVisible()
    assert error.text() == editor.error_text("target_on")
    assert editor.target_on.edit.property("invalid") is True
    assert journal.goals.get(goal_id).target_on == date(2025, 6, 1)
    # Moving the start earlier makes the target good: both are saved, the mark goes.
    pick_date(editor, editor.start_on.edit, QDate(2025, 1, 1))
    qtbot.waitUntil(lambda: journal.goals.get(goal_id).target_on == date(2025, 1, 15))
    assert journal.goals.get(goal_id).start_on == date(2025, 1, 1)
    assert not error.isVisible()
    assert editor.target_on.edit.property("invalid") is False


def test_an_empty_title_is_refused_and_the_title_kept(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    goal_id = journal.goals.create("Learn Spanish").id
    assert tab.show_goal(goal_id)
    editor = tab.editor
    retype(qtbot, editor.title_edit, "")
    qtbot.waitUntil(lambda: bool(editor.error_text("title")))
    assert journal.goals.get(goal_id).title == "Learn Spanish"
    assert editor.findChild(QLabel, "error_title").isVisible()
    qtbot.keyClicks(editor.title_edit, "Speak Spanish")
    qtbot.waitUntil(lambda: journal.goals.get(goal_id).title == "Speak Spanish")
    assert not editor.error_text("title")
    assert editor.title_label.text() == "Speak Spanish"


def test_a_milestone_without_a_title_is_refused_under_it(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    goal_id = journal.goals.create("Win the scholarship").id
    assert tab.show_goal(goal_id)
    milestones = tab.editor.milestones
    assert milestones.empty.isVisible()
    click(qtbot, tab, milestones.add_button)
    assert journal.goals.get(goal_id).milestones == ()
    assert milestones.new_error.isVisible()
    assert milestones.new_error.text() == milestones.errors.text("new")
    assert "Milestone" in milestones.new_error.text()

    qtbot.keyClicks(milestones.new_title, "Ask for letters")
    milestones.new_due.edit.setDate(QDate(2025, 4, 1))
    click(qtbot, tab, milestones.add_button)
    (added,) = journal.goals.get(goal_id).milestones
    assert (added.title, added.due_on) == ("Ask for letters", date(2025, 4, 1))
    assert not milestones.new_error.isVisible()
    assert milestones.new_title.text() == ""
    assert not milestones.empty.isVisible()

    # A milestone's title typed away is refused the same way; the journal keeps it.
    row = milestones.row(added.id)
    retype(qtbot, row.title, "")
    qtbot.waitUntil(row.error.isVisible)
    assert journal.goals.get(goal_id).milestones[0].title == "Ask for letters"
    qtbot.keyClicks(row.title, "Ask two professors for letters")
    qtbot.waitUntil(
        lambda: journal.goals.get(goal_id).milestones[0].title == "Ask two professors for letters"
    )
    assert not row.error.isVisible()
    # Its due date is edited in place; Remove takes it out, and undo puts it back.
    pick_date(tab.editor, row.due.edit, QDate(2025, 4, 15))
    qtbot.waitUntil(lambda: journal.goals.get(goal_id).milestones[0].due_on == date(2025, 4, 15))
    click(qtbot, tab, row.remove)
    assert journal.goals.get(goal_id).milestones == ()
    assert tab.undo_notice.isVisible()
    qtbot.mouseClick(tab.undo_notice.button, LEFT)
    (back,) = journal.goals.get(goal_id).milestones
    assert (back.title, back.due_on) == ("Ask two professors for letters", date(2025, 4, 15))


def test_moving_milestones_with_the_buttons_and_the_keyboard(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    goal_id = journal.goals.create("Ship the capstone").id
    ids = [journal.goals.add_milestone(goal_id, t).id for t in ("Plan", "Build", "Present")]
    assert tab.show_goal(goal_id)
    milestones = tab.editor.milestones
    assert not milestones.row(ids[0]).up.isEnabled()
    assert not milestones.row(ids[2]).down.isEnabled()
    click(qtbot, tab, milestones.row(ids[0]).down)
    assert [m.id for m in journal.goals.get(goal_id).milestones] == [ids[1], ids[0], ids[2]]
    first = milestones.row(ids[1])
    first.title.setFocus()
    qtbot.keyClick(first.title, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [m.id for m in journal.goals.get(goal_id).milestones] == [ids[0], ids[1], ids[2]]
    assert first.title.accessibleName() == "Milestone 2"


def test_myself_is_refused_as_a_member_with_the_journals_reason(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    me = journal.people.create("Sam Me").id
    journal.people.set_self(me)
    goal_id = journal.goals.create("Run a half marathon").id
    assert tab.show_goal(goal_id)
    members = tab.editor.members
    assert members.empty.isVisible()
    members.picker.edit.setFocus()
    qtbot.keyClicks(members.picker.edit, "Sam")
    qtbot.keyClick(members.picker.edit, Qt.Key.Key_Return)
    assert journal.goals.get(goal_id).members == ()
    assert members.add_error.isVisible()
    assert "not yourself" in members.add_error.text()


def test_removing_a_member_and_showing_one(tab: GoalsTab, journal: Journal, qtbot: QtBot) -> None:
    ana = journal.people.create("Ana Silva").id
    goal_id = journal.goals.create("Win the scholarship", members=[(ana, "mentor")]).id
    assert tab.show_goal(goal_id)
    row = tab.editor.members.row(ana)
    assert row.role.currentText() == "Mentor"
    assert row.role.accessibleName() == "Role of Ana Silva"
    with qtbot.waitSignal(tab.show_person) as shown:
        qtbot.mouseDClick(row.name, LEFT)
    assert shown.args == [ana]
    click(qtbot, tab, row.remove)
    assert journal.goals.get(goal_id).members == ()
    assert tab.editor.members.rows == []


def test_picking_achieved_as_the_status_achieves_and_offers_to_celebrate(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    ana = journal.people.create("Ana Silva").id
    goal_id = journal.goals.create("Pass the exam", members=[(ana, "supporter")]).id
    assert tab.show_goal(goal_id)
    editor = tab.editor
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # Active → Achieved
    goal = journal.goals.get(goal_id)
    assert (goal.status, goal.achieved_on) == ("achieved", date.today())
    assert editor.status.currentText() == "Achieved"
    dialog = tab.celebrate_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()
    # Not celebrated: the editor offers it again, as does the menu.
    assert editor.celebrate_button.isVisible()
    assert tab.celebrate_action.isEnabled()
    assert not tab.achieve_action.isEnabled()
    click(qtbot, tab, editor.celebrate_button)
    assert tab.celebrate_dialog is not dialog
    assert tab.celebrate_dialog.isVisible()
    tab.celebrate_dialog.reject()
    # Back to active: the achievement date goes.
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Home)
    assert journal.goals.get(goal_id).achieved_on is None
    assert editor.achieve_button.isVisible()


def test_the_entries_about_the_goal_are_listed_and_open_with_enter(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    goal_id = journal.goals.create("Land an internship", "internship").id
    first = journal.entries.log(
        "call", datetime(2025, 3, 5, 15, 0, tzinfo=UTC), title="Recruiter call", goal_ids=[goal_id]
    ).id
    journal.entries.log("note", datetime(2025, 3, 6, 9, 0, tzinfo=UTC), title="Unrelated")
    assert tab.show_goal(goal_id)
    entries = tab.editor.entries
    assert entries.topLevelItemCount() == 1
    item = entries.topLevelItem(0)
    assert [item.text(n) for n in range(3)] == ["3/5/2025", "Call", "Recruiter call"]
    # A new entry about it joins the list.
    journal.entries.log(
        "coffee", datetime(2025, 3, 9, 9, 0, tzinfo=UTC), title="Coffee", goal_ids=[goal_id]
    )
    assert entries.topLevelItemCount() == 2
    assert entries.topLevelItem(0).text(2) == "Coffee"
    entries.setFocus()
    entries.setCurrentItem(entries.topLevelItem(1))
    qtbot.keyClick(entries, Qt.Key.Key_Return)
    dialog = tab.editor.entry_dialog
    assert isinstance(dialog, EntryDialog)
    assert dialog.entry_id == first
    assert dialog.isVisible()
    dialog.reject()


def test_every_control_of_the_editor_has_a_name(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    ana = journal.people.create("Ana Silva", skills_offered=["SQL"]).id
    goal_id = journal.goals.create(
        "Win the scholarship", members=[(ana, "mentor")], skills=["SQL"]
    ).id
    journal.goals.add_milestone(goal_id, "Ask for letters")
    journal.entries.log("call", datetime(2025, 3, 5, tzinfo=UTC), [ana], goal_ids=[goal_id])
    assert tab.show_goal(goal_id)
    editor = tab.editor
    assert editor.could_help.count() == 1
    buddies = {label.buddy() for label in editor.findChildren(QLabel) if label.buddy() is not None}
    unnamed = []
    for widget in editor.findChildren(QWidget):
        interactive = isinstance(
            widget,
            QAbstractButton
            | QLineEdit
            | QPlainTextEdit
            | QComboBox
            | QAbstractSpinBox
            | QAbstractItemView,
        )
        # The line edit inside a spin box or combo box is part of it.
        inner = isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if not interactive or inner or not focusable or not widget.isVisibleTo(editor):
            continue
        if not widget.accessibleName() and widget not in buddies:
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
    # Captions lead to their fields.
    assert editor.title_edit in buddies
    assert editor.target_on.edit in buddies
    assert editor.progress.accessibleName() == "Progress, set by hand"
