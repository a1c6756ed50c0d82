"""`GoalsFilterBar`: status, category, horizon and member above the goals list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.vocab import GoalCategory, GoalStatus, Horizon
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.labels import label
from netjournal.ui.models.goals import GoalFilters


class GoalsFilterBar(QWidget):
    """One compact row of filters; `changed` on every edit. The member is one person,
    picked by typing part of a name."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsFilters")
        self.journal = journal
        self.status = self._combo(
            self.tr("Filter by status"),
            self.tr("Any status"),
            [(label("goal_status", s.value), s.value) for s in GoalStatus],
        )
        self.category = self._combo(
            self.tr("Filter by category"),
            self.tr("Any category"),
            [(label("goal_category", c.value), c.value) for c in GoalCategory],
        )
        self.horizon = self._combo(
            self.tr("Filter by horizon"),
            self.tr("Any horizon"),
            [(label("horizon", h.value), h.value) for h in Horizon],
        )
        self.member = PersonPicker(journal, single=True, parent=self)
        self.member.setObjectName("goalsMemberFilter")
        self.member.edit.setAccessibleName(self.tr("Filter by member"))
        self.member.edit.setPlaceholderText(self.tr("Anyone"))
        chars = self.fontMetrics().averageCharWidth()
        self.member.setMinimumWidth(chars * 18)
        self.member.setMaximumWidth(chars * 30)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the goals filters"))
        self.clear_button.clicked.connect(self.clear)
        for combo in (self.status, self.category, self.horizon):
            combo.currentIndexChanged.connect(self.changed)
        self.member.changed.connect(self.changed)
        self.changed.connect(self._update_enabled)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setHorizontalSpacing(6)
        for column, (text, widget, buddy) in enumerate(
            (
                (self.tr("&Status:"), self.status, self.status),
                (self.tr("Ca&tegory:"), self.category, self.category),
                (self.tr("Hori&zon:"), self.horizon, self.horizon),
                (self.tr("&Member:"), self.member, self.member.edit),
            )
        ):
            caption = QLabel(text, self)
            caption.setBuddy(buddy)
            layout.addWidget(caption, 0, 2 * column)
            layout.addWidget(widget, 0, 2 * column + 1)
        layout.addWidget(self.clear_button, 0, 9)
        layout.setColumnStretch(7, 1)
        layout.setColumnStretch(8, 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_enabled()

    def _combo(self, accessible: str, any_text: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.addItem(any_text, None)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def filters(self) -> GoalFilters:
        picked = self.member.person_ids()
        return GoalFilters(
            status=self.status.currentData(),
            category=self.category.currentData(),
            horizon=self.horizon.currentData(),
            member_id=picked[0] if picked else None,
        )

    def set_filters(self, filters: GoalFilters) -> None:
        """Show these filters (one `changed` at the end)."""
        widgets = (self, self.status, self.category, self.horizon, self.member)
        for widget in widgets:
            widget.blockSignals(True)
        for combo, value in (
            (self.status, filters.status),
            (self.category, filters.category),
            (self.horizon, filters.horizon),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.member.set_people([filters.member_id] if filters.member_id is not None else [])
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_filters(GoalFilters())

    def _update_enabled(self) -> None:
        self.clear_button.setEnabled(self.filters().active)
