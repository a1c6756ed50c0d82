"""The mentor's overview, on a journal whose mentees we know exactly: who is listed and in
what order, their last and next session, overdue action items and goals in progress, and
how it follows the journal when a session is logged or an action item is done."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.format import format_date_long
from netjournal.ui.mentorships.overview import MenteesOverview
from netjournal.ui.models.base import Role
from netjournal.ui.models.mentees import MenteesTableModel

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

TODAY = date.today()


def noon(days_ago: int) -> datetime:
    """A session at noon UTC some days ago (the same calendar day here and in UTC)."""
    return datetime.combine(TODAY - timedelta(days=days_ago), time(12), UTC)


@dataclass(frozen=True)
class Mentees:
    journal: Journal
    agreements: dict[str, int]
    actions: dict[str, int]
    sessions: dict[str, datetime]


@pytest.fixture
def mentees(journal: Journal) -> Mentees:
    """Four mentees (one paused) and agreements that must not show.

    - Maya: every 14 days, last session 20 days ago, so the next is 6 days overdue;
      two overdue action items (one hers, one mine), one not yet due, one overdue but done;
      goals: an objective of the agreement and one she is a member of (active), one
      paused and one achieved (not in progress).
    - Zoe: every 30 days, last session 3 days ago (next in 27 days); one overdue action item.
    - Leo: every 7 days, last session 2 days ago: due soon, in 5 days.
    - Sara: paused, no session yet.
    - Not mine to show: a proposed and a completed agreement where I mentor, and an active
      one where I am the mentee.
    """
    people = {
        name: journal.people.create(name, given_name=name.split()[0]).id
        for name in (
            "Maya Chen",
            "Zoe Adams",
            "Leo Park",
            "Sara Novak",
            "Omar Said",
            "Iris Lund",
            "Ana Silva",
        )
    }
    goals = {
        "exam": journal.goals.create(
            "Pass the algorithms exam", "exam", target_on=TODAY + timedelta(days=30)
        ).id,
        "scholarship": journal.goals.create(
            "Win a scholarship", "scholarship", members=[(people["Maya Chen"], "collaborator")]
        ).id,
        "rust": journal.goals.create(
            "Learn Rust", "skill", status="paused", members=[(people["Maya Chen"], "supporter")]
        ).id,
        "old": journal.goals.create("Old goal", "personal", status="achieved").id,
    }
    started = TODAY - timedelta(days=90)
    agreements = {
        "maya": journal.mentorships.create(
            people["Maya Chen"],
            "mentor",
            status="active",
            started_on=started,
            cadence_days=14,
            goal_ids=[goals["exam"], goals["old"]],
        ).id,
        "zoe": journal.mentorships.create(
            people["Zoe Adams"], "mentor", status="active", started_on=started, cadence_days=30
        ).id,
        "leo": journal.mentorships.create(
            people["Leo Park"], "mentor", status="active", started_on=started, cadence_days=7
        ).id,
        "sara": journal.mentorships.create(
            people["Sara Novak"], "mentor", status="paused", started_on=started, cadence_days=14
        ).id,
        "omar": journal.mentorships.create(people["Omar Said"], "mentor", status="proposed").id,
        "iris": journal.mentorships.create(
            people["Iris Lund"], "mentor", status="completed", cadence_days=14
        ).id,
        "ana": journal.mentorships.create(
            people["Ana Silva"], "mentee", status="active", started_on=started, cadence_days=7
        ).id,
    }
    sessions = {"maya": noon(20), "zoe": noon(3), "leo": noon(2)}
    actions: dict[str, int] = {}
    session = journal.mentorships.log_session(
        agreements["maya"],
        sessions["maya"],
        title="Planning the term",
        actions=[
            {"title": "Draft the CV", "owner": "them", "due_on": TODAY - timedelta(days=3)},
            {"title": "Book a mock interview", "owner": "me", "due_on": TODAY - timedelta(days=1)},
            {"title": "Read chapter 3", "owner": "them", "due_on": TODAY + timedelta(days=5)},
            {"title": "Send the reading list", "owner": "me", "due_on": TODAY - timedelta(days=9)},
        ],
    )
    for action in session.actions:
        actions[action.title] = action.id
    journal.mentorships.complete_action(actions["Send the reading list"])
    zoe = journal.mentorships.log_session(
        agreements["zoe"],
        sessions["zoe"],
        actions=[
            {"title": "Apply to two labs", "owner": "them", "due_on": TODAY - timedelta(days=10)}
        ],
    )
    actions["Apply to two labs"] = zoe.actions[0].id
    journal.mentorships.log_session(agreements["leo"], sessions["leo"])
    # Sessions of the agreements that must not show, so that leaving them out is a choice.
    journal.mentorships.log_session(agreements["ana"], noon(30))
    return Mentees(journal, agreements, actions, sessions)


@pytest.fixture
def overview(mentees: Mentees, qtbot: QtBot) -> Iterator[MenteesOverview]:
    widget = MenteesOverview(mentees.journal)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def column(widget: MenteesOverview, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = widget.model
    section = model.column_index(key)
    return [model.index(row, section).data(role) for row in range(model.rowCount())]


def test_lists_exactly_my_mentees_whoever_needs_attention_first(
    overview: MenteesOverview,
) -> None:
    # Maya (session and action items overdue) and Zoe (an action item overdue) first, by
    # next session; then Leo (due soon), then Sara (paused: no session planned).
    assert column(overview, "mentee") == ["Maya Chen", "Zoe Adams", "Leo Park", "Sara Novak"]
    assert column(overview, "mentee", Role.CHIPS)[3][0].text == "Paused"
    assert column(overview, "mentee", Role.CHIPS)[:3] == [None, None, None]
    assert overview.summary_text() == "4 mentees · 1 session overdue · 3 action items overdue"
    assert overview.summary.isVisible()


def test_shows_the_last_and_next_session(mentees: Mentees, overview: MenteesOverview) -> None:
    assert column(overview, "last_session") == [
        "3 weeks ago",
        "3 days ago",
        "2 days ago",
        "None yet",
    ]
    tooltips = column(overview, "last_session", Qt.ItemDataRole.ToolTipRole)
    assert tooltips[0] == format_date_long(mentees.sessions["maya"])
    assert column(overview, "next_session") == [
        "Overdue · 6 days",
        "in 4 weeks",
        "Due soon · in 5 days",
        "Not planned",
    ]
    chips = column(overview, "next_session", Role.CHIPS)
    assert [c[0].text if c else None for c in chips] == ["Overdue", None, "Due soon", None]
    due = TODAY - timedelta(days=6)
    assert format_date_long(due) in column(overview, "next_session", Qt.ItemDataRole.ToolTipRole)[0]


def test_counts_and_names_the_overdue_action_items(overview: MenteesOverview) -> None:
    assert column(overview, "overdue") == ["2 overdue", "1 overdue", "None", "None"]
    tooltip = column(overview, "overdue", Qt.ItemDataRole.ToolTipRole)[0]
    assert "Draft the CV — Them" in tooltip
    assert "Book a mock interview — Me" in tooltip
    assert "Read chapter 3" not in tooltip  # not due yet
    assert "Send the reading list" not in tooltip  # done
    assert "Apply to two labs — Them" in column(overview, "overdue", Qt.ItemDataRole.ToolTipRole)[1]


def test_shows_the_goals_in_progress(overview: MenteesOverview) -> None:
    # The agreement's objective (with a target date first), then the goal she is a member
    # of; not the paused one, not the achieved objective.
    goals = column(overview, "goals")
    assert goals[0] == "Pass the algorithms exam, Win a scholarship"
    assert goals[1:] == ["None in progress"] * 3
    tooltip = column(overview, "goals", Qt.ItemDataRole.ToolTipRole)[0]
    assert tooltip == "• Pass the algorithms exam\n• Win a scholarship"


def test_refreshes_when_a_session_is_logged_or_an_action_is_done(
    mentees: Mentees, overview: MenteesOverview, qtmodeltester
) -> None:
    journal = mentees.journal
    qtmodeltester.check(overview.model)
    overview.view.selectRow(0)  # Maya
    journal.mentorships.log_session(mentees.agreements["maya"], datetime.now(UTC))
    assert column(overview, "last_session")[0] == "today"
    assert column(overview, "next_session")[0] == "in 2 weeks"
    assert overview.summary_text() == "4 mentees · 3 action items overdue"
    # Her action items done: she no longer comes first, and the selection follows her.
    journal.mentorships.complete_action(mentees.actions["Draft the CV"])
    assert column(overview, "overdue")[0] == "1 overdue"
    journal.mentorships.complete_action(mentees.actions["Book a mock interview"])
    assert column(overview, "mentee") == ["Zoe Adams", "Leo Park", "Maya Chen", "Sara Novak"]
    assert overview.current_agreement_id() == mentees.agreements["maya"]
    assert overview.summary_text() == "4 mentees · 1 action item overdue"
    # A goal achieved leaves the list of goals in progress; a rename shows at once.
    exam = next(g for g in journal.goals.rows() if g.title == "Pass the algorithms exam")
    journal.goals.achieve(exam.id)
    assert column(overview, "goals")[2] == "Win a scholarship"
    maya = journal.mentorships.get(mentees.agreements["maya"]).person_id
    journal.people.update(maya, display_name="Maya Chen-Li")
    assert column(overview, "mentee")[2] == "Maya Chen-Li"
    # Paused agreements stay; a completed one leaves.
    journal.mentorships.update(mentees.agreements["zoe"], reason="Done", status="completed")
    assert column(overview, "mentee") == ["Leo Park", "Maya Chen-Li", "Sara Novak"]
    assert overview.summary_text() == "3 mentees · nothing overdue"


def test_double_click_or_enter_opens_the_agreement(
    mentees: Mentees, overview: MenteesOverview, qtbot: QtBot
) -> None:
    view = overview.view
    opened: list[int] = []
    overview.open_agreement.connect(opened.append)
    rect = view.visualRect(overview.model.index(2, 0))  # Leo
    # What a double click sends: a click, then the double click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a single click only selects
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [mentees.agreements["leo"]]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # to Sara
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [mentees.agreements["leo"], mentees.agreements["sara"]]


def test_an_empty_overview_says_how_to_start(journal: Journal, qtbot: QtBot) -> None:
    person = journal.people.create("Ana Silva")
    journal.mentorships.create(person.id, "mentee", status="active")  # I am the mentee here
    widget = MenteesOverview(journal)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    empty = widget.view.empty_state()
    assert empty.isVisible()
    assert "You are not mentoring anyone yet" in empty.text()
    assert "New agreement…" in empty.text()
    assert not widget.summary.isVisible()
    assert widget.summary_text() == ""
    widget.shutdown()


def test_model_passes_the_model_tester(mentees: Mentees, qtmodeltester) -> None:
    model = MenteesTableModel(mentees.journal)
    qtmodeltester.check(model)
    mentees.journal.mentorships.complete_action(mentees.actions["Apply to two labs"])
    mentees.journal.mentorships.update(mentees.agreements["sara"], reason="Back", status="active")
    model.detach()


def test_shutdown_stops_following_the_journal(mentees: Mentees, overview: MenteesOverview) -> None:
    overview.shutdown()
    mentees.journal.mentorships.complete_action(mentees.actions["Draft the CV"])
    assert column(overview, "overdue")[0] == "2 overdue"


def unnamed_interactive_widgets(top: QWidget) -> list[str]:
    """Widgets that take focus but have neither an accessible name nor a buddy label.

    The inner editor of a date edit hands its focus to the date edit (its focus proxy),
    whose name is the one read."""
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy()}

    def named(widget: QWidget) -> bool:
        if widget.accessibleName() or id(widget) in buddies:
            return True
        proxy = widget.focusProxy()
        return proxy is not None and proxy is not widget and named(proxy)

    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in top.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(top) and not named(w)
    ]


def test_every_interactive_widget_has_an_accessible_name(overview: MenteesOverview) -> None:
    assert unnamed_interactive_widgets(overview) == []
