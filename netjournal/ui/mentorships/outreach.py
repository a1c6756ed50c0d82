"""`OutreachView`: finding a mentor, one thoughtful step at a time.

The list holds the potential mentors by stage (identified, researched,
contacted, meeting, agreed, declined, no reply) with the date of the last step;
beside it, one person's approach: the stage, notes, and a first message drafted
from a template that follows the advice "research, a short respectful first
message, a brief meeting". NetJournal never sends anything: the message is
copied, and sent by the user from their own mail or chat.

Moving someone to "agreed" offers to add a proposed agreement (through
`confirm_create_agreement`, which tests replace); moving them to "declined" is
met with a kind line, not an error: some say no.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal.records import OutreachRow, Person
from netjournal.journal.vocab import AgreementStatus, MyRole, OutreachStage
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.entries.dialog import NotesEdit
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import date_pattern, first_day_of_week, format_date_long, relative_day
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.labels import label
from netjournal.ui.models.outreach import SUBTITLE_ROLE, OutreachTableModel, waiting_hint
from netjournal.ui.widgets.delegates import ChipDelegate
from netjournal.ui.widgets.forms import (
    ERROR_STYLE,
    FieldErrors,
    PendingEdits,
    SectionedEditor,
    error_label,
    muted_label,
    open_window_modal,
)
from netjournal.ui.widgets.list_tab import EditorListTab
from netjournal.ui.widgets.privacy import PrivacyScreen, PrivateArea

Index = QModelIndex | QPersistentModelIndex

# Agreements in these statuses are still open: moving to "agreed" does not add another.
_OPEN_AGREEMENTS = (AgreementStatus.PROPOSED, AgreementStatus.ACTIVE, AgreementStatus.PAUSED)
# After this many days without a reply, a gentle follow-up is fine.
FOLLOW_UP_AFTER_DAYS = 14
_PAD = 6


FirstMessage = TranslationContext("FirstMessage")


def first_name(person: Person) -> str:
    """What a first message greets them by: the given name, else the name's first word."""
    if person.given_name.strip():
        return person.given_name.strip()
    words = person.display_name.split()
    return words[0] if words else person.display_name


def first_message(person: Person, my_name: str = "") -> str:
    """A short, respectful first message: their first name, one line on why them, one
    concrete ask (a 20-minute call), and an easy way to say no. Meant to be edited."""
    role, organization = person.role.strip(), person.organization.strip()
    if role and organization:
        why = FirstMessage.tr("I came across your work as {role} at {organization}").format(
            role=role, organization=organization
        )
    elif role:
        why = FirstMessage.tr("I came across your work as {role}").format(role=role)
    elif organization:
        why = FirstMessage.tr("I came across your work at {organization}").format(
            organization=organization
        )
    else:
        why = FirstMessage.tr("I came across your work")
    me = my_name.strip() or FirstMessage.tr("[your name]")
    return FirstMessage.tr(
        "Hello {first_name},\n"
        "\n"
        "My name is {my_name}. {why}, and it is close to what I hope to do myself: "
        "[one line on what in their work speaks to you].\n"
        "\n"
        "Would you have 20 minutes for a short call in the coming weeks? I would like to "
        "ask how you found your way, and what you would advise someone starting out.\n"
        "\n"
        "If now is not a good time, or this is not for you, just say so (or let this "
        "message go unanswered): I will understand, and thank you for reading it.\n"
        "\n"
        "Best wishes,\n"
        "{my_name}"
    ).format(first_name=first_name(person), my_name=me, why=why)


def stage_advice(row: OutreachRow, today: date) -> str:
    """What the stage suggests next, in a line; for "declined", a kind one."""
    stage = row.stage
    if stage == OutreachStage.IDENTIFIED:
        return FirstMessage.tr(
            "Next: read about their work, so your first message can say why them."
        )
    if stage == OutreachStage.RESEARCHED:
        return FirstMessage.tr(
            "Next: make the first message below your own, short and respectful, and send it "
            "yourself."
        )
    if stage == OutreachStage.CONTACTED:
        days = (today - row.stage_on).days if row.stage_on else 0
        if days >= FOLLOW_UP_AFTER_DAYS:
            return FirstMessage.tr(
                "No answer yet, {waiting}: one gentle follow-up is fine. People are busy."
            ).format(waiting=waiting_hint(row, today))
        return FirstMessage.tr("Give them time to answer: people are busy.")
    if stage == OutreachStage.MEETING:
        return FirstMessage.tr(
            "Keep it brief: bring one or two questions, and thank them afterwards for their time."
        )
    if stage == OutreachStage.AGREED:
        return FirstMessage.tr(
            "They said yes. Set out the agreement together: what each of you expects, the "
            "goals, and how often you meet."
        )
    if stage == OutreachStage.DECLINED:
        return FirstMessage.tr(
            "Not everyone can say yes, and a no is an answer too. Thank them for their time: "
            "the door often stays open, and someone else may be the right mentor now."
        )
    return FirstMessage.tr(
        "No reply is common, and rarely personal. Try once more later, or approach someone else."
    )


class PersonDelegate(QStyledItemDelegate):
    """The name in bold with organization and role beneath it in a muted colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        name = option.text
        subtitle = index.data(SUBTITLE_ROLE) or ""
        option.text = ""
        widget = option.widget
        painter.save()
        if widget is not None:
            widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, option, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        # Where the style puts a plain cell's text, so the names line up with the header.
        margin = _PAD
        if widget is not None:
            margin = (
                widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget)
                + 1
            )
        rect = option.rect.adjusted(margin, 4, -margin, -4)
        bold = QFont(option.font)
        bold.setBold(True)
        plain = QFont(option.font)
        plain.setBold(False)
        bold_metrics, plain_metrics = QFontMetrics(bold), QFontMetrics(plain)
        lines = bold_metrics.height() + (plain_metrics.height() if subtitle else 0)
        top = rect.top() + max(0, (rect.height() - lines) // 2)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            rect.left(),
            top + bold_metrics.ascent(),
            bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if subtitle:
            painter.setFont(plain)
            painter.setPen(muted)
            painter.drawText(
                rect.left(),
                top + bold_metrics.height() + plain_metrics.ascent(),
                plain_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()


class AddMentorDialog(QDialog):
    """Add a potential mentor: someone from Contacts, or a new name (added to Contacts)."""

    # The person now on the list (or already on it).
    added = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("addMentorDialog")
        self.setWindowTitle(self.tr("Add a potential mentor"))
        self.picker = PersonPicker(journal, single=True, parent=self)
        self.picker.setObjectName("mentorPicker")
        self.picker.edit.setPlaceholderText(self.tr("Type a name"))
        self.picker.edit.setAccessibleName(self.tr("Potential mentor"))
        caption = QLabel(self.tr("&Who would you like to learn from?"), self)
        caption.setBuddy(self.picker.edit)
        self.hint = muted_label(self)
        self.hint.setObjectName("mentorPickerHint")
        self.error = error_label(self, "person")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to the list"))
        ok.setAccessibleName(self.tr("Add to the list"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.picker)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.picker.edit.textChanged.connect(self._update_hint)
        self._update_hint()
        self.picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(max(self.sizeHint().width(), 440), self.sizeHint().height())

    def _typed_match(self, text: str) -> int | None:
        """Someone in Contacts whose name is exactly the typed text."""
        wanted = text.casefold()
        rows = self.journal.people.rows(self.journal.people.search(text, 12))
        return next((r.id for r in rows if r.display_name.casefold() == wanted), None)

    def _update_hint(self) -> None:
        typed = self.picker.pending_text()
        if typed and self._typed_match(typed) is None:
            self.hint.setText(
                self.tr(
                    "“{name}” is not in Contacts yet: adding them here adds them there too."
                ).format(name=typed)
            )
        else:
            self.hint.setText(
                self.tr("Pick someone from Contacts, or type the name of someone new.")
            )

    def chosen_person(self) -> int | None:
        """The person picked or typed, created in Contacts when the name is new."""
        typed = self.picker.pending_text()
        if typed:
            match = self._typed_match(typed)
            if match is not None:
                return match
            return self.journal.people.create(typed).id
        picked = self.picker.person_ids()
        return picked[0] if picked else None

    def accept(self) -> None:
        try:
            person_id = self.chosen_person()
            if person_id is None:
                raise InvalidInput(self.tr("Type the name of someone to approach."), "person")
            try:
                self.journal.outreach.get(person_id)
            except NotFound:
                self.journal.outreach.set_stage(person_id, OutreachStage.IDENTIFIED)
        except (InvalidInput, NotFound) as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.added.emit(person_id)
        super().accept()


class OutreachEditor(SectionedEditor):
    """One approach: stage and its date, notes, and the first message; saved as edited."""

    # The stage was saved (by the stage field): the view reacts to "agreed".
    stage_saved = Signal(int, str)
    # "Remove from list" was clicked.
    remove_requested = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outreachEditor")
        self.setAccessibleName(self.tr("Approach"))
        self.journal = journal
        # While it is on, the notes and the first message hide (and cannot be typed in).
        self.privacy_screen = privacy
        self.person_id: int | None = None
        self.row: OutreachRow | None = None
        self._person: Person | None = None
        self.errors = FieldErrors()
        self.pending = PendingEdits(self, self._save)
        # The step's date was chosen since the stage was last saved.
        self._date_touched = False

        self.title, self.subtitle = self._title("outreachTitle", "outreachSubtitle")
        self.remove_button = QPushButton(self.tr("Remove from list"), self)
        self.remove_button.setObjectName("removeFromListButton")
        self.remove_button.setAccessibleName(self.tr("Remove from the outreach list"))
        self.remove_button.setToolTip(self.tr("Take them off the outreach list (Del in the list)"))
        self.remove_button.clicked.connect(lambda _=False: self.remove_requested.emit())
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(names, 1)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(top)

        form = self._section(self.tr("Approach"))
        self.stage = QComboBox(self)
        self.stage.setObjectName("stageCombo")
        self.stage.setAccessibleName(self.tr("Stage"))
        for stage in OutreachStage:
            self.stage.addItem(label("outreach", stage.value), stage.value)
        self._field(form, "stage", self.tr("&Stage"), self.stage)
        self.step_date = QDateEdit(self)
        self.step_date.setObjectName("stepDateEdit")
        self.step_date.setCalendarPopup(True)
        self.step_date.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        self.step_date.setDisplayFormat(date_pattern())
        self.step_date.setAccessibleName(self.tr("Date of the last step"))
        self.step_when = QLabel(self)
        self.step_when.setObjectName("stepWhen")
        self.step_when.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._field(form, "stage_on", self.tr("Date of the ste&p"), self.step_date, self.step_when)
        self.advice = QLabel(self)
        self.advice.setObjectName("stageAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice.setContentsMargins(0, 4, 0, 0)
        self.layout_.addWidget(self.advice)
        self.agreement_note = QLabel(self)
        self.agreement_note.setObjectName("agreementNote")
        self.agreement_note.setWordWrap(True)
        self.agreement_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agreement_note.hide()
        self.layout_.addWidget(self.agreement_note)

        self._add_heading(self.tr("Notes about the approach"))
        self.notes = NotesEdit(self)
        self.notes.setObjectName("outreachNotes")
        self.notes.setAccessibleName(self.tr("Notes about the approach"))
        self.notes.setPlaceholderText(
            self.tr("What you learned about them, who could introduce you, what to ask…")
        )
        self.notes.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.notes.setMinimumHeight(lines * 3 + 12)
        self.notes.setMaximumHeight(lines * 5 + 12)
        self.notes_area = PrivateArea(self.notes, privacy, self)
        self.layout_.addWidget(self.notes_area)
        self._register("notes", self.notes, self.layout_)

        self._add_heading(self.tr("First message"))
        self.never_sends = self._muted(
            self.tr(
                "NetJournal never sends anything: make the message your own, copy it, and send "
                "it yourself from your own mail or chat."
            )
        )
        self.never_sends.setObjectName("neverSends")
        self.layout_.addWidget(self.never_sends)
        self.message = NotesEdit(self)
        self.message.setObjectName("firstMessage")
        self.message.setAccessibleName(self.tr("First message"))
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(lines * 9 + 12)
        self.message_area = PrivateArea(self.message, privacy, self)
        self.layout_.addWidget(self.message_area, 1)
        self._register("message", self.message, self.layout_)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy message"), self)
        self.copy_button.setObjectName("copyMessageButton")
        self.copy_button.setAccessibleName(self.tr("Copy the message to the clipboard"))
        self.copy_button.setToolTip(self.tr("Copy the message to the clipboard (Ctrl+Shift+C)"))
        self.copy_button.clicked.connect(lambda _=False: self.copy_message())
        self.reset_button = QPushButton(self.tr("&Reset to template"), self)
        self.reset_button.setObjectName("resetMessageButton")
        self.reset_button.setAccessibleName(self.tr("Reset the message to the template"))
        self.reset_button.clicked.connect(lambda _=False: self.reset_message())
        self.copied = QLabel(self)
        self.copied.setObjectName("copiedNote")
        self.copied.hide()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.copied)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

        self._align_captions()
        self.setTabOrder(self.stage, self.step_date)
        self.setTabOrder(self.step_date, self.notes)
        self.setTabOrder(self.notes, self.message)
        self.setTabOrder(self.message, self.copy_button)
        self.setTabOrder(self.copy_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.remove_button)

        self.stage.currentIndexChanged.connect(self._on_stage_chosen)
        self.step_date.dateChanged.connect(lambda _d: self._on_date_chosen())
        self.notes.textChanged.connect(lambda: self.pending.edited("notes"))
        self.message.textChanged.connect(self._on_message_typed)
        self.notes.refused.connect(lambda text: self.errors.show("notes", text))
        self.message.refused.connect(lambda text: self.errors.show("message", text))

    # --- building -----------------------------------------------------------------------

    def _field(
        self, form: QFormLayout, key: str, text: str, widget: QWidget, after: QWidget | None = None
    ) -> None:
        """A row whose field (and what reads `after` it) is only as wide as it needs."""
        row = QHBoxLayout()
        row.addWidget(widget)
        if after is not None:
            row.addWidget(after)
        row.addStretch(1)
        self._field_row(form, key, text, row, widget)

    def _register(self, key: str, widget: QWidget, layout: QVBoxLayout) -> None:
        error = error_label(self, key)
        layout.addWidget(error)
        self.errors.register(key, widget, error)

    # --- showing ------------------------------------------------------------------------

    def load(self, person_id: int) -> None:
        """Show one approach; another person's pending edits are saved first. The same
        person again (the journal changed) refreshes only the fields not being edited."""
        same = person_id == self.person_id
        if not same:
            self.pending.flush()
        try:
            row = self.journal.outreach.get(person_id)
            person = self.journal.people.get(person_id)
        except NotFound:
            self.clear()
            return
        if not same:
            self.pending.discard()
            self._date_touched = False
            self.errors.clear_all()
            self.copied.hide()
            self.agreement_note.hide()
        self.person_id = person_id
        self.row = row
        self._person = person
        focus = QApplication.focusWidget()
        puts: tuple[tuple[str, QWidget, Callable[[], None]], ...] = (
            ("stage", self.stage, lambda: self._put_stage(row)),
            ("stage_on", self.step_date, lambda: self._put_date(row)),
            ("notes", self.notes, lambda: self._put_text(self.notes, row.notes)),
            ("message", self.message, lambda: self._put_text(self.message, self._message_of(row))),
        )
        self.pending.paused = True
        try:
            for key, widget, put in puts:
                focused = focus is not None and (focus is widget or widget.isAncestorOf(focus))
                busy = self.pending.has(key) or bool(self.errors.text(key)) or focused
                if not same or not busy:
                    put()
        finally:
            self.pending.paused = False
        self.title.setText(row.display_name)
        subtitle = " · ".join(p for p in (row.role, row.organization) if p)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self._show_advice(row)

    def clear(self) -> None:
        self.pending.discard()
        self.errors.clear_all()
        self.person_id = None
        self.row = None
        self._person = None

    def _put_stage(self, row: OutreachRow) -> None:
        blocked = self.stage.blockSignals(True)
        self.stage.setCurrentIndex(max(0, self.stage.findData(row.stage)))
        self.stage.blockSignals(blocked)

    def _put_date(self, row: OutreachRow) -> None:
        day = row.stage_on or date.today()
        blocked = self.step_date.blockSignals(True)
        self.step_date.setDate(QDate(day.year, day.month, day.day))
        self.step_date.blockSignals(blocked)

    @staticmethod
    def _put_text(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    def template(self) -> str:
        """The first message as the template writes it for the person shown."""
        if self._person is None:
            return ""
        me = ""
        self_id = self.journal.people.self_id()
        if self_id is not None:
            me = self.journal.people.get(self_id).display_name
        return first_message(self._person, me)

    def _message_of(self, row: OutreachRow) -> str:
        """The stored draft, or the template while there is none."""
        return row.message or self.template()

    def _show_advice(self, row: OutreachRow) -> None:
        today = date.today()
        advice = stage_advice(row, today)
        self.advice.setText(advice)
        self.advice.setAccessibleName(advice)
        self.step_when.setText(relative_day(row.stage_on, today) if row.stage_on else "")
        self.step_when.setToolTip(format_date_long(row.stage_on) if row.stage_on else "")

    def show_agreement_note(self, text: str, refused: bool = False) -> None:
        """What became of the offer to add the agreement; a refusal reads as one."""
        self.agreement_note.setStyleSheet(ERROR_STYLE if refused else "")
        self.agreement_note.setText(text)
        self.agreement_note.show()

    # --- saving -------------------------------------------------------------------------

    def _on_stage_chosen(self, _index: int) -> None:
        """Saved after the pause like typing, so that stepping through the stages with the
        arrow keys saves only the one chosen (and passing "agreed" offers nothing)."""
        if self.person_id is None or self.pending.paused:
            return
        self.agreement_note.hide()
        self.pending.edited("stage")

    def _on_date_chosen(self) -> None:
        if self.pending.paused:
            return
        self._date_touched = True
        self.pending.edited("stage_on")

    def _on_message_typed(self) -> None:
        self.copied.hide()
        self.pending.edited("message")

    def _chosen_date(self) -> date:
        day = self.step_date.date()
        return date(day.year(), day.month(), day.day())

    def _save(self, key: str) -> None:
        person_id = self.person_id
        if person_id is None:
            return
        try:
            if key == "notes":
                self.journal.outreach.update(person_id, notes=self.notes.toPlainText())
            elif key == "message":
                self.journal.outreach.update(person_id, message=self.message.toPlainText())
            elif key == "stage":
                self._save_stage(person_id)
                return
            elif key == "stage_on":
                if self.pending.has("stage"):
                    return  # the new stage is saved with this date
                stage = self.row.stage if self.row else OutreachStage.IDENTIFIED.value
                self.journal.outreach.set_stage(person_id, stage, self._chosen_date())
                self._date_touched = False
        except InvalidInput as exc:
            shown = exc.field if exc.field in (key, "notes", "message", "stage_on") else key
            self.errors.show(shown, error_text(exc))
        except NotFound:
            self.pending.discard()
        else:
            self.errors.clear(key)

    def _save_stage(self, person_id: int) -> None:
        """A new stage is a new step: dated today, unless its date was just chosen too."""
        stage = str(self.stage.currentData())
        on = self._chosen_date() if self._date_touched else date.today()
        try:
            self.journal.outreach.set_stage(person_id, stage, on)
        except (InvalidInput, NotFound) as exc:
            self.errors.show("stage", error_text(exc))
            return
        self._date_touched = False
        self.errors.clear("stage")
        self.errors.clear("stage_on")
        self.load(person_id)
        self.stage_saved.emit(person_id, stage)

    def flush(self) -> None:
        self.pending.flush()

    # --- the message --------------------------------------------------------------------

    def copy_message(self) -> None:
        """Put the message as shown on the clipboard; NetJournal sends nothing itself."""
        if self.person_id is None:
            return
        self.pending.flush()
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.copied.setText(self.tr("Copied: paste it into your own mail or chat."))
        self.copied.show()

    def reset_message(self) -> None:
        """Back to the template: the stored draft is emptied, the template shown again."""
        person_id = self.person_id
        if person_id is None:
            return
        self.pending.flush()
        try:
            self.journal.outreach.update(person_id, message="")
        except (InvalidInput, NotFound) as exc:
            self.errors.show("message", error_text(exc))
            return
        self.errors.clear("message")
        self.pending.paused = True
        try:
            self.message.setPlainText(self.template())
        finally:
            self.pending.paused = False


class OutreachView(EditorListTab):
    """Potential mentors by stage beside one approach: stage, notes and first message."""

    settings_group = "Outreach"
    # A proposed agreement was added after someone agreed: the tab may show it.
    agreement_created = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        undo: UndoNotice | None = None,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(journal, OutreachTableModel(journal), parent)
        self.model: OutreachTableModel
        self._shared_undo = undo
        self.privacy_screen = privacy
        self.add_dialog: AddMentorDialog | None = None
        self.view.setObjectName("outreachTable")
        self.view.setAccessibleName(self.tr("Potential mentors"))
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSortIndicatorShown(False)
        self.view.setItemDelegateForColumn(
            self.model.column_index("person"), PersonDelegate(self.view)
        )
        self.view.setItemDelegateForColumn(
            self.model.column_index("stage"), ChipDelegate(self.view)
        )
        lines = self.view.fontMetrics().lineSpacing()
        self.view.verticalHeader().setDefaultSectionSize(lines * 2 + 14)
        self.set_column_widths({"person": 34, "stage": self.tr("Contacted  waiting for 10 weeks")})
        self._build_bar()
        self._build_editor()
        self._build_actions()
        self.set_initial_split(0.47)
        self.refresh_detail()

    # --- building -----------------------------------------------------------------------

    def _build_bar(self) -> None:
        bar = QWidget(self)
        bar.setObjectName("outreachBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 8, 10, 8)
        self.add_button = QPushButton(self.tr("Add a potential mentor…"), bar)
        self.add_button.setObjectName("addMentorButton")
        self.add_button.setAccessibleName(self.tr("Add a potential mentor"))
        self.add_button.setToolTip(
            self.tr("Add someone you would like to learn from (Ctrl+Shift+A)")
        )
        self.add_button.clicked.connect(lambda _=False: self.add_mentor())
        self.notice = QLabel(bar)
        self.notice.setObjectName("outreachNotice")
        self.notice.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.advice = QLabel(
            self.tr(
                "Research first; then a short, respectful first message; then ask for a "
                "brief meeting."
            ),
            bar,
        )
        self.advice.setObjectName("outreachAdvice")
        self.advice.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row.addWidget(self.add_button)
        row.addWidget(self.notice)
        row.addStretch(1)
        row.addWidget(self.advice)
        self._add_bar(bar)

    def _build_editor(self) -> None:
        self.editor: OutreachEditor = OutreachEditor(self.journal, privacy=self.privacy_screen)
        self.editor.stage_saved.connect(self._on_stage_saved)
        self.editor.remove_requested.connect(self.remove_current)
        self._place_editor(self.editor, "outreachEditorScroll", self.tr("Approach"), "outreachPane")
        self.undo_notice = self._use_undo(self._shared_undo)
        if self._shared_undo is None:
            # A view on its own shows its notice too.
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.addWidget(self.undo_notice)
        self.setTabOrder(self.add_button, self.view)
        self.setTabOrder(self.view, self.editor.stage)

    def _build_actions(self) -> None:
        # Only while the focus is in the view, which shares the window with the other tabs.
        in_view = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add_action = self._make_action(
            self.tr("&Add a Potential Mentor…"), "Ctrl+Shift+A", self.add_mentor, in_view
        )
        self.copy_action = self._make_action(
            self.tr("&Copy First Message"), "Ctrl+Shift+C", self.editor.copy_message, in_view
        )
        self.remove_action = self._make_list_action(
            self.tr("&Remove from List"), self.remove_current
        )
        self.actions_ = [self.add_action, self.copy_action, self.remove_action]
        self._update_actions()

    def build_menu(self, parent: QWidget) -> QMenu:
        """The Outreach menu: add, copy the message, remove (shortcuts shown)."""
        menu = QMenu(self.tr("&Outreach"), parent)
        menu.addAction(self.add_action)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.remove_action)
        return menu

    def _update_actions(self) -> None:
        shown = self.shown_person_id() is not None
        for action in (getattr(self, "copy_action", None), getattr(self, "remove_action", None)):
            if action is not None:
                action.setEnabled(shown)

    # --- the list and the pane ----------------------------------------------------------

    def empty_message(self) -> tuple[str, str]:
        if self.model.search_text:
            return (
                self.tr("No potential mentor matches “{text}”").format(text=self.model.search_text),
                self.tr("Search looks in names, organizations, roles and notes."),
            )
        return (
            self.tr("No potential mentors yet"),
            self.tr(
                "Add a potential mentor… (Ctrl+Shift+A): someone whose path you would like to "
                "learn from. Research them, draft a short first message here, ask for a brief "
                "meeting."
            ),
        )

    def placeholder(self) -> str:
        return self.tr("Select a potential mentor to plan the approach here.")

    def refresh_detail(self) -> None:
        super().refresh_detail()
        if hasattr(self, "editor") and self.model.rowCount() == 0:
            self.detail.show_placeholder(
                self.tr(
                    "Each potential mentor's approach shows here: the stage, your notes, and a "
                    "first message to make your own and copy."
                )
            )

    def shown_person_id(self) -> int | None:
        """The person whose approach the pane shows, or None."""
        return self.editor.person_id if self.editor_shown() else None

    # --- adding and removing ------------------------------------------------------------

    def add_mentor(self) -> AddMentorDialog:
        """Open the dialog that adds someone to the list (window-modal, not blocking)."""
        self.editor.flush()
        dialog = AddMentorDialog(self.journal, self)
        dialog.added.connect(self._on_added)
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        self.add_dialog = open_window_modal(dialog)
        return dialog

    def _on_added(self, person_id: int) -> None:
        self.notice.clear()
        if not self.select_id(person_id):
            self.show_detail(person_id)
        self.editor.stage.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        person_id = self.shown_person_id()
        if person_id is None:
            return
        self.editor.flush()
        try:
            removed = self.journal.outreach.remove(person_id)
        except NotFound:
            return
        self._offer_undo(
            self.tr("Removed {name} from the outreach list").format(name=removed.display_name),
            lambda: self._put_back(removed),
        )

    def _put_back(self, removed: OutreachRow) -> None:
        try:
            self.journal.outreach.put_back(removed)
        except (InvalidInput, NotFound) as exc:
            self.notice.setText(error_text(exc))
            return
        if not self.select_id(removed.person_id):
            self.show_detail(removed.person_id)

    # --- agreeing -----------------------------------------------------------------------

    def confirm_create_agreement(self, name: str) -> bool:
        """Ask whether to add a proposed agreement now that `name` agreed (tests replace it)."""
        answer = QMessageBox.question(
            self,
            self.tr("Add the agreement?"),
            self.tr(
                "{name} agreed to mentor you. Add a proposed agreement with them, to set out "
                "together what each of you expects, the goals, and how often you meet?"
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_stage_saved(self, person_id: int, stage: str) -> None:
        if stage == OutreachStage.AGREED:
            # Not inside the save, which may run while focus is moving: just after it.
            QTimer.singleShot(0, self, lambda: self.offer_agreement(person_id))

    def offer_agreement(self, person_id: int) -> int | None:
        """Add a proposed agreement in which they mentor me, if the user wants one and
        there is none open yet; the new agreement's id, or None."""
        try:
            row = self.journal.outreach.get(person_id)
        except NotFound:
            return None  # taken off the list meanwhile
        if row.stage != OutreachStage.AGREED:
            return None
        existing = [
            a
            for a in self.journal.mentorships.rows(my_role=MyRole.MENTEE)
            if a.person_id == person_id and a.status in _OPEN_AGREEMENTS
        ]
        if existing:
            self.editor.show_agreement_note(
                self.tr(
                    "There is already an agreement with {name} ({status}): find it in Agreements."
                ).format(
                    name=row.display_name, status=label("agreement_status", existing[0].status)
                )
            )
            return None
        if not self.confirm_create_agreement(row.display_name):
            return None
        try:
            agreement = self.journal.mentorships.create(
                person_id, MyRole.MENTEE, status=AgreementStatus.PROPOSED
            )
        except (InvalidInput, NotFound) as exc:
            self.editor.show_agreement_note(error_text(exc), refused=True)
            return None
        self.editor.show_agreement_note(
            self.tr(
                "A proposed agreement with {name} is in Agreements: set out its terms together."
            ).format(name=row.display_name)
        )
        self.agreement_created.emit(agreement.id)
        return agreement.id

    def shutdown(self) -> None:
        """Save what is being typed, then stop following the journal."""
        self.editor.flush()
        super().shutdown()
