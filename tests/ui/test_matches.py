"""Matches on a journal whose skills are known: exactly the expected matches in each
section, each with its reason; opening who they name; empty sections saying what fills
them; and following the journal."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.network.matches import MatchesView, Section

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@dataclass(frozen=True)
class Skills:
    journal: Journal
    people: dict[str, int]
    goals: dict[str, int]


@pytest.fixture
def skills(journal: Journal) -> Skills:
    """- I offer Python and Statistics.
    - Goals: "Pass the stats exam" (active) needs Statistics and R; "Internship" (active)
      needs SQL, Ana and Fay are members; "Learn Rust" (paused) needs Rust.
    - Ana offers Statistics and R (study group circle); Bo offers SQL, seeks French; Cy
      offers Rust; Dee offers French, seeks SQL and Python; Eve seeks Statistics (study
      group circle), which I offer; Fay offers SQL, seeks R; Zed (archived) offers Statistics and R,
      seeks Python.
    """
    people = journal.people
    ids = {
        "Ana": people.create("Ana", skills_offered=["Statistics", "R"], tags=["study group"]).id,
        "Bo": people.create("Bo", skills_offered=["SQL"], skills_sought=["French"]).id,
        "Cy": people.create("Cy", skills_offered=["Rust"]).id,
        "Dee": people.create("Dee", skills_offered=["French"], skills_sought=["SQL", "Python"]).id,
        "Eve": people.create("Eve", skills_sought=["Statistics"], tags=["study group"]).id,
        "Fay": people.create("Fay", skills_offered=["SQL"], skills_sought=["R"]).id,
        "Zed": people.create(
            "Zed", skills_offered=["Statistics", "R"], skills_sought=["Python"]
        ).id,
    }
    study = next(t for t in people.tags() if t.name == "study group")
    people.update_tag(study.id, is_circle=True)
    people.archive(ids["Zed"])
    people.set_own_skills(offers=["Python", "Statistics"])
    goals = {
        "stats": journal.goals.create("Pass the stats exam", "exam", skills=["Statistics", "R"]).id,
        "internship": journal.goals.create(
            "Internship",
            "internship",
            skills=["SQL"],
            members=[(ids["Ana"], "collaborator"), (ids["Fay"], "supporter")],
        ).id,
        "rust": journal.goals.create("Learn Rust", "skill", status="paused", skills=["Rust"]).id,
    }
    return Skills(journal, ids, goals)


@pytest.fixture
def view(skills: Skills, qtbot: QtBot) -> MatchesView:
    widget = MatchesView(skills.journal)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(view: MatchesView, section: Section) -> list[str]:
    head = view.model.section_index(section)
    return [view.model.index(row, 0, head).data() for row in range(view.model.rowCount(head))]


def test_each_section_lists_exactly_its_matches_with_the_reason(view: MatchesView) -> None:
    model = view.model
    assert names(view, Section.GOAL_HELPERS) == ["Ana", "Fay", "Bo"]
    assert model.reasons(Section.GOAL_HELPERS) == [
        "Ana offers R and Statistics, which your goal “Pass the stats exam” needs.",
        "Fay offers SQL, which your goal “Internship” needs. Already with you on it.",
        "Bo offers SQL, which your goal “Internship” needs.",
    ]
    assert names(view, Section.SEEKERS) == ["Dee", "Eve"]
    assert model.reasons(Section.SEEKERS) == [
        "Dee is looking for Python, which you offer.",
        "Eve is looking for Statistics, which you offer.",
    ]
    assert names(view, Section.PAIRS) == ["Ana and Fay", "Ana and Eve", "Bo and Dee", "Fay and Dee"]
    assert model.reasons(Section.PAIRS) == [
        "Ana offers R, which Fay is looking for. Both share your goal “Internship”.",
        "Ana offers Statistics, which Eve is looking for. Both are in your circle “study group”.",
        "Bo offers SQL, which Dee is looking for; Dee offers French, which Bo is looking for.",
        "Fay offers SQL, which Dee is looking for.",
    ]
    head = model.section_index(Section.PAIRS).data()
    assert head == "Contacts who could help each other (4)"
    # Cy (Rust, which nobody seeks and only a paused goal needs) and archived Zed: nowhere.
    everyone = [n for s in Section for n in names(view, s)]
    assert not [n for n in everyone if "Cy" in n or "Zed" in n]


def test_enter_opens_the_person_and_the_buttons_the_other_one_or_the_goal(
    skills: Skills, view: MatchesView, qtbot: QtBot
) -> None:
    people: list[int] = []
    goals: list[int] = []
    view.show_person.connect(people.append)
    view.show_goal.connect(goals.append)
    tree = view.tree
    tree.setFocus()
    # The first match is current: Ana, for the stats exam.
    assert view.current_target().person_id == skills.people["Ana"]
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert people == [skills.people["Ana"]]
    assert view.open_goal_button.isVisible()
    assert not view.open_other_button.isVisible()
    assert view.open_goal_button.text() == "Open the goal “Pass the stats exam”"
    qtbot.mouseClick(view.open_goal_button, Qt.MouseButton.LeftButton)
    assert goals == [skills.goals["stats"]]
    # To the pairs: Bo and Dee, who could help each other both ways.
    pair = view.model.index(2, 0, view.model.section_index(Section.PAIRS))
    tree.setCurrentIndex(pair)
    assert view.open_person_button.text() == "Open Bo"
    assert view.open_other_button.isVisible()
    assert view.open_other_button.text() == "Open Dee"
    assert not view.open_goal_button.isVisible()
    qtbot.mouseClick(view.open_other_button, Qt.MouseButton.LeftButton)
    assert people[-1] == skills.people["Dee"]
    rect = tree.visualRect(pair)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert people[-1] == skills.people["Dee"]  # a click only selects
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert people[-1] == skills.people["Bo"]
    # Enter on a section's own line folds it; nothing is opened.
    before = list(people)
    tree.setCurrentIndex(view.model.section_index(Section.SEEKERS))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not tree.isExpanded(view.model.section_index(Section.SEEKERS))
    assert people == before
    assert not view.open_person_button.isEnabled()


def test_follows_the_journal_and_keeps_the_current_match(
    skills: Skills, view: MatchesView, qtbot: QtBot, qtmodeltester
) -> None:
    qtmodeltester.check(view.model)
    journal, p = skills.journal, skills.people
    bo = view.model.find((Section.GOAL_HELPERS, p["Bo"], None, skills.goals["internship"]))
    view.tree.setCurrentIndex(bo)
    # Eve now looks for Python too, and Cy for Statistics.
    journal.people.update(p["Eve"], skills_sought=["Statistics", "Python"])
    journal.people.update(p["Cy"], skills_sought=["Statistics"])
    qtbot.waitUntil(lambda: names(view, Section.SEEKERS) == ["Eve", "Cy", "Dee"])
    assert view.current_target().person_id == p["Bo"]
    # Without skills of mine, the section says where to add them.
    journal.people.set_own_skills(offers=[])
    qtbot.waitUntil(lambda: view.model.hint(Section.SEEKERS) != "")
    assert view.model.hint(Section.SEEKERS) == (
        "Add skills you offer in Goal → My Skills… to see who looks for them."
    )
    # The stats exam is reached: it needs nothing any more.
    journal.goals.achieve(skills.goals["stats"])
    qtbot.waitUntil(lambda: names(view, Section.GOAL_HELPERS) == ["Fay", "Bo"])


def test_a_hidden_view_catches_up_when_shown(skills: Skills, qtbot: QtBot) -> None:
    widget = MatchesView(skills.journal)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0  # nothing asked before it is shown
    widget.show()
    assert names(widget, Section.SEEKERS) == ["Dee", "Eve"]
    widget.hide()
    skills.journal.people.archive(skills.people["Dee"])
    skills.journal.people.archive(skills.people["Eve"])
    assert names(widget, Section.SEEKERS) == ["Dee", "Eve"]
    widget.show()
    assert widget.model.targets(Section.SEEKERS) == []
    assert widget.model.hint(Section.SEEKERS) == (
        "Nobody is looking for Python and Statistics yet (Looking for, on their card in Contacts)."
    )
    widget.shutdown()


def test_empty_sections_say_what_fills_them(journal: Journal, qtbot: QtBot) -> None:
    journal.people.create("Ana", skills_offered=["Python"])
    journal.goals.create("Get fit", "personal")
    widget = MatchesView(journal)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    model = widget.model
    assert model.hint(Section.GOAL_HELPERS).startswith(
        "Name the skills an active goal needs (Skills it needs, in its editor in Goals)"
    )
    assert model.hint(Section.SEEKERS).startswith("Add skills you offer in Goal → My Skills…")
    assert "Offers and Looking for, on their cards in Contacts" in model.hint(Section.PAIRS)
    for section in Section:
        assert model.targets(section) == []
        assert model.section_index(section).data().endswith("(none yet)")
    assert widget.current_target() is None
    assert not widget.open_person_button.isEnabled()
    widget.shutdown()


def test_shutdown_stops_following_the_journal(skills: Skills, view: MatchesView) -> None:
    view.shutdown()
    skills.journal.people.archive(skills.people["Dee"])
    assert names(view, Section.SEEKERS) == ["Dee", "Eve"]


def test_every_interactive_widget_has_an_accessible_name(view: MatchesView) -> None:
    buddies = {id(label.buddy()) for label in view.findChildren(QLabel) if label.buddy()}
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(view)
        and not (w.accessibleName() or id(w) in buddies)
    ]
    assert unnamed == []
