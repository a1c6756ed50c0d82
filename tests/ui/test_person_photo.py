"""The person editor's photo: a chosen image is scaled down and saved at once, Remove
takes it away, and a file that is not an image is refused beside the field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.contacts.fields import initials
from netjournal.ui.contacts.tab import ContactsTab

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def tab(
    small_journal: tuple[Journal, Facts], settings: QSettings, qtbot: QtBot
) -> Iterator[ContactsTab]:
    journal, _facts = small_journal
    tab = ContactsTab(journal)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.shutdown()


def big_png(tmp_path: Path) -> Path:
    image = QImage(2000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    path = tmp_path / "portrait.png"
    assert image.save(str(path), "PNG")
    return path


def test_choosing_a_photo_saves_it_scaled_down_and_remove_takes_it_away(
    tab: ContactsTab,
    small_journal: tuple[Journal, Facts],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, facts = small_journal
    ana = facts.people["Ana"]
    assert tab.select_id(ana)
    photo = tab.editor.photo
    assert photo.picture.accessibleName()
    assert photo.choose_button.accessibleName()
    assert photo.remove_button.accessibleName()
    assert not photo.remove_button.isEnabled()

    path = big_png(tmp_path)
    monkeypatch.setattr(photo, "ask_for_file", lambda: str(path))
    qtbot.mouseClick(photo.choose_button, Qt.MouseButton.LeftButton)

    stored = journal.people.get(ana).photo
    assert stored is not None
    assert stored.startswith(PNG_SIGNATURE)
    image = QImage.fromData(stored)
    assert (image.width(), image.height()) == (256, 128)
    assert photo.remove_button.isEnabled()
    assert tab.editor.error_text("photo") == ""

    qtbot.mouseClick(photo.remove_button, Qt.MouseButton.LeftButton)
    assert journal.people.get(ana).photo is None
    assert not photo.remove_button.isEnabled()


def test_a_file_that_is_not_an_image_is_refused_and_the_photo_is_kept(
    tab: ContactsTab,
    small_journal: tuple[Journal, Facts],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal, facts = small_journal
    bruno = facts.people["Bruno"]
    assert tab.select_id(bruno)
    photo = tab.editor.photo
    path = big_png(tmp_path)
    monkeypatch.setattr(photo, "ask_for_file", lambda: str(path))
    qtbot.mouseClick(photo.choose_button, Qt.MouseButton.LeftButton)
    before = journal.people.get(bruno).photo
    assert before is not None

    junk = tmp_path / "notes.png"
    junk.write_bytes(b"not an image")
    monkeypatch.setattr(photo, "ask_for_file", lambda: str(junk))
    qtbot.mouseClick(photo.choose_button, Qt.MouseButton.LeftButton)

    message = tab.editor.error_text("photo")
    assert "notes.png" in message
    assert "is not an image NetJournal can read" in message
    error = tab.editor.fields["photo"].error
    assert error.isVisible()
    assert error.text() == message
    assert journal.people.get(bruno).photo == before

    # Cancelling the dialog changes nothing.
    monkeypatch.setattr(photo, "ask_for_file", lambda: "")
    qtbot.mouseClick(photo.choose_button, Qt.MouseButton.LeftButton)
    assert journal.people.get(bruno).photo == before


def test_without_a_photo_the_initials_stand_in() -> None:
    assert initials("Ana Silva") == "AS"
    assert initials("Chiara Maria Rossi") == "CR"
    assert initials("Elif") == "E"
    assert initials("  ") == "?"
