"""The review dialog driven as a user would: each decision does what its line says to
the agreement, adapting asks for a revision, and an agreement that cannot be reviewed
is said so at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.ui.mentorships.review import ReviewDialog, open_review_dialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def make_agreement(journal: Journal, status: str = "active") -> int:
    person = journal.people.create("Mei Tanaka").id
    return journal.mentorships.create(
        person,
        "mentee",
        status=status,
        started_on=date.today() - timedelta(days=90),
        cadence_days=14,
        review_on=date.today(),
    ).id


def show(dialog: ReviewDialog, qtbot: QtBot) -> ReviewDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def click_ok(dialog: ReviewDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def fill(dialog: ReviewDialog, qtbot: QtBot, decision: str) -> None:
    qtbot.keyClicks(dialog.what_works, "The calls keep me going")
    qtbot.keyClicks(dialog.what_to_change, "Meet less during exams")
    qtbot.keyClick(dialog.what_to_change, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.what_to_change, "and more before interviews")
    qtbot.mouseClick(dialog.decision_buttons[decision], Qt.MouseButton.LeftButton)
    assert dialog.decision() == decision


def in_three_months() -> date:
    return QDate.currentDate().addMonths(3).toPython()  # type: ignore[no-any-return]


def test_keep_changes_nothing_but_plans_the_next_review(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal)
    revisions = len(journal.mentorships.get(agreement_id).revisions)
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    assert dialog.header.text().startswith("Review of the agreement with Mei Tanaka")
    assert "Due soon" in dialog.due.text()  # the review is due today, said in words
    assert dialog.decision() == "keep"  # the choice that does the least
    assert [b.text() for b in dialog.decision_buttons.values()] == [
        "Keep it as it is",
        "Adapt the terms",
        "Pause it",
        "Close it",
    ]
    assert not dialog.shareable.isChecked()
    assert dialog.shareable.text() == "Shareable with Mei Tanaka"
    assert dialog.plan_next.isChecked()
    assert dialog.next_review.date().toPython() == in_three_months()
    fill(dialog, qtbot, "keep")
    click_ok(dialog, qtbot)

    assert not dialog.isVisible()
    agreement = journal.mentorships.get(agreement_id)
    assert agreement.status == "active"
    assert len(agreement.revisions) == revisions
    assert agreement.review_on == in_three_months()
    (review,) = agreement.reviews
    assert review.entry_id == dialog.entry_id
    assert (review.decision, review.what_works, review.shareable) == (
        "keep",
        "The calls keep me going",
        False,
    )
    assert review.what_to_change == "Meet less during exams\nand more before interviews"
    assert review.occurred_at.astimezone().date() == date.today()
    assert journal.entries.get(review.entry_id).kind == "review"


def test_pause_pauses_the_agreement_with_a_revision(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal)
    revisions = len(journal.mentorships.get(agreement_id).revisions)
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    fill(dialog, qtbot, "pause")
    click_ok(dialog, qtbot)

    agreement = journal.mentorships.get(agreement_id)
    assert agreement.status == "paused"
    assert len(agreement.revisions) == revisions + 1
    assert agreement.revisions[-1].reason == "Meet less during exams"
    assert agreement.review_on == in_three_months()


def test_close_completes_the_agreement_and_plans_no_review(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal)
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    fill(dialog, qtbot, "close")
    assert not dialog.plan_next.isEnabled()  # a closed agreement needs no more reviews
    assert not dialog.next_review.isEnabled()
    click_ok(dialog, qtbot)

    agreement = journal.mentorships.get(agreement_id)
    assert agreement.status == "completed"
    assert agreement.ends_on == date.today()
    assert agreement.review_on is None
    assert agreement.revisions[-1].terms["status"] == "completed"


def test_adapt_asks_for_a_revision_of_the_terms(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal)
    revisions = len(journal.mentorships.get(agreement_id).revisions)
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    fill(dialog, qtbot, "adapt")
    with qtbot.waitSignal(dialog.adapt_requested, timeout=1000) as asked:
        click_ok(dialog, qtbot)
    assert asked.args == [agreement_id, "Meet less during exams"]

    agreement = journal.mentorships.get(agreement_id)
    assert agreement.status == "active"
    assert len(agreement.revisions) == revisions  # the revision is the editor's to make
    assert agreement.pending_adaptation is not None
    assert agreement.pending_adaptation.entry_id == dialog.entry_id


def test_other_decisions_do_not_ask_for_a_revision(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal)
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    fill(dialog, qtbot, "keep")
    with qtbot.assertNotEmitted(dialog.adapt_requested):
        click_ok(dialog, qtbot)
    assert not dialog.isVisible()


def test_no_next_review_when_unticked(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal)
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    fill(dialog, qtbot, "keep")
    dialog.plan_next.setFocus()
    qtbot.keyClick(dialog.plan_next, Qt.Key.Key_Space)
    assert not dialog.next_review.isEnabled()
    click_ok(dialog, qtbot)
    assert journal.mentorships.get(agreement_id).review_on is None


def test_a_declined_agreement_cannot_be_reviewed(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal, status="declined")
    with pytest.raises(InvalidInput) as refused:
        journal.mentorships.review(agreement_id, date.today(), "keep", what_works="x")
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    # Said as the dialog opens, in the domain's own words, and OK cannot be pressed.
    assert dialog.blocked.isVisible()
    assert dialog.blocked.text() == refused.value.message
    assert "declined" in dialog.blocked.text()
    assert not dialog.ok.isEnabled()
    assert not dialog.what_works.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert journal.mentorships.get(agreement_id).reviews == ()


def test_an_agreement_declined_meanwhile_is_refused_with_the_domains_message(
    journal: Journal, qtbot: QtBot
) -> None:
    agreement_id = make_agreement(journal, status="proposed")
    journal.mentorships.update(agreement_id, status="active")
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    fill(dialog, qtbot, "keep")
    journal.mentorships.update(agreement_id, reason="They said no after all", status="declined")
    click_ok(dialog, qtbot)

    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == (
        "Only an active or paused agreement can be reviewed; the one with Mei Tanaka is declined."
    )
    assert journal.mentorships.get(agreement_id).reviews == ()


def test_an_empty_review_is_refused_under_what_works(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = make_agreement(journal)
    dialog = show(ReviewDialog(journal, agreement_id), qtbot)
    click_ok(dialog, qtbot)
    assert dialog.isVisible()
    error = dialog.findChild(QWidget, "error_what_works")
    assert error is not None
    assert error.isVisible()
    assert error.text() == "Say what works or what to change before saving a review."
    assert QApplication.focusWidget() is dialog.what_works
    assert journal.mentorships.get(agreement_id).reviews == ()
    # Typing and saving again clears the refusal and stores it.
    qtbot.keyClicks(dialog.what_works, "Honest feedback")
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert len(journal.mentorships.get(agreement_id).reviews) == 1


def test_editing_a_review_changes_its_words_not_its_decision(
    journal: Journal, qtbot: QtBot
) -> None:
    agreement_id = make_agreement(journal)
    review = journal.mentorships.review(
        agreement_id, date.today(), "pause", what_works="Good talks", what_to_change="Time"
    )
    revisions = len(journal.mentorships.get(agreement_id).revisions)
    dialog = show(ReviewDialog(journal, entry_id=review.entry_id), qtbot)
    assert dialog.windowTitle() == "Edit review"
    assert dialog.decision_buttons["pause"].isChecked()
    assert not any(b.isEnabled() for b in dialog.decision_buttons.values())
    assert [v for v, b in dialog.decision_buttons.items() if b.isVisible()] == ["pause"]
    assert dialog.decision_note.isVisible()
    assert not dialog.when.isEnabled()
    assert not dialog.next_review_box.isVisible()
    assert dialog.what_works.toPlainText() == "Good talks"
    qtbot.keyClicks(dialog.what_works, ", and kind ones")
    dialog.shareable.setFocus()
    qtbot.keyClick(dialog.shareable, Qt.Key.Key_Space)
    with qtbot.assertNotEmitted(dialog.adapt_requested):
        click_ok(dialog, qtbot)

    agreement = journal.mentorships.get(agreement_id)
    (stored,) = agreement.reviews
    assert (stored.what_works, stored.shareable, stored.decision) == (
        "Good talks, and kind ones",
        True,
        "pause",
    )
    assert agreement.status == "paused"
    assert len(agreement.revisions) == revisions  # saving again did not act again


def test_opened_with_no_agreement_it_offers_those_that_can_be_reviewed(
    journal: Journal, qtbot: QtBot
) -> None:
    active = make_agreement(journal)
    make_agreement(journal, status="proposed")
    dialog = show(ReviewDialog(journal), qtbot)
    choice = dialog.agreement_choice
    assert choice is not None
    assert [choice.itemData(i) for i in range(choice.count())] == [active]
    assert not dialog.blocked.isVisible()
    qtbot.keyClicks(dialog.what_works, "All good")
    click_ok(dialog, qtbot)
    assert [r.what_works for r in journal.mentorships.get(active).reviews] == ["All good"]


def test_open_review_dialog_is_window_modal_and_deleted_when_closed(
    journal: Journal, qtbot: QtBot
) -> None:
    agreement_id = make_agreement(journal)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_review_dialog(journal, parent, agreement_id=agreement_id)
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()
