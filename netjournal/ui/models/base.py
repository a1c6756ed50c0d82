"""`IdTableModel`: a table of ids in list order, rows fetched in pages from the domain API.

The pattern of calibre's `db/view.py` and anki's browser model, done a little
better: the model holds the ids in list order and an id→row dict (never a scan
of the id list), keeps the plain dataclass of each loaded row, and asks the
domain API only for the ids it shows. ORDER BY, WHERE and full-text search run
in SQLite; the view pulls the next page with `canFetchMore`/`fetchMore`.

After a change is committed the journal tells every listener what changed.
A model then requeries the ids of the part of the list it has loaded, removes
and inserts only the rows that left or joined, and emits `dataChanged` for the
rows whose values differ; rows stay in place otherwise (a renamed person is
not yanked from under the pointer), and there is never a reset for a small
change. Sorting or searching replaces the whole list and resets the model.

Nothing in `data()` catches exceptions: a bug fails loudly.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from netjournal.journal import Journal
from netjournal.journal.changes import Change

DEFAULT_PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """The model's own item data roles, read by the delegates and by tests."""

    ID = Qt.ItemDataRole.UserRole + 1  # the row's id
    CHIPS = Qt.ItemDataRole.UserRole + 2  # tuple[Chip, ...] drawn as small rounded labels
    TRAILING = Qt.ItemDataRole.UserRole + 3  # text drawn after the chips
    PROGRESS = Qt.ItemDataRole.UserRole + 4  # 0..100, drawn as a bar


@dataclass(frozen=True)
class Chip:
    """A word drawn in a rounded label; `colour` None takes the palette's."""

    text: str
    colour: QColor | None = None


@dataclass(frozen=True)
class Column:
    """A column: its key, its title (source text, translated in the model's context) and
    the domain's sort key for it, or None when it cannot be sorted."""

    key: str
    title: str
    sort: str | None = None


@dataclass(frozen=True)
class Batch:
    """Ids in list order from one query; `records` when the query returned the rows too."""

    ids: Sequence[int]
    cursor: Any
    complete: bool
    records: dict[int, Any] | None = None


class WeakListener:
    """A journal listener that calls `method` (of a model, editor, tab, dialog or window)
    without keeping its object alive: the journal does not hold on to a closed view."""

    def __init__(self, method: Callable[[Change], object]) -> None:
        self._method = weakref.WeakMethod(method)

    def __call__(self, change: Change) -> None:
        method = self._method()
        if method is not None:
            method(change)


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted rows grouped into (first, last) runs of consecutive numbers."""
    found: list[tuple[int, int]] = []
    for row in sorted(rows):
        if found and found[-1][1] == row - 1:
            found[-1] = (found[-1][0], row)
        else:
            found.append((row, row))
    return found


class IdTableModel(QAbstractTableModel):
    """Ids in list order, an id→row dict, and the loaded rows' records.

    Subclasses set `columns`, `context` (for translations) and `default_sort`,
    and implement `query`, `fetch_records`, `cell` and `plan`.
    """

    columns: tuple[Column, ...] = ()
    context = "IdTableModel"
    default_sort: tuple[str, bool] = ("", False)  # (domain sort key, descending)
    # What the search field asks for (white space folded); a model that searches reads it
    # in its query. "" shows every row.
    _search = ""

    def __init__(self, journal: Journal, page_size: int = DEFAULT_PAGE_SIZE, parent: Any = None):
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.journal = journal
        self.page_size = page_size
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._records: dict[int, Any] = {}
        self._cursor: Any = None
        self._complete = True
        self._sort_key, self._descending = self.default_sort
        self._listener = WeakListener(self.on_change)
        journal.subscribe(self._listener)
        self._attached = True
        self.reload()

    # --- what subclasses provide ------------------------------------------------------

    def query(self, cursor: Any, limit: int) -> Batch:
        """The next `limit` ids after `cursor` (None: from the start), in list order."""
        raise NotImplementedError

    def fetch_records(self, ids: Sequence[int]) -> dict[int, Any]:
        """The records of these ids; ids that no longer exist are left out."""
        raise NotImplementedError

    def cell(self, record: Any, column: str, role: int) -> Any:
        """What a cell holds for a role; None for a role it does not answer."""
        raise NotImplementedError

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        """How a change concerns this model: None when it does not; else whether the list's
        membership must be requeried and which loaded ids to refetch (None: all of them)."""
        raise NotImplementedError

    # --- the list ---------------------------------------------------------------------

    @property
    def ids(self) -> tuple[int, ...]:
        """The loaded ids in list order."""
        return tuple(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int | None:
        """The row of an id, or None when it is not loaded."""
        return self._row_of.get(item_id)

    def record(self, item_id: int) -> Any:
        """The loaded record (dataclass) of an id."""
        return self._records[item_id]

    @property
    def complete(self) -> bool:
        """Whether every matching row is loaded."""
        return self._complete

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only the rows matching `text`; the same text again changes nothing."""
        text = " ".join(text.split())
        if text == self._search:
            return
        self._search = text
        self._on_search(text)
        self.reload()

    def _on_search(self, text: str) -> None:
        """A new search is about to be read (subclasses may rank by it, say)."""

    def reload(self) -> None:
        """Load the first page again from scratch (after a sort or a new filter)."""
        self.beginResetModel()
        batch = self.query(None, self.page_size)
        records = batch.records if batch.records is not None else self.fetch_records(batch.ids)
        self._ids = [i for i in dict.fromkeys(batch.ids) if i in records]
        self._records = {i: records[i] for i in self._ids}
        self._reindex()
        self._cursor, self._complete = batch.cursor, batch.complete
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {item_id: row for row, item_id in enumerate(self._ids)}

    # --- Qt's table model -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(self.context, self.columns[section].title)

    def column_index(self, key: str) -> int:
        """The section of the column with this key."""
        return next(n for n, column in enumerate(self.columns) if column.key == key)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].sort is None:
            return QCoreApplication.translate("IdTableModel", "This column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item_id = self._ids[index.row()]
        if role == Role.ID:
            return item_id
        return self.cell(self._records[item_id], self.columns[index.column()].key, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._complete:
            return
        batch = self.query(self._cursor, self.page_size)
        fresh = [i for i in dict.fromkeys(batch.ids) if i not in self._row_of]
        records = batch.records if batch.records is not None else self.fetch_records(fresh)
        fresh = [i for i in fresh if i in records]
        self._cursor, self._complete = batch.cursor, batch.complete
        if not fresh:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._ids.extend(fresh)
        for row, item_id in enumerate(fresh, start=first):
            self._row_of[item_id] = row
            self._records[item_id] = records[item_id]
        self.endInsertRows()

    # --- sorting ----------------------------------------------------------------------

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def sort_column(self) -> int:
        """The section the list is sorted by, or -1 (e.g. search results by relevance)."""
        for n, column in enumerate(self.columns):
            if column.sort == self._sort_key:
                return n
        return -1

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def can_sort(self, section: int) -> bool:
        return 0 <= section < len(self.columns) and self.columns[section].sort is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQLite by the column's sort key; a column without one is ignored."""
        if not self.can_sort(column):
            return
        key = self.columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    # --- changes ----------------------------------------------------------------------

    def detach(self) -> None:
        """Stop listening to the journal (the window is closing)."""
        if self._attached:
            self.journal.unsubscribe(self._listener)
            self._attached = False

    def on_change(self, change: Change) -> None:
        """Apply a committed change: only the rows it concerns move or repaint."""
        planned = self.plan(change)
        if planned is None:
            return
        membership, refetch = planned
        if membership:
            extent = max(len(self._ids), self.page_size)
            if self._complete:
                extent += self.page_size
            batch = self.query(None, extent)
            self._cursor, self._complete = batch.cursor, batch.complete
            self.merge(batch.ids, batch.records, refetch)
        else:
            self.merge(None, None, refetch)

    def merge(
        self,
        new_ids: Sequence[int] | None,
        records: dict[int, Any] | None,
        refetch: set[int] | None,
    ) -> None:
        """Remove ids gone from `new_ids`, insert the ids new in it after their neighbour,
        and repaint the rows in `refetch` (None: every row) whose records differ.

        `new_ids` None keeps the membership; `records` are fresh records when the
        query returned them.
        """
        if new_ids is not None:
            keep = set(new_ids)
            self._remove_rows([row for row, i in enumerate(self._ids) if i not in keep])
            added = [i for i in dict.fromkeys(new_ids) if i not in self._row_of]
        else:
            added = []
        loaded = set(self._ids)
        wanted = loaded if refetch is None else loaded & refetch
        if records is None:
            records = self.fetch_records([*added, *(i for i in self._ids if i in wanted)])
        if new_ids is not None:
            self._insert_ids(new_ids, [i for i in added if i in records], records)
        # Rows that were wanted but vanished meanwhile leave the list.
        self._remove_rows([self._row_of[i] for i in wanted if i not in records])
        changed = []
        for item_id in wanted:
            fresh = records.get(item_id)
            if fresh is not None and fresh != self._records[item_id]:
                self._records[item_id] = fresh
                changed.append(self._row_of[item_id])
        last = len(self.columns) - 1
        for first, end in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def _remove_rows(self, rows: list[int]) -> None:
        if not rows:
            return
        for first, last in reversed(_runs(rows)):
            self.beginRemoveRows(QModelIndex(), first, last)
            for item_id in self._ids[first : last + 1]:
                del self._records[item_id]
            del self._ids[first : last + 1]
            self._reindex()
            self.endRemoveRows()

    def _insert_ids(self, order: Sequence[int], added: list[int], records: dict[int, Any]) -> None:
        """Insert `added` ids, each after the nearest id before it in `order` that is loaded."""
        if not added:
            return
        joining = set(added)
        position = 0
        run: list[int] = []

        def flush() -> None:
            nonlocal position, run
            if not run:
                return
            self.beginInsertRows(QModelIndex(), position, position + len(run) - 1)
            self._ids[position:position] = run
            for item_id in run:
                self._records[item_id] = records[item_id]
            self._reindex()
            self.endInsertRows()
            position += len(run)
            run = []

        for item_id in order:
            if item_id in joining:
                run.append(item_id)
                joining.discard(item_id)
            elif item_id in self._row_of:
                flush()
                position = self._row_of[item_id] + 1
        flush()
