"""`JournalSession`: the app's hold on one journal file, from start to quit.

It takes the journal's lock file (one copy of the app per journal), asks an encrypted
journal's passphrase, opens the journal and shows the window; it locks the journal
after a while without input (the window closed and deleted, the journal closed, the
passphrase asked again) and reopens it on the tab that was showing; it encrypts the
journal, changes or removes its passphrase and restores a backup, each with the
journal closed, then opens it again in a new window; and a journal that cannot be
opened gets a dialog that says why and offers the way on.

Every question to the person goes through an `ask_…`, `confirm`, `inform` or `refuse`
method, so that a test (or another front end) can answer it without a dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from netjournal.errors import InvalidInput, JournalError, NetJournalError, WrongPassphrase
from netjournal.journal import Journal, files, keys
from netjournal.paths import data_dir, ensure_private_dir
from netjournal.ui.errors_text import error_text, words_text
from netjournal.ui.main_window import JournalAction, MainWindow
from netjournal.ui.models.base import DEFAULT_PAGE_SIZE
from netjournal.ui.security.autolock import (
    AUTO_LOCK_KEY,
    AutoLockDialog,
    IdleWatcher,
    auto_lock_minutes,
    set_auto_lock_minutes,
)
from netjournal.ui.security.lock import JournalInUse, JournalLock
from netjournal.ui.security.passphrase import (
    PassphraseDialog,
    PassphraseMode,
    RemoveEncryptionDialog,
    same_passphrase,
)
from netjournal.ui.security.problem import JournalProblemDialog, ProblemChoice, what_is_wrong
from netjournal.ui.security.unlock import UnlockChoice, UnlockDialog, UnlockPurpose
from netjournal.ui.settings import AppSettings

EXIT_OK = 0
EXIT_PROBLEM = 1
BACKUP_FOLDER = "backups"  # beside the journal, where its automatic backups are
# A lock that found a dialog open closes it, then tries again this much later.
LOCK_RETRY_MS = 50
# How long a message stays in the status bar.
STATUS_MS = 30_000


@dataclass(frozen=True)
class NewPassphrase:
    """What PassphraseDialog gave: the current passphrase (for a change) and the new one."""

    new: str
    current: str | None = None


def dispose(widget: QWidget | None) -> None:
    """Delete a closed window or dialog now, with everything in it (no note lingers in a
    widget); only where none of its code is running."""
    if widget is not None and shiboken6.isValid(widget):
        shiboken6.delete(widget)


def _backup_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


class JournalSession(QObject):
    """One journal in the app: its lock, its passphrase, its window, its idle lock.

    `start()` shows the window (True) or ends the session (False, `exit_code` set);
    `finished` is emitted with the exit code once the person quits.
    """

    finished = Signal(int)
    window_shown = Signal(object)  # the new MainWindow
    locked = Signal()

    def __init__(
        self,
        path: Path,
        settings: QSettings,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.settings = settings
        self.page_size = page_size
        self.journal: Journal | None = None
        self.window: MainWindow | None = None
        self.exit_code: int | None = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        # The passphrase the journal is open with; forgotten when it is closed or locked.
        self._passphrase: str | None = None
        self._lock: JournalLock | None = None
        self._create_here = False  # the person chose to start a journal in a missing folder
        self._closing_window = False
        self._busy = False
        self._prompt_locked = False
        self._said: set[str] = set()
        self._retired: list[MainWindow] = []

    # --- the flow -----------------------------------------------------------------------

    def start(self) -> bool:
        """Lock, unlock, open and show; False when the session ended instead."""
        return self._open_until_shown(None)

    def lock(self) -> bool:
        """Save, close the window and the journal, and ask to unlock it; True once a new
        window shows, False if the person quit instead."""
        if self.journal is None or self._busy:
            return False
        if self._dismiss_dialogs() or QThread.currentThread().loopLevel() > 1:
            # A dialog's own event loop may be running under us (the window's code waits
            # on it): let it end first. A native file dialog, which cannot be closed from
            # here, keeps the journal open until it is closed.
            QTimer.singleShot(LOCK_RETRY_MS, self, self.lock)
            return False
        tab = self._close_window()
        self._close_journal()
        self.locked.emit()
        self._prompt_locked = True
        try:
            return self._open_until_shown(tab)
        finally:
            self._prompt_locked = False

    def shutdown(self) -> None:
        """Close whatever is still open and let the lock go (the app is quitting)."""
        self.idle.stop()
        self._close_window()
        self._close_journal()
        for window in self._retired:
            dispose(window)
        self._retired.clear()
        self._release_lock()

    def _finish(self, code: int) -> bool:
        self.shutdown()
        self.exit_code = code
        self.finished.emit(code)
        return False

    def _open_until_shown(self, tab: int | None, passphrase: str | None = None) -> bool:
        """Open the journal at `self.path` and show it, going through the problems the
        person chooses to solve; False when the session ended."""
        known = passphrase
        while True:
            try:
                self._prepare_folder()
                self._hold_lock()
                opened = self._open_journal(known)
                if opened is None:
                    return self._finish(EXIT_OK)
                journal, used = opened
                try:
                    self._show_window(journal, used, tab)
                except NetJournalError:
                    journal.close()  # it opened, but its content cannot be read
                    raise
                return True
            except JournalInUse as exc:
                self.refuse(self.tr("The Journal Is Open Elsewhere"), error_text(exc))
                return self._finish(EXIT_PROBLEM)
            except NetJournalError as exc:
                self._passphrase = None
                again = self._resolve_problem(exc)
                if again is None:
                    return self._finish(EXIT_PROBLEM)
                known = again or None

    def _prepare_folder(self) -> None:
        """A missing journal is started afresh when its folder is there, or plainly new
        (the first start); a folder gone missing (a disk not connected) is a problem."""
        if self.path.exists():
            return
        folder = self.path.parent
        if folder.is_dir():
            return
        default = folder == data_dir(None, env={})
        if self._create_here or default or folder.parent.is_dir():
            try:
                ensure_private_dir(folder)
            except OSError as exc:
                raise JournalError(
                    self.tr("The folder {folder} cannot be made: {why}.").format(
                        folder=folder, why=exc.strerror or exc
                    )
                ) from exc
            return
        Journal.open(self.path, create=False)  # raises: there is no journal there

    def _hold_lock(self) -> None:
        if self._lock is not None and self._lock.journal != self.path:
            self._release_lock()
        if self._lock is None:
            self._lock = JournalLock(self.path)
        self._lock.acquire()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _backup_rotation(self) -> tuple[int, int]:
        """How many daily and weekly automatic backups Settings keeps."""
        return AppSettings(self.settings).backup_rotation()

    def _open_journal(self, known: str | None) -> tuple[Journal, str | None] | None:
        """The journal, opened with the passphrase it needs (asked until right); None
        when the person quits. A passphrase that does not open it changes nothing."""
        path = self.path
        if not path.exists():
            return Journal.open(
                path, None, create=True, daily_backup=True, keep=self._backup_rotation()
            ), None
        if not keys.is_encrypted(path):
            if self._prompt_locked and not self.ask_show_again(path):
                return None
            return Journal.open(
                path, None, create=False, daily_backup=True, keep=self._backup_rotation()
            ), None
        error = ""
        refusal: WrongPassphrase | None = None
        passphrase = known
        while True:
            if passphrase is None:
                answer = self.ask_passphrase(path, error)
                if answer is UnlockChoice.OPTIONS:
                    raise refusal or WrongPassphrase(
                        self.tr("{path} is encrypted, or it is not a NetJournal file.").format(
                            path=path
                        )
                    )
                if answer is None or isinstance(answer, UnlockChoice):
                    return None
                if not answer:
                    error = self.tr("Give the passphrase.")
                    continue
                passphrase = answer
            try:
                journal = Journal.open(
                    path, passphrase, create=False, daily_backup=True, keep=self._backup_rotation()
                )
            except WrongPassphrase as exc:
                refusal, error, passphrase = exc, error_text(exc), None
                continue
            return journal, passphrase

    def _show_window(self, journal: Journal, passphrase: str | None, tab: int | None) -> None:
        window = MainWindow(journal, self.settings, page_size=self.page_size)
        self.journal = journal
        self._passphrase = passphrase
        if tab is not None and 0 <= tab < window.tabs.count():
            window.tabs.setCurrentIndex(tab)
        window.journal_action.connect(self._on_journal_action)
        window.settings_changed.connect(self.apply_settings)
        window.closed.connect(self._on_window_closed)
        self.window = window
        window.show()
        self._say_backup_problem(journal, window)
        self._start_idle()
        self.window_shown.emit(window)

    def _say_backup_problem(self, journal: Journal, window: MainWindow) -> None:
        """Today's automatic backup failed: said once, in the status bar."""
        problem = journal.backup_problem
        if problem and problem not in self._said:
            self._said.add(problem)
            window.statusBar().showMessage(
                self.tr("The automatic backup failed: {why}").format(why=problem), STATUS_MS
            )

    def _start_idle(self) -> None:
        if self.journal is None:
            return
        minutes = auto_lock_minutes(self.settings, self.journal.encrypted)
        self.idle.start(round(minutes * 60_000))

    def _close_window(self) -> int | None:
        """Flush the edits, close the window (it saves its settings) and delete it; the
        tab that was showing."""
        window, self.window = self.window, None
        if window is None or not shiboken6.isValid(window):
            return None
        self.idle.stop()
        tab = window.tabs.currentIndex()
        window.flush_edits()
        self._closing_window = True
        try:
            window.close()
        finally:
            self._closing_window = False
        dispose(window)
        return tab

    def _close_journal(self) -> None:
        journal, self.journal = self.journal, None
        self._passphrase = None
        if journal is not None:
            journal.close()

    def _on_window_closed(self) -> None:
        """The person closed the window (or chose Quit): the session ends."""
        if self._closing_window:
            return
        window, self.window = self.window, None
        if window is not None:
            self._retired.append(window)  # its close is still running: deleted later
            QTimer.singleShot(0, self, self._dispose_retired)
        self._finish(EXIT_OK)

    def _dispose_retired(self) -> None:
        for window in self._retired:
            dispose(window)
        self._retired.clear()

    def _dismiss_dialogs(self) -> bool:
        """Close the menus and dialogs open over the window (their content is not kept);
        whether there were any."""
        found = False
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            found = True
        modal = QApplication.activeModalWidget()
        if modal is not None:
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            found = True
        return found

    # --- problems -----------------------------------------------------------------------

    def _resolve_problem(self, error: NetJournalError) -> str | None:
        """Say what is wrong and do what the person chooses; the passphrase to open the
        journal with next (or "" for none known), None to quit."""
        path = self.path
        what = what_is_wrong(path, error)
        while True:
            latest = files.latest_backup(path) if path.parent.is_dir() else None
            can_create = not path.parent.exists()
            choice = self.ask_problem(path, what, latest, can_create)
            if choice is ProblemChoice.RESTORE and latest is not None:
                try:
                    restored = self._restore_into_place(latest)
                except NetJournalError as exc:
                    what = error_text(exc)
                    continue
                if restored is None:
                    continue  # no passphrase for the backup: back to the choices
                kept, passphrase = restored
                self._say_restored(latest, kept)
                return passphrase or ""
            if choice is ProblemChoice.OPEN_OTHER:
                start = path.parent if path.parent.is_dir() else Path.home()
                chosen = self.ask_journal_file(start)
                if chosen is None:
                    continue
                self._release_lock()
                self.path = Path(chosen)
                self._create_here = False
                return ""
            if choice is ProblemChoice.CREATE and can_create:
                self._create_here = True
                return ""
            return None

    def _restore_into_place(self, backup: Path) -> tuple[Path, str | None] | None:
        """`files.restore` of `backup`, with its passphrase asked when it is encrypted;
        where the journal as it was is kept, and the passphrase; None if not given.
        Raises `NetJournalError` when the backup cannot be restored (nothing changed)."""
        error = ""
        while True:
            passphrase = None
            if keys.is_encrypted(backup):
                passphrase = self.ask_backup_passphrase(backup, error)
                if passphrase is None:
                    return None
            try:
                kept = files.restore(self.path, backup, passphrase)
            except WrongPassphrase as exc:
                if passphrase is None:
                    raise
                error = error_text(exc)
                continue
            return kept, passphrase

    def _say_restored(self, backup: Path, kept: Path) -> None:
        text = self.tr("{backup} is the journal now.").format(backup=backup)
        if kept.exists():
            text += " " + self.tr("The journal as it was is kept in {kept}.").format(kept=kept)
        self.inform(self.tr("Backup Restored"), text)

    # --- File's actions -----------------------------------------------------------------

    def _on_journal_action(self, what: str) -> None:
        # After the menu (or shortcut) that asked has returned: the window may go.
        QTimer.singleShot(0, self, lambda: self.perform(JournalAction(what)))

    def perform(self, what: JournalAction) -> bool:
        """Do one of File's journal actions; whether it was done."""
        if self.journal is None or self._busy:
            return False
        actions: dict[JournalAction, Callable[[], object]] = {
            JournalAction.BACK_UP: self.back_up_now,
            JournalAction.RESTORE: self.restore_backup,
            JournalAction.ENCRYPT: self.encrypt,
            JournalAction.CHANGE_PASSPHRASE: self.change_passphrase,
            JournalAction.DECRYPT: self.remove_encryption,
            JournalAction.LOCK: self.lock,
            JournalAction.AUTO_LOCK: self.choose_auto_lock,
        }
        return bool(actions[what]())

    def back_up_now(self) -> Path | None:
        """A copy of the journal in its backups folder, named by the time; said in the
        status bar."""
        journal = self.journal
        if journal is None:
            return None
        try:
            folder = ensure_private_dir(journal.path.parent / BACKUP_FOLDER)
            target = folder / f"journal-{_backup_stamp()}.db"
            number = 2
            while target.exists():
                target = folder / f"journal-{_backup_stamp()}-{number}.db"
                number += 1
            journal.backup(target)
        except OSError as exc:
            self.refuse(self.tr("No Backup Made"), f"{exc.strerror or exc}: {exc.filename}")
            return None
        except NetJournalError as exc:
            self.refuse(self.tr("No Backup Made"), error_text(exc))
            return None
        if self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("Backup written to {path}").format(path=target), STATUS_MS
            )
        return target

    def restore_backup(self, backup: Path | None = None) -> bool:
        """Make a backup (chosen, default folder backups/) the journal, after asking; the
        journal as it was is kept aside. The window closes and opens again on it."""
        if self.journal is None:
            return False
        if backup is None:
            folder = self.path.parent / BACKUP_FOLDER
            backup = self.ask_backup_file(folder if folder.is_dir() else self.path.parent)
            if backup is None:
                return False
        backup = Path(backup)
        if not backup.is_file():
            self.refuse(
                self.tr("Nothing Restored"),
                self.tr("There is no backup at {path}.").format(path=backup),
            )
            return False
        if not self.confirm(
            self.tr("Restore This Backup?"),
            self.tr(
                "{backup} becomes the journal. The journal as it is now is kept in the "
                "backups folder, and the window opens again on the restored journal."
            ).format(backup=backup),
            self.tr("&Restore"),
        ):
            return False
        old = self._passphrase
        self._busy = True
        try:
            tab = self._close_window()
            self._close_journal()
            failure = ""
            restored = None
            try:
                restored = self._restore_into_place(backup)
            except NetJournalError as exc:
                failure = error_text(exc)
        finally:
            self._busy = False
        passphrase = restored[1] if restored is not None else old
        if not self._open_until_shown(tab, passphrase=passphrase):
            return False
        if restored is not None:
            self._say_restored(backup, restored[0])
            return True
        if failure:
            self.refuse(self.tr("Nothing Restored"), failure)
        return False

    def encrypt(self) -> bool:
        """Encrypt the plain journal and its backups with a new passphrase."""
        if self.journal is None or self.journal.encrypted:
            return False
        answer = self.ask_new_passphrase(PassphraseMode.ENCRYPT)
        if answer is None or not self._acceptable(answer.new):
            return False
        path = self.path
        return self._rekey(
            lambda: keys.encrypt(path, answer.new),
            answer.new,
            self.tr("Journal Encrypted"),
            lambda done: (
                self.tr(
                    "The journal is encrypted now. Keep the passphrase safe: without it nobody can "
                    "read the journal, you included."
                )
                + self._backups_also(
                    done, self.tr("%n of its backups are encrypted too.", None, len(done.backups))
                )
            ),
        )

    def change_passphrase(self) -> bool:
        """Give the encrypted journal and its backups a new passphrase."""
        if self.journal is None or not self.journal.encrypted:
            return False
        answer = self.ask_new_passphrase(PassphraseMode.CHANGE)
        if answer is None or not self._acceptable(answer.new):
            return False
        if not self._is_current(answer.current):
            self.refuse(self.tr("Passphrase Not Changed"), self._not_current())
            return False
        current, path = answer.current or "", self.path
        return self._rekey(
            lambda: keys.change_passphrase(path, current, answer.new),
            answer.new,
            self.tr("Passphrase Changed"),
            lambda done: (
                self.tr("The journal has its new passphrase; the old one no longer opens it.")
                + self._backups_also(
                    done,
                    self.tr(
                        "%n of its backups have the new passphrase too.", None, len(done.backups)
                    ),
                )
            ),
        )

    def remove_encryption(self) -> bool:
        """Make the journal a plain file again (its backups stay encrypted)."""
        if self.journal is None or not self.journal.encrypted:
            return False
        current = self.ask_remove_encryption()
        if current is None:
            return False
        if not self._is_current(current):
            self.refuse(self.tr("Encryption Not Removed"), self._not_current())
            return False
        path = self.path
        return self._rekey(
            lambda: keys.decrypt(path, current),
            None,
            self.tr("Encryption Removed"),
            lambda _done: self.tr(
                "The journal is a plain file again: anyone who can read the file can read "
                "it. Its backups stay encrypted with the old passphrase."
            ),
        )

    def choose_auto_lock(self) -> bool:
        """File → Lock After…: the minutes of no input before the journal locks."""
        if self.journal is None:
            return False
        encrypted = self.journal.encrypted
        current = round(auto_lock_minutes(self.settings, encrypted))
        minutes = self.ask_auto_lock_minutes(current, encrypted)
        if minutes is None:
            return False
        set_auto_lock_minutes(self.settings, minutes)
        self._start_idle()
        if self.window is not None:
            text = (
                self.tr("The journal locks after %n minute(s) without input.", None, minutes)
                if minutes
                else self.tr("The journal does not lock by itself.")
            )
            self.window.statusBar().showMessage(text, STATUS_MS)
        return True

    def apply_settings(self, keys: Sequence[str]) -> None:
        """Settings changed (`SettingsDialog.changed`): a new auto-lock time starts now."""
        if AUTO_LOCK_KEY in keys:
            self._start_idle()

    def _acceptable(self, passphrase: str) -> bool:
        try:
            keys.check_passphrase(passphrase)
        except InvalidInput as exc:
            self.refuse(self.tr("Nothing Changed"), error_text(exc))
            return False
        return True

    def _is_current(self, typed: str | None) -> bool:
        return typed is not None and same_passphrase(self._passphrase)(typed)

    def _not_current(self) -> str:
        return self.tr("That is not the journal's passphrase; nothing was changed.")

    def _backups_also(self, done: keys.Rewritten, rewritten: str) -> str:
        """The sentences to add about the backups: `rewritten` when some were, and those
        left as they were, with why."""
        text = f" {rewritten}" if done.backups else ""
        if done.skipped:
            left = "; ".join(f"{path.name} ({words_text(why)})" for path, why in done.skipped)
            text += " " + self.tr("Left as they were: {left}.").format(left=left)
        return text

    def _rekey(
        self,
        rewrite: Callable[[], keys.Rewritten],
        new_passphrase: str | None,
        title: str,
        describe: Callable[[keys.Rewritten], str],
    ) -> bool:
        """Close the window and the journal, rewrite it, open it again and say what was
        done; a rewrite that fails leaves the journal as it was, opened as before."""
        old = self._passphrase
        self._busy = True
        try:
            tab = self._close_window()
            self._close_journal()
            try:
                done: keys.Rewritten | None = rewrite()
                failure = ""
            except NetJournalError as exc:
                done, failure = None, error_text(exc)
        finally:
            self._busy = False
        passphrase = new_passphrase if done is not None else old
        if not self._open_until_shown(tab, passphrase=passphrase):
            return False
        if done is None:
            self.refuse(
                title,
                self.tr("{why} The journal was left as it was.").format(why=failure),
            )
            return False
        self.inform(title, describe(done))
        return True

    # --- questions to the person (tests answer them) ------------------------------------

    def _parent(self) -> QWidget | None:
        return self.window

    def ask_passphrase(self, path: Path, error: str) -> str | UnlockChoice | None:
        """The journal's passphrase; UnlockChoice.QUIT (or None) to quit, OPTIONS for the
        problem dialog (restore, another file)."""
        purpose = UnlockPurpose.LOCKED if self._prompt_locked else UnlockPurpose.OPEN
        dialog = UnlockDialog(path, error, self._parent(), purpose=purpose)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.passphrase()
            return dialog.choice
        finally:
            dispose(dialog)

    def ask_show_again(self, path: Path) -> bool:
        """A plain journal that was locked: show it again (True) or quit."""
        dialog = UnlockDialog(path, "", self._parent(), needs_passphrase=False)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dispose(dialog)

    def ask_backup_passphrase(self, backup: Path, error: str) -> str | None:
        dialog = UnlockDialog(backup, error, self._parent(), purpose=UnlockPurpose.BACKUP)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.passphrase() if accepted else None
        finally:
            dispose(dialog)

    def ask_new_passphrase(self, mode: PassphraseMode) -> NewPassphrase | None:
        dialog = PassphraseDialog(mode, self._parent(), same_passphrase(self._passphrase))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return NewPassphrase(dialog.new_passphrase(), dialog.current_passphrase())
        finally:
            dispose(dialog)

    def ask_remove_encryption(self) -> str | None:
        dialog = RemoveEncryptionDialog(self._parent(), same_passphrase(self._passphrase))
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.current_passphrase() if accepted else None
        finally:
            dispose(dialog)

    def ask_problem(
        self, path: Path, what: str, latest: Path | None, can_create: bool
    ) -> ProblemChoice:
        dialog = JournalProblemDialog(path, what, latest, self._parent(), can_create=can_create)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dispose(dialog)

    def ask_journal_file(self, folder: Path) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent(),
            self.tr("Open a Journal"),
            str(folder),
            self.tr("NetJournal journals (*.db);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def ask_backup_file(self, folder: Path) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent(),
            self.tr("Restore a Backup"),
            str(folder),
            self.tr("Backups (*.db);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def ask_auto_lock_minutes(self, minutes: int, encrypted: bool) -> int | None:
        dialog = AutoLockDialog(minutes, encrypted, self._parent())
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.chosen_minutes() if accepted else None
        finally:
            dispose(dialog)

    def confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent())
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        try:
            box.exec()
            return box.clickedButton() is yes
        finally:
            dispose(box)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent(), title, text)

    def refuse(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent(), title, text)
