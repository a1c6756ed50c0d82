"""`GoalsTableModel`: every goal, filtered and sorted in SQLite (a journal holds dozens of
goals, not millions), with the names of the people who share each one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from netjournal.journal.changes import Change
from netjournal.journal.records import GoalRow, MemberRef
from netjournal.ui.format import format_date, format_date_long, relative_day
from netjournal.ui.labels import label
from netjournal.ui.models.base import Batch, Chip, Column, IdTableModel, Role

# The members column names this many people, then says how many more there are.
NAMES_SHOWN = 2


@dataclass(frozen=True)
class GoalFilters:
    """What the goals list shows; maps onto `journal.goals.rows()`. None lets all through."""

    status: str | None = None
    category: str | None = None
    horizon: str | None = None
    member_id: int | None = None

    @property
    def active(self) -> bool:
        return self != GoalFilters()


def member_names(members: Sequence[MemberRef], shown: int = NAMES_SHOWN) -> str:
    """ "Ana Silva, Mei Tanaka +2"; "Just me" for a goal no one shares."""
    if not members:
        return QCoreApplication.translate("GoalsTableModel", "Just me")
    names = ", ".join(m.display_name for m in members[:shown])
    rest = len(members) - shown
    return f"{names} +{rest}" if rest > 0 else names


class GoalsTableModel(IdTableModel):
    """Goals with their status, category, target date, progress and who shares them.

    `set_filters` narrows the list by status, category, horizon and member. `record(id)`
    is the goal's `GoalRow`; `members_of(id)` its members.
    """

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

    _filters = GoalFilters()

    # --- filters ----------------------------------------------------------------------

    @property
    def filters(self) -> GoalFilters:
        return self._filters

    def set_filters(self, filters: GoalFilters) -> None:
        """Show only the goals these filters let through."""
        if filters == self._filters:
            return
        self._filters = filters
        self.reload()

    # --- the list ---------------------------------------------------------------------

    def record(self, item_id: int) -> GoalRow:
        """The goal's list row."""
        return self._records[item_id]

    def members_of(self, item_id: int) -> tuple[MemberRef, ...]:
        """The loaded goal's members, by name."""
        return self._records[item_id].member_list

    def _rows(self, ids: Sequence[int] | None = None) -> dict[int, GoalRow]:
        f = self._filters
        rows = self.journal.goals.rows(
            sort=self._sort_key,
            descending=self._descending,
            status=f.status,
            category=f.category,
            member_id=f.member_id,
            horizon=f.horizon,
            ids=ids,
        )
        # The rows name their members: a renamed member makes a row compare unequal.
        return {r.id: r for r in rows}

    def query(self, cursor: Any, limit: int) -> Batch:
        records = self._rows()
        return Batch(list(records), None, True, records)

    def fetch_records(self, ids: Sequence[int]) -> dict[int, GoalRow]:
        return self._rows(list(ids)) if ids else {}

    # --- changes ----------------------------------------------------------------------

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        if "goal" in change.kinds or change.removed_of("person"):
            return True, None
        people = change.ids_of("person")
        if "person" in change.ids and not people:
            return False, None  # some people changed, which is not said: names may have
        if people:
            # A member renamed: the rows naming them repaint.
            rows = {
                goal_id
                for goal_id in self._ids
                if any(m.person_id in people for m in self._records[goal_id].member_list)
            }
            return (False, rows) if rows else None
        return None

    # --- cells ------------------------------------------------------------------------

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
            if role == Qt.ItemDataRole.ToolTipRole:
                if record.milestones_total:
                    return QCoreApplication.translate(
                        "GoalsTableModel", "{done} of {total} milestones reached"
                    ).format(done=record.milestones_done, total=record.milestones_total)
                return QCoreApplication.translate("GoalsTableModel", "Progress set by hand")
            return None
        if column == "members":
            if display:
                return member_names(record.member_list)
            if role == Qt.ItemDataRole.ToolTipRole:
                if not record.member_list:
                    return QCoreApplication.translate(
                        "GoalsTableModel", "No one shares this goal yet"
                    )
                return "\n".join(
                    f"{m.display_name} · {label('member_role', m.role)}" for m in record.member_list
                )
            if role == Qt.ItemDataRole.AccessibleDescriptionRole and record.member_list:
                return self.tr("%n people share this goal", None, len(record.member_list))
            return None
        raise KeyError(column)
