"""`ChipList`: what a picker has picked (people, goals), each a removable chip."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QPushButton, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Each item reads as a chip: a rounded label in the palette's colours.
CHIP_STYLE = (
    "QListWidget::item { border: 1px solid palette(mid); border-radius: 8px; padding: 1px 6px; }"
)


class ChipList(QListWidget):
    """Chips that wrap over lines, several selectable at once; Delete or Backspace asks
    to remove the selected ones (`remove_requested`), as the picker's Remove button does."""

    remove_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setSpacing(3)
        self.setStyleSheet(CHIP_STYLE)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def remove_button(self, parent: QWidget, accessible: str) -> QPushButton:
        """A Remove button for the chips selected, enabled while there are some."""
        button = QPushButton(self.tr("Remove"), parent)
        button.setAccessibleName(accessible)
        button.setEnabled(False)
        button.clicked.connect(lambda _=False: self.remove_requested.emit())
        self.itemSelectionChanged.connect(lambda: button.setEnabled(bool(self.selectedItems())))
        return button

    def set_chips(self, picked: Mapping[int, str]) -> None:
        """One chip for each id, with its name (in full in the tooltip, should it elide)."""
        self.clear()
        for item_id, name in picked.items():
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, item_id)
            item.setToolTip(name)
            self.addItem(item)

    def selected_ids(self) -> list[int]:
        return [item.data(ID_ROLE) for item in self.selectedItems()]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
