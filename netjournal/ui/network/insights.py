"""`InsightsView`: interactions per month, sessions against the agreed cadence, goals
achieved per term — three bar charts over one range, each saved as a PNG on request.

The figures come from `journal.insights`; months are local calendar months and a
term is a third of the academic year (September to December, January to April, May
to August). Each chart can show its figures as a table instead (the text
alternative, read by screen readers too). The figures are read when the view is
first shown; it refreshes when entries, agreements, goals or people change, at once
while it is shown and else when it is next shown.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.insights import CadenceRecord, MonthCount, TermCount
from netjournal.ui.format import cadence, format_date, ui_locale
from netjournal.ui.labels import label
from netjournal.ui.models.base import WeakListener
from netjournal.ui.widgets.charts import Bar, BarChart
from netjournal.ui.widgets.forms import heading, muted_label

# The ranges offered, in months; the view opens on the second.
RANGES = (6, 12, 24, 60)
DEFAULT_RANGE = 12
# Changes this close together refresh the charts once.
REFRESH_DELAY_MS = 150
PNG_SCALE = 2.0


def _months_back(today: date, months: int) -> date:
    """The first day of the month `months - 1` months before today's: the range's start."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


class ChartPanel(QWidget):
    """A chart under its heading and summary, with "Show figures" (a table in its place)
    and "Save as PNG…"."""

    save_requested = Signal()

    def __init__(
        self,
        title: str,
        chart: BarChart,
        name: str,
        parent: QWidget | None = None,
        *,
        scrolled: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.chart = chart
        chart.setParent(self)
        chart.setObjectName(f"{name}Chart")
        chart.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(title, self, top=8)
        self.heading.setWordWrap(True)  # in a narrow window the title wraps, the buttons stay
        top.addWidget(self.heading, 1)
        self.note = muted_label(self)  # where saving says what it did, beside the buttons
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(False)
        self.note.hide()
        top.addWidget(self.note, 0, Qt.AlignmentFlag.AlignBottom)
        self.figures_button = QPushButton(self.tr("Show &figures"), self)
        self.figures_button.setObjectName(f"{name}Figures")
        self.figures_button.setCheckable(True)
        self.figures_button.setAccessibleName(
            self.tr("Show the figures of {chart} as a table").format(chart=title)
        )
        self.figures_button.toggled.connect(self._show_figures)
        self.save_button = QPushButton(self.tr("Save as &PNG…"), self)
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.setAccessibleName(
            self.tr("Save {chart} as a PNG image").format(chart=title)
        )
        self.save_button.clicked.connect(self.save_requested)
        for button in (self.figures_button, self.save_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.summary = muted_label(self)
        self.summary.setObjectName(f"{name}Summary")
        layout.addWidget(self.summary)
        self.stack = QStackedWidget(self)
        if scrolled:
            self.scroll: QScrollArea | None = QScrollArea(self)
            self.scroll.setWidgetResizable(True)
            self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.scroll.setWidget(chart)
            # The chart on the page's own background, as the charts beside it.
            self.scroll.viewport().setAutoFillBackground(False)
            chart.setAutoFillBackground(False)
            # The chart takes the focus; the keys that move along its bars scroll to them.
            self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chart.current_changed.connect(self._scroll_to_bar)
            self.stack.addWidget(self.scroll)
        else:
            self.scroll = None
            self.stack.addWidget(chart)
        self.table = QTableWidget(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(self.tr("Figures of {chart}").format(chart=title))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

    def set_content(
        self,
        bars: Sequence[Bar],
        summary: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        numeric: Sequence[int] = (1,),
        value_name: str = "",
        mark_name: str = "",
    ) -> None:
        """The bars, the line that sums them up, and the same figures as a table (its
        `numeric` columns aligned right)."""
        self.chart.set_bars(bars, summary=summary, value_name=value_name, mark_name=mark_name)
        # Empty, the chart says so in its middle: the line above it would only repeat it.
        self.summary.setText("" if self.chart.is_empty() else summary)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        empty = self.chart.is_empty()
        self.save_button.setEnabled(not empty)
        self.figures_button.setEnabled(not empty)
        if empty and self.figures_button.isChecked():
            self.figures_button.setChecked(False)

    def _scroll_to_bar(self, index: int) -> None:
        if self.scroll is not None and index >= 0:
            area = self.chart.bar_rects()[index]
            self.scroll.ensureVisible(round(area.center().x()), round(area.center().y()), 0, 40)

    def _show_figures(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.figures_button.setText(self.tr("Show &chart") if on else self.tr("Show &figures"))

    def say(self, text: str) -> None:
        """A short word beside the buttons (the full text in its tooltip)."""
        metrics = self.note.fontMetrics()
        self.note.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, 360))
        self.note.setToolTip(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(bool(text))


class InsightsView(QWidget):
    """Three charts over the range chosen at the top; "Save as PNG…" under each."""

    show_agreement = Signal(int)
    log_requested = Signal()  # the empty chart's "Log an interaction"

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self.journal = journal
        self._stale = True
        self._cadence: list[CadenceRecord] = []
        self.today = today  # None: the real today, each time (tests fix it)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        self.range_box = QComboBox(self)
        self.range_box.setObjectName("insightsRange")
        self.range_box.setAccessibleName(self.tr("Range of the charts"))
        for months in RANGES:
            text = (
                self.tr("The last %n months", None, months)
                if months < 24
                else self.tr("The last %n years", None, months // 12)
            )
            self.range_box.addItem(text, months)
        self.range_box.setCurrentIndex(RANGES.index(DEFAULT_RANGE))
        self.range_box.currentIndexChanged.connect(self.refresh)
        caption = QLabel(self.tr("&Range:"), self)
        caption.setBuddy(self.range_box)
        bar.addWidget(caption)
        bar.addWidget(self.range_box)
        bar.addSpacing(24)
        self.explanation = muted_label(
            self,
            self.tr(
                "Months are calendar months where you are; a term is a third of the academic "
                "year: September to December, January to April, May to August."
            ),
        )
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.explanation.setWordWrap(True)  # a narrow window wraps it instead of widening
        bar.addWidget(self.explanation, 1)
        layout.addLayout(bar)

        self.interactions = ChartPanel(
            self.tr("Interactions per month"), BarChart(self), "interactions", self
        )
        self.interactions.chart.set_empty_state(
            self.tr("No interactions logged yet"), self.tr("&Log an interaction")
        )
        self.interactions.chart.action_requested.connect(self.log_requested)
        self.interactions.save_requested.connect(lambda: self.save_png(self.interactions))
        layout.addWidget(self.interactions, 5)

        lower = QHBoxLayout()
        lower.setSpacing(24)
        self.sessions = ChartPanel(
            self.tr("Sessions against the agreed cadence"),
            BarChart(self, orientation=Qt.Orientation.Horizontal),
            "sessions",
            self,
            scrolled=True,
        )
        self.sessions.chart.set_empty_state(
            self.tr("No active, paused or completed mentorships in this range")
        )
        self.sessions.chart.activated.connect(self._open_agreement)
        self.sessions.save_requested.connect(lambda: self.save_png(self.sessions))
        lower.addWidget(self.sessions, 3)
        self.goals = ChartPanel(self.tr("Goals achieved per term"), BarChart(self), "goals", self)
        self.goals.chart.set_empty_state(self.tr("No goals achieved in these terms"))
        self.goals.save_requested.connect(lambda: self.save_png(self.goals))
        lower.addWidget(self.goals, 2)
        layout.addLayout(lower, 6)
        # Tab goes down the page: the range, then each chart's buttons and the chart.
        order: list[QWidget] = [self.range_box]
        for panel in (self.interactions, self.sessions, self.goals):
            order += [panel.figures_button, panel.save_button, panel.chart]
            order += [panel.chart.empty_button, panel.table]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._listener = WeakListener(self._on_change)
        journal.subscribe(self._listener)
        # The figures are read when the view is first shown, not while the window opens.

    # --- the figures ----------------------------------------------------------------------

    def months(self) -> int:
        return int(self.range_box.currentData())

    def refresh(self) -> None:
        """Read the three figures for the range and draw them."""
        self._timer.stop()
        self._stale = False
        today = self.today or date.today()
        months = self.months()
        self._show_interactions(self.journal.insights.interactions_per_month(months, today=today))
        self._cadence = self.journal.insights.sessions_against_cadence(
            since=_months_back(today, months), today=today
        )
        self._show_sessions(self._cadence)
        terms = max(1, math.ceil(months / 4))
        self._show_goals(self.journal.insights.goals_achieved_per_term(terms, today=today))

    def _show_interactions(self, counts: list[MonthCount]) -> None:
        locale = ui_locale()
        bars = []
        rows = []
        for month in counts:
            day = QDate(month.year, month.month, 1)
            name = locale.toString(day, "MMMM yyyy")
            words = self._interactions_words(month.count)
            bars.append(
                Bar(
                    locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat),
                    month.count,
                    self.tr("{month}: {count}").format(month=name, count=words),
                    group=locale.toString(day, "yyyy"),
                )
            )
            rows.append((name, locale.toString(month.count)))
        total = sum(m.count for m in counts)
        busiest = max(counts, key=lambda m: (m.count, m.year, m.month))
        summary = self.tr("{total} in {months}; the most in {month} ({count}).").format(
            total=self._interactions_words(total),
            months=self.tr("%n months", None, len(counts)),
            month=locale.toString(QDate(busiest.year, busiest.month, 1), "MMMM yyyy"),
            count=locale.toString(busiest.count),
        )
        if total == 0:
            self.interactions.chart.set_empty_state(
                self._nothing_in_range(), self.tr("&Log an interaction")
            )
        self.interactions.set_content(
            bars, summary, (self.tr("Month"), self.tr("Interactions")), rows
        )

    def _nothing_in_range(self) -> str:
        if self.journal.entries.page(limit=1).ids:
            return self.tr("No interactions logged in these months")
        return self.tr("No interactions logged yet")

    def _interactions_words(self, count: int) -> str:
        if count == 1:
            return self.tr("1 interaction")
        return self.tr("%Ln interactions", None, count)

    def _show_sessions(self, records: list[CadenceRecord]) -> None:
        locale = ui_locale()
        bars = []
        rows = []
        for record in records:
            held = (
                self.tr("1 session")
                if record.held == 1
                else self.tr("%n sessions", None, record.held)
            )
            if record.expected is None:
                expected = self.tr("no cadence agreed")
            else:
                expected = self.tr("{n} expected {cadence}").format(
                    n=locale.toString(record.expected), cadence=cadence(record.cadence_days)
                )
            last = (
                self.tr("last on {day}").format(day=format_date(record.last_session_at))
                if record.last_session_at is not None
                else self.tr("none yet")
            )
            tooltip = self.tr(
                "{name} ({role}, {status}), {since} to {until}: {held} held, {expected}; {last}."
            ).format(
                name=record.person_name,
                role=label("my_role", record.my_role),
                status=label("agreement_status", record.status),
                since=format_date(record.since),
                until=format_date(record.until),
                held=held,
                expected=expected,
                last=last,
            )
            bars.append(Bar(record.person_name, record.held, tooltip, mark=record.expected))
            rows.append(
                (
                    record.person_name,
                    locale.toString(record.held),
                    "" if record.expected is None else locale.toString(record.expected),
                    cadence(record.cadence_days),
                    label("agreement_status", record.status),
                )
            )
        behind = [r for r in records if r.expected is not None and r.held < r.expected]
        if records:
            summary = self.tr("{count}; {behind} behind the cadence agreed.").format(
                count=self.tr("1 mentorship")
                if len(records) == 1
                else self.tr("%n mentorships", None, len(records)),
                behind=locale.toString(len(behind)),
            )
        else:
            summary = ""
        self.sessions.set_content(
            bars,
            summary,
            (
                self.tr("With"),
                self.tr("Held"),
                self.tr("Expected"),
                self.tr("Cadence"),
                self.tr("Status"),
            ),
            rows,
            numeric=(1, 2),
            value_name=self.tr("Sessions held"),
            mark_name=self.tr("Expected"),
        )

    def _show_goals(self, terms: list[TermCount]) -> None:
        locale = ui_locale()
        bars = []
        rows = []
        for term in terms:
            name = self.term_name(term)
            achieved = (
                self.tr("1 goal") if term.count == 1 else self.tr("%n goals", None, term.count)
            )
            tooltip = self.tr("{term}: {count}").format(term=name, count=achieved)
            if term.titles:
                tooltip += " — " + ", ".join(term.titles)
                if term.count > len(term.titles):
                    tooltip += self.tr(", …")
            first = QDate(term.first_day.year, term.first_day.month, 1)
            last = QDate(term.last_day.year, term.last_day.month, 1)
            short = self.tr("{first}–{last}").format(
                first=locale.standaloneMonthName(first.month(), QLocale.FormatType.ShortFormat),
                last=locale.standaloneMonthName(last.month(), QLocale.FormatType.ShortFormat),
            )
            bars.append(Bar(short, term.count, tooltip, group=locale.toString(first, "yyyy")))
            rows.append((name, locale.toString(term.count), ", ".join(term.titles)))
        total = sum(t.count for t in terms)
        summary = self.tr("{count} in {terms}.").format(
            count=self.tr("1 goal achieved")
            if total == 1
            else self.tr("%n goals achieved", None, total),
            terms=self.tr("%n terms", None, len(terms)),
        )
        self.goals.set_content(
            bars, summary, (self.tr("Term"), self.tr("Achieved"), self.tr("Goals")), rows
        )

    def term_name(self, term: TermCount) -> str:
        """The term in the locale's month names, e.g. September to December 2025."""
        locale = ui_locale()
        return self.tr("{first}–{last} {year}").format(
            first=locale.standaloneMonthName(term.first_day.month),
            last=locale.standaloneMonthName(term.last_day.month),
            year=locale.toString(QDate(term.first_day.year, 1, 1), "yyyy"),
        )

    # --- actions --------------------------------------------------------------------------

    def _open_agreement(self, index: int) -> None:
        if 0 <= index < len(self._cadence):
            self.show_agreement.emit(self._cadence[index].agreement_id)

    def ask_png_path(self, suggested: str) -> Path | None:
        """Where to save a chart (tests replace this)."""
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Chart"), suggested, self.tr("PNG images (*.png)")
        )
        return Path(chosen) if chosen else None

    def save_png(self, panel: ChartPanel) -> Path | None:
        """Save the panel's chart at twice its size, as it looks now; where it went."""
        suggested = str(Path.home() / f"{panel.objectName()}-{date.today().isoformat()}.png")
        path = self.ask_png_path(suggested)
        if path is None:
            return None
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        image = panel.chart.render_image(PNG_SCALE, title=panel.title)
        if not image.save(str(path), "PNG"):
            panel.say(self.tr("The chart could not be written to {path}.").format(path=path))
            return None
        panel.say(self.tr("Saved to {path}").format(path=path))
        return path

    # --- keeping up -----------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if not change.concerns("entry", "agreement", "goal", "person"):
            return
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def shutdown(self) -> None:
        """Stop listening to the journal and stop the refresh timer."""
        self._timer.stop()
        self.journal.unsubscribe(self._listener)
