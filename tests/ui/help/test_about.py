"""Help → About NetJournal and Help → Show My Journal Folder, on a real journal file."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import netjournal
from netjournal.journal import Journal, keys
from netjournal.ui.help.about import AboutDialog, canonical, licence_of
from netjournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"


def runtime_requirements() -> list[str]:
    """The names of NetJournal's dependencies, as pyproject.toml lists them."""
    listed = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    return sorted({canonical(re.match(r"[A-Za-z0-9._-]+", r).group(0)) for r in listed})


def rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        canonical(table.item(r, 0).text()): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


@pytest.fixture
def window(journal: Journal, settings: QSettings, qtbot: QtBot) -> MainWindow:
    shown = MainWindow(journal, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_about_says_the_journal_its_schema_and_the_version(qtbot: QtBot, journal: Journal) -> None:
    dialog = AboutDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"Version {netjournal.__version__}"
    assert dialog.path_label.text() == str(journal.path)
    assert dialog.schema_label.text() == str(journal.schema_version)
    assert int(dialog.schema_label.text()) >= 1
    assert dialog.encrypted_label.text().startswith("No")
    runtime = dialog.runtime_label.text()
    for name in ("Python", "Qt", "PySide6", "SQLite", "SQLCipher"):
        assert name in runtime
    assert "?" not in runtime  # each version was found
    assert "GPL-3.0-or-later" in dialog.licence_label.text()
    details = dialog.details()
    assert str(journal.path) in details
    assert netjournal.__version__ in details


def test_about_names_an_encrypted_journal(qtbot: QtBot, journal_path: Path) -> None:
    Journal.open(journal_path).close()
    keys.encrypt(journal_path, "violet tram harbour lantern")
    with Journal.open(journal_path, "violet tram harbour lantern", create=False) as journal:
        dialog = AboutDialog(journal)
        qtbot.addWidget(dialog)
        assert dialog.encrypted_label.text().startswith("Yes")


def test_about_lists_each_runtime_dependency_with_its_licence(
    qtbot: QtBot, journal: Journal
) -> None:
    dialog = AboutDialog(journal)
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    # Every dependency in pyproject.toml, and the libraries inside the wheels.
    for name in [*runtime_requirements(), "qt", "sqlite", "sqlcipher", "python"]:
        assert name in listed, name
    # Their own dependencies that ship with the app.
    for name in ("python-dateutil", "tzdata", "shiboken6"):
        assert name in listed, name
    # Nothing for tests or the bundle.
    for name in ("pytest", "ruff", "pyinstaller", "hypothesis"):
        assert name not in listed
    for name, (version, licence) in listed.items():
        assert version not in ("", "—"), name
        assert licence not in ("", "not recorded in this build"), name
    assert listed["qt"][1] == "LGPL-3.0-only"
    assert listed["sqlcipher"][1].startswith("BSD")
    assert listed["peewee"][1] == "MIT"  # named by its licence file, not its metadata
    assert listed["sqlcipher3"][1] == "Zlib"
    # The table is read-only.
    item = dialog.table.item(0, 2)
    assert not item.flags() & item.flags().ItemIsEditable


def test_a_licence_is_read_from_metadata_or_said_unknown() -> None:
    class Meta(dict[str, str]):
        def get_all(self, key: str) -> list[str] | None:
            value = self.get(key)
            return [value] if value else None

    assert licence_of(Meta({"License-Expression": "MIT"}), []) == "MIT"
    assert licence_of(Meta({"License": "Apache-2.0"}), []) == "Apache-2.0"
    whole_text = "Copyright (c) 2010\n\nPermission is hereby granted..." * 5
    assert licence_of(Meta({"License": whole_text}), []) == ""  # a text, not a name
    assert (
        licence_of(Meta({"Classifier": "License :: OSI Approved :: BSD License"}), [])
        == "BSD License"
    )


def test_help_about_opens_the_dialog_from_the_menu(window: MainWindow, qtbot: QtBot) -> None:
    actions = [a for a in window.help_menu.actions() if not a.isSeparator()]
    about = actions[-1]
    assert about is window.about_action
    assert about.text() == "&About NetJournal"
    assert about.menuRole() == QAction.MenuRole.AboutRole
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.path_label.text() == str(window.journal.path)
    dialog.reject()


class UrlCatcher(QObject):
    """Stands in for the file manager: records the URLs it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_manager(qapp: QApplication) -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open_url")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def test_show_my_journal_folder_opens_the_local_folder(
    window: MainWindow, file_manager: UrlCatcher
) -> None:
    window.show_folder_action.trigger()
    [url] = file_manager.urls
    assert url.isLocalFile()
    assert url.scheme() == "file"
    assert Path(url.toLocalFile()) == window.journal.path.parent
    assert Path(url.toLocalFile()).is_dir()
    assert window.statusBar().currentMessage() == ""  # opened: no complaint
