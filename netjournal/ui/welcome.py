"""The first start: where the journal will live, that it stays here, and how to begin.

`is_first_run` is the test (no journal file yet, so the page never shows again once a
journal exists); `WelcomeDialog` asks; `follow_welcome` does the rest of what was chosen
once the session has made the journal and shown its window: the passphrase asked
through the usual File → Encrypt flow, then the import of a phone's or a site's export.
The demo journal is made by `make_demo_journal`, as `netjournal demo` makes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDir, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.paths import data_dir
from netjournal.ui.icons import app_icon
from netjournal.ui.interchange.import_dialog import ImportFlow
from netjournal.ui.security.session import JournalSession
from netjournal.ui.widgets.forms import muted_label, title_label

ICON_SIZE = 64
WIDTH = 580
DEMO_PREFIX = "netjournal-demo-"  # the temporary folder's name, as `netjournal demo` names it
# How long the "not encrypted" note stays in the status bar.
STATUS_MS = 30_000


class WelcomeChoice(StrEnum):
    """How the person begins."""

    EMPTY = "empty"
    IMPORT = "import"
    DEMO = "demo"


@dataclass(frozen=True)
class Welcome:
    """What the welcome page was answered with."""

    choice: WelcomeChoice
    encrypt: bool = False


def is_first_run(path: Path) -> bool:
    """No journal at `path` yet, where the app would start one (its folder is there, or
    is the platform's own, or can be made beside what is there). A folder gone missing
    (a disk not connected) is not a first start: the session says what is wrong."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        return False
    folder = path.parent
    return folder.is_dir() or folder == data_dir(None, env={}) or folder.parent.is_dir()


def shown_path(path: Path) -> str:
    """The full path, written the platform's way."""
    return QDir.toNativeSeparators(str(path))


class WelcomeDialog(QDialog):
    """The first start's page: a few plain lines and three ways to begin.

    `welcome()` is what was chosen once accepted; rejected (Escape, Quit, the window
    closed) means nothing is to be made.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.choice: WelcomeChoice | None = None
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to NetJournal"))
        self.setWindowIcon(app_icon())
        self.setModal(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(self._header())
        layout.addWidget(self._where())
        privacy = QLabel(
            self.tr(
                "Nothing leaves this computer: there is no account and no server, and "
                "NetJournal never connects to the network."
            ),
            self,
        )
        privacy.setObjectName("welcomePrivacy")
        privacy.setWordWrap(True)
        layout.addWidget(privacy)

        self.encrypt_box = QCheckBox(self.tr("Encrypt the journal with a &passphrase"), self)
        self.encrypt_box.setObjectName("welcomeEncrypt")
        self.encrypt_box.setAccessibleName(self.tr("Encrypt the journal with a passphrase"))
        encrypt_hint = self.tr(
            "Without the passphrase nobody can read the file. You choose it next; you can "
            "also encrypt the journal later from File → Encrypt Journal…"
        )
        self.encrypt_box.setAccessibleDescription(encrypt_hint)
        layout.addWidget(self.encrypt_box)
        encrypt_note = muted_label(self, encrypt_hint)
        encrypt_note.setContentsMargins(24, 0, 0, 4)
        layout.addWidget(encrypt_note)

        self.empty_button = self._choice(
            layout,
            WelcomeChoice.EMPTY,
            "welcomeEmptyButton",
            self.tr("Start an &Empty Journal"),
            self.tr("Add the people you learn with as you go."),
        )
        self.import_button = self._choice(
            layout,
            WelcomeChoice.IMPORT,
            "welcomeImportButton",
            self.tr("&Import Contacts or a Calendar…"),
            self.tr(
                "Start the journal from an export: a phone's contacts (vCard .vcf), "
                "LinkedIn's Connections.csv, a Google Contacts CSV or a calendar (.ics). "
                "You see what will be imported before anything is."
            ),
        )
        self.demo_button = self._choice(
            layout,
            WelcomeChoice.DEMO,
            "welcomeDemoButton",
            self.tr("Try the &Demo Journal"),
            self.tr(
                "Look around a sample journal in a temporary folder, deleted when you quit. "
                "Your own journal is not made yet, so this page shows again next time."
            ),
        )
        self.empty_button.setDefault(True)
        self.empty_button.setFocus()

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("welcomeQuitButton")
        self.quit_button.setAccessibleName(self.tr("Quit without making a journal"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        bottom.addWidget(self.quit_button)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(WIDTH)
        # Tall enough for every wrapped line at that width (no hint cut off).
        self.resize(WIDTH, max(self.sizeHint().height(), layout.totalHeightForWidth(WIDTH)))

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(14)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAccessibleName(self.tr("NetJournal's icon"))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        title = title_label(self, "welcomeTitle", scale=1.6)
        title.setText(self.tr("Welcome to NetJournal"))
        words.addWidget(title)
        words.addWidget(
            muted_label(
                self,
                self.tr(
                    "A private journal of the people you learn with: your contacts, the "
                    "goals you share and your mentorships."
                ),
            )
        )
        row.addLayout(words, 1)
        return row

    def _where(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(2)
        column.addWidget(QLabel(self.tr("Your journal will be one file on this computer:"), box))
        self.path_label = QLabel(shown_path(self.path), box)
        self.path_label.setObjectName("welcomePath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.path_label.setCursor(Qt.CursorShape.IBeamCursor)
        self.path_label.setAccessibleName(self.tr("Where the journal will be"))
        font = self.path_label.font()
        font.setBold(True)
        self.path_label.setFont(font)
        self.path_label.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.path_label)
        return box

    def _choice(
        self, layout: QVBoxLayout, choice: WelcomeChoice, name: str, text: str, hint: str
    ) -> QPushButton:
        """A large button for one way to begin, with what it does beneath it."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(hint)
        button.setMinimumHeight(button.sizeHint().height() + 10)
        button.clicked.connect(lambda: self.choose(choice))
        layout.addSpacing(4)
        layout.addWidget(button)
        note = muted_label(self, hint)
        note.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(note)
        return button

    def choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    def welcome(self) -> Welcome | None:
        """What was chosen; None when the page was closed instead."""
        if self.result() != QDialog.DialogCode.Accepted or self.choice is None:
            return None
        encrypt = self.encrypt_box.isChecked() and self.choice is not WelcomeChoice.DEMO
        return Welcome(self.choice, encrypt)


def ask_welcome(path: Path) -> Welcome | None:
    """Show the welcome page for a journal to be made at `path`; what was chosen."""
    dialog = WelcomeDialog(path)
    try:
        dialog.exec()
        return dialog.welcome()
    finally:
        dialog.deleteLater()


class WelcomeImportFlow(ImportFlow):
    """The import flow of the first start: its file dialog names the exports people have
    and opens where downloads land."""

    FILE_FILTERS = (
        QT_TRANSLATE_NOOP(
            "WelcomeImportFlow",
            "Contacts, calendars and backups (*.vcf *.vcard *.csv *.ics *.json)",
        ),
        QT_TRANSLATE_NOOP("WelcomeImportFlow", "A phone's contacts, vCard (*.vcf *.vcard)"),
        QT_TRANSLATE_NOOP("WelcomeImportFlow", "LinkedIn Connections.csv (*.csv)"),
        QT_TRANSLATE_NOOP("WelcomeImportFlow", "Google Contacts CSV (*.csv)"),
        QT_TRANSLATE_NOOP("WelcomeImportFlow", "A calendar (*.ics)"),
        QT_TRANSLATE_NOOP("WelcomeImportFlow", "A NetJournal backup (*.json)"),
        QT_TRANSLATE_NOOP("WelcomeImportFlow", "All files (*)"),
    )

    def filters(self) -> list[str]:
        return [QCoreApplication.translate("WelcomeImportFlow", f) for f in self.FILE_FILTERS]

    def start_folder(self) -> str:
        """The downloads folder, where a phone's or a site's export usually is."""
        downloads = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        )
        return downloads if downloads and Path(downloads).is_dir() else str(Path.home())

    def ask_for_files(self) -> list[str]:
        paths, _chosen = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import Your Contacts or Calendar"),
            self.start_folder(),
            ";;".join(self.filters()),
        )
        return list(paths)


def follow_welcome(session: JournalSession, welcome: Welcome) -> WelcomeImportFlow | None:
    """After the session made the journal and showed it: encrypt it if asked (the
    passphrase dialog of File → Encrypt), then start the import if chosen; the import
    flow, if one started."""
    if welcome.encrypt and not session.encrypt() and session.window is not None:
        session.window.statusBar().showMessage(
            QCoreApplication.translate(
                "Welcome",
                "The journal is not encrypted: File → Encrypt Journal… does it whenever you like.",
            ),
            STATUS_MS,
        )
    if welcome.choice is not WelcomeChoice.IMPORT:
        return None
    if session.window is None or session.journal is None:
        return None  # the session ended while the passphrase was asked
    flow = WelcomeImportFlow(session.journal, session.window)
    flow.start()
    return flow
