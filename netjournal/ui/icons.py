"""The application's own icon, shipped in the package (netjournal/resources/icons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def app_icon() -> QIcon:
    """NetJournal's icon: the PNG sizes for crisp small icons, the SVG for the rest."""
    icon = QIcon()
    for png in sorted((ICONS / "hicolor").glob("*/apps/netjournal.png")):
        icon.addFile(str(png))
    svg = ICONS / "netjournal.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
