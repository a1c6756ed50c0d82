"""The privacy screen, as a user meets it: Ctrl+Shift+P hides the bodies of notes in every
view (the person editor, the timeline, the entry, session, review and summary dialogs,
outreach, the goal and agreement editors) while names, titles and dates stay; turning it
off shows them again exactly as they were; hiding saves nothing and nothing can be typed
into a hidden note.

Every note of the journal below holds the word SECRET; every check walks the whole widget
tree and reads each visible text (labels, fields, text areas, buttons, tooltips, and the
display and tooltip data of every item view) for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.ui.contacts.tab import ContactsTab
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.goals.tab import GoalsTab
from netjournal.ui.mentorships.review import ReviewDialog
from netjournal.ui.mentorships.session import SessionDialog
from netjournal.ui.mentorships.summary import SummaryDialog
from netjournal.ui.mentorships.tab import MentorshipsTab
from netjournal.ui.timeline.tab import TimelineTab
from netjournal.ui.widgets.privacy import PrivacyScreen, hidden_text

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

MARK = "SECRET"
TODAY = date.today()


# --- what a person can read --------------------------------------------------------------


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every display and tooltip text of a model, its children's too."""
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        column = 0
        # (A list or table model keeps columnCount and hasChildren private in PySide.)
        while (index := model.index(row, column, parent)).isValid():
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    found.append(value)
            if column == 0 and model.rowCount(index) > 0:
                found += model_texts(model, index)
            column += 1
    return found


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows: of each visible widget its text, tooltip and
    accessible name, and all the items of a visible list, table or tree."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):  # QTextBrowser too
            found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += model_texts(widget.model())
    return [text for text in found if text]


def shows(root: QWidget, text: str) -> bool:
    return any(text in shown for shown in visible_texts(root))


def assert_notes_hidden(root: QWidget) -> None:
    leaked = [text for text in visible_texts(root) if MARK in text]
    assert not leaked, f"note text shown behind the privacy screen: {leaked}"


# --- the journal --------------------------------------------------------------------------


@dataclass(frozen=True)
class Notes:
    journal: Journal
    ana: int
    bruno: int
    carla: int
    goal: int
    agreement: int
    note: int  # an entry with no title, whose notes would stand in for one
    coffee: int  # an entry with a title
    session: int
    review: int


def days_ago(days: int, hour: int = 10) -> datetime:
    day = TODAY - timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, 0).astimezone()


@pytest.fixture
def notes(journal: Journal) -> Notes:
    ana = journal.people.create(
        "Ana Silva", organization="University of Porto", role="Professor"
    ).id
    journal.people.update(ana, notes="Ana SECRET-person: talk about the **essay**.")
    bruno = journal.people.create("Bruno Costa", organization="Acme").id
    carla = journal.people.create("Carla Mendes", organization="Zeta Labs", role="Researcher").id
    goal = journal.goals.create("Win the scholarship", "scholarship").id
    note = journal.entries.log(
        "note",
        days_ago(3),
        [ana],
        body="SECRET-entry thoughts on the essay.\n\nA second SECRET paragraph.",
        goal_ids=[goal],
        follow_up_on=TODAY + timedelta(days=3),
    ).id
    coffee = journal.entries.log(
        "coffee",
        days_ago(5),
        [ana],
        title="Coffee after class",
        body="SECRET-coffee she is moving to Lisbon.",
        goal_ids=[goal],
    ).id
    agreement = journal.mentorships.create(
        bruno, "mentee", status="active", started_on=TODAY - timedelta(days=60), cadence_days=14
    ).id
    session = journal.mentorships.log_session(
        agreement,
        days_ago(2),
        agenda="SECRET-agenda the internship letter",
        notes="SECRET-session notes on the letter",
        takeaways="SECRET-takeaways write it twice",
        agenda_shareable=True,
        notes_shareable=True,
        actions=[{"title": "Send the CV", "owner": "me"}],
    ).entry_id
    review = journal.mentorships.review(
        agreement,
        days_ago(1),
        "keep",
        what_works="SECRET-works the cadence",
        what_to_change="SECRET-change shorter calls",
        notes="SECRET-review notes",
        shareable=True,
    ).entry_id
    journal.outreach.set_stage(carla, "researched")
    journal.outreach.update(
        carla, notes="SECRET-outreach her talk in May", message="SECRET-message Dear Carla"
    )
    return Notes(journal, ana, bruno, carla, goal, agreement, note, coffee, session, review)


@pytest.fixture
def screen(qapp: object) -> PrivacyScreen:
    return PrivacyScreen()


@pytest.fixture
def changes(notes: Notes) -> Iterator[list[Change]]:
    """What the journal says changed (hiding and showing must change nothing)."""
    seen: list[Change] = []
    notes.journal.subscribe(seen.append)
    yield seen
    notes.journal.unsubscribe(seen.append)


def shown(widget: QWidget, qtbot: QtBot) -> None:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # shortcuts work


def press_privacy_shortcut(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(
        widget,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def only_dialog(kind: type[QDialog], parent: QWidget) -> QDialog:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


# --- the switch ---------------------------------------------------------------------------


def test_the_action_is_checkable_on_ctrl_shift_p_and_follows_the_switch(
    screen: PrivacyScreen, qtbot: QtBot
) -> None:
    action = screen.action
    assert action.isCheckable()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert action.text() == "&Privacy Screen"
    assert "notes" in action.toolTip().lower()
    assert not screen.enabled
    assert not action.isChecked()

    with qtbot.waitSignal(screen.changed) as turned:
        action.trigger()
    assert turned.args == [True]
    assert screen.enabled
    assert action.isChecked()
    assert action.text() == "&Privacy Screen"  # the check mark shows the state

    with qtbot.waitSignal(screen.changed) as turned:
        screen.set_enabled(False)
    assert turned.args == [False]
    assert not action.isChecked()
    with qtbot.assertNotEmitted(screen.changed):
        screen.set_enabled(False)


# --- Contacts -----------------------------------------------------------------------------


def test_the_person_editor_hides_the_notes_and_shows_them_again_unchanged(
    notes: Notes, screen: PrivacyScreen, changes: list[Change], qtbot: QtBot
) -> None:
    journal = notes.journal
    tab = ContactsTab(journal, privacy=screen)
    tab.addAction(screen.action)  # as the window does: its shortcut works in the tab
    shown(tab, qtbot)
    assert tab.select_id(notes.ana)
    editor = tab.editor
    before = journal.people.get(notes.ana).notes
    assert shows(tab, "SECRET-person")
    assert shows(tab, "SECRET-entry")  # the untitled entry, titled by its notes

    editor.notes_edit.setFocus()
    press_privacy_shortcut(qtbot, tab.view)
    assert screen.enabled
    assert_notes_hidden(tab)
    assert shows(tab, hidden_text())
    for kept in ("Ana Silva", "University of Porto", "Coffee after class", "Note"):
        assert shows(tab, kept), kept

    # Nothing can be typed into hidden notes, and nothing waits to be saved.
    assert editor.notes_edit.isReadOnly()
    qtbot.keyClicks(editor.notes_edit, "typed behind the screen")
    assert editor.notes_edit.toPlainText() == before
    assert not editor.has_pending()
    # The preview stays behind the screen too.
    assert not editor.preview_button.isEnabled()

    press_privacy_shortcut(qtbot, tab.view)
    assert not screen.enabled
    assert not editor.notes_edit.isReadOnly()
    assert editor.notes_edit.toPlainText() == before
    assert shows(tab, "SECRET-person")
    assert shows(tab, "SECRET-entry")
    assert not shows(tab, hidden_text())
    editor.flush()
    assert journal.people.get(notes.ana).notes == before
    assert changes == []
    tab.shutdown()


def test_the_notes_preview_is_hidden_too(notes: Notes, screen: PrivacyScreen, qtbot: QtBot) -> None:
    tab = ContactsTab(notes.journal, privacy=screen)
    shown(tab, qtbot)
    assert tab.select_id(notes.ana)
    tab.editor.preview_button.setChecked(True)
    assert "SECRET-person" in tab.editor.notes_preview.toPlainText()
    screen.set_enabled(True)
    assert_notes_hidden(tab)
    screen.set_enabled(False)
    assert tab.editor.notes_preview.isVisible()
    assert "SECRET-person" in tab.editor.notes_preview.toPlainText()
    tab.shutdown()


def test_another_person_shown_behind_the_screen_stays_hidden(
    notes: Notes, screen: PrivacyScreen, qtbot: QtBot
) -> None:
    screen.set_enabled(True)
    tab = ContactsTab(notes.journal, privacy=screen)
    shown(tab, qtbot)
    assert tab.select_id(notes.bruno)
    assert tab.select_id(notes.ana)
    assert_notes_hidden(tab)
    assert shows(tab, "Ana Silva")
    tab.shutdown()


# --- Timeline -----------------------------------------------------------------------------


def test_the_timeline_hides_notes_in_the_stream_the_detail_and_what_is_coming(
    notes: Notes, screen: PrivacyScreen, changes: list[Change], qtbot: QtBot, qtmodeltester
) -> None:
    tab = TimelineTab(notes.journal, privacy=screen)
    shown(tab, qtbot)
    model = tab.model
    assert any(MARK in text for text in model_texts(model))  # an untitled entry's excerpt
    assert any("SECRET-entry" in text for text in tab.upcoming.texts()[0])

    screen.set_enabled(True)
    qtmodeltester.check(model)
    for key in ("note", "coffee", "session", "review"):
        entry_id = getattr(notes, key)
        assert tab.select_id(entry_id)
        assert_notes_hidden(tab)
    assert_notes_hidden(tab)
    row = model.row_of(notes.note)
    assert row is not None
    assert model.index(row, model.column_index("title")).data() == "Note"
    assert shows(tab, "Coffee after class")
    assert tab.upcoming.texts()[0][2] == "Note"

    # The detail pane says what is hidden, under headings that stay.
    assert tab.select_id(notes.session)
    assert shows(tab, "Send the CV")  # an action item's title is no note
    detail = tab.detail.toPlainText()
    assert hidden_text() in detail
    assert "Agenda" in detail
    assert "Bruno Costa" in detail

    screen.set_enabled(False)
    assert "SECRET-agenda the internship letter" in tab.detail.toPlainText()
    assert tab.select_id(notes.note)
    assert "SECRET-entry thoughts on the essay." in tab.detail.toPlainText()
    assert model.index(model.row_of(notes.note), 2).data().startswith("SECRET-entry")
    assert "SECRET-entry" in tab.upcoming.texts()[0][2]
    assert changes == []
    tab.shutdown()


def test_an_entry_dialog_opened_behind_the_screen_opens_hidden_and_saves_its_notes_unchanged(
    notes: Notes, screen: PrivacyScreen, qtbot: QtBot
) -> None:
    journal = notes.journal
    tab = TimelineTab(journal, privacy=screen)
    shown(tab, qtbot)
    screen.set_enabled(True)
    dialog = tab.edit_entry(notes.coffee)
    assert isinstance(dialog, EntryDialog)
    qtbot.waitExposed(dialog)
    assert_notes_hidden(dialog)
    assert shows(dialog, hidden_text())
    assert dialog.title.text() == "Coffee after class"

    qtbot.keyClicks(dialog.notes, "typed behind the screen")
    assert dialog.notes.toPlainText() == "SECRET-coffee she is moving to Lisbon."
    screen.set_enabled(False)
    assert dialog.notes.isVisible()
    assert dialog.notes.toPlainText() == "SECRET-coffee she is moving to Lisbon."
    screen.set_enabled(True)
    dialog.title.setText("Coffee after the lecture")
    assert dialog.save()
    entry = journal.entries.get(notes.coffee)
    assert entry.title == "Coffee after the lecture"
    assert entry.body == "SECRET-coffee she is moving to Lisbon."
    tab.shutdown()


def test_session_and_review_dialogs_hide_their_texts(
    notes: Notes, screen: PrivacyScreen, qtbot: QtBot
) -> None:
    journal = notes.journal
    tab = TimelineTab(journal, privacy=screen)
    shown(tab, qtbot)
    screen.set_enabled(True)

    session = tab.edit_entry(notes.session)
    assert isinstance(session, SessionDialog)
    qtbot.waitExposed(session)
    assert_notes_hidden(session)
    assert shows(session, "Send the CV")
    assert shows(session, "Bruno Costa")
    for edit in (session.agenda, session.notes, session.takeaways):
        assert edit.isReadOnly()
        qtbot.keyClicks(edit, "typed")
    assert session.values()["agenda"] == "SECRET-agenda the internship letter"
    assert session.save()
    saved = journal.mentorships.session(notes.session)
    assert saved.agenda == "SECRET-agenda the internship letter"
    assert saved.notes == "SECRET-session notes on the letter"
    assert saved.takeaways == "SECRET-takeaways write it twice"

    review = tab.edit_entry(notes.review)
    assert isinstance(review, ReviewDialog)
    qtbot.waitExposed(review)
    assert_notes_hidden(review)
    assert shows(review, "Bruno Costa")
    screen.set_enabled(False)
    assert review.what_works.isVisible()
    assert shows(review, "SECRET-works the cadence")
    assert shows(review, "SECRET-change shorter calls")
    assert shows(review, "SECRET-review notes")
    review.reject()
    tab.shutdown()


# --- Mentorships --------------------------------------------------------------------------


def test_the_agreement_editor_and_its_summary_hide_notes(
    notes: Notes, screen: PrivacyScreen, changes: list[Change], qtbot: QtBot
) -> None:
    tab = MentorshipsTab(notes.journal, privacy=screen)
    shown(tab, qtbot)
    assert tab.show_agreement(notes.agreement)
    assert shows(tab, "SECRET-works")  # the reviews list says what the review said

    screen.set_enabled(True)
    assert_notes_hidden(tab)
    assert shows(tab, "Bruno Costa")
    assert shows(tab, "Send the CV")
    assert shows(tab, "Mentoring session")  # the untitled session, by its kind

    summary = tab.share_summary()
    assert isinstance(summary, SummaryDialog)
    qtbot.waitExposed(summary)
    assert_notes_hidden(summary)
    preview = summary.preview.toPlainText()
    for kept in ("Bruno Costa", "Send the CV", "Shared notes", hidden_text()):
        assert kept in preview, kept
    assert "SECRET-agenda" in summary.markdown  # what is saved or copied is whole
    screen.set_enabled(False)
    assert "SECRET-agenda the internship letter" in summary.preview.toPlainText()
    assert "SECRET-works the cadence" in summary.preview.toPlainText()
    summary.reject()

    screen.set_enabled(True)
    dialog = tab.log_session()
    assert isinstance(dialog, SessionDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.agenda.isVisible()
    assert shows(dialog, hidden_text())
    dialog.reject()
    screen.set_enabled(False)
    assert shows(tab, "SECRET-works")
    assert changes == []
    tab.shutdown()


def test_outreach_hides_the_notes_and_the_first_message(
    notes: Notes, screen: PrivacyScreen, changes: list[Change], qtbot: QtBot
) -> None:
    journal = notes.journal
    tab = MentorshipsTab(journal, privacy=screen)
    shown(tab, qtbot)
    tab.show_view("outreach")
    outreach = tab.outreach
    assert outreach.select_id(notes.carla)
    editor = outreach.editor
    assert shows(outreach, "SECRET-outreach")
    assert shows(outreach, "SECRET-message")

    screen.set_enabled(True)
    assert_notes_hidden(outreach)
    assert shows(outreach, "Carla Mendes")
    for edit in (editor.notes, editor.message):
        qtbot.keyClicks(edit, "typed")
    assert not editor.pending.has()

    screen.set_enabled(False)
    assert editor.notes.toPlainText() == "SECRET-outreach her talk in May"
    assert editor.message.toPlainText() == "SECRET-message Dear Carla"
    row = journal.outreach.get(notes.carla)
    assert (row.notes, row.message) == (
        "SECRET-outreach her talk in May",
        "SECRET-message Dear Carla",
    )
    assert changes == []
    tab.shutdown()


# --- Goals --------------------------------------------------------------------------------


def test_the_goal_editor_lists_an_untitled_entry_by_its_kind(
    notes: Notes, screen: PrivacyScreen, qtbot: QtBot
) -> None:
    tab = GoalsTab(notes.journal, privacy=screen)
    shown(tab, qtbot)
    assert tab.select_id(notes.goal)
    entries = tab.editor.entries
    titles = [entries.topLevelItem(n).text(2) for n in range(entries.topLevelItemCount())]
    assert any(title.startswith("SECRET-entry") for title in titles)

    screen.set_enabled(True)
    assert_notes_hidden(tab)
    titles = [entries.topLevelItem(n).text(2) for n in range(entries.topLevelItemCount())]
    assert sorted(titles) == ["Coffee after class", "Note"]
    assert shows(tab, "Win the scholarship")

    screen.set_enabled(False)
    assert shows(tab, "SECRET-entry")
    tab.shutdown()


def test_views_and_dialogs_without_a_screen_show_everything(notes: Notes, qtbot: QtBot) -> None:
    """No privacy screen given behaves as one that is off (the existing callers)."""
    dialog = EntryDialog(notes.journal, notes.coffee)
    shown(dialog, qtbot)
    assert shows(dialog, "SECRET-coffee")
    dialog.reject()
    session = SessionDialog(notes.journal, None, notes.session)
    shown(session, qtbot)
    assert shows(session, "SECRET-takeaways")
    session.reject()
