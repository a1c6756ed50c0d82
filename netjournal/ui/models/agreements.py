"""`AgreementsTableModel`: every mentorship agreement, sorted in SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from netjournal.journal.changes import Change
from netjournal.journal.records import AgreementRow
from netjournal.ui.format import cadence, format_date, format_date_long, local_date, relative_day
from netjournal.ui.labels import label
from netjournal.ui.models.base import Batch, Chip, Column, IdTableModel, Role

# Changes to these kinds can alter an agreement's row (name, last session, open items).
_CONCERNS = ("agreement", "person", "entry", "action")


class AgreementsTableModel(IdTableModel):
    """Agreements: the counterpart, my role, status, cadence, last session, open items."""

    context = "AgreementsTableModel"
    columns = (
        Column("person", QT_TRANSLATE_NOOP("AgreementsTableModel", "Person"), "person"),
        Column("role", QT_TRANSLATE_NOOP("AgreementsTableModel", "My role"), "role"),
        Column("status", QT_TRANSLATE_NOOP("AgreementsTableModel", "Status"), "status"),
        Column("started", QT_TRANSLATE_NOOP("AgreementsTableModel", "Started"), "started"),
        Column("cadence", QT_TRANSLATE_NOOP("AgreementsTableModel", "Cadence")),
        Column(
            "last_session",
            QT_TRANSLATE_NOOP("AgreementsTableModel", "Last session"),
            "last_session",
        ),
        Column("open_actions", QT_TRANSLATE_NOOP("AgreementsTableModel", "Open action items")),
    )
    default_sort = ("person", False)

    def query(self, cursor: Any, limit: int) -> Batch:
        rows = self.journal.mentorships.rows(sort=self._sort_key, descending=self._descending)
        return Batch([r.id for r in rows], None, True, {r.id: r for r in rows})

    def fetch_records(self, ids: Sequence[int]) -> dict[int, AgreementRow]:
        wanted = set(ids)
        return {r.id: r for r in self.journal.mentorships.rows() if r.id in wanted}

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        return (True, None) if change.concerns(*_CONCERNS) else None

    def cell(self, record: AgreementRow, column: str, role: int) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if column == "person":
            if display:
                return record.person_name
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if tooltip:
                if record.formal and record.program:
                    return record.program
                if record.formal:
                    return QCoreApplication.translate("AgreementsTableModel", "Formal program")
                return QCoreApplication.translate("AgreementsTableModel", "Informal")
            return None
        if column == "role":
            return label("my_role", record.my_role) if display else None
        if column == "status":
            if display or tooltip:
                return label("agreement_status", record.status)
            if role == Role.CHIPS:
                return (Chip(label("agreement_status", record.status)),)
            return None
        if column == "started":
            if record.started_on is None:
                return None
            if display:
                return format_date(record.started_on)
            if tooltip:
                return f"{format_date_long(record.started_on)} ({relative_day(record.started_on)})"
            return None
        if column == "cadence":
            if display:
                return cadence(record.cadence_days) or None
            if tooltip and record.channel:
                return record.channel
            return None
        if column == "last_session":
            moment = record.last_session_at
            if moment is None:
                if display:
                    return QCoreApplication.translate("AgreementsTableModel", "None yet")
                return None
            if display:
                return relative_day(local_date(moment))
            if tooltip:
                return format_date_long(moment)
            return None
        if column == "open_actions":
            if display:
                if not record.open_actions:
                    return QCoreApplication.translate("AgreementsTableModel", "None")
                return str(record.open_actions)
            return None
        raise KeyError(column)
