"""`MembersEditor`: the people who share a goal, each with a role changed in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.records import Member
from netjournal.journal.vocab import MemberRole
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.goals.rows import GoalRowsEditor
from netjournal.ui.labels import label
from netjournal.ui.widgets.forms import error_label

# The key of the picker's row in the errors.
ADD = "add"


def role_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for role in MemberRole:
        combo.addItem(label("member_role", role.value), role.value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return combo


class _NameLabel(QLabel):
    """A name that says when it is double-clicked."""

    double_clicked = Signal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        event.accept()


class MemberRow(QWidget):
    """One member: their name (double-click shows them in Contacts), role and Remove."""

    def __init__(self, member: Member, parent: QWidget) -> None:
        super().__init__(parent)
        self.person_id = member.person_id
        self.name = _NameLabel(self)
        self.role = role_combo(self)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove from this goal"))
        self.error = error_label(self, f"member_{member.person_id}")
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        line.addWidget(self.name, 1)
        line.addWidget(self.role)
        line.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(line)
        column.addWidget(self.error)
        self.put(member)

    def put(self, member: Member) -> None:
        self.name.setText(member.display_name)
        self.name.setToolTip(
            self.tr("Double-click to show {name} in Contacts").format(name=member.display_name)
        )
        blocked = self.role.blockSignals(True)
        self.role.setCurrentIndex(max(0, self.role.findData(member.role)))
        self.role.blockSignals(blocked)
        self.role.setAccessibleName(self.tr("Role of {name}").format(name=member.display_name))
        self.remove.setAccessibleName(
            self.tr("Remove {name} from this goal").format(name=member.display_name)
        )


class MembersEditor(GoalRowsEditor):
    """Members in rows; a person picker and a role below to add someone. The journal
    refuses some people (myself: I share every goal already) and says why under the picker.
    """

    # A member's name was double-clicked: show that person.
    show_person = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.setObjectName("membersEditor")
        self.rows: list[MemberRow] = []
        self.empty.setText(self.tr("Just you so far. Add the people you share this goal with."))

        self.picker = PersonPicker(journal, single=True, parent=self)
        self.picker.setObjectName("memberPicker")
        self.picker.edit.setAccessibleName(self.tr("Add a person to this goal"))
        self.picker.edit.setPlaceholderText(self.tr("Type a name to add someone"))
        self.picker.changed.connect(self._on_picked)
        self.new_role = role_combo(self)
        self.new_role.setAccessibleName(self.tr("Role of the person to add"))
        self.add_error = error_label(self, "add_member")
        self.errors.register(ADD, self.picker.edit, self.add_error)
        adding = QGridLayout()
        adding.setContentsMargins(0, 4, 0, 0)
        adding.setHorizontalSpacing(4)
        adding.addWidget(self.picker, 0, 0)
        as_label = QLabel(self.tr("&as"), self)
        as_label.setBuddy(self.new_role)
        adding.addWidget(as_label, 0, 1)
        adding.addWidget(self.new_role, 0, 2)
        adding.addWidget(self.add_error, 1, 0, 1, 3)
        adding.setColumnStretch(0, 1)

        self._lay_out(adding)

    def row(self, person_id: int) -> MemberRow:
        return next(r for r in self.rows if r.person_id == person_id)

    def set_members(self, goal_id: int | None, members: Sequence[Member]) -> None:
        """Show these members; rows of people still there are kept."""
        if goal_id != self.goal_id:
            self.errors.clear_all()
            for row in self.rows:
                self._drop(row)
            self.rows = []
            self.picker.set_people([])
        self.goal_id = goal_id
        kept = {r.person_id: r for r in self.rows}
        order: list[MemberRow] = []
        for member in members:
            row = kept.pop(member.person_id, None)
            if row is None:
                row = self._make_row(member)
            else:
                row.put(member)
            order.append(row)
        for row in kept.values():
            self._drop(row)
        self._show_rows(order)
        self.rows = order

    def _make_row(self, member: Member) -> MemberRow:
        row = MemberRow(member, self)
        key = str(member.person_id)
        self.errors.register(key, row.role, row.error)
        row.role.currentIndexChanged.connect(lambda _i, p=member.person_id: self.set_role(p))
        row.remove.clicked.connect(lambda _=False, p=member.person_id: self.remove(p))
        row.name.double_clicked.connect(lambda p=member.person_id: self.show_person.emit(p))
        return row

    def _drop(self, row: MemberRow) -> None:
        self.errors.clear(str(row.person_id))
        self._drop_row(row)

    # --- editing ------------------------------------------------------------------------

    def _set(self, key: str, person_id: int, role: str | None) -> bool:
        goal_id = self.goal_id
        if goal_id is None:
            return False
        return self.errors.attempt(
            key, lambda: self.journal.goals.set_member(goal_id, person_id, role)
        )

    def _on_picked(self) -> None:
        picked = self.picker.person_ids()
        if not picked:
            self.errors.clear(ADD)
            return
        if self._set(ADD, picked[0], self.new_role.currentData()):
            self.picker.set_people([])
            self.picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add(self, person_id: int, role: str) -> bool:
        """Share the goal with a person in a role (what picking someone does)."""
        return self._set(ADD, person_id, role)

    def set_role(self, person_id: int) -> None:
        self._set(str(person_id), person_id, self.row(person_id).role.currentData())

    def remove(self, person_id: int) -> None:
        if self._set(str(person_id), person_id, None):
            self.picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)
