"""`TimelineTab`: every entry of the journal, newest first, searchable and filtered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.vocab import EntryKind
from netjournal.ui.entries.dialog import EntryDialog, from_qdate, open_entry_dialog
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.format import format_date, format_date_long, ui_locale
from netjournal.ui.labels import label
from netjournal.ui.models.timeline import TimelineFilters, TimelineTableModel
from netjournal.ui.widgets.detail import paragraphs
from netjournal.ui.widgets.list_tab import ListTab


class TimelineFilterBar(QWidget):
    """Person, kind and an optional date range above the timeline; `changed` on every edit."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineFilters")
        self.person = PersonPicker(journal, single=True, parent=self)
        self.person.setAccessibleName(self.tr("Filter by person"))
        self.person.edit.setAccessibleName(self.tr("Filter by person"))
        chars = self.fontMetrics().averageCharWidth()
        self.person.setMinimumWidth(chars * 28)
        self.person.setMaximumWidth(chars * 40)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Filter by kind"))
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in EntryKind:
            self.kind.addItem(label("entry_kind", kind.value), kind.value)
        pattern = ui_locale().dateFormat(ui_locale().FormatType.ShortFormat)
        pattern = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
        self.use_since = QCheckBox(self.tr("F&rom"), self)
        self.use_since.setAccessibleName(self.tr("Only entries from a date"))
        self.since = QDateEdit(self)
        self.since.setAccessibleName(self.tr("From date"))
        self.use_until = QCheckBox(self.tr("U&ntil"), self)
        self.use_until.setAccessibleName(self.tr("Only entries until a date"))
        self.until = QDateEdit(self)
        self.until.setAccessibleName(self.tr("Until date"))
        today = QDate.currentDate()
        for check, edit, start in (
            (self.use_since, self.since, today.addMonths(-1)),
            (self.use_until, self.until, today),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(pattern)
            edit.setDate(start)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.dateChanged.connect(self._on_date_changed)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the timeline filters"))
        self.clear_button.clicked.connect(self.clear)
        self.person.changed.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.changed.connect(self._update_clear)

        person_label = QLabel(self.tr("&Person:"), self)
        person_label.setBuddy(self.person.edit)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        # Two rows, so the window can still be made narrow.
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setVerticalSpacing(4)
        layout.addWidget(person_label, 0, 0)
        layout.addWidget(self.person, 0, 1)
        layout.addWidget(kind_label, 0, 2)
        layout.addWidget(self.kind, 0, 3)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.use_since)
        dates.addWidget(self.since)
        dates.addSpacing(8)
        dates.addWidget(self.use_until)
        dates.addWidget(self.until)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        layout.addLayout(dates, 1, 1, 1, 4)
        layout.setColumnStretch(4, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_clear()

    def filters(self) -> TimelineFilters:
        ids = self.person.person_ids()
        return TimelineFilters(
            person_id=ids[0] if ids else None,
            kind=self.kind.currentData(),
            since=from_qdate(self.since.date()) if self.use_since.isChecked() else None,
            until=from_qdate(self.until.date()) if self.use_until.isChecked() else None,
        )

    def clear(self) -> None:
        self.person.set_people([])
        self.kind.setCurrentIndex(0)
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)

    def _on_date_changed(self) -> None:
        if self.use_since.isChecked() or self.use_until.isChecked():
            self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.filters().active)


class TimelineTab(ListTab):
    """Entries by date or kind; the selected one beside the list.

    Activating a row (double-click, Enter) opens it in the entry dialog.
    """

    settings_group = "Timeline"

    def __init__(self, journal: Journal, page_size: int = 200, parent: QWidget | None = None):
        super().__init__(journal, TimelineTableModel(journal, page_size), parent)
        self.model: TimelineTableModel
        self.view.setObjectName("timelineTable")
        self.view.setAccessibleName(self.tr("Timeline entries"))
        self.set_column_widths(
            {"occurred": format_date(date(2026, 12, 28)), "kind": 18, "title": 42}
        )
        self.set_initial_split()

        self.filter_bar = TimelineFilterBar(journal, self)
        self.filter_bar.changed.connect(self.apply_filters)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.filter_bar)
        layout.setStretchFactor(self.splitter, 1)
        self.setTabOrder(self.filter_bar.clear_button, self.view)

        self.edit_action = QAction(self.tr("&Edit entry…"), self)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action = QAction(self.tr("&Delete entry…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        for action in (self.edit_action, self.delete_action):
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self._update_actions()

    # --- filters ------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_filters(self.filter_bar.filters())
        self.view.update_empty_state()

    # --- opening and deleting -------------------------------------------------------------

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_entry(self.model.id_at(index.row()))

    def edit_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.edit_entry(entry_id)

    def edit_entry(self, entry_id: int) -> EntryDialog:
        """Open the entry dialog on this entry."""
        dialog = open_entry_dialog(self.journal, self.window(), entry_id)
        return dialog

    def delete_current(self) -> None:
        """Delete the selected entry after asking."""
        entry_id = self.current_id()
        if entry_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this entry from the journal? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.journal.entries.delete(entry_id)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Delete entry"), exc.message)

    # --- what the list and pane say -------------------------------------------------------

    def empty_message(self) -> tuple[str, str]:
        if self.model.filters.active:
            return (
                self.tr("No entries match these filters"),
                self.tr("Clear a filter or two to see more of the journal."),
            )
        if self.model.search_text:
            return (
                self.tr("No entries match “{text}”").format(text=self.model.search_text),
                self.tr("Search looks in the titles and notes of entries."),
            )
        return (
            self.tr("No entries yet"),
            self.tr("Log a meeting, a coffee, a call or a note and it appears here."),
        )

    def placeholder(self) -> str:
        return self.tr("Select an entry to read it here.")

    def show_detail(self, item_id: int) -> None:
        entry = self.journal.entries.get(item_id)
        row = self.model.record(item_id) if self.model.row_of(item_id) is not None else None
        names = [name for _, name in row.participants] if row else []
        title = entry.title or label("entry_kind", entry.kind)
        subtitle = f"{label('entry_kind', entry.kind)} · {format_date_long(entry.occurred_at)}"
        mentorship = (
            self.journal.mentorships.get(entry.agreement_id).person_name
            if entry.agreement_id is not None
            else ""
        )
        goals = ", ".join(self.journal.goals.get(goal_id).title for goal_id in entry.goal_ids)
        facts = [
            (self.tr("With"), ", ".join(names)),
            (self.tr("Mentorship"), mentorship),
            (self.tr("Goals"), goals),
            (self.tr("Who helped"), label("helped", entry.helped) if entry.helped else ""),
            (self.tr("Follow up"), format_date(entry.follow_up_on) if entry.follow_up_on else ""),
        ]
        self.detail.show_document(
            title, subtitle, facts, [(self.tr("Notes"), paragraphs(entry.body))]
        )
