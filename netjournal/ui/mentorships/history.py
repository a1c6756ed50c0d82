"""`RevisionHistoryDialog`: how an agreement adapted, one revision at a time.

The revisions are listed newest first with their reason (or, when none was
given, what the change was: "Agreed", "Status: Active → Paused"…). For the
selected revision a table sets its terms beside those of the revision before:
the terms that changed come first, in bold and marked "changed" in words; the
others follow only when "Show unchanged terms" is ticked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import NotFound
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.mentorships import TERMS
from netjournal.journal.records import Agreement, Revision
from netjournal.ui.format import cadence, format_date, format_date_long
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.labels import label
from netjournal.ui.models.base import WeakListener
from netjournal.ui.widgets.forms import open_window_modal, title_label

_CONTEXT = "RevisionHistory"
_TERM_LABELS = {
    "person_id": QT_TRANSLATE_NOOP("RevisionHistory", "Counterpart"),
    "my_role": QT_TRANSLATE_NOOP("RevisionHistory", "My role"),
    "formal": QT_TRANSLATE_NOOP("RevisionHistory", "Formal"),
    "program": QT_TRANSLATE_NOOP("RevisionHistory", "Program"),
    "status": QT_TRANSLATE_NOOP("RevisionHistory", "Status"),
    "started_on": QT_TRANSLATE_NOOP("RevisionHistory", "Start date"),
    "ends_on": QT_TRANSLATE_NOOP("RevisionHistory", "End date"),
    "cadence_days": QT_TRANSLATE_NOOP("RevisionHistory", "Meeting cadence"),
    "channel": QT_TRANSLATE_NOOP("RevisionHistory", "Channel"),
    "my_expectations": QT_TRANSLATE_NOOP("RevisionHistory", "What I expect of them"),
    "their_expectations": QT_TRANSLATE_NOOP("RevisionHistory", "What they expect of me"),
    "boundaries": QT_TRANSLATE_NOOP("RevisionHistory", "Boundaries and confidentiality"),
    "goal_ids": QT_TRANSLATE_NOOP("RevisionHistory", "Objectives"),
}
# Marks the "not recorded" value of a term an old revision lacks.
_MISSING: Any = object()


RevisionHistory = TranslationContext("RevisionHistory")


def term_label(key: str) -> str:
    """The name a person reads for a term of an agreement."""
    return RevisionHistory.tr(_TERM_LABELS[key])


class TermWords:
    """Reads terms as words: names for people, titles for goals, labels, locale dates.

    Names and titles are looked up once per dialog, for every id the revisions hold.
    """

    def __init__(self, journal: Journal, revisions: tuple[Revision, ...]) -> None:
        people: set[int] = set()
        goals: set[int] = set()
        for revision in revisions:
            person = revision.terms.get("person_id")
            if isinstance(person, int):
                people.add(person)
            goals.update(g for g in revision.terms.get("goal_ids") or () if isinstance(g, int))
        self.names = {r.id: r.display_name for r in journal.people.rows(sorted(people))}
        self.titles = {r.id: r.title for r in journal.goals.rows(ids=sorted(goals))}

    def of(self, terms: dict[str, Any], key: str) -> str:
        """The words for a term of a revision; "Not recorded" when it lacks that term."""
        return self.value(key, terms.get(key, _MISSING))

    def value(self, key: str, raw: Any) -> str:
        if raw is _MISSING:
            return RevisionHistory.tr("Not recorded")
        if key == "person_id":
            if raw is None:
                return "—"
            return self.names.get(raw) or RevisionHistory.tr(
                "Person #{id}, no longer in the journal"
            ).format(id=raw)
        if key == "my_role":
            return label("my_role", raw) if raw else "—"
        if key == "status":
            return label("agreement_status", raw) if raw else "—"
        if key == "formal":
            return RevisionHistory.tr("Yes") if raw else RevisionHistory.tr("No")
        if key in ("started_on", "ends_on"):
            if not raw:
                return RevisionHistory.tr("Not set")
            try:
                return format_date(date.fromisoformat(str(raw)))
            except ValueError:
                return str(raw)
        if key == "cadence_days":
            return cadence(raw) if raw else RevisionHistory.tr("No set rhythm")
        if key == "goal_ids":
            if not raw:
                return RevisionHistory.tr("None")
            return "\n".join(
                self.titles.get(g)
                or RevisionHistory.tr("Goal #{id}, no longer in the journal").format(id=g)
                for g in raw
            )
        text = str(raw or "").strip()
        return text or "—"


def _term(terms: dict[str, Any], key: str) -> Any:
    if key not in terms:
        return _MISSING
    value = terms[key]
    if key == "goal_ids":
        return sorted(value or [])
    if key == "formal":
        return bool(value)
    if isinstance(value, str):
        return value.strip()
    return value


def changed_terms(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The terms whose value differs between two revisions (a term an old revision did not
    record counts as changed only when the newer one holds something)."""
    found = []
    for key in TERMS:
        old, new = _term(before, key), _term(after, key)
        if old is _MISSING or new is _MISSING:
            if (old if new is _MISSING else new) not in (_MISSING, None, "", [], False):
                found.append(key)
        elif old != new:
            found.append(key)
    return found


def describe(revision: Revision, previous: Revision | None) -> str:
    """The revision's reason, or what it did when it has none."""
    if revision.reason.strip():
        return revision.reason.strip()
    status = revision.terms.get("status")
    if previous is None:
        return (
            RevisionHistory.tr("Proposed") if status == "proposed" else RevisionHistory.tr("Agreed")
        )
    before = previous.terms.get("status")
    if before != status and status:
        if before == "proposed" and status == "active":
            return RevisionHistory.tr("Agreed")
        if before:
            return RevisionHistory.tr("Status: {before} → {after}").format(
                before=label("agreement_status", before), after=label("agreement_status", status)
            )
        return RevisionHistory.tr("Status: {after}").format(after=label("agreement_status", status))
    return RevisionHistory.tr("Terms revised")


class RevisionHistoryDialog(QDialog):
    """The revisions of one agreement and, for the one selected, what it changed."""

    def __init__(self, journal: Journal, agreement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionHistoryDialog")
        self.journal = journal
        self.agreement_id = agreement_id
        self.revisions: tuple[Revision, ...] = ()
        self.words: TermWords | None = None

        self.heading = title_label(self, scale=1.2)

        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Revisions, newest first"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.currentRowChanged.connect(lambda _row: self.show_selected())
        list_label = QLabel(self.tr("&Revisions"), self)
        list_label.setBuddy(self.list)

        self.summary = QLabel(self)
        self.summary.setObjectName("revisionSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("revisionTerms")
        self.table.setAccessibleName(self.tr("Terms before and after the revision"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.show_unchanged = QCheckBox(self.tr("Show &unchanged terms"), self)
        self.show_unchanged.setAccessibleName(self.tr("Show unchanged terms"))
        self.show_unchanged.toggled.connect(lambda _on: self.show_selected())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.show_unchanged)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 160, self.fontMetrics().lineSpacing() * 42)
        self.splitter.setSizes([chars * 40, chars * 120])
        self.load()
        self._listener = WeakListener(self.on_change)
        journal.subscribe(self._listener)
        self.finished.connect(lambda _result: self.journal.unsubscribe(self._listener))

    # --- content ----------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if self.agreement_id in change.ids_of("agreement") or change.concerns("person", "goal"):
            self.load()

    def load(self) -> None:
        """Read the agreement's revisions again, keeping the one selected."""
        try:
            agreement = self.journal.mentorships.get(self.agreement_id)
        except NotFound:
            self.reject()
            return
        self._show_heading(agreement)
        picked = self.selected_revision()
        self.revisions = agreement.revisions
        self.words = TermWords(self.journal, self.revisions)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for position in range(len(self.revisions) - 1, -1, -1):
            revision = self.revisions[position]
            previous = self.revisions[position - 1] if position else None
            text = self.tr("Revision {number} · {date}\n{what}").format(
                number=revision.number,
                date=format_date(revision.created_at),
                what=describe(revision, previous),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, position)
            item.setToolTip(format_date_long(revision.created_at))
            self.list.addItem(item)
        self.list.blockSignals(blocked)
        row = 0
        if picked is not None:
            row = next(
                (
                    n
                    for n in range(self.list.count())
                    if self.revisions[self.list.item(n).data(Qt.ItemDataRole.UserRole)].number
                    == picked.number
                ),
                0,
            )
        if self.list.count():
            self.list.setCurrentRow(row)
        self.show_selected()

    def _show_heading(self, agreement: Agreement) -> None:
        self.setWindowTitle(
            self.tr("History of the agreement with {name}").format(name=agreement.person_name)
        )
        self.heading.setText(
            self.tr("How the agreement with {name} adapted").format(name=agreement.person_name)
        )

    def selected_revision(self) -> Revision | None:
        item = self.list.currentItem()
        if item is None or not self.revisions:
            return None
        return self.revisions[item.data(Qt.ItemDataRole.UserRole)]

    def select_revision(self, number: int) -> None:
        for row in range(self.list.count()):
            position = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if self.revisions[position].number == number:
                self.list.setCurrentRow(row)
                return
        raise KeyError(number)

    def show_selected(self) -> None:
        """Fill the table with the selected revision beside the one before it."""
        self.table.setRowCount(0)
        revision = self.selected_revision()
        if revision is None or self.words is None:
            self.summary.setText(self.tr("This agreement has no revisions yet."))
            return
        position = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        previous = self.revisions[position - 1] if position else None
        after = revision.terms
        before = previous.terms if previous is not None else {}
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Term"),
                self.tr("Before (revision {n})").format(n=previous.number)
                if previous
                else self.tr("Before"),
                self.tr("After (revision {n})").format(n=revision.number),
            ]
        )
        if previous is None:
            changed: list[str] = []
            shown = [k for k in TERMS if k in after]
            self.summary.setText(
                self.tr("The first revision: the terms as they were proposed.")
                if after.get("status") == "proposed"
                else self.tr("The first revision: the terms as they were agreed.")
            )
        else:
            changed = changed_terms(before, after)
            unchanged = [k for k in TERMS if k not in changed]
            shown = changed + (unchanged if self.show_unchanged.isChecked() else [])
            count = len(changed)
            # The reason is the user's sentence: it keeps its own full stop.
            what = describe(revision, previous).rstrip(" .")
            if count == 0:
                self.summary.setText(self.tr("{what} — no term changed.").format(what=what))
            else:
                self.summary.setText(
                    (
                        self.tr("{what} — 1 term changed.")
                        if count == 1
                        else self.tr("{what} — {count} terms changed.")
                    ).format(what=what, count=count)
                )
        bold = QFont(self.table.font())
        bold.setBold(True)
        for key in shown:
            row = self.table.rowCount()
            self.table.insertRow(row)
            is_changed = key in changed
            name = term_label(key)
            if is_changed:
                name = self.tr("{term} — changed").format(term=name)
            old = "—" if previous is None else self.words.of(before, key)
            new = self.words.of(after, key)
            for column, text in enumerate((name, old, new)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if is_changed:
                    item.setFont(bold)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """What the table says, row by row (term, before, after)."""
        return [
            tuple(self.table.item(row, c).text() for c in range(3))  # type: ignore[misc]
            for row in range(self.table.rowCount())
        ]


def open_history_dialog(
    journal: Journal, parent: QWidget, agreement_id: int
) -> RevisionHistoryDialog:
    """Show an agreement's revision history (window-modal, deleted when closed)."""
    return open_window_modal(RevisionHistoryDialog(journal, agreement_id, parent))
