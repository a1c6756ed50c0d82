"""`SettingsDialog` (Edit → Settings…): reminders, backups, auto-lock, notifications,
calendar and display, saved to QSettings on OK.

A value it cannot take is refused under its field and nothing is saved; OK saves
only what changed and reports those keys (`changed`), so the window puts them into
effect (`settings.apply_settings`, the session's auto-lock).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QSettings, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal.ui import format as display
from netjournal.ui import i18n
from netjournal.ui import settings as keys
from netjournal.ui.settings import AppSettings
from netjournal.ui.widgets.forms import (
    FieldErrors,
    align_captions,
    error_label,
    field_column,
    form_layout,
    heading,
    muted_label,
)

# The spin boxes go beyond what is accepted, so a number out of range is refused in
# words under its field rather than silently not typed.
SPIN_MAX = 99_999


class SettingsDialog(QDialog):
    """The app's settings in short sections; OK saves what changed, Cancel nothing."""

    changed = Signal(list)  # the keys written, e.g. ["Display/theme"]

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, encrypted: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.app_settings = AppSettings(settings)
        self.encrypted = encrypted
        self.errors = FieldErrors()
        self._captions: list[QLabel] = []
        self.fields: dict[str, QWidget] = {}  # the field of each key

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 10)
        body = QWidget(self)
        body.setObjectName("settingsBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(20, 8, 20, 8)
        self.column.setSpacing(4)
        self._reminders()
        self._backups()
        self._security()
        self._notifications()
        self._calendar()
        self._display()
        self.column.addStretch(1)
        align_captions(self._captions)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field, scrolling
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.errors.general = error_label(self, "general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Save the settings")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Close without saving")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(20, 0, 20, 0)
        bottom.addWidget(self.errors.general, 1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        self._loaded = self.values()
        self._update_notifications()
        self._update_example()
        self.cadence.setFocus(Qt.FocusReason.OtherFocusReason)
        width = self.fontMetrics().horizontalAdvance("M") * 54
        self.resize(width, min(760, body.sizeHint().height() + 70))

    # --- building -----------------------------------------------------------------------

    def _section(self, title: str) -> QFormLayout:
        self.column.addWidget(heading(title, self))
        form = form_layout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.column.addLayout(form)
        return form

    def _row(
        self,
        form: QFormLayout,
        key: str,
        caption: str,
        field: QWidget,
        *below: QWidget,
        beside: QWidget | None = None,
    ) -> QLabel:
        """A captioned field with what reads below it and its error line (returned);
        `field` is the one `key` reads from, marked when refused."""
        error = error_label(self, key.replace("/", "_"))
        error.setAccessibleName(self.tr("Problem"))
        self.errors.register(key, field, error)
        self.fields[key] = field
        if beside is not None:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(field)
            line.addWidget(beside)
            line.addStretch(1)
            column = field_column(line, *below, error)
        else:
            column = field_column(field, *below, error)
        label = QLabel(caption, self)
        if caption:
            label.setBuddy(field)
        self._captions.append(label)  # an empty one too: the fields line up in every section
        form.addRow(label, column)
        return error

    def _spin(self, name: str, accessible: str, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, SPIN_MAX)
        spin.setAccessibleName(accessible)
        if suffix:
            spin.setSuffix(suffix)
        spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        return spin

    def _reminders(self) -> None:
        form = self._section(self.tr("Reminders"))
        self.cadence = self._spin(
            "defaultCadence", self.tr("Keep-in-touch cadence of a new person"), self.tr(" days")
        )
        self.cadence.setSpecialValueText(self.tr("No cadence"))
        self.cadence.setValue(self.app_settings.default_cadence_days())
        hint = muted_label(
            self,
            self.tr(
                "A person you add starts with this keep-in-touch cadence; the people in the "
                "journal keep theirs."
            ),
        )
        self._row(form, keys.DEFAULT_CADENCE, self.tr("&Keep in touch every:"), self.cadence, hint)

    def _backups(self) -> None:
        form = self._section(self.tr("Backups"))
        self.keep_daily = self._spin("keepDaily", self.tr("Daily backups kept"))
        self.keep_daily.setValue(self.app_settings.keep_daily())
        self._row(form, keys.KEEP_DAILY, self.tr("Keep &daily:"), self.keep_daily)
        self.keep_weekly = self._spin("keepWeekly", self.tr("Weekly backups kept"))
        self.keep_weekly.setValue(self.app_settings.keep_weekly())
        hint = muted_label(
            self,
            self.tr(
                "A backup is made the first time the journal opens each day, in the backups "
                "folder beside it: the newest days are kept, then one for each week before."
            ),
        )
        self._row(form, keys.KEEP_WEEKLY, self.tr("Keep &weekly:"), self.keep_weekly, hint)

    def _security(self) -> None:
        form = self._section(self.tr("Security"))
        self.auto_lock = self._spin(
            "autoLockMinutes", self.tr("Minutes without input before locking"), self.tr(" min")
        )
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setAccessibleDescription(self.tr("0 for never"))
        self.auto_lock.setValue(self.app_settings.auto_lock_minutes(self.encrypted))
        if self.encrypted:
            text = self.tr(
                "Left alone this long, the journal closes and asks for its passphrase again."
            )
        else:
            text = self.tr(
                "This journal is not encrypted, so locking only hides it: anyone who can read "
                "the file can read it. It protects an encrypted journal (File → Encrypt "
                "Journal…)."
            )
        hint = muted_label(self, text)
        hint.setObjectName("autoLockHint")
        self._row(form, keys.AUTO_LOCK, self.tr("&Lock after:"), self.auto_lock, hint)

    def _notifications(self) -> None:
        form = self._section(self.tr("Notifications"))
        self.notifications = QCheckBox(self.tr("&Show notifications while NetJournal runs"), self)
        self.notifications.setObjectName("notificationsEnabled")
        self.notifications.setAccessibleName(self.tr("Show notifications"))
        self.notifications.setChecked(self.app_settings.notifications_enabled())
        self.notifications.toggled.connect(self._update_notifications)
        hint = muted_label(self, self.tr("In the system tray; nothing leaves this computer."))
        self._row(form, keys.NOTIFICATIONS, "", self.notifications, hint)
        self.summary = QCheckBox(self.tr("A daily s&ummary at"), self)
        self.summary.setObjectName("dailySummary")
        self.summary.setAccessibleName(self.tr("A daily summary"))
        self.summary.setChecked(self.app_settings.daily_summary())
        self.summary.toggled.connect(self._update_notifications)
        self.summary_time = QTimeEdit(self)
        self.summary_time.setObjectName("dailySummaryTime")
        self.summary_time.setDisplayFormat(
            display.ui_locale().timeFormat(QLocale.FormatType.ShortFormat)
        )
        self.summary_time.setAccessibleName(self.tr("Time of the daily summary"))
        moment = self.app_settings.daily_summary_time()
        self.summary_time.setTime(QTime(moment.hour, moment.minute))
        error = self._row(form, keys.DAILY_SUMMARY, "", self.summary, beside=self.summary_time)
        self.fields[keys.DAILY_SUMMARY_TIME] = self.summary_time
        self.errors.register(keys.DAILY_SUMMARY_TIME, self.summary_time, error)
        self.due = QCheckBox(self.tr("A &reminder when a session or follow-up is due"), self)
        self.due.setObjectName("dueReminders")
        self.due.setAccessibleName(self.tr("Reminders when something is due"))
        self.due.setChecked(self.app_settings.due_reminders())
        self._row(form, keys.DUE_REMINDERS, "", self.due)

    def _calendar(self) -> None:
        form = self._section(self.tr("Calendar"))
        self.week_start = QComboBox(self)
        self.week_start.setObjectName("weekStart")
        self.week_start.setAccessibleName(self.tr("First day of the week"))
        locale = display.ui_locale()
        own = locale.standaloneDayName(locale.firstDayOfWeek().value)
        self.week_start.addItem(self.tr("As in the locale ({day})").format(day=own), 0)
        for day in range(1, 8):
            self.week_start.addItem(locale.standaloneDayName(day), day)
        self.week_start.setCurrentIndex(
            max(0, self.week_start.findData(self.app_settings.week_start()))
        )
        self._row(form, keys.WEEK_START, self.tr("Weeks s&tart on:"), self.week_start)

    def _display(self) -> None:
        form = self._section(self.tr("Display"))
        self.date_format = QComboBox(self)
        self.date_format.setObjectName("dateFormat")
        self.date_format.setAccessibleName(self.tr("How dates are written"))
        for text, value in (
            (self.tr("Short, as in the locale"), "short"),
            (self.tr("Long, with the month's name"), "long"),
            (self.tr("ISO 8601 (year-month-day)"), "iso"),
        ):
            self.date_format.addItem(text, value)
        self.date_format.setCurrentIndex(
            max(0, self.date_format.findData(self.app_settings.date_format()))
        )
        self.date_example = muted_label(self)
        self.date_example.setObjectName("dateExample")
        self.date_format.currentIndexChanged.connect(self._update_example)
        self._row(form, keys.DATE_FORMAT, self.tr("D&ates:"), self.date_format, self.date_example)
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        self.theme.setAccessibleName(self.tr("Light or dark"))
        for text, value in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.app_settings.theme())))
        self._row(form, keys.THEME, self.tr("T&heme:"), self.theme)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language of NetJournal"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("System ({language})").format(language=system), "")
        for code, name in i18n.shipped_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.app_settings.language())))
        note = muted_label(self, self.tr("A new language applies when NetJournal next starts."))
        note.setObjectName("languageNote")
        self._row(form, keys.LANGUAGE, self.tr("La&nguage:"), self.language, note)

    # --- behaviour ----------------------------------------------------------------------

    def _update_notifications(self) -> None:
        on = self.notifications.isChecked()
        self.summary.setEnabled(on)
        self.due.setEnabled(on)
        self.summary_time.setEnabled(on and self.summary.isChecked())

    def _update_example(self) -> None:
        style = str(self.date_format.currentData())
        today = date.today()
        if style == "iso":
            moment = datetime.now().strftime("%Y-%m-%d %H:%M")
        else:
            moment = display.ui_locale().toString(
                QDateTime.currentDateTime(), display.date_time_pattern(style)
            )
        self.date_example.setText(
            self.tr("Today reads {day}; a time, {moment}.").format(
                day=display.format_date(today, style), moment=moment
            )
        )

    def values(self) -> dict[str, Any]:
        """What the fields hold, by key."""
        time = self.summary_time.time()
        return {
            keys.DEFAULT_CADENCE: self.cadence.value(),
            keys.KEEP_DAILY: self.keep_daily.value(),
            keys.KEEP_WEEKLY: self.keep_weekly.value(),
            keys.AUTO_LOCK: self.auto_lock.value(),
            keys.NOTIFICATIONS: self.notifications.isChecked(),
            keys.DAILY_SUMMARY: self.summary.isChecked(),
            keys.DAILY_SUMMARY_TIME: f"{time.hour():02d}:{time.minute():02d}",
            keys.DUE_REMINDERS: self.due.isChecked(),
            keys.WEEK_START: self.week_start.currentData(),
            keys.DATE_FORMAT: self.date_format.currentData(),
            keys.THEME: self.theme.currentData(),
            keys.LANGUAGE: self.language.currentData(),
        }

    def edited(self) -> dict[str, Any]:
        """The values changed since the dialog opened (the rest are not written, so a
        setting left at its default keeps following the default)."""
        return {k: v for k, v in self.values().items() if v != self._loaded.get(k)}

    def save(self) -> bool:
        """OK: refuse what cannot be taken under its field (nothing saved), else save
        what changed, report it and close."""
        self.errors.clear_all()
        edited = self.edited()
        refused = self.app_settings.problems(edited)
        if refused:
            for index, (key, message) in enumerate(refused.items()):
                self.errors.refuse(key, message, focus=index == 0)
            self.scroll.ensureWidgetVisible(self.fields[next(iter(refused))])
            return False
        written = self.app_settings.save(edited)
        self.accept()
        if written:
            self.changed.emit(written)
        return True
