"""`GoalPicker`: choose some of the journal's goals (an entry's goals, an agreement's
objectives) from a list, each picked one shown as a removable chip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.ui.labels import label
from netjournal.ui.widgets.chip_list import ChipList


class GoalPicker(QWidget):
    """A combo box to add a goal, and the goals picked below it (Delete removes one).

    Achieved and dropped goals are offered too, after the ones in progress, since an
    old entry may well be about them.
    """

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._picked: dict[int, str] = {}
        self.add = QComboBox(self)
        self.add.setObjectName("goalPickerAdd")
        self.add.setAccessibleName(self.tr("Add a goal"))
        self.add.activated.connect(self._on_activated)
        self.list = ChipList(self)
        self.list.setObjectName("goalPickerList")
        self.list.setAccessibleName(self.tr("Goals picked"))
        # Two rows of chips, each a line of text with its padding and border.
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 26)
        self.list.remove_requested.connect(self.remove_selected)
        self.remove_button = self.list.remove_button(self, self.tr("Remove the selected goals"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.add)
        layout.addLayout(row)
        self.setFocusProxy(self.add)
        self.refresh_choices()

    def goal_ids(self) -> list[int]:
        return list(self._picked)

    def set_goals(self, ids: Sequence[int]) -> None:
        """Pick exactly these goals (unknown ids are skipped); `changed` is not emitted."""
        rows = {r.id: r.title for r in self.journal.goals.rows(ids=list(ids))}
        self._picked = {i: rows[i] for i in ids if i in rows}
        self._show()

    def refresh_choices(self) -> None:
        """Offer the goals not picked yet, those in progress first."""
        self.add.blockSignals(True)
        self.add.clear()
        self.add.addItem(self.tr("Add a goal…"), None)
        rows = self.journal.goals.rows()
        order = {"active": 0, "paused": 1, "achieved": 2, "dropped": 3}
        for row in sorted(rows, key=lambda r: order.get(r.status, 4)):
            if row.id in self._picked:
                continue
            text = row.title
            if row.status != "active":
                text = f"{row.title} ({label('goal_status', row.status)})"
            self.add.addItem(text, row.id)
        self.add.setEnabled(self.add.count() > 1)
        self.add.setCurrentIndex(0)
        self.add.blockSignals(False)

    def remove_selected(self) -> None:
        for goal_id in self.list.selected_ids():
            self._picked.pop(goal_id, None)
        self._show()
        self.changed.emit()

    def _on_activated(self, index: int) -> None:
        goal_id = self.add.itemData(index)
        if goal_id is None:
            return
        title = next(
            (r.title for r in self.journal.goals.rows(ids=[goal_id])), self.add.itemText(index)
        )
        self._picked[int(goal_id)] = title
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.list.set_chips(self._picked)
        self.list.setVisible(bool(self._picked))
        self.remove_button.setVisible(bool(self._picked))
        self.remove_button.setEnabled(False)
        self.refresh_choices()
