"""The privacy screen: one switch per window that hides the bodies of notes in every
view until it is turned off, for working in public or sharing a screen.

`PrivacyScreen` holds the switch and its checkable action (Ctrl+Shift+P); the window
makes one and passes it to the views that show notes (never a global). Hiding only
changes what is drawn: the texts stay in their widgets, so nothing is lost, nothing is
saved by hiding, and turning the screen off shows them again exactly as they were.

`PrivateArea` puts a text area (or any widget showing a note) behind the screen: while
it is on, a muted line says the notes are hidden and the text cannot be edited.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

PRIVACY_SHORTCUT = "Ctrl+Shift+P"


def _shortcut_text() -> str:
    return QKeySequence(PRIVACY_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)


def hidden_text() -> str:
    """What a hidden note says in its place, with the shortcut that shows it again."""
    return QCoreApplication.translate(
        "PrivacyScreen", "Hidden while the privacy screen is on ({shortcut})"
    ).format(shortcut=_shortcut_text())


class PrivacyScreen(QObject):
    """Whether note bodies are hidden in the window's views; `changed` when it flips.

    `action` is checkable (its check mark shows the state) and toggles the screen;
    the window adds it to a menu and to itself so that its shortcut works anywhere.
    """

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, enabled: bool = False) -> None:
        super().__init__(parent)
        self._enabled = bool(enabled)
        self.action = QAction(self.tr("&Privacy Screen"), self)
        self.action.setObjectName("privacyScreenAction")
        self.action.setCheckable(True)
        self.action.setChecked(self._enabled)
        self.action.setShortcut(QKeySequence(PRIVACY_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = self.tr(
            "Hide the notes of people and entries, sessions, reviews and outreach in every "
            "view, for working in public or sharing the screen; names, titles and dates stay "
            "({shortcut})"
        ).format(shortcut=_shortcut_text())
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.toggled.connect(self.set_enabled)

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        self.set_enabled(on)

    def set_enabled(self, on: bool) -> None:
        """Turn the screen on or off; the action's check mark follows."""
        on = bool(on)
        if on == self._enabled:
            return
        self._enabled = on
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # its toggled comes back here and stops above
        self.changed.emit(on)

    def toggle(self) -> None:
        self.set_enabled(not self._enabled)


def screened(privacy: PrivacyScreen | None) -> bool:
    """Whether notes are hidden now (no screen at all behaves as off)."""
    return privacy is not None and privacy.enabled


def hidden_label(parent: QWidget | None = None) -> QLabel:
    """The muted line that stands in a hidden note's place."""
    line = QLabel(hidden_text(), parent)
    line.setObjectName("privacyHidden")
    line.setAccessibleName(hidden_text())
    line.setWordWrap(True)
    line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return line


class PrivateArea(QStackedWidget):
    """`content` (a text area, a preview…) behind the privacy screen.

    While the screen is on, the muted line shows in the content's place (as large as it
    is, so nothing moves) and every text area in the content is read-only; its text
    stays untouched, so a form that saves it saves what it held.
    """

    hidden_changed = Signal(bool)

    def __init__(
        self, content: QWidget, privacy: PrivacyScreen | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.privacy = privacy
        name = content.objectName()
        self.setObjectName(f"{name}Private" if name else "privateArea")
        self.hint = hidden_label(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.hint.setMargin(8)
        self.addWidget(content)
        self.addWidget(self.hint)
        # Laid out as the content would be: as tall as it may grow, and no taller.
        self.setSizePolicy(content.sizePolicy())
        self.setMaximumSize(content.maximumSize())
        self._read_only: dict[QWidget, bool] = {}
        self._hidden = False
        if privacy is not None:
            privacy.changed.connect(self._apply)
        self._apply(screened(privacy))

    def is_hidden(self) -> bool:
        return self._hidden

    def _editors(self) -> list[QPlainTextEdit | QTextEdit]:
        found: list[QPlainTextEdit | QTextEdit] = []
        if isinstance(self.content, QPlainTextEdit | QTextEdit):
            found.append(self.content)
        found += self.content.findChildren(QPlainTextEdit)
        found += self.content.findChildren(QTextEdit)
        return list(dict.fromkeys(found))

    def _apply(self, hidden: bool) -> None:
        if hidden == self._hidden:
            return
        self._hidden = hidden
        if hidden:
            for editor in self._editors():
                self._read_only[editor] = editor.isReadOnly()
                editor.setReadOnly(True)
            self.setCurrentWidget(self.hint)
        else:
            self.setCurrentWidget(self.content)
            for editor, was in self._read_only.items():
                editor.setReadOnly(was)
            self._read_only = {}
        self.hidden_changed.emit(hidden)
