"""Help → About NetJournal: what the app is, which journal is open, and what it is made of.

The licences are read from the installed packages' metadata (`importlib.metadata`, loaded
only when the dialog opens: it brings in the email package), walking NetJournal's own
runtime requirements and theirs, so the list follows pyproject.toml. Qt, SQLite and
SQLCipher are inside the PySide6 and sqlcipher3 wheels and are named on their own.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QDir, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import netjournal
from netjournal.journal import Journal
from netjournal.ui.icons import app_icon
from netjournal.ui.widgets.forms import heading, muted_label, title_label

APP_DISTRIBUTION = "netjournal"
OWN_LICENCE = "GPL-3.0-or-later"  # pyproject.toml's `license`
# NetJournal's runtime requirements, for a build without its own metadata (a bundle).
RUNTIME_REQUIREMENTS = (
    "PySide6-Essentials",
    "peewee",
    "platformdirs",
    "sqlcipher3",
    "vobject",
    "icalendar",
)
# Inside the wheels rather than packages of their own: (name, licence).
QT_LICENCE = "LGPL-3.0-only"
SQLITE_LICENCE = "Public domain"
SQLCIPHER_LICENCE = "BSD-3-Clause (SQLCipher Community Edition)"
PYTHON_LICENCE = "PSF-2.0"
ICON_SIZE = 64
# A `License` field longer than this is the licence's whole text, not its name.
LICENCE_NAME_MAX = 80
# What a licence file's text says, for packages whose metadata names no licence.
LICENCE_TEXTS = (
    ("Permission is hereby granted, free of charge", "MIT"),
    ("provided 'as-is', without any express or implied", "Zlib"),
    ("Apache License", "Apache-2.0"),
    ("GNU LESSER GENERAL PUBLIC LICENSE", "LGPL"),
    ("GNU GENERAL PUBLIC LICENSE", "GPL"),
    ("PYTHON SOFTWARE FOUNDATION LICENSE", "PSF-2.0"),
    ("Redistribution and use in source and binary forms", "BSD"),
)
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    """One part of the app and its licence; `version` "" where unknown."""

    name: str
    version: str
    licence: str


def canonical(name: str) -> str:
    """A distribution's name as the package index compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(requirements: Iterable[str]) -> list[str]:
    """The names of what is needed at run time: no extras (tests, bundle)."""
    names = []
    for requirement in requirements:
        name, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        found = _NAME.match(name)
        if found:
            names.append(found.group(1))
    return names


def licence_of(meta: object, files: Iterable[object] | None) -> str:
    """The licence a distribution's metadata gives: its SPDX expression, its `License`
    line, its classifier, else what its licence file says; "" when none does."""
    get = getattr(meta, "get", None)
    get_all = getattr(meta, "get_all", None)
    if get is None or get_all is None:
        return ""
    expression = (get("License-Expression") or "").strip()
    if expression:
        return expression
    line = (get("License") or "").strip()
    if line and "\n" not in line and len(line) <= LICENCE_NAME_MAX:
        return line
    classifiers = [
        c.split("::")[-1].strip() for c in get_all("Classifier") or [] if c.startswith("License")
    ]
    if classifiers:
        return ", ".join(classifiers)
    for file in files or ():
        if re.search(r"LICEN[CS]E|COPYING", str(file), re.IGNORECASE):
            try:
                text = file.read_text() or ""  # type: ignore[attr-defined]
            except (OSError, UnicodeDecodeError):
                continue
            for words, name in LICENCE_TEXTS:
                if words.lower() in text.lower():
                    return name
    return ""


def runtime_components() -> list[Component]:
    """Every package NetJournal needs at run time, its own requirements' requirements
    included (each once, in the order found)."""
    from importlib import metadata  # noqa: PLC0415 - pulls in email: only when asked

    try:
        roots = _requirement_names(metadata.requires(APP_DISTRIBUTION) or [])
    except metadata.PackageNotFoundError:
        roots = list(RUNTIME_REQUIREMENTS)
    required = {canonical(name) for name in roots}
    queue = list(roots)
    seen: set[str] = set()
    found: list[Component] = []
    while queue:
        name = queue.pop(0)
        key = canonical(name)
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if key in required:  # a bundle without this package's metadata
                found.append(Component(name, "", ""))
            continue  # a requirement for another Python or platform, not installed here
        found.append(Component(name, dist.version, licence_of(dist.metadata, dist.files)))
        queue.extend(_requirement_names(dist.requires or []))
    return found


def all_components(journal: Journal) -> list[Component]:
    """What the app is made of: Python, Qt and the database engine, then each package."""
    engine = journal.engine_versions()
    return [
        Component("Python", platform.python_version(), PYTHON_LICENCE),
        Component("Qt", qVersion(), QT_LICENCE),
        Component("SQLite", engine.get("sqlite", ""), SQLITE_LICENCE),
        Component("SQLCipher", engine.get("sqlcipher", ""), SQLCIPHER_LICENCE),
        *runtime_components(),
    ]


class AboutDialog(QDialog):
    """NetJournal's name, version and licence; the open journal's file, schema version
    and encryption; the versions it runs on; and the licences of what it is made of."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About NetJournal"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(8)
        layout.addLayout(self._header())
        layout.addLayout(self._journal_form())
        self.licence_label = QLabel(
            self.tr(
                "NetJournal is free software: you may share and change it under the GNU "
                "General Public License, version 3 or any later version ({licence})."
            ).format(licence=OWN_LICENCE),
            self,
        )
        self.licence_label.setObjectName("aboutOwnLicence")
        self.licence_label.setWordWrap(True)
        layout.addWidget(self.licence_label)
        layout.addWidget(heading(self.tr("Made with"), self))
        self.components = all_components(journal)
        self.table = self._components_table(self.components)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("aboutCopyButton")
        self.copy_button.setAccessibleName(self.tr("Copy the version details"))
        self.copy_button.setToolTip(
            self.tr("Copy the versions and the journal's path, for a bug report")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 620)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        icon = QLabel(self)
        icon.setObjectName("aboutIcon")
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAccessibleName(self.tr("NetJournal's icon"))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        name = title_label(self, "aboutName", scale=1.6)
        name.setText(self.tr("NetJournal"))
        words.addWidget(name)
        self.version_label = QLabel(
            self.tr("Version {version}").format(version=netjournal.__version__), self
        )
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(self.version_label)
        words.addWidget(
            muted_label(
                self,
                self.tr(
                    "A private, offline journal of your contacts, shared goals and "
                    "mentorships: one file on this computer, no account, no network."
                ),
            )
        )
        row.addLayout(words, 1)
        return row

    def _journal_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 8, 0, 4)
        self.path_label = self._value(
            "aboutJournalPath", QDir.toNativeSeparators(str(self.journal.path))
        )
        self.path_label.setWordWrap(True)
        form.addRow(self.tr("Journal:"), self.path_label)
        self.schema_label = self._value("aboutSchemaVersion", str(self.journal.schema_version))
        form.addRow(self.tr("Schema version:"), self.schema_label)
        self.encrypted_label = self._value(
            "aboutEncrypted",
            self.tr("Yes, with a passphrase")
            if self.journal.encrypted
            else self.tr("No (File → Encrypt Journal… encrypts it)"),
        )
        form.addRow(self.tr("Encrypted:"), self.encrypted_label)
        engine = self.journal.engine_versions()
        self.runtime_label = self._value(
            "aboutRuntime",
            self.tr(
                "Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite} · "
                "SQLCipher {sqlcipher}"
            ).format(
                python=platform.python_version(),
                qt=qVersion(),
                pyside=PySide6.__version__,
                sqlite=engine.get("sqlite", "") or "?",
                sqlcipher=engine.get("sqlcipher", "") or "?",
            ),
        )
        self.runtime_label.setWordWrap(True)
        form.addRow(self.tr("Runs on:"), self.runtime_label)
        return form

    def _value(self, name: str, text: str) -> QLabel:
        """A value to read and select (to paste into a file manager or a bug report)."""
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def _components_table(self, components: list[Component]) -> QTableWidget:
        table = QTableWidget(len(components), 3, self)
        table.setObjectName("aboutLicences")
        table.setAccessibleName(self.tr("Components and their licences"))
        table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        unknown = self.tr("not recorded in this build")
        for row, component in enumerate(components):
            cells = (component.name, component.version or "—", component.licence or unknown)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def details(self) -> str:
        """The dialog's facts as plain text."""
        lines = [
            f"NetJournal {netjournal.__version__} ({OWN_LICENCE})",
            self.tr("Journal: {path}").format(path=self.path_label.text()),
            self.tr("Schema version: {version}").format(version=self.schema_label.text()),
            self.tr("Encrypted: {answer}").format(answer=self.encrypted_label.text()),
            self.runtime_label.text(),
            "",
        ]
        lines += [f"{c.name} {c.version}: {c.licence}".replace("  ", " ") for c in self.components]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
