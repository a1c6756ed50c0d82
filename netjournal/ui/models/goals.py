"""`GoalsTableModel`: every goal, sorted in SQLite (a journal holds dozens, not millions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from netjournal.journal.changes import Change
from netjournal.journal.records import GoalRow
from netjournal.ui.format import format_date, format_date_long, relative_day
from netjournal.ui.labels import label
from netjournal.ui.models.base import Batch, Chip, Column, IdTableModel, Role


class GoalsTableModel(IdTableModel):
    """Goals with their status, category, target date, progress and how many share them."""

    context = "GoalsTableModel"
    columns = (
        Column("title", QT_TRANSLATE_NOOP("GoalsTableModel", "Title"), "title"),
        Column("status", QT_TRANSLATE_NOOP("GoalsTableModel", "Status"), "status"),
        Column("category", QT_TRANSLATE_NOOP("GoalsTableModel", "Category"), "category"),
        Column("target", QT_TRANSLATE_NOOP("GoalsTableModel", "Target date"), "target"),
        Column("progress", QT_TRANSLATE_NOOP("GoalsTableModel", "Progress"), "progress"),
        Column("members", QT_TRANSLATE_NOOP("GoalsTableModel", "Members")),
    )
    default_sort = ("target", False)

    def query(self, cursor: Any, limit: int) -> Batch:
        rows = self.journal.goals.rows(sort=self._sort_key, descending=self._descending)
        return Batch([r.id for r in rows], None, True, {r.id: r for r in rows})

    def fetch_records(self, ids: Sequence[int]) -> dict[int, GoalRow]:
        wanted = set(ids)
        return {r.id: r for r in self.journal.goals.rows() if r.id in wanted}

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        if "goal" in change.kinds or change.removed_of("person"):
            return True, None
        return None

    def cell(self, record: GoalRow, column: str, role: int) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        if column == "title":
            if display:
                return record.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{record.title} ({label('horizon', record.horizon)})"
            return None
        if column == "status":
            if display or role == Qt.ItemDataRole.ToolTipRole:
                return label("goal_status", record.status)
            if role == Role.CHIPS:
                return (Chip(label("goal_status", record.status)),)
            return None
        if column == "category":
            return label("goal_category", record.category) if display else None
        if column == "target":
            if record.target_on is None:
                return None
            if display:
                return format_date(record.target_on)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{format_date_long(record.target_on)} ({relative_day(record.target_on)})"
            return None
        if column == "progress":
            percent = record.progress_percent
            if display:
                return QCoreApplication.translate("GoalsTableModel", "{percent}%").format(
                    percent=percent
                )
            if role == Role.PROGRESS:
                return percent
            if role == Qt.ItemDataRole.ToolTipRole and record.milestones_total:
                return QCoreApplication.translate(
                    "GoalsTableModel", "{done} of {total} milestones reached"
                ).format(done=record.milestones_done, total=record.milestones_total)
            return None
        if column == "members":
            if display:
                if not record.members:
                    return QCoreApplication.translate("GoalsTableModel", "Just me")
                if record.members == 1:
                    return QCoreApplication.translate("GoalsTableModel", "1 person")
                return QCoreApplication.translate(
                    "GoalsTableModel", "%n people", None, record.members
                )
            return None
        raise KeyError(column)
