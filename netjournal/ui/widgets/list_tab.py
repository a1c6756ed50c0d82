"""`ListTab`: a tab with a list for finding and a pane for reading, side by side;
`EditorListTab`: one whose pane edits the record selected, saved as it is typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.models.base import IdTableModel
from netjournal.ui.widgets.detail import DetailPane
from netjournal.ui.widgets.table_view import JournalTableView


class ListTab(QWidget):
    """Master and detail in a splitter whose sizes, like the columns, are remembered.

    Subclasses name their `settings_group`, say what an empty list means
    (`empty_message`) and show one record (`show_detail`).
    """

    settings_group = "ListTab"

    def __init__(self, journal: Journal, model: IdTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.model = model
        model.setParent(self)
        self.view = JournalTableView(model, self.empty_message, self)
        self.detail = DetailPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.settings_group}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._reselect: int | None = None
        self._pending_search: str | None = None
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.dataChanged.connect(self._on_data_changed)
        model.rowsRemoved.connect(self._refresh_detail_if_unselected)
        model.rowsInserted.connect(self._refresh_detail_if_unselected)
        self._restore_selection()

    # --- what subclasses provide ------------------------------------------------------

    def empty_message(self) -> tuple[str, str]:
        """What the empty list says: a title and a hint."""
        raise NotImplementedError

    def placeholder(self) -> str:
        """What the detail pane says when nothing is selected."""
        raise NotImplementedError

    def show_detail(self, item_id: int) -> None:
        raise NotImplementedError

    def _add_bar(self, bar: QWidget) -> None:
        """A bar across the top of the tab (filters, an Add button), above list and pane."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)
        layout.setStretchFactor(self.splitter, 1)

    # --- actions and questions ----------------------------------------------------------

    def _make_action(
        self,
        text: str,
        shortcut: QKeySequence | str | None,
        slot: Callable[[], Any],
        context: Qt.ShortcutContext | None = None,
    ) -> QAction:
        """An action of the tab (its shortcut works anywhere in the tab, or in `context`)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _make_list_action(self, text: str, slot: Callable[[], Any]) -> QAction:
        """An action on the selected row whose shortcut is Delete: it belongs to the list,
        since Delete in a text field deletes text."""
        action = self._make_action(text, QKeySequence(QKeySequence.StandardKey.Delete), slot)
        self.removeAction(action)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(action)
        return action

    def _use_undo(self, shared: UndoNotice | None) -> UndoNotice:
        """The window's notice when there is one; a tab on its own has its own."""
        notice = shared or UndoNotice(self)
        if shared is None:
            self.addAction(notice.action)
        return notice

    def _bring_to_front(self) -> None:
        """Show this tab in the window's tabs (an action may come from another tab's menu)."""
        widget = self.parentWidget()
        while widget is not None:
            if isinstance(widget, QTabWidget):
                widget.setCurrentWidget(self)
                return
            widget = widget.parentWidget()

    def confirm(self, title: str, text: str) -> bool:
        """Whether the user says yes (No is the default; tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, title: str, text: str) -> None:
        """Say why something could not be done."""
        QMessageBox.warning(self, title, text)

    # --- search -----------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Filter the list by `text`; a hidden tab searches when it is next shown."""
        self._pending_search = text
        if self.isVisible():
            self._apply_search()

    def _apply_search(self) -> None:
        text, self._pending_search = self._pending_search, None
        if text is None:
            return
        self.model.set_search(text)
        self.view.sync_sort_indicator()
        self.view.update_empty_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_search()

    # --- columns ----------------------------------------------------------------------

    def set_column_widths(self, widths: dict[str, int | str]) -> None:
        """Initial widths: a number of average characters, or a sample text to fit."""
        metrics = self.view.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 12
        for key, width in widths.items():
            pixels = (
                metrics.horizontalAdvance(width)
                if isinstance(width, str)
                else width * metrics.averageCharWidth()
            )
            self.view.setColumnWidth(self.model.column_index(key), pixels + padding)

    def fit_columns(self, most: int = 40) -> None:
        """Widths from the loaded rows (for short lists), at most `most` characters each."""
        limit = most * self.view.fontMetrics().averageCharWidth()
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(100)  # look at the first hundred rows
        for section in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(section)
            wanted = max(header.sectionSizeHint(section), self.view.columnWidth(section))
            self.view.setColumnWidth(section, min(limit, wanted + 12))

    def set_initial_split(self, list_share: float = 0.64) -> None:
        total = max(self.splitter.width(), 1000)
        first = round(total * list_share)
        self.splitter.setSizes([first, total - first])

    # --- selection --------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, item_id: int) -> bool:
        """Select the row of an id if it is loaded; False when it is not."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def _remember_selection(self) -> None:
        self._reselect = self.current_id()

    def _restore_selection(self) -> None:
        wanted, self._reselect = self._reselect, None
        if wanted is not None and self.select_id(wanted):
            return
        if self.model.rowCount() > 0:
            self._select_row(0)
        else:
            self.refresh_detail()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.refresh_detail()

    def _on_data_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        index = self.view.selectionModel().currentIndex()
        if index.isValid() and first.row() <= index.row() <= last.row():
            self.refresh_detail()

    def _refresh_detail_if_unselected(self) -> None:
        if not self.view.selectionModel().currentIndex().isValid():
            self.refresh_detail()

    def refresh_detail(self) -> None:
        item_id = self.current_id()
        if item_id is None and self.model.rowCount() == 0:
            self.detail.clear()  # the list itself says why it is empty
        elif item_id is None:
            self.detail.show_placeholder(self.placeholder())
        else:
            self.show_detail(item_id)

    # --- remembered state ---------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.settings_group}/splitter", self.splitter.saveState())
        self.view.save_state(settings, f"{self.settings_group}/header")

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"{self.settings_group}/splitter")
        if isinstance(state, QByteArray | bytes) and state:
            self.splitter.restoreState(QByteArray(state))
        self.view.restore_state(settings, f"{self.settings_group}/header")

    def shutdown(self) -> None:
        """Stop following the journal's changes (the window is closing)."""
        self.model.detach()


class EditorListTab(ListTab):
    """A ListTab whose pane is an editor of the selected record in a scroll area: it
    saves as the user types, so nothing is lost when the selection goes elsewhere.

    Subclasses build their editor (a widget with `load(id)`, `flush()` and `clear()`)
    and hand it to `_place_editor`; `_update_actions` follows what the pane shows; a
    delete asks first (`_ask_delete`) and can be undone from the status bar
    (`_offer_undo`).
    """

    editor: Any
    undo_notice: UndoNotice

    def _place_editor(
        self,
        editor: QWidget,
        scroll_name: str,
        accessible: str,
        pane_name: str,
        sideways: bool = True,
    ) -> None:
        """The editor in a scroll area (scrolling `sideways` too, or never), in a pane
        that shows it or, with nothing selected, the detail placeholder."""
        self.editor = editor
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName(scroll_name)
        self.scroll.setAccessibleName(accessible)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        if not sideways:
            self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(editor)
        self.pane = QStackedWidget(self)
        self.pane.setObjectName(pane_name)
        self.splitter.replaceWidget(1, self.pane)
        self.pane.addWidget(self.detail)
        self.pane.addWidget(self.scroll)

    def editor_shown(self) -> bool:
        """Whether the pane shows the editor (else the placeholder)."""
        return hasattr(self, "pane") and self.pane.currentWidget() is self.scroll

    def _update_actions(self) -> None:
        """Enable the actions that fit what the pane shows."""

    def show_detail(self, item_id: int) -> None:
        if not hasattr(self, "editor"):
            return  # still being built: the end of __init__ shows the record
        self.editor.load(item_id)
        self.pane.setCurrentWidget(self.scroll)
        self._update_actions()

    def refresh_detail(self) -> None:
        if not hasattr(self, "editor"):
            return
        if self.current_id() is None:
            self.editor.flush()
            self.editor.clear()
            self.pane.setCurrentWidget(self.detail)
            self._update_actions()
        super().refresh_detail()

    def _ask_delete(self, title: str, lines: list[str]) -> bool:
        """Ask before a delete, in paragraphs that say what goes and what stays, and that
        it can be undone."""
        lines = [*lines, self.tr("You can undo this from the status bar for a few seconds.")]
        return self.confirm(title, "\n\n".join(lines))

    def _offer_undo(self, done: str, undo: Callable[[], None]) -> None:
        """Say what was done, with Undo, in the status bar; the actions follow the pane."""
        self.undo_notice.offer(done, undo)
        self._update_actions()
