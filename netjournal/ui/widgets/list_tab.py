"""`ListTab`: a tab with a list for finding and a pane for reading, side by side."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from netjournal.journal import Journal
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
        self.model.set_search(text)  # type: ignore[attr-defined]
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
