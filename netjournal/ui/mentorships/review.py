"""`ReviewDialog`: review a mentorship agreement — what works, what to change, and a
decision (keep, adapt, pause, close) that acts on the agreement when saved.

Only an active or paused agreement can be reviewed; the dialog says so as soon as it
opens for any other. A saved "adapt" review asks, through `adapt_requested`, for the
revision of the terms that follows it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.records import Review
from netjournal.journal.vocab import AgreementStatus, ReviewDecision
from netjournal.ui.entries.dialog import from_qdate, to_qdate
from netjournal.ui.format import date_pattern, first_day_of_week, format_date
from netjournal.ui.labels import label
from netjournal.ui.mentorships.agreement_dialog import (
    AgreementEntryDialog,
    agreement_facts,
    due_line,
    fit_to_screen,
    muted,
    name_share_box,
    share_box,
    status_words,
)
from netjournal.ui.widgets.forms import add_field, error_label, open_window_modal
from netjournal.ui.widgets.privacy import PrivacyScreen

# Statuses in which an agreement can be reviewed.
REVIEWABLE = (AgreementStatus.ACTIVE, AgreementStatus.PAUSED)
# The next review is suggested this many months after this one.
NEXT_REVIEW_MONTHS = 3


class ReviewDialog(AgreementEntryDialog):
    """A review of an agreement: new when `entry_id` is None, else that review to edit.

    OK is one call, `review` or `update_review`; a refusal is shown under the field it
    names (or above the buttons) and nothing is stored. An existing review's decision
    shows read-only: it has already acted on the agreement.
    """

    # The agreement's id and a suggested reason for the revision (the first line of
    # what to change), after a new review that decided to adapt the terms was saved.
    adapt_requested = Signal(int, str)

    def __init__(
        self,
        journal: Journal,
        agreement_id: int | None = None,
        entry_id: int | None = None,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(journal, entry_id, "reviewDialog", parent, privacy)
        review: Review | None = None
        if entry_id is not None:
            review = journal.mentorships.review_of(entry_id)
            if review is None:
                raise InvalidInput(f"Entry #{entry_id} is not a review of an agreement.", "entry")
            agreement_id = journal.entries.get(entry_id).agreement_id
        self.review_record = review
        self.agreement_id = agreement_id
        self._next_review_edited = False
        # After a new review that decided to adapt: the reason the revision starts with.
        self._adapt_reason: str | None = None
        self.setWindowTitle(self.tr("Edit review") if review else self.tr("Review the agreement"))
        self._build(review)
        if review is not None:
            self._load(review)
        else:
            self.when.setDate(QDate.currentDate())
        self._show_agreement(self.agreement_id)
        self._focus_first(self.what_works, self.when, *self.decision_buttons.values())
        fit_to_screen(self, 980, 640)

    # --- building -----------------------------------------------------------------------

    def _build(self, review: Review | None) -> None:
        self._build_header("reviewHeader", "reviewDue")
        self._offer_agreements(review, lambda status: status in REVIEWABLE)

        self.when = QDateEdit(self)
        self.when.setCalendarPopup(True)
        self.when.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        self.when.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.when.setDisplayFormat(date_pattern())
        self.when.setAccessibleName(self.tr("Date of the review"))
        self.when.dateChanged.connect(self._on_date_changed)
        lines = self.fontMetrics().lineSpacing()
        self.what_works = self._notes_edit(
            "what_works",
            self.tr("What works"),
            self.tr("What goes well and should stay (Markdown)"),
            lines * 4,
        )
        self.what_to_change = self._notes_edit(
            "what_to_change",
            self.tr("What to change"),
            self.tr("What should change; its first line is the reason of a revision"),
            lines * 4,
        )
        self.notes = self._notes_edit(
            "notes", self.tr("Notes"), self.tr("Optional: anything else (Markdown)"), lines * 3
        )
        self.shareable = share_box(self.tr("Review"), self)
        self.privacy = muted("", self)
        self.privacy.setObjectName("privacyNote")

        left = self._new_left_form()
        for key, caption, edit in (
            ("occurred_at", self.tr("&Date:"), self.when),
            ("what_works", self.tr("What &works:"), self.what_works),
            ("what_to_change", self.tr("What to &change:"), self.what_to_change),
            ("notes", self.tr("&Notes:"), self.notes),
        ):
            field = edit if edit is self.when else self._private(edit)
            add_field(left, self.errors, key, caption, field, edit, self)
        left.addRow("", self.shareable)
        left.addRow(self.privacy)

        # The decision: four choices, each with a line saying what it does.
        self.decisions = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        self.decision_lines: dict[str, QLabel] = {}
        explanations = {
            ReviewDecision.KEEP: self.tr("Nothing changes: the agreement goes on as it is."),
            ReviewDecision.ADAPT: self.tr(
                "Once saved, a revision of the terms opens next, with what to change as its reason."
            ),
            ReviewDecision.PAUSE: self.tr(
                "The agreement is paused until you set it back to active."
            ),
            ReviewDecision.CLOSE: self.tr(
                "The agreement is completed: it ends on the day of this review."
            ),
        }
        right = QVBoxLayout()
        right.setSpacing(2)
        decision_heading = self._heading(self.tr("Decision"))
        right.addWidget(decision_heading)
        indent = self.style().pixelMetric(self.style().PixelMetric.PM_ExclusiveIndicatorWidth)
        for decision in ReviewDecision:
            button = QRadioButton(label("review_decision", decision.value), self)
            button.setObjectName(f"decision_{decision.value}")
            button.setAccessibleName(label("review_decision", decision.value))
            button.setAccessibleDescription(explanations[decision])
            self.decisions.addButton(button)
            self.decision_buttons[decision.value] = button
            explanation = muted(explanations[decision], self)
            self.decision_lines[decision.value] = explanation
            explanation.setContentsMargins(indent + 8, 0, 0, 6)
            explanation.setBuddy(button)
            right.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            right.addWidget(explanation)
        self.decision_buttons[ReviewDecision.KEEP.value].setChecked(True)
        self.decision_note = muted(
            self.tr("This decision has already acted on the agreement, so it stays as it was."),
            self,
        )
        self.decision_note.hide()
        right.addWidget(self.decision_note)
        decision_error = error_label(self, "decision")
        self.errors.register("decision", self.decision_buttons["keep"], decision_error)
        right.addWidget(decision_error)

        # The next review: suggested some months on; unticked, none is planned.
        self.next_review_heading = self._heading(self.tr("Next review"))
        self.plan_next = QCheckBox(self.tr("&Plan the next review on"), self)
        self.plan_next.setChecked(True)
        self.plan_next.setAccessibleName(self.tr("Plan the next review"))
        self.next_review = QDateEdit(self)
        self.next_review.setCalendarPopup(True)
        self.next_review.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        self.next_review.setDisplayFormat(date_pattern())
        self.next_review.setAccessibleName(self.tr("Date of the next review"))
        self.next_review.dateChanged.connect(self._on_next_review_edited)
        self.plan_next.toggled.connect(self._enable_next_review)
        next_row = QHBoxLayout()
        next_row.setContentsMargins(0, 0, 0, 0)
        next_row.addWidget(self.plan_next)
        next_row.addWidget(self.next_review)
        next_row.addStretch(1)
        self.next_review_box = QWidget(self)
        self.next_review_box.setLayout(next_row)
        self.next_review_hint = muted(
            self.tr("Untick it to plan no review; a closed agreement needs none."), self
        )
        next_error = error_label(self, "next_review_on")
        self.errors.register("next_review_on", self.next_review, next_error)
        right.addWidget(self.next_review_heading)
        right.addWidget(self.next_review_box)
        right.addWidget(self.next_review_hint)
        right.addWidget(next_error)
        right.addStretch(1)
        for button in self.decision_buttons.values():
            button.toggled.connect(self._on_decision)

        self._build_frame(
            self.tr("The review"),
            left,
            right,
            (3, 2),
            self.tr("Save") if review else self.tr("Save review"),
        )
        self._chain_tab_order(
            [
                self.when,
                self.what_works,
                self.what_to_change,
                self.notes,
                self.shareable,
                *self.decision_buttons.values(),
                self.plan_next,
                self.next_review,
            ]
        )

    def _load(self, review: Review) -> None:
        """An existing review: its words change, its date and decision do not."""
        self.when.setDate(to_qdate(review.occurred_at.astimezone().date()))
        self.when.setEnabled(False)
        self.when.setToolTip(self.tr("A review keeps the date it was held on."))
        self.what_works.setPlainText(review.what_works)
        self.what_to_change.setPlainText(review.what_to_change)
        self.notes.setPlainText(review.notes)
        for edit in (self.what_works, self.what_to_change, self.notes):
            edit.moveCursor(QTextCursor.MoveOperation.End)  # to go on where it stopped
        self.shareable.setChecked(review.shareable)
        self.decision_buttons[review.decision].setChecked(True)
        # Only the decision taken, read-only: it has acted and stays as it was.
        for value, button in self.decision_buttons.items():
            button.setEnabled(False)
            button.setVisible(value == review.decision)
            self.decision_lines[value].setVisible(value == review.decision)
        self.decision_note.show()
        # The next review date belongs to the agreement now; it is changed there.
        for widget in (self.next_review_heading, self.next_review_box, self.next_review_hint):
            widget.hide()

    def _show_agreement(self, agreement_id: int | None) -> None:
        """Say which agreement; say at once when it cannot be reviewed (and disable OK)."""
        agreement = self._load_agreement(agreement_id)
        name = agreement.person_name if agreement is not None else self.tr("them")
        if agreement is None:
            self.header.setText(self.tr("Review"))
            self._show_due("")
            if self.entry_id is None:
                self.block(self.tr("There is no active or paused agreement to review."))
        else:
            self.header.setText(
                self.tr("Review of the agreement with {name} · {facts}").format(
                    name=name, facts=agreement_facts(agreement)
                )
            )
            due = ""
            if self.entry_id is None and agreement.status in REVIEWABLE:
                due = due_line(self.tr("the review"), agreement.review_on)
            elif self.review_record is not None:
                due = self.tr("Held on {date}").format(
                    date=format_date(self.review_record.occurred_at)
                )
            self._show_due(due)
            if self.entry_id is None and agreement.status not in REVIEWABLE:
                # In the domain's words, before anything is typed; it refuses it anyway.
                self.block(
                    self.tr(
                        "Only an active or paused agreement can be reviewed; the one with "
                        "{name} is {status}."
                    ).format(name=name, status=status_words(agreement.status))
                )
        name_share_box(self.shareable, name)
        self.privacy.setText(
            self.tr(
                "Private unless ticked: a shareable review (what works, what to change and the "
                "notes) goes into the summary you share with {name}; a private one never "
                "leaves the journal."
            ).format(name=name)
        )
        if self.entry_id is None:
            self._suggest_next_review()

    # --- reacting -----------------------------------------------------------------------

    def _on_date_changed(self, _day: QDate) -> None:
        if self.entry_id is None:
            self._suggest_next_review()

    def _suggest_next_review(self) -> None:
        """Some months after this review, until the user picks a date of their own."""
        if self._next_review_edited:
            return
        self.next_review.blockSignals(True)
        self.next_review.setDate(self.when.date().addMonths(NEXT_REVIEW_MONTHS))
        self.next_review.blockSignals(False)

    def _on_next_review_edited(self, _day: QDate) -> None:
        self._next_review_edited = True

    def _on_decision(self, _checked: bool) -> None:
        """A closed agreement plans no more reviews."""
        closing = self.decision() == ReviewDecision.CLOSE.value
        self.plan_next.setEnabled(not closing)
        self._enable_next_review()

    def _enable_next_review(self, _checked: bool = False) -> None:
        self.next_review.setEnabled(self.plan_next.isEnabled() and self.plan_next.isChecked())

    def decision(self) -> str:
        return next(
            (value for value, button in self.decision_buttons.items() if button.isChecked()),
            ReviewDecision.KEEP.value,
        )

    # --- saving -------------------------------------------------------------------------

    def next_review_on(self) -> date | None:
        if self.decision() == ReviewDecision.CLOSE.value or not self.plan_next.isChecked():
            return None
        return from_qdate(self.next_review.date())

    def values(self) -> dict[str, Any]:
        """What the form says, as `review` takes it."""
        day = from_qdate(self.when.date())
        now = datetime.now()
        return {
            # The day picked at the time of day it is now (local, naive): a review is
            # held on a day, and the timeline orders it among that day's entries.
            "occurred_at": datetime.combine(day, now.time().replace(second=0, microsecond=0)),
            "decision": self.decision(),
            "what_works": self.what_works.toPlainText(),
            "what_to_change": self.what_to_change.toPlainText(),
            "notes": self.notes.toPlainText(),
            "shareable": self.shareable.isChecked(),
            "next_review_on": self.next_review_on(),
        }

    def _store(self) -> None:
        values = self.values()
        self._adapt_reason = None
        if self.entry_id is None:
            if self.agreement_id is None:
                raise InvalidInput(self.tr("Pick the agreement to review."), "agreement")
            review = self.journal.mentorships.review(
                self.agreement_id,
                values.pop("occurred_at"),
                values.pop("decision"),
                **values,
            )
            self.entry_id = review.entry_id
            if review.decision == ReviewDecision.ADAPT.value:
                lines = values["what_to_change"].strip().splitlines()
                self._adapt_reason = lines[0].strip() if lines else ""
        else:
            self.journal.mentorships.update_review(
                self.entry_id,
                what_works=values["what_works"],
                what_to_change=values["what_to_change"],
                notes=values["notes"],
                shareable=values["shareable"],
            )

    def save(self) -> bool:
        """Store the review; a new one that decided to adapt then asks for the revision."""
        if not super().save():
            return False
        if self._adapt_reason is not None and self.agreement_id is not None:
            self.adapt_requested.emit(self.agreement_id, self._adapt_reason)
        return True


def open_review_dialog(
    journal: Journal,
    parent: QWidget,
    agreement_id: int | None = None,
    entry_id: int | None = None,
    *,
    privacy: PrivacyScreen | None = None,
) -> ReviewDialog:
    """Show the review dialog (window-modal, deleted when closed) and return it; what
    works, what to change and the notes hide while the privacy screen is on."""
    return open_window_modal(ReviewDialog(journal, agreement_id, entry_id, parent, privacy=privacy))
