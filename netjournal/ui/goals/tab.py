"""`GoalsTab`: goals, their milestones and the people who share them, with the goal
editor beside the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QPushButton,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.goals import DeletedGoal
from netjournal.journal.vocab import GoalStatus
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.errors_text import error_text
from netjournal.ui.goals.celebrate import CelebrateDialog, open_celebrate_dialog
from netjournal.ui.goals.editor import GoalEditor
from netjournal.ui.goals.filters import GoalsFilterBar
from netjournal.ui.goals.my_skills import MySkillsDialog, open_my_skills_dialog
from netjournal.ui.models.base import WeakListener
from netjournal.ui.models.goals import GoalsTableModel
from netjournal.ui.widgets.delegates import ChipDelegate, ProgressDelegate
from netjournal.ui.widgets.list_tab import EditorListTab
from netjournal.ui.widgets.privacy import PrivacyScreen


class GoalsTab(EditorListTab):
    """Goals by target date (or title, status, category, progress), filtered by status,
    category, horizon and member; the goal picked is edited beside the list."""

    settings_group = "Goals"
    # A suggestion or member was double-clicked: the window shows them in Contacts.
    show_person = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        undo: UndoNotice | None = None,
        privacy: PrivacyScreen | None = None,
    ):
        super().__init__(journal, GoalsTableModel(journal), parent)
        self._shared_undo = undo
        self.privacy_screen = privacy
        self.model: GoalsTableModel
        self.celebrate_dialog: CelebrateDialog | None = None
        self.view.setObjectName("goalsTable")
        self.view.setAccessibleName(self.tr("Goals"))
        self.view.setItemDelegateForColumn(
            self.model.column_index("status"), ChipDelegate(self.view)
        )
        self.view.setItemDelegateForColumn(
            self.model.column_index("progress"), ProgressDelegate(self.view)
        )
        self.set_column_widths(
            {
                "title": 32,
                "status": self.tr("Achieved") + "  ",
                "category": self.tr("Scholarship"),
                "target": "12/31/2026",
                "progress": 12,
            }
        )
        # Six columns to show, and a form beside them.
        self.set_initial_split(0.56)
        self.filter_bar = GoalsFilterBar(journal, self)
        self.filter_bar.changed.connect(self.apply_filters)
        self._add_bar(self.filter_bar)
        self._build_editor()
        self._build_actions()
        self._build_empty_action()
        self._listener = WeakListener(self._on_change)
        journal.subscribe(self._listener)
        self.refresh_detail()

    def _on_change(self, change: Change) -> None:
        """The person the list is filtered by was deleted: that filter goes too."""
        member = self.model.filters.member_id
        if member is not None and member in change.removed_of("person"):
            self.filter_bar.member.set_people([])

    # --- the list ---------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_filters(self.filter_bar.filters())
        self.view.update_empty_state()
        self._update_empty_action()

    def empty_message(self) -> tuple[str, str]:
        if self.model.filters.active:
            return (
                self.tr("No goal matches these filters"),
                self.tr("Clear a filter or two to see more goals."),
            )
        return (
            self.tr("No goals yet"),
            self.tr(
                "Scholarships, internships, exams: add a goal, and share it with the people "
                "who pursue it too."
            ),
        )

    def _build_empty_action(self) -> None:
        """The one action that fills the empty list, in its middle, under the message."""
        self.empty_button = QPushButton(self.view.viewport())
        self.empty_button.setObjectName("goalsEmptyAction")
        self.empty_button.clicked.connect(lambda _=False: self._on_empty_action())
        self.view.viewport().installEventFilter(self)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty_action)
        self._update_empty_action()

    def _on_empty_action(self) -> None:
        if self.model.filters.active:
            self.filter_bar.clear()
        else:
            self.new_action.trigger()

    def _update_empty_action(self) -> None:
        empty = self.model.rowCount() == 0
        filtered = self.model.filters.active
        text = self.tr("Clear filters") if filtered else self.tr("Add a goal…")
        self.empty_button.setText(text)
        self.empty_button.setAccessibleName(text.rstrip("…"))
        self.empty_button.setVisible(empty)
        if empty:
            self._place_empty_action()

    def _place_empty_action(self) -> None:
        area = self.view.viewport().rect()
        message = self.view.empty_state()
        text_height = message.heightForWidth(max(1, area.width() - 48))
        size = self.empty_button.sizeHint()
        top = area.center().y() + max(text_height, 0) // 2 + 12
        self.empty_button.setGeometry(
            area.center().x() - size.width() // 2, top, size.width(), size.height()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_action()
        return super().eventFilter(watched, event)

    def placeholder(self) -> str:
        return self.tr("Select a goal to edit it here.")

    def shown_goal_id(self) -> int | None:
        """The goal in the editor, or None when the pane shows none."""
        return self.editor.goal_id if self.editor_shown() else None

    def show_goal(self, goal_id: int) -> bool:
        """Select a goal, clearing the filters when they hide it; False when it is not there."""
        if self.select_id(goal_id):
            return True
        if self.model.filters.active:
            self.filter_bar.clear()
        return self.select_id(goal_id)

    # --- the editor and the actions ----------------------------------------------------

    def _build_editor(self) -> None:
        self.editor: GoalEditor = GoalEditor(self.journal, privacy=self.privacy_screen)
        self.editor.show_person.connect(self.show_person)
        self.editor.achieve_requested.connect(self.achieve)
        self.editor.celebrate_requested.connect(self.celebrate)
        self.editor.loaded.connect(lambda _id: self._update_actions())
        self._place_editor(
            self.editor, "goalEditorScroll", self.tr("Goal details"), "goalsPane", sideways=False
        )
        self.undo_notice = self._use_undo(self._shared_undo)
        self.editor.milestones.removed.connect(
            lambda title, put_back: self.undo_notice.offer(
                self.tr("Removed the milestone {title}").format(title=title), put_back
            )
        )

    def _build_actions(self) -> None:
        make = self._make_action
        # Menu actions' keys work in every tab (the menu bar is always there): none is
        # taken twice; Ctrl+Alt only with letters AltGr does not type on common layouts.
        self.new_action = make(self.tr("&New Goal…"), "Ctrl+Shift+G", self.new_goal)
        self.new_action.setToolTip(self.tr("Add a goal (Ctrl+Shift+G)"))
        self.achieve_action = make(self.tr("&Achieve…"), "Ctrl+Alt+G", self.achieve)
        self.achieve_action.setToolTip(self.tr("Mark the goal achieved today, then celebrate"))
        self.celebrate_action = make(self.tr("&Celebrate…"), "Ctrl+Alt+B", self.celebrate)
        self.my_skills_action = make(self.tr("My &Skills…"), "Ctrl+Alt+K", self.edit_my_skills)
        self.my_skills_action.setToolTip(
            self.tr("The skills you offer and look for, which goals match against")
        )
        self.delete_action = self._make_list_action(self.tr("&Delete…"), self.delete_goal)
        self.undo_action = self.undo_notice.action
        self.actions_ = [
            self.new_action,
            self.achieve_action,
            self.celebrate_action,
            self.delete_action,
        ]
        self._update_actions()

    def build_menu(self, parent: QWidget) -> QMenu:
        """The Goal menu: new, achieve, celebrate, delete (shortcuts shown)."""
        menu = QMenu(self.tr("&Goal"), parent)
        menu.addAction(self.new_action)
        menu.addSeparator()
        menu.addAction(self.achieve_action)
        menu.addAction(self.celebrate_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.my_skills_action)
        return menu

    def edit_my_skills(self) -> MySkillsDialog:
        """Open the skills I offer and look for."""
        return open_my_skills_dialog(self.journal, self.window())

    def _update_actions(self) -> None:
        if not hasattr(self, "delete_action"):
            return
        goal_id = self.shown_goal_id()
        goal = self.editor.goal if goal_id is not None else None
        achieved = goal is not None and goal.status == GoalStatus.ACHIEVED
        self.achieve_action.setEnabled(goal is not None and not achieved)
        self.celebrate_action.setEnabled(achieved)
        self.delete_action.setEnabled(goal is not None)

    # --- blocking questions (tests replace these, and `confirm`) ---------------------------

    def ask_title(self) -> str | None:
        """The new goal's title, or None when the user cancels."""
        title, ok = QInputDialog.getText(self, self.tr("New goal"), self.tr("What is the goal?"))
        return title if ok else None

    # --- what the actions do --------------------------------------------------------------

    def new_goal(self) -> int | None:
        """Ask for a title, add the goal, select it and put the cursor in its title."""
        self._bring_to_front()
        self.editor.flush()
        title = self.ask_title()
        if title is None or not title.strip():
            return None
        try:
            goal = self.journal.goals.create(title)
        except InvalidInput as exc:
            self.warn(self.tr("New goal"), error_text(exc))
            return None
        self.show_goal(goal.id)
        self.editor.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.title_edit.selectAll()
        return goal.id

    def achieve(self) -> CelebrateDialog | None:
        """Record today as the day the goal was achieved, then offer to celebrate it."""
        goal_id = self.shown_goal_id()
        if goal_id is None:
            return None
        self.editor.flush()
        try:
            self.journal.goals.achieve(goal_id)
        except InvalidInput as exc:
            self.warn(self.tr("Achieve goal"), error_text(exc))
            return None
        self.editor.refresh()
        return self.celebrate()

    def celebrate(self) -> CelebrateDialog | None:
        """Open the celebration dialog for the achieved goal shown."""
        goal_id = self.shown_goal_id()
        goal = self.editor.goal
        if goal_id is None or goal is None or goal.status != GoalStatus.ACHIEVED:
            return None
        self.editor.flush()
        self.celebrate_dialog = open_celebrate_dialog(self.journal, self, goal_id)
        return self.celebrate_dialog

    def delete_goal(self) -> DeletedGoal | None:
        goal_id = self.shown_goal_id()
        if goal_id is None:
            return None
        self.editor.flush()
        goal = self.journal.goals.get(goal_id)
        milestones, members = len(goal.milestones), len(goal.members)
        lines = [self.tr("Delete “{title}”?").format(title=goal.title)]
        also = [
            text
            for count, text in (
                (
                    milestones,
                    self.tr("1 milestone")
                    if milestones == 1
                    else self.tr("%n milestones", None, milestones),
                ),
                (
                    members,
                    self.tr("1 member") if members == 1 else self.tr("%n members", None, members),
                ),
            )
            if count
        ]
        if also:
            lines.append(
                self.tr("It has {what}; its milestones go with it.").format(
                    what=self.tr("{first} and {second}").format(first=also[0], second=also[1])
                    if len(also) == 2
                    else also[0]
                )
            )
        lines.append(self.tr("The people who share it and the entries about it stay."))
        if not self._ask_delete(self.tr("Delete goal"), lines):
            return None
        deleted = self.journal.goals.delete(goal_id)
        self._offer_undo(
            self.tr("Deleted {title}").format(title=goal.title),
            lambda: self._undo_delete(deleted),
        )
        return deleted

    def _undo_delete(self, deleted: DeletedGoal) -> None:
        goal = self.journal.goals.restore(deleted)
        self.show_goal(goal.id)

    def undo(self) -> None:
        """Undo the last delete, while its notice shows."""
        self.undo_notice.undo()

    def shutdown(self) -> None:
        self.editor.flush()
        self.editor.detach()
        self.journal.unsubscribe(self._listener)
        super().shutdown()
