"""`JournalProblemDialog`: a journal that cannot be opened — not a database, damaged, from a
newer NetJournal, read-only, its folder gone — said in words, with what can be done.

What is wrong comes from `files.describe_failure`; the dialog offers its remedies as
buttons instead of the command line: restore the latest backup (the file as it is is
kept aside, never overwritten), open another journal file, or quit. Nothing is changed
by showing it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import files
from netjournal.ui.errors_text import words_text
from netjournal.ui.format import format_date, format_time, local_date, relative_day
from netjournal.ui.widgets.forms import muted_label, title_label


class ProblemChoice(StrEnum):
    RESTORE = "restore"
    OPEN_OTHER = "open_other"
    CREATE = "create"  # the folder is missing: make it and start a new journal there
    QUIT = "quit"


def what_is_wrong(path: Path, error: Exception) -> str:
    """What is wrong, in the reader's language, without the advice the command line
    gives (the dialog's buttons are the remedies)."""
    return words_text(files.what_failed(path, error))


class JournalProblemDialog(QDialog):
    """What is wrong with the journal at `path` and the way on: Restore the Latest Backup
    (when there is one), Open Another File…, Start a New Journal Here (when its folder is
    missing, `can_create`), Quit."""

    def __init__(
        self,
        path: Path,
        what: str,
        latest_backup: Path | None,
        parent: QWidget | None = None,
        *,
        can_create: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.latest_backup = latest_backup
        self.choice = ProblemChoice.QUIT
        self.setObjectName("journalProblemDialog")
        self.setWindowTitle(self.tr("The Journal Cannot Be Opened"))
        self.setModal(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(14)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical, None, self)
            .pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(8)
        heading = title_label(self, "problemHeading", scale=1.3)
        heading.setText(self.tr("{name} cannot be opened").format(name=self.path.name))
        column.addWidget(heading)
        self.what_label = QLabel(what, self)
        self.what_label.setObjectName("problemText")
        self.what_label.setWordWrap(True)
        self.what_label.setTextFormat(Qt.TextFormat.PlainText)
        self.what_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what_label.setAccessibleName(self.tr("What is wrong"))
        column.addWidget(self.what_label)
        self.advice_label = muted_label(self, self._advice(can_create))
        self.advice_label.setObjectName("problemAdvice")
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_label.setAccessibleName(self.tr("What you can do"))
        column.addWidget(self.advice_label)
        top.addLayout(column, 1)
        layout.addLayout(top)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self._button(
            self.tr("&Restore the Latest Backup"),
            "restoreLatestButton",
            ProblemChoice.RESTORE,
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.restore_button.setVisible(latest_backup is not None)
        self.create_button = self._button(
            self.tr("&Start a New Journal Here"),
            "createJournalButton",
            ProblemChoice.CREATE,
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.create_button.setVisible(can_create)
        self.open_button = self._button(
            self.tr("&Open Another File…"),
            "openAnotherButton",
            ProblemChoice.OPEN_OTHER,
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.quit_button = self._button(
            self.tr("&Quit"),
            "quitButton",
            ProblemChoice.QUIT,
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        default = self.restore_button if latest_backup is not None else self.open_button
        default.setDefault(True)
        default.setFocus(Qt.FocusReason.OtherFocusReason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    def _button(
        self, text: str, name: str, choice: ProblemChoice, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        self.buttons.addButton(button, role)
        button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        return button

    def _advice(self, can_create: bool) -> str:
        if self.latest_backup is not None:
            made = datetime.fromtimestamp(self.latest_backup.stat().st_mtime, UTC)
            when = self.tr("{relative}, {date} {time}").format(
                relative=relative_day(local_date(made)),
                date=format_date(made),
                time=format_time(made),
            )
            return self.tr(
                "Nothing was changed. You can restore the latest backup, {name} (made "
                "{when}): the file as it is now is kept aside in the backups folder, not "
                "overwritten. Or open another journal file."
            ).format(name=self.latest_backup.name, when=when)
        if can_create:
            return self.tr(
                "Nothing was changed. If the folder is on a disk that is not connected, "
                "connect it and start NetJournal again. Or open another journal file, or "
                "start a new, empty journal at {path}."
            ).format(path=self.path)
        return self.tr(
            "Nothing was changed, and there is no backup of it to restore. You can open "
            "another journal file, or move this one aside and start NetJournal again to "
            "begin a new journal."
        )

    def _choose(self, choice: ProblemChoice) -> None:
        self.choice = choice
        if choice is ProblemChoice.QUIT:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:
        """Escape quits, as the Quit button does."""
        self.choice = ProblemChoice.QUIT
        super().reject()
