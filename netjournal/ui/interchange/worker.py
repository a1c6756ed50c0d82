"""Running a long import or export off the GUI thread, with a progress dialog that cancels it.

`JobRunner.start(work)` runs `work(progress)` in a thread of its own, so the window
stays responsive while ten thousand cards are read or a million entries written.
`progress(done, total)` tells the GUI thread how far the job is and returns False
once the person pressed Cancel; the job then raises `ImportCancelled` or
`ExportCancelled` and leaves the journal (or the disk) as it was. The runner says
how it ended with exactly one of `finished(result)`, `failed(message)` or
`cancelled()`, always after its thread has ended and closed its connection to the
journal (`Journal.end_thread`).

While a job runs, `ChangeRelay` is the journal bus's dispatcher: a change committed
in the job's thread is handed to the GUI thread through a queued signal and told to
the views there (Qt widgets may only be touched in the GUI thread); a change made
in the GUI thread is told at once, as without a relay.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SIGNAL, SLOT, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from netjournal.errors import NetJournalError
from netjournal.interchange.filenames import ExportCancelled
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.imports import ImportCancelled
from netjournal.ui.errors_text import error_text

logger = logging.getLogger(__name__)

# The progress dialog shows only for a job that lasts longer than this: small ones do not flash it.
SHOW_AFTER_MS = 300
# At most this often a report crosses to the GUI thread (a job may report every row).
REPORT_EVERY_S = 0.05
# An unknown total is sent as this.
UNKNOWN = -1

Progress = Callable[[int, int | None], bool]
Work = Callable[[Progress], Any]


class ChangeRelay(QObject):
    """The bus's dispatcher while a job runs: every change reaches the listeners in the
    GUI thread, where the views live."""

    _handed = Signal(object)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = journal.bus
        self._gui_thread = threading.get_ident()
        self._previous: Callable[[Change], None] | None = None
        self._installed = False
        # Queued: the slot runs in this object's thread (the GUI's), whoever emits.
        self._handed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def installed(self) -> bool:
        return self._installed

    def install(self) -> None:
        """Become the bus's dispatcher, keeping the one there was to put it back."""
        if self._installed:
            return
        self._previous = self._bus.dispatcher
        self._bus.dispatcher = self.dispatch
        self._installed = True

    def remove(self) -> None:
        """Put the previous dispatcher back (changes already handed over still arrive)."""
        if not self._installed:
            return
        if self._bus.dispatcher == self.dispatch:
            self._bus.dispatcher = self._previous
        self._previous = None
        self._installed = False

    def dispatch(self, change: Change) -> None:
        """Told in the GUI thread at once; from any other thread, handed over."""
        if threading.get_ident() == self._gui_thread:
            self._bus.deliver(change)
        else:
            self._handed.emit(change)

    @Slot(object)
    def _deliver(self, change: Change) -> None:
        self._bus.deliver(change)


class _JobThread(QThread):
    """Runs the work and keeps how it ended; the runner reads it once the thread is done."""

    progressed = Signal(int, int)

    def __init__(self, journal: Journal, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._journal = journal
        self._work = work
        self._cancel = cancel
        self._last_report = 0.0
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

    def report(self, done: int, total: int | None) -> bool:
        """The jobs' progress callback (in this thread): whether to go on."""
        now = time.monotonic()
        last = total is not None and done >= total
        if last or now - self._last_report >= REPORT_EVERY_S:
            self._last_report = now
            self.progressed.emit(int(done), UNKNOWN if total is None else int(total))
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(self.report)
        except (ImportCancelled, ExportCancelled):
            self.was_cancelled = True
        except Exception as exc:  # said to the person; a bug is logged by the runner
            self.error = exc
        finally:
            self._journal.end_thread()


class JobRunner(QObject):
    """One job in a thread, with a window-modal progress dialog that can cancel it.

    Create one per job, connect its signals, `start(work)`. `discard_if_cancelled`: a
    job that writes nothing (reading and planning an import) is dropped when the
    person cancelled, even if it finished meanwhile.
    """

    progressed = Signal(int, int)  # done, total (UNKNOWN when not known); in the GUI thread
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget,
        title: str,
        text: str,
        *,
        discard_if_cancelled: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("jobRunner")
        self._journal = journal
        self._parent_widget = parent
        self._title = title
        self._text = text
        self._discard_if_cancelled = discard_if_cancelled
        self._cancel = threading.Event()
        self._thread: _JobThread | None = None
        self._ended = False
        self.relay = ChangeRelay(journal, self)
        self.dialog: QProgressDialog | None = None
        self.cancel_button: QPushButton | None = None
        self.bar: QProgressBar | None = None
        # How the job ended: the exception of a failed one (an export looks at its field).
        self.error: BaseException | None = None

    # --- running ------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._thread is not None

    @property
    def job_thread(self) -> QThread | None:
        """The thread the job runs in, while it runs."""
        return self._thread

    def start(self, work: Work) -> None:
        """Run `work(progress)` in a thread; the progress dialog shows if it takes a while."""
        if self._thread is not None or self._ended:
            raise RuntimeError("A JobRunner runs one job.")
        self.relay.install()
        thread = self._thread = _JobThread(self._journal, work, self._cancel)
        thread.progressed.connect(self._on_progress)
        thread.finished.connect(self._on_thread_finished)
        self._make_dialog()
        thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next report; it says `cancelled` once it has."""
        if self._thread is None or self._cancel.is_set():
            return
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel the job and wait for its thread (the window is closing)."""
        if self._thread is None:
            return
        self.cancel()
        self._thread.wait()
        self._on_thread_finished()

    # --- the dialog ---------------------------------------------------------------------

    def _make_dialog(self) -> None:
        dialog = QProgressDialog(self._parent_widget)
        dialog.setObjectName("jobProgress")
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._text)
        dialog.setAccessibleName(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        bar = QProgressBar(dialog)
        bar.setAccessibleName(self.tr("Progress"))
        bar.setRange(0, 0)  # busy until the first report says how much there is
        dialog.setBar(bar)
        # The dialog's own button: one given with setCancelButton would leave two Escape
        # shortcuts in the dialog, and Escape would then do nothing.
        dialog.setCancelButtonText(self.tr("Cancel"))
        button = dialog.findChild(QPushButton)
        assert button is not None
        button.setObjectName("cancelJob")
        button.setAccessibleName(self.tr("Cancel"))
        # The dialog would hide itself on Cancel; it stays, saying "Cancelling…", until
        # the job has stopped.
        QObject.disconnect(dialog, SIGNAL("canceled()"), dialog, SLOT("cancel()"))
        dialog.canceled.connect(self.cancel)
        dialog.rejected.connect(self.cancel)  # Escape, or a lock closing the dialogs
        dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * 28)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setValue(0)  # starts the timer that shows it after SHOW_AFTER_MS
        self.dialog, self.bar, self.cancel_button = dialog, bar, button

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        bar = self.bar
        if bar is not None and not self._ended:
            if total == UNKNOWN or total <= 0:
                bar.setRange(0, 0)
            else:
                # QProgressBar counts in ints: a big total is scaled to per-mille.
                bar.setRange(0, 1000)
                bar.setValue(min(1000, round(1000 * done / total)))
        self.progressed.emit(done, total)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        self.bar = self.cancel_button = None
        if dialog is None:
            return
        dialog.canceled.disconnect(self.cancel)
        dialog.rejected.disconnect(self.cancel)
        dialog.reset()  # stops the timer that would show it
        dialog.hide()
        dialog.deleteLater()

    # --- the end ------------------------------------------------------------------------

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return  # already handled (stop() waited for it)
        thread.wait()
        self._thread = None
        self._ended = True
        self._close_dialog()
        self.relay.remove()
        thread.deleteLater()
        if thread.error is not None:
            self.error = thread.error
            self.failed.emit(self._message(thread.error))
        elif thread.was_cancelled or (self._discard_if_cancelled and self._cancel.is_set()):
            self.cancelled.emit()
        else:
            self.finished.emit(thread.result)

    def _message(self, error: BaseException) -> str:
        if isinstance(error, NetJournalError):
            return error_text(error)
        logger.error("An import or export failed", exc_info=error)
        return self.tr("Something went wrong: {what}").format(
            what=str(error) or type(error).__name__
        )


def stop_jobs(owner: QObject) -> None:
    """Cancel every job `owner` runs and wait for their threads: it is closing."""
    for runner in owner.findChildren(JobRunner):
        runner.stop()
