"""`JournalTableView`: a calm, sortable list over an `IdTableModel`, with an empty state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from netjournal.ui.models.base import IdTableModel


class EmptyState(QLabel):
    """A centred message in the middle of an empty list ("No people yet")."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.setPalette(palette)
        self.hide()

    def set_message(self, title: str, hint: str = "") -> None:
        size = round(self.font().pointSizeF() * 1.25) if self.font().pointSizeF() > 0 else 13
        html = f'<p style="font-size:{size}pt">{_escape(title)}</p>'
        if hint:
            html += f"<p>{_escape(hint)}</p>"
        self.setText(html)
        self.setAccessibleName(title)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class JournalTableView(QTableView):
    """Rows that read at a glance: no grid, one line each, whole-row selection.

    Sorting asks the model (SQLite does the ORDER BY); a click on a column that
    cannot be sorted leaves the indicator where the list really is sorted. When
    the model has no rows the view says so in its middle.
    """

    def __init__(
        self,
        model: IdTableModel,
        empty_message: Callable[[], tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._empty_message = empty_message
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(self.fontMetrics().height() * 2.0))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(48)
        self._empty = EmptyState(self.viewport())

        self.setModel(model)
        self.sync_sort_indicator()
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_empty_state)
        self.update_empty_state()

    def journal_model(self) -> IdTableModel:
        model = self.model()
        assert isinstance(model, IdTableModel)
        return model

    # --- sorting ------------------------------------------------------------------------

    def sync_sort_indicator(self) -> None:
        """Show the sort the model really has (or none, for results ranked by relevance)."""
        model = self.journal_model()
        header = self.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(model.sort_column(), model.sort_order())
        header.blockSignals(blocked)

    def _on_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        if not self.journal_model().can_sort(section):
            self.sync_sort_indicator()

    # --- the empty state --------------------------------------------------------------

    def update_empty_state(self) -> None:
        empty = self.journal_model().rowCount() == 0
        if empty:
            title, hint = self._empty_message()
            self._empty.set_message(title, hint)
            self._place_empty_state()
        self._empty.setVisible(empty)

    def empty_state(self) -> EmptyState:
        return self._empty

    def _place_empty_state(self) -> None:
        area = self.viewport().rect()
        margin = 24
        self._empty.setGeometry(area.adjusted(margin, margin, -margin, -margin))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_state()

    # --- remembered state ---------------------------------------------------------------

    def save_state(self, settings: QSettings, key: str) -> None:
        settings.setValue(key, self.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings, key: str) -> None:
        """Column widths and order as they were; the sort stays the model's own."""
        state = settings.value(key)
        if isinstance(state, QByteArray | bytes) and state:
            header = self.horizontalHeader()
            blocked = header.blockSignals(True)
            header.restoreState(QByteArray(state))
            header.blockSignals(blocked)
            model = self.journal_model()
            section = header.sortIndicatorSection()
            if model.can_sort(section):
                model.sort(section, header.sortIndicatorOrder())
            self.sync_sort_indicator()
