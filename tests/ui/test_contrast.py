"""The colours that carry a meaning read at 4.5:1 or more (WCAG 2, level AA) on what they
are drawn on, in the light and in the dark palette the app applies; and each meaning has
a word besides its colour."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from netjournal.journal.generate import _DEMO_TAGS
from netjournal.ui.format import DueStatus
from netjournal.ui.settings import dark_palette, light_palette
from netjournal.ui.widgets.delegates import chip_colours

AA = 4.5
Role = QPalette.ColorRole


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    darker, lighter = sorted((relative_luminance(one), relative_luminance(other)))
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """A colour with alpha as it shows, painted over an opaque background."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def test_the_contrast_is_computed_as_wcag_says() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#d08a1e"), QColor("#ffffff")) < AA  # the old "due soon"


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The palette apply_theme sets for the theme, set on the application."""
    before = QGuiApplication.palette()
    chosen = light_palette(qapp) if request.param == "light" else dark_palette()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


def _backgrounds(palette: QPalette) -> dict[str, QColor]:
    # Lists and fields (Base and their alternate rows), and the window (editors, dialogs).
    return {
        "Base": palette.color(Role.Base),
        "AlternateBase": palette.color(Role.AlternateBase),
        "Window": palette.color(Role.Window),
    }


def test_overdue_due_soon_and_on_track_read_on_every_background(palette: QPalette) -> None:
    low = [
        f"{status.name} {status.colour.name()} on {where}: {contrast(status.colour, bg):.2f}"
        for status in DueStatus
        for where, bg in _backgrounds(palette).items()
        if contrast(status.colour, bg) < AA
    ]
    assert low == []


@pytest.mark.parametrize("role", [Role.PlaceholderText, Role.Link, Role.Text, Role.WindowText])
def test_muted_text_and_links_read_on_every_background(palette: QPalette, role: Role) -> None:
    for where, background in _backgrounds(palette).items():
        shown = over(palette.color(role), background)
        assert contrast(shown, background) >= AA, f"{role.name} on {where}"


# Tags may have any colour: the demo's, the extremes, and the statuses'.
CHIP_COLOURS = [
    *_DEMO_TAGS.values(),
    "#000000",
    "#ffffff",
    "#ff0000",
    "#00ff00",
    "#0000ff",
    "#ffff00",
]


def test_a_chip_keeps_its_word_readable_whatever_its_colour(palette: QPalette) -> None:
    """A chip's fill and text as the delegate paints them, in any row, selected or not."""
    colours: list[QColor | None] = [QColor(c) for c in CHIP_COLOURS]
    colours += [s.colour for s in DueStatus] + [None]
    low = []
    for colour in colours:
        fill, text = chip_colours(palette, colour)
        assert fill.alpha() == 255  # opaque: the row behind it does not show through
        if contrast(text, fill) < AA:
            low.append(f"{colour.name() if colour else 'plain'}: {contrast(text, fill):.2f}")
    assert low == []


def test_each_status_has_a_word_besides_its_colour() -> None:
    today = date(2026, 3, 2)
    assert DueStatus.of(today - timedelta(days=1), today) is DueStatus.OVERDUE
    assert [s.label for s in DueStatus] == ["Overdue", "Due soon", "On track"]
