"""The Goals tab driven as a user would: a shared goal from nothing to its celebration,
filters, reciprocity, delete and undo, all checked against the journal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.goals.tab import GoalsTab
from netjournal.ui.models.goals import GoalFilters, GoalsTableModel

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def people(journal: Journal) -> dict[str, int]:
    found = {}
    for name in ("Ana Silva", "Bruno Costa", "Chiara Rossi"):
        found[name.split()[0]] = journal.people.create(name).id
    return found


@pytest.fixture
def tab(journal: Journal, people: dict[str, int], qtbot: QtBot) -> Iterator[GoalsTab]:
    tab = GoalsTab(journal)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    yield tab
    tab.shutdown()


def click(qtbot: QtBot, tab: GoalsTab, widget: QWidget) -> None:
    """Scroll the editor to a widget, as a user would, and click it."""
    QApplication.processEvents()  # new rows are laid out
    tab.scroll.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, LEFT)


def progress_shown(tab: GoalsTab, goal_id: int) -> str:
    model = tab.model
    return model.data(model.index(model.row_of(goal_id), model.column_index("progress")))


def pick_person(qtbot: QtBot, edit: QLineEdit, typed: str) -> None:
    """Type part of a name in a person picker and take the first suggestion with Enter."""
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    activate(qtbot, edit.window())


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make the window active again: offscreen, a hidden popup stays the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick the item of a combo box that starts with `text`, with the arrow keys."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no item of the combo box starts with {text!r}")


def test_a_shared_goal_from_nothing_to_its_celebration(
    tab: GoalsTab,
    journal: Journal,
    people: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The list says it is empty, with the action that fills it.
    assert tab.view.empty_state().accessibleName() == "No goals yet"
    assert tab.empty_button.isVisible()
    assert tab.empty_button.text() == "Add a goal…"

    monkeypatch.setattr(tab, "ask_title", lambda: "Win the scholarship")
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (goal_row,) = journal.goals.rows()
    goal_id = goal_row.id
    assert tab.shown_goal_id() == goal_id
    assert not tab.empty_button.isVisible()
    editor = tab.editor
    assert QApplication.focusWidget() is editor.title_edit
    qtbot.keyClicks(editor.title_edit, "Win the Fulbright scholarship")
    qtbot.waitUntil(lambda: journal.goals.get(goal_id).title == "Win the Fulbright scholarship")

    # Three people share it: picked by typing their names, then given their roles.
    for name in ("Ana", "Bruno", "Chiara"):
        pick_person(qtbot, editor.members.picker.edit, name)
    assert [m.person_id for m in journal.goals.get(goal_id).members] == [
        people["Ana"],
        people["Bruno"],
        people["Chiara"],
    ]
    assert editor.members.picker.edit.text() == ""
    choose(qtbot, editor.members.row(people["Ana"]).role, "Mentor")
    choose(qtbot, editor.members.row(people["Chiara"]).role, "Accountability")
    roles = {m.person_id: m.role for m in journal.goals.get(goal_id).members}
    assert roles == {
        people["Ana"]: "mentor",
        people["Bruno"]: "collaborator",
        people["Chiara"]: "accountability_partner",
    }
    assert (
        tab.model.data(tab.model.index(0, tab.model.column_index("members")))
        == "Ana Silva, Bruno Costa +1"
    )

    # Three milestones, ticked one by one: the list's progress follows.
    for title in ("Ask for two letters", "Write the essay", "Send the application"):
        editor.milestones.new_title.setFocus()
        qtbot.keyClicks(editor.milestones.new_title, title)
        qtbot.keyClick(editor.milestones.new_title, Qt.Key.Key_Return)
    milestones = journal.goals.get(goal_id).milestones
    assert [m.title for m in milestones] == [
        "Ask for two letters",
        "Write the essay",
        "Send the application",
    ]
    assert progress_shown(tab, goal_id) == "0%"
    assert not editor.progress.isEnabled()
    assert "milestones" in editor.progress_note.text()
    for milestone, percent in zip(milestones, ("33%", "67%", "100%"), strict=True):
        click(qtbot, tab, editor.milestones.row(milestone.id).done)
        assert progress_shown(tab, goal_id) == percent
        assert journal.goals.get(goal_id).progress_percent == int(percent[:-1])
    assert all(m.done_on == date.today() for m in journal.goals.get(goal_id).milestones)

    # Alt+Up moves the last milestone above the one before it.
    last = editor.milestones.row(milestones[2].id)
    last.title.setFocus()
    qtbot.keyClick(last.title, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [m.id for m in journal.goals.get(goal_id).milestones] == [
        milestones[0].id,
        milestones[2].id,
        milestones[1].id,
    ]
    assert editor.milestones.ids() == [milestones[0].id, milestones[2].id, milestones[1].id]
    assert QApplication.focusWidget() is last.title

    # Achieve it: the date is recorded and the celebration is offered.
    assert editor.achieve_button.isVisible()
    click(qtbot, tab, editor.achieve_button)
    goal = journal.goals.get(goal_id)
    assert (goal.status, goal.achieved_on, goal.celebrated_on) == ("achieved", date.today(), None)
    dialog = tab.celebrate_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert not editor.achieve_button.isVisible()
    assert editor.celebrate_button.isVisible()
    assert "never sends" in dialog.note.text()

    # Chiara is told later: untick her, copy the message, note who was told.
    chiara = next(check for check, pid, _ in dialog.checks if pid == people["Chiara"])
    qtbot.mouseClick(chiara, LEFT)
    message = dialog.message.toPlainText()
    assert message.startswith("Dear Ana and Bruno, we did it: Win the Fulbright scholarship!")
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == message
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == dialog.DialogCode.Accepted
    entry = journal.entries.get(dialog.entry.id)
    assert set(entry.participant_ids) == {people["Ana"], people["Bruno"]}
    assert entry.goal_ids == (goal_id,)
    assert entry.body == message
    assert journal.goals.get(goal_id).celebrated_on == date.today()
    assert not editor.celebrate_button.isVisible()
    # Telling someone later stays possible from the Goal menu.
    assert tab.celebrate_action.isEnabled()
    # The entry is listed among the goal's entries.
    assert editor.entries.topLevelItem(0).text(2) == "Celebrated: Win the Fulbright scholarship"

    # The timeline holds the achievement and the celebration.
    items = journal.timeline.page().items
    assert any(i.kind == "goal_achieved" and i.goal_id == goal_id for i in items)
    assert any(i.kind == "entry" and i.entry_id == entry.id for i in items)


def test_filters_show_exactly_the_goals_they_name(
    tab: GoalsTab, journal: Journal, people: dict[str, int], qtbot: QtBot
) -> None:
    goals = journal.goals
    made = {
        "exam": goals.create("Pass the exam", "exam", members=[(people["Ana"], "mentor")]).id,
        "internship": goals.create(
            "Land an internship", "internship", horizon="long", status="paused"
        ).id,
        "scholarship": goals.create(
            "Win the scholarship",
            "scholarship",
            horizon="long",
            members=[(people["Ana"], "supporter"), (people["Bruno"], "collaborator")],
        ).id,
        "spanish": goals.create("Learn Spanish", "skill", status="dropped").id,
    }
    bar = tab.filter_bar

    def shown() -> set[str]:
        by_id = {v: k for k, v in made.items()}
        return {by_id[i] for i in tab.model.ids}

    assert shown() == set(made)
    choose(qtbot, bar.status, "Paused")
    assert shown() == {"internship"}
    choose(qtbot, bar.status, "Any")
    choose(qtbot, bar.horizon, "Long")
    assert shown() == {"internship", "scholarship"}
    choose(qtbot, bar.category, "Scholarship")
    assert shown() == {"scholarship"}
    choose(qtbot, bar.category, "Any")
    choose(qtbot, bar.horizon, "Any")
    pick_person(qtbot, bar.member.edit, "Ana")
    assert shown() == {"exam", "scholarship"}
    pick_person(qtbot, bar.member.edit, "")  # Enter on the name picked keeps it
    bar.member.edit.selectAll()
    qtbot.keyClicks(bar.member.edit, "Bruno")
    qtbot.keyClick(bar.member.edit, Qt.Key.Key_Return)
    assert shown() == {"scholarship"}
    choose(qtbot, bar.status, "Dropped")
    assert shown() == set()
    # Filtered empty: the list says so, and offers to clear the filters.
    assert tab.view.empty_state().accessibleName() == "No goal matches these filters"
    assert tab.empty_button.isVisible()
    assert tab.empty_button.text() == "Clear filters"
    qtbot.mouseClick(tab.empty_button, LEFT)
    assert shown() == set(made)
    assert not bar.clear_button.isEnabled()
    # Sorted by target date by default; show_goal clears filters that hide the goal.
    assert tab.model.sort_key == "target"
    choose(qtbot, bar.status, "Paused")
    assert tab.show_goal(made["spanish"])
    assert shown() == set(made)
    assert tab.shown_goal_id() == made["spanish"]
    # The person filtered by is deleted: that filter goes, and the list shows all again.
    pick_person(qtbot, bar.member.edit, "Bruno")
    assert shown() == {"scholarship"}
    journal.people.delete(people["Bruno"])
    assert bar.member.edit.text() == ""
    assert shown() == set(made)


def test_reciprocity_lists_who_could_help_and_whom_i_could_help(
    tab: GoalsTab, journal: Journal, qtbot: QtBot
) -> None:
    create = journal.people.create
    mei = create("Mei Tanaka", skills_offered=["SQL", "Interview preparation"]).id
    omar = create("Omar Haddad", skills_offered=["SQL"], skills_sought=["Python"]).id
    lucas = create("Lucas Silva", skills_sought=["Python", "Drawing"]).id
    journal.people.archive(create("Archie Old", skills_offered=["SQL"]).id)
    create("Rita Moreno", skills_offered=["Painting"])
    journal.people.set_own_skills(offers=["Python"])
    goal_id = journal.goals.create("Get a data internship", "internship").id
    journal.goals.set_member(goal_id, lucas, "collaborator")
    assert tab.show_goal(goal_id)
    editor = tab.editor
    # No skills named yet: the editor says how to get suggestions.
    assert editor.could_help.count() == 0
    assert editor.could_help_hint.isVisible()
    assert "Add the skills this goal needs" in editor.could_help_hint.text()

    editor.skills_edit.setFocus()
    qtbot.keyClicks(editor.skills_edit, "SQL, Interview preparation")
    qtbot.waitUntil(lambda: editor.could_help.count() > 0)
    activate(qtbot, tab)
    assert journal.goals.get(goal_id).skills == ("Interview preparation", "SQL")
    could = [editor.could_help.item(n).text() for n in range(editor.could_help.count())]
    assert could == [
        "Mei Tanaka — offers Interview preparation, SQL",
        "Omar Haddad — offers SQL",
    ]
    mine = [editor.i_could_help.item(n).text() for n in range(editor.i_could_help.count())]
    assert mine == ["Lucas Silva — looks for Python, which you offer"]
    assert not editor.could_help_hint.isVisible()

    # A double-click on a suggestion asks the window to show the person.
    item = editor.could_help.item(0)
    QApplication.processEvents()
    tab.scroll.ensureWidgetVisible(editor.could_help)
    rect = editor.could_help.visualItemRect(item)
    with qtbot.waitSignal(tab.show_person) as shown:
        # A double-click is a press and release, then the second press.
        qtbot.mouseClick(editor.could_help.viewport(), LEFT, pos=rect.center())
        qtbot.mouseDClick(editor.could_help.viewport(), LEFT, pos=rect.center())
    assert shown.args == [mei]
    # Enter on one does the same.
    editor.i_could_help.setFocus()
    editor.i_could_help.setCurrentRow(0)
    with qtbot.waitSignal(tab.show_person) as shown:
        qtbot.keyClick(editor.i_could_help, Qt.Key.Key_Return)
    assert shown.args == [lucas]
    # Omar joins: he looks for Python too, which I offer.
    journal.goals.set_member(goal_id, omar, "supporter")
    mine = [editor.i_could_help.item(n).text() for n in range(editor.i_could_help.count())]
    assert mine == [
        "Lucas Silva — looks for Python, which you offer",
        "Omar Haddad — looks for Python, which you offer",
    ]


def test_delete_asks_naming_what_goes_and_undo_brings_it_all_back(
    tab: GoalsTab,
    journal: Journal,
    people: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    goal_id = journal.goals.create(
        "Win the scholarship",
        "scholarship",
        members=[(people["Ana"], "mentor"), (people["Bruno"], "supporter")],
    ).id
    for title in ("Ask for letters", "Write the essay"):
        journal.goals.add_milestone(goal_id, title)
    other = journal.goals.create("Learn Spanish", "skill").id
    asked: list[str] = []

    def confirm(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(tab, "confirm", confirm)
    assert tab.show_goal(goal_id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert "“Win the scholarship”" in asked[0]
    assert "2 milestones and 2 members" in asked[0]
    assert [g.id for g in journal.goals.rows()] == [other]
    assert tab.model.ids == (other,)
    assert tab.undo_notice.isVisible()
    assert tab.undo_notice.message.text() == "Deleted Win the scholarship —"

    qtbot.mouseClick(tab.undo_notice.button, LEFT)
    goal = journal.goals.get(goal_id)
    assert [m.title for m in goal.milestones] == ["Ask for letters", "Write the essay"]
    assert {(m.person_id, m.role) for m in goal.members} == {
        (people["Ana"], "mentor"),
        (people["Bruno"], "supporter"),
    }
    assert tab.shown_goal_id() == goal_id
    assert tab.editor.title_edit.text() == "Win the scholarship"

    # Saying no deletes nothing.
    monkeypatch.setattr(tab, "confirm", lambda _t, _x: False)
    tab.delete_action.trigger()
    assert journal.goals.get(goal_id).title == "Win the scholarship"


def test_the_goal_menu_names_its_actions_with_their_shortcuts(tab: GoalsTab) -> None:
    menu = tab.build_menu(tab)
    assert menu.title() == "&Goal"
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == [
        "&New Goal…",
        "&Achieve…",
        "&Celebrate…",
        "&Delete…",
        "My &Skills…",
    ]
    assert tab.new_action.shortcut().toString() == "Ctrl+Shift+G"
    assert tab.delete_action.shortcut().toString() == "Del"
    # Nothing is shown yet: only New can be done.
    assert tab.new_action.isEnabled()
    assert not tab.achieve_action.isEnabled()
    assert not tab.delete_action.isEnabled()


def test_the_goals_model_passes_the_model_tester_through_filters_and_changes(
    journal: Journal, people: dict[str, int], qtmodeltester
) -> None:
    model = GoalsTableModel(journal)
    try:
        a = journal.goals.create("Pass the exam", "exam", members=[(people["Ana"], "mentor")]).id
        journal.goals.create("Learn Spanish", "skill", status="paused")
        qtmodeltester.check(model)
        assert model.rowCount() == 2
        model.set_filters(GoalFilters(status="paused"))
        assert [model.record(i).title for i in model.ids] == ["Learn Spanish"]
        model.set_filters(GoalFilters(member_id=people["Ana"]))
        assert model.ids == (a,)
        # A member renamed repaints the rows naming them.
        journal.people.update(people["Ana"], display_name="Ana S.")
        assert model.data(model.index(0, model.column_index("members"))) == "Ana S."
        journal.goals.set_member(a, people["Bruno"], "supporter")
        assert model.data(model.index(0, model.column_index("members"))) == "Ana S., Bruno Costa"
        journal.people.delete(people["Ana"])
        assert model.ids == ()  # the member filtered on is gone
        model.set_filters(GoalFilters())
        assert model.rowCount() == 2
        assert not model.canFetchMore(QModelIndex())
        qtmodeltester.check(model)
    finally:
        model.detach()


def test_a_shared_undo_notice_is_used_and_not_duplicated(
    journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    notice = UndoNotice()
    qtbot.addWidget(notice)
    tab = GoalsTab(journal, undo=notice)
    qtbot.addWidget(tab)
    try:
        assert tab.undo_notice is notice
        assert notice.action not in tab.actions()
        goal_id = journal.goals.create("Learn Spanish").id
        assert tab.show_goal(goal_id)
        monkeypatch.setattr(tab, "confirm", lambda _t, _x: True)
        tab.delete_action.trigger()
        assert journal.goals.rows() == []
        assert notice.can_undo()
        notice.action.trigger()
        assert [g.title for g in journal.goals.rows()] == ["Learn Spanish"]
        assert tab.shown_goal_id() == journal.goals.rows()[0].id
    finally:
        tab.shutdown()
