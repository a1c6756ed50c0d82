"""The application icon: every size there, each a square PNG of that size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from netjournal.ui.icons import ICONS, app_icon

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", SIZES)
def test_each_png_size_is_shipped(size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "netjournal.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # not blank: the middle of the page is drawn
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_icon_offers_every_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(SIZES) <= sizes
