"""`PersonPicker`: choose people by typing part of a name (type-ahead over the journal)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.ui.widgets.chip_list import ChipList

# How many people the type-ahead offers at once.
SUGGESTIONS = 12
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class _TypeAhead(QLineEdit):
    """A line edit whose Enter picks the first suggestion instead of closing the dialog."""

    pick_first = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Whether Return has someone to pick; with no one (a new name, or the person
        # picked already), Return goes to the dialog's default button instead.
        self.can_pick: Callable[[], bool] = lambda: True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.text().strip()
            and self.can_pick()
        ):
            self.pick_first.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PersonPicker(QWidget):
    """A search field with suggestions; picked people are listed below it and removable.

    With `single` the field itself shows the one person picked, and clearing it
    picks no one (used by the timeline's person filter).
    """

    changed = Signal()

    def __init__(self, journal: Journal, single: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.single = single
        self._picked: dict[int, str] = {}
        self.edit = _TypeAhead(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Any person") if single else self.tr("Type a name to add someone")
        )
        self.edit.setAccessibleName(self.tr("Find a person"))
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(SUGGESTIONS)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._on_suggestion)
        self.edit.textEdited.connect(self._suggest)
        self.edit.pick_first.connect(self._pick_first)
        self.edit.can_pick = self._can_pick
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.list: ChipList | None = None
        if single:
            self.edit.textChanged.connect(self._on_single_text)
            self.setFocusProxy(self.edit)
            return
        self.list = ChipList(self)
        self.list.setAccessibleName(self.tr("Participants"))
        rows = self.fontMetrics().lineSpacing()
        self.list.setFixedHeight(rows * 3 + 12)
        self.remove_button = self.list.remove_button(
            self, self.tr("Remove the selected participants")
        )
        self.list.remove_requested.connect(self.remove_selected)  # also Delete or Backspace
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.setFocusProxy(self.edit)

    # --- what is picked ---------------------------------------------------------------

    def person_ids(self) -> list[int]:
        return list(self._picked)

    def pending_text(self) -> str:
        """A name typed but not picked (in single mode: not the picked person's name)."""
        text = " ".join(self.edit.text().split())
        if self.single and text == next(iter(self._picked.values()), None):
            return ""
        return text

    def set_people(self, ids: Sequence[int]) -> None:
        """Pick exactly these people (unknown ids are skipped)."""
        self._picked = {row.id: row.display_name for row in self.journal.people.rows(list(ids))}
        self._show_picked()
        self.changed.emit()

    def add_person(self, person_id: int, name: str) -> None:
        if self.single:
            self._picked = {person_id: name}
        elif person_id in self._picked:
            return
        else:
            self._picked[person_id] = name
        self._show_picked()
        self.changed.emit()

    def remove_selected(self) -> None:
        if self.list is None:
            return
        for person_id in self.list.selected_ids():
            self._picked.pop(person_id, None)
        self._show_picked()
        self.changed.emit()

    def _show_picked(self) -> None:
        if self.single:
            name = next(iter(self._picked.values()), "")
            blocked = self.edit.blockSignals(True)
            self.edit.setText(name)
            self.edit.blockSignals(blocked)
            return
        assert self.list is not None
        self.list.set_chips(self._picked)
        self.remove_button.setEnabled(False)

    # --- suggestions ------------------------------------------------------------------

    def _suggest(self, text: str) -> None:
        self.suggestions.clear()
        text = " ".join(text.split())
        if not text:
            self.completer.popup().hide()
            return
        rows = self.journal.people.rows(self.journal.people.search(text, SUGGESTIONS))
        for row in rows:
            detail = " · ".join(p for p in (row.role, row.organization) if p)
            item = QStandardItem(f"{row.display_name} — {detail}" if detail else row.display_name)
            item.setData(row.id, ID_ROLE)
            item.setData(row.display_name, NAME_ROLE)
            self.suggestions.appendRow(item)
        if rows:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _on_suggestion(self, index: QModelIndex) -> None:
        person_id = index.data(ID_ROLE)
        name = index.data(NAME_ROLE)
        if person_id is None:
            return
        self.add_person(int(person_id), str(name))
        if not self.single:
            self.edit.clear()

    def _can_pick(self) -> bool:
        """Someone to pick for the typed text, who is not the one picked already."""
        if self.single and not self.pending_text():
            return False
        if self.suggestions.rowCount() == 0:
            self._suggest(self.edit.text())
        return self.suggestions.rowCount() > 0

    def _pick_first(self) -> None:
        if self.suggestions.rowCount() == 0:
            self._suggest(self.edit.text())
        if self.suggestions.rowCount():
            self.completer.popup().hide()
            self._on_suggestion(self.suggestions.index(0, 0))

    def _on_single_text(self, text: str) -> None:
        if not text.strip() and self._picked:
            self._picked = {}
            self.changed.emit()
