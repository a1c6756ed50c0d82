"""`AgreementsTableModel`: every mentorship agreement, grouped by my role, sorted in SQLite.

Mentoring comes first, then being mentored, then peers (the domain's `grouped`
order); each group that has agreements opens with a header row. A header has a
negative id of its own (`HEADER_IDS`), can be neither selected nor opened
(`ItemIsEnabled` only) and says `AgreementRole.HEADER`; `ids` holds only the
agreements, so `row_of` and `select_id` work on agreement ids as in every list.

After a change the list is queried again; the rows that left or joined are
removed or inserted, and an agreement whose role changed is moved to its group
(`rowsMoved`: the selection stays on it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.records import AgreementRow
from netjournal.journal.vocab import MyRole
from netjournal.ui.format import (
    DueStatus,
    cadence,
    format_date,
    format_date_long,
    local_date,
    relative_day,
)
from netjournal.ui.labels import label
from netjournal.ui.models.base import (
    DEFAULT_PAGE_SIZE,
    Batch,
    Chip,
    Column,
    IdTableModel,
    Index,
    Role,
)

# Changes to these kinds can alter an agreement's row (name, last session, open items).
_CONCERNS = ("agreement", "person", "entry", "action")

# The groups in list order, each with the id of its header row and its heading.
GROUPS: tuple[tuple[str, int, str], ...] = (
    (MyRole.MENTOR.value, -1, QT_TRANSLATE_NOOP("AgreementsTableModel", "Mentoring")),
    (MyRole.MENTEE.value, -2, QT_TRANSLATE_NOOP("AgreementsTableModel", "Being mentored")),
    (MyRole.PEER.value, -3, QT_TRANSLATE_NOOP("AgreementsTableModel", "Peers")),
)
HEADER_IDS = {role: header_id for role, header_id, _text in GROUPS}
_HEADINGS = {header_id: text for _role, header_id, text in GROUPS}


class AgreementRole(IntEnum):
    """Roles of this model besides `base.Role`."""

    HEADER = Qt.ItemDataRole.UserRole + 30  # True on a group header row
    SUBTITLE = Qt.ItemDataRole.UserRole + 31  # the muted line under the counterpart's name


@dataclass(frozen=True)
class GroupHeader:
    """A header row: the role it opens and how many agreements follow it."""

    role: str
    count: int


def program_text(formal: bool, program: str) -> str:
    """What kind of mentorship it is: the program's name, or "Informal"."""
    if formal:
        return program or AgreementsTableModel.tr("Formal program")
    return AgreementsTableModel.tr("Informal")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _muted() -> Any:
    return QPalette().color(QPalette.ColorRole.PlaceholderText)


class AgreementsTableModel(IdTableModel):
    """Agreements under Mentoring / Being mentored / Peers: the counterpart, status,
    cadence, last and next session, open action items. `set_status` filters."""

    context = "AgreementsTableModel"
    columns = (
        Column("person", QT_TRANSLATE_NOOP("AgreementsTableModel", "With"), "person"),
        Column("status", QT_TRANSLATE_NOOP("AgreementsTableModel", "Status"), "status"),
        Column("cadence", QT_TRANSLATE_NOOP("AgreementsTableModel", "Meets")),
        Column(
            "last_session",
            QT_TRANSLATE_NOOP("AgreementsTableModel", "Last session"),
            "last_session",
        ),
        Column(
            "next_session",
            QT_TRANSLATE_NOOP("AgreementsTableModel", "Next session"),
            "next_session",
        ),
        Column("open_actions", QT_TRANSLATE_NOOP("AgreementsTableModel", "Action items")),
    )
    default_sort = ("person", False)

    def __init__(
        self, journal: Journal, page_size: int = DEFAULT_PAGE_SIZE, parent: Any = None
    ) -> None:
        self._status: str | None = None
        super().__init__(journal, page_size, parent)

    # --- what is shown ----------------------------------------------------------------

    @property
    def status(self) -> str | None:
        """The status shown, or None for every status."""
        return self._status

    def set_status(self, status: str | None) -> None:
        if status != self._status:
            self._status = status
            self.reload()

    @property
    def ids(self) -> tuple[int, ...]:
        """The agreements' ids in list order (no headers)."""
        return tuple(i for i in self._ids if i > 0)

    def is_header(self, row: int) -> bool:
        return self._ids[row] < 0

    def header_text(self, row: int) -> str:
        return AgreementsTableModel.tr(_HEADINGS[self._ids[row]])

    def headers(self) -> list[str]:
        """The group headings in list order."""
        return [self.header_text(row) for row in range(len(self._ids)) if self.is_header(row)]

    # --- queries ----------------------------------------------------------------------

    def _layout(self, rows: Sequence[AgreementRow]) -> tuple[list[int], dict[int, Any]]:
        """Ids in list order with a header before each group, and every row's record."""
        ids: list[int] = []
        records: dict[int, Any] = {}
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.my_role] = counts.get(row.my_role, 0) + 1
        last_role = None
        for row in rows:
            if row.my_role != last_role:
                header = HEADER_IDS[row.my_role]
                ids.append(header)
                records[header] = GroupHeader(row.my_role, counts[row.my_role])
                last_role = row.my_role
            ids.append(row.id)
            records[row.id] = row
        return ids, records

    def _rows(self) -> list[AgreementRow]:
        return self.journal.mentorships.rows(
            sort=self._sort_key, descending=self._descending, status=self._status, grouped=True
        )

    def query(self, cursor: Any, limit: int) -> Batch:
        # A mentor has tens of agreements, not thousands: one query holds them all.
        ids, records = self._layout(self._rows())
        return Batch(ids, None, True, records)

    def fetch_records(self, ids: Sequence[int]) -> dict[int, Any]:
        wanted = set(ids)
        _ids, records = self._layout(self._rows())
        return {i: r for i, r in records.items() if i in wanted}

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        return (True, None) if change.concerns(*_CONCERNS) else None

    def merge(
        self,
        new_ids: Sequence[int] | None,
        records: dict[int, Any] | None,
        refetch: set[int] | None,
    ) -> None:
        """As the base merge; then an agreement whose role changed moves to its new group
        (a move, not a removal: the selection stays on it)."""
        moved = []
        if new_ids is not None and records is not None:
            moved = [
                i
                for i in new_ids
                if i > 0
                and i in self._row_of
                and i in records
                and records[i].my_role != self._records[i].my_role
            ]
        super().merge(new_ids, records, refetch)
        if new_ids is not None and moved:
            self._move_into_place([i for i in new_ids if i in self._row_of], moved)

    def _move_into_place(self, order: list[int], moved: list[int]) -> None:
        """Move each of `moved` (taken in list order) to just after its neighbour in `order`."""
        for item_id in moved:
            source = self._row_of[item_id]
            position = order.index(item_id)
            target = self._row_of[order[position - 1]] + 1 if position else 0
            if target in (source, source + 1):
                continue  # already there
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
            del self._ids[source]
            self._ids.insert(target if target < source else target - 1, item_id)
            self._reindex()
            self.endMoveRows()

    # --- Qt's table model -------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self._ids[index.row()] < 0:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item_id = self._ids[index.row()]
        if item_id > 0:
            if role == AgreementRole.HEADER:
                return False
            return super().data(index, role)
        if role == AgreementRole.HEADER:
            return True
        if index.column() != 0:
            return None
        header = self._records[item_id]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{AgreementsTableModel.tr(_HEADINGS[item_id])} ({header.count})"
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole:
            return _muted()
        return None

    def cell(self, record: AgreementRow, column: str, role: int) -> Any:
        if column == "person":
            return self._person(record, role)
        if column == "status":
            return self._status_cell(record, role)
        if column == "cadence":
            return self._cadence(record, role)
        if column == "last_session":
            return self._last_session(record, role)
        if column == "next_session":
            return self._next_session(record, role)
        if column == "open_actions":
            return self._open_actions(record, role)
        raise KeyError(column)

    @staticmethod
    def _person(record: AgreementRow, role: int) -> Any:
        kind = program_text(record.formal, record.program)
        if role == Qt.ItemDataRole.DisplayRole:
            return record.person_name
        if role == AgreementRole.SUBTITLE:
            return kind
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.person_name}\n{label('my_role', record.my_role)} · {kind}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{record.person_name}, {kind}"
        return None

    @staticmethod
    def _status_cell(record: AgreementRow, role: int) -> Any:
        word = label("agreement_status", record.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return word
        if role == Role.CHIPS:
            return (Chip(word),)
        return None

    @staticmethod
    def _cadence(record: AgreementRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cadence(record.cadence_days) or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if not record.cadence_days:
                return AgreementsTableModel.tr("No meeting cadence agreed")
            if record.channel:
                return AgreementsTableModel.tr("{cadence}, by {channel}").format(
                    cadence=cadence(record.cadence_days), channel=record.channel
                )
            return cadence(record.cadence_days)
        if role == Qt.ItemDataRole.ForegroundRole and not record.cadence_days:
            return _muted()
        return None

    @staticmethod
    def _last_session(record: AgreementRow, role: int) -> Any:
        moment = record.last_session_at
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                AgreementsTableModel.tr("None yet")
                if moment is None
                else relative_day(local_date(moment))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                AgreementsTableModel.tr("No session logged yet")
                if moment is None
                else format_date_long(moment)
            )
        if role == Qt.ItemDataRole.ForegroundRole and moment is None:
            return _muted()
        return None

    @staticmethod
    def _next_session(record: AgreementRow, role: int) -> Any:
        due = record.next_session_on
        if due is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                if record.status != "active":
                    return AgreementsTableModel.tr("No session is due: the agreement is not active")
                return AgreementsTableModel.tr("No session is due: no meeting cadence agreed")
            if role == Qt.ItemDataRole.ForegroundRole:
                return _muted()
            return None
        when = relative_day(due)
        overdue = DueStatus.of(due) is DueStatus.OVERDUE
        if role == Qt.ItemDataRole.DisplayRole:
            if overdue:
                return AgreementsTableModel.tr("{status} · {when}").format(
                    status=DueStatus.OVERDUE.label, when=when
                )
            return when
        if role == Role.CHIPS and overdue:
            return (Chip(DueStatus.OVERDUE.label, DueStatus.OVERDUE.colour),)
        if role == Role.TRAILING and overdue:
            return when
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return AgreementsTableModel.tr("Overdue: a session was due on {date}").format(
                    date=format_date_long(due)
                )
            return AgreementsTableModel.tr("Next session due on {date}").format(
                date=format_date_long(due)
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return format_date(due)
        return None

    @staticmethod
    def _open_actions(record: AgreementRow, role: int) -> Any:
        total, overdue = record.open_actions, record.overdue_actions
        if role == Qt.ItemDataRole.DisplayRole:
            if not total:
                return AgreementsTableModel.tr("None")
            if overdue:
                return AgreementsTableModel.tr("{total} · {overdue} overdue").format(
                    total=total, overdue=overdue
                )
            return str(total)
        if role == Role.CHIPS and overdue:
            return (
                Chip(
                    AgreementsTableModel.tr("{overdue} overdue").format(overdue=overdue),
                    DueStatus.OVERDUE.colour,
                ),
            )
        if role == Role.TRAILING and overdue:
            return AgreementsTableModel.tr("of {total}").format(total=total)
        if role == Qt.ItemDataRole.ToolTipRole and total:
            if overdue:
                return AgreementsTableModel.tr(
                    "{total} open action items, {overdue} of them overdue"
                ).format(total=total, overdue=overdue)
            return AgreementsTableModel.tr("{total} open action items").format(total=total)
        if role == Qt.ItemDataRole.ForegroundRole and not total:
            return _muted()
        return None
