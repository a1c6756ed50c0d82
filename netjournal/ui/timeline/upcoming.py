"""`UpcomingList`: what is coming up (overdue first), above the timeline stream."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from netjournal.journal import Journal
from netjournal.journal.records import UpcomingItem
from netjournal.ui.format import DueStatus, format_date_long, relative_day

UPCOMING_LABELS = {
    "follow_up": QT_TRANSLATE_NOOP("UpcomingList", "Follow-up"),
    "reconnect": QT_TRANSLATE_NOOP("UpcomingList", "Reconnect"),
    "session": QT_TRANSLATE_NOOP("UpcomingList", "Next session"),
    "review": QT_TRANSLATE_NOOP("UpcomingList", "Review"),
    "goal_target": QT_TRANSLATE_NOOP("UpcomingList", "Goal target"),
    "action_due": QT_TRANSLATE_NOOP("UpcomingList", "Action due"),
}

VISIBLE_ROWS = 8


def upcoming_label(kind: str) -> str:
    return QCoreApplication.translate("UpcomingList", UPCOMING_LABELS.get(kind, kind))


class UpcomingList(QTreeWidget):
    """Follow-ups, reconnects, sessions, reviews and targets; `opened` on activation."""

    opened = Signal(object)  # the UpcomingItem

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("upcomingList")
        self.setAccessibleName(self.tr("Upcoming"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Due"), self.tr("What"), self.tr("Title")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        chars = self.fontMetrics().averageCharWidth()
        self.setColumnWidth(0, chars * 22)
        self.setColumnWidth(1, chars * 16)
        self.itemActivated.connect(self._on_activated)
        self.records: list[UpcomingItem] = []
        self.refresh()

    def maximum_height(self) -> int:
        """Room for the header and about eight rows."""
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
        return self.header().sizeHint().height() + row * VISIBLE_ROWS + 2 * self.frameWidth()

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        self.records = self.journal.timeline.upcoming(today)
        current = self.currentIndex().row()
        self.clear()
        if not self.records:
            empty = QTreeWidgetItem([self.tr("Nothing coming up")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setFirstColumnSpanned(True)
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for record in self.records:
            when = relative_day(record.due_on, today)
            if record.overdue:
                days = (today - record.due_on).days
                when = (
                    self.tr("Overdue · 1 day")
                    if days == 1
                    else self.tr("Overdue · {n} days").format(n=days)
                )
            row = QTreeWidgetItem([when, upcoming_label(record.kind), record.title])
            row.setToolTip(0, format_date_long(record.due_on))
            row.setToolTip(2, record.summary or record.title)
            if record.overdue:
                row.setForeground(0, DueStatus.OVERDUE.colour)
                row.setFont(0, bold)
            self.addTopLevelItem(row)
        if 0 <= current < self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(current))

    def texts(self) -> list[tuple[str, str, str]]:
        """Each row's words (for tests and accessibility checks)."""
        return [
            tuple(self.topLevelItem(n).text(c) for c in range(3))  # type: ignore[misc]
            for n in range(self.topLevelItemCount())
        ]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = self.indexOfTopLevelItem(item)
        if 0 <= row < len(self.records):
            self.opened.emit(self.records[row])
