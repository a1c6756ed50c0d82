"""Settings: typed values with defaults through a QSettings ini file, the dialog driven by
the keyboard (a bad value refused under its field, nothing saved), and the settings put
into effect: date style, week start in a calendar popup, theme, a new person's cadence,
the auto-lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.ui import settings as keys
from netjournal.ui.contacts.tab import ContactsTab
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.format import DueStatus, date_pattern, first_day_of_week, format_date
from netjournal.ui.security.session import JournalSession
from netjournal.ui.settings import AppSettings, apply_settings, apply_theme, reset_applied
from netjournal.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@pytest.fixture(autouse=True)
def applied_settings_back(qapp: QApplication) -> Iterator[None]:
    """What a test puts into effect app-wide is taken back after it."""
    yield
    reset_applied()
    apply_theme("system")


def _reopen(settings: QSettings) -> AppSettings:
    """The same ini file read afresh, as the next start of the app reads it."""
    settings.sync()
    return AppSettings(QSettings(settings.fileName(), QSettings.Format.IniFormat))


def test_every_setting_has_its_default(settings: QSettings) -> None:
    app = AppSettings(settings)
    assert app.default_cadence_days() == 0
    assert app.backup_rotation() == (7, 4)
    assert app.auto_lock_minutes(encrypted=True) == 10
    assert app.auto_lock_minutes(encrypted=False) == 0
    assert app.notifications_enabled()
    assert app.daily_summary()
    assert app.due_reminders()
    assert app.daily_summary_time() == time(9, 0)
    assert app.week_start() == 0
    assert app.date_format() == "short"
    assert app.theme() == "system"


def test_values_round_trip_through_the_ini_file(settings: QSettings) -> None:
    written = AppSettings(settings).save(
        {
            keys.DEFAULT_CADENCE: 30,
            keys.KEEP_DAILY: 14,
            keys.KEEP_WEEKLY: 8,
            keys.AUTO_LOCK: 15,
            keys.NOTIFICATIONS: True,  # the default: not written
            keys.DAILY_SUMMARY: False,
            keys.DAILY_SUMMARY_TIME: "18:30",
            keys.DUE_REMINDERS: False,
            keys.WEEK_START: 1,
            keys.DATE_FORMAT: "iso",
            keys.THEME: "dark",
        }
    )
    assert keys.NOTIFICATIONS not in written
    assert len(written) == 10
    again = _reopen(settings)
    assert again.default_cadence_days() == 30
    assert again.backup_rotation() == (14, 8)
    assert again.auto_lock_minutes(encrypted=False) == 15
    assert again.notifications_enabled()
    assert not again.daily_summary()
    assert again.daily_summary_time() == time(18, 30)
    assert not again.due_reminders()
    assert again.week_start() == 1
    assert again.date_format() == "iso"
    assert again.theme() == "dark"
    assert AppSettings(settings).save({keys.THEME: "dark"}) == []  # unchanged


def test_values_edited_by_hand_into_nonsense_read_as_defaults(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(
        "[Backups]\nkeepDaily=lots\nkeepWeekly=-3\n[Display]\ntheme=purple\n"
        "[Notifications]\nenabled=maybe\ndailySummaryTime=25:99\n[Calendar]\nweekStart=9\n",
        encoding="utf-8",
    )
    app = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert app.backup_rotation() == (7, 4)
    assert app.theme() == "system"
    assert app.notifications_enabled()
    assert app.daily_summary_time() == time(9, 0)
    assert app.week_start() == 0


def test_a_value_out_of_range_is_refused_and_nothing_is_written(settings: QSettings) -> None:
    app = AppSettings(settings)
    with pytest.raises(InvalidInput) as refused:
        app.save({keys.DEFAULT_CADENCE: 30, keys.KEEP_DAILY: 61})
    assert refused.value.field == keys.KEEP_DAILY
    assert refused.value.message == "Keep from 0 to 60 daily backups."
    assert not settings.contains(keys.DEFAULT_CADENCE)
    assert app.problems({keys.KEEP_DAILY: 0, keys.KEEP_WEEKLY: 0}).keys() == {keys.KEEP_DAILY}
    assert app.problems({keys.KEEP_DAILY: 0}) == {}  # four weeks are still kept
    assert app.problems({keys.THEME: "purple"}).keys() == {keys.THEME}


def _dialog(qtbot: QtBot, settings: QSettings, encrypted: bool = False) -> SettingsDialog:
    dialog = SettingsDialog(settings, encrypted=encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def test_the_dialog_refuses_under_the_field_then_saves_what_changed(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, settings)
    assert dialog.focusWidget() is dialog.cadence  # the first field, ready to type in
    reported: list[list[str]] = []
    dialog.changed.connect(reported.append)

    _type(qtbot, dialog.keep_daily, "61")
    qtbot.keyClick(dialog.keep_daily, Qt.Key.Key_Return)  # OK is the default button

    assert dialog.isVisible()
    assert dialog.errors.text(keys.KEEP_DAILY) == "Keep from 0 to 60 daily backups."
    error = dialog.findChild(object, "error_Backups_keepDaily")
    assert error is not None
    assert error.isVisible()
    assert dialog.keep_daily.accessibleDescription() == "Keep from 0 to 60 daily backups."
    assert not settings.contains(keys.KEEP_DAILY)
    assert reported == []

    _type(qtbot, dialog.keep_daily, "21")
    _type(qtbot, dialog.cadence, "30")
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Down)  # Follow the system → Light
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert reported == [[keys.DEFAULT_CADENCE, keys.KEEP_DAILY, keys.THEME]]
    again = _reopen(settings)
    assert (again.keep_daily(), again.default_cadence_days(), again.theme()) == (21, 30, "light")
    assert not settings.contains(keys.AUTO_LOCK)  # shown, not changed: still the default


def test_cancel_saves_nothing(qtbot: QtBot, settings: QSettings) -> None:
    dialog = _dialog(qtbot, settings)
    _type(qtbot, dialog.keep_weekly, "9")
    qtbot.keyClick(dialog.keep_weekly, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.allKeys() == []


def test_the_dialog_says_what_auto_lock_does_for_a_plain_journal(
    qtbot: QtBot, settings: QSettings
) -> None:
    plain = _dialog(qtbot, settings)
    hint = plain.findChild(object, "autoLockHint")
    assert "not encrypted" in hint.text()
    assert plain.auto_lock.text() == "Never"
    encrypted = _dialog(qtbot, settings, encrypted=True)
    assert "passphrase" in encrypted.findChild(object, "autoLockHint").text()
    assert encrypted.auto_lock.value() == 10


def test_notification_choices_follow_the_main_switch(qtbot: QtBot, settings: QSettings) -> None:
    dialog = _dialog(qtbot, settings)
    assert dialog.summary_time.isEnabled()
    dialog.notifications.setFocus()
    qtbot.keyClick(dialog.notifications, Qt.Key.Key_Space)
    assert not dialog.summary.isEnabled()
    assert not dialog.summary_time.isEnabled()
    assert not dialog.due.isEnabled()


def test_every_field_has_an_accessible_name_or_a_caption(qtbot: QtBot, settings: QSettings) -> None:
    dialog = _dialog(qtbot, settings)
    for key, field in dialog.fields.items():
        assert field.accessibleName(), key


def test_the_date_style_follows_the_setting_with_a_live_example(
    qtbot: QtBot, settings: QSettings
) -> None:
    day = date(2026, 3, 4)
    assert format_date(day) == "3/4/2026"
    dialog = _dialog(qtbot, settings)
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("iso"))
    assert f"{date.today().isoformat()};" in dialog.date_example.text()
    assert format_date(day) == "3/4/2026"  # only an example until saved
    dialog.save()

    apply_settings(AppSettings(settings), [keys.DATE_FORMAT])
    assert format_date(day) == "2026-03-04"
    assert date_pattern() == "yyyy-MM-dd"
    AppSettings(settings).save({keys.DATE_FORMAT: "long"})
    apply_settings(AppSettings(settings))
    assert format_date(day) == "March 4, 2026"


def test_the_first_day_of_the_week_reaches_a_calendar_popup(
    qtbot: QtBot, settings: QSettings, journal: Journal
) -> None:
    assert first_day_of_week() == Qt.DayOfWeek.Sunday  # US English, as the tests run
    AppSettings(settings).save({keys.WEEK_START: 1})
    apply_settings(AppSettings(settings))
    dialog = EntryDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.when.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert dialog.follow_up_on.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_a_new_person_starts_with_the_default_cadence(
    qtbot: QtBot, settings: QSettings, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Zoe Ng", True))
    tab = ContactsTab(journal)
    qtbot.addWidget(tab)
    tab.new_person()
    AppSettings(settings).save({keys.DEFAULT_CADENCE: 21})
    apply_settings(AppSettings(settings), [keys.DEFAULT_CADENCE])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Yan Li", True))
    tab.new_person()
    cadences = {
        p.display_name: p.cadence_days for p in journal.people.get_many(journal.people.page().ids)
    }
    assert cadences == {"Zoe Ng": None, "Yan Li": 21}


def test_the_theme_is_applied_and_given_back(settings: QSettings) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QGuiApplication.styleHints()
    light_window = app.palette().color(QPalette.ColorRole.Window)
    assert DueStatus.OVERDUE.colour.name() == "#b8322a"

    assert apply_theme("dark") == Qt.ColorScheme.Dark
    # Where the platform switches, Qt reports it; offscreen it cannot, and the palette
    # is set instead: either way the window reads dark.
    switched = hints.colorScheme() == Qt.ColorScheme.Dark
    assert switched or app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    QApplication.processEvents()
    if not switched:
        assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
        assert DueStatus.OVERDUE.colour.name() == "#ff7b6e"  # the lighter one, readable

    apply_theme("system")
    assert app.palette().color(QPalette.ColorRole.Window) == light_window
    assert DueStatus.OVERDUE.colour.name() == "#b8322a"
    AppSettings(settings).save({keys.THEME: "dark"})
    apply_settings(AppSettings(settings), [keys.THEME])
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 128 or switched


def test_a_new_auto_lock_time_starts_the_idle_watch(
    qtbot: QtBot, settings: QSettings, journal_path: Path
) -> None:
    Journal.open(journal_path).close()
    session = JournalSession(journal_path, settings)
    try:
        assert session.start()
        assert not session.idle.is_watching()  # a plain journal: never, by default
        dialog = _dialog(qtbot, settings)
        dialog.changed.connect(session.apply_settings)
        _type(qtbot, dialog.auto_lock, "3")
        qtbot.keyClick(dialog.auto_lock, Qt.Key.Key_Return)
        assert session.idle.is_watching()
        assert session.idle.timer.interval() == 3 * 60_000
    finally:
        session.shutdown()
