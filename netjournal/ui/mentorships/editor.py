"""`AgreementEditor`: one mentorship agreement beside the list — its terms, its status,
its sessions, reviews and action items.

The terms follow the domain's rules (netjournal/journal/mentorships.py):
- while the agreement is proposed, every edit is saved as it is made and the
  draft changes in place (still one revision);
- once it is active or paused the terms are read-only; "Revise terms…" makes
  them editable with a required reason, and "Save revision" is one
  `mentorships.update` call, so one revision (a refusal is shown under the
  field it names, and nothing is half-saved);
- a completed, ended or declined agreement keeps its terms.
The review date is scheduling, not a term: it can always be moved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal import validate as v
from netjournal.journal.changes import Change
from netjournal.journal.mentorships import AGREED, OVER
from netjournal.journal.records import ActionItem, Agreement, EntryRow
from netjournal.journal.vocab import AgreementStatus, EntryKind, MyRole
from netjournal.ui.contacts.fields import OptionalDateEdit
from netjournal.ui.entries.dialog import open_entry_dialog
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import (
    DueStatus,
    entry_heading,
    format_date,
    format_date_long,
    local_date,
)
from netjournal.ui.labels import label
from netjournal.ui.mentorships.history import open_history_dialog
from netjournal.ui.mentorships.new_agreement import meeting_cadence
from netjournal.ui.mentorships.review import open_review_dialog
from netjournal.ui.mentorships.session import open_session_dialog
from netjournal.ui.mentorships.summary import open_summary_dialog
from netjournal.ui.models.agreements import program_text
from netjournal.ui.models.base import WeakListener
from netjournal.ui.widgets.forms import (
    ERROR_STYLE,
    FieldErrors,
    PendingEdits,
    SectionedEditor,
    error_label,
    field_box,
)
from netjournal.ui.widgets.goal_picker import GoalPicker
from netjournal.ui.widgets.privacy import PrivacyScreen, hidden_text, screened

# How many of the agreement's newest entries the Sessions list shows.
SESSIONS_SHOWN = 50
# Done action items stay listed (ticked) so a tick can be taken back.
DONE_ACTIONS_SHOWN = 5
# The lists below the terms grow up to this many rows, then scroll.
LIST_ROWS = 6
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

Status = AgreementStatus


@dataclass(frozen=True)
class StatusStep:
    """A change of status the editor offers: its button, where it leads, what it asks."""

    key: str
    text: str
    accessible: str
    target: str
    title: str
    question: str


def status_steps() -> dict[str, StatusStep]:
    """The steps by key; which ones show depends on the current status (`STEPS_FROM`)."""
    reason = AgreementEditor.tr("Why? (optional, kept with the history)")
    return {
        step.key: step
        for step in (
            StatusStep(
                "activate",
                AgreementEditor.tr("Mark as agreed"),
                AgreementEditor.tr("Mark the agreement as agreed: it becomes active"),
                Status.ACTIVE,
                AgreementEditor.tr("Agreed"),
                reason,
            ),
            StatusStep(
                "decline",
                AgreementEditor.tr("Declined"),
                AgreementEditor.tr("Mark the proposal as declined"),
                Status.DECLINED,
                AgreementEditor.tr("Declined"),
                reason,
            ),
            StatusStep(
                "pause",
                AgreementEditor.tr("Pause"),
                AgreementEditor.tr("Pause the agreement"),
                Status.PAUSED,
                AgreementEditor.tr("Pause the agreement"),
                reason,
            ),
            StatusStep(
                "resume",
                AgreementEditor.tr("Resume"),
                AgreementEditor.tr("Resume the agreement"),
                Status.ACTIVE,
                AgreementEditor.tr("Resume the agreement"),
                reason,
            ),
            StatusStep(
                "complete",
                AgreementEditor.tr("Complete"),
                AgreementEditor.tr("Complete the agreement"),
                Status.COMPLETED,
                AgreementEditor.tr("Complete the agreement"),
                reason,
            ),
            StatusStep(
                "end",
                AgreementEditor.tr("End early"),
                AgreementEditor.tr("End the agreement early"),
                Status.ENDED,
                AgreementEditor.tr("End the agreement early"),
                reason,
            ),
            StatusStep(
                "reopen",
                AgreementEditor.tr("Reopen"),
                AgreementEditor.tr("Reopen the agreement: it becomes active again"),
                Status.ACTIVE,
                AgreementEditor.tr("Reopen the agreement"),
                reason,
            ),
            StatusStep(
                "repropose",
                AgreementEditor.tr("Reopen as a proposal"),
                AgreementEditor.tr("Reopen the declined agreement as a proposal"),
                Status.PROPOSED,
                AgreementEditor.tr("Reopen as a proposal"),
                reason,
            ),
        )
    }


STEPS_FROM = {
    Status.PROPOSED: ("activate", "decline"),
    Status.ACTIVE: ("pause", "complete", "end"),
    Status.PAUSED: ("resume", "complete", "end"),
    Status.COMPLETED: ("reopen",),
    Status.ENDED: ("reopen",),
    Status.DECLINED: ("repropose",),
}


class _AiryDelegate(QStyledItemDelegate):
    """Rows a little taller than their text, as in the window's other lists."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


@dataclass
class _Term:
    """One term in the form: how to read it, show it, and make it read-only."""

    get: Callable[[], Any]
    put: Callable[[Agreement], None]
    lock: Callable[[bool], None]
    focus: QWidget
    value: Callable[[Agreement], Any]


def agreed_on(agreement: Agreement) -> datetime | None:
    """When the terms in force were agreed: the last revision that made it active."""
    found = None
    before = None
    for revision in agreement.revisions:
        status = revision.terms.get("status")
        if status in AGREED and before not in AGREED:
            found = revision.created_at
        before = status
    return found


class AgreementEditor(SectionedEditor):
    """The terms of one agreement in a form, its status, and what happened in it."""

    # "Show in Contacts" was clicked: the window shows the counterpart.
    show_person = Signal(int)
    # An edit was saved (the agreement's id).
    saved = Signal(int)
    # What can be done changed: another agreement, status or mode (the tab's actions follow).
    state_changed = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementEditor")
        self.setAccessibleName(self.tr("Agreement"))
        self.journal = journal
        # While it is on, the sessions' and reviews' notes hide here and in the dialogs.
        self.privacy_screen = privacy
        self.agreement_id: int | None = None
        self.agreement: Agreement | None = None
        self.revising = False
        self._loading = False
        self.terms: dict[str, _Term] = {}
        self.errors = FieldErrors()
        self.pending = PendingEdits(self, self._save_field)
        self.steps = status_steps()

        self._build_header()
        self._build_banner()
        self._build_status()
        self._build_revise_box()
        self._build_terms()
        self._build_sessions()
        self._build_reviews()
        self._build_actions()
        self.layout_.addStretch(1)
        self._align_captions()
        self._listener = WeakListener(self.on_change)
        journal.subscribe(self._listener)
        if privacy is not None:
            privacy.changed.connect(self._on_privacy_changed)

    def _on_privacy_changed(self, _hidden: bool) -> None:
        """The lists of sessions and reviews show their notes, or hide them."""
        if self.agreement is not None:
            self._show_sessions(self.agreement)
            self._show_reviews(self.agreement)

    # --- building -----------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _row(
        self,
        form: QFormLayout,
        key: str,
        text: str,
        widget: QWidget,
        buddy: QWidget,
        note: QLabel | None = None,
    ) -> QLabel:
        """A captioned row with the field, an optional note and the field's error line."""
        below = [note] if note is not None else []
        problem = self.tr("Problem with {field}").format(field=text)
        return self._field_row(form, key, text, widget, buddy, *below, problem=problem)

    def _build_header(self) -> None:
        self.title, self.subtitle = self._title("agreementTitle", "agreementSubtitle")
        self.contacts_button = self._button(
            self.tr("Show in Contacts"),
            self.tr("Show the counterpart in Contacts"),
            self._show_person,
        )
        self.summary_button = self._button(
            self.tr("Share a summary…"),
            self.tr("Share a one-page summary of the agreement"),
            self.share_summary,
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.contacts_button)
        row.addWidget(self.summary_button)
        row.addStretch(1)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.subtitle)
        self.layout_.addLayout(row)

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("adaptBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("adaptBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Revise terms…"), self.banner)
        self.banner_button.setObjectName("adaptBannerButton")
        self.banner_button.setAccessibleName(self.tr("Revise the terms as the review decided"))
        self.banner_button.setAutoDefault(False)
        self.banner_button.clicked.connect(lambda _=False: self.adapt_from_review())
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.hide()
        self.layout_.addSpacing(4)
        self.layout_.addWidget(self.banner)

    def _build_status(self) -> None:
        self._add_heading(self.tr("Status"))
        self.status_word = QLabel(self)
        self.status_word.setObjectName("agreementStatus")
        font = QFont(self.status_word.font())
        font.setBold(True)
        self.status_word.setFont(font)
        self.step_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_word)
        row.addSpacing(8)
        for key, step in self.steps.items():
            button = self._button(step.text, step.accessible, lambda k=key: self.take_step(k))
            button.setObjectName(f"{key}Button")
            button.hide()  # each status shows its own few
            self.step_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.status_error = error_label(self, "status")
        self.status_error.setAccessibleName(self.tr("Problem with the status"))
        self.errors.register("status", self.status_word, self.status_error)
        self.layout_.addWidget(self.status_error)
        self.agreed_line = self._muted()
        self.agreed_line.setObjectName("agreedLine")
        self.revise_button = self._button(
            self.tr("Revise terms…"), self.tr("Revise the terms"), self.start_revision
        )
        self.revise_button.setObjectName("reviseButton")
        self.history_button = self._button(
            self.tr("History…"), self.tr("History of the agreement's revisions"), self.open_history
        )
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.agreed_line, 1)
        line.addWidget(self.revise_button, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(line)

    def _build_revise_box(self) -> None:
        self.revise_box = QFrame(self)
        self.revise_box.setObjectName("reviseBox")
        self.revise_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.reason = QLineEdit(self.revise_box)
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        self.reason.setPlaceholderText(self.tr("Why the terms change, in a few words"))
        self.reason.setMaxLength(v.SHORT_TEXT_MAX)
        self.reason.textEdited.connect(lambda _t: self.errors.clear("reason"))
        reason_caption = QLabel(self.tr("&Reason for the change:"), self.revise_box)
        reason_caption.setBuddy(self.reason)
        self.reason_error = error_label(self.revise_box, "reason")
        self.reason_error.setAccessibleName(self.tr("Problem with the reason"))
        self.errors.register("reason", self.reason, self.reason_error)
        self.revise_hint = self._muted(
            self.tr("Change the terms below, then save them as a new revision.")
        )
        self.revise_error = QLabel(self.revise_box)
        self.revise_error.setObjectName("error_revision")
        self.revise_error.setWordWrap(True)
        self.revise_error.setStyleSheet(ERROR_STYLE)
        self.revise_error.hide()
        self.save_revision_button = QPushButton(self.tr("Save revision"), self.revise_box)
        self.save_revision_button.setObjectName("saveRevisionButton")
        self.save_revision_button.setAccessibleName(self.tr("Save the revision"))
        self.save_revision_button.setAutoDefault(False)
        self.save_revision_button.clicked.connect(lambda _=False: self.save_revision())
        self.cancel_revision_button = QPushButton(self.tr("Cancel"), self.revise_box)
        self.cancel_revision_button.setObjectName("cancelRevisionButton")
        self.cancel_revision_button.setAccessibleName(self.tr("Cancel the revision"))
        self.cancel_revision_button.setAutoDefault(False)
        self.cancel_revision_button.clicked.connect(lambda _=False: self.cancel_revision())
        self.reason.returnPressed.connect(self.save_revision)
        layout = QVBoxLayout(self.revise_box)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(reason_caption)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(self.revise_hint)
        layout.addWidget(self.revise_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_revision_button)
        buttons.addWidget(self.save_revision_button)
        layout.addLayout(buttons)
        self.revise_box.hide()
        self.layout_.addWidget(self.revise_box)

    def _term(
        self,
        key: str,
        get: Callable[[], Any],
        put: Callable[[Agreement], None],
        lock: Callable[[bool], None],
        focus: QWidget,
        value: Callable[[Agreement], Any] | None = None,
    ) -> None:
        self.terms[key] = _Term(get, put, lock, focus, value or (lambda a: getattr(a, key)))

    def _line_term(self, form: QFormLayout, key: str, text: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(f"{key}Edit")
        line.setAccessibleName(text)
        line.setPlaceholderText(placeholder)

        def put(agreement: Agreement) -> None:
            line.setText(getattr(agreement, key))
            line.setCursorPosition(0)

        def lock(locked: bool) -> None:
            line.setReadOnly(locked)
            line.setPlaceholderText(self.tr("Not set") if locked else placeholder)

        self._row(form, key, text, line, line)
        self._term(key, line.text, put, lock, line)
        line.textEdited.connect(lambda _t: self._edited(key))
        return line

    def _text_term(self, form: QFormLayout, key: str, text: str, placeholder: str) -> None:
        edit = QPlainTextEdit(self)
        edit.setObjectName(f"{key}Edit")
        edit.setAccessibleName(text)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)

        def put(agreement: Agreement) -> None:
            if edit.toPlainText() != getattr(agreement, key):
                edit.setPlainText(getattr(agreement, key))

        def lock(locked: bool) -> None:
            edit.setReadOnly(locked)
            edit.setPlaceholderText(self.tr("Not agreed") if locked else placeholder)

        self._row(form, key, text, edit, edit)
        self._term(key, edit.toPlainText, put, lock, edit)
        edit.textChanged.connect(lambda: self._edited(key))

    def _date_term(
        self, form: QFormLayout, key: str, text: str, note: QLabel | None = None
    ) -> OptionalDateEdit:
        edit = OptionalDateEdit(text, self)
        edit.setObjectName(f"{key}Edit")

        def lock(locked: bool) -> None:
            edit.edit.setReadOnly(locked)
            edit.clear_button.setEnabled(not locked)

        self._row(form, key, text, edit, edit.edit, note)
        self._term(key, edit.value, lambda a: edit.set_value(getattr(a, key)), lock, edit.edit)
        edit.changed.connect(lambda: self._edited(key))
        return edit

    def _build_terms(self) -> None:
        form = self._section(self.tr("Who"))
        self.person_name = QLabel(self)
        self.person_name.setObjectName("counterpartName")
        self.change_person_button = self._button(
            self.tr("Change…"), self.tr("Change who the proposal is with"), self._change_person
        )
        self.person_picker = PersonPicker(self.journal, single=True, parent=self)
        self.person_picker.edit.setAccessibleName(self.tr("New counterpart"))
        self.person_picker.edit.setPlaceholderText(self.tr("Type a name to pick someone else"))
        self.person_picker.changed.connect(self._on_person_picked)
        self.person_picker.hide()
        person_box = QWidget(self)
        person_row = QHBoxLayout(person_box)
        person_row.setContentsMargins(0, 0, 0, 0)
        person_row.addWidget(self.person_name)
        person_row.addWidget(self.change_person_button)
        person_row.addStretch(1)
        person_column = field_box(self, person_box, self.person_picker)
        self._row(form, "person_id", self.tr("With"), person_column, self.change_person_button)
        self._term(
            "person_id",
            lambda: (self.person_picker.person_ids() or [None])[0],
            self._put_person,
            lambda _locked: None,
            self.person_picker.edit,
        )

        self.role = QComboBox(self)
        self.role.setObjectName("roleCombo")
        self.role.setAccessibleName(self.tr("My role"))
        for role in MyRole:
            self.role.addItem(label("my_role", role.value), role.value)
        self._row(form, "my_role", self.tr("My role"), self.role, self.role)
        self._term(
            "my_role",
            self.role.currentData,
            lambda a: self.role.setCurrentIndex(self.role.findData(a.my_role)),
            lambda locked: self.role.setEnabled(not locked),
            self.role,
        )
        self.role.activated.connect(lambda _i: self._edited("my_role", at_once=True))

        self.formal = QCheckBox(self.tr("Part of a formal program"), self)
        self.formal.setObjectName("formalCheck")
        self.formal.setAccessibleName(self.tr("Formal"))
        self._row(form, "formal", self.tr("Formal"), self.formal, self.formal)
        self._term(
            "formal",
            self.formal.isChecked,
            lambda a: self.formal.setChecked(a.formal),
            lambda locked: self.formal.setEnabled(not locked),
            self.formal,
        )
        self.formal.clicked.connect(lambda _c: self._on_formal_clicked())
        self.who_form = form
        self.program = self._line_term(
            form, "program", self.tr("Program"), self.tr("The program's name")
        )

        note = self._muted(self.tr("Moving the review date needs no revision."))
        form = self._section(self.tr("Dates"))
        self.started_on = self._date_term(form, "started_on", self.tr("Starts"))
        self.ends_on = self._date_term(form, "ends_on", self.tr("Ends"))
        self.review_on = OptionalDateEdit(self.tr("Review date"), self)
        self.review_on.setObjectName("review_onEdit")
        self._row(
            form, "review_on", self.tr("Review on"), self.review_on, self.review_on.edit, note
        )
        self.review_on.changed.connect(lambda: self._edited("review_on"))

        form = self._section(self.tr("Meetings"))
        self.cadence = meeting_cadence(self)
        self.cadence.setObjectName("cadenceEdit")

        def lock_cadence(locked: bool) -> None:
            self.cadence.count.setReadOnly(locked)
            self.cadence.unit.setEnabled(not locked)

        self._row(form, "cadence_days", self.tr("Meets"), self.cadence, self.cadence.count)
        self._term(
            "cadence_days",
            self.cadence.value,
            lambda a: self.cadence.set_value(a.cadence_days),
            lock_cadence,
            self.cadence.count,
        )
        self.cadence.changed.connect(lambda: self._edited("cadence_days"))
        self.channel = self._line_term(
            form, "channel", self.tr("Channel"), self.tr("Video call, coffee, email…")
        )

        form = self._section(self.tr("Objectives"))
        self.goals = GoalPicker(self.journal, self)
        self.goals.setObjectName("objectivesPicker")
        self.goals.setAccessibleName(self.tr("Objectives"))
        self.goals.add.setAccessibleName(self.tr("Add an objective"))
        # A long goal title must not widen the pane: the list of goals elides instead.
        self.goals.add.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goals.add.setMinimumContentsLength(16)
        self.goals.list.setAccessibleName(self.tr("Objectives: goals of this agreement"))
        self.goals_text = QLabel(self)
        self.goals_text.setObjectName("objectivesText")
        self.goals_text.setWordWrap(True)
        goals_box = QWidget(self)
        goals_column = QVBoxLayout(goals_box)
        goals_column.setContentsMargins(0, 0, 0, 0)
        goals_column.addWidget(self.goals)
        goals_column.addWidget(self.goals_text)

        def lock_goals(locked: bool) -> None:
            self.goals.setVisible(not locked)
            self.goals_text.setVisible(locked)

        self._row(form, "goal_ids", self.tr("Goals"), goals_box, self.goals.add)
        self._term(
            "goal_ids",
            self.goals.goal_ids,
            self._put_goals,
            lock_goals,
            self.goals.add,
            lambda a: list(a.goal_ids),
        )
        self.goals.changed.connect(lambda: self._edited("goal_ids", at_once=True))

        form = self._section(self.tr("Expectations"))
        self._text_term(
            form,
            "my_expectations",
            self.tr("What I expect of them"),
            self.tr("Preparation, punctuality, following up on action items…"),
        )
        self._text_term(
            form,
            "their_expectations",
            self.tr("What they expect of me"),
            self.tr("Feedback, introductions, time…"),
        )
        self._text_term(
            form,
            "boundaries",
            self.tr("Boundaries and confidentiality"),
            self.tr("What stays between us, what is off limits, how to say no…"),
        )

    def _tree(
        self, name: str, accessible: str, headers: list[str], stretch: int | None = None
    ) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setAccessibleName(accessible)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels(headers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setFrameShape(QFrame.Shape.StyledPanel)
        tree.setItemDelegate(_AiryDelegate(tree))
        header = tree.header()
        header.setStretchLastSection(stretch is None)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is None:
            header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.layout_.addWidget(tree)
        return tree

    @staticmethod
    def _fit(tree: QTreeWidget) -> None:
        """As tall as its rows, up to LIST_ROWS; hidden when empty."""
        count = tree.topLevelItemCount()
        tree.setVisible(count > 0)
        if not count:
            return
        row = tree.sizeHintForRow(0) if count else tree.fontMetrics().height() + 8
        header = tree.header().sizeHint().height()
        tree.setFixedHeight(header + row * min(count, LIST_ROWS) + 2 * tree.frameWidth() + 2)

    def _build_sessions(self) -> None:
        self.session_button = self._button(
            self.tr("Log a session…"), self.tr("Log a session of this agreement"), self.log_session
        )
        self.session_button.setObjectName("logSessionButton")
        self.session_button.setToolTip(self.tr("Log a session (Ctrl+Shift+S)"))
        self._section(self.tr("Sessions"), self.session_button)
        self.sessions = self._tree(
            "sessionsList",
            self.tr("Sessions"),
            [self.tr("Date"), self.tr("What"), self.tr("About")],
        )
        self.sessions.itemActivated.connect(
            lambda item, _c: self.open_entry(int(item.data(0, ID_ROLE)))
        )
        self.sessions_empty = self._muted()
        self.sessions_empty.setObjectName("sessionsEmpty")
        self.layout_.addWidget(self.sessions_empty)

    def _build_reviews(self) -> None:
        self.review_button = self._button(
            self.tr("Review…"), self.tr("Review this agreement"), self.open_review
        )
        self.review_button.setObjectName("reviewButton")
        self.review_button.setToolTip(self.tr("Review the agreement (Ctrl+Shift+R)"))
        self._section(self.tr("Reviews"), self.review_button)
        self.review_error = error_label(self, "review")
        self.review_error.setAccessibleName(self.tr("Problem with the review"))
        self.layout_.addWidget(self.review_error)
        self.reviews = self._tree(
            "reviewsList",
            self.tr("Reviews"),
            [self.tr("Date"), self.tr("Decision"), self.tr("What works / what to change")],
        )
        self.reviews.itemActivated.connect(
            lambda item, _c: self.open_review(int(item.data(0, ID_ROLE)))
        )
        self.reviews_empty = self._muted()
        self.reviews_empty.setObjectName("reviewsEmpty")
        self.layout_.addWidget(self.reviews_empty)

    def _build_actions(self) -> None:
        self._section(self.tr("Open action items"))
        self.actions = self._tree(
            "actionsList",
            self.tr("Action items: tick one when it is done"),
            [self.tr("Action item"), self.tr("Owner"), self.tr("Due")],
            stretch=0,
        )
        self.actions.itemChanged.connect(self._on_action_ticked)
        self.actions_empty = self._muted()
        self.actions_empty.setObjectName("actionsEmpty")
        self.layout_.addWidget(self.actions_empty)

    # --- showing ------------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if self.agreement_id is None:
            return
        if self.agreement_id in change.removed_of("agreement"):
            return  # the tab shows something else
        if change.concerns("agreement", "entry", "action", "goal") or self._concerns_person(change):
            self.load(self.agreement_id)

    def _concerns_person(self, change: Change) -> bool:
        """Whether the change touched the counterpart (not just anyone edited in Contacts)."""
        if "person" not in change.kinds or self.agreement is None:
            return False
        ids = change.ids_of("person") | change.removed_of("person")
        return not ids or self.agreement.person_id in ids

    def shutdown(self) -> None:
        self.pending.flush()
        self.journal.unsubscribe(self._listener)

    def load(self, agreement_id: int) -> None:
        """Show an agreement; another agreement's pending edits are saved first.

        The same agreement again (the journal changed) refreshes every field but the
        ones being edited; while revising, the terms stay as the user has them.
        """
        same = agreement_id == self.agreement_id
        if not same:
            self.pending.flush()
            self.pending.discard()
            self.revising = False
            self.errors.clear_all()
            self.reason.clear()
            self.revise_error.hide()
            self.review_error.hide()
            self.person_picker.hide()
        try:
            agreement = self.journal.mentorships.get(agreement_id)
        except NotFound:
            self.clear()
            return
        self.agreement_id = agreement_id
        self.agreement = agreement
        if self.revising and agreement.status not in AGREED:
            self.revising = False  # its status changed meanwhile (a review closed it)
        focus = QApplication.focusWidget()
        self._loading = True
        self.pending.paused = True
        try:
            if not (same and self.revising):
                for key, term in self.terms.items():
                    busy = self.pending.has(key) or bool(self.errors.text(key))
                    focused = focus is not None and (
                        focus is term.focus or term.focus.isAncestorOf(focus)
                    )
                    if not same or key == "person_id" or not (busy or focused):
                        term.put(agreement)  # (the counterpart is a label: always shown)
            if not same or not (self.pending.has("review_on") or self.review_on.edit.hasFocus()):
                self.review_on.set_value(agreement.review_on)
        finally:
            self._loading = False
            self.pending.paused = False
        self._apply_mode()
        self._show_header(agreement)
        self._show_sessions(agreement)
        self._show_reviews(agreement)
        self._show_actions(agreement)

    def clear(self) -> None:
        self.pending.discard()
        self.agreement_id = None
        self.agreement = None
        self.revising = False

    def _put_person(self, agreement: Agreement) -> None:
        self.person_name.setText(agreement.person_name)

    def _put_goals(self, agreement: Agreement) -> None:
        self.goals.set_goals(agreement.goal_ids)
        titles = {r.id: r.title for r in self.journal.goals.rows(ids=list(agreement.goal_ids))}
        names = [titles[g] for g in agreement.goal_ids if g in titles]
        self.goals_text.setText("\n".join(f"• {n}" for n in names) or self.tr("None yet"))

    def _show_header(self, agreement: Agreement) -> None:
        self.title.setText(agreement.person_name)
        self.subtitle.setText(
            " · ".join(
                (
                    label("my_role", agreement.my_role),
                    label("agreement_status", agreement.status),
                    program_text(agreement.formal, agreement.program),
                )
            )
        )
        pending = agreement.pending_adaptation
        if pending is not None and agreement.status in AGREED and not self.revising:
            self.banner_text.setText(
                self.tr("The review of {date} decided to adapt this agreement —").format(
                    date=format_date(pending.occurred_at)
                )
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _apply_mode(self) -> None:
        agreement = self.agreement
        if agreement is None:
            return
        status = agreement.status
        draft = status == Status.PROPOSED
        agreed = status in AGREED
        editable = draft or (agreed and self.revising)
        for term in self.terms.values():
            term.lock(not editable)
        self.program.setEnabled(self.formal.isChecked() or not editable)
        # An informal agreement has no program to read; one being edited may get one.
        self.who_form.setRowVisible(
            self.program.parentWidget(), editable or self.formal.isChecked()
        )
        self.change_person_button.setVisible(draft)
        if not draft:
            self.person_picker.hide()
        self.revise_box.setVisible(self.revising)
        self.revise_button.setVisible(agreed and not self.revising)
        self.status_word.setText(label("agreement_status", status))
        shown = STEPS_FROM[Status(status)]
        for key, button in self.step_buttons.items():
            button.setVisible(key in shown)
            button.setEnabled(not self.revising)
        self.agreed_line.setText(self._agreed_text(agreement))
        self.session_button.setEnabled(status not in OVER)
        self.session_button.setToolTip(
            self.tr("Log a session (Ctrl+Shift+S)")
            if status not in OVER
            else self.tr("No more sessions are logged for an agreement that is over.")
        )
        self.state_changed.emit()

    def _agreed_text(self, agreement: Agreement) -> str:
        status = agreement.status
        count = len(agreement.revisions)
        if status == Status.PROPOSED:
            return self.tr(
                "A proposal: every change is saved as you make it, and the draft stays one "
                "revision until you both agree."
            )
        if status in AGREED:
            when = agreed_on(agreement)
            last = agreement.revisions[-1].created_at if agreement.revisions else None
            parts = []
            if when is not None:
                parts.append(
                    self.tr("Agreed on {date}.").format(date=format_date_long(local_date(when)))
                )
            if last is not None and (when is None or local_date(last) != local_date(when)):
                parts.append(
                    self.tr("Last changed on {date} (revision {n}).").format(
                        date=format_date_long(local_date(last)), n=count
                    )
                )
            parts.append(self.tr("Changing the terms needs a reason."))
            return " ".join(parts)
        if status == Status.DECLINED:
            return self.tr(
                "This proposal was declined: its terms stay as they were. Reopen it as a "
                "proposal to change them."
            )
        if status == Status.COMPLETED:
            return self.tr(
                "This agreement is completed: its terms stay as they were. Reopen it to change "
                "them."
            )
        return self.tr(
            "This agreement was ended early: its terms stay as they were. Reopen it to change them."
        )

    def _show_sessions(self, agreement: Agreement) -> None:
        page = self.journal.entries.page(
            agreement_id=agreement.id, limit=SESSIONS_SHOWN, with_rows=True
        )
        rows: tuple[EntryRow, ...] = page.rows
        reviews = {r.entry_id: r for r in agreement.reviews}
        private = screened(self.privacy_screen)
        self.sessions.clear()
        for row in rows:
            # Behind the privacy screen the start of the notes never stands in for a title.
            about = row.title if private else entry_heading(row)
            review = reviews.get(row.id)
            if review is not None and not about:
                about = label("review_decision", review.decision)
            if not about and private:
                about = entry_heading(row, private=True)
            item = QTreeWidgetItem(
                [format_date(row.occurred_at), label("entry_kind", row.kind), about]
            )
            item.setToolTip(0, format_date_long(row.occurred_at))
            item.setToolTip(2, about)
            item.setData(0, ID_ROLE, row.id)
            item.setData(0, KIND_ROLE, row.kind)
            self.sessions.addTopLevelItem(item)
        self._fit(self.sessions)
        if not rows:
            self.sessions_empty.setText(
                self.tr("No sessions yet — Log a session… (Ctrl+Shift+S)")
                if agreement.status not in OVER
                else self.tr("No sessions were logged.")
            )
        elif not page.complete:
            self.sessions_empty.setText(
                self.tr(
                    "The newest {n}; the Timeline, filtered by this mentorship, has them all."
                ).format(n=SESSIONS_SHOWN)
            )
        self.sessions_empty.setVisible(not rows or not page.complete)

    def _show_reviews(self, agreement: Agreement) -> None:
        self.reviews.clear()
        private = screened(self.privacy_screen)
        for review in reversed(agreement.reviews):
            said = " / ".join(
                " ".join(t.split()) for t in (review.what_works, review.what_to_change) if t
            )
            if private and said:
                said = hidden_text()
            item = QTreeWidgetItem(
                [
                    format_date(review.occurred_at),
                    label("review_decision", review.decision),
                    said,
                ]
            )
            item.setToolTip(0, format_date_long(review.occurred_at))
            item.setToolTip(
                2,
                said
                if private
                else "\n\n".join(
                    f"{title}: {text}"
                    for title, text in (
                        (self.tr("What works"), review.what_works),
                        (self.tr("What to change"), review.what_to_change),
                    )
                    if text
                ),
            )
            if private and said:
                item.setForeground(2, self.palette().brush(QPalette.ColorRole.PlaceholderText))
            item.setData(0, ID_ROLE, review.entry_id)
            self.reviews.addTopLevelItem(item)
        self._fit(self.reviews)
        if agreement.reviews:
            self.reviews_empty.hide()
        else:
            self.reviews_empty.setText(
                self.tr("No reviews yet — Review… (Ctrl+Shift+R) looks back at how it goes.")
                if agreement.status in AGREED
                else self.tr("No reviews yet. Only an active or paused agreement is reviewed.")
            )
            self.reviews_empty.show()

    def _show_actions(self, agreement: Agreement) -> None:
        items = self.journal.mentorships.actions(open_only=False, agreement_id=agreement.id)
        open_items = [a for a in items if a.done_on is None]
        open_items.sort(key=lambda a: (a.due_on is None, a.due_on or date.max, a.id))
        done = sorted(
            (a for a in items if a.done_on is not None),
            key=lambda a: (a.done_on, a.id),
            reverse=True,
        )[:DONE_ACTIONS_SHOWN]
        blocked = self.actions.blockSignals(True)
        self.actions.clear()
        for action in [*open_items, *done]:
            self.actions.addTopLevelItem(self._action_item(action))
        self.actions.blockSignals(blocked)
        self._fit(self.actions)
        overdue = sum(1 for a in open_items if DueStatus.of(a.due_on) is DueStatus.OVERDUE)
        if not items:
            self.actions_empty.setText(
                self.tr("No action items yet: a session's action items are listed here.")
            )
        elif not open_items:
            self.actions_empty.setText(self.tr("Every action item is done."))
        elif overdue:
            self.actions_empty.setText(
                self.tr("{open} open, {overdue} of them overdue.").format(
                    open=len(open_items), overdue=overdue
                )
            )
        else:
            self.actions_empty.setText(self.tr("{open} open.").format(open=len(open_items)))
        self.actions_empty.show()

    def _action_item(self, action: ActionItem) -> QTreeWidgetItem:
        if action.done_on is not None:
            due = self.tr("Done {date}").format(date=format_date(action.done_on))
        elif action.due_on is None:
            due = self.tr("No due date")
        else:
            status = DueStatus.of(action.due_on)
            due = format_date(action.due_on)
            if status is DueStatus.OVERDUE:
                due = self.tr("{status} · {date}").format(status=status.label, date=due)
        item = QTreeWidgetItem([action.title, label("owner", action.owner), due])
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        item.setCheckState(0, Qt.CheckState.Checked if action.done_on else Qt.CheckState.Unchecked)
        item.setData(0, ID_ROLE, action.id)
        item.setToolTip(0, action.title)
        if action.due_on is not None:
            item.setToolTip(2, format_date_long(action.due_on))
        if action.done_on is not None:
            muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
            for column in range(3):
                item.setForeground(column, muted)
        elif DueStatus.of(action.due_on) is DueStatus.OVERDUE:
            item.setForeground(2, QBrush(DueStatus.OVERDUE.colour))
        return item

    # --- editing the terms --------------------------------------------------------------

    def _edited(self, key: str, at_once: bool = False) -> None:
        if self._loading or self.agreement is None:
            return
        if key == "review_on":
            self.pending.edited(key)  # scheduling, not a term: saved whatever the status
            return
        if self.revising:
            self.errors.clear(key)
            self.revise_error.hide()
            return
        if self.agreement.status != Status.PROPOSED:
            return
        self.pending.edited(key)
        if at_once:
            self.pending.flush()

    def _on_formal_clicked(self) -> None:
        self.program.setEnabled(self.formal.isChecked())
        self._edited("formal", at_once=True)

    def _save_field(self, key: str) -> None:
        """Save one edited field of a draft (or the review date) on its own."""
        agreement_id = self.agreement_id
        if agreement_id is None:
            return
        value = self.review_on.value() if key == "review_on" else self.terms[key].get()
        try:
            self.journal.mentorships.update(agreement_id, **{key: value})
        except NotFound:
            self.pending.discard()
        except InvalidInput as exc:
            field = exc.field if self.errors.has(exc.field) else key
            assert field is not None
            self.errors.show(field, error_text(exc))
        else:
            self.errors.clear(key)
            self.saved.emit(agreement_id)

    def flush(self) -> None:
        """Save the edits still waiting for their pause."""
        self.pending.flush()

    def _change_person(self) -> None:
        self.person_picker.show()
        self.person_picker.set_people([])
        self.person_picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_person_picked(self) -> None:
        if self._loading or self.agreement is None or not self.person_picker.person_ids():
            return
        if self.agreement.status != Status.PROPOSED:
            return
        self._save_field("person_id")
        if not self.errors.text("person_id"):
            self.person_picker.hide()

    def _show_person(self) -> None:
        if self.agreement is not None:
            self.show_person.emit(self.agreement.person_id)

    # --- revising -----------------------------------------------------------------------

    def can_revise(self) -> bool:
        return self.agreement is not None and self.agreement.status in AGREED

    def start_revision(self, reason: str = "") -> bool:
        """Make the agreed terms editable, with a reason to give; False when they are not
        agreed (a proposal is edited as it is; an agreement that is over keeps its terms)."""
        if not self.can_revise():
            return False
        self.pending.flush()
        self.revising = True
        self.errors.clear_all()
        self.revise_error.hide()
        if reason or not self.reason.text():
            self.reason.setText(reason)
        self._apply_mode()
        assert self.agreement is not None
        self._show_header(self.agreement)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reason.selectAll()
        return True

    def adapt_from_review(self) -> bool:
        """Revise the terms as the last review decided, its "what to change" as the reason."""
        if self.agreement is None:
            return False
        review = self.agreement.pending_adaptation
        text = review.what_to_change if review is not None else ""
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        return self.start_revision(first[: v.SHORT_TEXT_MAX])

    def revision_changes(self) -> dict[str, Any]:
        """The terms the form holds that differ from the agreement's."""
        agreement = self.agreement
        if agreement is None:
            return {}
        changes = {}
        for key, term in self.terms.items():
            if key == "person_id":
                continue  # only a proposal changes who it is with
            wanted, current = term.get(), term.value(agreement)
            if key == "goal_ids":
                wanted, current = sorted(wanted), sorted(current)
            if key == "program" and not self.formal.isChecked():
                wanted = current  # a program only counts for a formal agreement
            if wanted != current:
                changes[key] = term.get()
        return changes

    def save_revision(self) -> bool:
        """Save the changed terms as one revision with the reason; False when refused."""
        agreement_id = self.agreement_id
        if agreement_id is None or not self.revising:
            return False
        self.errors.clear_all()
        self.revise_error.hide()
        changes = self.revision_changes()
        if not changes:
            self.revise_error.setText(
                self.tr("Nothing has changed yet: change a term, then save the revision.")
            )
            self.revise_error.show()
            return False
        try:
            self.journal.mentorships.update(agreement_id, reason=self.reason.text(), **changes)
        except InvalidInput as exc:
            if exc.field is not None and self.errors.has(exc.field):
                self.errors.show(exc.field, error_text(exc), focus=True)
            else:
                self.revise_error.setText(error_text(exc))
                self.revise_error.show()
            return False
        self.revising = False
        self.reason.clear()
        self.saved.emit(agreement_id)
        self.load(agreement_id)
        return True

    def cancel_revision(self) -> None:
        """Leave the terms as they were agreed."""
        if not self.revising or self.agreement_id is None:
            return
        self.revising = False
        self.reason.clear()
        self.errors.clear_all()
        self.revise_error.hide()
        agreement_id, self.agreement_id = self.agreement_id, None
        self.load(agreement_id)  # as another agreement: every term is shown again

    # --- status -------------------------------------------------------------------------

    def ask_reason(self, title: str, question: str) -> str | None:
        """The reason for a change of status ("" for none), or None when cancelled
        (tests replace this)."""
        text, ok = QInputDialog.getText(self, title, question)
        return text if ok else None

    def take_step(self, key: str) -> bool:
        """Change the status as the step says, asking why first; False when refused."""
        agreement = self.agreement
        if agreement is None or self.revising:
            return False
        step = self.steps[key]
        self.pending.flush()
        reason = self.ask_reason(step.title, step.question)
        if reason is None:
            return False
        changes: dict[str, Any] = {"status": step.target}
        today = date.today()
        if step.target in (Status.COMPLETED, Status.ENDED):
            # It ends today, unless it was already meant to end sooner.
            if (agreement.ends_on is None or agreement.ends_on > today) and (
                agreement.started_on is None or agreement.started_on <= today
            ):
                changes["ends_on"] = today
        elif (
            agreement.status in (Status.COMPLETED, Status.ENDED)
            and agreement.ends_on is not None
            and agreement.ends_on <= today
        ):
            changes["ends_on"] = None  # reopened: it goes on
        self.errors.clear("status")
        try:
            self.journal.mentorships.update(agreement.id, reason=reason, **changes)
        except InvalidInput as exc:
            self.errors.show("status", error_text(exc))
            return False
        self.saved.emit(agreement.id)
        return True

    # --- what happened in it ------------------------------------------------------------

    def _parent_window(self) -> QWidget:
        return self.window()

    def log_session(self) -> QDialog | None:
        """Open the session dialog for a new session of this agreement."""
        if self.agreement_id is None:
            return None

        self.pending.flush()
        return open_session_dialog(
            self.journal,
            self._parent_window(),
            agreement_id=self.agreement_id,
            privacy=self.privacy_screen,
        )

    def open_review(self, entry_id: int | None = None) -> QDialog | None:
        """Open the review dialog: a new review of this agreement, or the review entry given.

        Only an active or paused agreement is reviewed: for any other the journal's
        refusal is said under the Review button and no dialog opens.
        """
        if self.agreement is None:
            return None

        self.review_error.hide()
        if entry_id is None and self.agreement.status not in AGREED:
            self.review_error.setText(self._review_refusal(self.agreement))
            self.review_error.show()
            return None
        self.pending.flush()
        if entry_id is not None:
            dialog = open_review_dialog(
                self.journal,
                self._parent_window(),
                entry_id=entry_id,
                privacy=self.privacy_screen,
            )
        else:
            dialog = open_review_dialog(
                self.journal,
                self._parent_window(),
                agreement_id=self.agreement_id,
                privacy=self.privacy_screen,
            )
        dialog.adapt_requested.connect(self.on_adapt_requested)
        return dialog

    def _review_refusal(self, agreement: Agreement) -> str:
        words = {
            Status.PROPOSED: self.tr("only proposed"),
            Status.COMPLETED: self.tr("completed"),
            Status.ENDED: self.tr("ended"),
            Status.DECLINED: self.tr("declined"),
        }[Status(agreement.status)]
        return self.tr(
            "Only an active or paused agreement can be reviewed; the one with {name} is {words}."
        ).format(name=agreement.person_name, words=words)

    def on_adapt_requested(self, agreement_id: int, reason: str) -> None:
        """A review just decided to adapt the terms: revise them, the reason filled in."""
        self.load(agreement_id)
        self.start_revision(reason[: v.SHORT_TEXT_MAX])

    def open_entry(self, entry_id: int) -> QDialog:
        """Open an entry of the agreement where it is edited: a session, a review, or else
        the entry dialog."""
        parent = self._parent_window()
        self.pending.flush()
        kind = None
        for index in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(index)
            if item.data(0, ID_ROLE) == entry_id:
                kind = item.data(0, KIND_ROLE)
        if kind is None:
            kind = self.journal.entries.get(entry_id).kind
        if kind == EntryKind.SESSION:
            return open_session_dialog(
                self.journal, parent, entry_id=entry_id, privacy=self.privacy_screen
            )
        if self.journal.mentorships.review_of(entry_id) is not None:
            return self.open_review(entry_id)  # type: ignore[return-value]

        return open_entry_dialog(self.journal, parent, entry_id, privacy=self.privacy_screen)

    def open_history(self) -> QDialog | None:
        if self.agreement_id is None:
            return None

        self.pending.flush()
        return open_history_dialog(self.journal, self._parent_window(), self.agreement_id)

    def share_summary(self) -> QDialog | None:
        if self.agreement_id is None:
            return None

        self.pending.flush()
        return open_summary_dialog(
            self.journal, self._parent_window(), self.agreement_id, privacy=self.privacy_screen
        )

    def _on_action_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        action_id = int(item.data(0, ID_ROLE))
        done = item.checkState(0) == Qt.CheckState.Checked
        # Saved once the signal has returned: the journal's change rebuilds the list,
        # and the item must not be deleted while Qt still holds it.
        QTimer.singleShot(0, self, lambda: self._tick(action_id, done))

    def _tick(self, action_id: int, done: bool) -> None:
        try:
            if done:
                self.journal.mentorships.complete_action(action_id)
            else:
                self.journal.mentorships.reopen_action(action_id)
        except NotFound:
            if self.agreement is not None:
                self._show_actions(self.agreement)
