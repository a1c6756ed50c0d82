"""The agreement editor and the new agreement dialog, driven as a user would: a proposal
edited as a draft, agreed, revised with a reason, and the refusals of the domain shown
under their fields."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.mentorships.editor import AgreementEditor
from netjournal.ui.mentorships.history import RevisionHistoryDialog
from netjournal.ui.mentorships.new_agreement import NewAgreementDialog
from netjournal.ui.mentorships.review import ReviewDialog
from netjournal.ui.mentorships.session import SessionDialog
from netjournal.ui.mentorships.summary import SummaryDialog
from netjournal.ui.mentorships.tab import MentorshipsTab

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@pytest.fixture
def tab(small_journal: tuple[Journal, Facts], qtbot: QtBot) -> Iterator[MentorshipsTab]:
    journal, _facts = small_journal
    tab = MentorshipsTab(journal)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


def activate(tab: QWidget, qtbot: QtBot) -> None:
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)


def retype(qtbot: QtBot, line: QLineEdit | QPlainTextEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)


def show(tab: MentorshipsTab, agreement_id: int) -> AgreementEditor:
    assert tab.show_agreement(agreement_id)
    assert tab.editor.agreement_id == agreement_id
    return tab.editor


def new_dialog(tab: MentorshipsTab, qtbot: QtBot) -> NewAgreementDialog:
    """Open the new agreement dialog with its shortcut, as a user would."""
    activate(tab, qtbot)
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = tab.findChild(NewAgreementDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def pick(qtbot: QtBot, dialog: NewAgreementDialog, typed: str) -> None:
    """Type part of a name and press Enter: the first suggestion is picked."""
    dialog.person.edit.setFocus()
    qtbot.keyClicks(dialog.person.edit, typed)
    qtbot.keyClick(dialog.person.edit, Qt.Key.Key_Return)


def step_without_reason(editor: AgreementEditor) -> None:
    editor.ask_reason = lambda _title, _question: ""  # type: ignore[method-assign]


# --- the scenario -----------------------------------------------------------------


def test_propose_edit_as_draft_agree_and_revise_with_a_reason(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    dmitri = facts.people["Dmitri"]

    # Propose an agreement through the dialog: Dmitri, I mentor him, every 2 weeks.
    dialog = new_dialog(tab, qtbot)
    pick(qtbot, dialog, "Dmit")
    assert dialog.person.person_ids() == [dmitri]
    dialog.role.setCurrentIndex(dialog.role.findData("mentor"))
    assert dialog.status.currentData() == "proposed"  # a proposal by default
    dialog.cadence.unit.setCurrentIndex(2)  # weeks
    dialog.cadence.count.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (agreement,) = [
        a for a in journal.mentorships.rows() if a.person_id == dmitri and a.my_role == "mentor"
    ]
    assert agreement.status == "proposed"
    assert agreement.cadence_days == 14
    # The new agreement is selected, its editor beside the list.
    assert tab.current_id() == agreement.id
    editor = tab.editor
    assert editor.agreement_id == agreement.id

    # Edit the proposal's terms: saved as typed, the draft changing in place.
    expect = editor.findChild(QPlainTextEdit, "my_expectationsEdit")
    assert not expect.isReadOnly()
    expect.setFocus()
    qtbot.keyClicks(expect, "Come with one question")
    qtbot.waitUntil(
        lambda: journal.mentorships.get(agreement.id).my_expectations == "Come with one question"
    )
    retype(qtbot, editor.channel, "Library cafe")
    qtbot.waitUntil(lambda: journal.mentorships.get(agreement.id).channel == "Library cafe")
    draft = journal.mentorships.get(agreement.id)
    assert len(draft.revisions) == 1  # still one revision: a draft
    assert draft.revisions[0].terms["channel"] == "Library cafe"

    # Agree on it.
    step_without_reason(editor)
    qtbot.mouseClick(editor.step_buttons["activate"], Qt.MouseButton.LeftButton)
    active = journal.mentorships.get(agreement.id)
    assert active.status == "active"
    assert len(active.revisions) == 2
    assert expect.isReadOnly()
    assert editor.channel.isReadOnly()
    assert "Agreed on" in editor.agreed_line.text()
    assert editor.revise_button.isVisible()

    # Revise the cadence: without a reason it is refused under the reason field.
    qtbot.mouseClick(editor.revise_button, Qt.MouseButton.LeftButton)
    assert editor.revising
    assert editor.reason.isVisible()
    assert not editor.cadence.count.isReadOnly()
    editor.cadence.count.setValue(3)  # every 3 weeks
    qtbot.mouseClick(editor.save_revision_button, Qt.MouseButton.LeftButton)
    assert editor.errors.text("reason").startswith("Say why the terms of an agreed mentorship")
    assert editor.reason_error.isVisible()
    assert journal.mentorships.get(agreement.id).cadence_days == 14  # nothing half-saved
    assert len(journal.mentorships.get(agreement.id).revisions) == 2

    qtbot.keyClicks(editor.reason, "Exams: more time to prepare")
    assert not editor.reason_error.isVisible()
    qtbot.mouseClick(editor.save_revision_button, Qt.MouseButton.LeftButton)
    revised = journal.mentorships.get(agreement.id)
    assert revised.cadence_days == 21
    assert len(revised.revisions) == 3
    assert revised.revisions[-1].reason == "Exams: more time to prepare"
    assert revised.revisions[-1].terms["cadence_days"] == 21
    assert revised.revisions[-2].terms["cadence_days"] == 14
    assert not editor.revising
    assert not editor.revise_box.isVisible()
    assert editor.cadence.count.isReadOnly()

    # The history sets the revision beside the one before.
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    history = tab.findChild(RevisionHistoryDialog)
    assert history is not None
    assert history.isVisible()
    assert history.list.item(0).text().startswith("Revision 3")
    assert "Exams: more time to prepare" in history.list.item(0).text()
    assert history.table.horizontalHeaderItem(1).text() == "Before (revision 2)"
    assert history.table.horizontalHeaderItem(2).text() == "After (revision 3)"
    assert history.shown_rows() == [("Meeting cadence — changed", "every 2 weeks", "every 3 weeks")]
    history.close()


def test_a_second_active_agreement_with_the_same_person_and_role_is_refused(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    before = len(journal.mentorships.rows())
    dialog = new_dialog(tab, qtbot)
    pick(qtbot, dialog, "Bruno")
    dialog.role.setCurrentIndex(dialog.role.findData("mentee"))
    dialog.status.setCurrentIndex(dialog.status.findData("active"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text("status") == (
        "There is already an active agreement with Bruno Costa in which they mentor you. "
        "Complete, pause or end that one first."
    )
    assert dialog.findChild(QLabel, "error_status").isVisible()
    assert len(journal.mentorships.rows()) == before

    # As a proposal it may wait beside the active one.
    dialog.status.setCurrentIndex(dialog.status.findData("proposed"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(journal.mentorships.rows()) == before + 1
    # Agreeing on it while the other is active is refused under the status.
    editor = tab.editor
    assert editor.agreement is not None
    assert editor.agreement.person_id == facts.people["Bruno"]
    step_without_reason(editor)
    qtbot.mouseClick(editor.step_buttons["activate"], Qt.MouseButton.LeftButton)
    assert "already an active agreement with Bruno Costa" in editor.errors.text("status")
    assert editor.status_error.isVisible()
    assert journal.mentorships.get(editor.agreement_id).status == "proposed"


def test_an_agreement_with_the_person_marked_as_me_is_refused(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    journal.people.set_self(facts.people["Chiara"])
    before = len(journal.mentorships.rows())
    dialog = new_dialog(tab, qtbot)
    pick(qtbot, dialog, "Chiara")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text("person_id") == (
        "An agreement needs someone other than you: Chiara Rossi is marked as you in Contacts."
    )
    assert dialog.findChild(QLabel, "error_person_id").isVisible()
    assert len(journal.mentorships.rows()) == before

    # The same refusal when a proposal's counterpart is changed to me.
    dialog.reject()
    editor = show(tab, facts.agreements["ana"])
    qtbot.mouseClick(editor.change_person_button, Qt.MouseButton.LeftButton)
    assert editor.person_picker.isVisible()
    qtbot.keyClicks(editor.person_picker.edit, "Chiara")
    qtbot.keyClick(editor.person_picker.edit, Qt.Key.Key_Return)
    assert "marked as you in Contacts" in editor.errors.text("person_id")
    assert journal.mentorships.get(facts.agreements["ana"]).person_id == facts.people["Ana"]
    # Someone else is fine, and the draft stays one revision.
    editor.person_picker.edit.clear()
    qtbot.keyClicks(editor.person_picker.edit, "Elif")
    qtbot.keyClick(editor.person_picker.edit, Qt.Key.Key_Return)
    changed = journal.mentorships.get(facts.agreements["ana"])
    assert changed.person_id == facts.people["Elif"]
    assert len(changed.revisions) == 1
    assert not editor.errors.text("person_id")
    assert editor.person_name.text() == "Elif Yilmaz"


def test_a_person_made_on_the_spot_is_not_left_behind_when_refused(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, _facts = small_journal
    people = journal.people.count()
    dialog = new_dialog(tab, qtbot)
    dialog.person.edit.setFocus()
    qtbot.keyClicks(dialog.person.edit, "Zoe Ng")
    offered = [
        dialog.person.suggestions.item(r).text()
        for r in range(dialog.person.suggestions.rowCount())
    ]
    assert offered[-1] == "New person: “Zoe Ng”"
    qtbot.keyClick(dialog.person.edit, Qt.Key.Key_Return)  # nobody matches: someone new
    assert dialog.new_person_name() == "Zoe Ng"
    assert dialog.new_note.isVisible()
    # A formal agreement with a program name too long for the journal is refused…
    dialog.formal.setChecked(True)
    dialog.program.setText("P" * 300)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text("program")
    # …and Zoe, made for it, is not left in Contacts.
    assert journal.people.count() == people
    assert not journal.people.search("Zoe")

    dialog.program.setText("Women in Tech")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert journal.people.count() == people + 1
    agreement = journal.mentorships.get(dialog.agreement_id)
    assert agreement.person_name == "Zoe Ng"
    assert agreement.formal
    assert agreement.program == "Women in Tech"
    assert tab.current_id() == agreement.id


def test_the_dialog_asks_who_the_agreement_is_with(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, _facts = small_journal
    before = len(journal.mentorships.rows())
    dialog = new_dialog(tab, qtbot)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("person_id") == "Say who the agreement is with."
    dialog.person.edit.setText("Somebody")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Pick “Somebody” from the suggestions" in dialog.errors.text("person_id")
    assert len(journal.mentorships.rows()) == before


# --- the rules of each status -------------------------------------------------------------


def test_an_agreed_agreement_is_read_only_and_its_review_date_moves_freely(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    editor = show(tab, bruno)
    assert editor.channel.isReadOnly()
    assert not editor.role.isEnabled()
    assert not editor.change_person_button.isVisible()
    # The review date is scheduling, not a term: no revision.
    editor.review_on.edit.setFocus()
    editor.review_on.edit.setDate(date(2025, 6, 1))
    qtbot.waitUntil(lambda: journal.mentorships.get(bruno).review_on == date(2025, 6, 1))
    assert len(journal.mentorships.get(bruno).revisions) == 1

    # Cancel leaves the terms as they were agreed.
    assert editor.start_revision()
    retype(qtbot, editor.channel, "Phone")
    qtbot.mouseClick(editor.cancel_revision_button, Qt.MouseButton.LeftButton)
    assert editor.channel.text() == ""
    assert journal.mentorships.get(bruno).channel == ""
    # Saving with nothing changed says so.
    assert editor.start_revision("Just because")
    qtbot.mouseClick(editor.save_revision_button, Qt.MouseButton.LeftButton)
    assert editor.revise_error.isVisible()
    assert "Nothing has changed" in editor.revise_error.text()
    assert len(journal.mentorships.get(bruno).revisions) == 1


def test_a_refused_revision_is_said_under_its_field_and_nothing_saved(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    editor = show(tab, bruno)
    editor.start_revision("New rhythm")
    retype(qtbot, editor.channel, "Video call")
    editor.ends_on.edit.setDate(date(2024, 6, 1))  # before the start, 1 Jan 2025
    qtbot.mouseClick(editor.save_revision_button, Qt.MouseButton.LeftButton)
    assert editor.errors.text("ends_on") == "The end date cannot be before the start date."
    assert editor.findChild(QLabel, "error_ends_on").isVisible()
    agreement = journal.mentorships.get(bruno)
    assert agreement.channel == ""
    assert agreement.ends_on is None
    assert len(agreement.revisions) == 1
    assert editor.revising  # still revising, what was typed kept
    assert editor.channel.text() == "Video call"


def test_revising_my_role_moves_it_to_its_group_still_selected(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    editor = show(tab, bruno)
    assert editor.start_revision("We learn from each other")
    editor.role.setCurrentIndex(editor.role.findData("peer"))
    qtbot.mouseClick(editor.save_revision_button, Qt.MouseButton.LeftButton)
    assert journal.mentorships.get(bruno).my_role == "peer"
    assert tab.model.headers() == ["Mentoring", "Peers"]
    assert tab.current_id() == bruno
    assert editor.agreement_id == bruno
    assert not editor.revising
    # A renamed counterpart reads at once; someone else renamed does not reload it.
    journal.people.update(facts.people["Bruno"], display_name="Bruno C.")
    assert editor.title.text() == "Bruno C."
    with qtbot.assertNotEmitted(editor.state_changed):
        journal.people.update(facts.people["Elif"], display_name="Elif Y.")


def test_status_changes_ask_why_and_are_one_revision_each(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    editor = show(tab, bruno)
    asked: list[str] = []

    def ask(title: str, _question: str) -> str | None:
        asked.append(title)
        return "Exam season"

    editor.ask_reason = ask  # type: ignore[method-assign]
    assert [k for k, b in editor.step_buttons.items() if b.isVisible()] == [
        "pause",
        "complete",
        "end",
    ]
    qtbot.mouseClick(editor.step_buttons["pause"], Qt.MouseButton.LeftButton)
    paused = journal.mentorships.get(bruno)
    assert paused.status == "paused"
    assert paused.revisions[-1].reason == "Exam season"
    assert asked == ["Pause the agreement"]
    assert editor.step_buttons["resume"].isVisible()

    # Cancelling the question changes nothing.
    editor.ask_reason = lambda _t, _q: None  # type: ignore[method-assign]
    qtbot.mouseClick(editor.step_buttons["complete"], Qt.MouseButton.LeftButton)
    assert journal.mentorships.get(bruno).status == "paused"

    step_without_reason(editor)
    qtbot.mouseClick(editor.step_buttons["complete"], Qt.MouseButton.LeftButton)
    done = journal.mentorships.get(bruno)
    assert done.status == "completed"
    assert done.ends_on == date.today()
    assert len(done.revisions) == 3
    # Its terms stay as they were: read-only, no Revise, and it says why.
    assert editor.channel.isReadOnly()
    assert not editor.revise_button.isVisible()
    assert not editor.start_revision()
    assert "its terms stay as they were" in editor.agreed_line.text()
    assert [k for k, b in editor.step_buttons.items() if b.isVisible()] == ["reopen"]
    assert not editor.session_button.isEnabled()

    qtbot.mouseClick(editor.step_buttons["reopen"], Qt.MouseButton.LeftButton)
    reopened = journal.mentorships.get(bruno)
    assert reopened.status == "active"
    assert reopened.ends_on is None


def test_a_declined_proposal_keeps_its_terms_until_reopened(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    ana = facts.agreements["ana"]
    editor = show(tab, ana)
    step_without_reason(editor)
    qtbot.mouseClick(editor.step_buttons["decline"], Qt.MouseButton.LeftButton)
    assert journal.mentorships.get(ana).status == "declined"
    assert editor.channel.isReadOnly()
    assert "declined: its terms stay as they were" in editor.agreed_line.text()
    # A review of it is refused, in the domain's words, and no dialog opens.
    assert editor.open_review() is None
    assert editor.review_error.isVisible()
    assert editor.review_error.text() == (
        "Only an active or paused agreement can be reviewed; the one with Ana Silva is declined."
    )
    qtbot.mouseClick(editor.step_buttons["repropose"], Qt.MouseButton.LeftButton)
    assert journal.mentorships.get(ana).status == "proposed"
    assert not editor.channel.isReadOnly()


# --- reviews, sessions, action items ------------------------------------------------------


def test_a_review_that_decided_to_adapt_offers_to_revise_the_terms(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    journal.mentorships.review(
        bruno,
        datetime(2025, 4, 2, 10, 0, tzinfo=UTC),
        "adapt",
        what_works="The calls",
        what_to_change="Meet every week before the exams\nand share notes",
    )
    editor = show(tab, bruno)
    assert editor.banner.isVisible()
    assert editor.banner_text.text() == ("The review of 4/2/2025 decided to adapt this agreement —")
    assert editor.reviews.topLevelItemCount() == 1
    assert editor.reviews.topLevelItem(0).text(1) == "Adapt the terms"
    qtbot.mouseClick(editor.banner_button, Qt.MouseButton.LeftButton)
    assert editor.revising
    assert editor.reason.text() == "Meet every week before the exams"
    assert not editor.banner.isVisible()
    editor.cadence.unit.setCurrentIndex(2)
    editor.cadence.count.setValue(1)
    qtbot.mouseClick(editor.save_revision_button, Qt.MouseButton.LeftButton)
    agreement = journal.mentorships.get(bruno)
    assert agreement.cadence_days == 7
    assert agreement.pending_adaptation is None
    assert not editor.banner.isVisible()


def test_the_review_dialogs_adapt_request_opens_revise_mode(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    _journal, facts = small_journal
    editor = show(tab, facts.agreements["bruno"])
    dialog = editor.open_review()
    assert isinstance(dialog, ReviewDialog)
    assert dialog.isVisible()
    dialog.adapt_requested.emit(facts.agreements["bruno"], "Shorter calls")
    assert editor.revising
    assert editor.reason.text() == "Shorter calls"
    dialog.reject()


def test_the_editors_buttons_open_sessions_reviews_and_summaries(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    session = journal.mentorships.log_session(
        bruno, datetime(2025, 3, 20, 16, 0, tzinfo=UTC), title="Mock interview"
    )
    review = journal.mentorships.review(
        bruno, datetime(2025, 3, 25, 16, 0, tzinfo=UTC), "keep", what_works="Everything"
    )
    editor = show(tab, bruno)
    activate(tab, qtbot)

    # Log a session… and its shortcut.
    qtbot.mouseClick(editor.session_button, Qt.MouseButton.LeftButton)
    (dialog,) = tab.findChildren(SessionDialog)
    assert dialog.agreement_id == bruno
    assert dialog.entry_id is None
    dialog.reject()
    qtbot.waitUntil(lambda: not tab.findChildren(SessionDialog))
    activate(tab, qtbot)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (dialog,) = tab.findChildren(SessionDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: not tab.findChildren(SessionDialog))

    # Review… and its shortcut.
    activate(tab, qtbot)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (dialog,) = tab.findChildren(ReviewDialog)
    assert dialog.agreement_id == bruno
    assert dialog.entry_id is None
    dialog.reject()
    qtbot.waitUntil(lambda: not tab.findChildren(ReviewDialog))

    # The sessions list: newest first; each entry opens where it is edited.
    assert editor.sessions.topLevelItem(1).text(2) == "Mock interview"
    assert editor.sessions.topLevelItem(0).text(1) == "Review"
    ids = [editor.sessions.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole + 1) for r in range(3)]
    assert ids == [review.entry_id, session.entry_id, facts.entries["call"]]
    opened = editor.open_entry(session.entry_id)
    assert isinstance(opened, SessionDialog)
    assert opened.entry_id == session.entry_id
    opened.reject()
    opened = editor.open_entry(review.entry_id)
    assert isinstance(opened, ReviewDialog)
    assert opened.entry_id == review.entry_id
    opened.reject()
    opened = editor.open_entry(facts.entries["call"])
    assert isinstance(opened, EntryDialog)
    assert opened.entry_id == facts.entries["call"]
    opened.reject()

    # Share a summary…
    qtbot.mouseClick(editor.summary_button, Qt.MouseButton.LeftButton)
    summaries = tab.findChildren(SummaryDialog)
    assert len(summaries) == 1
    assert summaries[0].isVisible()
    summaries[0].reject()


def test_action_items_are_ticked_done_and_back(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    late = journal.mentorships.add_action(
        "Send the CV", "them", due_on=date.today() - timedelta(days=3), agreement_id=bruno
    )
    later = journal.mentorships.add_action(
        "Book the room", "me", due_on=date.today() + timedelta(days=10), agreement_id=bruno
    )
    editor = show(tab, bruno)
    items = [editor.actions.topLevelItem(r) for r in range(editor.actions.topLevelItemCount())]
    assert [i.text(0) for i in items] == ["Send the CV", "Book the room"]
    assert [i.text(1) for i in items] == ["Them", "Me"]
    assert items[0].text(2).startswith("Overdue · ")
    assert not items[1].text(2).startswith("Overdue")
    assert editor.actions_empty.text() == "2 open, 1 of them overdue."

    items[0].setCheckState(0, Qt.CheckState.Checked)

    def done_on(action_id: int) -> date | None:
        found = journal.mentorships.actions(open_only=False, agreement_id=bruno)
        return next(a.done_on for a in found if a.id == action_id)

    qtbot.waitUntil(lambda: done_on(late.id) == date.today())
    assert done_on(later.id) is None
    # Still listed, ticked, so the tick can be taken back.
    ticked = editor.actions.topLevelItem(1)
    assert ticked.text(0) == "Send the CV"
    assert ticked.checkState(0) == Qt.CheckState.Checked
    assert ticked.text(2) == f"Done {date.today().month}/{date.today().day}/{date.today().year}"
    ticked.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: done_on(late.id) is None)
    assert len(journal.mentorships.actions(agreement_id=bruno)) == 2


# --- accessibility ------------------------------------------------------------------------


def _interactive(widget: QWidget) -> list[QWidget]:
    """The widgets a keyboard user reaches, but the inner parts of compound widgets."""
    found = []
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(child, QScrollBar):
            continue
        if child.window() is not widget.window():
            continue  # a popup: a completer's list, a combo box's list
        parent = child.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or (
            parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)
        ):
            continue  # the line edit of a spin box or combo, an item view's viewport
        found.append(child)
    return found


@pytest.mark.parametrize("which", ["ana", "bruno"])
def test_every_interactive_widget_of_the_editor_has_a_name(
    tab: MentorshipsTab, small_journal: tuple[Journal, Facts], which: str
) -> None:
    _journal, facts = small_journal
    editor = show(tab, facts.agreements[which])
    if which == "bruno":
        assert editor.start_revision()  # the reason field and its buttons show
    buddies = {id(label.buddy()) for label in editor.findChildren(QLabel) if label.buddy()}
    widgets = _interactive(editor)
    assert any(isinstance(w, QAbstractButton) for w in widgets)
    assert any(isinstance(w, QPlainTextEdit) for w in widgets)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in widgets
        if not w.accessibleName() and id(w) not in buddies
    ]
    assert unnamed == []


def test_every_interactive_widget_of_the_new_agreement_dialog_has_a_name(
    tab: MentorshipsTab, qtbot: QtBot
) -> None:
    dialog = new_dialog(tab, qtbot)
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in _interactive(dialog)
        if not w.accessibleName() and id(w) not in buddies
    ]
    assert unnamed == []
    dialog.reject()
