"""Choosing a passphrase: `PassphraseDialog` for encrypting a journal or changing its
passphrase (the new one twice, and for a change the current one), and
`RemoveEncryptionDialog` for going back to a plain file.

Both say plainly what a passphrase means here: the journal is only as safe as it, and
without it nobody can read the journal, its owner included. A passphrase the journal
would refuse (`keys.check_passphrase`) or two that differ are said under their field,
and the dialog stays open; nothing is changed before OK.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import keys
from netjournal.ui.errors_text import error_text
from netjournal.ui.widgets.forms import (
    FieldErrors,
    add_field,
    form_layout,
    muted_label,
    title_label,
)

# Checks a passphrase typed as the current one (the session knows the right one).
CurrentCheck = Callable[[str], bool]


def same_passphrase(expected: str | None) -> CurrentCheck:
    """A check of the current passphrase against `expected`, in constant time."""

    def check(typed: str) -> bool:
        return expected is not None and hmac.compare_digest(
            typed.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
        )

    return check


def fit_to_content(dialog: QDialog) -> None:
    """Grow to show wrapped lines whole (a refusal just shown): a dialog does not by itself."""
    layout = dialog.layout()
    if not dialog.isVisible():
        dialog.adjustSize()  # sized when shown, by the wrapped lines' height for its width
    elif layout is not None:
        layout.activate()
        height = layout.totalHeightForWidth(dialog.width())
        dialog.resize(dialog.width(), max(dialog.height(), height))


class PassphraseMode(StrEnum):
    ENCRYPT = "encrypt"
    CHANGE = "change"


def _password_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance("M") * 22)
    return field


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice; for a change, the current one first.

    `check_current` says whether a typed current passphrase is right (the dialog never
    sees the right one). Accepted only with a passphrase `keys.check_passphrase` takes,
    the same twice, and (for a change) different from the current one.
    """

    def __init__(
        self,
        mode: PassphraseMode = PassphraseMode.ENCRYPT,
        parent: QWidget | None = None,
        check_current: CurrentCheck | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._check_current = check_current
        self.setObjectName("passphraseDialog")
        changing = mode is PassphraseMode.CHANGE
        self.setWindowTitle(
            self.tr("Change Passphrase") if changing else self.tr("Encrypt Journal")
        )
        self.setModal(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        heading = title_label(self, "passphraseHeading", scale=1.3)
        heading.setText(
            self.tr("Choose a new passphrase")
            if changing
            else self.tr("Encrypt the journal with a passphrase")
        )
        layout.addWidget(heading)
        advice = muted_label(
            self,
            self.tr(
                "A good passphrase is a few unrelated words, four or more (“violet tram "
                "harbour lantern”): easy to remember, hard to guess. It needs at least {n} "
                "characters."
            ).format(n=keys.PASSPHRASE_MIN),
        )
        advice.setObjectName("passphraseAdvice")
        layout.addWidget(advice)
        warning = muted_label(
            self,
            self.tr(
                "<b>Without the passphrase nobody can read the journal — you included.</b> "
                "NetJournal cannot recover it: write it down and keep it somewhere safe."
            ),
        )
        warning.setObjectName("passphraseWarning")
        warning.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(warning)
        backups = muted_label(
            self,
            self.tr(
                "The journal's backups are rewritten with the new passphrase too; the window "
                "closes and opens again while that is done."
            ),
        )
        layout.addWidget(backups)

        self.errors = FieldErrors()
        form = form_layout()
        form.setContentsMargins(0, 6, 0, 0)
        self.current_field = _password_field(
            self, "currentPassphraseField", self.tr("Current passphrase")
        )
        if changing:
            add_field(
                form,
                self.errors,
                "current",
                self.tr("&Current passphrase:"),
                self.current_field,
                self.current_field,
                self,
            )
        else:
            self.current_field.hide()
        self.new_field = _password_field(self, "newPassphraseField", self.tr("New passphrase"))
        add_field(
            form,
            self.errors,
            "new",
            self.tr("&New passphrase:"),
            self.new_field,
            self.new_field,
            self,
        )
        self.repeat_field = _password_field(
            self, "repeatPassphraseField", self.tr("The new passphrase again")
        )
        add_field(
            form,
            self.errors,
            "repeat",
            self.tr("The same &again:"),
            self.repeat_field,
            self.repeat_field,
            self,
        )
        self.show_box = QCheckBox(self.tr("&Show the passphrases as typed"), self)
        self.show_box.setObjectName("showPassphrases")
        self.show_box.setAccessibleName(self.tr("Show the passphrases as typed"))
        self.show_box.toggled.connect(self._show_typed)
        form.addRow("", self.show_box)
        layout.addLayout(form)
        for key, field in (
            ("current", self.current_field),
            ("new", self.new_field),
            ("repeat", self.repeat_field),
        ):
            field.textEdited.connect(lambda _text, k=key: self.errors.clear(k))

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Change Passphrase") if changing else self.tr("&Encrypt"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("passphraseOkButton")
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._accept_if_good)
        self.buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        first = self.current_field if changing else self.new_field
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.setEchoMode(mode)

    def current_passphrase(self) -> str | None:
        return self.current_field.text() if self.mode is PassphraseMode.CHANGE else None

    def new_passphrase(self) -> str:
        return self.new_field.text()

    def problems(self) -> dict[str, str]:
        """What is wrong with what is typed, by field ("current", "new", "repeat")."""
        found: dict[str, str] = {}
        current = self.current_field.text()
        if self.mode is PassphraseMode.CHANGE:
            if not current:
                found["current"] = self.tr("Give the passphrase the journal has now.")
            elif self._check_current is not None and not self._check_current(current):
                found["current"] = self.tr("That is not the journal's passphrase.")
        new = self.new_field.text()
        try:
            keys.check_passphrase(new, "new")
        except InvalidInput as exc:
            found["new"] = error_text(exc)
        else:
            if self.mode is PassphraseMode.CHANGE and current and new == current:
                found["new"] = self.tr("The new passphrase is the same as the current one.")
            elif self.repeat_field.text() != new:
                found["repeat"] = self.tr(
                    "The two passphrases differ: type the new one again, exactly."
                )
        return found

    def _accept_if_good(self) -> None:
        self.errors.clear_all()
        found = self.problems()
        for key, message in found.items():
            self.errors.show(key, message)
        if found:
            first = next(k for k in ("current", "new", "repeat") if k in found)
            field = {"current": self.current_field, "new": self.new_field}.get(
                first, self.repeat_field
            )
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
            fit_to_content(self)
            return
        self.accept()

    def reject(self) -> None:
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.clear()
        super().reject()


class RemoveEncryptionDialog(QDialog):
    """Going back to a plain journal file, after the current passphrase: what it means
    (anyone who can read the file can read the journal; the backups stay encrypted)."""

    def __init__(
        self, parent: QWidget | None = None, check_current: CurrentCheck | None = None
    ) -> None:
        super().__init__(parent)
        self._check_current = check_current
        self.setObjectName("removeEncryptionDialog")
        self.setWindowTitle(self.tr("Remove Encryption"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        heading = title_label(self, "removeEncryptionHeading", scale=1.3)
        heading.setText(self.tr("Remove the journal's encryption?"))
        layout.addWidget(heading)
        explanation = muted_label(
            self,
            self.tr(
                "The journal becomes a plain file again: anyone who can read the file can "
                "read every note in it. Its backups stay encrypted with the current "
                "passphrase: keep it to restore them."
            ),
        )
        explanation.setObjectName("removeEncryptionText")
        layout.addWidget(explanation)
        self.errors = FieldErrors()
        self.current_field = _password_field(
            self, "currentPassphraseField", self.tr("Current passphrase")
        )
        self.current_field.textEdited.connect(lambda _text: self.errors.clear("current"))
        form = form_layout()
        form.setContentsMargins(0, 6, 0, 0)
        add_field(
            form,
            self.errors,
            "current",
            self.tr("&Current passphrase:"),
            self.current_field,
            self.current_field,
            self,
        )
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Remove Encryption"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("removeEncryptionButton")
        self.ok_button.setAccessibleName(self.tr("Remove encryption"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._accept_if_right)
        self.buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.current_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def current_passphrase(self) -> str:
        return self.current_field.text()

    def _accept_if_right(self) -> None:
        typed = self.current_field.text()
        if not typed:
            self.errors.show("current", self.tr("Give the passphrase the journal has now."), True)
            fit_to_content(self)
            return
        if self._check_current is not None and not self._check_current(typed):
            self.errors.show("current", self.tr("That is not the journal's passphrase."), True)
            self.current_field.selectAll()
            fit_to_content(self)
            return
        self.accept()

    def reject(self) -> None:
        self.current_field.clear()
        super().reject()
