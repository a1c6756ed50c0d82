"""`BarChart`: a small bar chart drawn with QPainter, readable on light and dark palettes.

No web view and no QtCharts (PySide6-Essentials has none): axes, ticks at round
numbers, labels given by the caller in the locale's words, the value above each
bar (or under the pointer when the bars are too narrow for it), a tooltip per bar,
and an optional mark per bar for what was expected, drawn as a line across it.
Vertical bars suit a run of months or terms; horizontal ones a list of names.

Accessible: the chart takes focus, Left/Right (Up/Down) move from bar to bar and
its accessible description says that bar's figure; `summary` and `figures` are
the text alternative (the view shows them as a table on request). With nothing to
show it says so in its middle, with a button for the one action that fills it.
Colours come from the palette: bars in Highlight, text and marks in WindowText.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolTip, QWidget

from netjournal.ui.format import ui_locale

MARGIN = 10
BAR_GAP = 0.25  # of each bar's slot, left empty between bars
ROW_HEIGHT = 24  # a horizontal bar's row
MAX_TICKS = 5


@dataclass(frozen=True)
class Bar:
    """One bar: its label on the axis, its value, what its tooltip and the screen reader
    say, and optionally the value that was expected (`mark`). `group` is a second line
    under the axis (a year), written where it changes."""

    label: str
    value: float
    tooltip: str
    mark: float | None = None
    group: str = ""


def nice_ticks(top: float, most: int = MAX_TICKS) -> list[float]:
    """Round tick values from 0 up to at least `top`: steps of 1, 2 or 5 times a power of
    ten, never below 1 (the charts count things), at most `most` + 1 ticks."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / most
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1.0, step)
    count = math.ceil(top / step - 1e-9)
    return [i * step for i in range(count + 1)]


class BarChart(QWidget):
    """Bars with axes, ticks, labels, values, tooltips and an empty state."""

    action_requested = Signal()  # the empty state's button
    current_changed = Signal(int)  # the bar under the pointer or the keyboard; -1 for none
    activated = Signal(int)  # a bar clicked, or Enter on the current one

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        orientation: Qt.Orientation = Qt.Orientation.Vertical,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.orientation = orientation
        self.bars: list[Bar] = []
        self.value_name = ""  # the legend's word for the bars ("Sessions held")
        self.mark_name = ""  # … and for the marks ("Expected")
        self.current = -1
        self._summary = ""
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if name:
            self.setAccessibleName(name)
        self.empty_text = ""
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("chartEmptyAction")
        self.empty_button.clicked.connect(self.action_requested)
        self.empty_button.hide()

    # --- content ------------------------------------------------------------------------

    def set_bars(
        self,
        bars: Sequence[Bar],
        *,
        summary: str = "",
        value_name: str = "",
        mark_name: str = "",
    ) -> None:
        """Show these bars; `summary` is the one line a screen reader hears first."""
        self.bars = list(bars)
        self.value_name = value_name
        self.mark_name = mark_name
        self._summary = summary
        self.current = -1 if not self.bars else min(self.current, len(self.bars) - 1)
        self._describe()
        self._place_empty_state()
        self.updateGeometry()
        self.update()

    def set_empty_state(self, text: str, action: str = "") -> None:
        """What the chart says when it has nothing to show, and its button ("" for none)."""
        self.empty_text = text
        self.empty_button.setText(action)
        self.empty_button.setAccessibleName(action.replace("&", ""))
        self._place_empty_state()
        self.update()

    def is_empty(self) -> bool:
        """No bars, or none above zero (and no mark either): nothing worth drawing."""
        return not any(b.value > 0 or (b.mark or 0) > 0 for b in self.bars)

    def summary(self) -> str:
        return self.empty_text if self.is_empty() else self._summary

    def figures(self) -> list[tuple[str, str]]:
        """The text alternative: each bar's full wording, in order, with its label."""
        return [(bar.label, bar.tooltip) for bar in self.bars]

    def _describe(self) -> None:
        parts = [self.summary()]
        if 0 <= self.current < len(self.bars):
            parts.append(self.bars[self.current].tooltip)
        self.setAccessibleDescription(" ".join(p for p in parts if p))

    def _place_empty_state(self) -> None:
        empty = self.is_empty()
        show = empty and bool(self.empty_button.text())
        self.empty_button.setVisible(show)
        if show:
            hint = self.empty_button.sizeHint()
            metrics = QFontMetrics(self.font())
            top = self.height() // 2 + metrics.height() // 2 + 8
            self.empty_button.setGeometry((self.width() - hint.width()) // 2, top, *hint.toTuple())

    # --- size -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        if self.orientation == Qt.Orientation.Horizontal:
            rows = max(3, len(self.bars))
            return QSize(480, rows * ROW_HEIGHT + self._axis_height() + 2 * MARGIN + 24)
        return QSize(480, 240)

    def minimumSizeHint(self) -> QSize:
        if self.orientation == Qt.Orientation.Horizontal:
            rows = max(3, len(self.bars))
            return QSize(240, rows * ROW_HEIGHT + self._axis_height() + 2 * MARGIN + 24)
        return QSize(240, 160)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_state()

    def _axis_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    # --- geometry ---------------------------------------------------------------------------

    def _scale_top(self) -> float:
        highest = max([b.value for b in self.bars] + [b.mark or 0 for b in self.bars] + [0])
        return nice_ticks(highest)[-1]

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6 if self.mark_name else 0

    def _plot(self, rect: QRectF) -> tuple[QRectF, list[float]]:
        """The plotting area inside `rect` (room left for ticks and labels) and the ticks."""
        metrics = QFontMetrics(self.font())
        ticks = nice_ticks(self._scale_top())
        locale = ui_locale()
        tick_width = max(metrics.horizontalAdvance(locale.toString(int(t))) for t in ticks)
        top = rect.top() + MARGIN + self._legend_height() + metrics.height() // 2
        if self.orientation == Qt.Orientation.Vertical:
            groups = any(b.group for b in self.bars)
            bottom_room = metrics.height() * (2 if groups else 1) + 8
            plot = QRectF(
                rect.left() + MARGIN + tick_width + 6,
                top + metrics.height(),  # room for the value above the highest bar
                0,
                0,
            )
            plot.setRight(rect.right() - MARGIN)
            plot.setBottom(rect.bottom() - MARGIN - bottom_room)
        else:
            widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
            label_room = min(widest, int(rect.width() * 0.35)) + 8
            value_room = max(
                (metrics.horizontalAdvance(self._value_text(b)) for b in self.bars), default=0
            )
            plot = QRectF(rect.left() + MARGIN + label_room, top, 0, 0)
            plot.setRight(rect.right() - MARGIN - value_room - 8)
            # Rows of a fixed height, the axis right under them: no gap below a short list.
            rows = top + max(1, len(self.bars)) * ROW_HEIGHT
            plot.setBottom(min(rect.bottom() - MARGIN - self._axis_height(), rows))
        return plot, ticks

    def bar_rects(self, rect: QRectF | None = None) -> list[QRectF]:
        """Where each bar is drawn in `rect` (the widget's by default); a bar of 0 has no
        height (vertical) or width (horizontal) but keeps its place."""
        rect = rect or QRectF(self.rect())
        plot, ticks = self._plot(rect)
        top = ticks[-1] or 1
        count = len(self.bars)
        rects = []
        for index, bar in enumerate(self.bars):
            if self.orientation == Qt.Orientation.Vertical:
                slot = plot.width() / max(count, 1)
                width = max(1.0, slot * (1 - BAR_GAP))
                left = plot.left() + index * slot + (slot - width) / 2
                height = plot.height() * bar.value / top
                rects.append(QRectF(left, plot.bottom() - height, width, height))
            else:
                slot = min(float(ROW_HEIGHT), plot.height() / max(count, 1))
                height = max(1.0, slot * (1 - BAR_GAP))
                y = plot.top() + index * slot + (slot - height) / 2
                rects.append(QRectF(plot.left(), y, plot.width() * bar.value / top, height))
        return rects

    def _slot_at(self, pos: QPointF) -> int:
        """The bar whose column (or row) holds `pos`, or -1."""
        if not self.bars or self.is_empty():
            return -1
        plot, _ = self._plot(QRectF(self.rect()))
        count = len(self.bars)
        if self.orientation == Qt.Orientation.Vertical:
            if not plot.left() <= pos.x() < plot.right() or pos.y() > plot.bottom() + 4:
                return -1
            return min(count - 1, int((pos.x() - plot.left()) / (plot.width() / count)))
        slot = min(float(ROW_HEIGHT), plot.height() / count)
        index = int((pos.y() - plot.top()) // slot) if pos.y() >= plot.top() else -1
        return index if 0 <= index < count else -1

    def _value_text(self, bar: Bar) -> str:
        locale = ui_locale()
        value = locale.toString(round(bar.value))
        if bar.mark is None:
            return value
        return self.tr("{value} of {mark}").format(
            value=value, mark=locale.toString(round(bar.mark))
        )

    # --- drawing --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()))
        if self.hasFocus() and not self.is_empty():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the chart (or its empty state's words) into `rect`."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setFont(self.font())
        if self.is_empty():
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            metrics = QFontMetrics(self.font())
            words = QRectF(rect.left(), rect.center().y() - metrics.height(), rect.width(), 0)
            words.setHeight(metrics.height() * 1.5)
            painter.drawText(words, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        plot, ticks = self._plot(rect)
        self._draw_axes(painter, plot, ticks, text)
        bars = self.bar_rects(rect)
        fill = palette.color(QPalette.ColorRole.Highlight)
        hovered = QColor(fill).lighter(130) if _is_dark(palette) else QColor(fill).darker(125)
        top = ticks[-1] or 1
        metrics = QFontMetrics(self.font())
        for index, (bar, area) in enumerate(zip(self.bars, bars, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hovered if index == self.current else fill)
            if area.width() > 0 and area.height() > 0:
                painter.drawRect(area)
            mark_at = None
            if bar.mark is not None:
                mark_at = self._draw_mark(painter, plot, area, bar.mark / top, text)
            self._draw_value(painter, bar, area, mark_at, metrics, index == self.current, text)
        self._draw_labels(painter, plot, bars, text)
        if self.mark_name:
            self._draw_legend(painter, rect, fill, text)

    def _draw_axes(self, painter: QPainter, plot: QRectF, ticks: list[float], text: QColor) -> None:
        locale = ui_locale()
        grid = QColor(text)
        grid.setAlpha(40)
        metrics = QFontMetrics(self.font())
        top = ticks[-1] or 1
        for tick in ticks:
            label = locale.toString(int(tick))
            if self.orientation == Qt.Orientation.Vertical:
                y = plot.bottom() - plot.height() * tick / top
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(text)
                box = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
                )
            else:
                x = plot.left() + plot.width() * tick / top
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                painter.setPen(text)
                box = QRectF(x - 40, plot.bottom() + 4, 80, metrics.height())
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label
                )
        painter.setPen(QPen(text, 1))
        if self.orientation == Qt.Orientation.Vertical:
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            painter.drawLine(plot.bottomLeft(), plot.topLeft())
        else:
            painter.drawLine(plot.topLeft(), plot.bottomLeft())
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _draw_mark(
        self, painter: QPainter, plot: QRectF, area: QRectF, share: float, text: QColor
    ) -> float:
        """The expected value: a line across the bar, a little wider than it; where it is
        (y for vertical bars, x for horizontal ones)."""
        painter.setPen(QPen(text, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        if self.orientation == Qt.Orientation.Vertical:
            y = plot.bottom() - plot.height() * share
            painter.drawLine(QPointF(area.left() - 3, y), QPointF(area.right() + 3, y))
            return y
        x = plot.left() + plot.width() * share
        painter.drawLine(QPointF(x, area.top() - 3), QPointF(x, area.bottom() + 3))
        return x

    def _draw_value(
        self,
        painter: QPainter,
        bar: Bar,
        area: QRectF,
        mark_at: float | None,
        metrics: QFontMetrics,
        current: bool,
        text: QColor,
    ) -> None:
        """The figure above the bar (and its mark), or after it for horizontal bars."""
        label = self._value_text(bar)
        width = metrics.horizontalAdvance(label)
        painter.setPen(text)
        if self.orientation == Qt.Orientation.Vertical:
            if width > area.width() + 6 and not current:
                return  # too narrow to say it: the pointer or the keyboard shows it
            if bar.value == 0 and bar.mark is None and not current and len(self.bars) > 12:
                return  # a long run of zeros would only be noise
            top = area.top() if mark_at is None else min(area.top(), mark_at)
            box = QRectF(area.center().x() - width, top - metrics.height() - 2, 0, 0)
            box.setWidth(width * 2)
            box.setHeight(metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        else:
            right = area.right() if mark_at is None else max(area.right(), mark_at)
            box = QRectF(right + 6, area.top(), width + 4, area.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def _draw_labels(
        self, painter: QPainter, plot: QRectF, bars: list[QRectF], text: QColor
    ) -> None:
        metrics = QFontMetrics(self.font())
        painter.setPen(text)
        if self.orientation == Qt.Orientation.Horizontal:
            for bar, area in zip(self.bars, bars, strict=True):
                room = plot.left() - MARGIN - 8
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(room))
                box = QRectF(MARGIN, area.top() - 4, room, area.height() + 8)
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
                )
            return
        slot = plot.width() / max(len(self.bars), 1)
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 6
        every = max(1, math.ceil(widest / slot))  # label every n-th bar when they crowd
        previous_group = None
        for index, (bar, area) in enumerate(zip(self.bars, bars, strict=True)):
            centre = area.center().x()
            if index % every == 0:
                box = QRectF(centre - slot * every / 2, plot.bottom() + 4, slot * every, 0)
                box.setHeight(metrics.height())
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, bar.label
                )
            if bar.group and bar.group != previous_group:
                y = plot.bottom() + 4 + metrics.height()
                left = area.left()
                box = QRectF(left, y, metrics.horizontalAdvance(bar.group) + 4, metrics.height())
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, bar.group
                )
                painter.setPen(text)
                previous_group = bar.group

    def _draw_legend(self, painter: QPainter, rect: QRectF, fill: QColor, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        y = rect.top() + MARGIN
        height = metrics.height()
        x = rect.right() - MARGIN
        items = [(self.mark_name, "mark"), (self.value_name, "bar")]
        for words, kind in items:
            if not words:
                continue
            width = metrics.horizontalAdvance(words)
            x -= width
            painter.setPen(text)
            box = QRectF(x, y, width, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
            x -= 18
            if kind == "bar":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRect(QRectF(x, y + height * 0.2, 12, height * 0.6))
            else:
                painter.setPen(QPen(text, 2))
                painter.drawLine(QPointF(x, y + height / 2), QPointF(x + 12, y + height / 2))
            x -= 16

    # --- an image of it -------------------------------------------------------------------

    def render_image(
        self, scale: float = 2.0, size: QSize | None = None, title: str = ""
    ) -> QImage:
        """The chart on its window colour under `title` (in bold, when given), drawn at
        `scale` times its size (crisp when printed or shown on a sharp screen); the
        empty state's button is not in it. Horizontal bars take the height they need."""
        size = QSize(size or (self.size() if self.width() > 0 else self.sizeHint()))
        if self.orientation == Qt.Orientation.Horizontal:
            size.setHeight(self.sizeHint().height())
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title_height = QFontMetrics(font).height() + MARGIN if title else 0
        image = QImage(
            round(size.width() * scale),
            round((size.height() + title_height) * scale),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        current, self.current = self.current, -1
        try:
            if title:
                painter.setFont(font)
                painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
                box = QRectF(MARGIN, MARGIN, size.width() - 2 * MARGIN, title_height)
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
            self.paint(painter, QRectF(0, title_height, size.width(), size.height()))
        finally:
            self.current = current
            painter.end()
        return image

    # --- pointer and keyboard -------------------------------------------------------------

    def set_current(self, index: int) -> None:
        index = index if 0 <= index < len(self.bars) else -1
        if index == self.current:
            return
        self.current = index
        self._describe()
        self.update()
        self.current_changed.emit(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.set_current(self._slot_at(event.position()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self._slot_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.set_current(index)
            self.activated.emit(index)
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if not self.hasFocus():
            self.set_current(-1)
        super().leaveEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._slot_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.bars[index].tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.bars or self.is_empty():
            super().keyPressEvent(event)
            return
        forward = {Qt.Key.Key_Right, Qt.Key.Key_Down}
        backward = {Qt.Key.Key_Left, Qt.Key.Key_Up}
        key = Qt.Key(event.key())
        if key in forward:
            self._step(1)
        elif key in backward:
            self._step(-1)
        elif key == Qt.Key.Key_Home:
            self._show_tip(0)
        elif key == Qt.Key.Key_End:
            self._show_tip(len(self.bars) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.activated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def _step(self, by: int) -> None:
        start = self.current if self.current >= 0 else (-1 if by > 0 else len(self.bars))
        self._show_tip(max(0, min(len(self.bars) - 1, start + by)))

    def _show_tip(self, index: int) -> None:
        """Make bar `index` current and say its figure beside it."""
        self.set_current(index)
        area = self.bar_rects()[index]
        anchor = QPoint(round(area.center().x()), round(area.top()))
        QToolTip.showText(self.mapToGlobal(anchor), self.bars[index].tooltip, self)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
