"""`TimelineStreamModel`: every dated thing in the journal, newest first, under date headers.

Items come from `journal.timeline.page` in keyset pages (`canFetchMore`/`fetchMore`)
and are identified by their key `(kind, item_id)`; a key→row dict finds a row without
scanning. Between consecutive items whose day falls in a different bucket ("Today",
"Yesterday", "This week", "Last week", then months) the model inserts a header row
that can be neither selected nor opened (`ItemIsEnabled` only, `StreamRole.HEADER`).

After a change the loaded extent is queried again and only the rows that left or
joined are removed or inserted; rows whose values differ repaint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.records import TimelineItem
from netjournal.ui.format import (
    first_day_of_week,
    format_date,
    format_date_long,
    local_date,
    relative_day,
    ui_locale,
)
from netjournal.ui.labels import label
from netjournal.ui.models.base import DEFAULT_PAGE_SIZE, Column, IdTableModel, Index, Role
from netjournal.ui.widgets.privacy import PrivacyScreen, screened

Key = tuple[Any, ...]

ITEM_KIND_LABELS = {
    "entry": QT_TRANSLATE_NOOP("TimelineStreamModel", "Entry"),
    "milestone_reached": QT_TRANSLATE_NOOP("TimelineStreamModel", "Milestone reached"),
    "goal_created": QT_TRANSLATE_NOOP("TimelineStreamModel", "Goal created"),
    "goal_achieved": QT_TRANSLATE_NOOP("TimelineStreamModel", "Goal achieved"),
    "agreement_started": QT_TRANSLATE_NOOP("TimelineStreamModel", "Agreement started"),
    "agreement_revised": QT_TRANSLATE_NOOP("TimelineStreamModel", "Agreement revised"),
    "agreement_ended": QT_TRANSLATE_NOOP("TimelineStreamModel", "Agreement ended"),
    "action_done": QT_TRANSLATE_NOOP("TimelineStreamModel", "Action done"),
}

WATCHED = ("entry", "person", "goal", "agreement", "action", "milestone")


def item_kind_label(kind: str) -> str:
    """The translated word for a timeline item kind (not an entry kind)."""
    return QCoreApplication.translate("TimelineStreamModel", ITEM_KIND_LABELS.get(kind, kind))


def item_label(item: TimelineItem) -> str:
    """What an item is: an entry's own kind (Coffee, Call…) or the item kind."""
    if item.kind == "entry" and item.entry_kind:
        return label("entry_kind", item.entry_kind)
    return item_kind_label(item.kind)


class StreamRole(IntEnum):
    HEADER = Qt.ItemDataRole.UserRole + 20  # True on a header row
    KEY = Qt.ItemDataRole.UserRole + 21  # the item's (kind, item_id), None on a header


@dataclass(frozen=True)
class TimelineFilters:
    """What the timeline shows besides the search text; every filter set must hold.

    `kind` is an entry kind (call…) or a timeline item kind (goal_achieved…).
    `since` and `until` are local days, both included.
    """

    person_id: int | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    goal_id: int | None = None
    agreement_id: int | None = None

    @property
    def active(self) -> bool:
        return self != TimelineFilters()


def bucket(day: date, today: date) -> str:
    """The header an item of this day sits under, seen from `today`."""
    if day == today:
        return QCoreApplication.translate("TimelineStreamModel", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("TimelineStreamModel", "Yesterday")
    if day < today:
        first = first_day_of_week().value - 1  # Qt: Monday is 1; Python: 0
        week_start = today - timedelta(days=(today.weekday() - first) % 7)
        if day >= week_start:
            return QCoreApplication.translate("TimelineStreamModel", "This week")
        if day >= week_start - timedelta(days=7):
            return QCoreApplication.translate("TimelineStreamModel", "Last week")
    month = ui_locale().standaloneMonthName(day.month)
    return f"{month} {day.year}"


def _key(item: TimelineItem) -> Key:
    return (item.kind, item.item_id)


class TimelineStreamModel(IdTableModel):
    """Timeline items and their date headers; `set_filters` and `set_search` requery."""

    context = "TimelineStreamModel"
    columns = (
        Column("when", QT_TRANSLATE_NOOP("TimelineStreamModel", "When")),
        Column("what", QT_TRANSLATE_NOOP("TimelineStreamModel", "What")),
        Column("title", QT_TRANSLATE_NOOP("TimelineStreamModel", "Title")),
        Column("with", QT_TRANSLATE_NOOP("TimelineStreamModel", "With")),
    )

    def __init__(
        self,
        journal: Journal,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
        today: date | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        self._filters = TimelineFilters()
        self.privacy = privacy
        self._today = today
        self._rows: list[Key] = []
        self._stream_row: dict[Key, int] = {}
        self._items: dict[Key, TimelineItem] = {}
        self._headers: dict[Key, str] = {}
        self._names: dict[int, str] = {}
        self._last_bucket: str | None = None
        self._fetching = False
        super().__init__(journal, page_size, parent)
        if privacy is not None:
            privacy.changed.connect(self._on_privacy_changed)

    # --- what is shown ----------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def filters(self) -> TimelineFilters:
        return self._filters

    def set_filters(self, filters: TimelineFilters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.reload()

    # --- the rows ---------------------------------------------------------------------

    @property
    def keys(self) -> tuple[Key, ...]:
        """The loaded items' keys in order (no headers)."""
        return tuple(k for k in self._rows if k[0] != "header")

    @property
    def ids(self) -> tuple[int, ...]:
        """The loaded entries' ids in order."""
        return tuple(k[1] for k in self._rows if k[0] == "entry")

    def key_at(self, row: int) -> Key | None:
        """The item key of a row; None for a header."""
        key = self._rows[row]
        return None if key[0] == "header" else key

    def id_at(self, row: int) -> int:  # type: ignore[override]
        key = self._rows[row]
        return key[1] if key[0] != "header" else -1

    def is_header(self, row: int) -> bool:
        return self._rows[row][0] == "header"

    def header_text(self, row: int) -> str:
        return self._headers[self._rows[row]]

    @staticmethod
    def as_key(item: Key | int) -> Key:
        return item if isinstance(item, tuple) else ("entry", item)

    def row_of(self, item: Key | int) -> int | None:  # type: ignore[override]
        """The row of an item key, or of an entry id; None when it is not loaded."""
        return self._stream_row.get(self.as_key(item))

    def record(self, item: Key | int) -> TimelineItem:  # type: ignore[override]
        return self._items[self.as_key(item)]

    def names(self, item: TimelineItem) -> str:
        return ", ".join(self._names[p] for p in item.person_ids if p in self._names)

    # --- queries ----------------------------------------------------------------------

    def _page(self, cursor: Any, limit: int) -> Any:
        f = self._filters
        return self.journal.timeline.page(
            cursor,
            limit,
            person_id=f.person_id,
            goal_id=f.goal_id,
            agreement_id=f.agreement_id,
            kinds=[f.kind] if f.kind else None,
            since=f.since,
            until=f.until + timedelta(days=1) if f.until else None,
            text=self._search or None,
        )

    def _learn_names(self, items: Sequence[TimelineItem], fresh: bool = False) -> None:
        wanted = {p for item in items for p in item.person_ids}
        if not fresh:
            wanted -= self._names.keys()
        if wanted:
            for row in self.journal.people.rows(sorted(wanted)):
                self._names[row.id] = row.display_name

    def _layout(
        self, items: Sequence[TimelineItem], last: str | None
    ) -> tuple[list[Key], str | None]:
        """Rows for these items after a bucket `last`: headers where the bucket changes."""
        today = self.today
        rows: list[Key] = []
        names: dict[date, str] = {}  # a page spans a few days: each day's header worked out once
        for item in items:
            day = local_date(item.at)
            name = names.get(day)
            if name is None:
                name = names[day] = bucket(day, today)
            if name != last:
                header = ("header", name, *_key(item))
                self._headers[header] = name
                rows.append(header)
                last = name
            rows.append(_key(item))
        return rows, last

    def _reindex_rows(self) -> None:
        self._stream_row = {key: row for row, key in enumerate(self._rows)}

    def reload(self) -> None:
        self.beginResetModel()
        page = self._page(None, self.page_size)
        self._learn_names(page.items, fresh=True)
        self._headers = {}
        self._items = {_key(i): i for i in page.items}
        self._rows, self._last_bucket = self._layout(page.items, None)
        self._reindex_rows()
        self._cursor, self._complete = page.cursor, page.complete
        self.endResetModel()

    # --- Qt's table model -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "header":
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._rows[index.row()]
        column = self.columns[index.column()].key
        if key[0] == "header":
            if role == StreamRole.HEADER:
                return True
            if column != "when":
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[key]
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == StreamRole.HEADER:
            return False
        if role == StreamRole.KEY:
            return key
        if role == Role.ID:
            return key[1]
        return self.cell(self._items[key], column, role)

    def cell(self, record: TimelineItem, column: str, role: int) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if column == "when":
            if display:
                return format_date(record.at)
            if tooltip:
                day = local_date(record.at)
                return f"{format_date_long(record.at)} ({relative_day(day, self.today)})"
            return None
        if column == "what":
            return item_label(record) if display or tooltip else None
        if column == "title":
            if record.kind == "entry" and screened(self.privacy):
                # An entry's summary is the start of its notes: its kind stands in for it.
                if display or tooltip:
                    return " ".join(record.title.split()) or item_label(record)
            elif display:
                return " ".join(record.title.split()) or " ".join(record.summary.split())
            elif tooltip:
                return record.summary or record.title or None
            if role == Qt.ItemDataRole.ForegroundRole and not record.title:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if column == "with":
            return (self.names(record) or None) if display or tooltip else None
        raise KeyError(column)

    def _on_privacy_changed(self, _hidden: bool) -> None:
        """The titles of entries without one show their notes, or their kind: repaint."""
        if self._rows:
            column = self.column_index("title")
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._rows) - 1, column),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._complete or self._fetching:
            return
        # A listener of rowsInserted may ask for more (the model tester does): not
        # until these rows are in, or the next page would land before them.
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        page = self._page(self._cursor, self.page_size)
        self._cursor, self._complete = page.cursor, page.complete
        items = [i for i in page.items if _key(i) not in self._stream_row]
        if not items:
            return
        self._learn_names(items)
        rows, last = self._layout(items, self._last_bucket)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._last_bucket = last
        self._rows.extend(rows)
        for item in items:
            self._items[_key(item)] = item
        for row, key in enumerate(rows, start=first):
            self._stream_row[key] = row
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The stream is always newest first."""

    # --- changes ----------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if not change.concerns(*WATCHED):
            return
        extent = max(len(self._items), self.page_size)
        if self._complete:
            extent += self.page_size
        items: list[TimelineItem] = []
        cursor, complete = None, False
        while len(items) < extent and not complete:
            page = self._page(cursor, min(extent - len(items), 1000))
            items.extend(page.items)
            cursor, complete = page.cursor, page.complete
            if not page.items:
                break
        self._names = {}
        self._learn_names(items, fresh=True)
        self._cursor, self._complete = cursor, complete
        old_headers = self._headers
        self._headers = {}
        new_rows, last = self._layout(items, None)
        self._headers.update({k: v for k, v in old_headers.items() if k in self._stream_row})
        fresh = {_key(i): i for i in items}
        self._apply_rows(new_rows, fresh)
        self._headers = {k: v for k, v in self._headers.items() if k in self._stream_row}
        self._last_bucket = last
        self._items = {k: fresh[k] for k in self._rows if k[0] != "header"}
        if self._rows:
            # Names may have changed anywhere: repaint the loaded rows (cheap, no query).
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def _apply_rows(self, new_rows: list[Key], fresh: dict[Key, TimelineItem]) -> None:
        """Remove the rows gone from `new_rows` and insert the new ones in place."""
        keep = set(new_rows)
        self._remove([row for row, key in enumerate(self._rows) if key not in keep])
        order = [k for k in new_rows if k in self._stream_row]
        if order != self._rows:
            # Something moved: fall back to replacing the differing middle.
            prefix = 0
            while (
                prefix < len(self._rows)
                and prefix < len(new_rows)
                and self._rows[prefix] == new_rows[prefix]
            ):
                prefix += 1
            self._remove(list(range(prefix, len(self._rows))))
        position = 0
        run: list[Key] = []

        def flush() -> None:
            nonlocal position, run
            if run:
                self.beginInsertRows(QModelIndex(), position, position + len(run) - 1)
                self._rows[position:position] = run
                for key in run:
                    if key[0] != "header":
                        self._items[key] = fresh[key]
                self._reindex_rows()
                self.endInsertRows()
                position += len(run)
                run = []

        for key in new_rows:
            if key in self._stream_row:
                flush()
                position = self._stream_row[key] + 1
            else:
                run.append(key)
        flush()

    def _remove(self, rows: list[int]) -> None:
        if not rows:
            return
        runs: list[tuple[int, int]] = []
        for row in sorted(rows):
            if runs and runs[-1][1] == row - 1:
                runs[-1] = (runs[-1][0], row)
            else:
                runs.append((row, row))
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            for key in self._rows[first : last + 1]:
                self._items.pop(key, None)
            del self._rows[first : last + 1]
            self._reindex_rows()
            self.endRemoveRows()
