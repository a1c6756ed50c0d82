"""`PersonEditor`: one person's fields, saved as they are edited, and their recent entries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal.records import Person
from netjournal.ui.contacts.fields import (
    CadenceEdit,
    ContactMethodsEditor,
    ListCompleter,
    OptionalDateEdit,
    PhotoField,
    split_names,
)
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import DueStatus, entry_heading, format_date
from netjournal.ui.labels import label
from netjournal.ui.widgets.detail import esc
from netjournal.ui.widgets.forms import FieldErrors, PendingEdits, SectionedEditor, field_box
from netjournal.ui.widgets.privacy import PrivacyScreen, PrivateArea, screened

# How many of a person's newest entries the editor lists below the form.
RECENT_ENTRIES = 8


@dataclass
class _Field:
    """One editable value: its widget, how to read and set it, and its error line."""

    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Person], None]
    error: QLabel


class PersonEditor(SectionedEditor):
    """Every field of one person in a form; edits are saved after a short pause,
    at once when focus leaves a field or another person is shown. No Save button.

    A value the journal refuses is marked, and why is said right under the field;
    the journal keeps the last good value.
    """

    saved = Signal(int)
    # The "Log an interaction…" button was clicked: the window opens the entry dialog.
    log_requested = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personEditor")
        self.setAccessibleName(self.tr("Person"))
        self.journal = journal
        # While it is on, the notes (and entries' notes standing in for a title) hide.
        self.privacy_screen = privacy
        self.person_id: int | None = None
        self._loading = False
        self.fields: dict[str, _Field] = {}
        self.errors = FieldErrors()
        self.pending = PendingEdits(self, self._save)

        self.title, self.subtitle = self._title("personTitle")
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.subtitle)
        self.log_button = QPushButton(self.tr("Log an interaction…"), self)
        self.log_button.setObjectName("logInteractionButton")
        self.log_button.setAccessibleName(self.tr("Log an interaction with this person"))
        self.log_button.setToolTip(self.tr("Log a meeting, a coffee, a call or a note (Ctrl+L)"))
        self.log_button.clicked.connect(lambda _=False: self.log_requested.emit())
        self.layout_.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = self._section(self.tr("Name"))
        self.photo = PhotoField(self)
        self._add(
            form,
            "photo",
            self.tr("Photo"),
            self.photo,
            self.photo.value,
            lambda p: self.photo.set_value(p.photo, p.display_name),
            self.photo.changed,
        )
        # A photo is chosen or removed in one go: saved at once, not after a pause.
        self.photo.changed.connect(self.flush)
        self.photo.refused.connect(lambda message: self.errors.show("photo", message))
        for key, text in (
            ("display_name", self.tr("Name")),
            ("given_name", self.tr("Given name")),
            ("family_name", self.tr("Family name")),
            ("nickname", self.tr("Nickname")),
            ("pronouns", self.tr("Pronouns")),
        ):
            self._line(form, key, text)
        self.is_self = QCheckBox(self.tr("This is me"), self)
        self.is_self.setObjectName("isSelfCheck")
        self.is_self.setAccessibleName(self.tr("This is me, the journal's owner"))
        self.is_self.setToolTip(
            self.tr(
                "Your own card: nobody can have a mentorship with you, and you share every goal."
            )
        )
        self._add(
            form,
            "is_self",
            "",
            self.is_self,
            self.is_self.isChecked,
            lambda p: self.is_self.setChecked(p.is_self),
            self.is_self.toggled,
        )
        # Ticked or not in one go: saved at once.
        self.is_self.toggled.connect(lambda _on: self.flush())
        form = self._section(self.tr("Work"))
        self._line(form, "organization", self.tr("Organization"))
        self._line(form, "role", self.tr("Role"))

        form = self._section(self.tr("Emails, phones and links"))
        self.contact_methods = ContactMethodsEditor(self)
        self._add(
            form,
            "contact_methods",
            "",
            self.contact_methods,
            self.contact_methods.value,
            lambda p: self.contact_methods.set_value(p.contact_methods),
            self.contact_methods.changed,
        )

        form = self._section(self.tr("How we met"))
        self._line(form, "met_how", self.tr("How"))
        self._line(form, "met_where", self.tr("Where"))
        self.met_on = OptionalDateEdit(self.tr("When we met"), self)
        self._add(
            form,
            "met_on",
            self.tr("When"),
            self.met_on,
            self.met_on.value,
            lambda p: self.met_on.set_value(p.met_on),
            self.met_on.changed,
        )

        form = self._section(self.tr("Tags and skills"))
        self.tag_completer = self._names(form, "tags", self.tr("Tags"), lambda p: p.tags)
        self.offers_completer = self._names(
            form, "skills_offered", self.tr("Offers"), lambda p: p.skills_offered
        )
        self.seeks_completer = self._names(
            form, "skills_sought", self.tr("Looking for"), lambda p: p.skills_sought
        )

        form = self._section(self.tr("Keep in touch"))
        self.cadence = CadenceEdit(self)
        self._add(
            form,
            "cadence_days",
            self.tr("Check in"),
            self.cadence,
            self.cadence.value,
            lambda p: self.cadence.set_value(p.cadence_days),
            self.cadence.changed,
        )
        self.due = QLabel(self)
        form.addRow(self._caption(self.tr("Next check-in"), self.due), self.due)

        form = self._section(self.tr("Notes"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes (Markdown)"))
        self.notes_edit.setPlaceholderText(
            self.tr("Notes in Markdown: **bold**, - lists, # headings")
        )
        self.notes_preview = QTextBrowser(self)
        self.notes_preview.setObjectName("notesPreview")
        self.notes_preview.setAccessibleName(self.tr("Notes preview"))
        self.notes_preview.setOpenExternalLinks(False)
        self.notes_stack = QStackedWidget(self)
        self.notes_stack.addWidget(self.notes_edit)
        self.notes_stack.addWidget(self.notes_preview)
        lines = self.fontMetrics().lineSpacing()
        self.notes_stack.setMinimumHeight(lines * 8)
        self.preview_button = QToolButton(self)
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(self.tr("Preview notes"))
        self.preview_button.toggled.connect(self._toggle_preview)
        self.notes_area = PrivateArea(self.notes_stack, privacy, self)
        self.notes_area.hidden_changed.connect(self._on_privacy_changed)
        self.preview_button.setEnabled(not self.notes_area.is_hidden())
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.preview_button)
        notes_layout.addWidget(self.notes_area)
        self._add(
            form,
            "notes",
            "",
            notes_box,
            self.notes_edit.toPlainText,
            self._put_notes,
            self.notes_edit.textChanged,
            focus=self.notes_edit,
        )

        self._add_heading(self.tr("Recent entries"))
        self.history = QLabel(self)
        self.history.setObjectName("personHistory")
        self.history.setAccessibleName(self.tr("Recent entries"))
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.history)
        self.layout_.addStretch(1)
        # One column of captions down the whole form, whatever the section.
        self._align_captions()

    # --- building -----------------------------------------------------------------------

    def _add(
        self,
        form: QFormLayout,
        key: str,
        text: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Person], None],
        signal: Any,
        focus: QWidget | None = None,
    ) -> None:
        error = QLabel(self)
        error.setObjectName(f"{key}Error")
        error.setWordWrap(True)
        error.hide()
        palette = error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, DueStatus.OVERDUE.colour)
        error.setPalette(palette)
        box = field_box(self, widget, error)
        if text:
            form.addRow(self._caption(text, focus or widget), box)
        else:
            form.addRow(box)
        self.fields[key] = _Field(focus or widget, get, put, error)
        self.errors.register(key, focus or widget, error)
        signal.connect(lambda *_a, k=key: self._edited(k))

    def _line(self, form: QFormLayout, key: str, text: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(f"{key}Edit")
        line.setAccessibleName(text)
        self._add(
            form,
            key,
            text,
            line,
            line.text,
            lambda p: self._set_line(line, getattr(p, key) or ""),
            line.textEdited,
        )
        return line

    def _names(
        self, form: QFormLayout, key: str, text: str, of: Callable[[Person], Any]
    ) -> ListCompleter:
        line = QLineEdit(self)
        line.setObjectName(f"{key}Edit")
        line.setAccessibleName(text)
        line.setPlaceholderText(self.tr("Separated by commas"))
        completer = ListCompleter(line)

        def put(person: Person) -> None:
            self._set_line(line, ", ".join(getattr(n, "name", n) for n in of(person)))

        self._add(form, key, text, line, lambda: split_names(line.text()), put, line.textEdited)
        return completer

    @staticmethod
    def _set_line(line: QLineEdit, text: str) -> None:
        line.setText(text)
        line.setCursorPosition(0)  # long values show their beginning

    def line(self, key: str) -> QLineEdit:
        widget = self.fields[key].widget
        assert isinstance(widget, QLineEdit)
        return widget

    # --- showing --------------------------------------------------------------------------

    def load(self, person_id: int) -> None:
        """Show a person; another person's pending edits are saved first.

        The same person again (the journal changed) refreshes only the fields
        that are not being edited.
        """
        same = person_id == self.person_id
        if not same:
            self.flush()
        try:
            person = self.journal.people.get(person_id)
        except NotFound:
            self.clear()
            return
        if not same:
            self.pending.discard()
            self.errors.clear_all()
            self.preview_button.setChecked(False)
        self.person_id = person_id
        focus = QApplication.focusWidget()
        self._loading = True
        try:
            for key, item in self.fields.items():
                busy = self.pending.has(key) or bool(self.errors.text(key))
                focused = focus is not None and (
                    focus is item.widget or item.widget.isAncestorOf(focus)
                )
                if not same or not (busy or focused):
                    item.put(person)
        finally:
            self._loading = False
        self.tag_completer.set_names(self.journal.people.tag_names())
        skills = self.journal.people.skills()
        self.offers_completer.set_names(skills)
        self.seeks_completer.set_names(skills)
        self._show_summary(person)

    def clear(self) -> None:
        self.pending.discard()
        self.person_id = None

    def _show_summary(self, person: Person) -> None:
        self.title.setText(person.display_name)
        subtitle = [p for p in (person.pronouns, person.role, person.organization) if p]
        if person.is_self:
            subtitle.insert(0, self.tr("You"))
        if person.archived:
            subtitle.append(self.tr("Archived"))
        self.subtitle.setText(" · ".join(subtitle))
        self.subtitle.setVisible(bool(subtitle))
        status = DueStatus.of(person.next_due_on)
        self.due.setText(
            f"{status.label}: {format_date(person.next_due_on)}"
            if status and person.next_due_on
            else self.tr("No check-in planned")
        )
        entries = self.journal.entries.of_person(person.id, limit=RECENT_ENTRIES)
        private = screened(self.privacy_screen)
        self.history.setText(
            "".join(
                f"<p>{esc(format_date(e.occurred_at))} · {esc(label('entry_kind', e.kind))} · "
                f"{esc(entry_heading(e, private))}</p>"
                for e in entries
            )
            or esc(self.tr("No entries with them yet."))
        )

    def _put_notes(self, person: Person) -> None:
        if self.notes_edit.toPlainText() != person.notes:
            self.notes_edit.setPlainText(person.notes)
        if self.preview_button.isChecked():
            self.notes_preview.setMarkdown(person.notes)

    def _on_privacy_changed(self, hidden: bool) -> None:
        """The notes hid or showed again (in their area); the recent entries follow."""
        self.preview_button.setEnabled(not hidden)
        if self.person_id is None:
            return
        try:
            person = self.journal.people.get(self.person_id)
        except NotFound:
            return
        self._show_summary(person)

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.notes_preview.setMarkdown(self.notes_edit.toPlainText())
        self.notes_stack.setCurrentIndex(1 if on else 0)
        self.preview_button.setText(self.tr("Edit") if on else self.tr("Preview"))

    # --- saving ---------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if self._loading or self.person_id is None:
            return
        self.pending.edited(key)

    def has_pending(self) -> bool:
        return self.pending.has()

    def flush(self) -> None:
        """Save every pending edit now, one field at a time."""
        self.pending.flush()

    def _save(self, key: str) -> None:
        person_id = self.person_id
        if person_id is None:
            return
        try:
            if key == "is_self":
                self._save_is_self(person_id)
            else:
                self.journal.people.update(person_id, **{key: self.fields[key].get()})
        except NotFound:
            self.pending.discard()
        except InvalidInput as exc:
            self.errors.show(exc.field if exc.field in self.fields else key, error_text(exc))
        else:
            self.errors.clear(key)
            self.saved.emit(person_id)

    def _save_is_self(self, person_id: int) -> None:
        """Mark this person as me, or unmark them (another person stays unmarked)."""
        if self.is_self.isChecked():
            self.journal.people.set_self(person_id)
        elif self.journal.people.self_id() == person_id:
            self.journal.people.set_self(None)
        self._show_summary(self.journal.people.get(person_id))

    def error_text(self, key: str) -> str:
        return self.errors.text(key)
