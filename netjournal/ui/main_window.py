"""`MainWindow`: the search field, the tabs Today, Contacts, Goals, Mentorships and
Timeline, Network, and a status bar that says which journal is open."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.ui.contacts.tab import ContactsTab
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.entries.dialog import EntryDialog, open_entry_dialog
from netjournal.ui.entries.opening import open_any_entry
from netjournal.ui.goals.tab import GoalsTab
from netjournal.ui.help.about import AboutDialog
from netjournal.ui.help.shortcuts import KeyboardShortcutsDialog, keyboard_shortcuts_keys
from netjournal.ui.icons import app_icon
from netjournal.ui.interchange.export_dialog import ExportFlow, start_export
from netjournal.ui.interchange.import_dialog import ImportFlow, start_import
from netjournal.ui.interchange.worker import stop_jobs
from netjournal.ui.mentorships.tab import MentorshipsTab
from netjournal.ui.models.base import DEFAULT_PAGE_SIZE, WeakListener
from netjournal.ui.network.tab import NetworkTab
from netjournal.ui.settings import DATE_FORMAT, WEEK_START, AppSettings, apply_settings
from netjournal.ui.settings_dialog import SettingsDialog
from netjournal.ui.timeline.tab import TimelineTab
from netjournal.ui.today.notifier import Notifier
from netjournal.ui.today.tab import TodayTab
from netjournal.ui.widgets.list_tab import ListTab
from netjournal.ui.widgets.privacy import PrivacyScreen
from netjournal.ui.widgets.redraw import redraw_dates

# Typing pauses this long before the lists are searched.
SEARCH_DELAY_MS = 150
# Counts in the status bar are refreshed this long after the last change.
COUNTS_DELAY_MS = 300
LOCK_SHORTCUT = "Ctrl+Shift+L"
IMPORT_SHORTCUT = "Ctrl+Shift+I"
EXPORT_SHORTCUT = "Ctrl+Shift+E"
# File's journal actions, each with a key of its own (none taken by a tab); no Ctrl+Alt,
# which is AltGr on Windows keyboards.
JOURNAL_SHORTCUTS = {
    "back_up": "Ctrl+Shift+B",
    "restore": "Ctrl+Shift+O",
    "encrypt": "Ctrl+Shift+N",
    "change_passphrase": "Ctrl+Shift+W",
    "decrypt": "Ctrl+Shift+Y",
    "auto_lock": "Ctrl+Shift+K",
}
SHOW_FOLDER_SHORTCUT = "Ctrl+Shift+F"


class JournalAction(StrEnum):
    """What File asks of the journal as a whole; the window cannot do these itself (the
    journal is closed for most of them), so it asks its controller through
    `MainWindow.journal_action` (see netjournal/ui/security/session.py)."""

    BACK_UP = "back_up"
    RESTORE = "restore"
    ENCRYPT = "encrypt"
    CHANGE_PASSPHRASE = "change_passphrase"
    DECRYPT = "decrypt"
    LOCK = "lock"
    AUTO_LOCK = "auto_lock"


def _readable_path(path: Path) -> str:
    """The path with the home folder written as ~."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)


class MainWindow(QMainWindow):
    """One journal in one window: tabs below a search field, its path and counts beneath.

    `settings` keeps the window's geometry, the splitters and the columns; pass
    a QSettings on a temporary file in tests.

    File's journal actions (back up, restore, encrypt, lock…) are emitted as
    `journal_action` for the controller that owns the journal; `closed` says the window
    was closed (its settings saved, its edits flushed).
    """

    journal_action = Signal(str)
    settings_changed = Signal(list)  # the keys Settings changed
    closed = Signal()

    def __init__(
        self,
        journal: Journal,
        settings: QSettings,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self._closed = False
        self.setObjectName("mainWindow")
        # Qt adds the application's display name: "journal.db — NetJournal".
        self.setWindowTitle(journal.path.name)
        self.setWindowIcon(app_icon())

        # One undo for the whole window: the last delete or archive, whichever tab made it.
        self.undo_notice = UndoNotice(self)
        # View → Privacy Screen: note bodies hidden in every view while it is on.
        self.privacy = PrivacyScreen(self)
        self.today = TodayTab(journal, undo=self.undo_notice, privacy=self.privacy)
        self.contacts = ContactsTab(journal, page_size, undo=self.undo_notice, privacy=self.privacy)
        self.goals = GoalsTab(journal, undo=self.undo_notice, privacy=self.privacy)
        self.mentorships = MentorshipsTab(journal, undo=self.undo_notice, privacy=self.privacy)
        self.timeline = TimelineTab(journal, page_size, privacy=self.privacy)
        self.network = NetworkTab(journal)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Journal sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today, self.tr("Today"))  # first: the window opens on it
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.goals, self.tr("Goals"))
        self.tabs.addTab(self.mentorships, self.tr("Mentorships"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.network, self.tr("Network"))
        self.setCentralWidget(self.tabs)
        self.timeline.show_goal.connect(self.show_goal)
        self.timeline.show_agreement.connect(self.show_agreement)
        self.timeline.show_person.connect(self.show_person)
        self.goals.show_person.connect(self.show_person)
        self.mentorships.show_person.connect(self.show_person)
        self.today.show_person.connect(self.show_person)
        self.today.show_goal.connect(self.show_goal)
        self.today.show_agreement.connect(self.show_agreement)
        self.today.open_entry.connect(self.open_entry)
        self.network.show_person.connect(self.show_person)
        self.network.show_goal.connect(self.show_goal)
        self.network.show_agreement.connect(self.show_agreement)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._on_search_typed)
        self.search.returnPressed.connect(self.apply_search)

        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.update_counts)
        self._listener = WeakListener(self._on_change)
        journal.subscribe(self._listener)

        self.restore_settings()
        # The tray icon and the day's notifications, while this window is open.
        self.notifier = Notifier(journal, settings, self, privacy=self.privacy)
        self.notifier.show_requested.connect(self.show_today)
        self.notifier.quit_requested.connect(self.close)
        self.notifier.start()

    # --- building -----------------------------------------------------------------------

    def list_tabs(self) -> list[ListTab]:
        return [self.contacts, self.goals, self.mentorships, self.timeline]

    def _build_actions(self) -> None:
        self.tab_actions: list[QAction] = []
        for number, tab in enumerate([self.today, *self.list_tabs(), self.network], start=1):
            action = QAction(self.tabs.tabText(number - 1), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, t=tab: self.tabs.setCurrentWidget(t))
            self.addAction(action)
            self.tab_actions.append(action)
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q where the platform has no key of its own for Quit (Windows, offscreen).
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.log_action = QAction(self.tr("&Log an interaction…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setToolTip(self.tr("Log a meeting, a coffee, a call or a note (Ctrl+L)"))
        self.log_action.triggered.connect(self.log_interaction)
        self.addAction(self.log_action)
        self.addAction(self.undo_notice.action)
        self.addAction(self.privacy.action)
        self.contacts.log_requested.connect(self.log_action.trigger)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setStatusTip(
            self.tr("Reminders, backups, auto-lock, notifications, dates and the theme")
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.addAction(self.settings_action)
        self.network.log_requested.connect(self.log_action.trigger)
        self.network.new_goal_requested.connect(self.goals.new_action.trigger)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence(IMPORT_SHORTCUT))
        self.import_action.setStatusTip(
            self.tr("Add contacts (vCard, LinkedIn, Google), calendar events or a backup")
        )
        self.import_action.triggered.connect(self.import_files)
        self.addAction(self.import_action)
        self.export_action = QAction(self.tr("E&xport…"), self)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
        self.export_action.setStatusTip(
            self.tr("Write the journal as a backup, contacts, a calendar, spreadsheets or notes")
        )
        self.export_action.triggered.connect(self.export_journal)
        self.addAction(self.export_action)
        self._build_journal_actions()

    def _build_journal_actions(self) -> None:
        """File's actions on the journal file; those that need a passphrase (or none)
        are enabled by whether the journal is encrypted."""
        encrypted = self.journal.encrypted

        def make(text: str, what: JournalAction, tip: str, enabled: bool = True) -> QAction:
            action = QAction(text, self)
            action.setObjectName(f"{what.value}Action")
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setEnabled(enabled)
            if what.value in JOURNAL_SHORTCUTS:
                action.setShortcut(QKeySequence(JOURNAL_SHORTCUTS[what.value]))
                self.addAction(action)
            action.triggered.connect(lambda _=False, w=what: self.journal_action.emit(w.value))
            return action

        self.backup_action = make(
            self.tr("&Back Up Now"),
            JournalAction.BACK_UP,
            self.tr("Write a copy of the journal into its backups folder"),
        )
        self.restore_action = make(
            self.tr("&Restore a Backup…"),
            JournalAction.RESTORE,
            self.tr("Put a backup in the journal's place; the journal as it is now is kept aside"),
        )
        self.encrypt_action = make(
            self.tr("&Encrypt Journal…"),
            JournalAction.ENCRYPT,
            self.tr("Protect the journal and its backups with a passphrase"),
            not encrypted,
        )
        self.passphrase_action = make(
            self.tr("Change &Passphrase…"),
            JournalAction.CHANGE_PASSPHRASE,
            self.tr("Give the journal and its backups a new passphrase"),
            encrypted,
        )
        self.decrypt_action = make(
            self.tr("Remove Encr&yption…"),
            JournalAction.DECRYPT,
            self.tr("Make the journal a plain file again"),
            encrypted,
        )
        self.lock_action = make(
            self.tr("&Lock Now"),
            JournalAction.LOCK,
            self.tr("Close the journal and ask for its passphrase again ({shortcut})").format(
                shortcut=QKeySequence(LOCK_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            ),
            encrypted,
        )
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.lock_action)
        self.auto_lock_action = make(
            self.tr("Lock &After…"),
            JournalAction.AUTO_LOCK,
            self.tr("Choose how long without input before the journal locks"),
        )

    def _build_toolbar(self) -> None:
        shortcut = self.find_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(
            self.tr("Search people and entries ({shortcut})").format(shortcut=shortcut)
        )
        self.search.setAccessibleName(self.tr("Search people and entries"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.search.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        clear = QAction(self.tr("Clear search"), self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        self.toolbar = QToolBar(self.tr("Search"), self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.addWidget(self.search)
        self.toolbar.addAction(self.log_action)
        # New: a person, an entry, a goal, an agreement.
        self.new_menu = QMenu(self.tr("New"), self)
        self.new_menu.addAction(self.contacts.new_action)
        self.new_menu.addAction(self.log_action)
        self.new_menu.addAction(self.goals.new_action)
        self.new_menu.addAction(self.mentorships.new_action)
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newButton")
        self.new_button.setText(self.tr("New"))
        self.new_button.setAccessibleName(self.tr("New person, entry, goal or agreement"))
        self.new_button.setToolTip(self.tr("Add a person, an entry, a goal or an agreement"))
        self.new_button.setMenu(self.new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.new_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.encrypt_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.decrypt_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.auto_lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_notice.action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.privacy.action)
        view_menu.addSeparator()
        for action in self.network.map.map_actions():  # their keys work on the map
            view_menu.addAction(action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for action in self.tab_actions:
            go_menu.addAction(action)
        go_menu.addSeparator()
        go_menu.addAction(self.find_action)
        bar.addMenu(self.today.build_menu(bar))
        bar.addMenu(self.contacts.build_menu(bar))
        entry_menu = bar.addMenu(self.tr("&Entry"))
        entry_menu.addAction(self.log_action)
        entry_menu.addAction(self.timeline.edit_action)
        entry_menu.addAction(self.timeline.delete_action)
        bar.addMenu(self.goals.build_menu(bar))
        bar.addMenu(self.mentorships.build_menu(bar))
        self._build_help_menu()

    def _build_help_menu(self) -> None:
        """Help: the keyboard shortcuts, the journal's folder, and what this app is."""
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setObjectName("keyboardShortcutsAction")
        self.shortcuts_action.setShortcuts(keyboard_shortcuts_keys())
        self.shortcuts_action.setStatusTip(self.tr("Every key NetJournal answers to"))
        self.shortcuts_action.triggered.connect(self.show_keyboard_shortcuts)
        self.addAction(self.shortcuts_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        self.show_folder_action = QAction(self.tr("Show My Journal &Folder"), self)
        self.show_folder_action.setObjectName("showFolderAction")
        self.show_folder_action.setStatusTip(
            self.tr("Open the folder that holds the journal and its backups")
        )
        self.show_folder_action.setShortcut(QKeySequence(SHOW_FOLDER_SHORTCUT))
        self.show_folder_action.triggered.connect(self.show_journal_folder)
        self.addAction(self.show_folder_action)
        help_menu.addAction(self.show_folder_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&About NetJournal"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # the app menu on macOS
        self.about_action.setShortcut(QKeySequence("Ctrl+F1"))  # every menu action has a key
        self.addAction(self.about_action)
        self.about_action.setStatusTip(
            self.tr("The version, the journal's file and the licences of what NetJournal uses")
        )
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.path_label = QLabel(self)
        self.path_label.setObjectName("journalPath")
        self.path_label.setText(_readable_path(self.journal.path))
        self.path_label.setToolTip(
            self.tr("The open journal: {path}").format(path=self.journal.path)
        )
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.path_label, 1)
        if self.journal.encrypted:
            # The lock sign: says the journal is encrypted, and locks it when clicked.
            self.encrypted_sign = QToolButton(self)
            self.encrypted_sign.setObjectName("encryptedSign")
            self.encrypted_sign.setText(self.tr("Encrypted"))
            self.encrypted_sign.setIcon(
                QIcon.fromTheme(
                    "changes-prevent",
                    self.style().standardIcon(QStyle.StandardPixmap.SP_VistaShield),
                )
            )
            self.encrypted_sign.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.encrypted_sign.setAutoRaise(True)
            self.encrypted_sign.setAccessibleName(self.tr("Encrypted journal: lock now"))
            self.encrypted_sign.setToolTip(
                self.tr(
                    "This journal is encrypted with a passphrase. Click to lock it now ({key})."
                ).format(
                    key=self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
            self.encrypted_sign.clicked.connect(self.lock_action.trigger)
            status.addPermanentWidget(self.encrypted_sign)
        status.addPermanentWidget(self.undo_notice)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("journalCounts")
        status.addPermanentWidget(self.counts_label)
        # Counting a million entries takes a moment: after the window is up.
        QTimer.singleShot(0, self, self.update_counts)

    # --- search -------------------------------------------------------------------------

    def log_interaction(self) -> EntryDialog:
        """Open the entry dialog, with the selected person when Contacts is showing."""
        people = []
        if self.tabs.currentWidget() is self.contacts:
            person_id = self.contacts.shown_person_id()
            people = [person_id] if person_id is not None else []
        return open_entry_dialog(self.journal, self, person_ids=people, privacy=self.privacy)

    def import_files(self) -> ImportFlow:
        """File → Import…: what the editors hold is saved first, so the import sees it."""
        self.flush_edits()
        return start_import(self.journal, self)

    def export_journal(self) -> ExportFlow:
        """File → Export…, offering "only the selected person" for a vCard."""
        self.flush_edits()
        person_id = self.contacts.shown_person_id()
        return start_export(self.journal, self, [person_id] if person_id is not None else [])

    def show_goal(self, goal_id: int) -> bool:
        """Switch to Goals and select this goal (clearing filters that hide it)."""
        self.tabs.setCurrentWidget(self.goals)
        found = self.goals.show_goal(goal_id)
        if found:
            self.goals.view.setFocus()
        return found

    def show_today(self) -> None:
        """Bring the window up on Today (the tray icon or a notification was clicked)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentWidget(self.today)

    def show_keyboard_shortcuts(self) -> KeyboardShortcutsDialog:
        """Help → Keyboard Shortcuts: the window's keys as they are now, with a filter."""
        dialog = KeyboardShortcutsDialog(self)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        """Help → About NetJournal: the version, this journal's file, the licences."""
        dialog = AboutDialog(self.journal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_journal_folder(self) -> QUrl:
        """Open the journal's folder in the file manager: a local path, nothing else."""
        url = QUrl.fromLocalFile(str(self.journal.path.parent))
        if not QDesktopServices.openUrl(url):
            self.statusBar().showMessage(
                self.tr("Could not open {folder}; it holds the journal.").format(
                    folder=_readable_path(self.journal.path.parent)
                ),
                10_000,
            )
        return url

    def open_settings(self) -> SettingsDialog:
        """Edit → Settings…: what changes is applied at once (the theme, dates, auto-lock,
        notifications) and told to whoever owns the journal through `settings_changed`."""
        dialog = SettingsDialog(self.settings, self, encrypted=self.journal.encrypted)
        dialog.changed.connect(self._apply_settings)
        dialog.open()
        return dialog

    def _apply_settings(self, keys: list[str]) -> None:
        apply_settings(AppSettings(self.settings), keys)
        self.notifier.check()
        self.today.refresh()
        if DATE_FORMAT in keys or WEEK_START in keys:
            # What is on screen already: lists, fields, and the open details.
            redraw_dates(self)
            self.flush_edits()  # what was typed is saved before the details load again
            for tab in (self.contacts, self.goals, self.mentorships):
                tab.refresh_detail()
        self.settings_changed.emit(keys)

    def open_entry(self, entry_id: int) -> None:
        """Open an entry in the dialog that edits it (a session or review in its own)."""
        open_any_entry(self.journal, self, entry_id, privacy=self.privacy)

    def show_agreement(self, agreement_id: int) -> bool:
        """Switch to Mentorships and select this agreement."""
        return self._show_in(self.mentorships, agreement_id)

    def show_person(self, person_id: int) -> bool:
        """Switch to Contacts and select this person."""
        return self._show_in(self.contacts, person_id)

    def _show_in(self, tab: ListTab, item_id: int) -> bool:
        self.tabs.setCurrentWidget(tab)
        model = tab.model
        for _ in range(50):  # at most 50 pages: a long list is not read through
            if model.row_of(item_id) is not None or not model.canFetchMore(QModelIndex()):
                break
            model.fetchMore(QModelIndex())
        found = tab.select_id(item_id)
        if found:
            tab.view.setFocus()
        return found

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_typed(self, text: str) -> None:
        if text.strip() and self.tabs.currentWidget() not in (self.contacts, self.timeline):
            self.tabs.setCurrentWidget(self.contacts)
        self._search_timer.start()

    def apply_search(self) -> None:
        """Filter the contacts and the timeline by the search text now."""
        self._search_timer.stop()
        text = self.search.text()
        self.contacts.set_search(text)
        self.timeline.set_search(text)

    # --- status -------------------------------------------------------------------------

    def _on_change(self, _change: Change) -> None:
        self._counts_timer.start()

    def update_counts(self) -> None:
        stats = self.journal.stats()
        people = stats.get("people", 0) - stats.get("archived_people", 0)
        entries = stats.get("entries", 0)
        people_text = self.tr("1 person") if people == 1 else self.tr("%n people", None, people)
        entries_text = self.tr("1 entry") if entries == 1 else self.tr("%n entries", None, entries)
        self.counts_label.setText(f"{people_text} · {entries_text}")

    # --- settings -----------------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = self.settings
        geometry = settings.value("MainWindow/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1200, 760)
        for tab in self.list_tabs():
            tab.restore_state(settings)
        # Every start is on Today, what needs me now (a journal reopened after a lock goes
        # back to its tab through the session, which sets it after this).
        self.tabs.setCurrentWidget(self.today)

    def save_settings(self) -> None:
        settings = self.settings
        settings.setValue("MainWindow/geometry", self.saveGeometry())
        settings.setValue("MainWindow/tab", self.tabs.currentIndex())
        for tab in self.list_tabs():
            tab.save_state(settings)
        settings.sync()

    def flush_edits(self) -> None:
        """Save what the editors hold and have not saved yet (typed less than a pause ago):
        the window is closing, or the journal is about to be closed under it."""
        self.contacts.editor.flush()
        self.goals.editor.flush()
        self.mentorships.editor.pending.flush()
        self.mentorships.outreach.editor.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        first = not self._closed
        if first:
            self.flush_edits()
            self.save_settings()
            self.shutdown()
        super().closeEvent(event)
        if first:
            self.closed.emit()

    def shutdown(self) -> None:
        """Stop following the journal; the window is done with it."""
        if self._closed:
            return
        self._closed = True
        stop_jobs(self)  # an import or export still running is cancelled, its thread ended
        self._search_timer.stop()
        self._counts_timer.stop()
        self.journal.unsubscribe(self._listener)
        self.notifier.shutdown()
        self.today.shutdown()
        self.network.shutdown()
        for tab in self.list_tabs():
            tab.shutdown()
