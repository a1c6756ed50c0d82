"""`GiveGetView`: for each person, how often I helped them and they helped me.

From the "who helped whom" of the journal's entries: one line a person with how
often I helped, they helped and we helped each other, and the last time each
side helped (relative, the full date in the tooltip). Relationships that have
become one-sided come first, marked with a word and an arrow (never colour
alone); a line above says the rule in words. Enter or a double-click opens the
person in Contacts.

At 100,000 people and 1,000,000 entries the first count takes the domain one or
two seconds (once a session; every page after it a millisecond or so), so the view
asks for it only when it is first shown, not when the window is built, and has it
done in a thread of its own: the window stays responsive meanwhile, and the list
says it is counting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QThread, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.reciprocity import MIN_HELPS, BalanceCursor, Lean, PersonBalance
from netjournal.ui.format import format_date_long, local_date, relative_day
from netjournal.ui.labels import label
from netjournal.ui.models.base import Batch, Column
from netjournal.ui.models.mentees import ShortListModel
from netjournal.ui.widgets.table_view import JournalTableView

# A change to entries (who helped whom, participants) or to people (names, archived).
_CONCERNS = ("entry", "person")

_LEAN_WORDS = {
    Lean.MINE: QT_TRANSLATE_NOOP("BalanceTableModel", "One-sided: I give"),
    Lean.THEIRS: QT_TRANSLATE_NOOP("BalanceTableModel", "One-sided: they give"),
    Lean.BALANCED: QT_TRANSLATE_NOOP("BalanceTableModel", "Balanced"),
    Lean.TOO_FEW: QT_TRANSLATE_NOOP("BalanceTableModel", "Too early to tell"),
}


def _translate(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("BalanceTableModel", text, None, count)


def lean_word(lean: Lean) -> str:
    """The word for which way a relationship leans ("One-sided: they give")."""
    return _translate(_LEAN_WORDS[lean])


_ICONS: dict[Lean, QIcon] = {}


def lean_icon(lean: Lean) -> QIcon | None:
    """An arrow for a one-sided relationship: away from me when I give, towards me when
    they do; no icon otherwise. Made once: every painted cell asks for it."""
    if lean not in (Lean.MINE, Lean.THEIRS):
        return None
    icon = _ICONS.get(lean)
    if icon is None:
        style = QApplication.style()
        if lean is Lean.MINE:
            fallback = style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward)
            icon = QIcon.fromTheme("go-next", fallback)
        else:
            fallback = style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack)
            icon = QIcon.fromTheme("go-previous", fallback)
        _ICONS[lean] = icon
    return icon


def rule_text() -> str:
    """The rule of a one-sided relationship, in words, as the view says it."""
    return QCoreApplication.translate(
        "GiveGetView",
        "One-sided: at least {count} helps between you, and 3 in 4 or more of them went the "
        "same way (helping each other counts for neither side). These come first, then "
        "whoever helped most recently.",
    ).format(count=MIN_HELPS)


def _muted() -> Any:
    return QPalette().color(QPalette.ColorRole.PlaceholderText)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class BalanceTableModel(ShortListModel):
    """People with the helps of each side, one-sided first, a page at a time.

    The order is meaning (one-sided first, then the most recent help), so after a
    change rows move to their new place (`ShortListModel`) instead of staying put.
    Nothing is asked of the journal until `start()`: the first count is costly.
    """

    # How many people are listed, and how many are one-sided, changed (rows beyond those
    # loaded may have changed them).
    totals_changed = Signal()

    context = "BalanceTableModel"
    columns = (
        Column("person", QT_TRANSLATE_NOOP("BalanceTableModel", "Person")),
        Column("lean", QT_TRANSLATE_NOOP("BalanceTableModel", "Balance")),
        Column("i_helped", QT_TRANSLATE_NOOP("BalanceTableModel", "I helped")),
        Column("they_helped", QT_TRANSLATE_NOOP("BalanceTableModel", "They helped")),
        Column("mutual", QT_TRANSLATE_NOOP("BalanceTableModel", "Each other")),
        Column("last_i", QT_TRANSLATE_NOOP("BalanceTableModel", "Last time I helped")),
        Column("last_they", QT_TRANSLATE_NOOP("BalanceTableModel", "Last time they helped")),
    )

    def __init__(self, journal: Journal, page_size: int = 200, parent: Any = None) -> None:
        self._started = False
        self._one_sided_only = False
        self.people = 0  # in the whole list (as filtered)
        self.one_sided = 0
        super().__init__(journal, page_size, parent)

    @property
    def today(self) -> date:
        return date.today()

    # --- the list ---------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        """Count and load the first page (once)."""
        if not self._started:
            self._started = True
            self.reload()

    @property
    def one_sided_only(self) -> bool:
        return self._one_sided_only

    def set_one_sided_only(self, only: bool) -> None:
        if only != self._one_sided_only:
            self._one_sided_only = only
            if self._started:
                self.reload()

    def query(self, cursor: Any, limit: int) -> Batch:
        if not self._started:
            self.remember_order(())
            return Batch((), None, True, {})
        after: BalanceCursor | None = cursor
        page = self.journal.reciprocity.balance(limit, after, one_sided_only=self._one_sided_only)
        if (self.people, self.one_sided) != (page.people, page.one_sided):
            self.people, self.one_sided = page.people, page.one_sided
            self.totals_changed.emit()
        ids = [r.person_id for r in page.rows]
        self.remember_order(ids if cursor is None else (*self._order, *ids))
        return Batch(ids, page.cursor, page.complete, {r.person_id: r for r in page.rows})

    def fetch_records(self, ids: Sequence[int]) -> dict[int, PersonBalance]:
        if not self._started:
            return {}
        found = self.journal.reciprocity.balance_of(ids)
        if self._one_sided_only:
            found = {pid: r for pid, r in found.items() if r.one_sided}
        return found

    def plan(self, change: Change) -> tuple[bool, set[int] | None] | None:
        if not self._started or not change.concerns(*_CONCERNS):
            return None
        return True, None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        key = self.columns[section].key if 0 <= section < len(self.columns) else ""
        counts = key in ("i_helped", "they_helped", "mutual")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            # The counts centred under their titles, so they never touch the next column.
            return int(Qt.AlignmentFlag.AlignCenter) if counts else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if key == "mutual":
                return label("helped", "mutual")
            return None  # the order is the point: no column sorts it otherwise
        return super().headerData(section, orientation, role)

    # --- cells ------------------------------------------------------------------------

    def cell(self, record: PersonBalance, column: str, role: int) -> Any:
        if column == "person":
            return self._person(record, role)
        if column == "lean":
            return self._lean(record, role)
        if column in ("i_helped", "they_helped", "mutual"):
            return self._count(record, column, role)
        if column == "last_i":
            return self._when(record, record.last_i_helped_at, mine=True, role=role)
        if column == "last_they":
            return self._when(record, record.last_they_helped_at, mine=False, role=role)
        raise KeyError(column)

    @staticmethod
    def _person(record: PersonBalance, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return record.display_name
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return _translate(
                "{name}: press Enter or double-click to open them in Contacts"
            ).format(name=record.display_name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{record.display_name}, {lean_word(record.lean)}"
        return None

    @staticmethod
    def _lean(record: PersonBalance, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return lean_word(record.lean)
        if role == Qt.ItemDataRole.DecorationRole:
            return lean_icon(record.lean)
        if role == Qt.ItemDataRole.FontRole and record.one_sided:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and not record.one_sided:
            return _muted()
        if role == Qt.ItemDataRole.ToolTipRole:
            return BalanceTableModel.lean_explained(record)
        return None

    @staticmethod
    def lean_explained(record: PersonBalance) -> str:
        """ "You helped Mina 3 of the 4 times one of you helped the other"."""
        name, total = record.display_name, record.total
        if record.lean is Lean.MINE:
            text = _translate(
                "You helped {name} {count} of the {total} times help went between you"
            )
            return text.format(name=name, count=record.i_helped, total=total)
        if record.lean is Lean.THEIRS:
            text = _translate(
                "{name} helped you {count} of the {total} times help went between you"
            )
            return text.format(name=name, count=record.they_helped, total=total)
        if record.lean is Lean.TOO_FEW:
            if total == 1:
                return _translate("Only one help so far: too early to say whether it is one-sided")
            return _translate(
                "Only %n helps so far: too early to say whether it is one-sided", total
            )
        return _translate("Help goes both ways between you and {name}").format(name=name)

    @staticmethod
    def _count(record: PersonBalance, column: str, role: int) -> Any:
        value = getattr(record, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not value:
            return _muted()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = {
                "i_helped": _translate("I helped %n times", value),
                "they_helped": _translate("They helped %n times", value),
                "mutual": _translate("We helped each other %n times", value),
            }
            return words[column]
        return None

    def _when(self, record: PersonBalance, moment: datetime | None, mine: bool, role: int) -> Any:
        if moment is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return _translate("Never")
            if role == Qt.ItemDataRole.ForegroundRole:
                return _muted()
            if role == Qt.ItemDataRole.ToolTipRole:
                if mine:
                    text = _translate("No entry says you helped {name} yet")
                else:
                    text = _translate("No entry says {name} helped you yet")
                return text.format(name=record.display_name)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return relative_day(local_date(moment), self.today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_date_long(moment)
        return None


class _CountThread(QThread):
    """Counts who helped whom off the GUI thread; closes its connection to the journal."""

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self._journal = journal
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self._journal.reciprocity.count()
        except Exception as exc:  # the GUI thread counts again, and fails loudly if it must
            self.error = exc
        finally:
            self._journal.end_thread()


class GiveGetView(QWidget):
    """Give and get: the rule in a line, a count of who is one-sided, and the list."""

    show_person = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("giveGetView")
        self.journal = journal
        self._counting: _CountThread | None = None
        self.model = BalanceTableModel(journal, parent=self)
        self.rule = QLabel(rule_text(), self)
        self.rule.setObjectName("giveGetRule")
        self.rule.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("giveGetSummary")
        self.only_one_sided = QCheckBox(self.tr("&Only one-sided"), self)
        self.only_one_sided.setObjectName("onlyOneSided")
        self.only_one_sided.setToolTip(self.tr("Show only the relationships that lean one way"))
        self.only_one_sided.setAccessibleName(self.tr("Only one-sided relationships"))
        self.only_one_sided.toggled.connect(self.model.set_one_sided_only)
        self.view = JournalTableView(self.model, self.empty_message, self)
        self.view.setObjectName("giveGetTable")
        self.view.setAccessibleName(self.tr("Give and get"))
        self.view.setAccessibleDescription(
            self.tr("One-sided relationships first; Enter opens the person")
        )
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSortIndicatorShown(False)
        self.view.activated.connect(self._on_activated)
        self._set_column_widths()
        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 12, 6)
        top.setSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_one_sided)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.rule.setContentsMargins(12, 10, 12, 0)
        layout.addWidget(self.rule)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.only_one_sided, self.view)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
            self.model.layoutChanged,
            self.model.totals_changed,
        ):
            signal.connect(self.update_summary)
        self.update_summary()

    def _set_column_widths(self) -> None:
        metrics = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        padding = 3 * metrics.averageCharWidth() + 12
        icon = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
        samples = {
            "person": QFontMetrics(bold).horizontalAdvance("Mmmmmm Mmmmmmmmm"),
            "lean": QFontMetrics(bold).horizontalAdvance(lean_word(Lean.THEIRS)) + icon,
            "i_helped": metrics.horizontalAdvance(self.model.column_title(2)),
            "they_helped": metrics.horizontalAdvance(self.model.column_title(3)),
            "mutual": metrics.horizontalAdvance(self.model.column_title(4)),
            "last_i": metrics.horizontalAdvance(self.model.column_title(5)),
        }
        for key, width in samples.items():
            self.view.setColumnWidth(self.model.column_index(key), width + padding)

    # --- showing ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        """Count who helped whom and show the first page (once, when first shown): at once
        when the journal has counted already, else after a count in a thread."""
        if self.model.started or self._counting is not None:
            return
        if self.journal.reciprocity.counted:
            self._show_first_page()
            return
        self._counting = _CountThread(self.journal)
        self._counting.finished.connect(self._on_counted)
        self._counting.start()
        self.update_summary()
        self.view.update_empty_state()

    @property
    def counting(self) -> bool:
        """Whether the first count is running in its thread."""
        return self._counting is not None

    def _on_counted(self) -> None:
        thread = self._counting
        if thread is None:
            return  # shut down meanwhile
        thread.wait()
        self._counting = None
        self._show_first_page()

    def _show_first_page(self) -> None:
        self.model.start()
        if self.model.rowCount():
            self.view.selectRow(0)

    def empty_message(self) -> tuple[str, str]:
        if self.counting or not self.model.started:
            return (self.tr("Counting who helped whom…"), "")
        if self.model.one_sided_only:
            return (
                self.tr("No relationship is one-sided"),
                self.tr("Help goes both ways with everyone, or it is too early to tell."),
            )
        return (
            self.tr("No help noted yet"),
            self.tr(
                "When you log an interaction (Log an interaction, Ctrl+L), say who helped "
                "whom: how often each side helps shows here, one-sided relationships first."
            ),
        )

    def summary_text(self) -> str:
        """ "5 people · 2 one-sided"; "" while counting (the list says so in its middle)
        or when nobody helped."""
        if not self.model.started or not self.model.people:
            return ""
        people = self.model.people
        one_sided = self.tr("%Ln one-sided", None, self.model.one_sided)
        if self.model.one_sided_only:
            return one_sided
        everyone = self.tr("1 person") if people == 1 else self.tr("%Ln people", None, people)
        return self.tr("{people} · {one_sided}").format(people=everyone, one_sided=one_sided)

    def update_summary(self) -> None:
        text = self.summary_text()
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    # --- opening ----------------------------------------------------------------------

    def current_person_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_person.emit(self.model.id_at(index.row()))

    def shutdown(self) -> None:
        """Wait for a count still running, and stop following the journal's changes (the
        window is closing)."""
        thread, self._counting = self._counting, None
        if thread is not None:
            thread.wait()
        self.model.detach()
