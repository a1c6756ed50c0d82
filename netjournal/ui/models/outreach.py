"""`OutreachTableModel`: the potential mentors being approached, by stage.

The list comes whole from `journal.outreach.rows()`, grouped by stage in the
order an approach goes through them and, within a stage, the oldest last step
first (who has waited longest). Moving someone to another stage moves their row
there (`layoutChanged`), keeping the selection on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette

from netjournal.journal.changes import Change
from netjournal.journal.records import OutreachRow
from netjournal.journal.vocab import OutreachStage
from netjournal.ui.format import format_date_long, relative_day
from netjournal.ui.labels import label
from netjournal.ui.models.base import Batch, Chip, Column, Role
from netjournal.ui.models.mentees import ShortListModel, span_in_words

# The muted line beneath the name: organization and role (read by the person delegate).
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 20
# A reply is awaited; after this many days the list says for how long.
WAITING_HINT_DAYS = 3


def organization_and_role(row: OutreachRow) -> str:
    """ "Research scientist · Helix Biotech", or whichever of the two there is."""
    return " · ".join(part for part in (row.role, row.organization) if part)


def waiting_hint(row: OutreachRow, today: date) -> str:
    """ "waiting for 3 weeks" after a first message; "" when there is nothing to say.

    (After "no reply" the last step's date says it: how long since they were given up on.)"""
    if row.stage_on is None:
        return ""
    days = (today - row.stage_on).days
    if days < WAITING_HINT_DAYS:
        return ""
    if row.stage == OutreachStage.CONTACTED:
        return QCoreApplication.translate("OutreachTableModel", "waiting for {span}").format(
            span=span_in_words(days)
        )
    return ""


class OutreachTableModel(ShortListModel):
    """Potential mentors: who they are, the stage of the approach, the date of the last step."""

    context = "OutreachTableModel"
    columns = (
        Column("person", QT_TRANSLATE_NOOP("OutreachTableModel", "Potential mentor")),
        Column("stage", QT_TRANSLATE_NOOP("OutreachTableModel", "Stage")),
        Column("last_step", QT_TRANSLATE_NOOP("OutreachTableModel", "Last step")),
    )

    @property
    def today(self) -> date:
        return date.today()

    # --- search -----------------------------------------------------------------------

    def _matches(self, row: OutreachRow) -> bool:
        """Whether the name, organization, role or notes hold the search text."""
        if not self._search:
            return True
        wanted = self._search.casefold()
        return any(
            wanted in part.casefold()
            for part in (row.display_name, row.organization, row.role, row.notes)
        )

    # --- the list ---------------------------------------------------------------------

    def _rows(self) -> list[OutreachRow]:
        # A list of potential mentors is short (tens of people): filtered here, in its order.
        return [r for r in self.journal.outreach.rows() if self._matches(r)]

    def query(self, cursor: Any, limit: int) -> Batch:
        rows = self._rows()
        ids = [r.person_id for r in rows]
        self.remember_order(ids)
        return Batch(ids, None, True, {r.person_id: r for r in rows})

    def fetch_records(self, ids: Sequence[int]) -> dict[int, OutreachRow]:
        wanted = set(ids)
        return {r.person_id: r for r in self._rows() if r.person_id in wanted}

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        # Stages, notes and drafts are "outreach"; names, organizations and roles "person".
        return (True, None) if change.concerns("outreach", "person") else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # listed by stage: no column sorts it otherwise
        return super().headerData(section, orientation, role)

    # --- cells ------------------------------------------------------------------------

    def cell(self, record: OutreachRow, column: str, role: int) -> Any:
        if column == "person":
            return self._person(record, role)
        if column == "stage":
            return self._stage(record, role)
        if column == "last_step":
            return self._last_step(record, role)
        raise KeyError(column)

    @staticmethod
    def _person(record: OutreachRow, role: int) -> Any:
        subtitle = organization_and_role(record)
        if record.archived:
            archived = QCoreApplication.translate("OutreachTableModel", "archived")
            subtitle = f"{subtitle} · {archived}" if subtitle else archived
        if role == Qt.ItemDataRole.DisplayRole:
            return record.display_name
        if role == SUBTITLE_ROLE:
            return subtitle
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{record.display_name}, {subtitle}" if subtitle else record.display_name
        return None

    def _stage(self, record: OutreachRow, role: int) -> Any:
        word = label("outreach", record.stage)
        hint = waiting_hint(record, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{word} · {hint}" if hint else word
        if role == Role.CHIPS:
            return (Chip(word),)
        if role == Role.TRAILING:
            return hint or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return word
        return None

    def _last_step(self, record: OutreachRow, role: int) -> Any:
        day = record.stage_on
        if day is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("OutreachTableModel", "No date")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return relative_day(day, self.today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("OutreachTableModel", "{stage} on {date}").format(
                stage=label("outreach", record.stage), date=format_date_long(day)
            )
        return None
