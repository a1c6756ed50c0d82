"""Table models over a real journal: contents, sorting in SQLite, paging, search, changes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.models import (
    AgreementsTableModel,
    GoalsTableModel,
    IdTableModel,
    PeopleTableModel,
    Role,
)

from .conftest import Facts

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder


def names(model: IdTableModel, column: int = 0) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def load_all(model: IdTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


@pytest.fixture
def models(small_journal: tuple[Journal, Facts]):
    journal, _ = small_journal
    made: list[IdTableModel] = []

    def make(cls: type[IdTableModel], **kwargs: int) -> IdTableModel:
        model = cls(journal, **kwargs)
        made.append(model)
        return model

    yield make
    for model in made:
        model.detach()


# --- every model through Qt's model tester ----------------------------------------------


@pytest.mark.parametrize(
    ("cls", "page_size"),
    [
        (PeopleTableModel, 200),
        (PeopleTableModel, 2),
        (GoalsTableModel, 200),
        (AgreementsTableModel, 200),
    ],
)
def test_model_passes_the_model_tester(models, qtmodeltester, cls, page_size: int) -> None:
    model = models(cls, page_size=page_size)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_people_model_passes_the_model_tester_through_changes(
    models, qtmodeltester, small_journal: tuple[Journal, Facts]
) -> None:
    journal, facts = small_journal
    model = models(PeopleTableModel)
    qtmodeltester.check(model)
    journal.people.create("Aaron Abbott")
    journal.people.update(facts.people["Chiara"], display_name="Chiara R.")
    journal.people.archive(facts.people["Elif"])
    journal.people.delete(facts.people["Bruno"])
    model.set_search("a")
    model.set_search("")
    assert names(model) == ["Aaron Abbott", "Ana Silva", "Chiara R.", "Dmitri Petrov"]


# --- what each list holds ---------------------------------------------------------------


def test_people_rows_read_at_a_glance(models) -> None:
    model = models(PeopleTableModel)
    assert names(model) == [
        "Ana Silva",
        "Bruno Costa",
        "Chiara Rossi",
        "Dmitri Petrov",
        "Elif Yilmaz",
    ]
    row = model.row_of(model.ids[3])
    assert model.data(model.index(row, 1)) == "Student"
    assert model.data(model.index(0, 1)) == "University of Porto · Professor"
    assert model.data(model.index(row, 2)) == "classmates, study group"
    assert [chip.text for chip in model.data(model.index(row, 2), Role.CHIPS)] == [
        "classmates",
        "study group",
    ]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(2, 3)) == "Never"
    assert model.data(model.index(0, 3)).endswith("ago")
    # Ana's check-in (15 Feb 2025) is long past: said in words, not only in colour.
    assert model.data(model.index(0, 4)).startswith("Overdue · ")
    assert model.data(model.index(2, 4)) is None
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Next check-in"


def test_goal_rows(models) -> None:
    model = models(GoalsTableModel)
    assert names(model) == ["Learn Spanish", "Win the scholarship"]
    assert names(model, 1) == ["Paused", "Active"]
    assert names(model, 2) == ["Skill", "Scholarship"]
    assert names(model, 4) == ["70%", "30%"]
    assert model.data(model.index(1, 4), Role.PROGRESS) == 30
    # Who shares a goal, by name; roles in the tooltip.
    assert names(model, 5) == ["Just me", "Ana Silva"]
    assert model.data(model.index(1, 5), Qt.ItemDataRole.ToolTipRole) == "Ana Silva · Mentor"


def test_agreement_rows(models) -> None:
    model = models(AgreementsTableModel)
    # Grouped by my role, each group under its header (which holds only its first cell).
    assert names(model) == ["Mentoring (1)", "Ana Silva", "Being mentored (1)", "Bruno Costa"]
    assert [model.is_header(row) for row in range(4)] == [True, False, True, False]
    assert names(model, 1) == [None, "Proposed", None, "Active"]
    assert names(model, 2) == [None, "—", None, "every 2 weeks"]
    assert names(model, 3)[1] == "None yet"
    assert names(model, 4)[1] == "—"
    assert names(model, 4)[3].startswith("Overdue · ")
    assert names(model, 5) == [None, "None", None, "None"]


# --- sorting is done in SQLite, by every sortable column -------------------------------

PEOPLE_ORDERS = {
    ("name", ASC): ["Ana", "Bruno", "Chiara", "Dmitri", "Elif"],
    ("name", DESC): ["Elif", "Dmitri", "Chiara", "Bruno", "Ana"],
    ("organization", ASC): ["Dmitri", "Bruno", "Elif", "Ana", "Chiara"],
    ("organization", DESC): ["Chiara", "Ana", "Elif", "Bruno", "Dmitri"],
    ("last_contact", ASC): ["Chiara", "Elif", "Ana", "Bruno", "Dmitri"],
    ("last_contact", DESC): ["Dmitri", "Bruno", "Ana", "Elif", "Chiara"],
    ("next_due", ASC): ["Chiara", "Elif", "Ana", "Dmitri", "Bruno"],
    ("next_due", DESC): ["Bruno", "Dmitri", "Ana", "Elif", "Chiara"],
}


@pytest.mark.parametrize(("key", "order"), list(PEOPLE_ORDERS))
@pytest.mark.parametrize("page_size", [200, 2])
def test_people_sort(
    models, small_journal: tuple[Journal, Facts], key: str, order, page_size: int
) -> None:
    _, facts = small_journal
    model = models(PeopleTableModel, page_size=page_size)
    model.sort(model.column_index(key), order)
    load_all(model)
    assert list(model.ids) == [facts.people[n] for n in PEOPLE_ORDERS[key, order]]
    assert model.sort_column() == model.column_index(key)
    assert model.sort_order() == order


@pytest.mark.parametrize(
    ("key", "first"),
    [
        ("title", "spanish"),
        ("status", "scholarship"),
        ("category", "scholarship"),
        ("target", "spanish"),
        ("progress", "scholarship"),
    ],
)
def test_goals_sort(models, small_journal, key: str, first: str) -> None:
    _, facts = small_journal
    other = next(g for g in facts.goals if g != first)
    model = models(GoalsTableModel)
    column = model.column_index(key)
    model.sort(column, ASC)
    assert list(model.ids) == [facts.goals[first], facts.goals[other]]
    model.sort(column, DESC)
    assert list(model.ids) == [facts.goals[other], facts.goals[first]]


@pytest.mark.parametrize(
    ("key", "ascending", "descending"),
    [
        ("person", ["ana", "chiara", "dmitri"], ["dmitri", "chiara", "ana"]),
        ("status", ["chiara", "dmitri", "ana"], ["ana", "dmitri", "chiara"]),
        # Agreements without a session, or with none due, come last either way.
        ("last_session", ["ana", "chiara", "dmitri"], ["ana", "chiara", "dmitri"]),
        ("next_session", ["chiara", "ana", "dmitri"], ["chiara", "ana", "dmitri"]),
    ],
)
def test_agreements_sort_within_their_group(
    models, small_journal, key: str, ascending, descending
) -> None:
    journal, facts = small_journal
    mentor = {
        "ana": facts.agreements["ana"],
        "chiara": journal.mentorships.create(
            facts.people["Chiara"],
            "mentor",
            status="active",
            started_on="2025-03-01",
            cadence_days=7,
        ).id,
        "dmitri": journal.mentorships.create(
            facts.people["Dmitri"], "mentor", status="completed"
        ).id,
    }
    model = models(AgreementsTableModel)
    column = model.column_index(key)
    model.sort(column, ASC)
    # Mentoring first whatever the sort; Bruno, the one mentee, after.
    assert list(model.ids) == [*(mentor[n] for n in ascending), facts.agreements["bruno"]]
    model.sort(column, DESC)
    assert list(model.ids) == [*(mentor[n] for n in descending), facts.agreements["bruno"]]
    assert model.headers() == ["Mentoring", "Being mentored"]


@pytest.mark.parametrize(
    ("cls", "key"),
    [
        (PeopleTableModel, "tags"),
        (GoalsTableModel, "members"),
        (AgreementsTableModel, "cadence"),
        (AgreementsTableModel, "open_actions"),
    ],
)
def test_a_column_that_cannot_sort_is_ignored(models, qtbot: QtBot, cls, key: str) -> None:
    model = models(cls)
    before, column = model.ids, model.sort_column()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        model.sort(model.column_index(key), DESC)
        model.sort(99, ASC)
    assert model.ids == before
    assert model.sort_column() == column


# --- paging -----------------------------------------------------------------------------


def test_people_are_fetched_in_pages(models, qtbot: QtBot) -> None:
    model = models(PeopleTableModel, page_size=2)
    assert names(model) == ["Ana Silva", "Bruno Costa"]
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [2, 3]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert names(model)[-1] == "Elif Yilmaz"
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing more: a no-op
    assert model.rowCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.canFetchMore(model.index(0, 0))


# --- search ----------------------------------------------------------------------------


def test_search_filters_people_in_sqlite(models, small_journal, qtbot: QtBot) -> None:
    _, facts = small_journal
    model = models(PeopleTableModel, page_size=2)
    with qtbot.waitSignal(model.modelReset):
        model.set_search("bru")
    assert names(model) == ["Bruno Costa"]
    assert model.sort_column() == -1  # ranked, not by a column
    model.set_search("porto")  # organization
    assert list(model.ids) == [facts.people["Ana"]]
    model.set_search("classmates")  # tag
    assert set(model.ids) == {facts.people["Bruno"], facts.people["Dmitri"]}
    model.sort(model.column_index("name"), DESC)  # the matches, by name
    assert list(model.ids) == [facts.people["Dmitri"], facts.people["Bruno"]]
    model.set_search("nobody-has-this-name")
    assert model.rowCount() == 0
    model.set_search("  ")
    assert model.rowCount() == 2  # a page again
    load_all(model)
    assert model.rowCount() == 5


# --- changes reach only the rows they concern ------------------------------------------


def test_a_rename_repaints_one_row_without_a_reset(models, small_journal, qtbot: QtBot) -> None:
    journal, facts = small_journal
    model = models(PeopleTableModel)
    row = model.row_of(facts.people["Bruno"])
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(model.rowsRemoved),
        qtbot.assertNotEmitted(model.rowsInserted),
        qtbot.waitSignal(model.dataChanged) as changed,
    ):
        journal.people.update(facts.people["Bruno"], display_name="Bruno Costa-Lima")
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (row, row)
    assert model.data(model.index(row, 0)) == "Bruno Costa-Lima"


def test_a_recoloured_tag_repaints_the_people_who_wear_it(models, small_journal, qtbot) -> None:
    journal, facts = small_journal
    model = models(PeopleTableModel)
    classmates = next(tag for tag in journal.people.tags() if tag.name == "classmates")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        journal.people.update_tag(classmates.id, name="class of 2026", colour="#3366cc")
    row = model.row_of(facts.people["Bruno"])
    assert model.data(model.index(row, 2)) == "class of 2026"
    chip = model.data(model.index(row, 2), Role.CHIPS)[0]
    assert chip.colour.name() == "#3366cc"


def test_a_new_person_is_inserted_in_place(models, small_journal, qtbot: QtBot) -> None:
    journal, _ = small_journal
    model = models(PeopleTableModel)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted) as done:
        journal.people.create("Carla Dias")
    assert done.args[1:] == [2, 2]
    assert names(model)[2] == "Carla Dias"


def test_archived_and_deleted_people_leave_the_list(models, small_journal, qtbot) -> None:
    journal, facts = small_journal
    model = models(PeopleTableModel)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsRemoved):
        journal.people.archive(facts.people["Chiara"])
    with qtbot.waitSignal(model.rowsRemoved):
        journal.people.delete(facts.people["Elif"])
    assert names(model) == ["Ana Silva", "Bruno Costa", "Dmitri Petrov"]


def test_a_change_beyond_the_loaded_pages_leaves_them_alone(models, small_journal, qtbot):
    journal, facts = small_journal
    model = models(PeopleTableModel, page_size=2)
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(model.rowsInserted),
        qtbot.assertNotEmitted(model.dataChanged),
    ):
        journal.people.update(facts.people["Elif"], role="Chair")
        journal.people.create("Zoe Zimmer")
    assert names(model) == ["Ana Silva", "Bruno Costa"]
    load_all(model)
    assert names(model)[-1] == "Zoe Zimmer"


def test_a_logged_entry_repaints_its_people(models, small_journal, qtbot):
    journal, facts = small_journal
    people = models(PeopleTableModel)
    chiara = people.row_of(facts.people["Chiara"])
    with qtbot.waitSignal(people.dataChanged) as repainted:
        journal.entries.log(
            "meeting", datetime.now(UTC), [facts.people["Chiara"]], title="Lab tour"
        )
    assert repainted.args[0].row() == chiara
    assert people.data(people.index(chiara, 3)) == "today"


def test_goal_and_agreement_changes_repaint_their_rows(models, small_journal, qtbot) -> None:
    journal, facts = small_journal
    goals = models(GoalsTableModel)
    agreements = models(AgreementsTableModel)
    with qtbot.assertNotEmitted(goals.modelReset), qtbot.waitSignal(goals.dataChanged):
        journal.goals.update(facts.goals["scholarship"], progress=80)
    assert goals.data(goals.index(goals.row_of(facts.goals["scholarship"]), 4)) == "80%"
    row = agreements.row_of(facts.agreements["ana"])
    with (
        qtbot.assertNotEmitted(agreements.modelReset),
        qtbot.waitSignal(agreements.dataChanged) as changed,
    ):
        journal.mentorships.add_action("Read the draft", agreement_id=facts.agreements["ana"])
    assert changed.args[0].row() == row
    assert agreements.data(agreements.index(row, agreements.column_index("open_actions"))) == "1"
    with qtbot.waitSignal(goals.rowsRemoved):
        journal.goals.delete(facts.goals["spanish"])
    assert goals.rowCount() == 1


def test_a_detached_model_no_longer_follows_the_journal(models, small_journal, qtbot) -> None:
    journal, _ = small_journal
    model = models(PeopleTableModel)
    model.detach()
    with qtbot.assertNotEmitted(model.rowsInserted):
        journal.people.create("Aaron Abbott")
    assert model.rowCount() == 5


def test_relative_days_read_naturally() -> None:
    from datetime import date, timedelta

    from netjournal.ui.format import cadence, relative_day

    today = date(2025, 6, 15)
    cases = {
        0: "today",
        -1: "yesterday",
        1: "tomorrow",
        -3: "3 days ago",
        5: "in 5 days",
        -21: "3 weeks ago",
        -75: "2 months ago",
        -340: "11 months ago",
        -360: "a year ago",
        -365: "a year ago",
        400: "in a year",
        -800: "2 years ago",
    }
    for offset, words in cases.items():
        assert relative_day(today + timedelta(days=offset), today) == words, offset
    assert [cadence(d) for d in (None, 1, 7, 14, 30, 90, 10)] == [
        "",
        "every day",
        "every week",
        "every 2 weeks",
        "every month",
        "every 3 months",
        "every 10 days",
    ]
