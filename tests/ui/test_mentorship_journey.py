"""A whole mentorship through the window, as a user lives it: propose, agree, log sessions
with action items, revise the terms, review, complete; then what the journal and the
timeline hold."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.main_window import MainWindow
from netjournal.ui.mentorships.new_agreement import NewAgreementDialog
from netjournal.ui.mentorships.review import ReviewDialog
from netjournal.ui.mentorships.session import SessionDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(journal: Journal, settings: QSettings, qtbot: QtBot) -> MainWindow:
    journal.people.create("Mei Tanaka", organization="Fjord Software")
    journal.goals.create("Summer internship", "internship")
    shown = MainWindow(journal, settings)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def focus_window(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def only(window: MainWindow, kind: type) -> object:
    (found,) = [d for d in window.findChildren(kind) if d.isVisible()]
    return found


def log_session(window: MainWindow, qtbot: QtBot, notes: str, actions: list[str]) -> None:
    focus_window(window, qtbot)
    qtbot.keyClick(window.mentorships.view, Qt.Key.Key_S, CTRL_SHIFT)
    dialog = only(window, SessionDialog)
    assert isinstance(dialog, SessionDialog)
    qtbot.keyClicks(dialog.agenda, "Interview stories")
    qtbot.keyClicks(dialog.notes, notes)
    qtbot.keyClicks(dialog.takeaways, "Problem first, then result")
    dialog.takeaways_shareable.setChecked(True)
    for title in actions:
        qtbot.mouseClick(dialog.actions.add_button, Qt.MouseButton.LeftButton)
        row = dialog.actions.rows[-1]
        qtbot.keyClicks(row.title, title)
        row.has_due.setChecked(True)
        row.due.setDate(QDate.currentDate().addDays(7))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()


def test_a_mentorship_from_proposal_to_completion(
    window: MainWindow, journal: Journal, qtbot: QtBot
) -> None:
    mei = journal.people.search("Mei")[0]
    (goal,) = journal.goals.rows()
    window.tabs.setCurrentWidget(window.mentorships)
    tab = window.mentorships
    assert tab.view.empty_state().isVisible()  # "No mentorships yet"

    # Propose: Ctrl+Shift+M, Mei mentors me, every two weeks.
    focus_window(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = only(window, NewAgreementDialog)
    assert isinstance(dialog, NewAgreementDialog)
    dialog.person.edit.setFocus()
    qtbot.keyClicks(dialog.person.edit, "Mei")
    qtbot.keyClick(dialog.person.edit, Qt.Key.Key_Return)
    dialog.role.setCurrentIndex(dialog.role.findData("mentee"))
    dialog.cadence.unit.setCurrentIndex(2)  # weeks
    dialog.cadence.count.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (agreement,) = journal.mentorships.rows()
    assert (agreement.person_id, agreement.status, agreement.cadence_days) == (mei, "proposed", 14)
    editor = tab.editor
    assert editor.agreement_id == agreement.id

    # Draft the terms, saved as typed; pick the internship as an objective.
    expect = editor.findChild(QPlainTextEdit, "my_expectationsEdit")
    expect.setFocus()
    qtbot.keyClicks(expect, "Candid feedback on my CV")
    editor.goals.add.setCurrentIndex(editor.goals.add.findData(goal.id))
    editor.goals.add.activated.emit(editor.goals.add.currentIndex())
    editor.channel.setFocus()  # leaving the field saves at once
    qtbot.waitUntil(lambda: journal.mentorships.get(agreement.id).goal_ids == (goal.id,))
    draft = journal.mentorships.get(agreement.id)
    assert draft.my_expectations == "Candid feedback on my CV"
    assert len(draft.revisions) == 1

    # Agree: it starts today.
    editor.ask_reason = lambda _title, _question: ""  # type: ignore[method-assign]
    qtbot.mouseClick(editor.step_buttons["activate"], Qt.MouseButton.LeftButton)
    assert journal.mentorships.get(agreement.id).status == "active"

    # Two sessions with action items; one item done from the editor.
    log_session(window, qtbot, "Mock interview went well", ["Rewrite the stories", "Send CV"])
    log_session(window, qtbot, "Second mock interview", [])
    actions = journal.mentorships.actions(agreement_id=agreement.id)
    assert [a.title for a in actions] == ["Rewrite the stories", "Send CV"]
    assert all(a.due_on == date.today() + timedelta(days=7) for a in actions)
    item = editor.actions.topLevelItem(0)
    assert item.text(0) == "Rewrite the stories"
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: len(journal.mentorships.actions(agreement_id=agreement.id)) == 1)

    # Revise the cadence with a reason.
    qtbot.mouseClick(editor.revise_button, Qt.MouseButton.LeftButton)
    editor.cadence.count.setValue(1)  # every week
    qtbot.keyClicks(editor.reason, "Interview season")
    qtbot.mouseClick(editor.save_revision_button, Qt.MouseButton.LeftButton)
    assert journal.mentorships.get(agreement.id).cadence_days == 7

    # Review, and keep it as it is.
    focus_window(window, qtbot)
    qtbot.keyClick(window.mentorships.view, Qt.Key.Key_R, CTRL_SHIFT)
    review = only(window, ReviewDialog)
    assert isinstance(review, ReviewDialog)
    qtbot.keyClicks(review.what_works, "Weekly mock interviews")
    qtbot.mouseClick(review.decision_buttons["keep"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.ok, Qt.MouseButton.LeftButton)
    assert not review.isVisible()

    # Complete it.
    qtbot.mouseClick(editor.step_buttons["complete"], Qt.MouseButton.LeftButton)

    # What the journal holds now.
    done = journal.mentorships.get(agreement.id)
    assert (done.status, done.ends_on, done.cadence_days) == ("completed", date.today(), 7)
    assert [r.terms["status"] for r in done.revisions] == [
        "proposed",
        "active",
        "active",
        "completed",
    ]
    assert done.revisions[2].reason == "Interview season"
    assert [r.decision for r in done.reviews] == ["keep"]
    sessions = [
        journal.mentorships.session(e)
        for e in journal.entries.page(agreement_id=agreement.id, kinds=["session"]).ids
    ]
    assert sorted(s.notes for s in sessions) == [
        "Mock interview went well",
        "Second mock interview",
    ]
    assert all(s.takeaways_shareable and not s.notes_shareable for s in sessions)
    assert all(s.participant_ids == (mei,) for s in sessions)
    assert journal.people.get(mei).last_contact_at is not None
    # The summary for Mei holds the shareable takeaways, never the private notes.
    summary = journal.mentorships.summary(agreement.id)
    assert {n.part for n in summary.shared_notes} == {"takeaways"}

    # And the timeline tells the story.
    kinds = [i.kind for i in journal.timeline.page(agreement_id=agreement.id).items]
    assert kinds.count("entry") == 3  # two sessions, one review
    assert {"agreement_started", "agreement_revised", "agreement_ended", "action_done"} <= set(
        kinds
    )
    window.tabs.setCurrentWidget(window.timeline)
    assert any(
        key[0] == "agreement_ended" and key[1] == agreement.id for key in window.timeline.model.keys
    )
