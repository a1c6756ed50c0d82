"""Give and get on a journal whose helps are known: who is listed, in what order, with what
words, and how the list follows the journal and opens a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.format import format_date_long
from netjournal.ui.network.give_get import BalanceTableModel, GiveGetView

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

TODAY = date.today()


def noon(days_ago: int) -> datetime:
    """Noon UTC some days ago (the same calendar day here and in UTC)."""
    return datetime.combine(TODAY - timedelta(days=days_ago), time(12), UTC)


@dataclass(frozen=True)
class Helps:
    journal: Journal
    people: dict[str, int]


@pytest.fixture
def helps(journal: Journal) -> Helps:
    """- Mina, one-sided my way: I helped 3 times (10, 30, 50 days ago), we helped each
      other once (40).
    - Theo, one-sided their way: they helped 4 times (20, 25, 60, 70).
    - Bea, balanced: I helped twice (15, 80), they twice (12, 90), we helped each other
      in a study session with Finn (5).
    - Finn, too few to tell: the study session (5), and they helped once (2).
    - Left out: Old (archived, I helped 3 times), Nadia (no entry says who helped).
    """
    people = {
        name: journal.people.create(name).id for name in ("Mina", "Theo", "Bea", "Finn", "Old")
    }
    people["Nadia"] = journal.people.create("Nadia").id

    def log(days: int, helped: str | None, *who: str) -> None:
        journal.entries.log(
            "coffee", noon(days), [people[w] for w in who], title="Coffee", helped=helped
        )

    for days in (10, 30, 50):
        log(days, "i_helped", "Mina")
    log(40, "mutual", "Mina")
    for days in (20, 25, 60, 70):
        log(days, "they_helped", "Theo")
    log(15, "i_helped", "Bea")
    log(80, "i_helped", "Bea")
    log(12, "they_helped", "Bea")
    log(90, "they_helped", "Bea")
    log(5, "mutual", "Bea", "Finn")
    log(2, "they_helped", "Finn")
    for days in (1, 3, 4):
        log(days, "i_helped", "Old")
    log(1, None, "Nadia")
    journal.people.archive(people["Old"])
    return Helps(journal, people)


@pytest.fixture
def view(helps: Helps, qtbot: QtBot) -> GiveGetView:
    widget = GiveGetView(helps.journal)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.started)
    return widget


def column(view: GiveGetView, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    model = view.model
    section = model.column_index(key)
    return [model.index(row, section).data(role) for row in range(model.rowCount())]


def test_one_sided_first_then_the_most_recent_help(view: GiveGetView) -> None:
    assert column(view, "person") == ["Mina", "Theo", "Finn", "Bea"]
    assert column(view, "lean") == [
        "One-sided: I give",
        "One-sided: they give",
        "Too early to tell",
        "Balanced",
    ]
    assert column(view, "i_helped") == ["3", "0", "0", "2"]
    assert column(view, "they_helped") == ["0", "4", "1", "2"]
    assert column(view, "mutual") == ["1", "0", "1", "1"]
    assert view.summary.text() == "4 people · 2 one-sided"
    assert "3 in 4" in view.rule.text()
    assert "at least 3 helps" in view.rule.text()


def test_one_sided_lines_carry_a_word_and_an_icon_not_only_colour(view: GiveGetView) -> None:
    icons = column(view, "lean", Qt.ItemDataRole.DecorationRole)
    assert [icon is not None and not icon.isNull() for icon in icons] == [
        True,
        True,
        False,
        False,
    ]
    fonts = column(view, "lean", Qt.ItemDataRole.FontRole)
    assert [font is not None and font.bold() for font in fonts] == [True, True, False, False]
    tips = column(view, "lean", Qt.ItemDataRole.ToolTipRole)
    assert tips[0] == "You helped Mina 3 of the 4 times help went between you"
    assert tips[1] == "Theo helped you 4 of the 4 times help went between you"
    assert tips[2].startswith("Only 2 helps so far")


def test_the_last_time_each_side_helped_reads_relative_with_the_full_date_beside(
    view: GiveGetView,
) -> None:
    assert column(view, "last_i") == ["10 days ago", "Never", "5 days ago", "5 days ago"]
    assert column(view, "last_they")[:3] == ["6 weeks ago", "3 weeks ago", "2 days ago"]
    tips = column(view, "last_i", Qt.ItemDataRole.ToolTipRole)
    assert tips[0] == format_date_long(noon(10))
    assert tips[1] == "No entry says you helped Theo yet"


def test_only_one_sided(view: GiveGetView, qtbot: QtBot) -> None:
    qtbot.mouseClick(view.only_one_sided, Qt.MouseButton.LeftButton)
    assert column(view, "person") == ["Mina", "Theo"]
    assert view.summary.text() == "2 one-sided"
    qtbot.mouseClick(view.only_one_sided, Qt.MouseButton.LeftButton)
    assert column(view, "person") == ["Mina", "Theo", "Finn", "Bea"]


def test_follows_the_journal(helps: Helps, view: GiveGetView, qtmodeltester) -> None:
    qtmodeltester.check(view.model)
    journal, p = helps.journal, helps.people
    # Finn helps twice more: 3 in 4 theirs, and the most recent one-sided.
    for days in (1, 3):
        journal.entries.log("call", noon(days), [p["Finn"]], title="Call", helped="they_helped")
    assert column(view, "person") == ["Finn", "Mina", "Theo", "Bea"]
    assert column(view, "lean")[0] == "One-sided: they give"
    assert view.summary.text() == "4 people · 3 one-sided"
    journal.people.archive(p["Mina"])
    assert column(view, "person") == ["Finn", "Theo", "Bea"]
    journal.people.update(p["Bea"], display_name="Beatriz")
    assert column(view, "person") == ["Finn", "Theo", "Beatriz"]


def test_the_counts_follow_changes_beyond_the_rows_loaded(
    helps: Helps, qtbot: QtBot, qtmodeltester
) -> None:
    model = BalanceTableModel(helps.journal, page_size=1)
    model.start()
    assert [model.record(i).display_name for i in model.ids] == ["Mina"]
    assert (model.people, model.one_sided) == (4, 2)
    # Nadia becomes one-sided, third in the list: the row loaded stays as it is.
    nadia = helps.people["Nadia"]
    with qtbot.waitSignal(model.totals_changed, timeout=1000):
        for days in (30, 40, 50):
            helps.journal.entries.log("call", noon(days), [nadia], title="Call", helped="i_helped")
    assert [model.record(i).display_name for i in model.ids] == ["Mina"]
    assert (model.people, model.one_sided) == (5, 3)
    qtmodeltester.check(model)
    model.detach()


def test_nothing_is_counted_before_the_view_is_shown(helps: Helps, qtbot: QtBot) -> None:
    widget = GiveGetView(helps.journal)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert not widget.model.started
    assert not helps.journal.reciprocity.counted
    widget.show()
    # Counted in a thread of its own, while the list says so.
    assert widget.counting
    assert widget.summary.text() == ""
    assert "Counting who helped whom…" in widget.view.empty_state().text()
    qtbot.waitUntil(lambda: widget.model.started)
    assert not widget.counting
    assert widget.model.rowCount() == 4
    assert widget.summary.text() == "4 people · 2 one-sided"
    assert widget.view.currentIndex().row() == 0
    widget.shutdown()


def test_enter_or_double_click_opens_the_person(
    helps: Helps, view: GiveGetView, qtbot: QtBot
) -> None:
    opened: list[int] = []
    view.show_person.connect(opened.append)
    table = view.view
    rect = table.visualRect(view.model.index(1, 0))  # Theo
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [helps.people["Theo"]]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # to Finn
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [helps.people["Theo"], helps.people["Finn"]]


def test_an_empty_list_says_what_fills_it(journal: Journal, qtbot: QtBot) -> None:
    journal.entries.log("coffee", noon(1), [journal.people.create("Ana").id], title="Coffee")
    widget = GiveGetView(journal)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.started)
    empty = widget.view.empty_state()
    assert empty.isVisible()
    assert "No help noted yet" in empty.text()
    assert "Log an interaction" in empty.text()
    assert "who helped" in empty.text()
    assert widget.summary_text() == ""
    widget.shutdown()


def test_a_journal_counted_already_shows_at_once(helps: Helps, qtbot: QtBot) -> None:
    helps.journal.reciprocity.count()
    widget = GiveGetView(helps.journal)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.counting
    assert widget.model.rowCount() == 4
    widget.shutdown()


def test_shutdown_waits_for_a_count_still_running(helps: Helps, qtbot: QtBot) -> None:
    widget = GiveGetView(helps.journal)
    qtbot.addWidget(widget)
    widget.show()
    widget.shutdown()
    assert not widget.counting
    assert helps.journal.reciprocity.counted


def test_the_model_passes_the_model_tester(helps: Helps, qtmodeltester) -> None:
    model = BalanceTableModel(helps.journal, page_size=2)
    model.start()
    assert model.rowCount() == 2
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert [model.record(i).display_name for i in model.ids] == ["Mina", "Theo", "Finn", "Bea"]
    assert not model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)
    helps.journal.entries.log(
        "call", noon(0), [helps.people["Bea"]], title="Call", helped="i_helped"
    )
    model.detach()


def test_shutdown_stops_following_the_journal(helps: Helps, view: GiveGetView) -> None:
    view.shutdown()
    helps.journal.people.archive(helps.people["Mina"])
    assert column(view, "person")[0] == "Mina"


def test_every_interactive_widget_has_an_accessible_name(view: GiveGetView) -> None:
    buddies = {id(label.buddy()) for label in view.findChildren(QLabel) if label.buddy()}
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(view)
        and not (w.accessibleName() or id(w) in buddies)
    ]
    assert unnamed == []
