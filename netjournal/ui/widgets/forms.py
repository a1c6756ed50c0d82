"""Pieces every editor and dialog form shares: a refusal said under its field, and
edits saved after a pause with no Save button.

`FieldErrors` keeps one error label per field: a value the journal refuses is
marked (tinted, and its accessible description says why) and the reason is
written under the field, in words and not only in colour. `PendingEdits`
collects the fields edited since the last save and saves them after a short
pause, at once when focus leaves the editor or `flush()` is called.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from netjournal.ui.format import DueStatus

# Typing pauses this long before the edit is saved.
SAVE_DELAY_MS = 500
# A refusal reads in the colour of "overdue", in bold, and in words.
ERROR_STYLE = f"color: {DueStatus.OVERDUE.colour.name()}; font-weight: bold;"


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, word-wrapped label for the reason a value was refused."""
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


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
