"""`TodayTab`: what needs me now, in sections, each item opened, done, snoozed or
dismissed where it stands — the tab the window opens on.

The list is one `QListView` over `TodayModel`: a heading row per section that holds
something ("Follow-ups (3)"), its items (two lines each: what, and why in words, with
the due date relative on the right and in full in the tooltip), and an "and 312 more"
row when a section is longer than it shows. Headings cannot be selected, so the arrow
keys go from item to item. The tab refreshes when the journal changes and when the
date does (a timer at midnight).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import JournalError
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.today import SECTION_LIMIT, Done, ReminderChange, TodayItem, TodayList
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import (
    DueStatus,
    cadence,
    format_date,
    format_date_long,
    local_date,
    relative_day,
    ui_locale,
)
from netjournal.ui.goals.celebrate import open_celebrate_dialog
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.labels import label
from netjournal.ui.mentorships.review import open_review_dialog
from netjournal.ui.models.base import WeakListener
from netjournal.ui.widgets.forms import muted_label, open_window_modal, title_label
from netjournal.ui.widgets.privacy import PrivacyScreen, screened
from netjournal.ui.widgets.table_view import EmptyState

Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], datetime]

ROW_HEADING = "heading"
ROW_ITEM = "item"
ROW_MORE = "more"
# Changes are gathered this long before the list is read again.
REFRESH_DELAY_MS = 60
# How many people a row names before "and 2 others".
NAMES_SHOWN = 2

DONE_SHORTCUT = "Ctrl+D"
SNOOZE_TOMORROW_SHORTCUT = "Ctrl+T"
SNOOZE_WEEK_SHORTCUT = "Ctrl+Shift+T"


Today = TranslationContext("Today")


# --- words --------------------------------------------------------------------------------


def number(n: int) -> str:
    """A count as the locale writes it: 2,515."""
    return ui_locale().toString(n)


def section_title(kind: str) -> str:
    """The heading of a section of Today."""
    return {
        "follow_up": Today.tr("Follow-ups"),
        "reconnect": Today.tr("Keep in touch"),
        "mentorship": Today.tr("Sessions and reviews"),
        "goal_target": Today.tr("Goal target dates"),
        "my_action": Today.tr("My action items"),
        "their_action": Today.tr("Waiting on others"),
        "celebrate": Today.tr("To celebrate"),
    }[kind]


def names_text(names: tuple[str, ...]) -> str:
    """ "Ana Silva", "Ana Silva and Bo Chen", "Ana Silva, Bo Chen and 3 others"."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return Today.tr("{first} and {second}").format(first=names[0], second=names[1])
    shown = ", ".join(names[:NAMES_SHOWN])
    others = len(names) - NAMES_SHOWN
    return Today.tr("{names} and %n others", None, others).format(names=shown)


def item_title(item: TodayItem, private: bool = False) -> str:
    """The first line of an item: what it is about. A follow-up without a title shows the
    start of its notes, or its kind while the privacy screen is on."""
    if item.kind == "follow_up" and not item.title:
        if private or not item.detail:
            return label("entry_kind", item.entry_kind or "note")
        return item.detail
    return item.title


def _last_time(moment: datetime | None, today: date) -> str:
    return relative_day(local_date(moment), today) if moment is not None else ""


def item_reason(item: TodayItem, today: date) -> str:
    """The second line of an item: why it is on Today, in words."""
    if item.kind == "follow_up":
        kind = label("entry_kind", item.entry_kind or "note")
        text = Today.tr("Follow-up from {kind}").format(kind=kind)
        if item.names:
            text = Today.tr("Follow-up from {kind} with {names}").format(
                kind=kind, names=names_text(item.names)
            )
        when = _last_time(item.last_at, today)
        return f"{text} · {when}" if when else text
    if item.kind == "reconnect":
        parts = [item.detail] if item.detail else []
        if item.cadence_days:
            parts.append(
                Today.tr("keep in touch {cadence}").format(cadence=cadence(item.cadence_days))
            )
        last = _last_time(item.last_at, today)
        parts.append(
            Today.tr("last in touch {when}").format(when=last)
            if last
            else Today.tr("not in touch yet")
        )
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]
    if item.kind in ("session", "review"):
        role = {
            "mentor": Today.tr("you mentor them"),
            "mentee": Today.tr("they mentor you"),
            "peer": Today.tr("peers"),
        }.get(item.my_role or "", "")
        what = (
            Today.tr("Next session")
            if item.kind == "session"
            else Today.tr("Review of the agreement")
        )
        parts = [what, role] if role else [what]
        if item.detail:
            parts.append(item.detail)
        last = _last_time(item.last_at, today)
        if item.kind == "session":
            parts.append(
                Today.tr("last session {when}").format(when=last)
                if last
                else Today.tr("no session yet")
            )
        elif last:
            parts.append(Today.tr("last review {when}").format(when=last))
        return " · ".join(parts)
    if item.kind == "goal_target":
        category = label("goal_category", item.detail) if item.detail else ""
        text = Today.tr("Target date of this goal")
        if category:
            text = Today.tr("Target date of this goal ({category})").format(category=category)
        if item.progress is not None:
            text += " · " + Today.tr("{percent}% done").format(percent=item.progress)
        return text
    if item.kind == "action":
        who = names_text(item.names)
        if item.owner == "me":
            text = Today.tr("You said you would")
            if who:
                text = Today.tr("You told {names} you would").format(names=who)
        else:
            text = (
                Today.tr("{names} said they would").format(names=who) if who else Today.tr("Theirs")
            )
        if item.detail:
            text += " · " + Today.tr("toward “{goal}”").format(goal=item.detail)
        return text
    return Today.tr("Achieved: celebrate it with the people who shared it")


def overdue_words(days_late: int) -> str:
    """ "1 day overdue", "3 weeks overdue"."""
    if days_late < 14:
        return Today.tr("%n days overdue", None, days_late)
    if days_late < 60:
        return Today.tr("%n weeks overdue", None, round(days_late / 7))
    if days_late < 365:
        return Today.tr("%n months overdue", None, max(2, round(days_late / 30.44)))
    return Today.tr("%n years overdue", None, round(days_late / 365.25))


def due_text(item: TodayItem, today: date) -> str:
    """When it is due, relative to today, always with a word ("3 days overdue")."""
    if item.due_on is None:
        return ""
    if item.kind == "celebrate":
        return Today.tr("achieved {when}").format(when=relative_day(item.due_on, today))
    if item.overdue:
        return overdue_words(-item.days)
    if item.days == 0:
        return Today.tr("due today")
    return Today.tr("due {when}").format(when=relative_day(item.due_on, today))


def due_colour(item: TodayItem) -> QColor | None:
    """Overdue in the overdue colour, due today in the due-soon one; the rest in none."""
    if item.kind == "celebrate" or item.due_on is None:
        return None
    if item.overdue:
        return DueStatus.OVERDUE.colour
    if item.days == 0:
        return DueStatus.DUE_SOON.colour
    return None


def done_label(item: TodayItem | None) -> tuple[str, str]:
    """What Done says and does for this kind of item: (action text, tooltip)."""
    kind = item.kind if item is not None else ""
    return {
        "follow_up": (
            Today.tr("&Done"),
            Today.tr("Clear the follow-up date: it has been followed up"),
        ),
        "reconnect": (Today.tr("In &Touch"), Today.tr("Note that you were in touch today")),
        "session": (Today.tr("&Held"), Today.tr("Log the session as held now")),
        "review": (Today.tr("&Review…"), Today.tr("Write the review")),
        "goal_target": (Today.tr("&Achieved"), Today.tr("Mark the goal achieved today")),
        "action": (Today.tr("&Done"), Today.tr("Mark the action item done")),
        "celebrate": (Today.tr("&Celebrate…"), Today.tr("Tell the people who shared the goal")),
    }.get(kind, (Today.tr("&Done"), Today.tr("Do what the selected item asks")))


# --- the model ----------------------------------------------------------------------------


class TodayRole(IntEnum):
    """The model's own roles, read by the delegate and by tests."""

    KEY = Qt.ItemDataRole.UserRole + 1  # an item's key ("follow_up:12"); None for others
    ROW_KIND = Qt.ItemDataRole.UserRole + 2  # ROW_HEADING, ROW_ITEM or ROW_MORE
    REASON = Qt.ItemDataRole.UserRole + 3  # an item's second line
    DUE_TEXT = Qt.ItemDataRole.UserRole + 4  # "3 days overdue"
    DUE_COLOUR = Qt.ItemDataRole.UserRole + 5  # QColor, or None for the palette's
    ITEM = Qt.ItemDataRole.UserRole + 6  # the TodayItem
    COUNT = Qt.ItemDataRole.UserRole + 7  # a heading's count


@dataclass(frozen=True)
class TodayRow:
    """One row of the list: a section's heading, an item, or "and 312 more"."""

    kind: str
    text: str
    item: TodayItem | None = None
    reason: str = ""
    due: str = ""
    colour: QColor | None = None
    tooltip: str = ""
    count: str = ""

    @property
    def key(self) -> str | None:
        return self.item.key if self.item is not None else None

    @property
    def identity(self) -> tuple[str, str]:
        return (self.kind, self.key or self.text)


def build_rows(found: TodayList, private: bool = False) -> list[TodayRow]:
    """The rows the list shows for this Today, sections without items left out."""
    today = found.today
    rows: list[TodayRow] = []
    for section in found.sections:
        if not section.items:
            continue
        count = number(section.total) if section.total_exact else f"{number(section.total - 1)}+"
        title = section_title(section.kind)
        rows.append(TodayRow(ROW_HEADING, title, count=count, tooltip=f"{title} ({count})"))
        for item in section.items:
            due = due_text(item, today)
            tooltip = item_reason(item, today)
            if item.due_on is not None:
                tooltip += "\n" + format_date_long(item.due_on)
            rows.append(
                TodayRow(
                    ROW_ITEM,
                    item_title(item, private),
                    item,
                    item_reason(item, today),
                    due,
                    due_colour(item),
                    tooltip,
                )
            )
        if section.more > 0:
            more = (
                Today.tr("and {count} more").format(count=number(section.more))
                if section.total_exact
                else Today.tr("and more than {count} more").format(count=number(section.more - 1))
            )
            rows.append(TodayRow(ROW_MORE, more, tooltip=more))
    return rows


class TodayModel(QAbstractListModel):
    """The rows of Today; a refresh with the same rows repaints them, other rows reset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TodayRow] = []
        self._row_of: dict[str, int] = {}

    def set_rows(self, rows: list[TodayRow]) -> None:
        if [r.identity for r in rows] == [r.identity for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))
            return
        self.beginResetModel()
        self.rows = rows
        self._row_of = {r.key: n for n, r in enumerate(rows) if r.key is not None}
        self.endResetModel()

    def row_of(self, key: str) -> int | None:
        return self._row_of.get(key)

    def item_at(self, row: int) -> TodayItem | None:
        return self.rows[row].item if 0 <= row < len(self.rows) else None

    def item_keys(self) -> list[str]:
        return [r.key for r in self.rows if r.key is not None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].kind == ROW_ITEM:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags  # headings and "more": the arrow keys pass them by

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if row.kind == ROW_ITEM:
                return f"{row.text}. {row.reason}. {row.due}"
            return row.tooltip
        if role == TodayRole.KEY:
            return row.key
        if role == TodayRole.ROW_KIND:
            return row.kind
        if role == TodayRole.REASON:
            return row.reason
        if role == TodayRole.DUE_TEXT:
            return row.due
        if role == TodayRole.DUE_COLOUR:
            return row.colour
        if role == TodayRole.ITEM:
            return row.item
        if role == TodayRole.COUNT:
            return row.count
        return None


# --- drawing ------------------------------------------------------------------------------

_PAD = 12  # left and right inside a row
_INDENT = 14  # items sit a little in from their heading
_GAP = 16  # between the text and the due date


def _muted(option: QStyleOptionViewItem, selected: bool) -> QColor:
    if selected:
        return option.palette.color(QPalette.ColorRole.HighlightedText)
    return option.palette.color(QPalette.ColorRole.PlaceholderText)


class TodayDelegate(QStyledItemDelegate):
    """Headings in bold with their count; items in two lines with the due date beside."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(TodayRole.ROW_KIND)
        self.initStyleOption(option, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if kind == ROW_ITEM:
            plain = QStyleOptionViewItem(option)
            plain.text = ""
            style = option.widget.style() if option.widget is not None else None
            if style is not None:
                style.drawControl(
                    QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget
                )
            self._paint_item(painter, option, index, selected)
        elif kind == ROW_HEADING:
            self._paint_heading(painter, option, index)
        else:
            metrics = QFontMetrics(option.font)
            rect = option.rect.adjusted(_PAD + _INDENT, 0, -_PAD, 0)
            painter.setPen(
                option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            )
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        font = self._bold(option.font)
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * 1.1)
        metrics = QFontMetrics(font)
        rect = option.rect.adjusted(_PAD, 0, -_PAD, -4)
        painter.setFont(font)
        active = QPalette.ColorGroup.Active
        painter.setPen(option.palette.color(active, QPalette.ColorRole.Text))
        text = index.data()
        baseline = rect.bottom() - metrics.descent()
        painter.drawText(QPoint(rect.left(), baseline), text)
        count = index.data(TodayRole.COUNT)
        if count:
            painter.setFont(option.font)
            painter.setPen(option.palette.color(active, QPalette.ColorRole.PlaceholderText))
            x = rect.left() + metrics.horizontalAdvance(text) + 8
            painter.drawText(QPoint(x, baseline), count)
        # A hairline under the heading, in the palette's own colour.
        line = option.palette.color(QPalette.ColorRole.Mid)
        line.setAlpha(90)
        painter.setPen(line)
        painter.drawLine(rect.left(), option.rect.bottom(), rect.right(), option.rect.bottom())

    def _paint_item(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, selected: bool
    ) -> None:
        bold = self._bold(option.font)
        strong = QFontMetrics(bold)
        plain = QFontMetrics(option.font)
        rect = option.rect.adjusted(_PAD + _INDENT, 5, -_PAD, -5)
        due = index.data(TodayRole.DUE_TEXT) or ""
        colour = index.data(TodayRole.DUE_COLOUR)
        due_width = strong.horizontalAdvance(due) if due else 0
        text_width = max(10, rect.width() - due_width - (_GAP if due else 0))
        line = strong.height()
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setFont(bold)
        painter.setPen(text_colour)
        first = QRect(rect.left(), rect.top(), text_width, line)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            strong.elidedText(index.data(), Qt.TextElideMode.ElideRight, text_width),
        )
        painter.setFont(option.font)
        painter.setPen(_muted(option, selected))
        second = QRect(rect.left(), rect.top() + line + 2, text_width, plain.height())
        reason = index.data(TodayRole.REASON) or ""
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            plain.elidedText(reason, Qt.TextElideMode.ElideRight, text_width),
        )
        if due:
            painter.setFont(bold if colour is not None else option.font)
            if colour is not None and not selected:
                painter.setPen(colour)
            else:
                painter.setPen(text_colour if colour is not None else _muted(option, selected))
            painter.drawText(
                QRect(rect.right() - due_width, rect.top(), due_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                due,
            )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        kind = index.data(TodayRole.ROW_KIND)
        if kind == ROW_ITEM:
            height = QFontMetrics(self._bold(option.font)).height() + metrics.height() + 12
        elif kind == ROW_HEADING:
            height = round(metrics.height() * 1.1) + 22
        else:
            height = metrics.height() + 10
        return QSize(200, height)


# --- the snooze date ----------------------------------------------------------------------


class SnoozeDialog(QDialog):
    """Pick the day an item comes back (tomorrow at the earliest)."""

    def __init__(self, item_text: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze until…"))
        intro = QLabel(self.tr("Bring “{item}” back on:").format(item=item_text), self)
        intro.setWordWrap(True)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("snoozeCalendar")
        self.calendar.setAccessibleName(self.tr("The day it comes back"))
        tomorrow = today + timedelta(days=1)
        self.calendar.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        week = today + timedelta(days=7)
        self.calendar.setSelectedDate(QDate(week.year, week.month, week.day))
        self.calendar.activated.connect(lambda _day: self.accept())
        # Qt's own parts of the calendar: the month buttons and the grid have no names.
        for part, name in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
            ("qt_calendar_calendarview", self.tr("Days of the month")),
        ):
            widget = self.calendar.findChild(QWidget, part)
            if widget is not None:
                widget.setAccessibleName(name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        day = self.calendar.selectedDate()
        return date(day.year(), day.month(), day.day())


# --- the tab ------------------------------------------------------------------------------


class TodayView(QListView):
    """The list of Today, with its empty state in the middle."""

    def __init__(self, model: TodayModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayList")
        self.setModel(model)
        self.setItemDelegate(TodayDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Today"))
        self.empty = EmptyState(self.viewport())

    def show_empty(self, title: str, hint: str) -> None:
        self.empty.set_message(title, hint)
        self._place_empty()
        self.empty.show()

    def _place_empty(self) -> None:
        margin = 24
        self.empty.setGeometry(self.viewport().rect().adjusted(margin, margin, -margin, -margin))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty()


class TodayTab(QWidget):
    """What needs me now. `show_person`, `show_goal`, `show_agreement` and `open_entry`
    ask the window to open what an item is about; the rest is done here."""

    show_person = Signal(int)
    show_goal = Signal(int)
    show_agreement = Signal(int)
    open_entry = Signal(int)
    # The list was read again (a change, a new day): the notifier and tests follow it.
    refreshed = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        undo: UndoNotice | None = None,
        privacy: PrivacyScreen | None = None,
        clock: Clock | None = None,
        limit: int = SECTION_LIMIT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayTab")
        self.limit = limit  # items shown per section
        self.journal = journal
        self.privacy = privacy
        self.clock: Clock = clock or (lambda: datetime.now().astimezone())
        self.undo_notice = undo or UndoNotice(self)
        if undo is None:
            self.addAction(self.undo_notice.action)
        self.list: TodayList | None = None
        self.dialog: QDialog | None = None  # the last dialog opened from here (tests)
        self._stale = True
        self._shut = False

        self.model = TodayModel(self)
        self.view = TodayView(self.model, self)
        self._build_header()
        self._build_actions()
        self._build_layout()
        self.view.doubleClicked.connect(lambda index: self.open_item())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._on_midnight)
        self._listener = WeakListener(self._on_change)
        journal.subscribe(self._listener)
        if privacy is not None:
            privacy.changed.connect(lambda _on: self._show_rows())
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title = title_label(self, "todayTitle", scale=1.6)
        self.title.setText(self.tr("Today"))
        self.date_label = muted_label(self)
        self.date_label.setObjectName("todayDate")
        self.summary = QLabel(self)
        self.summary.setObjectName("todaySummary")

    def _make_action(
        self,
        text: str,
        shortcut: str | QKeySequence | None,
        slot: Callable[[], object],
        tip: str = "",
        on_list: bool = False,
    ) -> QAction:
        """An action of the tab; `on_list` ones (Return, Delete) belong to the list, since
        those keys mean something else in other widgets."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        owner: QWidget = self.view if on_list else self
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if on_list
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        owner.addAction(action)
        return action

    def _build_actions(self) -> None:
        make = self._make_action
        self.open_action = make(
            self.tr("&Open"), None, self.open_item, self.tr("Open what the item is about"), True
        )
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setToolTip(self.tr("Open what the item is about (Return)"))
        self.done_action = make(self.tr("&Done"), DONE_SHORTCUT, self.done, "")
        self.snooze_tomorrow_action = make(
            self.tr("Until &Tomorrow"),
            SNOOZE_TOMORROW_SHORTCUT,
            lambda: self.snooze(self._today() + timedelta(days=1)),
            self.tr("Leave it out of Today until tomorrow"),
        )
        self.snooze_week_action = make(
            self.tr("For a &Week"),
            SNOOZE_WEEK_SHORTCUT,
            lambda: self.snooze(self._today() + timedelta(days=7)),
            self.tr("Leave it out of Today for a week"),
        )
        self.snooze_pick_action = make(
            self.tr("Until a &Date…"),
            "Ctrl+Shift+D",
            self.pick_snooze_date,
            self.tr("Choose the day it comes back"),
        )
        self.dismiss_action = make(
            self.tr("D&ismiss"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.dismiss,
            self.tr("Leave it out of Today until its date changes"),
            True,
        )
        self.snooze_menu = QMenu(self.tr("&Snooze"), self)
        self.snooze_menu.setObjectName("snoozeMenu")
        for action in (
            self.snooze_tomorrow_action,
            self.snooze_week_action,
            self.snooze_pick_action,
        ):
            self.snooze_menu.addAction(action)

        def button(action: QAction, name: str) -> QToolButton:
            shown = QToolButton(self)
            shown.setObjectName(name)
            shown.setDefaultAction(action)
            shown.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            return shown

        self.open_button = button(self.open_action, "todayOpen")
        self.done_button = button(self.done_action, "todayDone")
        self.snooze_button = QToolButton(self)
        self.snooze_button.setObjectName("todaySnooze")
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze the selected item"))
        self.snooze_button.setToolTip(
            self.tr("Leave the item out of Today for a while ({tomorrow}: until tomorrow)").format(
                tomorrow=QKeySequence(SNOOZE_TOMORROW_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.dismiss_button = button(self.dismiss_action, "todayDismiss")
        for shown in (self.open_button, self.done_button, self.dismiss_button):
            shown.setAccessibleName(shown.defaultAction().text().replace("&", ""))

    def build_menu(self, parent: QWidget) -> QMenu:
        """The Today menu: open, done, snooze, dismiss (shortcuts shown)."""
        menu = QMenu(self.tr("&Today"), parent)
        menu.addAction(self.open_action)
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu)
        menu.addAction(self.dismiss_action)
        return menu

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for shown in (self.open_button, self.done_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(shown)
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.date_label)
        heading.addLayout(titles, 1)
        heading.addLayout(buttons)
        heading.setAlignment(buttons, Qt.AlignmentFlag.AlignBottom)
        column = QWidget(self)
        column.setObjectName("todayColumn")
        # A readable measure: the eye does not travel across a wide window to the dates.
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 120)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(16, 16, 16, 0)
        inner.addLayout(heading)
        inner.addWidget(self.summary)
        inner.addSpacing(4)
        inner.addWidget(self.view, 1)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(0)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        self.setTabOrder(self.view, self.open_button)
        self.setTabOrder(self.open_button, self.done_button)
        self.setTabOrder(self.done_button, self.snooze_button)
        self.setTabOrder(self.snooze_button, self.dismiss_button)

    # --- reading the journal ------------------------------------------------------------

    def _today(self) -> date:
        moment = self.clock()
        return moment.date()

    def refresh(self) -> None:
        """Read Today again and show it, keeping the selection on its item (or its place)."""
        if self._shut:
            return
        self._refresh_timer.stop()
        self._stale = False
        self.list = self.journal.today.items(self._today(), limit=self.limit)
        self._show_rows()
        self._arm_midnight()
        self.refreshed.emit()

    def _show_rows(self) -> None:
        if self.list is None:
            return
        current = self.current_item()
        place = self.view.currentIndex().row()
        self.model.set_rows(build_rows(self.list, screened(self.privacy)))
        self._show_header()
        if current is not None and self.select_key(current.key):
            return
        self._select_near(max(place, 0))

    def _show_header(self) -> None:
        assert self.list is not None
        today = self.list.today
        self.date_label.setText(format_date_long(today))
        total = self.list.total
        if total == 0:
            self.summary.setText("")
            self.summary.hide()
            self.view.show_empty(
                self.tr("Nothing needs you today"),
                self.tr(
                    "Follow-up dates on entries, keep-in-touch cadences on people, mentorship "
                    "sessions and reviews, goal target dates and action items with a due date "
                    "show here when they fall due."
                ),
            )
        else:
            self.view.empty.hide()
            text = Today.tr("%n things need you", None, total)
            if not self.list.exact:
                text = Today.tr("More than {count} things need you").format(count=number(total - 1))
            overdue = self.list.overdue
            if overdue and self.list.overdue_exact:
                text += " · " + Today.tr("{count} overdue").format(count=number(overdue))
            elif overdue:
                text += " · " + Today.tr("more than {count} overdue").format(
                    count=number(overdue - 1)
                )
            self.summary.setText(text)
            self.summary.show()
        self._update_actions()

    def _select_near(self, row: int) -> None:
        """Select the first item at `row` or after it, else the last one before it."""
        rows = self.model.rows
        after = [n for n in range(row, len(rows)) if rows[n].kind == ROW_ITEM]
        before = [n for n in range(min(row, len(rows)) - 1, -1, -1) if rows[n].kind == ROW_ITEM]
        target = after[0] if after else before[0] if before else None
        if target is None:
            self._update_actions()
            return
        self.view.setCurrentIndex(self.model.index(target, 0))

    def _on_change(self, _change: Change) -> None:
        # Every kind of change can move something on or off Today: read it again soon
        # if it shows, or when it is next shown.
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or (self.list is not None and self.list.today != self._today()):
            self.refresh()

    def _arm_midnight(self) -> None:
        """Fire just after the next local midnight: Today is another day then."""
        now = self.clock()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        if now.tzinfo is not None:
            tomorrow = tomorrow.replace(tzinfo=now.tzinfo)
        wait = (tomorrow - now).total_seconds() * 1000 + 1000
        self.midnight.start(max(1000, min(int(wait), 24 * 3600 * 1000)))

    def _on_midnight(self) -> None:
        self.check_date()

    def check_date(self) -> bool:
        """Read Today again if the date has changed since it was read; whether it had."""
        if self.list is not None and self.list.today == self._today():
            self._arm_midnight()
            return False
        self.refresh()
        return True

    # --- selection ----------------------------------------------------------------------

    def current_item(self) -> TodayItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        item = self.current_item()
        text, tip = done_label(item)
        self.done_action.setText(text)
        keys = self.done_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.done_action.setToolTip(f"{tip} ({keys})")
        self.done_action.setStatusTip(tip)
        self.done_button.setAccessibleName(text.replace("&", ""))
        for action in (
            self.open_action,
            self.done_action,
            self.snooze_tomorrow_action,
            self.snooze_week_action,
            self.snooze_pick_action,
            self.dismiss_action,
        ):
            action.setEnabled(item is not None)
        self.snooze_button.setEnabled(item is not None)

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid() or self.model.item_at(index.row()) is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.open_action)
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu)
        menu.addAction(self.dismiss_action)
        menu.popup(self.view.viewport().mapToGlobal(point))

    # --- what the actions do ------------------------------------------------------------

    def open_item(self) -> None:
        """Open what the selected item is about: the person, goal, agreement or entry, or
        the celebration of a goal."""
        item = self.current_item()
        if item is None:
            return
        if item.kind == "celebrate" and item.goal_id is not None:
            self.dialog = open_celebrate_dialog(self.journal, self.window(), item.goal_id)
        elif item.kind == "reconnect" and item.person_id is not None:
            self.show_person.emit(item.person_id)
        elif item.kind == "follow_up" and item.entry_id is not None:
            self.open_entry.emit(item.entry_id)
        elif item.agreement_id is not None:
            self.show_agreement.emit(item.agreement_id)
        elif item.goal_id is not None:
            self.show_goal.emit(item.goal_id)
        elif item.entry_id is not None:
            self.open_entry.emit(item.entry_id)
        elif item.person_ids:
            self.show_person.emit(item.person_ids[0])

    def done(self) -> Done | QDialog | None:
        """Do what the selected item asks; a review and a celebration open their dialogs."""
        item = self.current_item()
        if item is None:
            return None
        if item.kind == "review" and item.agreement_id is not None:
            self.dialog = open_review_dialog(
                self.journal, self.window(), agreement_id=item.agreement_id, privacy=self.privacy
            )
            return self.dialog
        if item.kind == "celebrate" and item.goal_id is not None:
            self.dialog = open_celebrate_dialog(self.journal, self.window(), item.goal_id)
            return self.dialog
        name = item_title(item, screened(self.privacy))
        try:
            done = self.journal.today.done(
                item.key, at=self.clock(), note_title=self.tr("In touch")
            )
        except JournalError as exc:
            self.warn(self.tr("Today"), error_text(exc))
            return None
        what = {
            "follow_up": self.tr("Followed up “{title}”"),
            "reconnect": self.tr("In touch with {title} today"),
            "session": self.tr("Logged a session with {title}"),
            "goal_target": self.tr("Marked “{title}” achieved"),
        }.get(item.kind, self.tr("Marked “{title}” done"))
        self.undo_notice.offer(what.format(title=name), lambda: self.journal.today.undo(done))
        self.refresh()
        return done

    def snooze(self, until: date) -> ReminderChange | None:
        """Leave the selected item out of Today until `until`."""
        item = self.current_item()
        if item is None:
            return None
        try:
            change = self.journal.today.snooze(item.key, until, today=self._today())
        except JournalError as exc:
            self.warn(self.tr("Snooze"), error_text(exc))
            return None
        self.undo_notice.offer(
            self.tr("Snoozed “{title}” until {day}").format(
                title=item_title(item, screened(self.privacy)), day=format_date(until)
            ),
            lambda: self.journal.today.restore(change),
        )
        self.refresh()
        return change

    def pick_snooze_date(self) -> SnoozeDialog | None:
        """Ask for the day the selected item comes back (window-modal), then snooze it."""
        item = self.current_item()
        if item is None:
            return None
        dialog = SnoozeDialog(item_title(item, screened(self.privacy)), self._today(), self)
        key = item.key
        dialog.accepted.connect(lambda: self.select_key(key) and self.snooze(dialog.chosen()))
        self.dialog = open_window_modal(dialog)
        return dialog

    def dismiss(self) -> ReminderChange | None:
        """Leave the selected item out of Today until its due date changes."""
        item = self.current_item()
        if item is None:
            return None
        try:
            change = self.journal.today.dismiss(item.key)
        except JournalError as exc:
            self.warn(self.tr("Dismiss"), error_text(exc))
            return None
        self.undo_notice.offer(
            self.tr("Dismissed “{title}”").format(title=item_title(item, screened(self.privacy))),
            lambda: self.journal.today.restore(change),
        )
        self.refresh()
        return change

    def warn(self, title: str, text: str) -> None:
        """Say why something could not be done (tests replace this)."""
        QMessageBox.warning(self, title, text)

    def shutdown(self) -> None:
        """Stop following the journal and the clock (the window is closing)."""
        self._shut = True
        self._refresh_timer.stop()
        self.midnight.stop()
        self.journal.unsubscribe(self._listener)
