"""How values read on screen: locale dates, relative days, cadences, check-in status.

Every string here goes through `Format.tr` (the context "Format"); dates follow the
user's locale (QLocale), in the style chosen in the settings
(`set_date_style`: the locale's short date, its long one, or ISO 8601), and calendars
start the week on the locale's day or the one chosen (`set_week_start`). Those two are
the app's display preferences, set once at start and when the settings change (like
`QLocale.setDefault`), so that every view formats alike without being handed them.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from netjournal.journal.records import EntryRow
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.labels import label

# A check-in is "due soon" this many days ahead.
DUE_SOON_DAYS = 7
# How dates read: the locale's short date, its long one (without the weekday), ISO 8601.
DATE_STYLES = ("short", "long", "iso")
ISO_DATE = "yyyy-MM-dd"
_display = {"date_style": "short", "week_start": 0}  # 0: the locale's first day
Format = TranslationContext("Format")


def set_date_style(style: str) -> None:
    """Show dates from now on in `style` (one of DATE_STYLES; anything else is "short")."""
    _display["date_style"] = style if style in DATE_STYLES else "short"


def date_style() -> str:
    return str(_display["date_style"])


def set_week_start(day: int) -> None:
    """Start calendars' weeks on `day` (1 Monday … 7 Sunday), or the locale's day (0)."""
    _display["week_start"] = day if isinstance(day, int) and 1 <= day <= 7 else 0


def first_day_of_week() -> Qt.DayOfWeek:
    """The day calendars start their weeks on: the one chosen, else the locale's."""
    chosen = int(_display["week_start"])
    return Qt.DayOfWeek(chosen) if chosen else ui_locale().firstDayOfWeek()


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


def _without_weekday(pattern: str) -> str:
    """A long date pattern with its weekday (and the separator beside it) taken out."""
    for weekday in ("dddd", "ddd"):
        if weekday in pattern:
            before, _, after = pattern.partition(weekday)
            return (before.rstrip(" ,،、") + " " + after.lstrip(" ,،、")).strip()
    return pattern


def date_pattern(style: str | None = None) -> str:
    """The date as every date field and list shows it, in the chosen style (or `style`):
    the locale's short date with the full year, its long date without the weekday, or
    ISO 8601."""
    style = style or _display["date_style"]
    if style == "iso":
        return ISO_DATE
    if style == "long":
        return _without_weekday(ui_locale().dateFormat(QLocale.FormatType.LongFormat))
    return _full_year(ui_locale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_pattern(style: str | None = None) -> str:
    """The date (in the chosen style, or `style`) and the time: the locale's short time,
    or 24-hour for ISO."""
    style = style or _display["date_style"]
    if style == "iso":
        return f"{ISO_DATE} HH:mm"
    if style == "long":
        return f"{date_pattern(style)} {ui_locale().timeFormat(QLocale.FormatType.ShortFormat)}"
    return _full_year(ui_locale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def format_date(day: date | datetime, style: str | None = None) -> str:
    """A date in the chosen style (or `style`): 3/4/2025 or 04.03.2025 (short), March 4,
    2025 (long), 2025-03-04 (ISO)."""
    if isinstance(day, datetime):
        day = local_date(day)
    style = style or _display["date_style"]
    if style == "iso":
        return day.isoformat()  # ISO 8601 in its own digits, whatever the locale's
    return ui_locale().toString(_qdate(day), date_pattern(style))


def format_date_long(day: date | datetime) -> str:
    """The full locale date, with the time for a moment: Tuesday, March 4, 2025 2:30 PM."""
    locale = ui_locale()
    if isinstance(day, datetime):
        local = day.astimezone()
        return Format.tr("{date} at {time}").format(
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
        return Format.tr("today")
    if delta == -1:
        return Format.tr("yesterday")
    if delta == 1:
        return Format.tr("tomorrow")
    if span < 14:
        if past:
            return Format.tr("%n days ago", None, span)
        return Format.tr("in %n days", None, span)
    if span < 60:
        weeks = round(span / 7)
        if past:
            return Format.tr("%n weeks ago", None, weeks)
        return Format.tr("in %n weeks", None, weeks)
    months = max(2, round(span / 30.44))
    if months < 12:
        if past:
            return Format.tr("%n months ago", None, months)
        return Format.tr("in %n months", None, months)
    years = max(1, round(span / 365.25))
    if years == 1:
        if past:
            return Format.tr("a year ago")
        return Format.tr("in a year")
    if past:
        return Format.tr("%n years ago", None, years)
    return Format.tr("in %n years", None, years)


def cadence(days: int | None) -> str:
    """A meeting or keep-in-touch cadence in words: "every 2 weeks"; empty when there is none."""
    if not days:
        return ""
    if days == 1:
        return Format.tr("every day")
    if days == 7:
        return Format.tr("every week")
    if days % 7 == 0 and days < 60:
        return Format.tr("every %n weeks", None, days // 7)
    if days in (30, 31):
        return Format.tr("every month")
    if days % 30 == 0 and days < 365:
        return Format.tr("every %n months", None, days // 30)
    if days in (365, 366):
        return Format.tr("every year")
    return Format.tr("every %n days", None, days)


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
            return Format.tr("Overdue")
        if self is DueStatus.DUE_SOON:
            return Format.tr("Due soon")
        return Format.tr("On track")

    @property
    def colour(self) -> QColor:
        """The one set of colours of NetJournal's own, drawn as text: deep tones on a light
        palette, light ones on a dark palette, each at least 5:1 against the window and the
        fields it is drawn on (tests/ui/test_contrast.py)."""
        if _dark_palette():
            return QColor(
                {
                    DueStatus.OVERDUE: "#ff7b6e",
                    DueStatus.DUE_SOON: "#f0a63c",
                    DueStatus.ON_TRACK: "#5cc274",
                }[self]
            )
        return QColor(
            {
                DueStatus.OVERDUE: "#b8322a",
                DueStatus.DUE_SOON: "#945600",
                DueStatus.ON_TRACK: "#2a7238",
            }[self]
        )


def _dark_palette() -> bool:
    """Whether the application's palette is a dark one (light text on a dark window)."""
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def entry_heading(row: EntryRow, private: bool = False) -> str:
    """The entry's title, or the start of its notes when it has none; with `private`
    (the privacy screen is on) its kind instead of its notes: "Note"."""
    if row.title:
        return row.title
    if private:
        return label("entry_kind", row.kind)
    return " ".join(row.excerpt.split())
