"""`TimelineTab`: every dated thing in the journal, newest first, with what is coming up."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.records import Entry, UpcomingItem
from netjournal.journal.vocab import EntryKind
from netjournal.ui.entries.dialog import from_qdate
from netjournal.ui.entries.opening import open_any_entry
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import date_pattern, first_day_of_week, format_date, format_date_long
from netjournal.ui.labels import label
from netjournal.ui.mentorships.review import open_review_dialog
from netjournal.ui.mentorships.session import open_session_dialog
from netjournal.ui.models.base import WeakListener
from netjournal.ui.models.stream import (
    ITEM_KIND_LABELS,
    Key,
    TimelineFilters,
    TimelineStreamModel,
    item_kind_label,
    item_label,
)
from netjournal.ui.timeline.upcoming import UpcomingList
from netjournal.ui.widgets.detail import esc, paragraphs
from netjournal.ui.widgets.list_tab import ListTab
from netjournal.ui.widgets.privacy import PrivacyScreen, hidden_text, screened


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
        self.kind.insertSeparator(self.kind.count())
        for kind in ITEM_KIND_LABELS:
            if kind != "entry":
                self.kind.addItem(item_kind_label(kind), kind)
        self.journal = journal
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Filter by goal"))
        self.agreement = QComboBox(self)
        self.agreement.setAccessibleName(self.tr("Filter by mentorship"))
        for combo in (self.goal, self.agreement):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.fill_choices()
        pattern = date_pattern()
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
            edit.calendarWidget().setFirstDayOfWeek(first_day_of_week())
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
        self.goal.currentIndexChanged.connect(self.changed)
        self.agreement.currentIndexChanged.connect(self.changed)
        self.changed.connect(self._update_clear)

        person_label = QLabel(self.tr("&Person:"), self)
        person_label.setBuddy(self.person.edit)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        # Three rows, so the window can still be made narrow.
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setVerticalSpacing(4)
        layout.addWidget(person_label, 0, 0)
        layout.addWidget(self.person, 0, 1)
        layout.addWidget(kind_label, 0, 2)
        layout.addWidget(self.kind, 0, 3)
        goal_label = QLabel(self.tr("&Goal:"), self)
        goal_label.setBuddy(self.goal)
        agreement_label = QLabel(self.tr("&Mentorship:"), self)
        agreement_label.setBuddy(self.agreement)
        layout.addWidget(goal_label, 1, 0)
        layout.addWidget(self.goal, 1, 1)
        layout.addWidget(agreement_label, 1, 2)
        layout.addWidget(self.agreement, 1, 3)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.use_since)
        dates.addWidget(self.since)
        dates.addSpacing(8)
        dates.addWidget(self.use_until)
        dates.addWidget(self.until)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        layout.addLayout(dates, 2, 1, 1, 4)
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
            goal_id=self.goal.currentData(),
            agreement_id=self.agreement.currentData(),
        )

    def fill_choices(self) -> None:
        """The goals and mentorships to pick from, keeping what is picked."""
        for combo, any_text, choices in (
            (
                self.goal,
                self.tr("Any goal"),
                [(g.title, g.id) for g in self.journal.goals.rows(sort="title")],
            ),
            (
                self.agreement,
                self.tr("Any mentorship"),
                [
                    (f"{a.person_name} · {label('my_role', a.my_role)}", a.id)
                    for a in self.journal.mentorships.rows()
                ],
            ),
        ):
            picked = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for text, item_id in choices:
                combo.addItem(text, item_id)
            found = combo.findData(picked) if picked is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(blocked)
            if picked is not None and found < 0:
                self.changed.emit()  # what was picked is gone

    def clear(self) -> None:
        self.person.set_people([])
        self.kind.setCurrentIndex(0)
        self.goal.setCurrentIndex(0)
        self.agreement.setCurrentIndex(0)
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)

    def _on_date_changed(self) -> None:
        if self.use_since.isChecked() or self.use_until.isChecked():
            self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.filters().active)


class TimelineTab(ListTab):
    """Every dated thing, newest first under date headers, with what is coming up above.

    Activating a row (double-click, Enter) opens it: an entry in the entry dialog,
    a goal, milestone, mentorship or action in its own tab (`show_goal`,
    `show_agreement`, `show_person` ask the window).
    """

    settings_group = "Timeline"
    show_goal = Signal(int)
    show_agreement = Signal(int)
    show_person = Signal(int)

    def __init__(
        self,
        journal: Journal,
        page_size: int = 200,
        parent: QWidget | None = None,
        today: date | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ):
        # Hides the notes in the detail pane, the stream, what is coming up and the
        # dialogs opened from here.
        self.privacy_screen = privacy
        super().__init__(
            journal, TimelineStreamModel(journal, page_size, today=today, privacy=privacy), parent
        )
        self.model: TimelineStreamModel  # type: ignore[assignment]
        self.view.setObjectName("timelineTable")
        self.view.setAccessibleName(self.tr("Timeline"))
        self.set_column_widths({"when": format_date(date(2026, 12, 28)), "what": 20, "title": 40})

        # What is coming up, above the stream, in a splitter of its own.
        self.upcoming = UpcomingList(journal, self, privacy=privacy)
        self.upcoming.opened.connect(self.open_upcoming)
        self.upcoming_label = QLabel(self.tr("<b>Upcoming</b>"), self)
        self.upcoming_label.setBuddy(self.upcoming)
        stream_label = QLabel(self.tr("<b>Timeline</b>"), self)
        stream_label.setBuddy(self.view)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(6, 4, 0, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.upcoming_label)
        top_layout.addWidget(self.upcoming)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(6, 4, 0, 0)
        bottom_layout.setSpacing(2)
        bottom_layout.addWidget(stream_label)
        bottom_layout.addWidget(self.view)
        self.column = QSplitter(Qt.Orientation.Vertical, self)
        self.column.setObjectName("TimelineColumnSplitter")
        self.column.setChildrenCollapsible(True)
        self.column.addWidget(top)
        self.column.addWidget(bottom)
        self.column.setStretchFactor(0, 0)
        self.column.setStretchFactor(1, 1)
        self.splitter.insertWidget(0, self.column)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.set_initial_split()

        self.filter_bar = TimelineFilterBar(journal, self)
        self.filter_bar.changed.connect(self.apply_filters)
        self._add_bar(self.filter_bar)
        self.setTabOrder(self.filter_bar.clear_button, self.upcoming)
        self.setTabOrder(self.upcoming, self.view)

        self.edit_action = QAction(self.tr("&Edit entry…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))  # the usual key to edit
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
        # The view moves spans along with inserted and removed rows; new headers get theirs.
        self.model.modelReset.connect(self._update_spans)
        self.model.rowsInserted.connect(self._span_inserted)
        self.view.selectionModel().currentRowChanged.connect(self._skip_header)
        self._update_spans()
        self._update_actions()
        self._changes = WeakListener(self.on_change)
        journal.subscribe(self._changes)
        if privacy is not None:
            privacy.changed.connect(self._on_privacy_changed)

    def _on_privacy_changed(self, _hidden: bool) -> None:
        self.refresh_detail()

    # --- changes elsewhere --------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        self.upcoming.refresh()
        if change.concerns("goal", "agreement", "person"):
            self.filter_bar.fill_choices()

    def shutdown(self) -> None:
        super().shutdown()
        self.journal.unsubscribe(self._changes)

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        settings.setValue(f"{self.settings_group}/upcoming", self.column.saveState())

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        state = settings.value(f"{self.settings_group}/upcoming")
        if isinstance(state, QByteArray | bytes) and state:
            self.column.restoreState(QByteArray(state))

    # --- header rows ----------------------------------------------------------------------

    def _update_spans(self, *_args: Any) -> None:
        """Each date header spans the whole row, so "November 2026" is never cut."""
        self.view.clearSpans()
        self._span_inserted(QModelIndex(), 0, self.model.rowCount() - 1)

    def _span_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        columns = self.model.columnCount()
        for row in range(first, last + 1):
            if self.model.is_header(row):
                self.view.setSpan(row, 0, 1, columns)

    def _skip_header(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The keyboard steps over a header to the item beyond it."""
        if not current.isValid() or not self.model.is_header(current.row()):
            return
        row = current.row()
        up = previous.isValid() and previous.row() > row
        target = row - 1 if up and row > 0 else row + 1
        if 0 <= target < self.model.rowCount() and not self.model.is_header(target):
            self._select_row(target)

    # --- filters ------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_filters(self.filter_bar.filters())
        self.view.update_empty_state()

    # --- selection: rows are items (kind, id); an int is an entry's id --------------------

    def current_id(self) -> Key | None:  # type: ignore[override]
        index = self.view.selectionModel().currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def current_entry_id(self) -> int | None:
        key = self.current_id()
        return key[1] if key is not None and key[0] == "entry" else None

    def select_id(self, item_id: Key | int) -> bool:  # type: ignore[override]
        """Select the row of an item key (or an entry id) if it is loaded."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _restore_selection(self) -> None:
        wanted, self._reselect = self._reselect, None
        if wanted is not None and self.select_id(wanted):  # type: ignore[arg-type]
            return
        for row in range(min(self.model.rowCount(), 3)):
            if not self.model.is_header(row):
                self._select_row(row)
                self.view.scrollToTop()  # the newest item with its header above it
                return
        self.refresh_detail()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if row > 0 and self.model.is_header(row - 1):
            self.view.scrollTo(self.model.index(row - 1, 0))  # its header stays in sight
        self.view.scrollTo(index)

    # --- opening and deleting -------------------------------------------------------------

    def _update_actions(self, *_args: Any) -> None:
        has = self.current_entry_id() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            key = self.model.key_at(index.row())
            if key is not None:
                self.open_item(key)

    def open_item(self, key: Key) -> None:
        """Open an item where it is edited: an entry here, the rest in their own tab."""
        item = self.model.record(key)
        if item.kind == "entry":
            self.edit_entry(item.entry_id or item.item_id)
        elif item.kind.startswith(("agreement", "action")) and item.agreement_id is not None:
            self.show_agreement.emit(item.agreement_id)
        elif item.goal_id is not None:
            self.show_goal.emit(item.goal_id)
        elif item.agreement_id is not None:
            self.show_agreement.emit(item.agreement_id)

    def open_upcoming(self, item: UpcomingItem) -> None:
        """Open what an upcoming item asks for: a session due opens a new session of its
        agreement, a review due the review form, a follow-up its entry."""
        if item.kind == "session" and item.agreement_id is not None:
            open_session_dialog(
                self.journal,
                self.window(),
                agreement_id=item.agreement_id,
                privacy=self.privacy_screen,
            )
        elif item.kind == "review" and item.agreement_id is not None:
            open_review_dialog(
                self.journal,
                self.window(),
                agreement_id=item.agreement_id,
                privacy=self.privacy_screen,
            )
        elif item.entry_id is not None:
            self.edit_entry(item.entry_id)
        elif item.agreement_id is not None:
            self.show_agreement.emit(item.agreement_id)
        elif item.goal_id is not None:
            self.show_goal.emit(item.goal_id)
        elif item.person_ids:
            self.show_person.emit(item.person_ids[0])

    def edit_current(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is not None:
            self.edit_entry(entry_id)

    def edit_entry(self, entry_id: int) -> QDialog:
        """Open the dialog that edits this entry: a session or review in its own form."""
        return open_any_entry(self.journal, self.window(), entry_id, privacy=self.privacy_screen)

    def delete_current(self) -> None:
        """Delete the selected entry after asking."""
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        if not self.confirm(
            self.tr("Delete entry"),
            self.tr("Delete this entry from the journal? This cannot be undone."),
        ):
            return
        try:
            self.journal.entries.delete(entry_id)
        except InvalidInput as exc:
            self.warn(self.tr("Delete entry"), error_text(exc))

    # --- what the list and pane say -------------------------------------------------------

    def empty_message(self) -> tuple[str, str]:
        if self.model.filters.active:
            return (
                self.tr("Nothing matches these filters"),
                self.tr("Clear a filter or two to see more of the journal."),
            )
        if self.model.search_text:
            return (
                self.tr("Nothing matches “{text}”").format(text=self.model.search_text),
                self.tr("Search looks in the notes of entries and the titles of the rest."),
            )
        return (
            self.tr("No entries yet"),
            self.tr("Log a meeting, a coffee, a call or a note and it appears here."),
        )

    def placeholder(self) -> str:
        return self.tr("Select an item to read it here.")

    def show_detail(self, item_id: Any) -> None:
        item = self.model.record(item_id)
        if item.kind != "entry":
            facts = [(self.tr("With"), self.model.names(item))]
            if item.goal_id is not None:
                facts.append((self.tr("Goal"), self.journal.goals.get(item.goal_id).title))
            if item.agreement_id is not None:
                person = self.journal.mentorships.get(item.agreement_id).person_name
                facts.append((self.tr("Mentorship"), person))
            self.detail.show_document(
                item.title or item_label(item),
                f"{item_label(item)} · {format_date_long(item.at)}",
                facts,
                [(self.tr("Summary"), paragraphs(item.summary))],
            )
            return
        entry = self.journal.entries.get(item.entry_id or item.item_id)
        names = self.model.names(item)
        title = entry.title or label("entry_kind", entry.kind)
        subtitle = f"{label('entry_kind', entry.kind)} · {format_date_long(entry.occurred_at)}"
        mentorship = (
            self.journal.mentorships.get(entry.agreement_id).person_name
            if entry.agreement_id is not None
            else ""
        )
        goals = ", ".join(self.journal.goals.get(goal_id).title for goal_id in entry.goal_ids)
        facts = [
            (self.tr("With"), names),
            (self.tr("Mentorship"), mentorship),
            (self.tr("Goals"), goals),
            (self.tr("Who helped"), label("helped", entry.helped) if entry.helped else ""),
            (self.tr("Follow up"), format_date(entry.follow_up_on) if entry.follow_up_on else ""),
        ]
        self.detail.show_document(title, subtitle, facts, self._entry_sections(entry))

    def _entry_sections(self, entry: Entry) -> list[tuple[str, str]]:
        """The notes, and for a session or review of a mentorship its parts, each saying
        whether it is private or shareable."""

        def marked(heading: str, shareable: bool) -> str:
            return "{heading} · {privacy}".format(
                heading=heading, privacy=self.tr("shareable") if shareable else self.tr("private")
            )

        hidden = screened(self.privacy_screen)

        def note(text: str) -> str:
            """The text as paragraphs, or while the screen is on a muted line instead."""
            if not text.strip():
                return ""
            if hidden:
                return f'<p style="color:{self.detail.muted()}">{esc(hidden_text())}</p>'
            return paragraphs(text)

        if entry.agreement_id is None:
            return [(self.tr("Notes"), note(entry.body))]
        review = self.journal.mentorships.review_of(entry.id)
        if review is not None:
            return [
                (self.tr("Decision"), paragraphs(label("review_decision", review.decision))),
                (marked(self.tr("What works"), review.shareable), note(review.what_works)),
                (
                    marked(self.tr("What to change"), review.shareable),
                    note(review.what_to_change),
                ),
                (marked(self.tr("Notes"), review.shareable), note(review.notes)),
            ]
        session = self.journal.mentorships.session(entry.id)
        actions = "".join(
            "<p>{mark} {title} · {owner}{due}</p>".format(
                mark="✓" if a.done_on else "○",
                title=esc(a.title),
                owner=esc(label("owner", a.owner)),
                due=esc(f" · {format_date(a.due_on)}") if a.due_on else "",
            )
            for a in session.actions
        )
        return [
            (marked(self.tr("Agenda"), session.agenda_shareable), note(session.agenda)),
            (marked(self.tr("Notes"), session.notes_shareable), note(session.notes)),
            (
                marked(self.tr("Takeaways"), session.takeaways_shareable),
                note(session.takeaways),
            ),
            (self.tr("Action items"), actions),
        ]
