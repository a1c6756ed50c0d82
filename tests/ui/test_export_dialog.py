"""File → Export… driven as a user: each format written where chosen, a vCard of the
selected person only, replacing a file only when allowed, a cancel leaving no file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from netjournal.interchange import jobs
from netjournal.journal import Journal
from netjournal.ui.interchange.export_dialog import (
    FORMATS,
    ExportDialog,
    ExportFlow,
    exported_words,
)
from netjournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


class Asked:
    """The places the flow asked for, its questions and what it said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.file: Path | None = None
        self.folder: Path | None = None
        self.replace = False
        self.asked_file: list[tuple[str, Path]] = []
        self.questions: list[str] = []
        self.informed: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []

        def ask_for_file(_flow: ExportFlow, fmt: str, suggested: Path) -> str:
            self.asked_file.append((fmt, suggested))
            return str(self.file) if self.file else ""

        def ask_replace(_flow: ExportFlow, text: str) -> bool:
            self.questions.append(text)
            return self.replace

        monkeypatch.setattr(ExportFlow, "ask_for_file", ask_for_file)
        monkeypatch.setattr(
            ExportFlow, "ask_for_folder", lambda _f, _s: str(self.folder) if self.folder else ""
        )
        monkeypatch.setattr(ExportFlow, "ask_replace", ask_replace)
        monkeypatch.setattr(
            ExportFlow, "inform", lambda _f, title, text: self.informed.append((title, text))
        )
        monkeypatch.setattr(
            ExportFlow, "warn", lambda _f, title, text: self.warnings.append((title, text))
        )


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    return Asked(monkeypatch)


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """Two people, an entry, a goal due next month and a follow-up."""
    ana = journal.people.create(
        "Ana Silva",
        organization="University of Porto",
        contact_methods=[{"kind": "email", "value": "ana@example.org"}],
    ).id
    journal.people.create(
        "Bruno Costa", contact_methods=[{"kind": "phone", "value": "+351 912 345 678"}]
    )
    journal.entries.log(
        "coffee",
        datetime.now(UTC) - timedelta(days=3),
        [ana],
        title="Coffee after class",
        follow_up_on=(datetime.now(UTC) + timedelta(days=4)).date(),
    )
    journal.goals.create(
        "Win the scholarship",
        "scholarship",
        target_on=(datetime.now(UTC) + timedelta(days=30)).date(),
        members=[(ana, "mentor")],
    )
    return journal


@pytest.fixture
def window(filled: Journal, settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    shown = MainWindow(filled, settings)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()  # waits for any job still running


def open_export(window: MainWindow, qtbot: QtBot) -> tuple[ExportFlow, ExportDialog]:
    """File → Export… by its shortcut."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    before = set(window.findChildren(ExportFlow))
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [flow] = set(window.findChildren(ExportFlow)) - before
    assert flow.dialog is not None
    qtbot.waitUntil(flow.dialog.isVisible, timeout=2000)
    return flow, flow.dialog


def tick_box(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator, where a person clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def export_as(
    window: MainWindow, qtbot: QtBot, fmt: str, *, tick: tuple[str, ...] = ()
) -> ExportFlow:
    """Choose the format (and options) by clicking, then Export…; the flow, once ended."""
    flow, dialog = open_export(window, qtbot)
    tick_box(qtbot, dialog.format_buttons[fmt])
    for name in tick:
        tick_box(qtbot, getattr(dialog, name))
    with qtbot.waitSignal(flow.ended, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return flow


def test_the_dialog_says_what_each_format_is_for(window: MainWindow, qtbot: QtBot) -> None:
    _flow, dialog = open_export(window, qtbot)
    assert [dialog.format_buttons[f].text() for f in FORMATS] == [
        "JSON backup — everything, to move to another laptop or keep safe",
        "vCard — contacts for a phone or mail program",
        "Calendar (.ics) — upcoming sessions, reviews, follow-ups, goal dates",
        "Spreadsheets (CSV) — people, entries, goals",
        "Markdown — a folder of notes, one per person and goal",
    ]
    assert dialog.format == "json"
    # The vCard options wait for vCard; the selected person is Contacts' first row.
    assert not dialog.version_buttons["3.0"].isEnabled()
    assert not dialog.selected_only.isEnabled()
    tick_box(qtbot, dialog.format_buttons["vcard"])
    assert dialog.version_buttons["3.0"].isEnabled()
    assert dialog.selected_only.isEnabled()
    assert dialog.selected_only.text() == "Only the selected person: Ana Silva"
    for button in [*dialog.format_buttons.values(), *dialog.version_buttons.values()]:
        assert button.accessibleName()
    assert dialog.selected_only.accessibleName()
    assert dialog.export_button.accessibleName()
    dialog.reject()


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_is_written_where_chosen(
    window: MainWindow, asked: Asked, qtbot: QtBot, tmp_path: Path, fmt: str
) -> None:
    asked.file = tmp_path / "out"  # the suffix is added when none was typed
    asked.folder = tmp_path / "folder"
    asked.folder.mkdir()
    flow = export_as(window, qtbot, fmt)
    assert asked.warnings == []
    [(title, text)] = asked.informed
    assert title == "Exported"
    if fmt == "json":
        written = tmp_path / "out.json"
        assert written.read_text("utf-8").startswith('{"format": "netjournal", "version": 1')
        assert asked.asked_file[0][1].name.endswith(".json")
    elif fmt == "vcard":
        written = tmp_path / "out.vcf"
        cards = written.read_text("utf-8")
        assert cards.count("BEGIN:VCARD") == 2
        assert "VERSION:4.0" in cards
        assert text.startswith("Exported 2 people to ")
    elif fmt == "ics":
        written = tmp_path / "out.ics"
        calendar = written.read_text("utf-8")
        assert calendar.startswith("BEGIN:VCALENDAR")
        assert "Win the scholarship" in calendar
        assert text.startswith("Exported 2 calendar events (")
    elif fmt == "csv":
        written = asked.folder
        assert sorted(p.name for p in written.iterdir()) == [
            "entries.csv",
            "goals.csv",
            "people.csv",
        ]
        assert "Ana Silva" in (written / "people.csv").read_text("utf-8-sig")
        assert text.startswith("Exported 2 people, 1 entry, 1 goal to ")
    else:
        written = asked.folder
        assert sorted(p.name for p in (written / "People").iterdir()) == [
            "Ana Silva.md",
            "Bruno Costa.md",
        ]
        assert [p.name for p in (written / "Goals").iterdir()] == ["Win the scholarship.md"]
    assert str(written) in text
    assert flow.status_text == text
    assert window.statusBar().currentMessage() == text.split("\n")[0]


def test_a_vcard_of_the_selected_person_only_in_version_3(
    window: MainWindow, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    asked.file = tmp_path / "ana.vcf"
    export_as(window, qtbot, "vcard", tick=("selected_only",))
    cards = (tmp_path / "ana.vcf").read_text("utf-8")
    assert cards.count("BEGIN:VCARD") == 1
    assert "FN:Ana Silva" in cards
    assert "Bruno" not in cards
    asked.file = tmp_path / "old.vcf"
    flow, dialog = open_export(window, qtbot)
    tick_box(qtbot, dialog.format_buttons["vcard"])
    tick_box(qtbot, dialog.version_buttons["3.0"])
    assert dialog.choice().vcard_version == "3.0"
    with qtbot.waitSignal(flow.ended, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    old = (tmp_path / "old.vcf").read_text("utf-8")
    assert "VERSION:3.0" in old
    assert old.count("BEGIN:VCARD") == 2


def test_an_existing_file_is_replaced_only_when_the_person_says_so(
    window: MainWindow, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "backup.json"
    target.write_text("what was there", encoding="utf-8")
    asked.file = target
    asked.replace = False
    flow = export_as(window, qtbot, "json")
    [question] = asked.questions
    assert "already exists" in question
    assert question.endswith("Replace it with this export?")
    assert target.read_text("utf-8") == "what was there"
    assert flow.status_text == f"Nothing was exported; {target} was left as it was."
    assert asked.informed == asked.warnings == []

    asked.replace = True
    export_as(window, qtbot, "json")
    assert len(asked.questions) == 2
    assert target.read_text("utf-8").startswith('{"format": "netjournal"')
    assert len(asked.informed) == 1
    assert [p.name for p in target.parent.iterdir()] == ["backup.json"]  # no half-written file


def test_a_folder_already_holding_the_files_asks_too(
    window: MainWindow, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    asked.folder = tmp_path / "sheets"
    export_as(window, qtbot, "csv")
    asked.replace = True
    export_as(window, qtbot, "csv")
    [question] = asked.questions
    assert question.endswith("Replace them with this export?")
    assert len(asked.informed) == 2


def test_a_refusal_that_is_not_about_an_existing_file_is_said(
    window: MainWindow, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    asked.file = tmp_path / "missing folder" / "backup.json"
    export_as(window, qtbot, "json")
    assert asked.questions == []
    [(title, text)] = asked.warnings
    assert title == "The Export Failed"
    assert "does not exist" in text


def test_choosing_no_place_writes_nothing(
    window: MainWindow, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    asked.file = None
    flow = export_as(window, qtbot, "json")
    assert len(asked.asked_file) == 1
    assert asked.informed == asked.warnings == []
    assert flow.runner is None
    assert list(tmp_path.rglob("*.json")) == []


def test_cancelling_an_export_leaves_no_file(
    window: MainWindow,
    asked: Asked,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    asked.file = out / "backup.json"
    # The export waits at its first report until Cancel has been clicked.
    clicked = threading.Event()
    real_export = jobs.export

    def export(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def reporting(done: int, total: int | None) -> bool:
            progress(done, total)
            clicked.wait(10)
            return progress(done, total)

        return real_export(*args, progress=reporting, **kwargs)

    monkeypatch.setattr(jobs, "export", export)
    flow, dialog = open_export(window, qtbot)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    runner = flow.runner
    assert runner is not None
    assert runner.dialog is not None
    qtbot.waitUntil(runner.dialog.isVisible, timeout=5000)
    with qtbot.waitSignal(flow.ended, timeout=10_000):
        qtbot.mouseClick(runner.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert list(out.iterdir()) == []  # no file, and no half-written one beside it
    assert flow.status_text == "The export was cancelled; no file was written."
    assert asked.informed == asked.warnings == []


def test_counts_are_said_in_words() -> None:
    assert exported_words({"people": 1, "photos": 0}) == "1 person"
    assert exported_words({"people": 1200, "photos": 2}) == "1,200 people, 2 photos"
    assert (
        exported_words({"session": 1, "review": 0, "follow_up": 2, "events": 3})
        == "3 calendar events (1 session, 2 follow-ups)"
    )
    assert exported_words({"rows": 0}) == "0 records"
