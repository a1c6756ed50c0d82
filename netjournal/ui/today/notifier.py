"""`Notifier`: NetJournal's tray icon while the app runs, with a daily summary of Today
and a reminder when a session, review or follow-up falls due.

Nothing runs when the app does not: no service, no timer outside this process, no
network. The summary shows once a day, at `Notifications/dailySummaryTime` (or at
start when that time has passed and it has not shown that day); a reminder shows once
per item and day. Each is switched by its setting (netjournal/ui/settings.py), read
again at every check, so the settings dialog takes effect within a minute. The days
and items already told are remembered in QSettings (`NotifierState/…`), so a restart
does not tell them again.

Showing goes through `show_message(title, text)`; offscreen there is no tray, and
tests replace that method and drive `check()` with a clock of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from netjournal.errors import JournalError
from netjournal.journal import Journal
from netjournal.journal.today import TodayItem, TodayList
from netjournal.ui.icons import app_icon
from netjournal.ui.settings import AppSettings
from netjournal.ui.today.tab import item_title, names_text, number
from netjournal.ui.widgets.privacy import PrivacyScreen, screened

Clock = Callable[[], datetime]

# How often the clock is looked at: the summary's minute and a new day are not missed.
CHECK_MS = 60_000
# The first look, once the window is up.
FIRST_CHECK_MS = 1500
# Kinds of item that get a reminder on the day they fall due.
REMINDED_KINDS = ("session", "review", "follow_up")
SUMMARY_SHOWN_ON = "NotifierState/summaryShownOn"
REMINDED_ON = "NotifierState/remindedOn"
REMINDED_KEYS = "NotifierState/remindedKeys"
MESSAGE_MS = 10_000
LINES_SHOWN = 6


def _section_count(kind: str, n: int) -> str:
    """How many items a section holds, in words."""
    if kind == "follow_up":
        return Notifier.tr("%n follow-ups", None, n)
    if kind == "reconnect":
        return Notifier.tr("%n people to get in touch with", None, n)
    if kind == "mentorship":
        return Notifier.tr("%n sessions and reviews", None, n)
    if kind == "goal_target":
        return Notifier.tr("%n goal target dates", None, n)
    if kind == "my_action":
        return Notifier.tr("%n of your action items", None, n)
    if kind == "their_action":
        return Notifier.tr("%n action items you are waiting on", None, n)
    return Notifier.tr("%n goals to celebrate", None, n)


def summary_text(found: TodayList) -> str:
    """Today in a few lines: how many things, how many overdue, then each section's count."""
    total = found.total
    if total == 0:
        return Notifier.tr("Nothing needs you today.")
    first = Notifier.tr("%n things need you today", None, total)
    if not found.exact:
        first = Notifier.tr("More than {count} things need you today").format(
            count=number(total - 1)
        )
    if found.overdue and found.overdue_exact:
        first += Notifier.tr(", {count} of them overdue").format(count=number(found.overdue))
    elif found.overdue:
        first += Notifier.tr(", more than {count} of them overdue").format(
            count=number(found.overdue - 1)
        )
    lines = [first + "."]
    for section in found.sections:
        if section.total:
            exact = section.total_exact
            line = _section_count(section.kind, section.total if exact else section.total - 1)
            if not exact:  # a full page: at least this many
                line = Notifier.tr("{counted} or more").format(counted=line)
            lines.append(f"• {line}")
    return "\n".join(lines)


def reminder_line(item: TodayItem, private: bool = False) -> str:
    """One item due today, in words."""
    names = names_text(item.names)
    if item.kind == "session":
        return Notifier.tr("Session with {name}").format(name=names)
    if item.kind == "review":
        return Notifier.tr("Review of the mentorship with {name}").format(name=names)
    title = item_title(item, private)
    if names:
        return Notifier.tr("Follow up “{title}” with {names}").format(title=title, names=names)
    return Notifier.tr("Follow up “{title}”").format(title=title)


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class Notifier(QObject):
    """The tray icon (Show NetJournal, Today's summary, Quit) and the day's messages."""

    # Show the window on Today: the icon or a message was clicked, or Show was chosen.
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        journal: Journal,
        settings: QSettings,
        window: QWidget | None = None,
        *,
        clock: Clock | None = None,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(window)
        self.journal = journal
        self.qsettings = settings
        self.settings = AppSettings(settings)
        self.window = window
        self.privacy = privacy
        self.clock: Clock = clock or (lambda: datetime.now().astimezone())
        self.tray: QSystemTrayIcon | None = None
        self._shut = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.check)

    # --- the tray ------------------------------------------------------------------------

    def start(self) -> None:
        """Show the icon (where the desktop has a tray) and start looking at the clock."""
        self._sync_tray()
        self.timer.start()
        self.first_check.start()

    def _icon(self) -> QIcon:
        """The window's icon, else NetJournal's own, else the style's (a tray icon needs one)."""
        icon = self.window.windowIcon() if self.window is not None else QIcon()
        if icon.isNull():
            icon = app_icon()
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        return icon

    def _sync_tray(self) -> None:
        """The icon shows while notifications are on, where there is a tray to show it in."""
        wanted = self.settings.notifications_enabled() and not self._shut
        if wanted and self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()
        if self.tray is not None:
            self.tray.setVisible(wanted)

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(self._icon(), self)
        tray.setToolTip(Notifier.tr("NetJournal"))
        menu = QMenu(self.window)
        self.show_action = QAction(Notifier.tr("&Show NetJournal"), menu)
        self.show_action.triggered.connect(lambda _=False: self.show_requested.emit())
        self.summary_action = QAction(Notifier.tr("&Today's Summary"), menu)
        self.summary_action.triggered.connect(lambda _=False: self.show_summary())
        self.quit_action = QAction(Notifier.tr("&Quit"), menu)
        self.quit_action.triggered.connect(lambda _=False: self.quit_requested.emit())
        for action in (self.show_action, self.summary_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.menu = menu
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_activated)
        tray.messageClicked.connect(self.show_requested.emit)
        return tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def show_message(self, title: str, text: str) -> None:
        """Put a message on the desktop (tests replace this: offscreen there is no tray)."""
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage(title, text, self._icon(), MESSAGE_MS)

    # --- what it says ----------------------------------------------------------------------

    def show_summary(self) -> str:
        """Today's summary now, whatever the time (the tray menu's Today's Summary)."""
        found = self.journal.today.items(self.clock().date())
        text = summary_text(found)
        self.show_message(Notifier.tr("NetJournal — Today"), text)
        return text

    def check(self) -> list[tuple[str, str]]:
        """Say what is due to be said now: the daily summary if its time has come and it
        has not shown today, and a reminder of each item newly due today. Returns the
        (title, text) of each message shown."""
        if self._shut:
            return []
        self._sync_tray()
        if not self.settings.notifications_enabled():
            return []
        now = self.clock()
        today = now.date()
        shown: list[tuple[str, str]] = []
        found: TodayList | None = None
        try:
            if self.settings.daily_summary() and self._summary_due(now):
                found = self.journal.today.items(today)
                self.qsettings.setValue(SUMMARY_SHOWN_ON, today.isoformat())
                if not found.empty:
                    shown.append((Notifier.tr("NetJournal — Today"), summary_text(found)))
            if self.settings.due_reminders():
                found = found or self.journal.today.items(today)
                message = self._reminders(found)
                if message is not None:
                    shown.append(message)
        except JournalError:
            return []  # the journal is closing (locked, restored): nothing to say now
        for title, text in shown:
            self.show_message(title, text)
        return shown

    def _summary_due(self, now: datetime) -> bool:
        if _day(self.qsettings.value(SUMMARY_SHOWN_ON)) == now.date():
            return False
        return now.time().replace(tzinfo=None) >= self.settings.daily_summary_time()

    def _reminders(self, found: TodayList) -> tuple[str, str] | None:
        """The message for items due today not told yet today (remembered as told)."""
        today = found.today
        told: set[str] = set()
        if _day(self.qsettings.value(REMINDED_ON)) == today:
            stored = self.qsettings.value(REMINDED_KEYS) or []
            told = {str(k) for k in ([stored] if isinstance(stored, str) else stored)}
        due = [
            item
            for item in found.items
            if item.kind in REMINDED_KINDS and item.due_today and item.key not in told
        ]
        if not due:
            return None
        self.qsettings.setValue(REMINDED_ON, today.isoformat())
        self.qsettings.setValue(REMINDED_KEYS, sorted(told | {item.key for item in due}))
        private = screened(self.privacy)
        if len(due) == 1:
            return Notifier.tr("Due today"), reminder_line(due[0], private)
        lines = [f"• {reminder_line(item, private)}" for item in due[:LINES_SHOWN]]
        if len(due) > LINES_SHOWN:
            lines.append(Notifier.tr("and %n more", None, len(due) - LINES_SHOWN))
        return Notifier.tr("%n things are due today", None, len(due)), "\n".join(lines)

    def shutdown(self) -> None:
        """Stop: no timer, no icon once the window has closed."""
        self._shut = True
        self.timer.stop()
        self.first_check.stop()
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
