"""BarChart: bars where the figures say, values on hover and from the keyboard, an empty
state with its action, and an image at twice the size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from netjournal.ui.widgets.charts import Bar, BarChart, nice_ticks

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def _chart(qtbot: QtBot, values: list[float], **kwargs: object) -> BarChart:
    chart = BarChart(name="Interactions per month", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(chart)
    chart.set_bars(
        [Bar(f"M{i}", v, f"Month {i}: {v:g} interactions") for i, v in enumerate(values)],
        summary="8 interactions in 3 months.",
    )
    chart.resize(420, 260)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_ticks_are_round_numbers() -> None:
    assert nice_ticks(23) == [0, 5, 10, 15, 20, 25]
    assert nice_ticks(1) == [0, 1]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(19_151) == [0, 5_000, 10_000, 15_000, 20_000]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]


def test_bars_are_drawn_where_the_figures_say(qtbot: QtBot) -> None:
    chart = _chart(qtbot, [3, 0, 5])
    image = chart.grab().toImage()
    background = chart.palette().color(QPalette.ColorRole.Window)
    fill = chart.palette().color(QPalette.ColorRole.Highlight)
    rects = chart.bar_rects()

    first, empty, third = (r.center().toPoint() for r in rects)
    assert _close(image.pixelColor(first), fill)
    assert _close(image.pixelColor(third), fill)
    assert not _close(image.pixelColor(first), background)
    # February's bar has no height: above the axis its column is the background.
    above_axis = QPoint(empty.x(), round(rects[1].bottom()) - 10)
    assert _close(image.pixelColor(above_axis), background)
    # Five is taller than three, on the same axis.
    assert rects[2].height() == pytest.approx(rects[0].height() * 5 / 3, rel=0.02)
    assert rects[0].bottom() == pytest.approx(rects[2].bottom())


def test_hover_says_the_value_in_a_tooltip_and_to_screen_readers(qtbot: QtBot) -> None:
    chart = _chart(qtbot, [3, 0, 5])
    third = chart.bar_rects()[2].center().toPoint()

    qtbot.mouseMove(chart, third)
    qtbot.waitUntil(lambda: chart.current == 2)
    assert "Month 2: 5 interactions" in chart.accessibleDescription()
    assert chart.accessibleDescription().startswith("8 interactions in 3 months.")
    tip = QHelpEvent(QHelpEvent.Type.ToolTip, third, chart.mapToGlobal(third))
    QApplication.sendEvent(chart, tip)
    assert QToolTip.text() == "Month 2: 5 interactions"
    QToolTip.hideText()


def test_the_keyboard_goes_from_bar_to_bar(qtbot: QtBot) -> None:
    chart = _chart(qtbot, [3, 0, 5])
    chart.setFocus()
    activated: list[int] = []
    chart.activated.connect(activated.append)

    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == 0
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current == 1
    assert "Month 1: 0 interactions" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current == 2
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert activated == [1]
    assert chart.figures() == [
        ("M0", "Month 0: 3 interactions"),
        ("M1", "Month 1: 0 interactions"),
        ("M2", "Month 2: 5 interactions"),
    ]
    QToolTip.hideText()


def test_a_click_on_a_bar_activates_it(qtbot: QtBot) -> None:
    chart = _chart(qtbot, [3, 0, 5])
    activated: list[int] = []
    chart.activated.connect(activated.append)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rects()[0].center().toPoint())
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # outside the bars
    assert activated == [0]


def test_the_expected_mark_is_drawn_across_its_bar(qtbot: QtBot) -> None:
    chart = BarChart(orientation=Qt.Orientation.Horizontal)
    qtbot.addWidget(chart)
    chart.set_bars(
        [Bar("Ana", 2, "Ana: 2 of 8", mark=8), Bar("Bruno", 6, "Bruno: 6 of 4", mark=4)],
        value_name="Sessions held",
        mark_name="Expected",
    )
    chart.resize(420, 200)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    text = chart.palette().color(QPalette.ColorRole.WindowText)
    ana, bruno = chart.bar_rects()
    # Bruno held 6 of 4: his bar is longer than Ana's, whose mark lies beyond her bar.
    assert bruno.width() == pytest.approx(ana.width() * 3, rel=0.02)
    plot_left = ana.left()
    mark_x = plot_left + bruno.width() * 8 / 6
    found = [
        x
        for x in range(round(ana.right()) + 2, chart.width())
        if _close(image.pixelColor(x, round(ana.center().y())), text, 40)
    ]
    assert found
    assert min(found) == pytest.approx(mark_x, abs=3)


def test_an_empty_chart_says_so_with_its_action(qtbot: QtBot) -> None:
    chart = _chart(qtbot, [0, 0, 0])
    chart.set_empty_state("No interactions logged yet", "&Log an interaction")
    asked: list[bool] = []
    chart.action_requested.connect(lambda: asked.append(True))

    assert chart.is_empty()
    assert chart.summary() == "No interactions logged yet"
    assert chart.empty_button.isVisible()
    assert chart.empty_button.accessibleName() == "Log an interaction"
    qtbot.mouseClick(chart.empty_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    chart.set_bars([Bar("M0", 1, "Month 0: 1")])
    assert not chart.empty_button.isVisible()


def test_the_image_is_twice_the_size_and_has_the_bars(qtbot: QtBot) -> None:
    chart = _chart(qtbot, [3, 0, 5])
    image = chart.render_image(2.0)

    assert (image.width(), image.height()) == (840, 520)
    assert image.devicePixelRatio() == 2.0
    assert image.format() != QImage.Format.Format_Invalid
    centre = chart.bar_rects()[2].center()
    at = QPointF(centre.x() * 2, centre.y() * 2).toPoint()
    assert _close(image.pixelColor(at), chart.palette().color(QPalette.ColorRole.Highlight))
