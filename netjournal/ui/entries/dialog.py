"""`EntryDialog`: log an interaction, or edit or delete an entry of the journal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QMimeData, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal, validate
from netjournal.journal.records import Entry
from netjournal.journal.vocab import EntryKind, Helped
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import date_pattern, date_time_pattern, first_day_of_week
from netjournal.ui.labels import label
from netjournal.ui.widgets.forms import ERROR_STYLE, error_label, field_column, open_window_modal
from netjournal.ui.widgets.goal_picker import GoalPicker
from netjournal.ui.widgets.privacy import PrivacyScreen, PrivateArea

# The kinds offered when logging; sessions and reviews belong to mentorships.
LOGGED_KINDS = (
    EntryKind.MEETING,
    EntryKind.COFFEE,
    EntryKind.CALL,
    EntryKind.MESSAGE,
    EntryKind.STUDY_SESSION,
    EntryKind.EVENT,
    EntryKind.NOTE,
)
# A follow-up, when first ticked, is suggested this many days ahead.
FOLLOW_UP_DAYS = 7
# The dialog's result when the entry was deleted (besides Accepted and Rejected).
DELETED = 2


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware moment as a local QDateTime."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qdatetime(moment: QDateTime) -> datetime:
    """A QDateTime as an aware moment in local time."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def now_to_the_minute() -> QDateTime:
    """Now, as a new entry's time: seconds would only be noise."""
    now = QDateTime.currentDateTime()
    now.setTime(QTime(now.time().hour(), now.time().minute()))
    return now


class NotesEdit(QPlainTextEdit):
    """Plain Markdown notes; a paste that would make them longer than the journal keeps
    is refused at once (laying out megabytes of text would freeze the window)."""

    refused = Signal(str)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            selected = len(self.textCursor().selectedText())
            length = len(self.toPlainText()) - selected + len(source.text())
            if length > validate.LONG_TEXT_MAX:
                try:
                    validate.text("x" * length, "body", "Notes", validate.LONG_TEXT_MAX)
                except InvalidInput as exc:
                    self.refused.emit(error_text(exc))
                return
        super().insertFromMimeData(source)


class EntryDialog(QDialog):
    """The form of one entry: new when `entry_id` is None, else that entry to edit.

    OK saves through the domain API; a refusal is shown under the field it
    names and the dialog stays open with nothing stored.
    """

    def __init__(
        self,
        journal: Journal,
        entry_id: int | None = None,
        person_ids: Sequence[int] = (),
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        agreement_id: int | None = None,
        goal_ids: Sequence[int] = (),
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.entry_id = entry_id
        # While it is on, the notes hide (and cannot be typed in); the rest stays.
        self.privacy_screen = privacy
        self.setObjectName("entryDialog")
        entry = journal.entries.get(entry_id) if entry_id is not None else None
        self.setWindowTitle(self.tr("Edit entry") if entry else self.tr("Log an interaction"))
        self._build(entry)
        if entry is not None:
            self._load(entry)
        else:
            self.when.setDateTime(now_to_the_minute())
            self.participants.set_people(person_ids)
            if kind is not None:
                self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.agreement.setCurrentIndex(max(0, self.agreement.findData(agreement_id)))
            self.goals.set_goals(goal_ids)
        # Start where there is something to type: who it was with, else what it was about.
        first = self.title if self.participants.person_ids() else self.participants.edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # --- building -----------------------------------------------------------------------

    def _build(self, entry: Entry | None) -> None:
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        self.when.setDisplayFormat(date_time_pattern())
        self.when.setAccessibleName(self.tr("Date and time"))

        self.kind = QComboBox(self)
        kinds = list(LOGGED_KINDS)
        if entry is not None and EntryKind(entry.kind) not in kinds:
            kinds.append(EntryKind(entry.kind))
        for kind in kinds:
            self.kind.addItem(label("entry_kind", kind.value), kind.value)
        self.kind.setAccessibleName(self.tr("Kind"))

        self.participants = PersonPicker(self.journal, parent=self)
        self.participants.setAccessibleName(self.tr("Participants"))

        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What it was about, in a few words"))

        self.notes = NotesEdit(self)
        self.notes.refused.connect(lambda message: self.show_error("body", message))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What was said, what you learned (Markdown)"))
        self.notes.setTabChangesFocus(True)
        lines = self.notes.fontMetrics().lineSpacing()
        self.notes.setMinimumHeight(lines * 8)
        self.notes_area = PrivateArea(self.notes, self.privacy_screen, self)

        self.shareable = QCheckBox(self.tr("Shareable: these notes may go into what I share"), self)
        self.shareable.setObjectName("entryShareable")
        self.shareable.setAccessibleName(self.tr("Shareable notes"))
        self.shareable.setToolTip(
            self.tr(
                "Notes are private unless shareable; a private note never appears in a summary "
                "made for someone else."
            )
        )

        self.goals = GoalPicker(self.journal, self)
        self.goals.setAccessibleName(self.tr("Goals"))

        self.agreement = QComboBox(self)
        self.agreement.setObjectName("entryAgreement")
        self.agreement.setAccessibleName(self.tr("Mentorship"))
        self.agreement.addItem(self.tr("None"), None)
        for row in self.journal.mentorships.rows():
            if row.status in ("completed", "ended", "declined") and not (
                entry is not None and entry.agreement_id == row.id
            ):
                continue
            self.agreement.addItem(
                self.tr("{name} ({role})").format(
                    name=row.person_name, role=label("my_role", row.my_role)
                ),
                row.id,
            )

        self.helped = QComboBox(self)
        self.helped.addItem(self.tr("Nobody in particular"), None)
        for value in Helped:
            self.helped.addItem(label("helped", value.value), value.value)
        self.helped.setAccessibleName(self.tr("Who helped whom"))

        self.follow_up = QCheckBox(self.tr("Follow up on"), self)
        self.follow_up.setAccessibleName(self.tr("Follow up"))
        self.follow_up_on = QDateEdit(self)
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        self.follow_up_on.setDisplayFormat(date_pattern())
        self.follow_up_on.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_on.setDate(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch(1)
        follow_widget = QWidget(self)
        follow_widget.setLayout(follow_row)

        self.errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget, QWidget]] = [
            ("occurred_at", self.tr("&Date and time:"), self.when, self.when),
            ("kind", self.tr("&Kind:"), self.kind, self.kind),
            ("participant_ids", self.tr("&With:"), self.participants, self.participants.edit),
            ("title", self.tr("&Title:"), self.title, self.title),
            ("body", self.tr("&Notes:"), self.notes_area, self.notes),
            ("shareable", "", self.shareable, self.shareable),
            ("goal_ids", self.tr("&Goals:"), self.goals, self.goals.add),
            ("agreement_id", self.tr("&Mentorship:"), self.agreement, self.agreement),
            ("helped", self.tr("Who &helped:"), self.helped, self.helped),
            ("follow_up_on", self.tr("&Follow-up:"), follow_widget, self.follow_up),
        ]
        for field, text, widget, buddy in rows:
            caption = QLabel(text, self)
            if text:
                caption.setBuddy(buddy)
            error = error_label(self, field)
            error.setAccessibleName(self.tr("Problem"))
            self.errors[field] = error
            self._fields[field] = buddy
            form.addRow(caption, field_column(widget, error))
        # A refusal that names no field of the form is shown above the buttons.
        self.general_error = QLabel(self)
        self.general_error.setObjectName("error_general")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if entry else self.tr("Log"))
        ok.setAccessibleName(ok.text())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button: QPushButton | None = None
        if entry is not None:
            # Apart from Save and Cancel, at the left, so it is not pressed by habit.
            self.delete_button = QPushButton(self.tr("Delete…"), self)
            self.delete_button.setAccessibleName(self.tr("Delete this entry"))
            self.delete_button.setAutoDefault(False)
            self.delete_button.clicked.connect(self.delete)

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        buttons_row = QHBoxLayout()
        if self.delete_button is not None:
            buttons_row.addWidget(self.delete_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.buttons)
        layout.addLayout(buttons_row)

        order: list[QWidget] = [
            self.when,
            self.kind,
            self.participants.edit,
        ]
        if self.participants.list is not None:
            order += [self.participants.list, self.participants.remove_button]
        order += [self.title, self.notes, self.shareable, self.goals.add, self.goals.list]
        order += [self.goals.remove_button, self.agreement, self.helped]
        order += [self.follow_up, self.follow_up_on]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def _load(self, entry: Entry) -> None:
        self.when.setDateTime(to_qdatetime(entry.occurred_at))
        self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        self.participants.set_people(entry.participant_ids)
        self.title.setText(entry.title)
        self.notes.setPlainText(entry.body)
        self.helped.setCurrentIndex(max(0, self.helped.findData(entry.helped)))
        self.shareable.setChecked(entry.shareable)
        self.goals.set_goals(entry.goal_ids)
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(entry.agreement_id)))
        if entry.follow_up_on is not None:
            self.follow_up.setChecked(True)
            self.follow_up_on.setDate(to_qdate(entry.follow_up_on))

    # --- saving -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says, as the domain API takes it."""
        return {
            "kind": self.kind.currentData(),
            "occurred_at": from_qdatetime(self.when.dateTime()),
            "title": self.title.text(),
            "body": self.notes.toPlainText(),
            "helped": self.helped.currentData(),
            "shareable": self.shareable.isChecked(),
            "agreement_id": self.agreement.currentData(),
            "follow_up_on": from_qdate(self.follow_up_on.date())
            if self.follow_up.isChecked()
            else None,
        }

    def clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.clear()
            error.hide()
        for widget in self._fields.values():
            widget.setAccessibleDescription("")

    def show_error(self, field: str | None, message: str) -> None:
        """Say why the journal refused, under the field it names."""
        error = self.errors.get(field or "", self.general_error)
        error.setText(message)
        error.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setAccessibleDescription(message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Store the entry; False (and the reason shown) when the journal refuses it."""
        self.clear_errors()
        values = self.values()
        people = self.participants.person_ids()
        typed = self.participants.pending_text()
        if typed:
            self.show_error(
                "participant_ids",
                self.tr("Pick “{name}” from the suggestions, or clear the field.").format(
                    name=typed
                ),
            )
            self._fields["participant_ids"].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        try:
            if self.entry_id is None:
                kind = values.pop("kind")
                occurred_at = values.pop("occurred_at")
                entry = self.journal.entries.log(
                    kind, occurred_at, people, goal_ids=self.goals.goal_ids(), **values
                )
                self.entry_id = entry.id
            else:
                self.journal.entries.update(
                    self.entry_id,
                    participant_ids=people,
                    goal_ids=self.goals.goal_ids(),
                    **values,
                )
        except InvalidInput as exc:
            self.show_error(exc.field, error_text(exc))
            return False
        self.accept()
        return True

    def delete(self) -> None:
        """Delete the entry after asking."""
        if self.entry_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this entry from the journal? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.journal.entries.delete(self.entry_id)
        except InvalidInput as exc:
            self.show_error(exc.field, error_text(exc))
            return
        self.done(DELETED)


def open_entry_dialog(
    journal: Journal,
    parent: QWidget,
    entry_id: int | None = None,
    person_ids: Sequence[int] = (),
    *,
    kind: str | None = None,
    agreement_id: int | None = None,
    goal_ids: Sequence[int] = (),
    privacy: PrivacyScreen | None = None,
) -> EntryDialog:
    """Show the entry dialog (window-modal, deleted when closed) and return it.

    A new entry starts with these people, kind, mentorship and goals; `privacy` is the
    window's privacy screen, which hides the notes while it is on.
    """
    return open_window_modal(
        EntryDialog(
            journal,
            entry_id,
            person_ids,
            parent,
            kind=kind,
            agreement_id=agreement_id,
            goal_ids=goal_ids,
            privacy=privacy,
        )
    )
