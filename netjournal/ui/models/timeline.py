"""`TimelineTableModel`: every entry, newest first, paged from SQLite, searchable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPalette

from netjournal.journal.changes import Change
from netjournal.journal.records import EntryRow
from netjournal.ui.format import format_date, format_date_long, format_time
from netjournal.ui.labels import label
from netjournal.ui.models.base import Batch, Column, IdTableModel


def entry_heading(row: EntryRow) -> str:
    """The entry's title, or the start of its notes when it has none."""
    if row.title:
        return row.title
    return " ".join(row.excerpt.split())


@dataclass(frozen=True)
class TimelineFilters:
    """What the timeline shows besides the search text; every filter set must hold.

    `since` and `until` are local days, both included.
    """

    person_id: int | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return self != TimelineFilters()


class TimelineTableModel(IdTableModel):
    """Entries sorted in SQLite by date (newest first) or kind; `set_search` filters by text,
    `set_filters` by person, kind and dates."""

    context = "TimelineTableModel"
    columns = (
        Column("occurred", QT_TRANSLATE_NOOP("TimelineTableModel", "Date"), "occurred"),
        Column("kind", QT_TRANSLATE_NOOP("TimelineTableModel", "Kind"), "kind"),
        Column("title", QT_TRANSLATE_NOOP("TimelineTableModel", "Title")),
        Column("participants", QT_TRANSLATE_NOOP("TimelineTableModel", "With")),
    )
    default_sort = ("occurred", True)

    _search = ""
    _filters = TimelineFilters()

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only entries whose title or notes match `text`; "" shows every entry."""
        text = " ".join(text.split())
        if text == self._search:
            return
        self._search = text
        self.reload()

    @property
    def filters(self) -> TimelineFilters:
        return self._filters

    def set_filters(self, filters: TimelineFilters) -> None:
        """Show only the entries these filters let through (with the search text)."""
        if filters == self._filters:
            return
        self._filters = filters
        self.reload()

    def query(self, cursor: Any, limit: int) -> Batch:
        filters = self._filters
        page = self.journal.entries.page(
            sort=self._sort_key,
            descending=self._descending,
            cursor=cursor,
            limit=limit,
            person_id=filters.person_id,
            kinds=[filters.kind] if filters.kind else None,
            since=filters.since,
            until=filters.until + timedelta(days=1) if filters.until else None,
            text=self._search or None,
            with_rows=True,
        )
        return Batch(page.ids, page.cursor, page.complete, {row.id: row for row in page.rows})

    def fetch_records(self, ids: Sequence[int]) -> dict[int, EntryRow]:
        return {row.id: row for row in self.journal.entries.rows(ids)}

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        refetch: set[int] = set()
        membership = False
        if "entry" in change.kinds:
            touched = change.ids_of("entry")
            if "entry" in change.ids and not touched:
                return True, None
            membership = True
            refetch |= touched
        people = change.ids_of("person") | change.removed_of("person")
        if people:
            # Entries showing these people's names repaint.
            for entry_id in self._ids:
                if any(pid in people for pid, _ in self._records[entry_id].participants):
                    refetch.add(entry_id)
        if not membership and not refetch:
            return None
        return membership, refetch

    def cell(self, record: EntryRow, column: str, role: int) -> Any:
        if column == "occurred":
            if role == Qt.ItemDataRole.DisplayRole:
                return format_date(record.occurred_at)
            if role == Qt.ItemDataRole.ToolTipRole:
                return format_date_long(record.occurred_at)
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                return format_time(record.occurred_at)
            return None
        if column == "kind":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return label("entry_kind", record.kind)
            return None
        if column == "title":
            if role == Qt.ItemDataRole.DisplayRole:
                return entry_heading(record)
            if role == Qt.ItemDataRole.ToolTipRole:
                return record.excerpt or record.title or None
            if role == Qt.ItemDataRole.ForegroundRole and not record.title:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if column == "participants":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return ", ".join(name for _, name in record.participants) or None
            return None
        raise KeyError(column)
