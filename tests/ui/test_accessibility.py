"""Accessibility: every interactive widget of every tab, view and dialog has a name a
screen reader can say (its accessible name, its own text, or a label that is its buddy),
and every dialog can be filled in, completed and closed with the keyboard alone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netjournal.interchange.jobs import preview_import
from netjournal.journal import Journal
from netjournal.journal.generate import generate_demo
from netjournal.ui.entries.dialog import EntryDialog
from netjournal.ui.goals.celebrate import CelebrateDialog
from netjournal.ui.goals.my_skills import MySkillsDialog
from netjournal.ui.help.shortcuts import KeyboardShortcutsDialog
from netjournal.ui.interchange.export_dialog import ExportDialog
from netjournal.ui.interchange.import_dialog import ImportPreviewDialog
from netjournal.ui.main_window import MainWindow
from netjournal.ui.mentorships.history import RevisionHistoryDialog
from netjournal.ui.mentorships.new_agreement import NewAgreementDialog
from netjournal.ui.mentorships.outreach import AddMentorDialog
from netjournal.ui.mentorships.review import ReviewDialog
from netjournal.ui.mentorships.session import SessionDialog
from netjournal.ui.mentorships.summary import SummaryDialog
from netjournal.ui.security.autolock import AutoLockDialog
from netjournal.ui.security.passphrase import (
    PassphraseDialog,
    PassphraseMode,
    RemoveEncryptionDialog,
    same_passphrase,
)
from netjournal.ui.security.problem import JournalProblemDialog
from netjournal.ui.security.unlock import UnlockDialog
from netjournal.ui.settings_dialog import SettingsDialog
from netjournal.ui.today.tab import SnoozeDialog

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


# --- what counts as named ---------------------------------------------------------------


def _is_interactive(widget: QWidget) -> bool:
    """A widget a keyboard user lands on, or a control a pointer user works."""
    if isinstance(widget, QScrollBar | QTabBar | QLabel):
        return False  # named by their tabs / scrolling what is named / text, not controls
    if isinstance(
        widget,
        QLineEdit
        | QAbstractSpinBox
        | QComboBox
        | QAbstractButton
        | QAbstractItemView
        | QGraphicsView
        | QTextEdit
        | QPlainTextEdit
        | QAbstractSlider,
    ):
        return True
    # A control drawn by hand (a chart, the map) takes the focus by Tab.
    return bool(widget.focusPolicy() & widget.focusPolicy().TabFocus)


def _is_part_of_another(widget: QWidget) -> bool:
    """Widgets Qt builds inside a named control: a spin box's or combo's line edit, a
    scroll area's viewport, an item view's header, a line edit's clear button."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def _labels_of(root: QWidget) -> set[int]:
    """Ids of the widgets some visible label names: buddies and form rows."""
    named: set[int] = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            named.add(id(buddy))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            if not isinstance(label, QLabel) or not label.text().strip():
                continue
            field = field_item.widget()
            if field is not None:
                named.add(id(field))
    return named


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def _says_something(text: str) -> bool:
    """A text a screen reader can read as a name: "Remove", not "✕" or "↑"."""
    return any(c.isalnum() for c in text)


def describe(widget: QWidget) -> str:
    """Class, objectName and the chain of parents, for a failure a developer can find."""
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 6:
        chain.append(f"{type(current).__name__}({current.objectName() or '-'})")
        current = current.parentWidget()
    return " < ".join(chain)


def unnamed_widgets(root: QWidget) -> list[str]:
    """The visible interactive widgets under `root` a screen reader could not name."""
    labelled = _labels_of(root)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if not _is_interactive(widget) or _is_part_of_another(widget):
            continue
        if _says_something(widget.accessibleName()) or _says_something(_own_text(widget)):
            continue
        if id(widget) in labelled:
            continue
        # A composite field (a person picker, a chip list) is named for its focus proxy.
        parent = widget.parentWidget()
        if parent is not None and parent.focusProxy() is widget and id(parent) in labelled:
            continue
        missing.append(describe(widget))
    return missing


# --- a journal with a bit of everything ---------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal (people, tags, goals, agreements, outreach…), made once."""
    path = tmp_path_factory.mktemp("demo") / "journal.db"
    journal = Journal.open(path)
    generate_demo(journal)
    journal.close()
    return path


@pytest.fixture
def demo_journal(demo_file: Path, tmp_path: Path) -> Iterator[Journal]:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(demo_file, folder / "journal.db")
    opened = Journal.open(folder / "journal.db")
    yield opened
    opened.close()


@pytest.fixture
def window(demo_journal: Journal, settings: QSettings, qtbot: QtBot) -> Iterator[MainWindow]:
    shown = MainWindow(demo_journal, settings)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def _views(window: MainWindow) -> Iterator[str]:
    """Show every tab and every view in it, one after the other; yields its name."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        name = window.tabs.tabText(index)
        if tab is window.mentorships:
            for view in ("agreements", "mentees", "outreach"):
                window.mentorships.show_view(view)
                yield f"{name} / {view}"
            window.mentorships.show_view("agreements")
        elif tab is window.network:
            for number in range(window.network.views.count()):
                window.network.show_view(number)
                yield f"{name} / {window.network.views.tabText(number)}"
        else:
            yield name


def test_every_interactive_widget_of_every_tab_and_view_has_a_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    problems = []
    for view in _views(window):
        QApplication.processEvents()
        problems += [f"{view}: {w}" for w in unnamed_widgets(window)]
    assert problems == [], "\n".join(["unnamed widgets:", *sorted(set(problems))])


# --- every dialog -------------------------------------------------------------------------

PASSPHRASE = "correct horse battery staple"


def _first(tab_ids: object) -> int:
    ids = list(tab_ids)  # type: ignore[call-overload]
    assert ids, "the demo journal has one"
    return int(ids[0])


def _agreement(window: MainWindow, status: str = "active") -> int:
    journal = window.journal
    for agreement_id in window.mentorships.model.ids:
        if journal.mentorships.get(agreement_id).status == status:
            return int(agreement_id)
    raise AssertionError(f"the demo journal has an {status} agreement")


def _goal(window: MainWindow, achieved: bool) -> int:
    for goal_id in window.goals.model.ids:
        if (window.journal.goals.get(goal_id).status == "achieved") == achieved:
            return int(goal_id)
    raise AssertionError("the demo journal has such a goal")


def _entry(window: MainWindow, kind: str | None = None) -> int:
    for entry_id in window.journal.entries.page(limit=500).ids:
        if kind is None or window.journal.entries.get(entry_id).kind == kind:
            return int(entry_id)
    raise AssertionError(f"the demo journal has a {kind}")


def _vcard(tmp_path: Path) -> Path:
    card = tmp_path / "friend.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noor Haddad\r\nN:Haddad;Noor;;;\r\n"
        "EMAIL:noor.haddad@example.org\r\nORG:Tide Labs\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return card


def open_dialog(name: str, window: MainWindow, tmp_path: Path) -> QDialog:
    """The dialog `name`, on the demo journal, as the app opens it (not yet shown)."""
    journal = window.journal
    if name == "CelebrateDialog":
        return CelebrateDialog(journal, _goal(window, achieved=True), window)
    if name == "MySkillsDialog":
        return MySkillsDialog(journal, window)
    if name == "SettingsDialog":
        return SettingsDialog(window.settings, window)
    if name == "RevisionHistoryDialog":
        return RevisionHistoryDialog(journal, _agreement(window), window)
    if name == "NewAgreementDialog":
        return NewAgreementDialog(journal, window)
    if name == "ReviewDialog":
        return ReviewDialog(journal, _agreement(window), parent=window)
    if name == "SessionDialog":
        return SessionDialog(journal, _agreement(window), parent=window)
    if name == "AddMentorDialog":
        return AddMentorDialog(journal, window)
    if name == "SummaryDialog":
        return SummaryDialog(journal, _agreement(window), window)
    if name == "EntryDialog":
        return EntryDialog(journal, person_ids=[_first(window.contacts.model.ids)], parent=window)
    if name == "EntryDialog (editing)":
        return EntryDialog(journal, entry_id=_entry(window, "coffee"), parent=window)
    if name == "SnoozeDialog":
        return SnoozeDialog("Check in with Ana", date(2026, 3, 2), window)
    if name == "ExportDialog":
        return ExportDialog(journal, [_first(window.contacts.model.ids)], window)
    if name == "ImportPreviewDialog":
        return ImportPreviewDialog(journal, preview_import(journal, [_vcard(tmp_path)]), window)
    if name == "AutoLockDialog":
        return AutoLockDialog(10, True, window)
    if name == "JournalProblemDialog":
        backup = tmp_path / "journal-backup.db"
        backup.write_bytes(b"")
        return JournalProblemDialog(journal.path, "It is damaged.", backup, window)
    if name == "PassphraseDialog":
        return PassphraseDialog(PassphraseMode.ENCRYPT, window)
    if name == "PassphraseDialog (change)":
        return PassphraseDialog(PassphraseMode.CHANGE, window, same_passphrase(PASSPHRASE))
    if name == "RemoveEncryptionDialog":
        return RemoveEncryptionDialog(window, same_passphrase(PASSPHRASE))
    if name == "UnlockDialog":
        return UnlockDialog(tmp_path / "locked.db", parent=window)
    if name == "KeyboardShortcutsDialog":
        return KeyboardShortcutsDialog(window)
    raise AssertionError(f"no way to open {name}")


DIALOGS = [
    "CelebrateDialog",
    "MySkillsDialog",
    "SettingsDialog",
    "RevisionHistoryDialog",
    "NewAgreementDialog",
    "ReviewDialog",
    "SessionDialog",
    "AddMentorDialog",
    "SummaryDialog",
    "EntryDialog",
    "EntryDialog (editing)",
    "SnoozeDialog",
    "ExportDialog",
    "ImportPreviewDialog",
    "AutoLockDialog",
    "JournalProblemDialog",
    "PassphraseDialog",
    "PassphraseDialog (change)",
    "RemoveEncryptionDialog",
    "UnlockDialog",
    "KeyboardShortcutsDialog",
]


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    """The dialog open and active, its first field focused, as a person finds it."""
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


@pytest.mark.parametrize("name", DIALOGS)
def test_every_interactive_widget_of_every_dialog_has_a_name(
    name: str, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = shown(qtbot, open_dialog(name, window, tmp_path))
    problems = unnamed_widgets(dialog)
    # A dialog with pages (tabs) is checked on each of them.
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += unnamed_widgets(dialog)
    assert problems == [], "\n".join([f"unnamed widgets in {name}:", *sorted(set(problems))])
    dialog.reject()


# --- the keyboard alone -------------------------------------------------------------------

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the focus is, as a person presses it."""
    target = QApplication.focusWidget()
    assert target is not None, "something has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "something has the keyboard focus"
    qtbot.keyClicks(target, text)


def fill_and_complete(name: str, qtbot: QtBot) -> None:
    """What a person types in `name` to complete it: Tab, typing, Space, Return."""
    if name == "CelebrateDialog":
        press(qtbot, Key.Key_Tab)  # from the message to the first person told
        press(qtbot, Key.Key_Space)
    elif name == "MySkillsDialog":
        type_text(qtbot, "Keyboard navigation")
    elif name == "NewAgreementDialog":
        type_text(qtbot, "Noor Keys")  # someone new: Return makes her the counterpart
        press(qtbot, Key.Key_Return)
    elif name == "AddMentorDialog":
        type_text(qtbot, "Priya Keys")
    elif name in ("ReviewDialog", "SessionDialog"):
        type_text(qtbot, "Typed without a mouse")
        press(qtbot, Key.Key_Return, CTRL)  # notes take Return: Ctrl+Return saves
        return
    elif name.startswith("EntryDialog"):
        type_text(qtbot, "Typed without a mouse")
    elif name == "SnoozeDialog":
        press(qtbot, Key.Key_Right)  # a day later than offered
    elif name == "PassphraseDialog":
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, PASSPHRASE)
    elif name == "PassphraseDialog (change)":
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, "a new passphrase for the keys")
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, "a new passphrase for the keys")
    elif name in ("RemoveEncryptionDialog", "UnlockDialog"):
        type_text(qtbot, PASSPHRASE)
    elif name == "KeyboardShortcutsDialog":
        type_text(qtbot, "zoom")
    press(qtbot, Key.Key_Return)


# Dialogs whose Return is Close: completing them is closing them.
CLOSE_ONLY = {"RevisionHistoryDialog", "SummaryDialog", "KeyboardShortcutsDialog"}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_is_completed_with_the_keyboard_alone(
    name: str, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = shown(qtbot, open_dialog(name, window, tmp_path))
    fill_and_complete(name, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    if name not in CLOSE_ONLY:
        assert dialog.result() == QDialog.DialogCode.Accepted, f"{name} was not accepted"


@pytest.mark.parametrize("name", DIALOGS)
def test_escape_closes_every_dialog_without_saving(
    name: str, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    before = window.journal.stats()
    dialog = shown(qtbot, open_dialog(name, window, tmp_path))
    press(qtbot, Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert window.journal.stats() == before


def test_the_check_names_an_unlabelled_field_and_a_symbol_only_button(qtbot: QtBot) -> None:
    dialog = QDialog()
    dialog.setObjectName("probe")
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    field.setObjectName("nameless")
    button = QToolButton(dialog)
    button.setText("✕")
    labelled = QLineEdit(dialog)
    QLabel("&Title", dialog).setBuddy(labelled)
    layout = QVBoxLayout(dialog)
    for widget in (field, button, labelled):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_widgets(dialog) == [
        "QLineEdit(nameless) < QDialog(probe)",
        "QToolButton(-) < QDialog(probe)",
    ]
