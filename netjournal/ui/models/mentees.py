"""`MenteesTableModel`: each of my mentees at a glance, whoever needs attention first.

The overview is short (a mentor has a handful of mentees) and comes whole from
`journal.mentorships.overview()`. Its order carries meaning (an overdue session
or overdue action items first), so after a change the rows follow the new order
with `layoutChanged` (selection and persistent indexes move with them) rather
than staying where they were, as a long list's rows do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette

from netjournal.journal.changes import Change
from netjournal.journal.records import ActionItem, MenteeOverview
from netjournal.journal.vocab import AgreementStatus
from netjournal.ui.format import (
    DueStatus,
    Format,
    format_date,
    format_date_long,
    local_date,
    relative_day,
)
from netjournal.ui.labels import label
from netjournal.ui.models.base import Batch, Chip, Column, IdTableModel, Role

# Changes to these kinds can alter a mentee's line: sessions are entries, action items,
# goals (objectives and memberships), the agreement itself and the mentee's name.
_CONCERNS = ("agreement", "entry", "action", "goal", "person")


def _translate(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("MenteesTableModel", text, None, count)


def _muted() -> Any:
    return QPalette().color(QPalette.ColorRole.PlaceholderText)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def span_in_words(days: int) -> str:
    """How long a span is, without a direction: "5 days", "3 weeks", "2 months"."""
    days = abs(days)
    if days < 14:
        return Format.tr("%n days", None, days)
    if days < 60:
        return Format.tr("%n weeks", None, round(days / 7))
    return Format.tr("%n months", None, max(2, round(days / 30.44)))


def needs_attention(row: MenteeOverview, today: date) -> bool:
    """An overdue session or an overdue action item: what a mentor looks at first."""
    late = row.next_session_on is not None and row.next_session_on < today
    return late or bool(row.overdue_actions)


def attention_order(rows: Sequence[MenteeOverview], today: date) -> list[MenteeOverview]:
    """Who needs attention first, then by the next session (none planned last), then name."""
    return sorted(
        rows,
        key=lambda r: (
            not needs_attention(r, today),
            r.next_session_on is None,
            r.next_session_on or date.max,
            r.person_name.casefold(),
            r.agreement_id,
        ),
    )


class ShortListModel(IdTableModel):
    """A list loaded whole, whose rows follow the order of every fresh query.

    For lists whose order is meaning (who needs attention, the stage of an
    approach): a change that moves a row is shown as a move, with
    `layoutChanged`, never as a reset.
    """

    _order: tuple[int, ...] = ()

    def remember_order(self, ids: Sequence[int]) -> None:
        """The list order of the latest query; `on_change` moves the rows into it."""
        self._order = tuple(ids)

    def on_change(self, change: Change) -> None:
        super().on_change(change)
        self._follow_order()

    def _follow_order(self) -> None:
        loaded = set(self._ids)
        wanted = [i for i in self._order if i in loaded]
        placed = set(wanted)
        wanted += [i for i in self._ids if i not in placed]
        if wanted == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._ids)
        self._ids = wanted
        self._reindex()
        moved_from = [i for i in self.persistentIndexList() if i.isValid()]
        moved_to = [self.index(self._row_of[before[i.row()]], i.column()) for i in moved_from]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()


class MenteesTableModel(ShortListModel):
    """My mentees (agreements where I mentor, active or paused): last and next session,
    overdue action items and the goals they pursue."""

    context = "MenteesTableModel"
    columns = (
        Column("mentee", QT_TRANSLATE_NOOP("MenteesTableModel", "Mentee")),
        Column("last_session", QT_TRANSLATE_NOOP("MenteesTableModel", "Last session")),
        Column("next_session", QT_TRANSLATE_NOOP("MenteesTableModel", "Next session")),
        Column("overdue", QT_TRANSLATE_NOOP("MenteesTableModel", "Overdue action items")),
        Column("goals", QT_TRANSLATE_NOOP("MenteesTableModel", "Goals in progress")),
    )

    @property
    def today(self) -> date:
        return date.today()

    # --- the list ---------------------------------------------------------------------

    def query(self, cursor: Any, limit: int) -> Batch:
        today = self.today
        rows = attention_order(self.journal.mentorships.overview(today), today)
        ids = [r.agreement_id for r in rows]
        self.remember_order(ids)
        return Batch(ids, None, True, {r.agreement_id: r for r in rows})

    def fetch_records(self, ids: Sequence[int]) -> dict[int, MenteeOverview]:
        wanted = set(ids)
        return {
            r.agreement_id: r
            for r in self.journal.mentorships.overview(self.today)
            if r.agreement_id in wanted
        }

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        return (True, None) if change.concerns(*_CONCERNS) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return None  # the order is the point: no column sorts it otherwise
        return super().headerData(section, orientation, role)

    # --- what the list says -------------------------------------------------------------

    def summary(self) -> tuple[int, int, int]:
        """How many mentees, how many of their sessions are overdue, how many action items."""
        today = self.today
        rows = [self.record(i) for i in self.ids]
        late = sum(1 for r in rows if r.next_session_on is not None and r.next_session_on < today)
        return len(rows), late, sum(len(r.overdue_actions) for r in rows)

    # --- cells ------------------------------------------------------------------------

    def cell(self, record: MenteeOverview, column: str, role: int) -> Any:
        if column == "mentee":
            return self._mentee(record, role)
        if column == "last_session":
            return self._last_session(record, role)
        if column == "next_session":
            return self._next_session(record, role)
        if column == "overdue":
            return self._overdue(record, role)
        if column == "goals":
            return self._goals(record, role)
        raise KeyError(column)

    @staticmethod
    def _mentee(record: MenteeOverview, role: int) -> Any:
        paused = record.status == AgreementStatus.PAUSED
        if role == Qt.ItemDataRole.DisplayRole:
            return record.person_name
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Role.CHIPS:
            return (Chip(label("agreement_status", record.status)),) if paused else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if paused:
                text = _translate("{name}: the agreement is paused; double-click to open it")
            else:
                text = _translate("{name}: double-click to open the agreement")
            return text.format(name=record.person_name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if paused:
                return _translate("{name}, paused").format(name=record.person_name)
            return record.person_name
        return None

    def _last_session(self, record: MenteeOverview, role: int) -> Any:
        moment = record.last_session_at
        if moment is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return _translate("None yet")
            if role == Qt.ItemDataRole.ToolTipRole:
                return _translate("No session logged with {name} yet").format(
                    name=record.person_name
                )
            if role == Qt.ItemDataRole.ForegroundRole:
                return _muted()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return relative_day(local_date(moment), self.today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_date_long(moment)
        return None

    def _next_session(self, record: MenteeOverview, role: int) -> Any:
        due = record.next_session_on
        today = self.today
        if due is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return _translate("Not planned")
            if role == Qt.ItemDataRole.ToolTipRole:
                if record.status == AgreementStatus.PAUSED:
                    return _translate("The agreement is paused: no session is due")
                return _translate("Set a meeting cadence in the agreement to plan sessions")
            if role == Qt.ItemDataRole.ForegroundRole:
                return _muted()
            return None
        status = DueStatus.of(due, today)
        assert status is not None
        late = status is DueStatus.OVERDUE
        when = span_in_words((today - due).days) if late else relative_day(due, today)
        marked = status in (DueStatus.OVERDUE, DueStatus.DUE_SOON)
        if role == Qt.ItemDataRole.DisplayRole:
            if not marked:
                return when
            return _translate("{status} · {when}").format(status=status.label, when=when)
        if role == Role.CHIPS:
            return (Chip(status.label, status.colour),) if marked else None
        if role == Role.TRAILING:
            return when if marked else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if late:
                return _translate("Overdue: due {date}").format(date=format_date_long(due))
            return _translate("Due {date}").format(date=format_date_long(due))
        return None

    def _overdue(self, record: MenteeOverview, role: int) -> Any:
        count = len(record.overdue_actions)
        if role == Qt.ItemDataRole.DisplayRole:
            if not count:
                return _translate("None")
            return _translate("%n overdue", count)
        if role == Qt.ItemDataRole.ForegroundRole:
            return DueStatus.OVERDUE.colour if count else _muted()
        if role == Qt.ItemDataRole.FontRole and count:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if not count:
                return _translate("No action item is overdue")
            return "\n".join(self.action_line(a) for a in record.overdue_actions)
        return None

    def action_line(self, action: ActionItem) -> str:
        """ "Draft the CV — Them, due 3/1/2025 (5 days ago)"."""
        owner = label("owner", action.owner)
        if action.due_on is None:
            return _translate("{title} — {owner}").format(title=action.title, owner=owner)
        return _translate("{title} — {owner}, due {date} ({when})").format(
            title=action.title,
            owner=owner,
            date=format_date(action.due_on),
            when=relative_day(action.due_on, self.today),
        )

    @staticmethod
    def _goals(record: MenteeOverview, role: int) -> Any:
        titles = [title for _id, title in record.goals]
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(titles) if titles else _translate("None in progress")
        if role == Qt.ItemDataRole.ToolTipRole:
            if not titles:
                return _translate("No active goal of theirs or of the agreement")
            return "\n".join(f"• {title}" for title in titles)
        if role == Qt.ItemDataRole.ForegroundRole and not titles:
            return _muted()
        return None
