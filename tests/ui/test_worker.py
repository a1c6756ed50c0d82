"""The job runner: work off the GUI thread, changes told to the views in the GUI thread,
a progress dialog that shows only for long jobs and cancels them, threads always ended."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.imports import ImportCancelled
from netjournal.ui.interchange.worker import ChangeRelay, JobRunner, stop_jobs

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    stop_jobs(widget)  # a failed test leaves no thread running


class Outcome:
    """How a runner ended, and whether its thread had ended by then."""

    def __init__(self, runner: JobRunner) -> None:
        self.runner = runner
        self.thread = None
        self.finished: list[Any] = []
        self.failed: list[str] = []
        self.cancelled = 0
        self.thread_done_at_end: bool | None = None
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        runner.cancelled.connect(self._cancelled)

    def start(self, work: Callable[[Callable[[int, int | None], bool]], Any]) -> None:
        self.runner.start(work)
        self.thread = self.runner.job_thread

    def _ended(self) -> None:
        assert self.thread is not None
        self.thread_done_at_end = self.thread.isFinished()

    def _finished(self, result: Any) -> None:
        self._ended()
        self.finished.append(result)

    def _failed(self, message: str) -> None:
        self._ended()
        self.failed.append(message)

    def _cancelled(self) -> None:
        self._ended()
        self.cancelled += 1

    @property
    def ended(self) -> bool:
        return bool(self.finished or self.failed or self.cancelled)


class ShownSpy(QObject):
    """Notes whether a widget was ever shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown = True
        return False


def test_a_change_made_in_the_job_reaches_the_listeners_in_the_gui_thread(
    journal: Journal, owner: QWidget, qtbot: QtBot
) -> None:
    gui_thread = threading.get_ident()
    heard: list[tuple[int, Change]] = []
    journal.subscribe(lambda change: heard.append((threading.get_ident(), change)))
    worker_threads: list[int] = []

    def work(_progress: Callable[[int, int | None], bool]) -> int:
        worker_threads.append(threading.get_ident())
        return journal.people.create("Made in a worker").id

    runner = JobRunner(journal, owner, "Working", "Working…")
    outcome = Outcome(runner)
    spy = ShownSpy()
    assert runner.dialog is None
    outcome.start(work)
    assert runner.dialog is not None
    runner.dialog.installEventFilter(spy)
    assert journal.bus.dispatcher == runner.relay.dispatch
    qtbot.waitUntil(lambda: outcome.ended, timeout=5000)

    assert outcome.failed == []
    [person_id] = outcome.finished
    assert journal.people.get(person_id).display_name == "Made in a worker"
    assert worker_threads
    assert worker_threads[0] != gui_thread
    # Told once, in the GUI thread, before the runner said it had finished.
    assert [t for t, _ in heard] == [gui_thread]
    assert person_id in heard[0][1].ids_of("person")
    # The thread had ended (its connection closed) before the result was told.
    assert outcome.thread_done_at_end is True
    assert journal.bus.dispatcher is None
    assert not runner.is_running()
    # A quick job does not flash the progress dialog.
    assert not spy.shown
    assert runner.dialog is None


def test_a_change_made_in_the_gui_thread_is_told_at_once_while_the_relay_is_installed(
    journal: Journal, owner: QWidget
) -> None:
    def earlier(change: Change) -> None:
        journal.bus.deliver(change)

    journal.bus.dispatcher = earlier
    relay = ChangeRelay(journal, owner)
    relay.install()
    heard: list[Change] = []
    journal.subscribe(heard.append)
    journal.people.create("Ana Silva")
    assert len(heard) == 1  # synchronously, before create() returned
    relay.remove()
    assert journal.bus.dispatcher is earlier
    journal.bus.dispatcher = None


def test_the_gui_stays_responsive_while_a_job_runs(
    journal: Journal, owner: QWidget, qtbot: QtBot
) -> None:
    ticks: list[int] = []
    enough = threading.Event()
    timer = QTimer(owner)
    timer.setInterval(10)

    def tick() -> None:
        ticks.append(threading.get_ident())
        if len(ticks) >= 5:
            enough.set()

    timer.timeout.connect(tick)

    def work(progress: Callable[[int, int | None], bool]) -> bool:
        # The job ends only once the GUI thread has ticked while it ran.
        for step in range(200):
            progress(step, 200)
            if enough.wait(0.02):
                return True
        return False

    runner = JobRunner(journal, owner, "Working", "Working…")
    outcome = Outcome(runner)
    timer.start()
    outcome.start(work)
    qtbot.waitUntil(lambda: outcome.ended, timeout=8000)
    timer.stop()
    assert outcome.finished == [True]
    assert len(ticks) >= 5
    assert set(ticks) == {threading.get_ident()}


def test_cancel_in_the_progress_dialog_stops_the_job(
    journal: Journal, owner: QWidget, qtbot: QtBot
) -> None:
    reports: list[tuple[int, int]] = []

    def work(progress: Callable[[int, int | None], bool]) -> None:
        step = 0
        while progress(step, 1_000_000):
            step += 1
            threading.Event().wait(0.005)
            if step > 4000:  # about 20 s: the cancel never arrived
                return
        raise ImportCancelled("The import was cancelled; nothing was changed.")

    runner = JobRunner(journal, owner, "Importing", "Importing 1,000,000 items…")
    runner.progressed.connect(lambda done, total: reports.append((done, total)))
    outcome = Outcome(runner)
    outcome.start(work)
    dialog = runner.dialog
    assert dialog is not None
    # A long job shows the dialog after a moment, window-modal, with its progress.
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: bool(reports), timeout=3000)
    assert reports[0][1] == 1_000_000
    button = runner.cancel_button
    assert button is not None
    assert button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # It says so until the job has stopped.
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: outcome.ended, timeout=5000)
    assert outcome.cancelled == 1
    assert outcome.finished == outcome.failed == []
    assert outcome.thread_done_at_end is True
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)


def test_escape_in_the_progress_dialog_cancels_too(
    journal: Journal, owner: QWidget, qtbot: QtBot
) -> None:
    def work(progress: Callable[[int, int | None], bool]) -> None:
        for step in range(4000):
            if not progress(step, None):
                raise ImportCancelled("cancelled")
            threading.Event().wait(0.005)

    runner = JobRunner(journal, owner, "Importing", "Importing…")
    outcome = Outcome(runner)
    outcome.start(work)
    assert runner.dialog is not None
    qtbot.waitUntil(runner.dialog.isVisible, timeout=3000)
    assert runner.bar is not None
    assert runner.bar.maximum() == 0  # an unknown total: a busy bar
    qtbot.keyClick(runner.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: outcome.ended, timeout=5000)
    assert outcome.cancelled == 1


def test_a_refusal_is_said_as_it_is_and_a_bug_in_words_with_its_text(
    journal: Journal, owner: QWidget, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def refused(_progress: Callable[[int, int | None], bool]) -> None:
        raise InvalidInput("“/nowhere/x.json” cannot be written: the folder does not exist.")

    runner = JobRunner(journal, owner, "Exporting", "Writing x.json…")
    outcome = Outcome(runner)
    outcome.start(refused)
    qtbot.waitUntil(lambda: outcome.ended, timeout=5000)
    assert outcome.failed == ["“/nowhere/x.json” cannot be written: the folder does not exist."]
    assert isinstance(runner.error, InvalidInput)

    def broken(_progress: Callable[[int, int | None], bool]) -> None:
        raise ZeroDivisionError("division by zero")

    runner = JobRunner(journal, owner, "Exporting", "Writing x.json…")
    outcome = Outcome(runner)
    outcome.start(broken)
    qtbot.waitUntil(lambda: outcome.ended, timeout=5000)
    assert outcome.failed == ["Something went wrong: division by zero"]
    assert outcome.thread_done_at_end is True
    # A bug is logged with its traceback (this test expects it).
    assert any(r.exc_info for r in caplog.records if r.name.startswith("netjournal"))
    caplog.clear()


def test_a_job_writing_nothing_is_dropped_when_cancelled_even_if_it_finished(
    journal: Journal, owner: QWidget, qtbot: QtBot
) -> None:
    release = threading.Event()

    def work(_progress: Callable[[int, int | None], bool]) -> str:
        release.wait(5)
        return "read"

    runner = JobRunner(journal, owner, "Reading", "Reading 1 file…", discard_if_cancelled=True)
    outcome = Outcome(runner)
    outcome.start(work)
    runner.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcome.ended, timeout=5000)
    assert outcome.cancelled == 1
    assert outcome.finished == []


def test_closing_the_owner_cancels_the_job_and_waits_for_its_thread(
    journal: Journal, owner: QWidget, qtbot: QtBot
) -> None:
    started = threading.Event()

    def work(progress: Callable[[int, int | None], bool]) -> None:
        started.set()
        for step in range(4000):
            if not progress(step, 4000):
                raise ImportCancelled("cancelled")
            threading.Event().wait(0.005)

    runner = JobRunner(journal, owner, "Importing", "Importing…")
    outcome = Outcome(runner)
    outcome.start(work)
    assert started.wait(5)
    thread = outcome.thread
    assert thread is not None
    assert thread.isRunning()
    stop_jobs(owner)  # what the window does as it closes
    assert thread.isFinished()
    assert outcome.cancelled == 1
    assert journal.bus.dispatcher is None
    # Nothing is left to arrive later.
    qtbot.wait(20)
    assert outcome.cancelled == 1
