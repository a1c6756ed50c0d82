"""`ContactsTab`: the people of the journal, searchable, with one person beside the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.people import DeletedPerson
from netjournal.ui.contacts.editor import PersonEditor
from netjournal.ui.contacts.filters import ContactsFilterBar
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.errors_text import error_text
from netjournal.ui.models.people import PeopleTableModel
from netjournal.ui.settings import default_cadence_days
from netjournal.ui.widgets.delegates import ChipDelegate
from netjournal.ui.widgets.list_tab import EditorListTab
from netjournal.ui.widgets.privacy import PrivacyScreen

# How many of a person's newest entries the detail pane lists.
RECENT_ENTRIES = 8


class ContactsTab(EditorListTab):
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
        privacy: PrivacyScreen | None = None,
    ):
        super().__init__(journal, PeopleTableModel(journal, page_size), parent)
        self._shared_undo = undo
        self.privacy_screen = privacy
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
        self._add_bar(self.filter_bar)
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

    # --- the editor and the actions ----------------------------------------------------

    def _build_editor(self) -> None:
        self.editor: PersonEditor = PersonEditor(self.journal, privacy=self.privacy_screen)
        self.editor.log_requested.connect(self.log_requested)
        self._place_editor(
            self.editor, "personEditorScroll", self.tr("Person details"), "contactsPane"
        )
        self.undo_notice = self._use_undo(self._shared_undo)

    def _build_actions(self) -> None:
        make = self._make_action
        self.new_action = make(self.tr("&New Person…"), "Ctrl+N", self.new_person)
        self.new_action.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.archive_action = make(self.tr("&Archive"), "Ctrl+E", self.toggle_archive)
        self.delete_action = self._make_list_action(self.tr("&Delete…"), self.delete_person)
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
        person_id = self.shown_person_id()
        archived = False
        if person_id is not None:
            row = self.model.record(person_id) if self.model.row_of(person_id) is not None else None
            archived = bool(row.archived) if row is not None else False
        self.archive_action.setEnabled(person_id is not None)
        self.archive_action.setText(self.tr("Un&archive") if archived else self.tr("&Archive"))
        self.delete_action.setEnabled(person_id is not None)

    def shown_person_id(self) -> int | None:
        """The person in the editor, or None when the pane shows no one."""
        return self.editor.person_id if self.editor_shown() else None

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
            person = self.journal.people.create(name, cadence_days=default_cadence_days())
        except InvalidInput as exc:
            self.warn(self.tr("New person"), error_text(exc))
            return
        self.show_person(person.id)
        self.editor.line("display_name").setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_archive(self) -> None:
        person_id = self.shown_person_id()
        if person_id is None:
            return
        self.editor.flush()
        person = self.journal.people.get(person_id)
        if person.archived:
            self.journal.people.unarchive(person_id)
            self.show_person(person_id)
            return
        self.journal.people.archive(person_id)
        self._offer_undo(
            self.tr("Archived {name}").format(name=person.display_name),
            lambda: self._undo_archive(person_id),
        )

    def _undo_archive(self, person_id: int) -> None:
        self.journal.people.unarchive(person_id)
        self.show_person(person_id)

    def delete_person(self) -> None:
        person_id = self.shown_person_id()
        if person_id is None:
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
        if not self._ask_delete(self.tr("Delete person"), lines):
            return
        deleted = self.journal.people.delete(person_id)
        self._offer_undo(
            self.tr("Deleted {name}").format(name=person.display_name),
            lambda: self._undo_delete(deleted),
        )

    def _undo_delete(self, deleted: DeletedPerson) -> None:
        person = self.journal.people.restore(deleted)
        self.show_person(person.id)

    def undo(self) -> None:
        """Undo the last archive or delete, while its notice shows."""
        self.undo_notice.undo()
