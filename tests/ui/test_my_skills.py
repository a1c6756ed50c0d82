"""My skills: what I offer and look for, which the goals' reciprocity matches against."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.goals.my_skills import MySkillsDialog
from netjournal.ui.goals.tab import GoalsTab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


def test_my_skills_are_saved_and_feed_whom_i_could_help(journal: Journal, qtbot: QtBot) -> None:
    lucas = journal.people.create("Lucas", skills_sought=["Python"]).id
    goal = journal.goals.create("Capstone", "academic", members=[(lucas, "collaborator")])
    journal.people.set_own_skills(offers=["Chess"])
    assert journal.goals.reciprocity(goal.id).i_could_help == ()
    tab = GoalsTab(journal)
    qtbot.addWidget(tab)
    dialog = tab.edit_my_skills()
    assert isinstance(dialog, MySkillsDialog)
    assert dialog.offers.text() == "Chess"
    assert dialog.offers.accessibleName() == "I offer"
    dialog.offers.selectAll()
    qtbot.keyClicks(dialog.offers, "Chess, Python")
    qtbot.keyClicks(dialog.seeks, "Spanish")
    qtbot.keyClick(dialog.seeks, Qt.Key.Key_Return)
    assert journal.people.own_skills() == {"offers": ["Chess", "Python"], "seeks": ["Spanish"]}
    (found,) = journal.goals.reciprocity(goal.id).i_could_help
    assert (found.person_id, found.skills) == (lucas, ("Python",))


def test_a_skill_too_long_is_refused_under_its_field(journal: Journal, qtbot: QtBot) -> None:
    dialog = MySkillsDialog(journal)
    qtbot.addWidget(dialog)
    dialog.seeks.setText("x" * 201)
    assert not dialog.save()
    assert "too long" in dialog.errors.text("seeks")
    assert journal.people.own_skills() == {"offers": [], "seeks": []}
