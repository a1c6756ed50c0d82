"""`CelebrateDialog`: after a goal is achieved, a short message to the people who shared it,
and a note of whom it was told to. NetJournal never sends anything: the message is copied
and sent by the user, the way they like."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.records import Entry
from netjournal.ui.entries.picker import PersonPicker
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import format_date
from netjournal.ui.labels import label
from netjournal.ui.widgets.forms import (
    error_label,
    field_column,
    muted_label,
    open_window_modal,
    title_label,
)


def first_name(display_name: str) -> str:
    words = display_name.split()
    return words[0] if words else display_name


class CelebrateDialog(QDialog):
    """The message (pre-filled from a template until it is edited), who was told, Copy,
    and "Note who was told", which logs an entry and marks the goal celebrated."""

    def __init__(self, journal: Journal, goal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("celebrateDialog")
        self.journal = journal
        self.goal_id = goal_id
        self.entry: Entry | None = None
        self._typed = False  # the message was edited: ticking no longer rewrites it
        self._filling = False
        goal = journal.goals.get(goal_id)
        self.goal_title = goal.title
        self.setWindowTitle(self.tr("Celebrate “{goal}”").format(goal=goal.title))

        heading = title_label(self, scale=1.3)
        heading.setText(self.tr("“{goal}” is achieved").format(goal=goal.title))
        when = format_date(goal.achieved_on) if goal.achieved_on else ""
        intro = QLabel(
            self.tr(
                "Achieved {date}. Share it with the people who were part of it, and thank them."
            ).format(date=when),
            self,
        )
        intro.setWordWrap(True)

        self.message = QPlainTextEdit(self)
        self.message.setObjectName("celebrationMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.message.textChanged.connect(self._on_typed)
        self.message_error = error_label(self, "message")

        self.checks: list[tuple[QCheckBox, int, str]] = []
        told = QWidget(self)
        told_layout = QVBoxLayout(told)
        told_layout.setContentsMargins(0, 0, 0, 0)
        told_layout.setSpacing(2)
        for member in goal.members:
            check = QCheckBox(f"{member.display_name} · {label('member_role', member.role)}", told)
            check.setAccessibleName(self.tr("Told {name}").format(name=member.display_name))
            check.setChecked(True)
            check.toggled.connect(self._refill)
            # As wide as its words: a click beside them does not tick it.
            told_layout.addWidget(check, 0, Qt.AlignmentFlag.AlignLeft)
            self.checks.append((check, member.person_id, member.display_name))
        if not self.checks:
            nobody = muted_label(told, self.tr("No one shares this goal: add who you told below."))
            told_layout.addWidget(nobody)
        self.others = PersonPicker(journal, parent=told)
        self.others.setObjectName("celebrationOthers")
        self.others.edit.setAccessibleName(self.tr("Someone else you told"))
        self.others.edit.setPlaceholderText(self.tr("Someone else? Type a name"))
        if self.others.list is not None:
            self.others.list.setAccessibleName(self.tr("Other people told"))
        self.others.changed.connect(self._refill)
        self.others.changed.connect(self._show_others)
        told_layout.addWidget(self.others)
        self.told_error = error_label(self, "told_ids")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget, buddy, error in (
            (self.tr("&Message:"), self.message, self.message, self.message_error),
            (
                self.tr("&Told:"),
                told,
                self.checks[0][0] if self.checks else self.others.edit,
                self.told_error,
            ),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(buddy)
            form.addRow(caption, field_column(widget, error))

        self.note = muted_label(
            self,
            self.tr(
                "NetJournal never sends anything. Copy the message, send it the way you like "
                "(email, chat, or in person), then note here who was told: an entry keeps it."
            ),
        )
        self.note.setObjectName("celebrationNote")
        self.copied = QLabel(self)
        self.copied.setObjectName("celebrationCopied")
        self.general_error = error_label(self, "general")

        self.copy_button = QPushButton(self.tr("&Copy message"), self)
        self.copy_button.setObjectName("copyMessageButton")
        self.copy_button.setAccessibleName(self.tr("Copy the message to the clipboard"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda _=False: self.copy_message())
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Note who was told"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.tr("Note who was told"))
        self.ok_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Not now"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Copy is apart from the buttons that close: it is the step before them.
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.copy_button)
        buttons_row.addWidget(self.copied, 1)
        buttons_row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons_row)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 96)
        self._refill()
        self._show_others()
        self.message.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the message ----------------------------------------------------------------------

    def told_ids(self) -> list[int]:
        """The people ticked and the others picked, each once."""
        ticked = [pid for check, pid, _name in self.checks if check.isChecked()]
        return list(dict.fromkeys([*ticked, *self.others.person_ids()]))

    def _told_names(self) -> list[str]:
        names = {pid: name for _c, pid, name in self.checks}
        names.update(
            (row.id, row.display_name) for row in self.journal.people.rows(self.others.person_ids())
        )
        return [names[pid] for pid in self.told_ids() if pid in names]

    def names_text(self, names: Sequence[str]) -> str:
        """ "Ana", "Ana and Mei", "Ana, Lucas and Mei"; "everyone" for no one."""
        firsts = [first_name(n) for n in names]
        if not firsts:
            return self.tr("everyone")
        if len(firsts) == 1:
            return firsts[0]
        return self.tr("{some} and {last}").format(some=", ".join(firsts[:-1]), last=firsts[-1])

    def template(self) -> str:
        """The message as first offered, naming the people ticked."""
        return self.tr(
            "Dear {names}, we did it: {goal}! Thank you for your help and encouragement "
            "along the way — it made all the difference."
        ).format(names=self.names_text(self._told_names()), goal=self.goal_title)

    def _show_others(self) -> None:
        """The list of other people told shows once there is someone in it."""
        picked = bool(self.others.person_ids())
        if self.others.list is not None:
            self.others.list.setVisible(picked)
            self.others.remove_button.setVisible(picked)

    def _refill(self) -> None:
        if self._typed:
            return
        self._filling = True
        try:
            self.message.setPlainText(self.template())
        finally:
            self._filling = False

    def _on_typed(self) -> None:
        if not self._filling:
            self._typed = True

    def copy_message(self) -> None:
        """Put the message on the clipboard (nothing is sent)."""
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.copied.setText(self.tr("Copied: paste it where you write to them."))

    # --- saving -------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for error in (self.message_error, self.told_error, self.general_error):
            error.clear()
            error.hide()
        self.message.setAccessibleDescription("")

    def show_error(self, field: str | None, message: str) -> None:
        error = {"message": self.message_error, "told_ids": self.told_error}.get(
            field or "", self.general_error
        )
        error.setText(message)
        error.show()
        if field == "message":
            self.message.setAccessibleDescription(message)
            self.message.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Log who was told; False (and the reason shown) when the journal refuses."""
        self.clear_errors()
        typed = self.others.pending_text()
        if typed:
            self.show_error(
                "told_ids",
                self.tr("Pick “{name}” from the suggestions, or clear the field.").format(
                    name=typed
                ),
            )
            return False
        try:
            self.entry = self.journal.goals.celebrate(
                self.goal_id, self.told_ids(), self.message.toPlainText()
            )
        except InvalidInput as exc:
            self.show_error(exc.field, error_text(exc))
            return False
        self.accept()
        return True


def open_celebrate_dialog(journal: Journal, parent: QWidget, goal_id: int) -> CelebrateDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    return open_window_modal(CelebrateDialog(journal, goal_id, parent))
