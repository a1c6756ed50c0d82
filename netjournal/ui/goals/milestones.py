"""`MilestonesEditor`: a goal's milestones as a checklist, edited in place and saved as made.

Each milestone is a row: done or not, its title, an optional due date, Move up and
Move down (Alt+Up, Alt+Down) and Remove. "Add milestone" below adds one; the journal
refuses a milestone with no title and the reason is written under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.records import Milestone
from netjournal.ui.contacts.fields import OptionalDateEdit
from netjournal.ui.format import format_date
from netjournal.ui.goals.rows import GoalRowsEditor
from netjournal.ui.widgets.forms import PendingEdits, error_label

# The key of the "add a milestone" row in the form's errors.
NEW = "new"


def _key(what: str, milestone_id: int) -> str:
    return f"{what}:{milestone_id}"


class MilestoneRow(QWidget):
    """One milestone: done, title, due date, move and remove, and its refusal beneath."""

    def __init__(self, milestone_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.milestone_id = milestone_id
        self.setObjectName(f"milestone_{milestone_id}")
        self.done = QCheckBox(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("milestoneTitle")
        self.due = OptionalDateEdit(self.tr("Due date"), self)
        self.reached = QLabel(self)
        self.reached.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.up = QToolButton(self)
        self.up.setText("↑")
        self.down = QToolButton(self)
        self.down.setText("↓")
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        for button in (self.up, self.down, self.remove):
            button.setAutoRaise(True)
        self.up.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down.setToolTip(self.tr("Move down (Alt+Down)"))
        self.remove.setToolTip(self.tr("Remove this milestone"))
        self.move_up = QAction(self.tr("Move milestone up"), self)
        self.move_up.setShortcut(QKeySequence("Alt+Up"))
        self.move_down = QAction(self.tr("Move milestone down"), self)
        self.move_down.setShortcut(QKeySequence("Alt+Down"))
        for action in (self.move_up, self.move_down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.up.clicked.connect(self.move_up.trigger)
        self.down.clicked.connect(self.move_down.trigger)
        self.error = error_label(self, f"milestone_{milestone_id}")

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        line.addWidget(self.done)
        line.addWidget(self.title, 1)
        line.addWidget(self.up)
        line.addWidget(self.down)
        line.addWidget(self.remove)
        # The due date and when it was reached go beneath, so the title has the width.
        indent = self.done.sizeHint().width() + 4
        due_caption = QLabel(self.tr("Due"), self)
        due_caption.setBuddy(self.due.edit)
        due_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        under = QHBoxLayout()
        under.setContentsMargins(indent, 0, 0, 0)
        under.setSpacing(6)
        under.addWidget(due_caption)
        under.addWidget(self.due)
        under.addWidget(self.reached, 1)
        errors = QHBoxLayout()
        errors.setContentsMargins(indent, 0, 0, 0)
        errors.addWidget(self.error)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 4)
        column.setSpacing(2)
        column.addLayout(line)
        column.addLayout(under)
        column.addLayout(errors)

    def number(self, n: int, count: int) -> None:
        """Name the row's widgets after its place in the list (for screen readers)."""
        self.done.setAccessibleName(self.tr("Milestone {n} done").format(n=n))
        self.title.setAccessibleName(self.tr("Milestone {n}").format(n=n))
        self.due.edit.setAccessibleName(self.tr("Due date of milestone {n}").format(n=n))
        self.due.clear_button.setAccessibleName(
            self.tr("Clear the due date of milestone {n}").format(n=n)
        )
        self.up.setAccessibleName(self.tr("Move milestone {n} up").format(n=n))
        self.down.setAccessibleName(self.tr("Move milestone {n} down").format(n=n))
        self.remove.setAccessibleName(self.tr("Remove milestone {n}").format(n=n))
        self.up.setEnabled(n > 1)
        self.down.setEnabled(n < count)
        self.move_up.setEnabled(n > 1)
        self.move_down.setEnabled(n < count)

    def busy(self) -> bool:
        """Whether focus is in the title or due date (what is typed there is kept)."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.title or self.due.isAncestorOf(focus))

    def put(self, milestone: Milestone, keep_title: bool, keep_due: bool) -> None:
        blocked = self.done.blockSignals(True)
        self.done.setChecked(milestone.done_on is not None)
        self.done.blockSignals(blocked)
        if not keep_title and self.title.text() != milestone.title:
            self.title.setText(milestone.title)
            self.title.setCursorPosition(0)
        if not keep_due:
            self.due.set_value(milestone.due_on)
        self.reached.setText(
            self.tr("Reached {date}").format(date=format_date(milestone.done_on))
            if milestone.done_on
            else ""
        )
        self.title.setToolTip(milestone.title)


class MilestonesEditor(GoalRowsEditor):
    """The milestones of one goal. Every change goes straight to the journal (a title or
    due date after a pause); the goal editor reloads the list when the journal changes."""

    # A milestone was removed: (its title, a callable that puts it back).
    removed = Signal(str, object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.setObjectName("milestonesEditor")
        self.rows: list[MilestoneRow] = []
        self._milestones: dict[int, Milestone] = {}
        self.pending = PendingEdits(self, self._save)
        self.empty.setText(self.tr("No milestones yet: break the goal into steps below."))

        self.new_title = QLineEdit(self)
        self.new_title.setObjectName("newMilestoneTitle")
        self.new_title.setAccessibleName(self.tr("New milestone"))
        self.new_title.setPlaceholderText(self.tr("A step on the way, e.g. “Ask for two letters”"))
        self.new_title.returnPressed.connect(self.add)
        self.new_due = OptionalDateEdit(self.tr("Due date of the new milestone"), self)
        self.add_button = QPushButton(self.tr("Add milestone"), self)
        self.add_button.setObjectName("addMilestoneButton")
        self.add_button.setAccessibleName(self.tr("Add milestone"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda _=False: self.add())
        self.new_error = error_label(self, "new_milestone")
        self.errors.register(NEW, self.new_title, self.new_error)
        due_caption = QLabel(self.tr("Due"), self)
        due_caption.setBuddy(self.new_due.edit)
        due_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        due_row = QHBoxLayout()
        due_row.setSpacing(6)
        due_row.addWidget(due_caption)
        due_row.addWidget(self.new_due, 1)
        adding = QGridLayout()
        adding.setContentsMargins(0, 6, 0, 0)
        adding.setHorizontalSpacing(4)
        adding.setVerticalSpacing(2)
        adding.addWidget(self.new_title, 0, 0)
        adding.addWidget(self.add_button, 0, 1)
        adding.addLayout(due_row, 1, 0, 1, 2)
        adding.addWidget(self.new_error, 2, 0, 1, 2)
        adding.setColumnStretch(0, 1)

        self._lay_out(adding)

    # --- showing ----------------------------------------------------------------------

    def row(self, milestone_id: int) -> MilestoneRow:
        return next(r for r in self.rows if r.milestone_id == milestone_id)

    def ids(self) -> list[int]:
        """The milestones' ids in the order shown."""
        return [r.milestone_id for r in self.rows]

    def set_milestones(self, goal_id: int | None, milestones: Sequence[Milestone]) -> None:
        """Show these milestones; for the same goal, rows are kept (with what is being typed
        in them) and only moved, added or removed."""
        if goal_id != self.goal_id:
            self.pending.flush()
            self.pending.discard()
            self.errors.clear_all()
            for row in self.rows:
                self._drop(row)
            self.rows = []
            self.new_title.clear()
            self.new_due.set_value(None)
        self.goal_id = goal_id
        self._milestones = {m.id: m for m in milestones}
        kept = {r.milestone_id: r for r in self.rows}
        order: list[MilestoneRow] = []
        for milestone in milestones:
            row = kept.pop(milestone.id, None) or self._make_row(milestone.id)
            busy = row.busy()
            title_key, due_key = _key("title", milestone.id), _key("due", milestone.id)
            row.put(
                milestone,
                keep_title=busy or self.pending.has(title_key) or bool(self.errors.text(title_key)),
                keep_due=busy or self.pending.has(due_key),
            )
            order.append(row)
        for row in kept.values():
            self._drop(row)
        self._show_rows(order)
        for index, row in enumerate(order):
            row.number(index + 1, len(order))
        self.rows = order

    def _make_row(self, milestone_id: int) -> MilestoneRow:
        row = MilestoneRow(milestone_id, self)
        self.errors.register(_key("title", milestone_id), row.title, row.error)
        row.done.toggled.connect(lambda on, i=milestone_id: self.set_done(i, on))
        row.title.textEdited.connect(
            lambda _t, i=milestone_id: self.pending.edited(_key("title", i))
        )
        row.due.changed.connect(lambda i=milestone_id: self.pending.edited(_key("due", i)))
        row.move_up.triggered.connect(lambda _=False, i=milestone_id: self.move(i, -1))
        row.move_down.triggered.connect(lambda _=False, i=milestone_id: self.move(i, 1))
        row.remove.clicked.connect(lambda _=False, i=milestone_id: self.remove(i))
        return row

    def _drop(self, row: MilestoneRow) -> None:
        self.errors.clear(_key("title", row.milestone_id))
        self._drop_row(row)

    # --- editing ------------------------------------------------------------------------

    def _save(self, key: str) -> None:
        what, _, number = key.partition(":")
        milestone_id = int(number)
        if milestone_id not in self._milestones:
            return  # removed meanwhile
        row = self.row(milestone_id)
        value = row.title.text() if what == "title" else row.due.value()
        field = "title" if what == "title" else "due_on"
        self.errors.attempt(
            _key("title", milestone_id),
            lambda: self.journal.goals.update_milestone(milestone_id, **{field: value}),
        )

    def set_done(self, milestone_id: int, done: bool) -> None:
        """Tick or untick a milestone: reached today, or not reached."""
        self.errors.attempt(
            _key("title", milestone_id),
            lambda: self.journal.goals.update_milestone(
                milestone_id, done_on=date.today() if done else None
            ),
        )

    def add(self) -> bool:
        """Add the milestone typed below the list; the journal says why when it cannot."""
        if self.goal_id is None:
            return False
        goal_id, title, due = self.goal_id, self.new_title.text(), self.new_due.value()
        added: list[Milestone] = []
        if not self.errors.attempt(
            NEW, lambda: added.append(self.journal.goals.add_milestone(goal_id, title, due))
        ):
            self.new_title.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.new_title.clear()
        self.new_due.set_value(None)
        self.new_title.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def move(self, milestone_id: int, delta: int) -> None:
        """Move a milestone up (-1) or down (+1) the list."""
        ids = self.ids()
        if self.goal_id is None or milestone_id not in ids:
            return
        at = ids.index(milestone_id)
        to = at + delta
        if not 0 <= to < len(ids):
            return
        self.pending.flush()
        ids[at], ids[to] = ids[to], ids[at]
        goal_id = self.goal_id
        self.errors.attempt(
            _key("title", milestone_id),
            lambda: self.journal.goals.reorder_milestones(goal_id, ids),
        )
        focus = QApplication.focusWidget()
        if focus is None or not focus.isEnabled():
            self.row(milestone_id).title.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove(self, milestone_id: int) -> None:
        milestone = self._milestones.get(milestone_id)
        if self.goal_id is None or milestone is None:
            return
        self.pending.flush()
        goal_id, position = self.goal_id, self.ids().index(milestone_id)
        if not self.errors.attempt(
            _key("title", milestone_id),
            lambda: self.journal.goals.delete_milestone(milestone_id),
        ):
            return
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

        def put_back() -> None:
            again = self.journal.goals.add_milestone(goal_id, milestone.title, milestone.due_on)
            if milestone.done_on is not None:
                self.journal.goals.update_milestone(again.id, done_on=milestone.done_on)
            order = [m.id for m in self.journal.goals.get(goal_id).milestones if m.id != again.id]
            order.insert(min(position, len(order)), again.id)
            self.journal.goals.reorder_milestones(goal_id, order)

        self.removed.emit(milestone.title, put_back)
