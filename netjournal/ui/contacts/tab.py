"""`ContactsTab`: the people of the journal, searchable, with one person beside the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.people import DeletedPerson
from netjournal.ui.contacts.editor import PersonEditor
from netjournal.ui.contacts.filters import ContactsFilterBar
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.models.people import PeopleTableModel
from netjournal.ui.widgets.delegates import ChipDelegate
from netjournal.ui.widgets.list_tab import ListTab

# How many of a person's newest entries the detail pane lists.
RECENT_ENTRIES = 8


class ContactsTab(ListTab):
    """People sorted by name, organization, last contact or next check-in."""

    settings_group = "Contacts"
    # The editor's "Log an interaction…" button: the window triggers its log action.
    log_requested = Signal()

    def __init__(
        self,
        journal: Journal,
        page_size: int = 200,
        parent: QWidget | None = None,
        *,
        undo: UndoNotice | None = None,
    ):
        super().__init__(journal, PeopleTableModel(journal, page_size), parent)
        self._shared_undo = undo
        self.model: PeopleTableModel
        self.view.setObjectName("contactsTable")
        self.view.setAccessibleName(self.tr("People"))
        chips = ChipDelegate(self.view)
        for key in ("tags", "next_due"):
            self.view.setItemDelegateForColumn(self.model.column_index(key), chips)
        self.set_column_widths(
            {"name": 18, "organization": 36, "tags": 20, "last_contact": self.tr("11 months ago")}
        )
        # The list has five columns to show; the editor needs room for its form.
        self.set_initial_split(0.56)
        self.filter_bar = ContactsFilterBar(journal, self)
        self.filter_bar.changed.connect(self.apply_filters)
        self.model.tags_changed.connect(self.filter_bar.fill_choices)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.filter_bar)
        layout.setStretchFactor(self.splitter, 1)
        self._build_editor()
        self._build_actions()
        self.refresh_detail()

    def apply_filters(self) -> None:
        self.model.set_filters(self.filter_bar.filters())
        self.view.update_empty_state()

    def empty_message(self) -> tuple[str, str]:
        if self.model.filters.active and not self.model.search_text:
            return (
                self.tr("No one matches these filters"),
                self.tr("Clear a filter or two to see more people."),
            )
        if self.model.search_text:
            return (
                self.tr("No one matches “{text}”").format(text=self.model.search_text),
                self.tr("Search looks in names, organizations, roles, tags, skills and notes."),
            )
        return (
            self.tr("No people yet"),
            self.tr("People you add, or import from a vCard or CSV file, are listed here."),
        )

    def placeholder(self) -> str:
        return self.tr("Select a person to read about them here.")

    def show_detail(self, item_id: int) -> None:
        if not hasattr(self, "editor"):
            return  # still being built: the end of __init__ shows the person
        self.editor.load(item_id)
        self.pane.setCurrentWidget(self.scroll)
        self._update_actions()

    def refresh_detail(self) -> None:
        if not hasattr(self, "editor"):
            return
        if self.current_id() is None:
            self.editor.flush()
            self.editor.clear()
            self.pane.setCurrentWidget(self.detail)
            self._update_actions()
        super().refresh_detail()

    # --- the editor and the actions ----------------------------------------------------

    def _build_editor(self) -> None:
        self.editor = PersonEditor(self.journal)
        self.editor.log_requested.connect(self.log_requested)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("personEditorScroll")
        self.scroll.setAccessibleName(self.tr("Person details"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.editor)
        self.pane = QStackedWidget(self)
        self.pane.setObjectName("contactsPane")
        self.splitter.replaceWidget(1, self.pane)
        self.pane.addWidget(self.detail)
        self.pane.addWidget(self.scroll)
        # The window's notice when there is one; a tab on its own has its own.
        self.undo_notice = self._shared_undo or UndoNotice(self)
        if self._shared_undo is None:
            self.addAction(self.undo_notice.action)

    def _build_actions(self) -> None:
        def make(text: str, shortcut: QKeySequence | str, slot: Callable[[], None]) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False: slot())
            self.addAction(action)
            return action

        self.new_action = make(self.tr("&New Person…"), "Ctrl+N", self.new_person)
        self.new_action.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.archive_action = make(self.tr("&Archive"), "Ctrl+E", self.toggle_archive)
        self.delete_action = make(
            self.tr("&Delete…"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_person
        )
        # Delete in a text field deletes text: the shortcut belongs to the list.
        self.removeAction(self.delete_action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)
        self.undo_action = self.undo_notice.action
        self.actions_ = [self.new_action, self.archive_action, self.delete_action]

    def build_menu(self, parent: QWidget) -> QMenu:
        """The Person menu: new, archive, delete (shortcuts shown)."""
        menu = QMenu(self.tr("&Person"), parent)
        menu.addAction(self.new_action)
        menu.addSeparator()
        menu.addAction(self.archive_action)
        menu.addAction(self.delete_action)
        return menu

    def _update_actions(self) -> None:
        person_id = self.editor.person_id if self.pane.currentWidget() is self.scroll else None
        archived = False
        if person_id is not None:
            row = self.model.record(person_id) if self.model.row_of(person_id) is not None else None
            archived = bool(row.archived) if row is not None else False
        self.archive_action.setEnabled(person_id is not None)
        self.archive_action.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))
        self.delete_action.setEnabled(person_id is not None)

    def shown_person_id(self) -> int | None:
        """The person in the editor, or None when the pane shows no one."""
        return self.editor.person_id if self.pane.currentWidget() is self.scroll else None

    def _bring_to_front(self) -> None:
        widget = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QTabWidget):
                widget.setCurrentWidget(self)
                return
            widget = widget.parentWidget()

    def show_person(self, person_id: int) -> None:
        """Select a person in the list, or show them in the editor if the list hides them."""
        if not self.select_id(person_id):
            self.show_detail(person_id)

    def new_person(self) -> None:
        self._bring_to_front()
        self.editor.flush()
        name, ok = QInputDialog.getText(
            self, self.tr("New person"), self.tr("Name of the new person:")
        )
        if not ok or not name.strip():
            return
        try:
            person = self.journal.people.create(name)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("New person"), str(exc))
            return
        self.show_person(person.id)
        self.editor.line("display_name").setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_archive(self) -> None:
        person_id = self.editor.person_id
        if person_id is None or self.pane.currentWidget() is not self.scroll:
            return
        self.editor.flush()
        person = self.journal.people.get(person_id)
        if person.archived:
            self.journal.people.unarchive(person_id)
            self.show_person(person_id)
            return
        self.journal.people.archive(person_id)
        self.undo_notice.offer(
            self.tr("Archived {name}").format(name=person.display_name),
            lambda: self._undo_archive(person_id),
        )
        self._update_actions()

    def _undo_archive(self, person_id: int) -> None:
        self.journal.people.unarchive(person_id)
        self.show_person(person_id)

    def delete_person(self) -> None:
        person_id = self.editor.person_id
        if person_id is None or self.pane.currentWidget() is not self.scroll:
            return
        self.editor.flush()
        person = self.journal.people.get(person_id)
        impact = self.journal.people.delete_impact(person_id)
        n = impact["agreements"], impact["action_items"], impact["goal_memberships"]
        also = [
            text
            for count, text in (
                (
                    n[0],
                    self.tr("1 agreement") if n[0] == 1 else self.tr("%n agreements", None, n[0]),
                ),
                (
                    n[1],
                    self.tr("1 action item")
                    if n[1] == 1
                    else self.tr("%n action items", None, n[1]),
                ),
                (
                    n[2],
                    self.tr("1 goal membership")
                    if n[2] == 1
                    else self.tr("%n goal memberships", None, n[2]),
                ),
            )
            if count
        ]
        lines = [self.tr("Delete {name}?").format(name=person.display_name)]
        if also:
            lines.append(self.tr("This also deletes {what}.").format(what=", ".join(also)))
        entries = impact["entries_mentioning"]
        if entries:
            lines.append(
                self.tr("They are removed from 1 entry; the entry stays.")
                if entries == 1
                else self.tr("They are removed from %n entries; the entries stay.", None, entries)
            )
        lines.append(self.tr("You can undo this from the status bar for a few seconds."))
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        deleted = self.journal.people.delete(person_id)
        self.undo_notice.offer(
            self.tr("Deleted {name}").format(name=person.display_name),
            lambda: self._undo_delete(deleted),
        )
        self._update_actions()

    def _undo_delete(self, deleted: DeletedPerson) -> None:
        person = self.journal.people.restore(deleted)
        self.show_person(person.id)

    def undo(self) -> None:
        """Undo the last archive or delete, while its notice shows."""
        self.undo_notice.undo()
