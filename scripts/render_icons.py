"""Render the application icon's PNG sizes from its SVG (run after changing the SVG).

    python scripts/render_icons.py

Writes netjournal/resources/icons/hicolor/NxN/apps/netjournal.png for the sizes the
freedesktop icon theme asks for, 16 to 512. The PNGs are committed, so that neither
the app nor an installer needs to render SVG to show the icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "netjournal" / "resources" / "icons"


def render(svg: Path, size: int) -> object:
    """The SVG drawn into a transparent square image `size` pixels wide."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - only when run
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "netjournal.svg"
    for size in SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "netjournal.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):  # type: ignore[attr-defined]
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ICONS.parent.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
