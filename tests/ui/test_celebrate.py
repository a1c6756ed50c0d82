"""The celebration dialog: a message from a template, who was told, Copy, and a note of it
in the journal; refusals are said in the dialog and nothing is stored."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.goals.celebrate import CelebrateDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def facts(journal: Journal) -> dict[str, int]:
    people = {
        name.split()[0]: journal.people.create(name).id
        for name in ("Ana Silva", "Bruno Costa", "Lucas Silva")
    }
    goal = journal.goals.create(
        "Pass the driving test",
        members=[(people["Ana"], "mentor"), (people["Bruno"], "supporter")],
    )
    journal.goals.achieve(goal.id)
    return {**people, "goal": goal.id}


@pytest.fixture
def dialog(journal: Journal, facts: dict[str, int], qtbot: QtBot) -> CelebrateDialog:
    dialog = CelebrateDialog(journal, facts["goal"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def check(dialog: CelebrateDialog, person_id: int):
    return next(box for box, pid, _name in dialog.checks if pid == person_id)


def test_the_message_names_whom_it_is_for_until_it_is_edited(
    dialog: CelebrateDialog, facts: dict[str, int], qtbot: QtBot
) -> None:
    assert dialog.message.toPlainText().startswith(
        "Dear Ana and Bruno, we did it: Pass the driving test! Thank you for"
    )
    assert check(dialog, facts["Ana"]).isChecked()
    assert check(dialog, facts["Ana"]).text() == "Ana Silva · Mentor"
    qtbot.mouseClick(check(dialog, facts["Bruno"]), LEFT)
    assert dialog.message.toPlainText().startswith("Dear Ana, we did it")
    # Someone else told, picked by name.
    dialog.others.edit.setFocus()
    qtbot.keyClicks(dialog.others.edit, "Lucas")
    qtbot.keyClick(dialog.others.edit, Qt.Key.Key_Return)
    assert dialog.told_ids() == [facts["Ana"], facts["Lucas"]]
    assert dialog.message.toPlainText().startswith("Dear Ana and Lucas, we did it")
    # Once the message is edited, ticking leaves it alone.
    dialog.message.setFocus()
    dialog.message.moveCursor(dialog.message.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.message, " See you Friday!")
    edited = dialog.message.toPlainText()
    qtbot.mouseClick(check(dialog, facts["Bruno"]), LEFT)
    assert dialog.message.toPlainText() == edited
    # Copy puts exactly the message on the clipboard; nothing is sent.
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == edited
    assert dialog.copied.text()
    assert "never sends anything" in dialog.note.text()


def test_no_one_told_and_an_empty_message_are_refused_in_the_dialog(
    dialog: CelebrateDialog, journal: Journal, facts: dict[str, int], qtbot: QtBot
) -> None:
    for person in ("Ana", "Bruno"):
        qtbot.mouseClick(check(dialog, facts[person]), LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.told_error.isVisible()
    assert dialog.told_error.text() == "Choose who you told, or close without celebrating."
    assert journal.goals.get(facts["goal"]).celebrated_on is None

    qtbot.mouseClick(check(dialog, facts["Ana"]), LEFT)
    dialog.message.selectAll()
    dialog.message.clear()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert not dialog.told_error.isVisible()
    assert dialog.message_error.isVisible()
    assert dialog.message_error.text()
    assert journal.goals.get(facts["goal"]).celebrated_on is None
    assert journal.entries.count() == 0

    dialog.message.setFocus()
    qtbot.keyClicks(dialog.message, "We did it, Ana!")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == dialog.DialogCode.Accepted
    entry = journal.entries.get(dialog.entry.id)
    assert entry.participant_ids == (facts["Ana"],)
    assert entry.body == "We did it, Ana!"
    assert entry.kind == "message"
    assert journal.goals.get(facts["goal"]).celebrated_on == date.today()


def test_a_name_typed_but_not_picked_is_said(
    dialog: CelebrateDialog, journal: Journal, qtbot: QtBot
) -> None:
    dialog.others.edit.setFocus()
    qtbot.keyClicks(dialog.others.edit, "Nobody Known")
    dialog.activateWindow()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert "Pick “Nobody Known”" in dialog.told_error.text()
    assert journal.entries.count() == 0


def test_a_goal_no_one_shares_is_told_to_people_picked(journal: Journal, qtbot: QtBot) -> None:
    mei = journal.people.create("Mei Tanaka").id
    goal_id = journal.goals.create("Run a half marathon").id
    journal.goals.achieve(goal_id)
    dialog = CelebrateDialog(journal, goal_id)
    qtbot.addWidget(dialog)
    assert dialog.checks == []
    assert dialog.message.toPlainText().startswith("Dear everyone, we did it")
    dialog.others.add_person(mei, "Mei Tanaka")
    assert dialog.message.toPlainText().startswith("Dear Mei, we did it")
    assert dialog.save()
    assert journal.entries.get(dialog.entry.id).participant_ids == (mei,)
