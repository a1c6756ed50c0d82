"""`ContactsFilterBar`: tag, circle, archived state, due and potential mentors above the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.ui.models.people import PeopleFilters

# "Due to reconnect": a next check-in within this many days from today (or overdue).
DUE_WITHIN_DAYS = 7


class ContactsFilterBar(QWidget):
    """One compact row of filters; `changed` on every edit.

    Tag and circle both filter by one tag: while a circle is picked the tag combo is
    disabled and the circle is what filters.
    """

    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsFilters")
        self.journal = journal
        self._today = today
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.circle = QComboBox(self)
        self.circle.setAccessibleName(self.tr("Filter by circle"))
        for combo in (self.tag, self.circle):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.show_ = QComboBox(self)
        self.show_.setAccessibleName(self.tr("Show active or archived people"))
        self.show_.addItem(self.tr("Active people"), False)
        self.show_.addItem(self.tr("Archived people"), True)
        self.show_.addItem(self.tr("Everyone"), None)
        self.due = QCheckBox(self.tr("&Due to reconnect"), self)
        self.due.setAccessibleName(self.tr("Only people due to reconnect within a week"))
        self.mentors = QCheckBox(self.tr("Potential &mentors"), self)
        self.mentors.setAccessibleName(self.tr("Only potential mentors"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the contacts filters"))
        self.fill_choices()

        self.clear_button.clicked.connect(self.clear)
        for combo in (self.tag, self.circle, self.show_):
            combo.currentIndexChanged.connect(self.changed)
        for check in (self.due, self.mentors):
            check.toggled.connect(self.changed)
        self.changed.connect(self._update_enabled)

        # Two rows, so the window can still be made narrow.
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setVerticalSpacing(4)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Tag:"), self.tag),
                (self.tr("C&ircle:"), self.circle),
                (self.tr("S&how:"), self.show_),
            )
        ):
            buddy = QLabel(text, self)
            buddy.setBuddy(widget)
            layout.addWidget(buddy, 0, 2 * column)
            layout.addWidget(widget, 0, 2 * column + 1)
        checks = QHBoxLayout()
        checks.setContentsMargins(0, 0, 0, 0)
        checks.addWidget(self.due)
        checks.addWidget(self.mentors)
        checks.addStretch(1)
        checks.addWidget(self.clear_button)
        layout.addLayout(checks, 1, 0, 1, 7)
        layout.setColumnStretch(6, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_enabled()

    def filters(self) -> PeopleFilters:
        circle = self.circle.currentData()
        return PeopleFilters(
            archived=self.show_.currentData(),
            tag_id=circle if circle is not None else self.tag.currentData(),
            due_by=self._today() + timedelta(days=DUE_WITHIN_DAYS)
            if self.due.isChecked()
            else None,
            potential_mentor=self.mentors.isChecked(),
        )

    def fill_choices(self) -> None:
        """The tags and circles to pick from, keeping what is picked."""
        tags = sorted(self.journal.people.tags(), key=lambda t: t.name.casefold())
        lost = False
        for combo, any_text, choices in (
            (self.tag, self.tr("Any tag"), [t for t in tags if not t.is_circle]),
            (self.circle, self.tr("Any circle"), [t for t in tags if t.is_circle]),
        ):
            picked = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for tag in choices:
                combo.addItem(tag.name, tag.id)
            found = combo.findData(picked) if picked is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(blocked)
            lost = lost or (picked is not None and found < 0)
        if lost:
            self.changed.emit()  # what was picked is gone, or moved between tag and circle

    def clear(self) -> None:
        for widget in (self, self.tag, self.circle, self.show_, self.due, self.mentors):
            widget.blockSignals(True)
        self.tag.setCurrentIndex(0)
        self.circle.setCurrentIndex(0)
        self.show_.setCurrentIndex(0)
        self.due.setChecked(False)
        self.mentors.setChecked(False)
        for widget in (self, self.tag, self.circle, self.show_, self.due, self.mentors):
            widget.blockSignals(False)
        self.changed.emit()

    def _update_enabled(self) -> None:
        self.tag.setEnabled(self.circle.currentData() is None)
        self.clear_button.setEnabled(self.filters().active)
