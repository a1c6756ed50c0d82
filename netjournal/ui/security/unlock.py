"""`UnlockDialog`: the passphrase of an encrypted journal (or of a backup to restore), asked
before anything of it is shown; a wrong one is said under the field and asked again.

The dialog only collects the passphrase: the session tries it (a wrong passphrase
changes nothing in the file) and gives the dialog the refusal to show.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.ui.security.passphrase import fit_to_content
from netjournal.ui.widgets.forms import (
    FieldErrors,
    add_field,
    form_layout,
    muted_label,
    title_label,
)


class UnlockChoice(StrEnum):
    """How the person left the dialog."""

    UNLOCK = "unlock"
    QUIT = "quit"
    # The passphrase does not open it: see what else can be done (restore, another file).
    OPTIONS = "options"


class UnlockPurpose(StrEnum):
    """What the passphrase is for: the words and buttons follow it."""

    OPEN = "open"  # the journal, at start
    LOCKED = "locked"  # the journal, locked while the app ran
    BACKUP = "backup"  # a backup about to be restored


class UnlockDialog(QDialog):
    """The path, a passphrase field that does not echo, Unlock and Quit.

    `error` (a wrong passphrase, said by the journal) is shown under the field, and then
    "Other Options…" too: the file may not be an encrypted journal at all, or the
    passphrase may be lost. Without `needs_passphrase` (a plain journal that was locked)
    there is no field: the dialog only keeps the journal out of view until asked.
    """

    def __init__(
        self,
        path: Path,
        error: str = "",
        parent: QWidget | None = None,
        *,
        purpose: UnlockPurpose = UnlockPurpose.OPEN,
        note: str = "",
        needs_passphrase: bool = True,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.purpose = purpose
        self.choice = UnlockChoice.QUIT
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self._window_title())
        self.setModal(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        self.heading = title_label(self, "unlockHeading", scale=1.3)
        self.heading.setText(self._heading_text(needs_passphrase))
        layout.addWidget(self.heading)
        self.path_label = muted_label(self, str(self.path))
        self.path_label.setObjectName("unlockPath")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setAccessibleName(self.tr("File"))
        layout.addWidget(self.path_label)
        self.note = muted_label(self, note or self._default_note(needs_passphrase))
        self.note.setObjectName("unlockNote")
        layout.addWidget(self.note)

        self.errors = FieldErrors()
        self.passphrase_field = QLineEdit(self)
        self.passphrase_field.setObjectName("passphraseField")
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_field.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.passphrase_field.textEdited.connect(lambda _text: self.errors.clear("passphrase"))
        if needs_passphrase:
            form = form_layout()
            form.setContentsMargins(0, 6, 0, 0)
            add_field(
                form,
                self.errors,
                "passphrase",
                self.tr("&Passphrase:"),
                self.passphrase_field,
                self.passphrase_field,
                self,
            )
            layout.addLayout(form)
        else:
            self.passphrase_field.hide()
        self.needs_passphrase = needs_passphrase

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self._accept_text(needs_passphrase), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.unlock_button.text().replace("&", ""))
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("Cancel") if purpose is UnlockPurpose.BACKUP else self.tr("&Quit"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAccessibleName(self.quit_button.text().replace("&", ""))
        self.quit_button.setAutoDefault(False)
        self.options_button = QPushButton(self.tr("&Other Options…"), self)
        self.options_button.setObjectName("otherOptionsButton")
        self.options_button.setAccessibleName(self.tr("Other options"))
        self.options_button.setToolTip(
            self.tr("Restore a backup or open another journal file instead")
        )
        self.options_button.setAutoDefault(False)
        self.buttons.addButton(self.options_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.options_button.clicked.connect(self._other_options)
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

        self.options_button.setVisible(False)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)
        if error:
            self.show_error(error)
        if needs_passphrase:
            self.passphrase_field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- words --------------------------------------------------------------------------

    def _window_title(self) -> str:
        if self.purpose is UnlockPurpose.BACKUP:
            return self.tr("Passphrase of the Backup")
        return self.tr("Unlock the Journal")

    def _heading_text(self, needs_passphrase: bool) -> str:
        if self.purpose is UnlockPurpose.BACKUP:
            return self.tr("{name} is encrypted").format(name=self.path.name)
        if self.purpose is UnlockPurpose.LOCKED or not needs_passphrase:
            return self.tr("The journal is locked")
        return self.tr("{name} is encrypted").format(name=self.path.name)

    def _default_note(self, needs_passphrase: bool) -> str:
        if not needs_passphrase:
            return self.tr(
                "It was hidden after a while without input. It is not encrypted, so anyone "
                "who can read the file can read it: File → Encrypt Journal… protects it "
                "with a passphrase."
            )
        if self.purpose is UnlockPurpose.BACKUP:
            return self.tr(
                "Give the passphrase the journal had when this backup was made; nothing is "
                "changed until it opens the backup."
            )
        if self.purpose is UnlockPurpose.LOCKED:
            return self.tr(
                "It was closed after a while without input, or from File → Lock Now. Give "
                "its passphrase to show it again; what you were editing was saved."
            )
        return self.tr("Give its passphrase to open it; nothing is shown before.")

    def _accept_text(self, needs_passphrase: bool) -> str:
        if self.purpose is UnlockPurpose.BACKUP:
            return self.tr("&Restore")
        return self.tr("&Unlock") if needs_passphrase else self.tr("&Show the Journal")

    # --- answers ------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """Say why the passphrase was refused, under the field, and offer the way out."""
        self.errors.show("passphrase", message)
        self.passphrase_field.selectAll()
        self.passphrase_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.options_button.setVisible(self.purpose is not UnlockPurpose.BACKUP)
        self._fit()

    def _fit(self) -> None:
        fit_to_content(self)

    def passphrase(self) -> str:
        return self.passphrase_field.text()

    def _unlock(self) -> None:
        if self.needs_passphrase and not self.passphrase():
            self.errors.show("passphrase", self.tr("Give the passphrase."), focus=True)
            self._fit()
            return
        self.choice = UnlockChoice.UNLOCK
        self.accept()

    def _other_options(self) -> None:
        self.choice = UnlockChoice.OPTIONS
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape and Quit (the choice stays OPTIONS when that button closed it)."""
        if self.choice is not UnlockChoice.OPTIONS:
            self.choice = UnlockChoice.QUIT
        self.passphrase_field.clear()
        super().reject()
