"""Pieces every editor and dialog form shares: a refusal said under its field, edits
saved after a pause with no Save button, and the look of a form.

`FieldErrors` keeps one error label per field: a value the journal refuses is
marked (tinted, and its accessible description says why) and the reason is
written under the field, in words and not only in colour. `PendingEdits`
collects the fields edited since the last save and saves them after a short
pause, at once when focus leaves the editor or `flush()` is called.

The builders (`heading`, `title_label`, `muted_label`, `form_layout`,
`field_column`, `field_box`, `add_field`, `align_captions`) and `SectionedEditor`
give every form the same short bold headings, captions in one column and a field
with its hint and error line beneath it; `open_window_modal` shows a dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import DueStatus

# Typing pauses this long before the edit is saved.
SAVE_DELAY_MS = 500
# A refusal reads in the colour of "overdue", in bold, and in words.
ERROR_STYLE = f"color: {DueStatus.OVERDUE.colour.name()}; font-weight: bold;"

DialogT = TypeVar("DialogT", bound=QDialog)


def open_window_modal(dialog: DialogT) -> DialogT:
    """Show a dialog window-modal, deleted when closed, and return it: `open()`, never
    `exec()`, so the window (and a test) goes on while it shows."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, word-wrapped label for the reason a value was refused."""
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def heading(text: str, parent: QWidget, top: int = 12, bottom: int = 2) -> QLabel:
    """A short bold heading over a group of fields."""
    caption = QLabel(text, parent)
    font = QFont(caption.font())
    font.setBold(True)
    caption.setFont(font)
    caption.setContentsMargins(0, top, 0, bottom)
    return caption


def title_label(parent: QWidget, name: str = "", scale: float = 1.5) -> QLabel:
    """The large bold line that names what an editor or dialog shows."""
    title = QLabel(parent)
    if name:
        title.setObjectName(name)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


def muted_label(parent: QWidget, text: str = "") -> QLabel:
    """A word-wrapped hint in the palette's placeholder colour (dimmer when disabled)."""
    hint = QLabel(text, parent)
    hint.setWordWrap(True)
    hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return hint


def form_layout() -> QFormLayout:
    """A form whose fields take the width left by the captions, never wrapped under them."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _stack(column: QBoxLayout, field: QWidget | QLayout, below: Sequence[QWidget]) -> None:
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    for widget in below:
        column.addWidget(widget)


def field_column(field: QWidget | QLayout, *below: QWidget) -> QVBoxLayout:
    """A form's field with what reads beneath it (a hint, its error line), close together."""
    column = QVBoxLayout()
    _stack(column, field, below)
    return column


def field_box(parent: QWidget, field: QWidget | QLayout, *below: QWidget) -> QWidget:
    """`field_column` in a widget of its own (as the editors' form rows are)."""
    box = QWidget(parent)
    _stack(QVBoxLayout(box), field, below)
    return box


def add_field(
    form: QFormLayout,
    errors: FieldErrors,
    key: str,
    caption: str,
    field: QWidget | QLayout,
    buddy: QWidget,
    parent: QWidget,
    below: Sequence[QWidget] = (),
) -> QLabel:
    """A row of a dialog's form: its caption ("" for none), the field, anything `below`
    it, and the hidden error line of `key`, which marks `buddy` when it is refused."""
    error = error_label(parent, key)
    error.setAccessibleName(QCoreApplication.translate("Forms", "Problem"))
    errors.register(key, buddy, error)
    column = field_column(field, *below, error)
    if caption:
        text = QLabel(caption, parent)
        text.setBuddy(buddy)
        form.addRow(text, column)
    else:
        form.addRow("", column)
    return error


def align_captions(captions: Sequence[QLabel]) -> None:
    """One column of captions down a form of several sections: all as wide as the widest."""
    if not captions:
        return
    width = max(caption.sizeHint().width() for caption in captions)
    for caption in captions:
        caption.setMinimumWidth(width)


def tinted(palette: QPalette) -> QPalette:
    """The palette with its base a little towards the colour of "overdue"."""
    marked = QPalette(palette)
    base = palette.color(QPalette.ColorRole.Base)
    mark = DueStatus.OVERDUE.colour
    colour = base.toRgb()
    colour.setRgbF(
        base.redF() * 0.85 + mark.redF() * 0.15,
        base.greenF() * 0.85 + mark.greenF() * 0.15,
        base.blueF() * 0.85 + mark.blueF() * 0.15,
    )
    marked.setColor(QPalette.ColorRole.Base, colour)
    return marked


class FieldErrors:
    """The error label and the marked widget of each field of a form, by key."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._palettes: dict[str, QPalette] = {}
        self._messages: dict[str, str] = {}
        # Where a dialog says a refusal that names none of its fields (see `refuse`).
        self.general: QLabel | None = None

    def register(self, key: str, widget: QWidget, label: QLabel) -> None:
        """`widget` is marked when `key` is refused; `label` says why."""
        self._fields[key] = (widget, label)

    def has(self, key: str | None) -> bool:
        return key is not None and key in self._fields

    def show(self, key: str, message: str, focus: bool = False) -> None:
        widget, label = self._fields[key]
        if key not in self._messages:
            self._palettes[key] = QPalette(widget.palette())
            widget.setPalette(tinted(widget.palette()))
        self._messages[key] = message
        label.setText(message)
        label.show()
        widget.setProperty("invalid", True)
        widget.setAccessibleDescription(message)
        if focus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self, key: str) -> None:
        if self._messages.pop(key, None) is None:
            return
        widget, label = self._fields[key]
        label.clear()
        label.hide()
        widget.setProperty("invalid", False)
        widget.setAccessibleDescription("")
        widget.setPalette(self._palettes.pop(key))

    def clear_all(self) -> None:
        for key in list(self._messages):
            self.clear(key)
        if self.general is not None:
            self.general.clear()
            self.general.hide()

    def refuse(self, key: str | None, message: str, focus: bool = True) -> None:
        """Say why the journal refused: under the field `key` names, else in `general`."""
        if self.has(key):
            assert key is not None
            self.show(key, message, focus=focus)
            return
        assert self.general is not None, "a refusal of no field needs a general label"
        self.general.setText(message)
        self.general.show()

    def attempt(self, key: str, operation: Callable[[], object]) -> bool:
        """Run a domain operation; its refusal is written under `key`'s field (False)."""
        try:
            operation()
        except InvalidInput as exc:  # NotFound too: removed meanwhile
            self.show(key, error_text(exc))
            return False
        self.clear(key)
        return True

    def text(self, key: str) -> str:
        """The reason `key` is refused, or "" when it is not."""
        return self._messages.get(key, "")

    def keys(self) -> set[str]:
        """The fields refused now."""
        return set(self._messages)


class PendingEdits(QObject):
    """Fields edited and not yet saved; `save(key)` is called for each after a pause.

    `owner` is the editor: focus leaving it saves at once. `save` returns nothing;
    it shows a refusal itself (with `FieldErrors`).
    """

    def __init__(self, owner: QWidget, save: Callable[[str], None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._save = save
        self._dirty: list[str] = []
        self.paused = False  # True while a form is being filled from the journal
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def edited(self, key: str) -> None:
        """A field changed by the user: save it after the pause."""
        if self.paused:
            return
        if key not in self._dirty:
            self._dirty.append(key)
        self._timer.start()

    def has(self, key: str | None = None) -> bool:
        return bool(self._dirty) if key is None else key in self._dirty

    def discard(self) -> None:
        """Forget the pending edits (the record shown is gone, or another is shown)."""
        self._timer.stop()
        self._dirty.clear()

    def flush(self) -> None:
        """Save every pending edit now, in the order they were made."""
        self._timer.stop()
        while self._dirty:
            self._save(self._dirty.pop(0))

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self._dirty and old is not None and self._owner.isAncestorOf(old):
            self.flush()


class SectionedEditor(QWidget):
    """An editor of one record as one column: a title, then short bold headings over
    forms whose captions line up down the whole column (`_align_captions` once built).

    A subclass keeps a `FieldErrors` in `errors` for `_field_row`'s error lines.
    """

    errors: FieldErrors

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._captions: list[QLabel] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 14, 18, 18)
        self.layout_.setSpacing(6)

    def _title(self, name: str, subtitle_name: str = "") -> tuple[QLabel, QLabel]:
        """The large title and the muted line beneath it (neither added to the column)."""
        title = title_label(self, name)
        subtitle = self._muted()
        if subtitle_name:
            subtitle.setObjectName(subtitle_name)
        return title, subtitle

    def _heading(self, text: str) -> QLabel:
        return heading(text, self)

    def _add_heading(self, text: str) -> QLabel:
        caption = self._heading(text)
        self.layout_.addWidget(caption)
        return caption

    def _section(self, title: str, *buttons: QWidget) -> QFormLayout:
        """A heading (with `buttons` at its right) over a new form, both added."""
        if buttons:
            row = QHBoxLayout()
            row.addWidget(self._heading(title))
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
            self.layout_.addLayout(row)
        else:
            self._add_heading(title)
        form = form_layout()
        self.layout_.addLayout(form)
        return form

    def _muted(self, text: str = "") -> QLabel:
        return muted_label(self, text)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        """A form caption that takes part in the one column of captions."""
        caption = QLabel(text, self)
        caption.setBuddy(buddy)
        self._captions.append(caption)
        return caption

    def _field_row(
        self,
        form: QFormLayout,
        key: str,
        text: str,
        field: QWidget | QLayout,
        buddy: QWidget,
        *below: QWidget,
        problem: str = "",
    ) -> QLabel:
        """A captioned row: the field, what reads `below` it, and the error line of `key`
        (its accessible name `problem`), which marks `buddy` when the journal refuses."""
        error = error_label(self, key)
        if problem:
            error.setAccessibleName(problem)
        self.errors.register(key, buddy, error)
        box = field_box(self, field, *below, error)
        form.addRow(self._caption(text, buddy), box)
        return error

    def _align_captions(self) -> None:
        align_captions(self._captions)
