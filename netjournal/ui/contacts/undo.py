"""`UndoNotice`: "Archived Ana Silva — Undo" in the status bar for a few seconds.

One notice serves the whole window: whichever tab deletes or archives something
offers its undo here, and the notice's `action` (Edit → Undo, Ctrl+Z) undoes the
last of them while it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

# How long the Undo button stays.
UNDO_MS = 8000


class UndoNotice(QWidget):
    """Says what was just done, with an Undo button that stays a few seconds."""

    # Something can be undone now, or no longer.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.message = QLabel(self)
        self.message.setObjectName("undoMessage")
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setObjectName("undoButton")
        self.button.setAccessibleName(self.tr("Undo"))
        self.button.setFlat(True)
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.button)
        self.action = QAction(self.tr("&Undo"), self)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda _=False: self.undo())
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.message.setText(f"{text} —")
        self.setAccessibleName(text)
        self.action.setText(self.tr("&Undo: {what}").format(what=text))
        self.action.setEnabled(True)
        self.show()
        self._timer.start()
        self.changed.emit()

    def can_undo(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.action.setText(self.tr("&Undo"))
        self.action.setEnabled(False)
        self.hide()
        self.changed.emit()
