"""The entry points the CLI calls: `run_gui` and `save_screenshots`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from netjournal.journal import Journal
from netjournal.ui import app as ui_app
from netjournal.ui.main_window import MainWindow
from netjournal.ui.security.problem import ProblemChoice
from netjournal.ui.security.unlock import UnlockChoice

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_save_screenshots_writes_each_tab_view_and_dialog(
    small_journal: tuple[Journal, Facts], tmp_path: Path
) -> None:
    journal, _ = small_journal
    path = journal.path
    journal.close()  # one journal open at a time in a process
    saved = ui_app.save_screenshots(path, tmp_path / "shots", size=(1024, 700))
    # The small journal has an agreed mentorship (history, summary, review) but no
    # session entry and no achieved goal: those dialogs are left out, not shown empty.
    assert [p.name for p in saved] == [
        "01-today.png",
        "02-contacts.png",
        "03-goals.png",
        "04-mentorships.png",
        "05-timeline.png",
        "06-give-get.png",
        "07-matches.png",
        "08-map.png",
        "09-insights.png",
        "10-mentees.png",
        "11-outreach.png",
        "12-history.png",
        "13-summary.png",
        "14-review.png",
        "15-import.png",
        "16-export.png",
        "17-welcome.png",
        "18-about.png",
    ]
    for png in saved[:11]:
        image = QImage(str(png))
        assert (image.width(), image.height()) == (1024, 700)
    for png in saved[11:]:
        image = QImage(str(png))
        assert not image.isNull()
        assert image.width() >= 500
    # Each shot looks different: they are not copies of one.
    assert len({png.read_bytes() for png in saved}) == len(saved)


def test_run_gui_shows_the_journal_until_the_window_closes(
    journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(journal_path) as journal:
        journal.people.create("Ana Silva")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(ui_app, "_user_settings", lambda: settings)
    seen: list[int] = []

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.contacts.model.rowCount())
                widget.close()

    QTimer.singleShot(50, close_window)
    assert ui_app.run_gui(journal_path) == 0
    assert seen == [1]
    assert settings.value("MainWindow/geometry")


def test_run_gui_says_why_a_journal_cannot_be_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a journal, it is a shopping list\n" * 100)
    shown: list[str] = []
    # It may be an encrypted journal: its passphrase is asked first, then the problem said.
    monkeypatch.setattr(
        ui_app.JournalSession, "ask_passphrase", lambda _self, _path, _error: UnlockChoice.OPTIONS
    )

    def ask_problem(_self: object, _path: Path, what: str, *_args: object) -> ProblemChoice:
        shown.append(what)
        return ProblemChoice.QUIT

    monkeypatch.setattr(ui_app.JournalSession, "ask_problem", ask_problem)
    assert ui_app.run_gui(broken) == 1
    assert len(shown) == 1
    assert "broken.db" in shown[0]


def test_importing_the_ui_does_nothing() -> None:
    code = (
        "import netjournal.ui.app, netjournal.ui.main_window\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
