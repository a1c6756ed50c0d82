"""The revision history of an agreement: each revision with its reason (or what it did),
and its terms beside those of the revision before, in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.journal.records import Revision
from netjournal.ui.mentorships.history import (
    RevisionHistoryDialog,
    TermWords,
    changed_terms,
    describe,
)

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@pytest.fixture
def history(
    small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> Iterator[tuple[RevisionHistoryDialog, Journal, Facts]]:
    """Bruno's agreement: agreed, its objectives and cadence revised, then paused."""
    journal, facts = small_journal
    bruno = facts.agreements["bruno"]
    journal.mentorships.update(
        bruno,
        reason="The scholarship first",
        cadence_days=7,
        goal_ids=[facts.goals["scholarship"]],
        formal=True,
        program="Honours mentoring",
    )
    journal.mentorships.update(bruno, status="paused")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = RevisionHistoryDialog(journal, bruno, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog, journal, facts
    dialog.close()


def test_revisions_are_listed_newest_first_with_their_reason_or_what_they_did(history) -> None:
    dialog, _journal, _facts = history
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert len(texts) == 3
    assert texts[0].startswith("Revision 3 · ")
    assert texts[0].endswith("\nStatus: Active → Paused")
    assert texts[1].endswith("\nThe scholarship first")
    assert texts[2].endswith("\nAgreed")  # made active at once
    assert dialog.windowTitle() == "History of the agreement with Bruno Costa"


def test_the_selected_revision_sits_beside_the_one_before_changed_terms_first(history) -> None:
    dialog, _journal, _facts = history
    assert dialog.list.currentRow() == 0  # the newest
    assert dialog.shown_rows() == [("Status — changed", "Active", "Paused")]
    dialog.select_revision(2)
    assert dialog.table.horizontalHeaderItem(1).text() == "Before (revision 1)"
    assert dialog.table.horizontalHeaderItem(2).text() == "After (revision 2)"
    assert dialog.shown_rows() == [
        ("Formal — changed", "No", "Yes"),
        ("Program — changed", "—", "Honours mentoring"),
        ("Meeting cadence — changed", "every 2 weeks", "every week"),
        ("Objectives — changed", "None", "Win the scholarship"),
    ]
    assert dialog.summary.text() == "The scholarship first — 4 terms changed."
    # Changed rows are marked in words and in bold, not only in colour.
    assert all(dialog.table.item(row, 0).font().bold() for row in range(4))


def test_unchanged_terms_show_below_when_asked(history, qtbot: QtBot) -> None:
    dialog, _journal, _facts = history
    dialog.select_revision(2)
    dialog.show_unchanged.setFocus()
    qtbot.keyClick(dialog.show_unchanged, Qt.Key.Key_Space)
    rows = dialog.shown_rows()
    assert len(rows) == 13  # every term
    assert [r[0] for r in rows[:4]] == [
        "Formal — changed",
        "Program — changed",
        "Meeting cadence — changed",
        "Objectives — changed",
    ]
    unchanged = {r[0]: r[1:] for r in rows[4:]}
    assert unchanged["Counterpart"] == ("Bruno Costa", "Bruno Costa")
    assert unchanged["My role"] == ("Mentee", "Mentee")
    assert unchanged["Start date"] == ("1/1/2025", "1/1/2025")
    assert unchanged["End date"] == ("Not set", "Not set")
    assert not dialog.table.item(5, 0).font().bold()
    qtbot.keyClick(dialog.show_unchanged, Qt.Key.Key_Space)
    assert len(dialog.shown_rows()) == 4


def test_the_first_revision_shows_the_terms_as_agreed(history) -> None:
    dialog, _journal, _facts = history
    dialog.select_revision(1)
    rows = dict((r[0], r[2]) for r in dialog.shown_rows())
    assert rows["Status"] == "Active"
    assert rows["Meeting cadence"] == "every 2 weeks"
    assert all(r[1] == "—" for r in dialog.shown_rows())
    assert dialog.summary.text() == "The first revision: the terms as they were agreed."


def test_the_history_follows_the_journal(history) -> None:
    dialog, journal, facts = history
    journal.mentorships.update(facts.agreements["bruno"], status="active")
    assert dialog.list.count() == 4
    assert dialog.list.item(0).text().endswith("\nStatus: Paused → Active")
    # A goal renamed reads with its new title.
    journal.goals.update(facts.goals["scholarship"], title="Win the Fulbright")
    dialog.select_revision(2)
    assert ("Objectives — changed", "None", "Win the Fulbright") in dialog.shown_rows()


def _revision(number: int, terms: dict, reason: str = "") -> Revision:
    return Revision(number, number, reason, terms, datetime(2025, 1, number, tzinfo=UTC))


def test_empty_reasons_are_described_from_the_change() -> None:
    proposed = _revision(1, {"status": "proposed"})
    agreed = _revision(2, {"status": "active"})
    paused = _revision(3, {"status": "paused"})
    revised = _revision(4, {"status": "paused", "channel": "Phone"})
    assert describe(proposed, None) == "Proposed"
    assert describe(agreed, None) == "Agreed"
    assert describe(agreed, proposed) == "Agreed"
    assert describe(paused, agreed) == "Status: Active → Paused"
    assert describe(revised, paused) == "Terms revised"
    assert describe(_revision(5, {"status": "paused"}, "  Exams  "), revised) == "Exams"


def test_an_old_revision_without_some_terms_reads_as_not_recorded(
    small_journal: tuple[Journal, Facts],
) -> None:
    journal, facts = small_journal
    old = _revision(1, {"status": "active", "cadence_days": 14})
    new = _revision(
        2,
        {
            "status": "active",
            "cadence_days": 14,
            "channel": "",
            "boundaries": "What is said stays here",
            "person_id": facts.people["Ana"],
            "goal_ids": [facts.goals["spanish"], 999],
            "ends_on": "2025-06-30",
        },
    )
    assert changed_terms(old.terms, new.terms) == ["person_id", "ends_on", "boundaries", "goal_ids"]
    words = TermWords(journal, (old, new))
    assert words.of(old.terms, "boundaries") == "Not recorded"
    assert words.of(new.terms, "boundaries") == "What is said stays here"
    assert words.of(new.terms, "channel") == "—"
    assert words.value("person_id", facts.people["Ana"]) == "Ana Silva"
    assert words.value("person_id", 12345) == "Person #12345, no longer in the journal"
    assert words.value("goal_ids", [facts.goals["spanish"], 999]) == (
        "Learn Spanish\nGoal #999, no longer in the journal"
    )
    assert words.value("ends_on", "2025-06-30") == "6/30/2025"
    assert words.value("cadence_days", 30) == "every month"
    assert words.value("cadence_days", None) == "No set rhythm"
    assert words.value("formal", True) == "Yes"
    assert words.value("my_role", "peer") == "Peer"
    assert words.value("status", "ended") == "Ended early"
