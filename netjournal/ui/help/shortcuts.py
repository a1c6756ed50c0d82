"""`KeyboardShortcutsDialog`: every key the window answers to, grouped by menu.

The list is read from the window's actions when the dialog opens (menus, sub-menus,
the toolbar, actions of the tabs and their widgets), so a new action with a shortcut
shows up without anyone remembering to add it here. Keys that are not actions (Return
in a list, + and - on the map…) are written out in `view_keys`, as the views handle them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def keyboard_shortcuts_keys() -> list[QKeySequence]:
    """F1 where the platform says HelpContents is F1 (or Ctrl+? on macOS), and F1 where
    it names no key at all (offscreen, some desktops)."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
    if not any(key.matches(QKeySequence(Qt.Key.Key_F1)) for key in keys):
        keys.append(QKeySequence(Qt.Key.Key_F1))
    return keys


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: what it does, its keys as the platform writes them, and the
    menu (or place) it belongs to."""

    group: str
    what: str
    keys: str


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis: "&Find…" → "Find"."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def keys_text(action: QAction) -> str:
    """All of the action's shortcuts, e.g. "Return, Enter"."""
    return ", ".join(key.toString(NATIVE) for key in action.shortcuts() if not key.isEmpty())


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The menu bar's actions with keys, in menu order; a sub-menu's named before its
    own, "Snooze > Until Tomorrow", under its top menu."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, group: str, prefix: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, group, f"{prefix}{plain_text(action.text())} \u203a ")
            elif keys_text(action):
                found.append(Shortcut(group, prefix + plain_text(action.text()), keys_text(action)))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(top.text()), "")
    return found


def _place_of(action: QAction, window: QMainWindow) -> str:
    """Where an action outside the menus works: the tab (or dialog) it belongs to."""
    tabs = getattr(window, "tabs", None)
    for widget in action.associatedObjects():
        page = widget if isinstance(widget, QWidget) else None
        while page is not None and tabs is not None:
            index = tabs.indexOf(page)
            if index >= 0:
                return tabs.tabText(index)
            page = page.parentWidget()
    return QCoreApplication.translate("KeyboardShortcutsDialog", "Window")


def other_action_shortcuts(window: QMainWindow, known: set[QAction]) -> list[Shortcut]:
    """Actions with keys that no menu shows: the search field's Escape, the milestones'
    Alt+Up and Alt+Down…, grouped by the tab they work in."""
    found: list[Shortcut] = []
    seen: set[tuple[str, str, str]] = set()
    for action in window.findChildren(QAction):
        if action in known or action.menu() is not None or not keys_text(action):
            continue
        line = (_place_of(action, window), plain_text(action.text()), keys_text(action))
        if line not in seen and line[1]:
            seen.add(line)
            found.append(Shortcut(*line))
    return found


def view_keys() -> list[Shortcut]:
    """Keys the views handle themselves (not actions), as the code handles them."""

    def key(*keys: Qt.Key | str) -> str:
        return ", ".join(QKeySequence(k).toString(NATIVE) for k in keys)

    lists, dialogs, network = (
        KeyboardShortcutsDialog.tr("Lists"),
        KeyboardShortcutsDialog.tr("Dialogs and fields"),
        KeyboardShortcutsDialog.tr("Network"),
    )
    goals = QCoreApplication.translate("MainWindow", "Goals")  # the tab's own name
    return [
        # Each milestone row has these actions; listed when no goal with milestones shows.
        Shortcut(
            goals,
            KeyboardShortcutsDialog.tr("Move a milestone up or down"),
            key("Alt+Up", "Alt+Down"),
        ),
        Shortcut(
            lists,
            KeyboardShortcutsDialog.tr("Move through the rows"),
            key(Qt.Key.Key_Up, Qt.Key.Key_Down),
        ),
        Shortcut(
            lists,
            KeyboardShortcutsDialog.tr("First or last row"),
            key(Qt.Key.Key_Home, Qt.Key.Key_End),
        ),
        Shortcut(
            lists, KeyboardShortcutsDialog.tr("Open the selected row"), key(Qt.Key.Key_Return)
        ),
        Shortcut(
            lists, KeyboardShortcutsDialog.tr("Delete the selected row"), key(Qt.Key.Key_Delete)
        ),
        Shortcut(
            lists,
            KeyboardShortcutsDialog.tr("Remove the selected tag or person from a field"),
            key(Qt.Key.Key_Delete, Qt.Key.Key_Backspace),
        ),
        Shortcut(
            dialogs, KeyboardShortcutsDialog.tr("Next or previous field"), key("Tab", "Shift+Tab")
        ),
        Shortcut(
            dialogs, KeyboardShortcutsDialog.tr("Next tab"), key("Ctrl+Tab", "Ctrl+Shift+Tab")
        ),
        Shortcut(
            dialogs, KeyboardShortcutsDialog.tr("Save and close a dialog"), key(Qt.Key.Key_Return)
        ),
        Shortcut(
            dialogs,
            KeyboardShortcutsDialog.tr("Save a session, review or revision"),
            key("Ctrl+Return"),
        ),
        Shortcut(
            dialogs,
            KeyboardShortcutsDialog.tr("Close a dialog without saving; clear the search"),
            key(Qt.Key.Key_Escape),
        ),
        Shortcut(
            dialogs,
            KeyboardShortcutsDialog.tr("Add the first suggested person"),
            key(Qt.Key.Key_Return),
        ),
        Shortcut(network, KeyboardShortcutsDialog.tr("Zoom the map in or out"), key("+", "-")),
        Shortcut(
            network,
            KeyboardShortcutsDialog.tr("Move the map"),
            key(Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down),
        ),
        Shortcut(
            network,
            KeyboardShortcutsDialog.tr("Open the selected person or match"),
            key(Qt.Key.Key_Return),
        ),
        Shortcut(
            network,
            KeyboardShortcutsDialog.tr("Step through a chart's bars"),
            key(Qt.Key.Key_Left, Qt.Key.Key_Right),
        ),
        Shortcut(
            network,
            KeyboardShortcutsDialog.tr("First or last bar of a chart"),
            key(Qt.Key.Key_Home, Qt.Key.Key_End),
        ),
    ]


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Everything the dialog lists, menus first."""
    known: set[QAction] = set()

    def collect(menu: QMenu) -> None:
        for action in menu.actions():
            known.add(action)
            sub = action.menu()
            if isinstance(sub, QMenu):
                collect(sub)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            collect(menu)
    views = view_keys()
    described = {(line.group, line.keys) for line in views}
    others = [
        line
        for line in other_action_shortcuts(window, known)
        if (line.group, line.keys) not in described
    ]
    return [*menu_shortcuts(window), *others, *views]


class KeyboardShortcutsDialog(QDialog):
    """Help → Keyboard Shortcuts: a filterable list of every shortcut, by menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboardShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.shortcuts = window_shortcuts(window)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Filter by what it does or by its key"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find a shortcut:"), self)
        label.setBuddy(self.filter)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        groups: dict[str, QStandardItem] = {}
        for shortcut in self.shortcuts:
            group = groups.get(shortcut.group)
            if group is None:
                group = QStandardItem(shortcut.group)
                group.setEditable(False)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                keys_cell = QStandardItem()
                keys_cell.setEditable(False)
                self.model.appendRow([group, keys_cell])
                groups[shortcut.group] = group
            what, keys = QStandardItem(shortcut.what), QStandardItem(shortcut.keys)
            what.setEditable(False)
            keys.setEditable(False)
            group.appendRow([what, keys])

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # what it does and its keys
        self.view = QTreeView(self)
        self.view.setObjectName("shortcutsList")
        self.view.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        self.empty = QLabel(self.tr("No shortcut matches."), self)
        self.empty.setObjectName("shortcutsEmpty")
        self.empty.hide()
        self.filter.textChanged.connect(self.apply_filter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 40, 560)
        self.filter.setFocus()

    def apply_filter(self, text: str) -> None:
        """Keep the lines whose action or keys hold the text (and their menus)."""
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()
        self.empty.setVisible(self.proxy.rowCount() == 0)

    def shown_lines(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) as the list shows them now, for tests and screen readers."""
        lines = []
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(group)):
                lines.append(
                    (
                        str(group.data()),
                        str(self.proxy.index(child, 0, group).data()),
                        str(self.proxy.index(child, 1, group).data()),
                    )
                )
        return lines
