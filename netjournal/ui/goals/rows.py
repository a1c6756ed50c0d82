"""`GoalRowsEditor`: what the members and the milestones editors of a goal share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from netjournal.journal import Journal
from netjournal.ui.widgets.forms import FieldErrors, muted_label


class GoalRowsEditor(QWidget):
    """Rows of one goal (its members, its milestones) over the way to add one, with a
    line in place of the rows when there are none.

    Rows of records still there are kept when the goal is shown again, with what is
    being typed in them; `_show_rows` puts them in order and `_drop_row` takes one out.
    """

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.goal_id: int | None = None
        self.errors = FieldErrors()
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(2)
        self.empty = muted_label(self)  # what it says is the subclass's

    def _lay_out(self, adding: QLayout) -> None:
        """The empty line, the rows, and `adding` beneath them."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addLayout(adding)

    def _show_rows(self, rows: Sequence[QWidget]) -> None:
        """Rows kept from before and new ones, in this order."""
        for row in rows:
            self.list.removeWidget(row)
        for index, row in enumerate(rows):
            self.list.insertWidget(index, row)
        self.empty.setVisible(not rows)

    def _drop_row(self, row: QWidget) -> None:
        """Take a row out for good (its record is gone, or another goal is shown)."""
        self.list.removeWidget(row)
        row.hide()
        row.deleteLater()
