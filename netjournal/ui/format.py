"""How values read on screen: locale dates, relative days, cadences, check-in status.

Every string here goes through `QCoreApplication.translate` with the context
"Format"; dates follow the user's locale (QLocale).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

from netjournal.journal.records import EntryRow
from netjournal.ui.labels import label

# A check-in is "due soon" this many days ahead.
DUE_SOON_DAYS = 7


def ui_locale() -> QLocale:
    """The locale dates are shown in; the bare "C" locale reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def local_date(moment: datetime) -> date:
    """The calendar day, in local time, of an aware moment."""
    return moment.astimezone().date()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _full_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_pattern() -> str:
    """The locale's short date with the full year, as every date field and list shows it."""
    return _full_year(ui_locale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_pattern() -> str:
    """The locale's short date and time, with the full year."""
    return _full_year(ui_locale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def format_date(day: date | datetime) -> str:
    """A short locale date with the full year: 3/4/2025, 04.03.2025."""
    if isinstance(day, datetime):
        day = local_date(day)
    return ui_locale().toString(_qdate(day), date_pattern())


def format_date_long(day: date | datetime) -> str:
    """The full locale date, with the time for a moment: Tuesday, March 4, 2025 2:30 PM."""
    locale = ui_locale()
    if isinstance(day, datetime):
        local = day.astimezone()
        return QCoreApplication.translate("Format", "{date} at {time}").format(
            date=locale.toString(_qdate(local.date()), QLocale.FormatType.LongFormat),
            time=format_time(day),
        )
    return locale.toString(_qdate(day), QLocale.FormatType.LongFormat)


def format_time(moment: datetime) -> str:
    """The local time of day of a moment, in the locale's short format."""
    local = moment.astimezone()
    return ui_locale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def relative_day(day: date, today: date | None = None) -> str:
    """How far a day is from today, in words: "today", "3 days ago", "in 2 weeks"."""
    today = today or date.today()
    delta = (day - today).days
    span = abs(delta)
    past = delta < 0
    if delta == 0:
        return QCoreApplication.translate("Format", "today")
    if delta == -1:
        return QCoreApplication.translate("Format", "yesterday")
    if delta == 1:
        return QCoreApplication.translate("Format", "tomorrow")
    if span < 14:
        if past:
            return QCoreApplication.translate("Format", "%n days ago", None, span)
        return QCoreApplication.translate("Format", "in %n days", None, span)
    if span < 60:
        weeks = round(span / 7)
        if past:
            return QCoreApplication.translate("Format", "%n weeks ago", None, weeks)
        return QCoreApplication.translate("Format", "in %n weeks", None, weeks)
    months = max(2, round(span / 30.44))
    if months < 12:
        if past:
            return QCoreApplication.translate("Format", "%n months ago", None, months)
        return QCoreApplication.translate("Format", "in %n months", None, months)
    years = max(1, round(span / 365.25))
    if years == 1:
        if past:
            return QCoreApplication.translate("Format", "a year ago")
        return QCoreApplication.translate("Format", "in a year")
    if past:
        return QCoreApplication.translate("Format", "%n years ago", None, years)
    return QCoreApplication.translate("Format", "in %n years", None, years)


def cadence(days: int | None) -> str:
    """A meeting or keep-in-touch cadence in words: "every 2 weeks"; empty when there is none."""
    if not days:
        return ""
    if days == 1:
        return QCoreApplication.translate("Format", "every day")
    if days == 7:
        return QCoreApplication.translate("Format", "every week")
    if days % 7 == 0 and days < 60:
        return QCoreApplication.translate("Format", "every %n weeks", None, days // 7)
    if days in (30, 31):
        return QCoreApplication.translate("Format", "every month")
    if days % 30 == 0 and days < 365:
        return QCoreApplication.translate("Format", "every %n months", None, days // 30)
    if days in (365, 366):
        return QCoreApplication.translate("Format", "every year")
    return QCoreApplication.translate("Format", "every %n days", None, days)


class DueStatus(Enum):
    """Where a check-in stands; each has a word and a colour (the word always shows)."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"

    @classmethod
    def of(cls, due: date | None, today: date | None = None) -> DueStatus | None:
        if due is None:
            return None
        days = (due - (today or date.today())).days
        if days < 0:
            return cls.OVERDUE
        if days <= DUE_SOON_DAYS:
            return cls.DUE_SOON
        return cls.ON_TRACK

    @property
    def label(self) -> str:
        if self is DueStatus.OVERDUE:
            return QCoreApplication.translate("Format", "Overdue")
        if self is DueStatus.DUE_SOON:
            return QCoreApplication.translate("Format", "Due soon")
        return QCoreApplication.translate("Format", "On track")

    @property
    def colour(self) -> QColor:
        """The one set of colours of NetJournal's own, readable on light and dark palettes."""
        return QColor(
            {
                DueStatus.OVERDUE: "#d0453a",
                DueStatus.DUE_SOON: "#d08a1e",
                DueStatus.ON_TRACK: "#3a9a50",
            }[self]
        )


def entry_heading(row: EntryRow, private: bool = False) -> str:
    """The entry's title, or the start of its notes when it has none; with `private`
    (the privacy screen is on) its kind instead of its notes: "Note"."""
    if row.title:
        return row.title
    if private:
        return label("entry_kind", row.kind)
    return " ".join(row.excerpt.split())
