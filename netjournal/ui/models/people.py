"""`PeopleTableModel`: the contacts list, paged from SQLite, searchable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette

from netjournal.journal.changes import Change
from netjournal.journal.records import PersonRow
from netjournal.ui.format import DueStatus, format_date, format_date_long, local_date, relative_day
from netjournal.ui.models.base import Batch, Chip, Column, IdTableModel, Role

# How many people a search shows at most (ranked: names starting with the text first).
SEARCH_LIMIT = 500


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def organization_and_role(row: PersonRow) -> str:
    """ "Acme · Engineer", or whichever of the two there is."""
    return " · ".join(part for part in (row.organization, row.role) if part)


@dataclass(frozen=True)
class PeopleFilters:
    """What the contacts list shows besides the search text; maps onto `people.page()`.

    `archived`: False active people, True archived people, None everyone.
    `due_by`: people whose next check-in is on or before this day.
    Search results are narrowed by the same filters.
    """

    archived: bool | None = False
    tag_id: int | None = None
    due_by: date | None = None
    potential_mentor: bool = False

    @property
    def active(self) -> bool:
        return self != PeopleFilters()


def _sort_value(row: PersonRow, key: str) -> Any:
    if key == "name":
        return row.display_name.casefold()
    if key == "organization":
        return row.organization.casefold()
    if key == "last_contact":
        return row.last_contact_at
    if key == "next_due":
        return row.next_due_on
    raise KeyError(key)


class PeopleTableModel(IdTableModel):
    """People sorted in SQLite; `set_search` filters by full text, `set_filters` by archived
    state, tag, next check-in and potential mentors (active people by default)."""

    context = "PeopleTableModel"
    columns = (
        Column("name", QT_TRANSLATE_NOOP("PeopleTableModel", "Name"), "name"),
        Column(
            "organization",
            QT_TRANSLATE_NOOP("PeopleTableModel", "Organization & role"),
            "organization",
        ),
        Column("tags", QT_TRANSLATE_NOOP("PeopleTableModel", "Tags")),
        Column(
            "last_contact", QT_TRANSLATE_NOOP("PeopleTableModel", "Last contact"), "last_contact"
        ),
        Column("next_due", QT_TRANSLATE_NOOP("PeopleTableModel", "Next check-in"), "next_due"),
    )
    default_sort = ("name", False)

    # A change concerning tags: the filter bar refreshes its choices.
    tags_changed = Signal()

    _filters = PeopleFilters()
    _relevance = False  # search results in ranked order, not by a column

    # --- search -----------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        """People matching a search come name first, then ranked, until sorted by a column."""
        self._relevance = bool(text)

    # --- filters ----------------------------------------------------------------------

    @property
    def filters(self) -> PeopleFilters:
        return self._filters

    def set_filters(self, filters: PeopleFilters) -> None:
        """Show only the people these filters let through."""
        if filters == self._filters:
            return
        self._filters = filters
        self.reload()

    def sort_column(self) -> int:
        return -1 if self._search and self._relevance else super().sort_column()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._search and self._relevance and self.can_sort(column):
            self._relevance = False
            self._sort_key = self.columns[column].sort or self._sort_key
            self._descending = order == Qt.SortOrder.DescendingOrder
            self.reload()
            return
        super().sort(column, order)

    # --- the list ---------------------------------------------------------------------

    def query(self, cursor: Any, limit: int) -> Batch:
        if self._search:
            ids = self.journal.people.search(
                self._search,
                limit=SEARCH_LIMIT,
                include_archived=self._filters.archived is not False,
                archived=self._filters.archived,
                tag_id=self._filters.tag_id,
                due_by=self._filters.due_by,
                potential_mentor=self._filters.potential_mentor,
            )
            if self._relevance:
                return Batch(ids, None, True)
            # A few hundred matches at most: ordered here by the chosen column.
            records = self.fetch_records(ids)
            ordered = sorted(
                records.values(),
                key=lambda r: (
                    (_sort_value(r, self._sort_key) is not None, _sort_value(r, self._sort_key)),
                    r.id,
                ),
                reverse=self._descending,
            )
            return Batch([r.id for r in ordered], None, True, records)
        page = self.journal.people.page(
            sort=self._sort_key,
            descending=self._descending,
            cursor=cursor,
            limit=limit,
            archived=self._filters.archived,
            tag_id=self._filters.tag_id,
            due_by=self._filters.due_by,
            potential_mentor=self._filters.potential_mentor,
            with_rows=True,
        )
        return Batch(page.ids, page.cursor, page.complete, {row.id: row for row in page.rows})

    def fetch_records(self, ids: Sequence[int]) -> dict[int, PersonRow]:
        archived = self._filters.archived
        return {
            row.id: row
            for row in self.journal.people.rows(ids)
            if archived is None or bool(row.archived) == archived
        }

    def on_change(self, change: Change) -> None:
        super().on_change(change)
        if change.concerns("tag"):
            self.tags_changed.emit()

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        refetch: set[int] = set()
        tags = change.ids_of("tag") | change.removed_of("tag")
        if tags:
            # People showing a renamed or recoloured tag repaint.
            refetch.update(
                person_id
                for person_id in self._ids
                if any(tag.id in tags for tag in self._records[person_id].tags)
            )
        if "person" not in change.kinds:
            return (False, refetch) if refetch else None
        touched = change.ids_of("person")
        if "person" in change.ids and not touched:
            return True, None  # some people changed, which is not said: look at all
        return True, refetch | touched

    # --- cells ------------------------------------------------------------------------

    def cell(self, record: PersonRow, column: str, role: int) -> Any:
        if column == "name":
            return self._name(record, role)
        if column == "organization":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return organization_and_role(record) or None
            return None
        if column == "tags":
            return self._tags(record, role)
        if column == "last_contact":
            return self._last_contact(record, role)
        if column == "next_due":
            return self._next_due(record, role)
        raise KeyError(column)

    def _name(self, record: PersonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return record.display_name
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [record.display_name]
            if record.pronouns:
                lines[0] += f" ({record.pronouns})"
            if organization_and_role(record):
                lines.append(organization_and_role(record))
            return "\n".join(lines)
        return None

    @staticmethod
    def _tags(record: PersonRow, role: int) -> Any:
        if not record.tags:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return ", ".join(tag.name for tag in record.tags)
        if role == Role.CHIPS:
            return tuple(
                Chip(tag.name, QColor(tag.colour) if QColor.isValidColorName(tag.colour) else None)
                for tag in record.tags
            )
        return None

    @staticmethod
    def _last_contact(record: PersonRow, role: int) -> Any:
        moment = record.last_contact_at
        if role == Qt.ItemDataRole.DisplayRole:
            if moment is None:
                return QCoreApplication.translate("PeopleTableModel", "Never")
            return relative_day(local_date(moment))
        if role == Qt.ItemDataRole.ToolTipRole:
            if moment is None:
                return QCoreApplication.translate("PeopleTableModel", "No contact logged yet")
            return format_date_long(moment)
        if role == Qt.ItemDataRole.ForegroundRole and moment is None:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _next_due(record: PersonRow, role: int) -> Any:
        due = record.next_due_on
        status = DueStatus.of(due)
        if due is None or status is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "PeopleTableModel", "No keep-in-touch cadence set"
                )
            return None
        when = relative_day(due)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PeopleTableModel", "{status} · {when}").format(
                status=status.label, when=when
            )
        if role == Role.CHIPS:
            return (Chip(status.label, status.colour),)
        if role == Role.TRAILING:
            return when
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PeopleTableModel", "{status}: check in by {date}"
            ).format(status=status.label, date=format_date_long(due))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return format_date(due)
        return None
