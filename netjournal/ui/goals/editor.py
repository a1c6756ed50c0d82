"""`GoalEditor`: one goal's fields, milestones, members, skills, who could help, and the
entries about it, saved as they are edited. No Save button.

A value the journal refuses (a target date before the start, an empty title) is marked
and why is said under the field; the journal keeps the last good value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.records import Goal, Reciprocity
from netjournal.journal.vocab import GoalCategory, GoalStatus, Horizon
from netjournal.ui.contacts.fields import ListCompleter, OptionalDateEdit, split_names
from netjournal.ui.entries.dialog import EntryDialog, open_entry_dialog
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import entry_heading, format_date, format_date_long
from netjournal.ui.goals.members import MembersEditor
from netjournal.ui.goals.milestones import MilestonesEditor
from netjournal.ui.labels import label
from netjournal.ui.models.base import WeakListener
from netjournal.ui.widgets.forms import FieldErrors, PendingEdits, SectionedEditor
from netjournal.ui.widgets.privacy import PrivacyScreen, screened

# How many of the goal's newest entries the editor lists.
LINKED_ENTRIES = 8
# What a change must concern for the editor to read its goal again.
_WATCHED = frozenset({"goal", "person", "entry", "own_skills"})
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class _Field:
    """One editable value of the goal: its widget, how to read it and how to show it."""

    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Goal], None]
    # Text being typed is not overwritten by the journal's value while it has focus;
    # a choice (a combo box) is saved at once, so it always shows the journal's.
    typed: bool = True


class _ActivatedList(QListWidget):
    """A short list whose Enter, like a double-click, activates the current item."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


class _EntriesList(QTreeWidget):
    """Date, kind and title of the entries about the goal; Enter opens one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item, 0)
            event.accept()
            return
        super().keyPressEvent(event)


def _fit_height(view: QAbstractItemView, rows: int, most: int = 6) -> None:
    """A list as tall as its rows (up to `most`), so the form has no inner scrolling."""
    row = view.sizeHintForRow(0) if rows else view.fontMetrics().height() + 6
    header = 0
    if isinstance(view, QTreeWidget) and not view.isHeaderHidden():
        header = view.header().sizeHint().height()
    view.setFixedHeight(min(rows, most) * max(row, 1) + header + 2 * view.frameWidth() + 2)


class GoalEditor(SectionedEditor):
    """Every field of one goal in a form under short headings; edits are saved after a
    short pause, at once when focus leaves a field or another goal is shown."""

    # The Achieve… button, or Achieved picked as the status: the tab achieves the goal.
    achieve_requested = Signal()
    # The Celebrate… button: the tab opens the celebration dialog.
    celebrate_requested = Signal()
    # A member or a suggestion was double-clicked: show that person in Contacts.
    show_person = Signal(int)
    saved = Signal(int)
    # A goal was shown, or shown again after a change.
    loaded = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalEditor")
        self.setAccessibleName(self.tr("Goal"))
        self.journal = journal
        # While it is on, an entry with no title is listed by its kind, not its notes.
        self.privacy_screen = privacy
        self.goal_id: int | None = None
        self.goal: Goal | None = None
        self._loading = False
        self.fields: dict[str, _Field] = {}
        self.errors = FieldErrors()
        self.pending = PendingEdits(self, self._save)
        self.entry_dialog: EntryDialog | None = None

        self._build_header()
        self._build_goal_form()
        self._build_milestones()
        self._build_members()
        self._build_skills()
        self._build_reciprocity()
        self._build_entries()
        self.layout_.addStretch(1)
        self._align_captions()
        self._listener = WeakListener(self.on_change)
        journal.subscribe(self._listener)
        self._attached = True
        if privacy is not None:
            privacy.changed.connect(self._on_privacy_changed)

    def _on_privacy_changed(self, _hidden: bool) -> None:
        """Entries with no title are listed by their notes, or by their kind."""
        if self.goal_id is not None:
            self._show_entries(self.goal_id)

    # --- building -----------------------------------------------------------------------

    def _add(
        self,
        form: QFormLayout,
        key: str,
        text: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Goal], None],
        focus: QWidget | None = None,
        extra: QWidget | None = None,
        typed: bool = True,
    ) -> None:
        """A row of the form for one value of the goal, with its error line beneath."""
        target = focus or widget
        below = [extra] if extra is not None else []
        self._field_row(form, key, text, widget, target, *below)
        self.fields[key] = _Field(target, get, put, typed)

    def _combo(
        self, form: QFormLayout, key: str, text: str, vocabulary: str, values: Any
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"{key}Combo")
        combo.setAccessibleName(text.replace("&", ""))
        for value in values:
            combo.addItem(label(vocabulary, value.value), value.value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._add(
            form,
            key,
            text,
            combo,
            combo.currentData,
            lambda g: self._set_combo(combo, getattr(g, key)),
            typed=False,
        )
        combo.currentIndexChanged.connect(lambda _i, k=key: self._edited(k, at_once=True))
        # Only as wide as its words: the form's other fields take the room.
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return combo

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.blockSignals(blocked)

    def _build_header(self) -> None:
        self.title_label, self.subtitle = self._title("goalTitle")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("goalProgress")
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("goalProgressText")
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(0, 4, 0, 0)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_text)
        self.achieve_button = QPushButton(self.tr("Achieve…"), self)
        self.achieve_button.setObjectName("achieveButton")
        self.achieve_button.setAccessibleName(self.tr("Mark this goal achieved"))
        self.achieve_button.setToolTip(
            self.tr("Record today as the day it was achieved, then celebrate it")
        )
        self.achieve_button.clicked.connect(lambda _=False: self.achieve_requested.emit())
        self.celebrate_button = QPushButton(self.tr("Celebrate…"), self)
        self.celebrate_button.setObjectName("celebrateButton")
        self.celebrate_button.setAccessibleName(self.tr("Celebrate this goal with its members"))
        self.celebrate_button.clicked.connect(lambda _=False: self.celebrate_requested.emit())
        self.achieved_text = self._muted()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addWidget(self.achieve_button)
        buttons.addWidget(self.celebrate_button)
        buttons.addWidget(self.achieved_text, 1)
        self.layout_.addWidget(self.title_label)
        self.layout_.addWidget(self.subtitle)
        self.layout_.addLayout(progress_row)
        self.layout_.addLayout(buttons)

    def _build_goal_form(self) -> None:
        form = self._section(self.tr("Goal"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self._add(
            form,
            "title",
            self.tr("&Title"),
            self.title_edit,
            self.title_edit.text,
            lambda g: self._set_line(self.title_edit, g.title),
        )
        self.title_edit.textEdited.connect(lambda _t: self._edited("title"))

        self.why_edit = QPlainTextEdit(self)
        self.why_edit.setObjectName("whyEdit")
        self.why_edit.setAccessibleName(self.tr("Why it matters"))
        self.why_edit.setPlaceholderText(self.tr("What reaching it will change for you"))
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._add(
            form,
            "why",
            self.tr("&Why it matters"),
            self.why_edit,
            self.why_edit.toPlainText,
            self._put_why,
        )
        self.why_edit.textChanged.connect(lambda: self._edited("why"))

        self.category = self._combo(
            form, "category", self.tr("&Category"), "goal_category", GoalCategory
        )
        self.horizon = self._combo(form, "horizon", self.tr("&Horizon"), "horizon", Horizon)
        self.status = self._combo(form, "status", self.tr("&Status"), "goal_status", GoalStatus)

        self.start_on = OptionalDateEdit(self.tr("Start date"), self)
        self._add(
            form,
            "start_on",
            self.tr("St&arts"),
            self.start_on,
            self.start_on.value,
            lambda g: self.start_on.set_value(g.start_on),
            focus=self.start_on.edit,
        )
        self.start_on.changed.connect(lambda: self._edited("start_on"))
        self.target_on = OptionalDateEdit(self.tr("Target date"), self)
        self._add(
            form,
            "target_on",
            self.tr("Tar&get"),
            self.target_on,
            self.target_on.value,
            lambda g: self.target_on.set_value(g.target_on),
            focus=self.target_on.edit,
        )
        self.target_on.changed.connect(lambda: self._edited("target_on"))

        self.progress = QSpinBox(self)
        self.progress.setObjectName("progressSpin")
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setSuffix("%")
        self.progress.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.progress.setAccessibleName(self.tr("Progress, set by hand"))
        self.progress_note = self._muted()
        self.progress_note.setObjectName("progressNote")
        self._add(
            form,
            "progress",
            self.tr("&Progress"),
            self.progress,
            self.progress.value,
            self._put_progress,
            extra=self.progress_note,
        )
        self.progress.valueChanged.connect(lambda _v: self._edited("progress"))

    def _build_milestones(self) -> None:
        self._add_heading(self.tr("Milestones"))
        self.milestones = MilestonesEditor(self.journal, self)
        self.layout_.addWidget(self.milestones)

    def _build_members(self) -> None:
        self._add_heading(self.tr("Shared with"))
        self.members = MembersEditor(self.journal, self)
        self.members.show_person.connect(self.show_person)
        self.layout_.addWidget(self.members)

    def _build_skills(self) -> None:
        form = self._section(self.tr("Skills it needs"))
        self.skills_edit = QLineEdit(self)
        self.skills_edit.setObjectName("skillsEdit")
        self.skills_edit.setAccessibleName(self.tr("Skills it needs"))
        self.skills_edit.setPlaceholderText(
            self.tr("Separated by commas, e.g. SQL, Public speaking")
        )
        self.skills_completer = ListCompleter(self.skills_edit)
        self._add(
            form,
            "skills",
            self.tr("S&kills"),
            self.skills_edit,
            lambda: split_names(self.skills_edit.text()),
            lambda g: self._set_line(self.skills_edit, ", ".join(g.skills)),
        )
        self.skills_edit.textEdited.connect(lambda _t: self._edited("skills"))

    def _build_reciprocity(self) -> None:
        self._add_heading(self.tr("Help, both ways"))
        self.could_help_caption = QLabel(self.tr("Who could help"), self)
        self.could_help = _ActivatedList(self)
        self.could_help.setObjectName("couldHelpList")
        self.could_help.setAccessibleName(self.tr("Who could help"))
        self.could_help_caption.setBuddy(self.could_help)
        self.could_help_hint = self._muted()
        self.could_help_hint.setObjectName("couldHelpHint")
        self.i_could_help_caption = QLabel(self.tr("Whom I could help"), self)
        self.i_could_help = _ActivatedList(self)
        self.i_could_help.setObjectName("iCouldHelpList")
        self.i_could_help.setAccessibleName(self.tr("Whom I could help"))
        self.i_could_help_caption.setBuddy(self.i_could_help)
        self.i_could_help_hint = self._muted()
        self.i_could_help_hint.setObjectName("iCouldHelpHint")
        for view in (self.could_help, self.i_could_help):
            view.setFrameShape(QFrame.Shape.StyledPanel)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setWordWrap(True)
            view.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
            view.setToolTip(self.tr("Double-click or press Enter to show them in Contacts"))
            view.itemActivated.connect(self._on_suggestion)
        for caption, view, hint in (
            (self.could_help_caption, self.could_help, self.could_help_hint),
            (self.i_could_help_caption, self.i_could_help, self.i_could_help_hint),
        ):
            caption.setContentsMargins(0, 4, 0, 0)
            self.layout_.addWidget(caption)
            self.layout_.addWidget(view)
            self.layout_.addWidget(hint)

    def _build_entries(self) -> None:
        self.entries_heading = self._add_heading(self.tr("Entries about it"))
        self.entries = _EntriesList(self)
        self.entries.setObjectName("goalEntries")
        self.entries.setAccessibleName(self.tr("Entries about this goal"))
        self.entries.setColumnCount(3)
        self.entries.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Title")])
        self.entries.setRootIsDecorated(False)
        self.entries.setUniformRowHeights(True)
        self.entries.setAllColumnsShowFocus(True)
        self.entries.setStyleSheet("QTreeWidget::item { padding: 2px 0px; }")
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setToolTip(self.tr("Double-click or press Enter to open an entry"))
        self.entries.itemActivated.connect(
            lambda item, _c: self.open_entry(item.data(0, ENTRY_ROLE))
        )
        self.entries_hint = self._muted()
        self.entries_hint.setObjectName("goalEntriesHint")
        self.layout_.addWidget(self.entries)
        self.layout_.addWidget(self.entries_hint)

    @staticmethod
    def _set_line(line: QLineEdit, text: str) -> None:
        if line.text() != text:
            line.setText(text)
            line.setCursorPosition(0)

    # --- showing --------------------------------------------------------------------------

    def load(self, goal_id: int) -> None:
        """Show a goal; another goal's pending edits are saved first. The same goal again
        (the journal changed) refreshes only the fields not being edited."""
        same = goal_id == self.goal_id
        if not same:
            self.pending.flush()
        try:
            goal = self.journal.goals.get(goal_id)
        except NotFound:
            self.clear()
            return
        if not same:
            self.pending.discard()
            self.errors.clear_all()
        self.goal_id, self.goal = goal_id, goal
        focus = QApplication.focusWidget()
        self._loading = True
        try:
            for key, item in self.fields.items():
                busy = self.pending.has(key) or bool(self.errors.text(key))
                focused = (
                    item.typed
                    and focus is not None
                    and (focus is item.widget or item.widget.isAncestorOf(focus))
                )
                # Milestones take the progress over, whatever was being typed there.
                took_over = key == "progress" and bool(goal.milestones)
                if not same or took_over or not (busy or focused):
                    item.put(goal)
        finally:
            self._loading = False
        self.milestones.set_milestones(goal_id, goal.milestones)
        self.members.set_members(goal_id, goal.members)
        self.skills_completer.set_names(self.journal.people.skills())
        self._show_summary(goal)
        self._show_reciprocity(goal, self.journal.goals.reciprocity(goal_id))
        self._show_entries(goal_id)
        self.loaded.emit(goal_id)

    def refresh(self) -> None:
        if self.goal_id is not None:
            self.load(self.goal_id)

    def clear(self) -> None:
        self.pending.discard()
        self.errors.clear_all()
        self.goal_id, self.goal = None, None

    def on_change(self, change: Change) -> None:
        """Read the goal again when the change may concern what the editor shows."""
        if self.goal_id is None or not change.kinds & _WATCHED:
            return
        if self.goal_id in change.removed_of("goal"):
            self.clear()
            return
        self.refresh()

    def detach(self) -> None:
        """Stop following the journal (the window is closing)."""
        if self._attached:
            self.journal.unsubscribe(self._listener)
            self._attached = False

    def _show_summary(self, goal: Goal) -> None:
        self.title_label.setText(goal.title)
        self.subtitle.setText(
            " · ".join(
                (
                    label("goal_status", goal.status),
                    label("goal_category", goal.category),
                    label("horizon", goal.horizon),
                )
            )
        )
        percent = goal.progress_percent
        self.progress_bar.setValue(percent)
        done = sum(1 for m in goal.milestones if m.done_on is not None)
        if goal.milestones:
            text = self.tr("{percent}% · {done} of {total} milestones").format(
                percent=percent, done=done, total=len(goal.milestones)
            )
        else:
            text = self.tr("{percent}%").format(percent=percent)
        self.progress_text.setText(text)
        self.progress_bar.setAccessibleDescription(text)
        achieved = goal.status == GoalStatus.ACHIEVED
        self.achieve_button.setVisible(not achieved)
        self.celebrate_button.setVisible(achieved and goal.celebrated_on is None)
        if achieved and goal.achieved_on is not None:
            when = format_date(goal.achieved_on)
            self.achieved_text.setText(
                self.tr("Achieved {date}, celebrated {celebrated}").format(
                    date=when, celebrated=format_date(goal.celebrated_on)
                )
                if goal.celebrated_on
                else self.tr("Achieved {date}: tell the people who helped").format(date=when)
            )
            self.achieved_text.setToolTip(format_date_long(goal.achieved_on))
        else:
            self.achieved_text.setText("")

    def _put_why(self, goal: Goal) -> None:
        if self.why_edit.toPlainText() != goal.why:
            self.why_edit.setPlainText(goal.why)

    def _put_progress(self, goal: Goal) -> None:
        by_hand = not goal.milestones
        blocked = self.progress.blockSignals(True)
        self.progress.setValue(goal.progress_percent)
        self.progress.blockSignals(blocked)
        self.progress.setEnabled(by_hand)
        if by_hand:
            self.progress_note.setText(
                self.tr("Set by hand: add milestones to count them instead.")
            )
        else:
            self.progress_note.setText(
                self.tr("Counted from the milestones reached; remove them to set it by hand.")
            )
        self.progress.setAccessibleDescription(self.progress_note.text())

    def _show_reciprocity(self, goal: Goal, found: Reciprocity) -> None:
        self.could_help.clear()
        for suggestion in found.could_help:
            item = QListWidgetItem(
                self.tr("{name} — offers {skills}").format(
                    name=suggestion.display_name, skills=", ".join(suggestion.skills)
                )
            )
            item.setData(PERSON_ROLE, suggestion.person_id)
            item.setToolTip(
                self.tr("{name} shares this goal").format(name=suggestion.display_name)
                if suggestion.member
                else self.tr("Double-click to show {name} in Contacts").format(
                    name=suggestion.display_name
                )
            )
            self.could_help.addItem(item)
        if not goal.skills:
            hint = self.tr(
                "Add the skills this goal needs (above) to see who in your journal offers them."
            )
        elif not found.could_help:
            hint = self.tr("No one in your journal offers {skills} yet.").format(
                skills=", ".join(goal.skills)
            )
        else:
            hint = ""
        self._show_list(self.could_help, self.could_help_hint, hint)

        self.i_could_help.clear()
        for suggestion in found.i_could_help:
            item = QListWidgetItem(
                self.tr("{name} — looks for {skills}, which you offer").format(
                    name=suggestion.display_name, skills=", ".join(suggestion.skills)
                )
            )
            item.setData(PERSON_ROLE, suggestion.person_id)
            self.i_could_help.addItem(item)
        if found.i_could_help:
            hint = ""
        elif not goal.members:
            hint = self.tr("Members who look for a skill you offer will be listed here.")
        elif not found.my_offers:
            hint = self.tr(
                "Note the skills you offer (Goal → My Skills…) to see which members look for them."
            )
        else:
            hint = self.tr("No member looks for a skill you offer ({skills}).").format(
                skills=", ".join(found.my_offers)
            )
        self._show_list(self.i_could_help, self.i_could_help_hint, hint)

    @staticmethod
    def _show_list(view: QAbstractItemView, hint_label: QLabel, hint: str, most: int = 6) -> None:
        rows = view.model().rowCount()
        view.setVisible(rows > 0)
        if rows:
            _fit_height(view, rows, most)
        hint_label.setText(hint)
        hint_label.setVisible(bool(hint))

    def _show_entries(self, goal_id: int) -> None:
        page = self.journal.entries.page(goal_id=goal_id, limit=LINKED_ENTRIES)
        rows = self.journal.entries.rows(page.ids)
        current = self.entries.currentItem()
        wanted = current.data(0, ENTRY_ROLE) if current is not None else None
        self.entries.clear()
        private = screened(self.privacy_screen)
        for row in rows:
            heading = entry_heading(row, private)
            item = QTreeWidgetItem(
                [format_date(row.occurred_at), label("entry_kind", row.kind), heading]
            )
            item.setData(0, ENTRY_ROLE, row.id)
            item.setToolTip(0, format_date_long(row.occurred_at))
            item.setToolTip(2, heading)
            self.entries.addTopLevelItem(item)
            if row.id == wanted:
                self.entries.setCurrentItem(item)
        for column in (0, 1):
            self.entries.resizeColumnToContents(column)
        if not rows:
            hint = self.tr(
                "No entries about this goal yet: pick it under Goals when you log an interaction."
            )
        elif page.complete:
            hint = ""
        else:
            total = self.journal.entries.count(goal_id=goal_id)
            hint = self.tr("The newest {shown} of {total}.").format(shown=len(rows), total=total)
        self._show_list(self.entries, self.entries_hint, hint, most=LINKED_ENTRIES)

    # --- saving ---------------------------------------------------------------------------

    def _edited(self, key: str, at_once: bool = False) -> None:
        if self._loading or self.goal_id is None:
            return
        if key == "status" and self.status.currentData() == GoalStatus.ACHIEVED.value:
            # Achieving is one step with its own date and celebration: the tab does it.
            if self.goal is not None:
                self._set_combo(self.status, self.goal.status)
            self.pending.flush()
            self.achieve_requested.emit()
            return
        self.pending.edited(key)
        if at_once:
            self.pending.flush()

    def flush(self) -> None:
        """Save every pending edit now."""
        self.pending.flush()
        self.milestones.pending.flush()

    def has_pending(self) -> bool:
        return self.pending.has() or self.milestones.pending.has()

    def _save(self, key: str) -> None:
        goal_id = self.goal_id
        if goal_id is None:
            return
        try:
            self.journal.goals.update(goal_id, **{key: self.fields[key].get()})
        except NotFound:
            self.clear()
            return
        except InvalidInput as exc:
            self.errors.show(exc.field if self.errors.has(exc.field) else key, error_text(exc))
            return
        self.errors.clear(key)
        # The dates are checked against each other: one fixed may make the other good.
        other = {"start_on": "target_on", "target_on": "start_on"}.get(key)
        if other and self.errors.text(other):
            self.errors.clear(other)
            self.pending.edited(other)
        self.saved.emit(goal_id)

    def error_text(self, key: str) -> str:
        return self.errors.text(key)

    # --- acting ---------------------------------------------------------------------------

    def _on_suggestion(self, item: QListWidgetItem) -> None:
        person_id = item.data(PERSON_ROLE)
        if person_id is not None:
            self.show_person.emit(int(person_id))

    def open_entry(self, entry_id: int | None) -> EntryDialog | None:
        """Open an entry about the goal in the entry dialog."""
        if entry_id is None:
            return None
        self.flush()
        self.entry_dialog = open_entry_dialog(
            self.journal, self, entry_id=int(entry_id), privacy=self.privacy_screen
        )
        return self.entry_dialog
