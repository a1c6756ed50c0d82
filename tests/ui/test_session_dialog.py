"""The session dialog driven as a user would: log a session with its notes and action
items, edit it, and see refusals (an action item with no title, an agreement that is
over) said in the dialog with nothing stored."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.ui.mentorships.session import SessionDialog, open_session_dialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


class Mentorship:
    """A counterpart, a goal, and an active agreement in which I am the mentee."""

    def __init__(self, journal: Journal, status: str = "active") -> None:
        self.person = journal.people.create("Mei Tanaka").id
        self.goal = journal.goals.create("Summer internship", "internship").id
        self.other_goal = journal.goals.create("Pass the exam", "exam").id
        self.agreement = journal.mentorships.create(
            self.person,
            "mentee",
            status=status,
            started_on=date.today() - timedelta(days=60),
            cadence_days=14,
            goal_ids=[self.goal],
        ).id


@pytest.fixture
def mentorship(journal: Journal) -> Mentorship:
    return Mentorship(journal)


def show(dialog: SessionDialog, qtbot: QtBot) -> SessionDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # focus goes as for a user
    return dialog


def click_ok(dialog: SessionDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def held_at() -> datetime:
    """Two days ago at 15:30, local time."""
    day = date.today() - timedelta(days=2)
    return datetime(day.year, day.month, day.day, 15, 30).astimezone()


def set_when(dialog: SessionDialog, moment: datetime) -> None:
    dialog.when.setDateTime(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    )


def test_logging_a_session_stores_its_notes_actions_and_goals(
    journal: Journal, mentorship: Mentorship, qtbot: QtBot
) -> None:
    dialog = show(SessionDialog(journal, mentorship.agreement), qtbot)
    assert dialog.windowTitle() == "Log a session"
    assert dialog.header.text() == "Session with Mei Tanaka · you are the mentee · every 2 weeks"
    # No session yet, started 60 days ago, every 2 weeks: overdue, and said in words.
    assert "Overdue" in dialog.due.text()
    assert "the next session was due on" in dialog.due.text()
    # Private by default, and the counterpart is named.
    for box in (dialog.agenda_shareable, dialog.notes_shareable, dialog.takeaways_shareable):
        assert box.text() == "Shareable with Mei Tanaka"
        assert not box.isChecked()
    assert "never leave the journal" in dialog.privacy.text()
    # The agreement's objectives are the goals discussed, unless the user says otherwise.
    assert dialog.goals.goal_ids() == [mentorship.goal]

    moment = held_at()
    set_when(dialog, moment)
    qtbot.keyClicks(dialog.title, "CV review")
    qtbot.keyClicks(dialog.agenda, "CV, then interviews")
    qtbot.keyClicks(dialog.notes, "Mei said *impact* first.")
    qtbot.keyClicks(dialog.takeaways, "Lead with results")
    dialog.takeaways_shareable.setFocus()
    qtbot.keyClick(dialog.takeaways_shareable, Qt.Key.Key_Space)

    # Two action items, from the keyboard: Enter in a title goes on to a new row.
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
    first = dialog.actions.rows[0]
    assert first.title.hasFocus()
    qtbot.keyClicks(first.title, "Rewrite the CV bullets")
    first.has_due.setFocus()
    qtbot.keyClick(first.has_due, Qt.Key.Key_Space)
    first.due.setDate(QDate(2031, 5, 1))
    qtbot.keyClick(first.title, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in an action item adds one; it does not save
    assert len(dialog.actions.rows) == 2
    second = dialog.actions.rows[1]
    assert second.title.hasFocus()
    qtbot.keyClicks(second.title, "Introduce me to a recruiter")
    second.owner.setCurrentIndex(second.owner.findText("Them"))
    qtbot.mouseClick(second.has_due, Qt.MouseButton.LeftButton)
    second.due.setDate(QDate(2031, 5, 8))
    click_ok(dialog, qtbot)

    assert not dialog.isVisible()
    (entry_id,) = journal.entries.page(agreement_id=mentorship.agreement).ids
    assert dialog.entry_id == entry_id
    entry = journal.entries.get(entry_id)
    assert entry.kind == "session"
    assert entry.agreement_id == mentorship.agreement
    assert entry.participant_ids == (mentorship.person,)
    assert entry.occurred_at == moment
    session = journal.mentorships.session(entry_id)
    assert session.title == "CV review"
    assert (session.agenda, session.agenda_shareable) == ("CV, then interviews", False)
    assert (session.notes, session.notes_shareable) == ("Mei said *impact* first.", False)
    assert (session.takeaways, session.takeaways_shareable) == ("Lead with results", True)
    assert session.goal_ids == (mentorship.goal,)
    actions = journal.mentorships.actions(agreement_id=mentorship.agreement)
    assert {(a.title, a.owner, a.due_on, a.entry_id, a.person_id) for a in actions} == {
        ("Rewrite the CV bullets", "me", date(2031, 5, 1), entry_id, mentorship.person),
        ("Introduce me to a recruiter", "them", date(2031, 5, 8), entry_id, mentorship.person),
    }
    agreement = journal.mentorships.get(mentorship.agreement)
    assert agreement.last_session_at == moment
    assert agreement.next_session_on == moment.date() + timedelta(days=14)
    items = journal.timeline.page(agreement_id=mentorship.agreement).items
    assert any(i.entry_id == entry_id and i.entry_kind == "session" for i in items)


def test_editing_a_session_changes_one_action_item_and_removes_another(
    journal: Journal, mentorship: Mentorship, qtbot: QtBot
) -> None:
    logged = journal.mentorships.log_session(
        mentorship.agreement,
        held_at(),
        agenda="Plan",
        notes="Private words",
        actions=[
            {"title": "Write the essay", "owner": "me", "due_on": date(2031, 1, 10)},
            {"title": "Read the draft", "owner": "them", "due_on": None},
            {"title": "Book a room", "owner": "me", "due_on": None},
        ],
        goal_ids=[mentorship.goal],
    )
    essay, draft, room = logged.actions
    journal.mentorships.complete_action(room.id, date(2030, 12, 1))

    dialog = show(SessionDialog(journal, entry_id=logged.entry_id), qtbot)
    assert dialog.windowTitle() == "Edit session"
    assert dialog.agenda.toPlainText() == "Plan"
    assert [r.title.text() for r in dialog.actions.rows] == [
        "Write the essay",
        "Read the draft",
        "Book a room",
    ]
    assert dialog.actions.rows[0].has_due.isChecked()
    assert dialog.actions.rows[2].done.text() == "Done 12/1/2030"
    # A goal added, the second action item removed, the first one changed.
    dialog.goals.add.setFocus()
    qtbot.keyClick(dialog.goals.add, Qt.Key.Key_Down)  # the one goal not picked yet
    assert dialog.goals.goal_ids() == [mentorship.goal, mentorship.other_goal]
    qtbot.mouseClick(dialog.actions.rows[1].remove, Qt.MouseButton.LeftButton)
    assert [r.title.text() for r in dialog.actions.rows] == ["Write the essay", "Book a room"]
    first = dialog.actions.rows[0]
    first.title.selectAll()
    qtbot.keyClicks(first.title, "Write the essay, second draft")
    first.owner.setCurrentIndex(first.owner.findData("them"))
    qtbot.keyClick(dialog.notes_shareable, Qt.Key.Key_Space)
    # Ctrl+Return saves from anywhere in the form.
    qtbot.keyClick(dialog.agenda, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    session = journal.mentorships.session(logged.entry_id)
    assert session.notes_shareable
    assert set(session.goal_ids) == {mentorship.goal, mentorship.other_goal}
    by_id = {a.id: a for a in session.actions}
    assert set(by_id) == {essay.id, room.id}  # kept ones keep their ids; the other is gone
    assert (by_id[essay.id].title, by_id[essay.id].owner, by_id[essay.id].due_on) == (
        "Write the essay, second draft",
        "them",
        date(2031, 1, 10),
    )
    assert by_id[room.id].done_on == date(2030, 12, 1)  # done stays done
    assert draft.id not in {a.id for a in journal.mentorships.actions(open_only=False)}


def test_an_action_item_without_a_title_is_refused_under_the_list(
    journal: Journal, mentorship: Mentorship, qtbot: QtBot
) -> None:
    dialog = show(SessionDialog(journal, mentorship.agreement), qtbot)
    qtbot.keyClicks(dialog.notes, "We talked")
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.actions.rows[0].title, "A fine action")
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
    untitled = dialog.actions.rows[1]
    untitled.owner.setCurrentIndex(untitled.owner.findData("them"))  # filled in, but no title
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)  # left blank
    click_ok(dialog, qtbot)

    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "error_actions")
    assert error is not None
    assert error.isVisible()
    assert error.text() == "Action item 2 cannot be empty."
    assert dialog.errors.text("actions") == error.text()
    assert QApplication.focusWidget() is untitled.title  # the row at fault
    assert journal.entries.page(agreement_id=mentorship.agreement).ids == ()
    assert journal.mentorships.actions(open_only=False) == []

    # Removing the untitled row saves the rest; the blank last row is left out.
    qtbot.mouseClick(untitled.remove, Qt.MouseButton.LeftButton)
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert [a.title for a in journal.mentorships.actions()] == ["A fine action"]


def test_a_completed_agreement_takes_no_session(journal: Journal, qtbot: QtBot) -> None:
    mentorship = Mentorship(journal, status="completed")
    with pytest.raises(InvalidInput) as refused:
        journal.mentorships.log_session(mentorship.agreement, held_at(), notes="x")
    dialog = show(SessionDialog(journal, mentorship.agreement), qtbot)
    # Said as it opens, in the domain's words, before anything is typed for nothing.
    assert dialog.blocked.isVisible()
    assert dialog.blocked.text() == refused.value.message
    assert "completed" in dialog.blocked.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.notes.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert journal.entries.page(agreement_id=mentorship.agreement).ids == ()


def test_an_agreement_completed_while_the_dialog_is_open_is_refused_on_ok(
    journal: Journal, mentorship: Mentorship, qtbot: QtBot
) -> None:
    dialog = show(SessionDialog(journal, mentorship.agreement), qtbot)
    qtbot.keyClicks(dialog.notes, "We talked")
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.actions.rows[0].title, "Something to do")
    journal.mentorships.update(mentorship.agreement, reason="Done", status="completed")
    click_ok(dialog, qtbot)

    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text().startswith("The agreement with Mei Tanaka is completed")
    assert journal.entries.page(agreement_id=mentorship.agreement).ids == ()
    assert journal.mentorships.actions(open_only=False) == []


def test_opened_with_no_agreement_it_offers_those_that_take_sessions(
    journal: Journal, mentorship: Mentorship, qtbot: QtBot
) -> None:
    ended = journal.mentorships.create(
        journal.people.create("Lucas Silva").id, "peer", status="completed"
    ).id
    peer = journal.mentorships.create(
        journal.people.create("Ana Costa").id, "peer", status="active", cadence_days=7
    ).id
    dialog = show(SessionDialog(journal), qtbot)
    choice = dialog.agreement_choice
    assert choice is not None
    offered = [choice.itemData(i) for i in range(choice.count())]
    assert set(offered) == {mentorship.agreement, peer}  # not the completed one
    assert ended not in offered
    choice.setCurrentIndex(choice.findData(peer))
    assert dialog.header.text() == "Session with Ana Costa · you are peers · every week"
    assert dialog.notes_shareable.text() == "Shareable with Ana Costa"
    assert dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.notes, "Studied together")
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert journal.entries.get(dialog.entry_id).agreement_id == peer


def test_open_session_dialog_is_window_modal_and_deleted_when_closed(
    journal: Journal, mentorship: Mentorship, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_session_dialog(journal, parent, agreement_id=mentorship.agreement)
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()


def test_every_field_has_a_name_and_the_tab_order_follows_the_form(
    journal: Journal, mentorship: Mentorship, qtbot: QtBot
) -> None:
    dialog = show(SessionDialog(journal, mentorship.agreement), qtbot)
    qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
    row = dialog.actions.rows[0]
    names = [w.accessibleName() for w in (row.title, row.owner, row.has_due, row.due, row.remove)]
    assert names == [
        "Action item 1",
        "Owner of action item 1",
        "Action item 1 has a due date",
        "Due date of action item 1",
        "Remove action item 1",
    ]
    # Tab goes down the form, then through the goals into the action items.
    dialog.title.setFocus()  # (Tab in the date and time goes from part to part of it)
    visited = [QApplication.focusWidget()]
    for _ in range(13):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        dialog.title,
        dialog.agenda,
        dialog.agenda_shareable,
        dialog.notes,
        dialog.notes_shareable,
        dialog.takeaways,
        dialog.takeaways_shareable,
        dialog.goals.add,
        dialog.goals.list,  # its Remove button is disabled until a goal is selected
        row.title,
        row.owner,
        row.has_due,
        row.remove,  # the due date is disabled until it is ticked
        dialog.actions.add_button,
    ]
