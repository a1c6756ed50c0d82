"""The app's settings: the one place that names every key, its default and its limits.

`AppSettings` wraps the QSettings the app was given (the platform's place for
NetJournal, or a temporary ini file in tests) with typed accessors: a value that
is missing or was edited by hand into something unreadable reads as its default,
never as an error. Values are checked before anything is written (`check`,
`save`): a value refused says why, naming its key, and nothing is saved.

`apply_settings` puts into effect the settings that change how the whole app looks
and behaves (date style, week start, theme, a new person's cadence); the window
calls it at start and with the keys `SettingsDialog` reports changed. The theme asks
Qt for the colour scheme (Qt 6.8+ `QStyleHints.setColorScheme`); where the platform
cannot switch (offscreen, some Linux desktops) a light or dark palette of the style
is set instead, and "system" gives the platform's back.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from netjournal.errors import InvalidInput
from netjournal.journal.validate import CADENCE_MAX_DAYS
from netjournal.ui import format as display
from netjournal.ui import i18n
from netjournal.ui.errors_text import error_text
from netjournal.ui.security.autolock import AUTO_LOCK_KEY, MAX_MINUTES, auto_lock_minutes

DEFAULT_CADENCE = "Reminders/defaultCadenceDays"
KEEP_DAILY = "Backups/keepDaily"
KEEP_WEEKLY = "Backups/keepWeekly"
AUTO_LOCK = AUTO_LOCK_KEY  # "Security/autoLockMinutes": its default depends on encryption
NOTIFICATIONS = "Notifications/enabled"
DAILY_SUMMARY = "Notifications/dailySummary"
DAILY_SUMMARY_TIME = "Notifications/dailySummaryTime"
DUE_REMINDERS = "Notifications/dueReminders"
WEEK_START = "Calendar/weekStart"
DATE_FORMAT = "Display/dateFormat"
THEME = "Display/theme"
LANGUAGE = "Display/language"  # "" follows the system; takes effect at the next start

THEMES = ("system", "light", "dark")
MAX_KEEP_DAILY = 60
MAX_KEEP_WEEKLY = 52
# The settings that take effect app-wide through `apply_settings`.
APPLIED_KEYS = (DEFAULT_CADENCE, WEEK_START, DATE_FORMAT, THEME)


Settings = i18n.TranslationContext("Settings")


@dataclass(frozen=True)
class Setting:
    """One key: what kind of value it holds, its default and what it accepts."""

    key: str
    kind: type
    default: Any
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(DEFAULT_CADENCE, int, 0, 0, CADENCE_MAX_DAYS),
        Setting(KEEP_DAILY, int, 7, 0, MAX_KEEP_DAILY),
        Setting(KEEP_WEEKLY, int, 4, 0, MAX_KEEP_WEEKLY),
        Setting(AUTO_LOCK, int, None, 0, MAX_MINUTES),  # None: by encryption (autolock.py)
        Setting(NOTIFICATIONS, bool, True),
        Setting(DAILY_SUMMARY, bool, True),
        Setting(DAILY_SUMMARY_TIME, time, time(9, 0)),
        Setting(DUE_REMINDERS, bool, True),
        Setting(WEEK_START, int, 0, 0, 7),
        Setting(DATE_FORMAT, str, "short", choices=display.DATE_STYLES),
        Setting(THEME, str, "system", choices=THEMES),
        Setting(LANGUAGE, str, "", choices=("", *i18n.LANGUAGES)),
    )
}


def _limits_message(key: str, low: int, high: int) -> str:
    messages = {
        DEFAULT_CADENCE: Settings.tr(
            "A keep-in-touch cadence is from {low} to {high} days (0 for none)."
        ),
        KEEP_DAILY: Settings.tr("Keep from {low} to {high} daily backups."),
        KEEP_WEEKLY: Settings.tr("Keep from {low} to {high} weekly backups."),
        AUTO_LOCK: Settings.tr("Lock after {low} to {high} minutes (0 for never)."),
        WEEK_START: Settings.tr("A week starts on a day from Monday to Sunday."),
    }
    return messages[key].format(low=low, high=high)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    return None


def _as_time(value: Any) -> time | None:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str):
        hours, sep, minutes = value.strip().partition(":")
        readable = sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2
        if readable and 0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59:
            return time(int(hours), int(minutes))
    return None


def check(key: str, value: Any) -> Any:
    """The value `key` would store, cleaned; `InvalidInput` (its field the key) if refused."""
    setting = SETTINGS.get(key)
    if setting is None:
        raise InvalidInput(
            Settings.tr("“{key}” is not a setting of NetJournal.").format(key=key), key
        )
    if setting.kind is int:
        number = _as_int(value)
        if number is None or not setting.low <= number <= setting.high:
            raise InvalidInput(_limits_message(key, setting.low, setting.high), key)
        return number
    if setting.kind is bool:
        flag = _as_bool(value)
        if flag is None:
            raise InvalidInput(Settings.tr("Choose on or off."), key)
        return flag
    if setting.kind is time:
        moment = _as_time(value)
        if moment is None:
            raise InvalidInput(Settings.tr("Give a time of day such as 09:00."), key)
        return moment
    if key == LANGUAGE and value not in setting.choices:
        raise InvalidInput(
            Settings.tr(
                "NetJournal speaks {languages}; leave it empty to follow the system."
            ).format(languages=", ".join(i18n.LANGUAGES)),
            key,
        )
    if value not in setting.choices:
        raise InvalidInput(
            Settings.tr("Choose one of: {choices}.").format(choices=", ".join(setting.choices)), key
        )
    return value


def _stored(value: Any) -> Any:
    """How a clean value is written: a time as "HH:MM", the rest as it is."""
    return value.strftime("%H:%M") if isinstance(value, time) else value


class AppSettings:
    """Typed access to the app's settings in `settings`, each with its default."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    def value(self, key: str) -> Any:
        """The clean value of `key`: its default when missing or unreadable."""
        setting = SETTINGS[key]
        raw = self.qsettings.value(key)
        if raw is None or raw == "":
            return setting.default
        try:
            return check(key, raw)
        except InvalidInput:
            return setting.default

    def is_set(self, key: str) -> bool:
        return self.qsettings.contains(key)

    # --- typed accessors ------------------------------------------------------------------

    def default_cadence_days(self) -> int:
        """The keep-in-touch cadence a new person starts with; 0 for none."""
        return int(self.value(DEFAULT_CADENCE))

    def keep_daily(self) -> int:
        """How many days of automatic backups the rotation keeps."""
        return int(self.value(KEEP_DAILY))

    def keep_weekly(self) -> int:
        """How many weeks before those keep one backup each."""
        return int(self.value(KEEP_WEEKLY))

    def backup_rotation(self) -> tuple[int, int]:
        """(daily, weekly), as `store.backups.daily_backup` takes them."""
        return self.keep_daily(), self.keep_weekly()

    def auto_lock_minutes(self, encrypted: bool) -> int:
        """Minutes without input before the journal locks, 0 for never; unset, 10 for an
        encrypted journal and never for a plain one (`autolock.auto_lock_minutes`)."""
        return round(auto_lock_minutes(self.qsettings, encrypted))

    def notifications_enabled(self) -> bool:
        return bool(self.value(NOTIFICATIONS))

    def daily_summary(self) -> bool:
        """A summary of the day's reminders once a day (when notifications are on)."""
        return bool(self.value(DAILY_SUMMARY))

    def daily_summary_time(self) -> time:
        return self.value(DAILY_SUMMARY_TIME)

    def due_reminders(self) -> bool:
        """A notification when a session or follow-up falls due (when notifications are on)."""
        return bool(self.value(DUE_REMINDERS))

    def week_start(self) -> int:
        """The day weeks start on: 1 Monday … 7 Sunday, 0 for the locale's."""
        return int(self.value(WEEK_START))

    def date_format(self) -> str:
        """ "short" (the locale's), "long" or "iso"."""
        return str(self.value(DATE_FORMAT))

    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        return str(self.value(THEME))

    def language(self) -> str:
        """The language chosen ("en", "de", "es"), or "" to follow the system's."""
        return str(self.value(LANGUAGE))

    # --- writing --------------------------------------------------------------------------

    def problems(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Why each refused value is refused, by key (empty when all are accepted)."""
        found: dict[str, str] = {}
        cleaned: dict[str, Any] = {}
        for key, value in values.items():
            try:
                cleaned[key] = check(key, value)
            except InvalidInput as exc:
                found[key] = error_text(exc)
        daily = cleaned.get(KEEP_DAILY, None if KEEP_DAILY in found else self.keep_daily())
        weekly = cleaned.get(KEEP_WEEKLY, None if KEEP_WEEKLY in found else self.keep_weekly())
        if daily == 0 and weekly == 0:
            found[KEEP_DAILY] = Settings.tr(
                "Keep at least one backup: with none kept daily or weekly, each day's "
                "backup would be deleted as soon as it is made."
            )
        return found

    def save(self, values: Mapping[str, Any]) -> list[str]:
        """Write the values that differ from what is stored; the keys written, in order.
        Raises `InvalidInput` for the first refused value, and then writes nothing."""
        refused = self.problems(values)
        if refused:
            key = next(iter(refused))
            raise InvalidInput(refused[key], key)
        changed = []
        for key, value in values.items():
            clean = check(key, value)
            if self.is_set(key) and self.value(key) == clean:
                continue
            if not self.is_set(key) and SETTINGS[key].default == clean:
                continue  # still the default: left unset, so a new default would apply
            self.qsettings.setValue(key, _stored(clean))
            changed.append(key)
        self.qsettings.sync()
        return changed


# --- putting them into effect ---------------------------------------------------------------

_applied: dict[str, int] = {"default_cadence_days": 0}
# The application's palette before a theme's palette replaced it, to give back.
_palette_set: dict[str, bool] = {"by_theme": False}


def default_cadence_days() -> int | None:
    """The cadence a person made in the Contacts tab starts with (None for none)."""
    return _applied["default_cadence_days"] or None


def apply_settings(settings: AppSettings, keys: Collection[str] | None = None) -> None:
    """Put the app-wide settings into effect: all of them, or those of `keys` (as
    `SettingsDialog.changed` reports them)."""
    wanted = set(APPLIED_KEYS if keys is None else keys)
    if DATE_FORMAT in wanted:
        display.set_date_style(settings.date_format())
    if WEEK_START in wanted:
        display.set_week_start(settings.week_start())
    if DEFAULT_CADENCE in wanted:
        _applied["default_cadence_days"] = settings.default_cadence_days()
    if THEME in wanted:
        apply_theme(settings.theme())


def reset_applied() -> None:
    """Back to the defaults in effect (tests; a window opened on fresh settings)."""
    display.set_date_style("short")
    display.set_week_start(0)
    _applied["default_cadence_days"] = 0


_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "system": Qt.ColorScheme.Unknown,
}


def apply_theme(theme: str) -> Qt.ColorScheme:
    """Light, dark, or following the system ("system"); the colour scheme in effect.

    Qt is asked first (`setColorScheme`; `unsetColorScheme` to follow the system
    again). Where the platform keeps its own scheme regardless, the style's palette
    for the theme is set on the application, and taken back for "system".
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return Qt.ColorScheme.Unknown
    hints = QGuiApplication.styleHints()
    wanted = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    if wanted is Qt.ColorScheme.Unknown:
        hints.unsetColorScheme()
        if _palette_set["by_theme"]:
            app.setPalette(QPalette())  # the platform's (or style's) palette again
            _palette_set["by_theme"] = False
        return hints.colorScheme()
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted and not _palette_set["by_theme"]:
        return wanted  # the platform switched: its palette follows
    if _palette_set["by_theme"]:
        app.setPalette(QPalette())
        _palette_set["by_theme"] = False
    if is_dark(app.palette()) != (wanted is Qt.ColorScheme.Dark):
        app.setPalette(dark_palette() if wanted is Qt.ColorScheme.Dark else light_palette(app))
        _palette_set["by_theme"] = True
    return wanted


def is_dark(palette: QPalette) -> bool:
    """Light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def light_palette(app: QApplication) -> QPalette:
    """The style's own light palette, its muted text dark enough to read (Qt's is half
    transparent black, 4:1 on white; this grey is 5:1 on the window)."""
    palette = app.style().standardPalette()
    if is_dark(palette):  # a style whose standard palette is dark: Qt's defaults
        palette = QPalette(QColor("#efefef"), QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#666666"))
    return palette


def dark_palette() -> QPalette:
    """A dark palette in the roles every widget reads, for a platform that cannot switch.

    Text reads at 12:1 on the window and fields, placeholder text at 5:1, and the
    colours of overdue, due soon and on track at 4.8:1 or more (format.DueStatus)."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2d2d2d",
        roles.WindowText: "#e8e8e8",
        roles.Base: "#1f1f1f",
        roles.AlternateBase: "#282828",
        roles.ToolTipBase: "#3a3a3a",
        roles.ToolTipText: "#e8e8e8",
        roles.PlaceholderText: "#a3a3a3",
        roles.Text: "#e8e8e8",
        roles.Button: "#363636",
        roles.ButtonText: "#e8e8e8",
        roles.BrightText: "#ffffff",
        roles.Light: "#4d4d4d",
        roles.Midlight: "#404040",
        roles.Mid: "#2a2a2a",
        roles.Dark: "#1a1a1a",
        roles.Shadow: "#0a0a0a",
        roles.Highlight: "#3a78c9",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7ab8ff",
        roles.LinkVisited: "#c3a6ff",
        roles.Accent: "#3a78c9",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(disabled, role, QColor("#7d7d7d"))
    palette.setColor(disabled, roles.Highlight, QColor("#4a4a4a"))
    return palette
