"""File → Import… driven as a user: choose files, read the preview, import or not, cancel
a large import; a backup's conflicts shown with both versions. Checked in the journal."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from netjournal.interchange import jobs
from netjournal.journal import Journal
from netjournal.ui.interchange.import_dialog import ImportFlow, ImportPreviewDialog
from netjournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

TOMAS_EMAIL = "tomas.herrera@example.org"


def everyone(journal: Journal) -> dict[str, list[str]]:
    """Each person's name and emails, as the journal holds them."""
    page = journal.people.page(limit=10_000, archived=None)
    return {
        p.display_name: sorted(m.value for m in p.contact_methods if m.kind == "email")
        for p in journal.people.get_many(page.ids)
    }


def texts(item: QTreeWidgetItem) -> list[str]:
    return [item.text(c) for c in range(item.columnCount())]


def rows(tree: QTreeWidget) -> list[list[str]]:
    return [texts(tree.topLevelItem(r)) for r in range(tree.topLevelItemCount())]


def tab_titles(dialog: ImportPreviewDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


class Asked:
    """What the flow asked and said, in place of the file dialog and the message box."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.files: list[str] = []
        self.warnings: list[tuple[str, str]] = []
        monkeypatch.setattr(ImportFlow, "ask_for_files", lambda _flow: list(self.files))
        monkeypatch.setattr(
            ImportFlow, "warn", lambda _flow, title, text: self.warnings.append((title, text))
        )


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    return Asked(monkeypatch)


@pytest.fixture
def window(journal: Journal, settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    # One of the LinkedIn connections is in the journal already, by email.
    journal.people.create(
        "Tomás H.",
        contact_methods=[{"kind": "email", "value": TOMAS_EMAIL}],
        organization="",
    )
    shown = MainWindow(journal, settings)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()  # waits for any job still running


@pytest.fixture
def fixture_files(fixtures_dir: Path) -> list[str]:
    return [
        str(fixtures_dir / "vcard" / "John_Doe_ANDROID.vcf"),
        str(fixtures_dir / "csv" / "linkedin_Connections.csv"),
    ]


def open_preview(
    window: MainWindow, asked: Asked, files: list[str], qtbot: QtBot
) -> tuple[ImportFlow, ImportPreviewDialog]:
    """File → Import… by its shortcut, the files chosen, until the preview shows."""
    asked.files = files
    before = set(window.findChildren(ImportFlow))
    # (the offscreen platform does not give the window focus back when a dialog closes)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [flow] = set(window.findChildren(ImportFlow)) - before
    qtbot.waitUntil(lambda: flow.dialog is not None or bool(asked.warnings), timeout=10_000)
    assert asked.warnings == []
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10_000)
    assert flow.dialog is not None
    return flow, flow.dialog


def test_file_menu_offers_import_and_export_above_back_up(window: MainWindow) -> None:
    actions = [a for a in window.file_menu.actions()]
    assert [a.text() for a in actions[:2]] == ["&Import…", "E&xport…"]
    assert actions[2].isSeparator()
    assert actions[3] is window.backup_action
    assert window.import_action.shortcut().toString() == "Ctrl+Shift+I"
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+E"


def test_the_preview_says_what_the_import_would_do_before_writing_anything(
    window: MainWindow,
    journal: Journal,
    asked: Asked,
    fixture_files: list[str],
    qtbot: QtBot,
    qtmodeltester: Any,
) -> None:
    before = everyone(journal)
    _flow, dialog = open_preview(window, asked, fixture_files, qtbot)
    # 6 cards and 5 LinkedIn connections: Tomás is in the journal already (by email).
    assert dialog.headline.text() == (
        "10 new people, 1 merged with people already in the journal, 0 skipped."
    )
    assert tab_titles(dialog) == ["New (10)", "Merged (1)", "Skipped (0)", "Problems (3)"]
    new = dialog.lists["new"]
    assert new.topLevelItemCount() == 10
    names = [row[0] for row in rows(new)]
    assert "Mei Lin" in names
    assert "Dr. Rachel Goldberg" in names
    rachel = next(row for row in rows(new) if row[0] == "Dr. Rachel Goldberg")
    assert rachel == [
        "Dr. Rachel Goldberg",
        "City General Hospital",
        "linkedin_Connections.csv, row 8, line 8",
        "r.goldberg@example.edu",
    ]
    [merged] = rows(dialog.lists["merged"])
    # Who in the journal, who in the file, how they were matched, what the merge adds.
    assert merged[:4] == [
        "Tomás H.",
        "Tomás Herrera",
        "email",
        "linkedin_Connections.csv, row 6, line 6",
    ]
    assert "organization" in merged[4]
    assert dialog.findChild(QWidget, "skippedEmpty") is not None
    # The Android file's cards with a broken photo, bad bytes and an email that is not one.
    problems = rows(dialog.lists["problems"])
    assert len(problems) == 3
    assert {row[0] for row in problems} == {"John_Doe_ANDROID.vcf"}
    assert ["John_Doe_ANDROID.vcf", "card 5, line 52"] in [row[:2] for row in problems]
    assert any("is not an email address" in row[2] for row in problems)
    assert dialog.problems_note.isVisibleTo(dialog)
    assert dialog.problems_note.text().startswith("3 problems reading the files")
    assert dialog.import_button.text() == "Import the Good Ones"
    assert dialog.import_button.isEnabled()
    assert not dialog.nothing_note.isVisibleTo(dialog)
    for tree in dialog.lists.values():
        assert tree.accessibleName()
        qtmodeltester.check(tree.model())
    # Nothing has been written yet. (The dialog stays open until the window closes: the
    # model tester must not watch its lists being deleted.)
    assert everyone(journal) == before


def test_confirming_imports_them_and_contacts_shows_them(
    window: MainWindow, journal: Journal, asked: Asked, fixture_files: list[str], qtbot: QtBot
) -> None:
    flow, dialog = open_preview(window, asked, fixture_files, qtbot)
    with qtbot.waitSignal(flow.imported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (done.args[0].people_new, done.args[0].people_merged) == (10, 1)
    people = everyone(journal)
    assert len(people) == 11
    assert people["Dr. Rachel Goldberg"] == ["r.goldberg@example.edu"]
    assert people["Tomás H."] == [TOMAS_EMAIL]  # merged, not doubled; its name kept
    assert "Tomás Herrera" not in people
    assert people["Mei Lin"] == []
    assert ["john.doe@company.com"] in people.values()
    tomas = journal.people.get(journal.people.search("Tomás")[0])
    assert tomas.organization == "Helios Energy, Inc."  # what the merge added
    assert window.statusBar().currentMessage() == (
        "Imported 10 new people, merged 1 person with people already in the journal, "
        "added 0 entries."
    )
    assert asked.warnings == []
    # The Contacts list follows through the change bus.
    model = window.contacts.model
    qtbot.waitUntil(lambda: len(model.ids) == 11, timeout=3000)
    shown = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert {"Mei Lin", "Dr. Rachel Goldberg", "Kwame Mensah", "Tomás H."} <= shown


def test_import_nothing_changes_nothing(
    window: MainWindow,
    journal: Journal,
    asked: Asked,
    fixture_files: list[str],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    stats = journal.stats()
    before = jobs.export_json(journal, tmp_path / "before.json").path.read_text("utf-8")
    flow, dialog = open_preview(window, asked, fixture_files, qtbot)
    assert dialog.nothing_button.text() == "Import Nothing"
    with qtbot.waitSignal(flow.ended, timeout=5000):
        qtbot.mouseClick(dialog.nothing_button, Qt.MouseButton.LeftButton)
    assert journal.stats() == stats
    after = jobs.export_json(journal, tmp_path / "after.json").path.read_text("utf-8")
    assert json.loads(after)["tables"] == json.loads(before)["tables"]
    assert window.statusBar().currentMessage() == ""


def test_the_same_files_again_have_nothing_new_to_import(
    window: MainWindow, journal: Journal, asked: Asked, fixture_files: list[str], qtbot: QtBot
) -> None:
    flow, dialog = open_preview(window, asked, fixture_files, qtbot)
    with qtbot.waitSignal(flow.ended, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _flow, again = open_preview(window, asked, fixture_files[1:], qtbot)
    assert again.headline.text().startswith("0 new people, 0 merged")
    assert again.nothing_note.isVisibleTo(again)
    assert again.nothing_note.text().startswith("Nothing new to import")
    assert not again.import_button.isEnabled()
    again.reject()


def test_cancelling_a_large_import_leaves_the_journal_as_it_was(
    window: MainWindow,
    journal: Journal,
    asked: Asked,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    many = tmp_path / "many.vcf"
    many.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\nEMAIL:p{n}@example.org\r\n"
            "END:VCARD\r\n"
            for n in range(3000)
        ),
        encoding="utf-8",
    )
    stats = journal.stats()
    names = everyone(journal)
    # The import waits at its first report until Cancel has been clicked: the click
    # lands while it runs, however fast the machine.
    clicked = threading.Event()
    reports: list[tuple[int, int | None]] = []
    real_run_import = jobs.run_import

    def run_import(journal: Journal, preview: Any, progress: Any = None) -> Any:
        def reporting(done: int, total: int | None) -> bool:
            reports.append((done, total))
            progress(done, total)
            clicked.wait(10)
            return progress(done, total)

        return real_run_import(journal, preview, reporting)

    monkeypatch.setattr(jobs, "run_import", run_import)
    flow, dialog = open_preview(window, asked, [str(many)], qtbot)
    assert dialog.headline.text().startswith("3,000 new people")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    runner = flow.runner
    assert runner is not None
    assert runner.dialog is not None
    progress_dialog = runner.dialog
    qtbot.waitUntil(progress_dialog.isVisible, timeout=5000)
    assert progress_dialog.isModal()
    with qtbot.waitSignal(flow.ended, timeout=10_000):
        qtbot.mouseClick(runner.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert len(reports) == 1
    assert reports[0][1] == 3000
    assert window.statusBar().currentMessage() == "The import was cancelled; nothing was changed."
    assert journal.stats() == stats
    assert everyone(journal) == names
    assert journal.check() == []
    assert asked.warnings == []


def test_a_backup_shows_its_conflicts_with_both_versions(
    window: MainWindow, journal: Journal, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    ana = journal.people.create("Ana Silva", organization="Porto").id
    backup = jobs.export_json(journal, tmp_path / "backup.json").path
    journal.people.update(ana, organization="Lisbon")  # newer than the backup's version
    _flow, dialog = open_preview(window, asked, [str(backup)], qtbot)
    assert dialog.title.text() == "Merge a NetJournal backup"
    assert dialog.headline.text().startswith("0 records to add, 0 to update")
    assert "1 kept as this journal has it (newer)" in dialog.headline.text()
    assert tab_titles(dialog) == ["By kind", "Conflicts (1)"]
    kinds = {row[0]: row[1:] for row in rows(dialog.lists["kinds"])}
    assert kinds["People"] == ["—", "—", "1", "1", "—"]  # Tomás the same, Ana kept
    assert kinds["Emails, phones, links and addresses"][2] == "1"
    tree = dialog.lists["conflicts"]
    [heading] = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert texts(heading) == ["Person: Ana Silva", "Kept (newer)", "Set aside (older)"]
    fields = {
        texts(heading.child(i))[0]: texts(heading.child(i))[1:] for i in range(heading.childCount())
    }
    assert fields["Organization"] == ["Lisbon", "Porto"]
    assert set(fields) == {"Organization", "Last changed"}
    # Nothing would change: the journal's version is the newer one.
    assert not dialog.import_button.isEnabled()
    assert dialog.nothing_note.text() == (
        "Nothing new to import: the journal already holds all of it."
    )
    dialog.reject()


def test_a_newer_backup_version_is_merged_in(
    window: MainWindow, journal: Journal, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    ana = journal.people.create("Ana Silva", organization="Porto")
    path = jobs.export_json(journal, tmp_path / "backup.json").path
    journal.people.update(ana.id, organization="Lisbon")
    # The backup's Ana was changed later still, on the other laptop.
    lines = path.read_text("utf-8").split("\n")
    [at] = [n for n, line in enumerate(lines) if ana.uuid in line]
    comma = lines[at].endswith(",")
    row = json.loads(lines[at].removesuffix(","))
    row["organization"], row["updated_at"] = "Coimbra", "2999-01-01 00:00:00.000000"
    lines[at] = json.dumps(row, sort_keys=True, ensure_ascii=False) + ("," if comma else "")
    path.write_text("\n".join(lines), encoding="utf-8")
    flow, dialog = open_preview(window, asked, [str(path)], qtbot)
    heading = dialog.lists["conflicts"].topLevelItem(0)
    assert texts(heading)[1:] == ["Set aside (older)", "Kept (newer)"]
    assert dialog.import_button.text() == "Merge the Backup"
    with qtbot.waitSignal(flow.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert journal.people.get(ana.id).organization == "Coimbra"
    assert window.statusBar().currentMessage() == ("Merged the backup: 1 record added or updated.")


def test_a_backup_mixed_with_other_files_is_refused_in_words(
    window: MainWindow, journal: Journal, asked: Asked, qtbot: QtBot, tmp_path: Path
) -> None:
    backup = jobs.export_json(journal, tmp_path / "backup.json").path
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nEND:VCARD\r\n", "utf-8")
    asked.files = [str(cards), str(backup)]
    flow = window.import_files()
    with qtbot.waitSignal(flow.ended, timeout=10_000):
        pass
    [(title, text)] = asked.warnings
    assert title == "The Files Cannot Be Imported"
    assert text.startswith("backup.json is a NetJournal backup: it is merged on its own.")
    assert "Bo Chen" not in everyone(journal)


def test_choosing_no_file_does_nothing(window: MainWindow, asked: Asked, qtbot: QtBot) -> None:
    asked.files = []
    flow = window.import_files()
    assert flow.runner is None
    assert asked.warnings == []
