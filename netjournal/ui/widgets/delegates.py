"""Item delegates: words in chips (tags, statuses, check-ins) and progress as a slim bar.

Colours come from the palette; a chip with a colour of its own (a tag's, or the
meaning of a check-in) is only tinted with it, and always carries its word.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from netjournal.ui.models.base import Chip, Role

Index = QModelIndex | QPersistentModelIndex

_PAD = 6  # horizontal padding inside a cell
_GAP = 4  # between chips


def _background(painter: QPainter, option: QStyleOptionViewItem, widget: QWidget | None) -> None:
    """The cell's background and selection, as the style draws them, without text."""
    plain = QStyleOptionViewItem(option)
    plain.text = ""
    plain.icon = QIcon()
    style = widget.style() if widget is not None else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)


def _text_colour(option: QStyleOptionViewItem) -> QColor:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(role)


CHIP_TINT_ALPHA = 56  # how much of its colour a chip takes: its word stays readable


def chip_colours(palette: QPalette, colour: QColor | None) -> tuple[QColor, QColor]:
    """The opaque fill and the text colour of a chip: a light tint of its colour (or the
    palette's Midlight) over the list's base, under the list's text, on a selected row
    too (a highlight is no background for a tint): 4.5:1 or more whatever the colour
    (tests/ui/test_contrast.py)."""
    if colour is None:
        tint = palette.color(QPalette.ColorRole.Midlight)
        tint.setAlpha(160)
    else:
        tint = QColor(colour)
        tint.setAlpha(CHIP_TINT_ALPHA)
    return _over(tint, palette.color(QPalette.ColorRole.Base)), palette.color(
        QPalette.ColorRole.Text
    )


def _over(colour: QColor, background: QColor) -> QColor:
    """A colour with alpha as it shows over an opaque background."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


class ChipDelegate(QStyledItemDelegate):
    """Draws `Role.CHIPS` as rounded labels, then `Role.TRAILING` text after them."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chips = index.data(Role.CHIPS)
        if not chips:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        painter.save()
        _background(painter, option, widget)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(_PAD, 0, -_PAD, 0)
        height = min(rect.height() - 6, metrics.height() + 6)
        top = rect.top() + (rect.height() - height) // 2
        x = rect.left()
        right = rect.right()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        for number, chip in enumerate(chips):
            width = self._chip_width(metrics, chip.text)
            rest = len(chips) - number - 1
            more = f"+{rest}" if rest else ""
            reserve = metrics.horizontalAdvance(more) + _GAP + 2 if more else 0
            if number and x + width + reserve > right:
                # No room for this chip whole: say how many more there are.
                hidden = f"+{len(chips) - number}"
                painter.setPen(_text_colour(option))
                painter.drawText(
                    QRect(x, rect.top(), right - x, rect.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    hidden,
                )
                x = right + 1
                break
            width = min(width, right - x)
            self._paint_chip(painter, option, metrics, chip, QRectF(x, top, width, height))
            x += width + _GAP
        trailing = index.data(Role.TRAILING)
        if trailing and x + _GAP < right:
            painter.setPen(_text_colour(option))
            text_rect = QRect(x + 2, rect.top(), right - x - 2, rect.height())
            elided = metrics.elidedText(trailing, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()

    @staticmethod
    def _chip_width(metrics: QFontMetrics, text: str) -> int:
        return metrics.horizontalAdvance(text) + 2 * _PAD + 2

    @staticmethod
    def _paint_chip(
        painter: QPainter,
        option: QStyleOptionViewItem,
        metrics: QFontMetrics,
        chip: Chip,
        area: QRectF,
    ) -> None:
        box = area.adjusted(0.5, 0.5, -0.5, -0.5)
        palette = option.palette
        fill, text_colour = chip_colours(palette, chip.colour)
        if chip.colour is not None:
            edge = QColor(chip.colour)
        else:
            edge = palette.color(QPalette.ColorRole.Mid)
        radius = box.height() / 2
        painter.setPen(edge)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, radius, radius)
        painter.setPen(text_colour)
        room = int(box.width()) - 2 * _PAD
        text = chip.text
        if metrics.horizontalAdvance(text) > room:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        chips = index.data(Role.CHIPS)
        if chips:
            metrics = QFontMetrics(option.font)
            width = sum(self._chip_width(metrics, c.text) + _GAP for c in chips)
            trailing = index.data(Role.TRAILING)
            if trailing:
                width += metrics.horizontalAdvance(trailing) + _GAP
            size.setWidth(width + 2 * _PAD)
        return size


class ProgressDelegate(QStyledItemDelegate):
    """Draws `Role.PROGRESS` (0 to 100) as a slim bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        percent = index.data(Role.PROGRESS)
        if percent is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        painter.save()
        _background(painter, option, option.widget)
        metrics = QFontMetrics(option.font)
        label = index.data(Qt.ItemDataRole.DisplayRole) or ""
        label_width = metrics.horizontalAdvance("100%") + _PAD
        rect = option.rect.adjusted(_PAD, 0, -_PAD, 0)
        bar_width = max(0, rect.width() - label_width - _PAD)
        bar_height = max(4, metrics.height() // 3)
        bar = QRectF(
            rect.left(), rect.top() + (rect.height() - bar_height) / 2, bar_width, bar_height
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
        if percent > 0 and bar_width > 0:
            filled = QRectF(bar)
            filled.setWidth(max(bar_height, bar_width * min(percent, 100) / 100))
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            fill = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            painter.setBrush(palette.color(fill))
            painter.drawRoundedRect(filled, bar_height / 2, bar_height / 2)
        painter.setPen(_text_colour(option))
        text_rect = QRect(rect.right() - label_width + 1, rect.top(), label_width, rect.height())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label
        )
        painter.restore()
