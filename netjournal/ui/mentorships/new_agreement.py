"""`NewAgreementDialog`: start a mentorship with someone of the journal, or someone new.

The counterpart is picked by typing a name; when the name is nobody's yet the
suggestions end with "New person: …", and that person is added to the journal
only together with the agreement: if the journal refuses the agreement, the
person made for it is taken out again in the same go. OK saves through
`journal.mentorships.create`; a refusal is shown under the field it names.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from netjournal.journal.vocab import AgreementStatus, MyRole
from netjournal.ui.contacts.fields import CadenceEdit, OptionalDateEdit
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.errors_text import error_text
from netjournal.ui.labels import label
from netjournal.ui.widgets.forms import (
    ERROR_STYLE,
    FieldErrors,
    add_field,
    muted_label,
    open_window_modal,
)

# The suggestion that stands for a person not in the journal yet holds its name here.
NEW_PERSON_ROLE = Qt.ItemDataRole.UserRole + 40


def meeting_cadence(parent: QWidget) -> CadenceEdit:
    """A cadence field worded for meetings rather than keeping in touch."""
    edit = CadenceEdit(parent)
    edit.unit.setItemText(0, QCoreApplication.translate("MeetingCadence", "No set rhythm"))
    edit.unit.setAccessibleName(QCoreApplication.translate("MeetingCadence", "Meeting cadence"))
    edit.count.setAccessibleName(QCoreApplication.translate("MeetingCadence", "Meet every"))
    return edit


class NewAgreementDialog(QDialog):
    """Who, my role, proposed or active, formal or not, when it starts, how often we meet."""

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        my_role: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newAgreementDialog")
        self.setWindowTitle(self.tr("New agreement"))
        self.journal = journal
        self.agreement_id: int | None = None
        self._new_name: str | None = None
        self.errors = FieldErrors()

        self.person = PersonPicker(journal, single=True, parent=self)
        self.person.edit.setPlaceholderText(
            self.tr("Type a name: someone in the journal, or someone new")
        )
        self.person.edit.setAccessibleName(self.tr("With whom"))
        # Connected after the picker's own slots, so the "new person" choice comes last.
        self.person.edit.textEdited.connect(self._offer_new_person)
        self.person.completer.activated[QModelIndex].connect(self._on_choice)
        self.person.edit.pick_first.connect(self._on_pick_first)
        # Return picks (or makes) the person while a name is undecided; once decided,
        # Return creates the agreement.
        self.person.edit.can_pick = lambda: (
            self.new_person_name() is None and bool(self.person.pending_text())
        )
        self.new_note = muted_label(self)
        self.new_note.setObjectName("newPersonNote")
        self.new_note.hide()

        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("My role"))
        for role in MyRole:
            self.role.addItem(label("my_role", role.value), role.value)
        if my_role is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(my_role)))

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in (AgreementStatus.PROPOSED, AgreementStatus.ACTIVE):
            self.status.addItem(label("agreement_status", status.value), status.value)
        self.status.setToolTip(
            self.tr(
                "A proposal is a draft: its terms change freely until you both agree. "
                "An active agreement keeps a history of every change."
            )
        )

        self.formal = QCheckBox(self.tr("Part of a &formal program"), self)
        self.formal.setAccessibleName(self.tr("Formal"))
        self.program = QLineEdit(self)
        self.program.setAccessibleName(self.tr("Program"))
        self.program.setPlaceholderText(self.tr("The program's name"))
        self.program.setEnabled(False)
        self.formal.toggled.connect(self.program.setEnabled)

        self.started_on = OptionalDateEdit(self.tr("Start date"), self)
        self.started_on.set_value(date.today())
        self.cadence = meeting_cadence(self)
        self.cadence.set_value(None)  # no rhythm yet: "every N" waits for a unit

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget, QWidget]] = [
            ("person_id", self.tr("&With:"), self.person, self.person.edit),
            ("my_role", self.tr("My &role:"), self.role, self.role),
            ("status", self.tr("&Status:"), self.status, self.status),
            ("formal", "", self.formal, self.formal),
            ("program", self.tr("&Program:"), self.program, self.program),
            ("started_on", self.tr("S&tarts:"), self.started_on, self.started_on.edit),
            ("cadence_days", self.tr("&Meets:"), self.cadence, self.cadence.count),
        ]
        for key, text, widget, buddy in rows:
            below = [self.new_note] if key == "person_id" else []
            add_field(form, self.errors, key, text, widget, buddy, self, below)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("error_general")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.errors.general = self.general_error

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create agreement"))
        self.ok_button.setAccessibleName(self.tr("Create agreement"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        order = [
            self.person.edit,
            self.role,
            self.status,
            self.formal,
            self.program,
            self.started_on.edit,
            self.started_on.clear_button,
            self.cadence.count,
            self.cadence.unit,
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)
        if person_id is not None:
            self.person.set_people([person_id])
            self.role.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.person.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the counterpart ----------------------------------------------------------------

    def _offer_new_person(self, text: str) -> None:
        """After the people who match, offer "New person: <what was typed>"."""
        self._set_new(None)
        name = " ".join(text.split())
        if not name:
            return
        item = QStandardItem(self.tr("New person: “{name}”").format(name=name))
        item.setData(name, NEW_PERSON_ROLE)
        self.person.suggestions.appendRow(item)
        self.person.completer.complete()

    def _on_choice(self, index: QModelIndex) -> None:
        name = index.data(NEW_PERSON_ROLE)
        if name:
            self.choose_new_person(str(name))

    def _on_pick_first(self) -> None:
        # Enter with no one matching: the name typed is someone new.
        if not self.person.person_ids() and self.person.pending_text():
            self.choose_new_person(self.person.pending_text())

    def choose_new_person(self, name: str) -> None:
        """The counterpart is someone not in the journal yet, called `name`."""
        self.person.completer.popup().hide()
        self.person.set_people([])
        blocked = self.person.edit.blockSignals(True)
        self.person.edit.setText(name)
        self.person.edit.blockSignals(blocked)
        self._set_new(name)

    def _set_new(self, name: str | None) -> None:
        self._new_name = name
        if name:
            self.new_note.setText(
                self.tr("“{name}” is new: they are added to Contacts with the agreement.").format(
                    name=name
                )
            )
        self.new_note.setVisible(bool(name))

    def new_person_name(self) -> str | None:
        """The name of the person to create with the agreement, when that is the choice."""
        if self._new_name and self.person.pending_text() == self._new_name:
            return self._new_name
        return None

    # --- saving -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The terms the form holds, as `mentorships.create` takes them."""
        formal = self.formal.isChecked()
        return {
            "my_role": self.role.currentData(),
            "status": self.status.currentData(),
            "formal": formal,
            "program": self.program.text() if formal else "",
            "started_on": self.started_on.value(),
            "cadence_days": self.cadence.value(),
        }

    def show_error(self, field: str | None, message: str) -> None:
        self.errors.refuse(field, message)

    def clear_errors(self) -> None:
        self.errors.clear_all()

    def save(self) -> bool:
        """Create the agreement (and the new person it is with); False when refused."""
        self.clear_errors()
        picked = self.person.person_ids()
        new_name = None if picked else self.new_person_name()
        typed = self.person.pending_text()
        if not picked and new_name is None:
            if typed:
                message = self.tr(
                    "Pick “{name}” from the suggestions, or choose “New person: {name}”."
                ).format(name=typed)
            else:
                message = self.tr("Say who the agreement is with.")
            self.show_error("person_id", message)
            return False
        values = self.values()
        my_role = values.pop("my_role")
        created: int | None = None
        try:
            if new_name is not None:
                try:
                    created = self.journal.people.create(new_name).id
                except InvalidInput as exc:
                    raise InvalidInput(
                        exc.message,
                        "person_id",
                        template=exc.template,
                        params=exc.params,
                        labels=exc.labels,
                    ) from exc
            person_id = created if created is not None else picked[0]
            agreement = self.journal.mentorships.create(person_id, my_role, **values)
        except InvalidInput as exc:
            if created is not None:
                # Nothing half-saved: the person made for this agreement goes again.
                self.journal.people.delete(created)
            self.show_error(exc.field, error_text(exc))
            return False
        self.agreement_id = agreement.id
        self.accept()
        return True


def open_new_agreement_dialog(
    journal: Journal,
    parent: QWidget,
    *,
    person_id: int | None = None,
    my_role: str | None = None,
) -> NewAgreementDialog:
    """Show the new agreement dialog (window-modal, deleted when closed) and return it."""
    return open_window_modal(
        NewAgreementDialog(journal, parent, person_id=person_id, my_role=my_role)
    )
