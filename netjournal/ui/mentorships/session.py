"""`SessionDialog`: log a session of a mentorship agreement (agenda, notes, takeaways, the
goals discussed and the action items that came out of it), or edit one.

OK saves everything in one call to the domain, which stores it in one transaction: a
refusal is shown under the field it names and nothing is half-saved. Agenda, notes and
takeaways are private unless marked shareable with the counterpart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.records import ActionItem, Session
from netjournal.journal.vocab import AgreementStatus, Owner
from netjournal.ui.entries.dialog import (
    from_qdate,
    from_qdatetime,
    now_to_the_minute,
    to_qdate,
    to_qdatetime,
)
from netjournal.ui.format import date_pattern, date_time_pattern, first_day_of_week, format_date
from netjournal.ui.labels import label
from netjournal.ui.mentorships.agreement_dialog import (
    AgreementEntryDialog,
    agreement_facts,
    due_line,
    fit_to_screen,
    muted,
    name_share_box,
    share_box,
    status_words,
)
from netjournal.ui.widgets.forms import add_field, error_label, open_window_modal
from netjournal.ui.widgets.goal_picker import GoalPicker
from netjournal.ui.widgets.privacy import PrivacyScreen

# Statuses in which an agreement is over: no more sessions or reviews for it.
OVER = (AgreementStatus.COMPLETED, AgreementStatus.ENDED, AgreementStatus.DECLINED)
# An action item's due date, when none follows from the cadence, is this many days on.
ACTION_DUE_DAYS = 7


@dataclass
class ActionRow:
    """The widgets of one action item in the list, and the id it has in the journal."""

    action_id: int | None
    title: QLineEdit
    owner: QComboBox
    has_due: QCheckBox
    due: QDateEdit
    done: QLabel
    remove: QToolButton

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.title, self.owner, self.has_due, self.due, self.done, self.remove)

    def blank(self) -> bool:
        """A new row the user has not filled in at all (it is left out when saving)."""
        return (
            self.action_id is None
            and not self.title.text().strip()
            and not self.has_due.isChecked()
            and self.owner.currentData() == Owner.ME.value
        )


class ActionItemsEditor(QWidget):
    """Action items as rows: what to do, who owns it (me or them), an optional due date.

    "Add an action item" adds a row; Enter in a title goes to the next row (adding
    one after the last); each row has its own Remove button. Rows keep the id of the
    action item they show, so that saving changes it rather than making a new one.
    """

    def __init__(self, default_due: Callable[[], QDate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionItems")
        self.setAccessibleName(self.tr("Action items"))
        self._default_due = default_due
        self.rows: list[ActionRow] = []
        self.before: QWidget | None = None  # the widget Tab leaves for this list
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.headers = [
            muted(self.tr("What to do"), self),
            muted(self.tr("Owner"), self),
            muted(self.tr("Due"), self),
        ]
        self.empty = muted(self.tr("No action items yet."), self)
        self.empty.setObjectName("actionItemsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(self.tr("&Add an action item"), self)
        self.add_button.setObjectName("addActionItem")
        self.add_button.setAccessibleName(self.tr("Add an action item"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda _=False: self.add_empty_row())
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addLayout(add_row)
        self._lay_out()

    # --- reading and writing ------------------------------------------------------------

    def set_actions(self, actions: Sequence[ActionItem]) -> None:
        for row in self.rows:
            for widget in row.widgets():
                widget.deleteLater()
        self.rows = []
        for action in actions:
            self._make_row(action)
        self._lay_out()

    def values(self) -> tuple[list[dict[str, Any]], list[int]]:
        """The action items as the domain takes them, and for each the row it came from
        (blank new rows are left out, so the domain's "Action item N" may be another row)."""
        found: list[dict[str, Any]] = []
        origin: list[int] = []
        for index, row in enumerate(self.rows):
            if row.blank():
                continue
            value: dict[str, Any] = {
                "title": row.title.text(),
                "owner": row.owner.currentData(),
                "due_on": from_qdate(row.due.date()) if row.has_due.isChecked() else None,
            }
            if row.action_id is not None:
                value["id"] = row.action_id
            found.append(value)
            origin.append(index)
        return found, origin

    def add_empty_row(self, after: int | None = None) -> ActionRow:
        """A new row (at the end, or after row `after`), with the focus in its title."""
        row = self._make_row(None, position=None if after is None else after + 1)
        self._lay_out()
        row.title.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: ActionRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._lay_out()
        # The focus goes where the removed row was, or to the button that adds one.
        target = self.rows[min(index, len(self.rows) - 1)].title if self.rows else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_row(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.rows[index].title.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_widget(self) -> QWidget:
        return self.rows[0].title if self.rows else self.add_button

    # --- building -----------------------------------------------------------------------

    def _make_row(self, action: ActionItem | None, position: int | None = None) -> ActionRow:
        title = QLineEdit(self)
        title.setPlaceholderText(self.tr("What to do"))
        title.setMinimumWidth(title.fontMetrics().averageCharWidth() * 22)
        title.installEventFilter(self)
        owner = QComboBox(self)
        for value in Owner:
            owner.addItem(label("owner", value.value), value.value)
        has_due = QCheckBox(self)
        has_due.setToolTip(self.tr("Give it a due date"))
        due = QDateEdit(self)
        due.setCalendarPopup(True)
        due.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        due.setDisplayFormat(date_pattern())
        due.setDate(self._default_due())
        due.setEnabled(False)
        has_due.toggled.connect(due.setEnabled)
        done = muted("", self)
        remove = QToolButton(self)
        remove.setText(self.tr("Remove"))
        remove.setAutoRaise(False)
        row = ActionRow(None, title, owner, has_due, due, done, remove)
        remove.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        if action is not None:
            row.action_id = action.id
            title.setText(action.title)
            title.setCursorPosition(0)
            owner.setCurrentIndex(max(0, owner.findData(action.owner)))
            if action.due_on is not None:
                has_due.setChecked(True)
                due.setDate(to_qdate(action.due_on))
            if action.done_on is not None:
                done.setText(self.tr("Done {date}").format(date=format_date(action.done_on)))
        if position is None:
            self.rows.append(row)
        else:
            self.rows.insert(position, row)
        return row

    def _lay_out(self) -> None:
        """Put the rows in the grid in order, renumber their names, chain the Tab order."""
        what, owner, due = self.headers
        self.grid.addWidget(what, 0, 0)
        self.grid.addWidget(owner, 0, 1)
        self.grid.addWidget(due, 0, 2, 1, 2)
        for header in self.headers:
            header.setVisible(bool(self.rows))
        for number, row in enumerate(self.rows, start=1):
            self.grid.addWidget(row.title, number, 0)
            self.grid.addWidget(row.owner, number, 1)
            self.grid.addWidget(row.has_due, number, 2)
            self.grid.addWidget(row.due, number, 3)
            self.grid.addWidget(row.done, number, 4)
            self.grid.addWidget(row.remove, number, 5)
            # Shown now, not when the layout gets round to it, so the focus can go there.
            for widget in row.widgets():
                widget.setVisible(widget is not row.done or bool(row.done.text()))
            row.title.setAccessibleName(self.tr("Action item {n}").format(n=number))
            row.owner.setAccessibleName(self.tr("Owner of action item {n}").format(n=number))
            row.has_due.setAccessibleName(
                self.tr("Action item {n} has a due date").format(n=number)
            )
            row.due.setAccessibleName(self.tr("Due date of action item {n}").format(n=number))
            row.remove.setAccessibleName(self.tr("Remove action item {n}").format(n=number))
        self.empty.setVisible(not self.rows)
        order: list[QWidget] = [self.before] if self.before is not None else []
        for row in self.rows:
            order += [row.title, row.owner, row.has_due, row.due, row.remove]
        order.append(self.add_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a title moves to the next row's title (a new row after the last one
        when this one has a title) instead of pressing the dialog's OK."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            index = next((i for i, r in enumerate(self.rows) if r.title is watched), None)
            if index is not None:
                if index + 1 < len(self.rows):
                    self.rows[index + 1].title.setFocus(Qt.FocusReason.TabFocusReason)
                elif self.rows[index].title.text().strip():
                    self.add_empty_row()
                return True
        return super().eventFilter(watched, event)


class SessionDialog(AgreementEntryDialog):
    """A session of an agreement: new when `entry_id` is None, else that session to edit.

    OK is one call, `log_session` or `update_session`; the journal's refusal is shown
    under the field it names (or above the buttons) and the dialog stays open with
    nothing stored.
    """

    def __init__(
        self,
        journal: Journal,
        agreement_id: int | None = None,
        entry_id: int | None = None,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(journal, entry_id, "sessionDialog", parent, privacy)
        session = journal.mentorships.session(entry_id) if entry_id is not None else None
        if session is not None and session.agreement_id is not None:
            agreement_id = session.agreement_id
        self.agreement_id = agreement_id
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("Log a session"))
        self._build(session)
        if session is not None:
            self._load(session)
        else:
            self.when.setDateTime(now_to_the_minute())
        self._show_agreement(self.agreement_id, prefill_goals=session is None)
        self._focus_first(self.agenda, self.title)
        fit_to_screen(self, 1080, 720)

    # --- building -----------------------------------------------------------------------

    def _build(self, session: Session | None) -> None:
        self._build_header("sessionHeader", "sessionDue")
        self._offer_agreements(session, lambda status: status not in OVER)

        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        self.when.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.when.setDisplayFormat(date_time_pattern())
        self.when.setAccessibleName(self.tr("Date and time"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Optional: what the session was about"))
        self.title.setToolTip(
            self.tr("The title heads whatever part of the session you mark shareable.")
        )

        lines = self.fontMetrics().lineSpacing()
        self.agenda = self._notes_edit(
            "agenda", self.tr("Agenda"), self.tr("What you meant to cover (Markdown)"), lines * 3
        )
        self.notes = self._notes_edit(
            "notes", self.tr("Notes"), self.tr("What was said (Markdown)"), lines * 5
        )
        self.takeaways = self._notes_edit(
            "takeaways",
            self.tr("Takeaways"),
            self.tr("What you take from it (Markdown)"),
            lines * 3,
        )
        self.agenda_shareable = share_box(self.tr("Agenda"), self)
        self.notes_shareable = share_box(self.tr("Notes"), self)
        self.takeaways_shareable = share_box(self.tr("Takeaways"), self)
        self.privacy = muted("", self)
        self.privacy.setObjectName("privacyNote")

        self.goals = GoalPicker(self.journal, self)
        self.goals.setAccessibleName(self.tr("Goals discussed"))
        # Room for a few chips: the picker's own two lines cut the second row in half.
        self.goals.list.setFixedHeight(self.goals.list.fontMetrics().lineSpacing() * 4 + 24)
        self.actions = ActionItemsEditor(self._default_due, self)

        left = self._new_left_form()
        for key, caption, edit, box in (
            ("occurred_at", self.tr("&Date and time:"), self.when, None),
            ("title", self.tr("&Title:"), self.title, None),
            ("agenda", self.tr("A&genda:"), self.agenda, self.agenda_shareable),
            ("notes", self.tr("&Notes:"), self.notes, self.notes_shareable),
            ("takeaways", self.tr("Ta&keaways:"), self.takeaways, self.takeaways_shareable),
        ):
            field = self._private(edit) if box else edit  # the texts hide behind the screen
            add_field(left, self.errors, key, caption, field, edit, self, [box] if box else [])
        left.addRow(self.privacy)

        right = QVBoxLayout()
        right.setSpacing(4)
        goals_heading = self._heading(self.tr("G&oals discussed"))
        goals_heading.setBuddy(self.goals.add)
        right.addWidget(goals_heading)
        goals_error = error_label(self, "goal_ids")
        self.errors.register("goal_ids", self.goals.add, goals_error)
        right.addWidget(self.goals)
        right.addWidget(goals_error)
        right.addWidget(self._heading(self.tr("Action items")))
        right.addWidget(self.actions)
        actions_error = error_label(self, "actions")
        actions_error.setAccessibleName(self.tr("Problem"))
        self.errors.register("actions", self.actions, actions_error)
        right.addWidget(actions_error)
        right.addStretch(1)

        self._build_frame(
            self.tr("The session"),
            left,
            right,
            (1, 1),
            self.tr("Save") if session else self.tr("Log session"),
        )
        self._chain_tab_order(
            [
                self.when,
                self.title,
                self.agenda,
                self.agenda_shareable,
                self.notes,
                self.notes_shareable,
                self.takeaways,
                self.takeaways_shareable,
                self.goals.add,
                self.goals.list,
                self.goals.remove_button,
            ]
        )
        self.actions.before = self.goals.remove_button
        self.actions.set_actions(())

    def _load(self, session: Session) -> None:
        self.when.setDateTime(to_qdatetime(session.occurred_at))
        self.title.setText(session.title)
        self.agenda.setPlainText(session.agenda)
        self.notes.setPlainText(session.notes)
        self.takeaways.setPlainText(session.takeaways)
        for edit in (self.agenda, self.notes, self.takeaways):
            edit.moveCursor(QTextCursor.MoveOperation.End)  # to go on where it stopped
        self.agenda_shareable.setChecked(session.agenda_shareable)
        self.notes_shareable.setChecked(session.notes_shareable)
        self.takeaways_shareable.setChecked(session.takeaways_shareable)
        self.goals.set_goals(session.goal_ids)
        self.actions.set_actions(session.actions)

    def _show_agreement(self, agreement_id: int | None, prefill_goals: bool = True) -> None:
        """Say with whom and which agreement; name the counterpart on the share boxes.
        A new session takes the agreement's goals (as when another agreement is chosen)."""
        agreement = self._load_agreement(agreement_id)
        if agreement is None:
            self.header.setText(self.tr("Session"))
            self._show_due("")
            name = self.tr("them")
            if self.entry_id is None:
                self.block(self.tr("There is no agreement to log a session for: make one first."))
        else:
            name = agreement.person_name
            self.header.setText(
                self.tr("Session with {name} · {facts}").format(
                    name=name, facts=agreement_facts(agreement)
                )
            )
            due = ""
            if self.entry_id is None and agreement.status not in OVER:
                due = due_line(self.tr("the next session"), agreement.next_session_on)
            self._show_due(due)
            if self.entry_id is None and agreement.status in OVER:
                # Said at once, in the domain's words; the domain refuses it anyway.
                self.block(
                    self.tr(
                        "The agreement with {name} is {status}: no more sessions are logged "
                        "for it. Set it back to active first."
                    ).format(name=name, status=status_words(agreement.status))
                )
            if prefill_goals:
                self.goals.set_goals(agreement.goal_ids)
        for box in (self.agenda_shareable, self.notes_shareable, self.takeaways_shareable):
            name_share_box(box, name)
        self.privacy.setText(
            self.tr(
                "Private notes never leave the journal: only the parts you mark shareable go "
                "into the summary you share with {name}."
            ).format(name=name)
        )

    def _default_due(self) -> QDate:
        """A new action item's due date: by the next session, else a week after this one."""
        held = self.when.date() if hasattr(self, "when") else QDate.currentDate()
        days = ACTION_DUE_DAYS
        if self.agreement is not None and self.agreement.cadence_days:
            days = self.agreement.cadence_days
        return held.addDays(days)

    # --- saving -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says, as `log_session` and `update_session` take it."""
        actions, _rows = self.actions.values()
        return {
            "occurred_at": from_qdatetime(self.when.dateTime()),
            "title": self.title.text(),
            "agenda": self.agenda.toPlainText(),
            "notes": self.notes.toPlainText(),
            "takeaways": self.takeaways.toPlainText(),
            "agenda_shareable": self.agenda_shareable.isChecked(),
            "notes_shareable": self.notes_shareable.isChecked(),
            "takeaways_shareable": self.takeaways_shareable.isChecked(),
            "actions": actions,
            "goal_ids": self.goals.goal_ids(),
        }

    def show_error(self, field: str | None, message: str) -> None:
        """Say why the journal refused, under the field it names (else above the buttons);
        a refused action item gets the focus in its own row."""
        if field != "actions" or not self.errors.has(field):
            super().show_error(field, message)
            return
        self.errors.show(field, message, focus=False)
        # "Action item 2: …" names the second item sent (blank rows are not sent).
        _actions, rows = self.actions.values()
        found = re.search(r"(\d+)", message)
        number = int(found.group(1)) if found else 0
        self.actions.focus_row(rows[number - 1] if 0 < number <= len(rows) else 0)

    def _store(self) -> None:
        values = self.values()
        if self.entry_id is None:
            if self.agreement_id is None:
                raise InvalidInput(
                    self.tr("Pick the agreement this session belongs to."), "agreement"
                )
            occurred_at = values.pop("occurred_at")
            session = self.journal.mentorships.log_session(self.agreement_id, occurred_at, **values)
            self.entry_id = session.entry_id
        else:
            self.journal.mentorships.update_session(self.entry_id, **values)


def open_session_dialog(
    journal: Journal,
    parent: QWidget,
    agreement_id: int | None = None,
    entry_id: int | None = None,
    *,
    privacy: PrivacyScreen | None = None,
) -> SessionDialog:
    """Show the session dialog (window-modal, deleted when closed) and return it; its
    agenda, notes and takeaways hide while the privacy screen is on."""
    return open_window_modal(
        SessionDialog(journal, agreement_id, entry_id, parent, privacy=privacy)
    )
