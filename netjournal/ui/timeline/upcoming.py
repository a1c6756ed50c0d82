"""`UpcomingList`: what is coming up (overdue first), above the timeline stream."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from netjournal.journal import Journal
from netjournal.journal.records import UpcomingItem
from netjournal.ui.format import DueStatus, entry_heading, format_date_long, relative_day
from netjournal.ui.widgets.privacy import PrivacyScreen, screened

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

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        # A follow-up of an entry with no title is titled by the start of its notes.
        self.privacy = privacy
        self.setObjectName("upcomingList")
        self.setAccessibleName(self.tr("Upcoming"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Due"), self.tr("What"), self.tr("Title")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        bold = QFont(self.font())
        bold.setBold(True)
        widest = QFontMetrics(bold).horizontalAdvance(self.tr("Overdue · {n} days").format(n=999))
        self.setColumnWidth(0, widest + 2 * self.fontMetrics().averageCharWidth() + 8)
        self.setColumnWidth(1, self.fontMetrics().horizontalAdvance(upcoming_label("session")) + 24)
        self.itemActivated.connect(self._on_activated)
        self.records: list[UpcomingItem] = []
        self.refresh()
        if privacy is not None:
            privacy.changed.connect(self._on_privacy_changed)

    def maximum_height(self) -> int:
        """Room for the header and at most eight rows."""
        row = self.sizeHintForRow(0)
        if row <= 0:
            row = self.fontMetrics().height() + 4
        rows = min(max(self.topLevelItemCount(), 1), VISIBLE_ROWS)
        return self.header().sizeHint().height() + row * rows + 2 * self.frameWidth() + 2

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
            self.setMaximumHeight(self.maximum_height())
            return
        bold = QFont(self.font())
        bold.setBold(True)
        titles = self._private_titles() if screened(self.privacy) else None
        for record in self.records:
            when = relative_day(record.due_on, today)
            if record.overdue:
                days = (today - record.due_on).days
                when = (
                    self.tr("Overdue · 1 day")
                    if days == 1
                    else self.tr("Overdue · {n} days").format(n=days)
                )
            title = record.title
            tooltip = record.summary or record.title
            if titles is not None and record.kind == "follow_up":
                title = tooltip = titles.get(record.entry_id or -1, upcoming_label(record.kind))
            row = QTreeWidgetItem([when, upcoming_label(record.kind), title])
            row.setToolTip(0, format_date_long(record.due_on))
            row.setToolTip(2, tooltip)
            if record.overdue:
                row.setForeground(0, DueStatus.OVERDUE.colour)
                row.setFont(0, bold)
            self.addTopLevelItem(row)
        self.setMaximumHeight(self.maximum_height())
        if 0 <= current < self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(current))

    def _on_privacy_changed(self, _hidden: bool) -> None:
        self.refresh()

    def _private_titles(self) -> dict[int, str]:
        """The follow-ups' entries by id, each titled as the privacy screen allows: its
        own title, else its kind (never the start of its notes)."""
        ids = [r.entry_id for r in self.records if r.kind == "follow_up" and r.entry_id]
        if not ids:
            return {}
        return {row.id: entry_heading(row, private=True) for row in self.journal.entries.rows(ids)}

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
