"""The entry dialog driven as a user would: Ctrl+L from a person, typing, OK; refusals shown
under the field; editing and deleting from the timeline."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.journal.validate import LONG_TEXT_MAX
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.main_window import MainWindow

from .conftest import Facts

# The offscreen platform says what it cannot do when windows and popups show.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def window(small_journal: tuple[Journal, Facts], settings, qtbot: QtBot) -> MainWindow:
    journal, _ = small_journal
    shown = MainWindow(journal, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def open_dialog(window: MainWindow, qtbot: QtBot) -> EntryDialog:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(EntryDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(dialog: EntryDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def entries_of(journal: Journal) -> set[int]:
    return set(journal.entries.page(limit=1000).ids)


def test_ctrl_l_logs_an_interaction_with_the_selected_person(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_id(facts.people["Elif"])
    before = entries_of(journal)
    dialog = open_dialog(window, qtbot)
    assert dialog.windowTitle() == "Log an interaction"
    assert dialog.participants.person_ids() == [facts.people["Elif"]]
    assert dialog.participants.list.item(0).text() == "Elif Yilmaz"

    qtbot.keyClicks(dialog.title, "Talked about the society")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Study session"))
    dialog.helped.setCurrentIndex(dialog.helped.findText("They helped"))
    qtbot.keyClicks(dialog.notes, "She *explained* the budget.")
    qtbot.mouseClick(dialog.follow_up, Qt.MouseButton.LeftButton)
    dialog.follow_up_on.setDate(QDate(2031, 2, 3))
    # Another participant, picked by typing part of the name and Enter.
    qtbot.keyClicks(dialog.participants.edit, "Chia")
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the picker adds a person, it does not save
    assert dialog.participants.person_ids() == [facts.people["Elif"], facts.people["Chiara"]]
    when = dialog.values()["occurred_at"]
    click_ok(dialog, qtbot)

    assert not dialog.isVisible()
    (new_id,) = entries_of(journal) - before
    entry = journal.entries.get(new_id)
    assert entry.title == "Talked about the society"
    assert entry.kind == "study_session"
    assert entry.helped == "they_helped"
    assert entry.body == "She *explained* the budget."
    assert entry.follow_up_on == date(2031, 2, 3)
    assert set(entry.participant_ids) == {facts.people["Elif"], facts.people["Chiara"]}
    assert entry.occurred_at == when
    # The views follow the change reports: the timeline lists it, Elif was just contacted.
    assert window.timeline.model.row_of(new_id) is not None
    assert journal.people.get(facts.people["Elif"]).last_contact_at == entry.occurred_at
    elif_row = window.contacts.model.record(facts.people["Elif"])
    assert elif_row.last_contact_at == entry.occurred_at


def test_ctrl_l_outside_contacts_starts_with_no_one(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentWidget(window.timeline)
    dialog = open_dialog(window, qtbot)
    assert dialog.participants.person_ids() == []
    assert dialog.kind.currentData() == "meeting"
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [
        "meeting",
        "coffee",
        "call",
        "message",
        "study_session",
        "event",
        "note",
    ]


def test_an_empty_entry_is_refused_under_the_field_and_nothing_is_stored(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, _ = small_journal
    window.tabs.setCurrentWidget(window.timeline)
    before = entries_of(journal)
    dialog = open_dialog(window, qtbot)
    click_ok(dialog, qtbot)
    assert dialog.isVisible()
    error = dialog.errors["title"]
    assert error.isVisible()
    assert error.text() == "An entry needs a title, some notes or a participant."
    assert entries_of(journal) == before
    # Fixing it clears the message and saves.
    qtbot.keyClicks(dialog.title, "Reading notes")
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert len(entries_of(journal) - before) == 1


def test_right_to_left_and_emoji_text_round_trip(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, _ = small_journal
    before = entries_of(journal)
    dialog = open_dialog(window, qtbot)
    title = "שיחה עם מרים 🎓☕"
    body = "مرحبا بالعالم\n👩🏽‍💻 e\u0301 — done"
    dialog.title.setText(title)
    dialog.notes.setPlainText(body)
    click_ok(dialog, qtbot)
    (new_id,) = entries_of(journal) - before
    entry = journal.entries.get(new_id)
    assert (entry.title, entry.body) == (title, body)
    edit = EntryDialog(journal, new_id)
    qtbot.addWidget(edit)
    assert (edit.title.text(), edit.notes.toPlainText()) == (title, body)


def test_a_megabyte_paste_into_notes_is_refused_with_the_domains_reason(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, _ = small_journal
    before = entries_of(journal)
    dialog = open_dialog(window, qtbot)
    dialog.title.setText("Big paste")
    qtbot.keyClicks(dialog.notes, "Kept. ")
    QApplication.clipboard().setText("x" * 1_000_000)
    dialog.notes.setFocus()
    dialog.notes.paste()
    # Refused at once, beside the field, in the journal's words; the notes are as they were.
    assert dialog.notes.toPlainText() == "Kept. "
    error = dialog.errors["body"]
    assert error.isVisible()
    assert error.text() == "Notes is too long: 1,000,006 characters, at most 200,000."
    assert entries_of(journal) == before


def test_notes_over_the_limit_are_refused_on_save_and_nothing_is_stored(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, _ = small_journal
    before = entries_of(journal)
    dialog = open_dialog(window, qtbot)
    dialog.title.setText("Long notes")
    dialog.notes.setPlainText(("a line of notes\n" * (LONG_TEXT_MAX // 16 + 1)).strip())
    click_ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.errors["body"].text().startswith("Notes is too long:")
    assert entries_of(journal) == before
    # Just under the limit is stored exactly.
    text = ("b" * 99 + "\n") * (LONG_TEXT_MAX // 100 - 1) + "b" * 100
    assert len(text) == LONG_TEXT_MAX
    dialog.notes.setPlainText(text)
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    (new_id,) = entries_of(journal) - before
    assert journal.entries.get(new_id).body == text


def test_editing_an_entry_from_the_timeline_changes_it(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    window.tabs.setCurrentWidget(window.timeline)
    call = facts.entries["call"]
    assert window.timeline.select_id(call)
    window.timeline.view.setFocus()
    qtbot.keyClick(window.timeline.view, Qt.Key.Key_Return)
    dialog = window.findChild(EntryDialog)
    assert dialog is not None
    assert dialog.entry_id == call
    assert dialog.windowTitle() == "Edit entry"
    assert dialog.title.text() == "Internship call"
    assert dialog.kind.currentData() == "call"
    assert dialog.participants.person_ids() == [facts.people["Bruno"], facts.people["Dmitri"]]
    old = journal.entries.get(call)

    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Internship call, second round")
    dialog.participants.list.item(1).setSelected(True)
    qtbot.mouseClick(dialog.participants.remove_button, Qt.MouseButton.LeftButton)
    dialog.helped.setCurrentIndex(dialog.helped.findData("mutual"))
    click_ok(dialog, qtbot)

    entry = journal.entries.get(call)
    assert entry.title == "Internship call, second round"
    assert entry.participant_ids == (facts.people["Bruno"],)
    assert entry.helped == "mutual"
    assert entry.occurred_at == old.occurred_at
    assert entry.agreement_id == old.agreement_id
    assert window.timeline.model.record(call).title == "Internship call, second round"


def test_a_session_keeps_its_kind_when_edited(
    small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    session = journal.entries.log(
        "session", "2025-04-01 10:00", [facts.people["Bruno"]], title="Session 1"
    )
    dialog = EntryDialog(journal, session.id)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "session"
    assert dialog.kind.currentText() == "Mentoring session"
    assert dialog.save()
    assert journal.entries.get(session.id).kind == "session"


def test_deleting_from_the_dialog_asks_then_removes(
    window: MainWindow,
    small_journal: tuple[Journal, Facts],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, facts = small_journal
    window.tabs.setCurrentWidget(window.timeline)
    note = facts.entries["note"]
    dialog = window.timeline.edit_entry(note)
    qtbot.waitExposed(dialog)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert note in entries_of(journal)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert note not in entries_of(journal)
    assert window.timeline.model.row_of(note) is None


def test_delete_entry_action_in_the_timeline(
    window: MainWindow,
    small_journal: tuple[Journal, Facts],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, facts = small_journal
    window.tabs.setCurrentWidget(window.timeline)
    coffee = facts.entries["coffee"]
    assert window.timeline.select_id(coffee)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.timeline.view.setFocus()
    qtbot.keyClick(window.timeline.view, Qt.Key.Key_Delete)
    assert coffee not in entries_of(journal)
    assert window.timeline.model.row_of(coffee) is None
    # Ana's last contact now comes from her remaining entry (the note of 1 Feb).
    assert journal.people.get(facts.people["Ana"]).last_contact_at.date() == date(2025, 2, 1)


def test_every_field_has_an_accessible_name_and_a_buddy(
    small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    dialog = EntryDialog(journal, facts.entries["call"])
    qtbot.addWidget(dialog)
    for widget in (
        dialog.when,
        dialog.kind,
        dialog.participants.edit,
        dialog.participants.list,
        dialog.title,
        dialog.notes,
        dialog.helped,
        dialog.follow_up,
        dialog.follow_up_on,
        dialog.delete_button,
    ):
        assert widget.accessibleName(), widget
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.when, dialog.kind, dialog.title, dialog.notes, dialog.helped} <= buddies
    # Tab goes down the form: the focus chain meets the fields in their order.
    chain = []
    widget = dialog.when
    for _ in range(200):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.when:
            break
    fields = [
        dialog.when,
        dialog.kind,
        dialog.participants.edit,
        dialog.title,
        dialog.notes,
        dialog.helped,
        dialog.follow_up,
        dialog.follow_up_on,
    ]
    positions = [chain.index(field) for field in fields]
    assert positions == sorted(positions)


def test_a_name_typed_but_not_picked_is_not_dropped_silently(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    window.tabs.setCurrentWidget(window.goals)
    before = entries_of(journal)
    dialog = open_dialog(window, qtbot)
    assert dialog.participants.person_ids() == []
    dialog.title.setText("Lunch")
    dialog.participants.edit.setText("Nobody Known")
    click_ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.errors["participant_ids"].text() == (
        "Pick “Nobody Known” from the suggestions, or clear the field."
    )
    assert entries_of(journal) == before
    dialog.participants.edit.clear()
    qtbot.keyClicks(dialog.participants.edit, "bru")
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Enter)
    qtbot.keyClicks(dialog.participants.edit, "dmi")
    qtbot.keyClick(dialog.participants.edit, Qt.Key.Key_Enter)
    assert dialog.participants.person_ids() == [facts.people["Bruno"], facts.people["Dmitri"]]
    # Delete on a selected chip removes that person.
    dialog.participants.list.setFocus()
    dialog.participants.list.setCurrentRow(0)
    qtbot.keyClick(dialog.participants.list, Qt.Key.Key_Delete)
    assert dialog.participants.person_ids() == [facts.people["Dmitri"]]
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    (new_id,) = entries_of(journal) - before
    assert journal.entries.get(new_id).participant_ids == (facts.people["Dmitri"],)


def test_double_clicking_a_timeline_row_opens_it(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    _, facts = small_journal
    window.tabs.setCurrentWidget(window.timeline)
    view = window.timeline.view
    row = window.timeline.model.row_of(facts.entries["coffee"])
    rect = view.visualRect(window.timeline.model.index(row, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.findChild(EntryDialog)
    assert dialog is not None
    assert dialog.entry_id == facts.entries["coffee"]
    assert dialog.title.text() == "Coffee after class"


def test_an_entry_links_goals_and_a_mentorship_and_is_private_unless_shareable(
    window: MainWindow, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    journal.mentorships.create(facts.people["Chiara"], "peer", status="completed")
    window.tabs.setCurrentWidget(window.contacts)
    assert window.contacts.select_id(facts.people["Bruno"])
    dialog = open_dialog(window, qtbot)
    assert not dialog.shareable.isChecked()  # private by default
    qtbot.keyClicks(dialog.title, "Reflection on the internship hunt")
    dialog.goals.add.setCurrentIndex(dialog.goals.add.findData(facts.goals["scholarship"]))
    dialog.goals.add.activated.emit(dialog.goals.add.currentIndex())
    assert dialog.goals.goal_ids() == [facts.goals["scholarship"]]
    # Agreements that are over (Chiara's) are not offered; the others are, by name.
    offered = [dialog.agreement.itemData(i) for i in range(dialog.agreement.count())]
    assert offered == [None, facts.agreements["ana"], facts.agreements["bruno"]]
    dialog.agreement.setCurrentIndex(dialog.agreement.findData(facts.agreements["bruno"]))
    dialog.shareable.setChecked(True)
    click_ok(dialog, qtbot)
    entry = journal.entries.get(dialog.entry_id)
    assert entry.goal_ids == (facts.goals["scholarship"],)
    assert (entry.agreement_id, entry.shareable) == (facts.agreements["bruno"], True)
    # Reopened, it shows what it holds; unlinking the goal and making it private saves.
    again = EntryDialog(journal, entry.id)
    qtbot.addWidget(again)
    assert again.goals.goal_ids() == [facts.goals["scholarship"]]
    assert again.agreement.currentData() == facts.agreements["bruno"]
    assert again.shareable.isChecked()
    again.goals.list.selectAll()
    again.goals.remove_selected()
    again.shareable.setChecked(False)
    assert again.save()
    entry = journal.entries.get(entry.id)
    assert (entry.goal_ids, entry.shareable) == ((), False)
