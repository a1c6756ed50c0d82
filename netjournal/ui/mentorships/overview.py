"""`MenteesOverview`: for a mentor with several mentees, everyone at a glance.

One line a mentee: their last session, the next one (overdue or due soon in
its colour and with its word), overdue action items and the goals they pursue,
whoever needs attention first. A line above sums it up ("3 mentees · 1 session
overdue · 2 action items overdue"); double-click or Enter opens the agreement.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStyle, QStyleOptionViewItem, QVBoxLayout, QWidget

from netjournal.journal import Journal
from netjournal.ui.format import DueStatus
from netjournal.ui.models.base import Role
from netjournal.ui.models.mentees import MenteesTableModel
from netjournal.ui.widgets.delegates import ChipDelegate
from netjournal.ui.widgets.detail import esc
from netjournal.ui.widgets.table_view import JournalTableView

Index = QModelIndex | QPersistentModelIndex

_PAD = 6  # as the chip delegate pads its cells
_GAP = 8  # between the name and its chips


class NameThenChipsDelegate(ChipDelegate):
    """The cell's text first (in its font: the mentee's name in bold), then its chips
    ("Paused") after it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chips = index.data(Role.CHIPS) or ()
        self.initStyleOption(option, index)
        painter.save()
        text = option.text
        option.text = ""
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, option, painter, widget
            )
        # Where the style puts the text of a plain cell, so the names line up with the header.
        margin = _PAD
        if widget is not None:
            margin = (
                widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget)
                + 1
            )
        rect = option.rect.adjusted(margin, 0, -margin, 0)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        plain_font = widget.font() if widget is not None else QFont()
        plain = QFontMetrics(plain_font)
        chip_widths = [self._chip_width(plain, chip.text) for chip in chips]
        room = max(0, rect.width() - sum(chip_widths) - _GAP * len(chips))
        name = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.setFont(font)
        painter.setPen(_text_pen(option))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter), name)
        x = rect.left() + metrics.horizontalAdvance(name) + _GAP
        height = min(rect.height() - 6, plain.height() + 6)
        top = rect.top() + (rect.height() - height) // 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(plain_font)
        for chip, width in zip(chips, chip_widths, strict=True):
            if x + width > rect.right() + 1:
                break
            self._paint_chip(painter, option, plain, chip, QRectF(x, top, width, height))
            x += width + _GAP // 2
        painter.restore()


def _text_pen(option: QStyleOptionViewItem) -> QColor:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(role)


class MenteesOverview(QWidget):
    """Each mentee's last and next session, overdue action items and goals in progress."""

    # The agreement of the mentee double-clicked (or Enter): the tab opens it.
    open_agreement = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menteesOverview")
        self.journal = journal
        self.model = MenteesTableModel(journal, parent=self)
        self.summary = QLabel(self)
        self.summary.setObjectName("menteesSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setContentsMargins(12, 10, 12, 6)
        self.view = JournalTableView(self.model, self.empty_message, self)
        self.view.setObjectName("menteesTable")
        self.view.setAccessibleName(self.tr("Mentees"))
        self.view.setAccessibleDescription(
            self.tr("Whoever needs attention first; Enter opens the agreement")
        )
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSortIndicatorShown(False)
        self.view.setItemDelegateForColumn(
            self.model.column_index("mentee"), NameThenChipsDelegate(self.view)
        )
        self.view.setItemDelegateForColumn(
            self.model.column_index("next_session"), ChipDelegate(self.view)
        )
        self._set_column_widths()
        self.view.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
            self.model.layoutChanged,
        ):
            signal.connect(self.update_summary)
        self.update_summary()
        if self.model.rowCount():
            self.view.selectRow(0)

    def _set_column_widths(self) -> None:
        metrics = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        padding = 3 * metrics.averageCharWidth() + 12
        samples = {
            "mentee": QFontMetrics(bold).horizontalAdvance("Mmmmmm Mmmmmmmm")
            + metrics.horizontalAdvance(self.tr("Paused"))
            + 24,
            "last_session": metrics.horizontalAdvance(self.tr("11 months ago")),
            "next_session": metrics.horizontalAdvance(self.tr("Overdue · 10 weeks")) + 24,
            "overdue": metrics.horizontalAdvance(self.tr("Overdue action items")),
        }
        for key, width in samples.items():
            self.view.setColumnWidth(self.model.column_index(key), width + padding)

    # --- what it says -----------------------------------------------------------------

    def empty_message(self) -> tuple[str, str]:
        return (
            self.tr("You are not mentoring anyone yet"),
            self.tr(
                "When you agree to mentor someone, add the agreement with New agreement… in "
                "Agreements, with you as their mentor: they show here with their sessions, "
                "action items and goals."
            ),
        )

    def summary_text(self) -> str:
        """ "3 mentees · 1 session overdue · 2 action items overdue"; "" when there are none."""
        return self._summary_parts(html=False) if self.model.rowCount() else ""

    def _summary_parts(self, html: bool) -> str:
        mentees, late, overdue = self.model.summary()
        parts = [self.tr("%n mentees", None, mentees) if mentees != 1 else self.tr("1 mentee")]
        marked = []
        if late:
            marked.append(
                self.tr("1 session overdue")
                if late == 1
                else self.tr("%n sessions overdue", None, late)
            )
        if overdue:
            marked.append(
                self.tr("1 action item overdue")
                if overdue == 1
                else self.tr("%n action items overdue", None, overdue)
            )
        if not html:
            return " · ".join(parts + (marked or [self.tr("nothing overdue")]))
        colour = DueStatus.OVERDUE.colour.name()
        shown = [f"<b>{esc(parts[0])}</b>"]
        shown += [f'<span style="color:{colour}; font-weight:bold">{esc(m)}</span>' for m in marked]
        if not marked:
            shown.append(esc(self.tr("nothing overdue")))
        return " · ".join(shown)

    def update_summary(self) -> None:
        empty = self.model.rowCount() == 0
        self.summary.setVisible(not empty)
        if empty:
            self.summary.clear()
            return
        self.summary.setText(self._summary_parts(html=True))
        self.summary.setAccessibleName(self._summary_parts(html=False))

    # --- opening ----------------------------------------------------------------------

    def current_agreement_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_agreement.emit(self.model.id_at(index.row()))

    def shutdown(self) -> None:
        """Stop following the journal's changes (the window is closing)."""
        self.model.detach()
