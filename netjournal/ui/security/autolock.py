"""Locking a journal left alone: how long (a setting), noticing that nobody is at the
keyboard (`IdleWatcher`), and the small dialog that sets it (`AutoLockDialog`).

Idle means no key and no mouse input to the app; a window repainting or a timer
firing does not count. The setting is in minutes, 0 for never; when it was never
set, an encrypted journal locks after 10 minutes and a plain one never.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netjournal.ui.widgets.forms import form_layout, muted_label, title_label

AUTO_LOCK_KEY = "Security/autoLockMinutes"
DEFAULT_ENCRYPTED_MINUTES = 10
MAX_MINUTES = 24 * 60

# What a person does: anything else (paint, timers, focus moved by code) is not input.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


def auto_lock_minutes(settings: QSettings, encrypted: bool) -> float:
    """Minutes of no input before the journal locks; 0 for never.

    A fraction of a minute is kept as it is (the tests lock after milliseconds).
    """
    value = settings.value(AUTO_LOCK_KEY)
    if value is None or value == "":
        return float(DEFAULT_ENCRYPTED_MINUTES) if encrypted else 0.0
    try:
        minutes = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float(DEFAULT_ENCRYPTED_MINUTES) if encrypted else 0.0
    return min(max(minutes, 0.0), float(MAX_MINUTES))


def set_auto_lock_minutes(settings: QSettings, minutes: int) -> None:
    settings.setValue(AUTO_LOCK_KEY, int(minutes))
    settings.sync()


class IdleWatcher(QObject):
    """`idle` once no input reached the app for `interval` ms; every input restarts it.

    It watches the whole application (an event filter on it) only while started.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self._watching = False

    def start(self, interval_ms: int) -> None:
        """Watch from now; 0 or less stops watching (auto-lock off)."""
        if interval_ms <= 0:
            self.stop()
            return
        self.timer.setInterval(int(interval_ms))
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def is_watching(self) -> bool:
        return self._watching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False

    def _timed_out(self) -> None:
        if self._watching:
            self.idle.emit()


class AutoLockDialog(QDialog):
    """File → Lock After…: minutes without input before the journal locks (0: never)."""

    def __init__(self, minutes: int, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoLockDialog")
        self.setWindowTitle(self.tr("Lock After"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        heading = title_label(self, "autoLockHeading", scale=1.3)
        heading.setText(self.tr("Lock the journal when left alone"))
        layout.addWidget(heading)
        explanation = self.tr(
            "After this long without keyboard or mouse input, NetJournal saves what you "
            "were editing, closes the journal and hides it until it is unlocked."
        )
        if encrypted:
            explanation += " " + self.tr("Unlocking asks for the passphrase.")
        else:
            explanation += " " + self.tr(
                "This journal is not encrypted: locking keeps it out of view, but anyone who "
                "can read the file can read it. File → Encrypt Journal… protects it."
            )
        text = muted_label(self, explanation)
        text.setObjectName("autoLockText")
        layout.addWidget(text)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("autoLockMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.minutes.setValue(int(minutes))
        self.minutes.setAccessibleName(self.tr("Minutes without input before locking"))
        self.minutes.setAccessibleDescription(self.tr("0 for never"))
        form = form_layout()
        form.setContentsMargins(0, 6, 0, 0)
        form.addRow(self.tr("&Lock after:"), self.minutes)
        label = form.labelForField(self.minutes)
        if label is not None:
            label.setObjectName("autoLockCaption")
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for standard, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            button = self.buttons.button(standard)
            button.setAccessibleName(name)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.minutes.setFocus(Qt.FocusReason.OtherFocusReason)
        self.minutes.selectAll()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def chosen_minutes(self) -> int:
        return self.minutes.value()
