"""Dates already on screen shown again in the style and week start just chosen.

Lists format their dates when they are painted, and date fields when they are made:
after Settings changes the date style or the first day of the week, the fields get the
new pattern and calendar, and every model says its cells changed, so nothing shown
keeps the old style until it happens to be repainted or reopened.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

from netjournal.ui.format import date_pattern, date_time_pattern, first_day_of_week

_TIME_SECTIONS = QDateTimeEdit.Section.HourSection | QDateTimeEdit.Section.MinuteSection


def redraw_dates(root: QWidget) -> int:
    """Re-show the dates under `root` (its dialogs included); how many fields changed."""
    fields = 0
    for edit in root.findChildren(QDateTimeEdit):
        if isinstance(edit, QTimeEdit):
            continue  # a time of day has no date style
        with_time = bool(edit.displayedSections() & _TIME_SECTIONS)
        pattern = date_time_pattern() if with_time else date_pattern()
        if edit.displayFormat() != pattern:
            edit.setDisplayFormat(pattern)
            fields += 1
        if edit.calendarPopup():
            edit.calendarWidget().setFirstDayOfWeek(first_day_of_week())
    for model in root.findChildren(QAbstractItemModel):
        if not isinstance(model, QAbstractProxyModel):  # a proxy passes its source's on
            _all_changed(model)
    return fields


def _all_changed(model: QAbstractItemModel) -> None:
    rows = model.rowCount(QModelIndex())
    # A list model's single column (its columnCount is private in Qt).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
