"""`AgreementEntryDialog`: the frame a session and a review of an agreement share.

Both are an entry of one agreement, logged or edited in a dialog: a header saying with
whom (and a line saying when it is due), a choice of agreement when opened with none,
two columns of fields, a line saying at once why this agreement takes no entry now,
and OK (or Ctrl+Return) that saves in one call to the domain. A refusal is shown
under the field it names, else above the buttons, and nothing is half-saved.

The helpers below (`agreement_facts`, `due_line`, `share_box`, …) word and build
what these dialogs show, and the summary dialog uses some of them too.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.records import Agreement
from netjournal.journal.vocab import AgreementStatus
from netjournal.ui.entries.dialog import NotesEdit
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import DueStatus, cadence, format_date, relative_day
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.labels import label
from netjournal.ui.widgets.forms import (
    ERROR_STYLE,
    FieldErrors,
    add_field,
    form_layout,
    heading,
    title_label,
)
from netjournal.ui.widgets.privacy import PrivacyScreen, PrivateArea

_CONTEXT = "Mentorships"


Mentorships = TranslationContext("Mentorships")


def role_phrase(my_role: str) -> str:
    """My side of an agreement in words: "you are the mentee"."""
    return {
        "mentor": Mentorships.tr("you are the mentor"),
        "mentee": Mentorships.tr("you are the mentee"),
        "peer": Mentorships.tr("you are peers"),
    }[my_role]


def status_words(status: str) -> str:
    """An agreement's status as the domain words it in its refusals."""
    return {
        "proposed": Mentorships.tr("only proposed"),
        "active": Mentorships.tr("active"),
        "paused": Mentorships.tr("paused"),
        "completed": Mentorships.tr("completed"),
        "ended": Mentorships.tr("ended"),
        "declined": Mentorships.tr("declined"),
    }[status]


def agreement_facts(agreement: Agreement) -> str:
    """Which agreement this is: "you are the mentee · every 2 weeks" (and its status
    when it is not simply active)."""
    parts = [role_phrase(agreement.my_role)]
    if agreement.cadence_days:
        parts.append(cadence(agreement.cadence_days))
    if agreement.status != AgreementStatus.ACTIVE:
        parts.append(label("agreement_status", agreement.status).lower())
    return " · ".join(parts)


def due_line(what: str, due: date | None, today: date | None = None) -> str:
    """Rich text saying when `what` ("the next session") is or was due, the status word
    first (in its colour, but always as a word)."""
    if due is None:
        return ""
    status = DueStatus.of(due, today)
    assert status is not None
    if status is DueStatus.OVERDUE:
        text = Mentorships.tr("{what} was due on {date} ({relative})")
    else:
        text = Mentorships.tr("{what} is due on {date} ({relative})")
    text = text.format(what=what, date=format_date(due), relative=relative_day(due, today))
    colour = status.colour.name()
    return (
        f'<span style="color:{colour}; font-weight:bold">{html.escape(status.label)}</span>'
        f" · {html.escape(text)}"
    )


def muted(text: str, parent: QWidget, rich: bool = False) -> QLabel:
    """A word-wrapped line in the palette's muted text colour, which a disabled form
    (an agreement that takes no entry now) dims further like the rest of it."""
    line = QLabel(parent)
    line.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    line.setText(text)
    line.setWordWrap(True)
    palette = QPalette(line.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        # Disabled text keeps the palette's own (dimmer) colour.
        palette.setColor(
            group,
            QPalette.ColorRole.WindowText,
            palette.color(group, QPalette.ColorRole.PlaceholderText),
        )
    line.setPalette(palette)
    return line


def share_box(what: str, parent: QWidget) -> QCheckBox:
    """A "Shareable with <name>" box, unticked (private); `name_share_box` names them."""
    box = QCheckBox(parent)
    box.setProperty("what", what)
    name_share_box(box, Mentorships.tr("them"))
    return box


def name_share_box(box: QCheckBox, name: str) -> None:
    box.setText(Mentorships.tr("Shareable with {name}").format(name=name))
    box.setAccessibleName(
        Mentorships.tr("{what}: shareable with {name}").format(what=box.property("what"), name=name)
    )
    box.setToolTip(
        Mentorships.tr(
            "Ticked, this goes into the summary you share with {name}; "
            "unticked, it stays in your journal only."
        ).format(name=name)
    )


def new_form() -> QFormLayout:
    form = form_layout()
    # Set, not inherited: a nested form takes its parent layout's (wide) spacing otherwise.
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(12)
    return form


def agreement_combo(journal: Journal, offered: Callable[[str], bool], parent: QWidget) -> QComboBox:
    """A choice of the agreements whose status is `offered`, for a dialog opened with none."""
    combo = QComboBox(parent)
    combo.setAccessibleName(Mentorships.tr("Agreement"))
    for row in journal.mentorships.rows():
        if offered(row.status):
            combo.addItem(f"{row.person_name} · {role_phrase(row.my_role)}", row.id)
    return combo


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Open at about `width` by `height`, never larger than the screen's free area."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        width = min(width, screen.width() * 9 // 10)
        height = min(height, screen.height() * 9 // 10)
    dialog.resize(QSize(width, height).expandedTo(dialog.minimumSizeHint()))


def _error_line(parent: QWidget, name: str) -> QLabel:
    line = QLabel(parent)
    line.setObjectName(name)
    line.setWordWrap(True)
    line.setStyleSheet(ERROR_STYLE)
    line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    line.hide()
    return line


class AgreementEntryDialog(QDialog):
    """A session or review of an agreement: new when `entry_id` is None, else that one.

    A subclass builds its form between `_build_header` and `_build_frame` (with
    `_offer_agreements`, `_new_left_form` and `_chain_tab_order` on the way), shows
    the agreement in `_show_agreement`, and stores the form in `_store`, one call to
    the domain that raises its `InvalidInput`. Its texts go behind `privacy_screen`
    (`_private`): hidden while the window's privacy screen is on.
    """

    def __init__(
        self,
        journal: Journal,
        entry_id: int | None,
        name: str,
        parent: QWidget | None,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.entry_id = entry_id
        self.privacy_screen = privacy
        self.setObjectName(name)
        self.agreement_id: int | None = None
        self.agreement: Agreement | None = None

    # --- building (in this order) -------------------------------------------------------

    def _build_header(self, header_name: str, due_name: str) -> None:
        """The bold line saying with whom, and the muted one saying when it is due."""
        self.errors = FieldErrors()
        self.header = title_label(self, header_name, scale=1.25)
        self.due = muted("", self, rich=True)
        self.due.setObjectName(due_name)

    def _offer_agreements(self, record: object | None, offered: Callable[[str], bool]) -> None:
        """Which agreement, when the caller did not say (a new entry from a menu): a
        choice of those whose status is `offered`."""
        self.agreement_choice: QComboBox | None = None
        if self.agreement_id is None and record is None:
            choice = agreement_combo(self.journal, offered, self)
            self.agreement_choice = choice
            self.agreement_id = choice.currentData()
            choice.currentIndexChanged.connect(
                lambda _i: self._show_agreement(choice.currentData())
            )

    def _new_left_form(self) -> QFormLayout:
        """The form of the left column, with the choice of agreement first when offered."""
        left = new_form()
        if self.agreement_choice is not None:
            add_field(
                left,
                self.errors,
                "agreement",
                self.tr("A&greement:"),
                self.agreement_choice,
                self.agreement_choice,
                self,
            )
        return left

    def _heading(self, text: str) -> QLabel:
        return heading(text, self, top=6, bottom=0)

    def _notes_edit(self, key: str, name: str, placeholder: str, height: int) -> NotesEdit:
        """A Markdown field whose too long paste is refused under it at once."""
        edit = NotesEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.refused.connect(lambda message: self.show_error(key, message))
        return edit

    def _private(self, edit: NotesEdit) -> PrivateArea:
        """The text area behind the privacy screen: what goes into the form in its place."""
        return PrivateArea(edit, self.privacy_screen, self)

    def _focus_first(self, *widgets: QWidget) -> None:
        """Start in the first of `widgets` that shows (a hidden note cannot take it)."""
        for widget in widgets:
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _build_frame(
        self,
        title: str,
        left: QFormLayout,
        right: QVBoxLayout,
        stretch: tuple[int, int],
        ok_text: str,
    ) -> None:
        """The two columns (the left one under `title`), the blocked and general error
        lines, and OK (`ok_text`, also Ctrl+Return) and Cancel."""
        left_column = QVBoxLayout()
        left_column.setSpacing(4)
        left_column.addWidget(self._heading(title))
        left_column.addLayout(left, 1)
        columns = QHBoxLayout()
        columns.setSpacing(24)  # between the columns; the layouts inside set their own
        columns.addLayout(left_column, stretch[0])
        columns.addLayout(right, stretch[1])

        columns.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(self)
        self.body.setLayout(columns)
        # Why this agreement takes no session or review now, said as the dialog opens.
        self.blocked = _error_line(self, "error_blocked")
        # A refusal on saving that names no field of the form reads above the buttons.
        self.general_error = _error_line(self, "error_general")
        self.errors.general = self.general_error

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setAccessibleName(self.ok.text())
        self.ok.setToolTip(self.tr("Ctrl+Return"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._save_by_shortcut)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.due)
        layout.addWidget(self.blocked)
        layout.addSpacing(4)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _chain_tab_order(self, widgets: Sequence[QWidget]) -> None:
        """Tab goes through `widgets` in order, after the choice of agreement if any."""
        order: list[QWidget] = []
        if self.agreement_choice is not None:
            order.append(self.agreement_choice)
        order += widgets
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    # --- showing ------------------------------------------------------------------------

    def _show_agreement(self, agreement_id: int | None) -> None:
        raise NotImplementedError

    def _load_agreement(self, agreement_id: int | None) -> Agreement | None:
        """Read the agreement shown now (None for none) and lift any block of the last."""
        self.agreement_id = agreement_id
        self.agreement = (
            self.journal.mentorships.get(agreement_id) if agreement_id is not None else None
        )
        self.block("")
        return self.agreement

    def _show_due(self, text: str) -> None:
        self.due.setText(text)
        self.due.setVisible(bool(text))

    # --- saving -------------------------------------------------------------------------

    def block(self, reason: str) -> None:
        """Say why nothing can be saved for this agreement, and disable the form; "" lifts it."""
        self.blocked.setText(reason)
        self.blocked.setVisible(bool(reason))
        self.body.setEnabled(not reason)
        self.ok.setEnabled(not reason)

    def clear_errors(self) -> None:
        self.errors.clear_all()

    def show_error(self, field: str | None, message: str) -> None:
        """Say why the journal refused, under the field it names (else above the buttons)."""
        self.errors.refuse(field, message)

    def _save_by_shortcut(self) -> None:
        if self.ok.isEnabled():
            self.save()

    def _store(self) -> None:
        """Log or update the entry in one call to the domain (which may refuse it)."""
        raise NotImplementedError

    def save(self) -> bool:
        """Store the entry; False (and the reason shown) when the journal refuses it."""
        self.clear_errors()
        try:
            self._store()
        except InvalidInput as exc:
            self.show_error(exc.field, error_text(exc))
            return False
        self.accept()
        return True
