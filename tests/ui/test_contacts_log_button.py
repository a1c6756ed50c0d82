"""The person editor's "Log an interaction…" button opens the entry dialog with that person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.main_window import MainWindow

from .conftest import Facts

# The offscreen platform says what it cannot do when windows and popups show.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def window(small_journal: tuple[Journal, Facts], settings: QSettings, qtbot: QtBot) -> MainWindow:
    journal, _ = small_journal
    shown = MainWindow(journal, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_button_opens_the_dialog_with_the_person(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_id(facts.people["Bruno"])
    button = window.contacts.editor.log_button
    assert button.isVisible()
    assert button.accessibleName()
    before = set(journal.entries.page(limit=1000).ids)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialogs = window.findChildren(EntryDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Log an interaction"
    assert dialog.participants.person_ids() == [facts.people["Bruno"]]
    dialog.reject()
    qtbot.waitUntil(lambda: not window.findChildren(EntryDialog))
    assert set(journal.entries.page(limit=1000).ids) == before


def test_the_button_follows_the_person_shown(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    _, facts = small_journal
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_id(facts.people["Ana"])
    assert window.contacts.select_id(facts.people["Dmitri"])
    qtbot.mouseClick(window.contacts.editor.log_button, Qt.MouseButton.LeftButton)
    (dialog,) = window.findChildren(EntryDialog)
    assert dialog.participants.person_ids() == [facts.people["Dmitri"]]
    dialog.reject()
