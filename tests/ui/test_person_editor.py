"""The person editor driven as a user would: typing saves after a pause, bad values are
refused beside their field, and new, archive, delete and undo work from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.contacts.tab import ContactsTab

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@pytest.fixture
def tab(small_journal: tuple[Journal, Facts], qtbot: QtBot) -> Iterator[ContactsTab]:
    journal, _facts = small_journal
    tab = ContactsTab(journal)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


def show(tab: ContactsTab, person_id: int) -> None:
    assert tab.select_id(person_id)
    assert tab.editor.person_id == person_id


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Select all and type over it, as a user would."""
    line.setFocus()
    line.selectAll()
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)


def paste(widget: QLineEdit | object, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.paste()  # type: ignore[attr-defined]


def activate(tab: ContactsTab, qtbot: QtBot) -> None:
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)


def test_typing_is_saved_after_a_pause_without_a_save_button(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.people["Bruno"]
    show(tab, bruno)
    line = tab.editor.line("organization")
    assert line.text() == "Acme"
    line.setFocus()
    line.end(False)
    qtbot.keyClicks(line, " Robotics")
    assert journal.people.get(bruno).organization == "Acme"  # not on every keystroke
    qtbot.waitUntil(lambda: journal.people.get(bruno).organization == "Acme Robotics")
    assert line.text() == "Acme Robotics"
    assert not tab.editor.has_pending()

    retype(qtbot, tab.editor.line("tags"), "classmates, robotics club")
    retype(qtbot, tab.editor.line("pronouns"), "he/him")
    tab.editor.cadence.unit.setCurrentIndex(2)  # weeks
    tab.editor.cadence.count.setValue(3)
    qtbot.waitUntil(lambda: journal.people.get(bruno).cadence_days == 21)
    person = journal.people.get(bruno)
    assert [t.name for t in person.tags] == ["classmates", "robotics club"]
    assert person.pronouns == "he/him"
    assert not [b for b in tab.findChildren(QMessageBox)]


def test_an_empty_name_is_refused_beside_the_field_and_the_name_kept(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    ana = facts.people["Ana"]
    show(tab, ana)
    editor = tab.editor
    retype(qtbot, editor.line("display_name"), "")
    qtbot.waitUntil(lambda: bool(editor.error_text("display_name")))
    error = editor.fields["display_name"].error
    assert error.isVisible()
    assert error.text() == "Name cannot be empty."
    assert editor.line("display_name").property("invalid") is True
    assert journal.people.get(ana).display_name == "Ana Silva"

    qtbot.keyClicks(editor.line("display_name"), "Ana S.")
    qtbot.waitUntil(lambda: journal.people.get(ana).display_name == "Ana S.")
    assert not error.isVisible()
    assert editor.line("display_name").property("invalid") is False


def test_an_email_without_at_is_refused_and_nothing_stored(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    elif_id = facts.people["Elif"]
    show(tab, elif_id)
    methods = tab.editor.contact_methods
    qtbot.mouseClick(methods.add_button, Qt.MouseButton.LeftButton)
    assert len(methods.rows) == 1
    _kind, value, label, _remove = methods.rows[0]
    qtbot.keyClicks(value, "elif.example.org")
    qtbot.waitUntil(lambda: bool(tab.editor.error_text("contact_methods")))
    assert "is not an email address" in tab.editor.fields["contact_methods"].error.text()
    assert journal.people.get(elif_id).contact_methods == ()

    retype(qtbot, value, "elif@example.org")
    qtbot.keyClicks(label, "society")
    qtbot.waitUntil(lambda: len(journal.people.get(elif_id).contact_methods) == 1)
    qtbot.waitUntil(lambda: not tab.editor.has_pending())
    (method,) = journal.people.get(elif_id).contact_methods
    assert (method.kind, method.value, method.label) == ("email", "elif@example.org", "society")
    assert not tab.editor.error_text("contact_methods")


def test_a_megabyte_paste_into_notes_is_refused_with_the_limit(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    chiara = facts.people["Chiara"]
    show(tab, chiara)
    notes = tab.editor.notes_edit
    notes.setFocus()
    line = "lorem ipsum dolor sit amet " * 3 + "\n"  # 82 characters
    megabyte = line * 12_195 + "x" * 10
    assert len(megabyte) == 1_000_000
    paste(notes, megabyte)
    qtbot.waitUntil(lambda: bool(tab.editor.error_text("notes")), timeout=10_000)
    assert tab.editor.error_text("notes") == (
        "Notes is too long: 1,000,000 characters, at most 200,000."
    )
    assert journal.people.get(chiara).notes == ""

    notes.selectAll()
    long_notes = "# Plan\n\n" + line * 1_800 + "ends 🎓 هنا"
    paste(notes, long_notes)
    qtbot.waitUntil(lambda: journal.people.get(chiara).notes == long_notes, timeout=10_000)
    assert not tab.editor.error_text("notes")
    qtbot.mouseClick(tab.editor.preview_button, Qt.MouseButton.LeftButton)
    assert tab.editor.notes_preview.isVisible()
    assert tab.editor.notes_preview.toPlainText().startswith("Plan")


def test_right_to_left_and_emoji_text_round_trips_exactly(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    dmitri = facts.people["Dmitri"]
    text = "جامعة القاهرة 🎓 שלום 👩🏽‍💻"
    show(tab, dmitri)
    line = tab.editor.line("organization")
    line.setFocus()
    paste(line, text)
    qtbot.waitUntil(lambda: journal.people.get(dmitri).organization == text)
    show(tab, facts.people["Ana"])
    show(tab, dmitri)
    assert tab.editor.line("organization").text() == text


def test_switching_person_mid_edit_saves_to_the_person_edited(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno, chiara = facts.people["Bruno"], facts.people["Chiara"]
    show(tab, bruno)
    retype(qtbot, tab.editor.line("role"), "Mentor")
    assert tab.editor.has_pending()
    show(tab, chiara)  # before the pause ends
    assert journal.people.get(bruno).role == "Mentor"
    assert journal.people.get(chiara).role == "Researcher"
    assert tab.editor.line("role").text() == "Researcher"


def test_showing_a_person_saves_nothing(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    before = {i: journal.people.get(i).updated_at for i in facts.people.values()}
    for person_id in facts.people.values():
        show(tab, person_id)
        assert not tab.editor.has_pending()
    qtbot.wait(50)
    assert {i: journal.people.get(i).updated_at for i in facts.people.values()} == before


def test_new_person_from_the_action(
    tab: ContactsTab,
    small_journal: tuple[Journal, Facts],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, _facts = small_journal
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Zoë 🌱", True))
    activate(tab, qtbot)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_id = tab.current_id()
    assert new_id is not None
    assert journal.people.get(new_id).display_name == "Zoë 🌱"
    assert tab.editor.person_id == new_id
    assert tab.editor.title.text() == "Zoë 🌱"
    qtbot.waitUntil(tab.editor.line("display_name").hasFocus)


def test_archive_then_undo(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    ana = facts.people["Ana"]
    show(tab, ana)
    activate(tab, qtbot)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert journal.people.get(ana).archived
    assert tab.model.row_of(ana) is None
    assert tab.undo_notice.isVisible()
    assert tab.undo_notice.message.text() == "Archived Ana Silva —"
    qtbot.mouseClick(tab.undo_notice.button, Qt.MouseButton.LeftButton)
    assert not journal.people.get(ana).archived
    assert tab.current_id() == ana
    assert not tab.undo_notice.isVisible()


def test_delete_names_what_goes_and_undo_restores_everything(
    tab: ContactsTab,
    small_journal: tuple[Journal, Facts],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, facts = small_journal
    ana = facts.people["Ana"]
    before = journal.people.get(ana)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    show(tab, ana)
    activate(tab, qtbot)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    (text,) = asked
    assert "Delete Ana Silva?" in text
    assert "This also deletes 1 agreement, 1 goal membership." in text
    assert "They are removed from 2 entries; the entries stay." in text
    assert journal.people.count() == 4
    assert tab.undo_notice.message.text() == "Deleted Ana Silva —"

    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.people.get(ana) == before
    assert ana in journal.entries.get(facts.entries["coffee"]).participant_ids
    assert journal.mentorships.get(facts.agreements["ana"]).person_id == ana
    assert tab.current_id() == ana
    assert journal.check() == []


def test_every_editor_widget_has_an_accessible_name(tab: ContactsTab) -> None:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QAbstractButton)
    nameless = [
        w.objectName() or type(w).__name__
        for w in tab.editor.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisible()
        and not w.accessibleName()
        and not w.objectName().startswith("qt_")  # a spin box's own line edit
    ]
    assert nameless == []
    menu = tab.build_menu(tab)
    shortcuts = {a.text(): a.shortcut().toString() for a in menu.actions() if a.text()}
    assert shortcuts["&New Person…"] == "Ctrl+N"
    assert shortcuts["&Archive"] == "Ctrl+E"
    assert shortcuts["&Delete…"] == "Del"
    assert tab.undo_action.shortcut().toString() == "Ctrl+Z"  # Edit → Undo in the window


def test_a_change_made_elsewhere_shows_without_losing_what_is_being_typed(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    bruno = facts.people["Bruno"]
    show(tab, bruno)
    retype(qtbot, tab.editor.line("role"), "Lead")
    journal.people.update(bruno, organization="Acme Labs")  # e.g. an import
    assert tab.editor.line("organization").text() == "Acme Labs"
    assert tab.editor.line("role").text() == "Lead"
    qtbot.waitUntil(lambda: journal.people.get(bruno).role == "Lead")
    assert journal.people.get(bruno).organization == "Acme Labs"
    assert tab.current_id() == bruno


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click the box itself, at its left end."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_this_is_me_marks_one_person_and_is_refused_for_a_counterpart(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    show(tab, facts.people["Chiara"])
    tick(qtbot, tab.editor.is_self)
    assert journal.people.self_id() == facts.people["Chiara"]
    assert tab.editor.subtitle.text().startswith("You")
    # Bruno is the counterpart of an agreement: he cannot be me, and the reason shows.
    show(tab, facts.people["Bruno"])
    assert not tab.editor.is_self.isChecked()
    tick(qtbot, tab.editor.is_self)
    assert "agreement" in tab.editor.error_text("is_self")
    assert journal.people.self_id() == facts.people["Chiara"]
    # Unticking Chiara leaves nobody marked.
    show(tab, facts.people["Chiara"])
    assert tab.editor.is_self.isChecked()
    tick(qtbot, tab.editor.is_self)
    assert journal.people.self_id() is None
