"""InsightsView on journals whose facts are known: exactly those bars, the figures as a
table, a bar that opens its agreement, Save as PNG, the empty state, and refreshing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.network.insights import InsightsView

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

TODAY = date(2026, 3, 15)


def _noon(year: int, month: int, day: int) -> datetime:
    # Noon UTC is the same calendar day in every zone from UTC-11 to UTC+11.
    return datetime(year, month, day, 12, tzinfo=UTC)


@pytest.fixture
def known(journal: Journal) -> dict[str, int]:
    """3 interactions in January, none in February, 5 in March (and a note, not counted);
    Bruno's fortnightly mentorship since 1 January with 2 sessions; goals achieved in
    September, December and February."""
    ana = journal.people.create("Ana Silva").id
    bruno = journal.people.create("Bruno Costa").id
    for day in (5, 12, 20):
        journal.entries.log("coffee", _noon(2026, 1, day), [ana])
    for day in (2, 3, 4, 9, 10):
        journal.entries.log("call", _noon(2026, 3, day), [ana])
    journal.entries.log("note", _noon(2026, 3, 11), [ana])
    agreement = journal.mentorships.create(
        bruno, "mentee", status="active", started_on=date(2026, 1, 1), cadence_days=14
    ).id
    journal.mentorships.log_session(agreement, _noon(2026, 1, 14))
    journal.mentorships.log_session(agreement, _noon(2026, 2, 25))
    for title, day in (
        ("Essay", date(2025, 9, 10)),
        ("Exam", date(2025, 12, 1)),
        ("Internship", date(2026, 2, 2)),
    ):
        journal.goals.achieve(journal.goals.create(title).id, day)
    return {"ana": ana, "bruno": bruno, "agreement": agreement}


def _view(qtbot: QtBot, journal: Journal, months: int = 6) -> InsightsView:
    view = InsightsView(journal, today=TODAY)
    qtbot.addWidget(view)
    view.range_box.setCurrentIndex(view.range_box.findData(months))
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_interactions_per_month_are_exactly_those_bars(
    qtbot: QtBot, journal: Journal, known: dict[str, int]
) -> None:
    view = _view(qtbot, journal)
    chart = view.interactions.chart
    # The journal has 2 sessions with Bruno too (January and February).
    assert [(b.label, b.value) for b in chart.bars] == [
        ("Oct", 0),
        ("Nov", 0),
        ("Dec", 0),
        ("Jan", 4),
        ("Feb", 1),
        ("Mar", 5),
    ]
    assert chart.bars[3].tooltip == "January 2026: 4 interactions"
    assert chart.bars[4].tooltip == "February 2026: 1 interaction"
    assert chart.bars[3].group == "2026"
    assert view.interactions.summary.text() == (
        "10 interactions in 6 months; the most in March 2026 (5)."
    )
    view.shutdown()


def test_sessions_against_cadence_and_goals_per_term(
    qtbot: QtBot, journal: Journal, known: dict[str, int]
) -> None:
    view = _view(qtbot, journal)
    sessions = view.sessions.chart.bars
    # 1 January to 15 March: 74 days, 5 fortnights; 2 sessions held.
    assert [(b.label, b.value, b.mark) for b in sessions] == [("Bruno Costa", 2, 5)]
    assert sessions[0].tooltip.startswith("Bruno Costa (Mentee, Active), 1/1/2026 to 3/15/2026")
    assert "2 sessions held, 5 expected every 2 weeks; last on 2/25/2026." in sessions[0].tooltip
    assert view.sessions.summary.text() == "1 mentorship; 1 behind the cadence agreed."
    # Six months: two terms, September to December and January to April.
    goals = view.goals.chart.bars
    assert [(b.label, b.value) for b in goals] == [("Sep–Dec", 2), ("Jan–Apr", 1)]
    assert goals[0].tooltip == "September–December 2025: 2 goals — Essay, Exam"
    view.shutdown()


def test_the_figures_show_as_a_table(
    qtbot: QtBot, qtmodeltester: object, journal: Journal, known: dict[str, int]
) -> None:
    view = _view(qtbot, journal)
    panel = view.sessions
    qtbot.mouseClick(panel.figures_button, Qt.MouseButton.LeftButton)

    assert panel.stack.currentWidget() is panel.table
    table = panel.table
    cells = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert cells == [["Bruno Costa", "2", "5", "every 2 weeks", "Active"]]
    qtmodeltester.check(table.model())  # type: ignore[attr-defined]
    months = view.interactions.table
    assert [months.item(r, 1).text() for r in range(months.rowCount())] == [
        "0",
        "0",
        "0",
        "4",
        "1",
        "5",
    ]
    qtmodeltester.check(months.model())  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.figures_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentIndex() == 0
    view.shutdown()


def test_a_bar_opens_its_agreement(qtbot: QtBot, journal: Journal, known: dict[str, int]) -> None:
    view = _view(qtbot, journal)
    chart = view.sessions.chart
    with qtbot.waitSignal(view.show_agreement) as shown:
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_rects()[0].center().toPoint()
        )
    assert shown.args == [known["agreement"]]
    view.shutdown()


def test_save_as_png_writes_a_png_at_twice_the_size(
    qtbot: QtBot, journal: Journal, known: dict[str, int], tmp_path: Path
) -> None:
    view = _view(qtbot, journal)
    asked: list[str] = []

    def choose(suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "months"

    view.ask_png_path = choose  # type: ignore[method-assign]
    qtbot.mouseClick(view.interactions.save_button, Qt.MouseButton.LeftButton)

    saved = tmp_path / "months.png"
    assert asked
    assert asked[0].endswith(".png")
    image = QImage(str(saved))
    assert not image.isNull()
    chart = view.interactions.chart
    assert image.width() == chart.width() * 2
    # At twice the size, with the chart's title above it.
    assert chart.height() * 2 < image.height() < chart.height() * 2 + 120
    march = chart.bar_rects()[5].center()
    title = image.height() - chart.height() * 2
    pixel = image.pixelColor(round(march.x() * 2), round(march.y() * 2) + title)
    assert pixel == chart.palette().color(QPalette.ColorRole.Highlight)
    assert view.interactions.note.toolTip() == f"Saved to {saved}"
    view.ask_png_path = lambda _suggested: None  # type: ignore[method-assign]
    assert view.save_png(view.goals) is None  # cancelled: nothing written
    view.shutdown()


def test_an_empty_journal_says_so_with_the_action_that_fills_it(
    qtbot: QtBot, journal: Journal
) -> None:
    view = _view(qtbot, journal)
    chart = view.interactions.chart
    assert chart.is_empty()
    assert chart.empty_text == "No interactions logged yet"
    assert not view.interactions.save_button.isEnabled()
    assert view.sessions.chart.is_empty()
    assert view.goals.chart.is_empty()
    with qtbot.waitSignal(view.log_requested):
        qtbot.mouseClick(chart.empty_button, Qt.MouseButton.LeftButton)
    # Entries older than the range: not "yet", but not in these months.
    journal.entries.log("call", _noon(2024, 1, 5), [journal.people.create("Chiara").id])
    view.refresh()
    assert chart.empty_text == "No interactions logged in these months"
    view.shutdown()


def test_the_range_and_new_entries_change_the_bars(
    qtbot: QtBot, journal: Journal, known: dict[str, int]
) -> None:
    view = _view(qtbot, journal)
    view.range_box.setCurrentIndex(view.range_box.findData(24))
    assert len(view.interactions.chart.bars) == 24
    assert len(view.goals.chart.bars) == 6
    view.range_box.setCurrentIndex(view.range_box.findData(6))

    journal.entries.log("meeting", _noon(2026, 2, 14), [known["ana"]])
    qtbot.waitUntil(lambda: view.interactions.chart.bars[4].value == 2)

    view.shutdown()
    journal.entries.log("meeting", _noon(2026, 2, 15), [known["ana"]])
    qtbot.wait(200)  # longer than the refresh delay: nothing listens any more
    assert view.interactions.chart.bars[4].value == 2


def test_the_figures_are_read_when_first_shown(
    qtbot: QtBot, journal: Journal, known: dict[str, int]
) -> None:
    view = InsightsView(journal, today=TODAY)
    qtbot.addWidget(view)
    assert view.interactions.chart.bars == []  # the window opens without reading them
    view.show()
    qtbot.waitExposed(view)
    assert len(view.interactions.chart.bars) == 12
    view.shutdown()
