"""`MySkillsDialog`: the skills I offer and the ones I look for, which reciprocity matches
against what goals need and what members seek."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.ui.contacts.fields import ListCompleter, split_names
from netjournal.ui.errors_text import error_text
from netjournal.ui.widgets.forms import (
    FieldErrors,
    error_label,
    field_box,
    open_window_modal,
)


class MySkillsDialog(QDialog):
    """Two comma-separated lists with completion from every skill in the journal; OK saves
    both in one operation, a refusal is said under its field."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setObjectName("mySkillsDialog")
        self.setWindowTitle(self.tr("My skills"))
        mine = journal.people.own_skills()
        skills = journal.people.skills()
        intro = QLabel(
            self.tr(
                "What you can help others with, and what you are learning. Goals use them to "
                "say whom you could help and who could help you."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.offers = self._field(form, "offers", self.tr("I &offer:"), mine["offers"], skills)
        self.seeks = self._field(form, "seeks", self.tr("I &look for:"), mine["seeks"], skills)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.offers.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field(
        self, form: QFormLayout, key: str, caption: str, names: list[str], skills: list[str]
    ) -> QLineEdit:
        line = QLineEdit(", ".join(names), self)
        line.setObjectName(f"{key}Edit")
        line.setAccessibleName(caption.replace("&", "").rstrip(":"))
        line.setPlaceholderText(self.tr("Separated by commas"))
        ListCompleter(line).set_names(skills)
        error = error_label(self, key)
        box = field_box(self, line, error)
        label = QLabel(caption, self)
        label.setBuddy(line)
        form.addRow(label, box)
        self.errors.register(key, line, error)
        return line

    def save(self) -> bool:
        self.errors.clear_all()
        try:
            self.journal.people.set_own_skills(
                offers=split_names(self.offers.text()), seeks=split_names(self.seeks.text())
            )
        except InvalidInput as exc:
            key = exc.field if self.errors.has(exc.field) else "offers"
            self.errors.show(key, error_text(exc), focus=True)
            return False
        self.accept()
        return True


def open_my_skills_dialog(journal: Journal, parent: QWidget) -> MySkillsDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    return open_window_modal(MySkillsDialog(journal, parent))
