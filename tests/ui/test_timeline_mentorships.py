"""The timeline and mentorships: a session or review opens in its own form and reads with
its parts, private or shareable; a session or review due opens the form to log it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.mentorships.review import ReviewDialog
from netjournal.ui.mentorships.session import SessionDialog
from netjournal.ui.timeline.tab import TimelineTab

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)

TODAY = date.today()


def at(days_ago: int) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@pytest.fixture
def tab(journal: Journal, qtbot: QtBot) -> TimelineTab:
    tab = TimelineTab(journal)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def close_all() -> None:
    for dialog in open_dialogs():
        dialog.reject()


def test_sessions_and_reviews_open_in_their_own_forms_and_read_with_their_parts(
    journal: Journal, tab: TimelineTab, qtbot: QtBot
) -> None:
    mei = journal.people.create("Mei Tanaka").id
    agreement = journal.mentorships.create(
        mei, "mentee", status="active", started_on=TODAY - timedelta(days=40), cadence_days=14
    ).id
    session = journal.mentorships.log_session(
        agreement,
        at(3),
        title="Mock interview",
        agenda="Stories",
        notes="Talk less about tools",
        takeaways="Problem first",
        takeaways_shareable=True,
        actions=[{"title": "Rewrite the stories", "owner": "me"}],
    )
    review = journal.mentorships.review(agreement, at(2), "keep", what_works="Candour")
    note = journal.entries.log("note", at(1), [mei], title="Plain note")
    tab.model.reload()

    assert tab.select_id(("entry", session.entry_id))
    text = tab.detail.toPlainText()
    for expected in (
        "Agenda · private",
        "Stories",
        "Notes · private",
        "Takeaways · shareable",
        "Rewrite the stories",
    ):
        assert expected in text
    assert tab.select_id(("entry", review.entry_id))
    text = tab.detail.toPlainText()
    assert "Keep it as it is" in text
    assert "What works · private" in text

    assert isinstance(tab.edit_entry(session.entry_id), SessionDialog)
    close_all()
    assert isinstance(tab.edit_entry(review.entry_id), ReviewDialog)
    close_all()
    assert isinstance(tab.edit_entry(note.id), EntryDialog)
    close_all()


def test_a_session_or_review_due_opens_the_form_to_log_it(
    journal: Journal, tab: TimelineTab, qtbot: QtBot
) -> None:
    noah = journal.people.create("Noah").id
    agreement = journal.mentorships.create(
        noah,
        "mentor",
        status="active",
        started_on=TODAY - timedelta(days=30),
        cadence_days=14,
        review_on=TODAY - timedelta(days=1),
    ).id
    upcoming = {i.kind: i for i in journal.timeline.upcoming()}
    tab.open_upcoming(upcoming["session"])
    (dialog,) = open_dialogs()
    assert isinstance(dialog, SessionDialog)
    assert dialog.agreement_id == agreement
    assert dialog.entry_id is None
    close_all()
    tab.open_upcoming(upcoming["review"])
    (dialog,) = open_dialogs()
    assert isinstance(dialog, ReviewDialog)
    close_all()
