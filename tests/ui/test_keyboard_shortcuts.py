"""Every menu action has a shortcut, no two shortcuts of the window can fire at once,
and Help → Keyboard Shortcuts lists them all (and the keys of the views), filterable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.help.shortcuts import KeyboardShortcutsDialog, plain_text
from netjournal.ui.main_window import MainWindow

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NATIVE = QKeySequence.SequenceFormat.NativeText
GLOBAL = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def window(
    small_journal: tuple[Journal, Facts], settings: QSettings, qtbot: QtBot
) -> Iterator[MainWindow]:
    journal, _ = small_journal
    shown = MainWindow(journal, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def menu_actions(menu: QMenu, path: str = "") -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        name = f"{path} > {plain_text(action.text())}"
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub, name)
        else:
            yield name, action


def all_menu_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found += list(menu_actions(menu, plain_text(top.text())))
    return found


def test_every_menu_action_has_a_shortcut(window: MainWindow) -> None:
    missing = [name for name, action in all_menu_actions(window) if action.shortcut().isEmpty()]
    assert missing == []


def _scope(action: QAction) -> list[QWidget] | None:
    """None: the action's keys work anywhere in the window (it is in the menu bar, or
    its context is the window); else the widgets whose focus they need."""
    if action.shortcutContext() in GLOBAL:
        return None
    return [
        w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu)
    ]


def _overlap(one: list[QWidget] | None, other: list[QWidget] | None) -> bool:
    if one is None or other is None:
        return True
    return any(a is b or a.isAncestorOf(b) or b.isAncestorOf(a) for a in one for b in other)


def test_no_two_actions_of_the_window_answer_the_same_key(window: MainWindow) -> None:
    # Menu actions with the window's context work in every tab, the menu bar being
    # always there; actions of a tab's own widgets only where the focus is.
    actions = {id(a): a for _, a in all_menu_actions(window)}
    for action in window.findChildren(QAction):
        actions.setdefault(id(action), action)
    by_key: dict[str, list[QAction]] = {}
    for action in actions.values():
        for key in action.shortcuts():
            by_key.setdefault(key.toString(), []).append(action)
    clashes = []
    for key, sharing in by_key.items():
        for number, one in enumerate(sharing):
            for other in sharing[number + 1 :]:
                if _overlap(_scope(one), _scope(other)):
                    clashes.append(f"{key}: {one.text()!r} and {other.text()!r}")
    assert clashes == []


def test_the_check_finds_a_clash_it_is_meant_to_find(window: MainWindow) -> None:
    extra = QAction("Twice", window)
    extra.setShortcut(window.find_action.shortcut())
    window.addAction(extra)
    with pytest.raises(AssertionError, match="Twice"):
        test_no_two_actions_of_the_window_answer_the_same_key(window)


def test_help_opens_the_shortcuts_with_f1_and_from_the_help_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    help_menu = window.help_menu
    assert help_menu.actions()[0] is window.shortcuts_action  # first in Help
    assert QKeySequence(Qt.Key.Key_F1) in window.shortcuts_action.shortcuts()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.contacts.view, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(KeyboardShortcutsDialog))
    )


def test_the_list_has_every_menu_shortcut_under_its_menu_and_the_views_keys(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = window.show_keyboard_shortcuts()
    qtbot.addWidget(dialog)
    lines = dialog.shown_lines()
    for name, action in all_menu_actions(window):
        menu, *_, what = name.split(" > ")
        keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
        assert any(m == menu and w.endswith(what) and k == keys for m, w, k in lines), name
    assert ("Person", "New Person", QKeySequence("Ctrl+N").toString(NATIVE)) in lines
    assert (
        "Today",
        "Snooze \u203a For a Week",
        QKeySequence("Ctrl+Shift+T").toString(NATIVE),
    ) in lines
    # Keys that are no action: the map's zoom, Return in a list, Escape.
    groups = {m for m, _, _ in lines}
    assert {"Lists", "Network", "Dialogs and fields", "Goals"} <= groups  # Goals: milestones
    assert any(w == "Zoom the map in or out" for _, w, _ in lines)


def test_the_filter_keeps_what_matches_its_words_or_its_keys(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = window.show_keyboard_shortcuts()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "snooze")
    lines = dialog.shown_lines()
    assert lines
    assert all("snooze" in w.lower() for _, w, _ in lines)
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "ctrl+shift+m")
    assert [w for _, w, _ in dialog.shown_lines()] == ["New Agreement"]
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "no such thing at all")
    assert dialog.shown_lines() == []
    assert dialog.empty.isVisible()
