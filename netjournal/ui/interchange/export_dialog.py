"""File → Export…: choose a format and a place, and the journal is written there.

`ExportDialog` offers the five formats, one line each saying what it is for, and
for vCard the version and "only the selected person". `ExportFlow` then asks for
a file (JSON, vCard, iCalendar) or a folder (CSV, Markdown), writes the export in
a worker thread with a progress dialog that cancels it (no half-written file is
left), asks before replacing what is already there, and says what was written and
where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.ui.errors_text import words_text
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.interchange.import_dialog import STATUS_MS, counted, number
from netjournal.ui.interchange.worker import JobRunner
from netjournal.ui.widgets.forms import heading, muted_label, open_window_modal, title_label

if TYPE_CHECKING:
    from netjournal.interchange.filenames import Exported

_CONTEXT = "Export"
# The formats, as `netjournal.interchange.jobs` names them (not imported here: it loads
# the format libraries, which the window needs only once an export starts).
JSON, VCARD, ICS, CSV, MARKDOWN = "json", "vcard", "ics", "csv", "markdown"
FORMATS = (JSON, VCARD, ICS, CSV, MARKDOWN)
FOLDER_FORMATS = frozenset({CSV, MARKDOWN})
SUFFIXES = {JSON: ".json", VCARD: ".vcf", ICS: ".ics"}
VCARD_VERSIONS = ("4.0", "3.0")

# One line per format: what it is and what it is for.
FORMAT_WORDS = {
    JSON: QT_TRANSLATE_NOOP(
        "Export", "JSON backup — everything, to move to another laptop or keep safe"
    ),
    VCARD: QT_TRANSLATE_NOOP("Export", "vCard — contacts for a phone or mail program"),
    ICS: QT_TRANSLATE_NOOP(
        "Export", "Calendar (.ics) — upcoming sessions, reviews, follow-ups, goal dates"
    ),
    CSV: QT_TRANSLATE_NOOP("Export", "Spreadsheets (CSV) — people, entries, goals"),
    MARKDOWN: QT_TRANSLATE_NOOP("Export", "Markdown — a folder of notes, one per person and goal"),
}
# Beneath each: what it writes, and what reads it.
FORMAT_HINTS = {
    JSON: QT_TRANSLATE_NOOP(
        "Export", "One .json file. File → Import… reads it back, merging it with what is there."
    ),
    VCARD: QT_TRANSLATE_NOOP(
        "Export", "One .vcf file with every person's emails, phones, addresses and photo."
    ),
    ICS: QT_TRANSLATE_NOOP(
        "Export", "One .ics file to add to any calendar; adding it again updates the events."
    ),
    CSV: QT_TRANSLATE_NOOP(
        "Export", "people.csv, entries.csv and goals.csv in the folder you choose."
    ),
    MARKDOWN: QT_TRANSLATE_NOOP(
        "Export", "People/ and Goals/ in the folder you choose, readable in any notes app."
    ),
}
SAVE_FILTERS = {
    JSON: QT_TRANSLATE_NOOP("Export", "NetJournal backups (*.json)"),
    VCARD: QT_TRANSLATE_NOOP("Export", "vCard contacts (*.vcf)"),
    ICS: QT_TRANSLATE_NOOP("Export", "Calendars (*.ics)"),
}
# What an export counts, singular and plural.
COUNT_WORDS = {
    "rows": (QT_TRANSLATE_NOOP("Export", "{n} record"), QT_TRANSLATE_NOOP("Export", "{n} records")),
    "people": (
        QT_TRANSLATE_NOOP("Export", "{n} person"),
        QT_TRANSLATE_NOOP("Export", "{n} people"),
    ),
    "photos": (QT_TRANSLATE_NOOP("Export", "{n} photo"), QT_TRANSLATE_NOOP("Export", "{n} photos")),
    "events": (
        QT_TRANSLATE_NOOP("Export", "{n} calendar event"),
        QT_TRANSLATE_NOOP("Export", "{n} calendar events"),
    ),
    "session": (
        QT_TRANSLATE_NOOP("Export", "{n} session"),
        QT_TRANSLATE_NOOP("Export", "{n} sessions"),
    ),
    "review": (
        QT_TRANSLATE_NOOP("Export", "{n} review"),
        QT_TRANSLATE_NOOP("Export", "{n} reviews"),
    ),
    "follow_up": (
        QT_TRANSLATE_NOOP("Export", "{n} follow-up"),
        QT_TRANSLATE_NOOP("Export", "{n} follow-ups"),
    ),
    "goal_target": (
        QT_TRANSLATE_NOOP("Export", "{n} goal target date"),
        QT_TRANSLATE_NOOP("Export", "{n} goal target dates"),
    ),
    "action_due": (
        QT_TRANSLATE_NOOP("Export", "{n} action item due"),
        QT_TRANSLATE_NOOP("Export", "{n} action items due"),
    ),
    "reconnect": (
        QT_TRANSLATE_NOOP("Export", "{n} person to reconnect with"),
        QT_TRANSLATE_NOOP("Export", "{n} people to reconnect with"),
    ),
    "entries": (
        QT_TRANSLATE_NOOP("Export", "{n} entry"),
        QT_TRANSLATE_NOOP("Export", "{n} entries"),
    ),
    "goals": (QT_TRANSLATE_NOOP("Export", "{n} goal"), QT_TRANSLATE_NOOP("Export", "{n} goals")),
    "files": (QT_TRANSLATE_NOOP("Export", "{n} file"), QT_TRANSLATE_NOOP("Export", "{n} files")),
}


Export = TranslationContext("Export")


def count_words(key: str, n: int) -> str:
    words = COUNT_WORDS.get(key)
    if words is None:
        return f"{number(n)} {key.replace('_', ' ')}"
    return counted(n, Export.tr(words[0]), Export.tr(words[1]))


def exported_words(counts: dict[str, int]) -> str:
    """What an export wrote, in words: "23 people, 2 photos"; a calendar's events
    first, with their kinds: "5 calendar events (3 sessions, 2 reviews)"."""
    if "events" in counts:
        kinds = [count_words(k, n) for k, n in counts.items() if k != "events" and n]
        events = count_words("events", counts["events"])
        return f"{events} ({', '.join(kinds)})" if kinds else events
    said = [count_words(k, n) for k, n in counts.items() if n and k != "files"]
    if not said:
        key = next(iter(counts), "rows")
        return count_words(key, 0)
    return ", ".join(said)


@dataclass(frozen=True)
class ExportChoice:
    """What the person chose in the export dialog."""

    format: str
    vcard_version: str = "4.0"
    person_ids: tuple[int, ...] | None = None  # None: everyone

    @property
    def to_folder(self) -> bool:
        return self.format in FOLDER_FORMATS


class ExportDialog(QDialog):
    """The format to export, one line each saying what it is for; "Export…" asks where."""

    def __init__(
        self,
        journal: Journal,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.journal = journal
        self.setWindowTitle(self.tr("Export"))
        self._selected = tuple(selected_ids)

        layout = QVBoxLayout(self)
        title = title_label(self, "exportTitle", scale=1.3)
        title.setText(self.tr("Export the Journal"))
        layout.addWidget(title)
        layout.addWidget(
            muted_label(
                self,
                self.tr(
                    "An export is written where you choose, readable by your account alone. "
                    "It holds your private notes: keep it somewhere safe."
                ),
            )
        )
        layout.addWidget(heading(self.tr("Format"), self))

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        indent = self.style().pixelMetric(self.style().PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        for number_, fmt in enumerate(FORMATS):
            button = QRadioButton(Export.tr(FORMAT_WORDS[fmt]), self)
            button.setObjectName(f"format_{fmt}")
            button.setAccessibleName(Export.tr(FORMAT_WORDS[fmt]))
            hint = muted_label(self, Export.tr(FORMAT_HINTS[fmt]))
            hint.setContentsMargins(indent, 0, 0, 4)
            button.setAccessibleDescription(hint.text())
            self.format_group.addButton(button, number_)
            self.format_buttons[fmt] = button
            layout.addWidget(button)
            layout.addWidget(hint)
            if fmt == VCARD:
                layout.addWidget(self._vcard_options(indent))
        self.format_buttons[JSON].setChecked(True)
        self.format_group.idToggled.connect(self._update)

        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportConfirm")
        self.export_button.setAccessibleName(self.tr("Export: choose where"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 54)

    def _vcard_options(self, indent: int) -> QWidget:
        box = QWidget(self)
        box.setObjectName("vcardOptions")
        column = QVBoxLayout(box)
        column.setContentsMargins(indent, 0, 0, 6)
        column.setSpacing(4)
        versions = QHBoxLayout()
        caption = QLabel(self.tr("Version:"), box)
        versions.addWidget(caption)
        self.version_group = QButtonGroup(box)
        self.version_buttons: dict[str, QRadioButton] = {}
        for number_, version in enumerate(VCARD_VERSIONS):
            text = (
                self.tr("4.0 (current)")
                if version == "4.0"
                else self.tr("3.0 (for older phones and programs)")
            )
            button = QRadioButton(text, box)
            button.setObjectName(f"vcard_{version.replace('.', '_')}")
            button.setAccessibleName(self.tr("vCard version {v}").format(v=version))
            self.version_group.addButton(button, number_)
            self.version_buttons[version] = button
            versions.addWidget(button)
        versions.addStretch(1)
        caption.setBuddy(self.version_buttons["4.0"])
        self.version_buttons["4.0"].setChecked(True)
        column.addLayout(versions)
        self.selected_only = QCheckBox(box)
        self.selected_only.setObjectName("selectedOnly")
        names = self._selected_names()
        if len(names) == 1:
            text = self.tr("Only the selected person: {name}").format(name=names[0])
        elif names:
            text = counted(
                len(names),
                self.tr("Only the {n} selected person"),
                self.tr("Only the {n} selected people"),
            )
        else:
            text = self.tr("Only the selected person (select one in Contacts first)")
        self.selected_only.setText(text)
        self.selected_only.setAccessibleName(text)
        self.selected_only.setEnabled(bool(names))
        column.addWidget(self.selected_only)
        self._has_selection = bool(names)
        return box

    def _selected_names(self) -> list[str]:
        names = []
        for person_id in self._selected:
            try:
                names.append(self.journal.people.get(person_id).display_name)
            except NotFound:
                continue
        return names

    def _update(self, *_args: object) -> None:
        vcard = self.format == VCARD
        for button in self.version_buttons.values():
            button.setEnabled(vcard)
        self.selected_only.setEnabled(vcard and self._has_selection)

    # --- what was chosen ----------------------------------------------------------------

    @property
    def format(self) -> str:
        for fmt, button in self.format_buttons.items():
            if button.isChecked():
                return fmt
        return JSON

    def choose(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def choice(self) -> ExportChoice:
        fmt = self.format
        if fmt != VCARD:
            return ExportChoice(fmt)
        version = next(v for v, b in self.version_buttons.items() if b.isChecked())
        only = self._selected if self.selected_only.isChecked() and self._has_selection else None
        return ExportChoice(fmt, version, only)


def _suggested_name(fmt: str, today: date | None = None) -> str:
    stamp = (today or date.today()).isoformat()
    return f"netjournal-{stamp}{SUFFIXES.get(fmt, '')}"


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class ExportFlow(QObject):
    """File → Export…, from the format to saying what was written where.

    The steps that wait on the person go through small methods tests replace:
    `ask_for_file`, `ask_for_folder`, `ask_replace`, `inform`, `warn`. `dialog_shown`
    says the format dialog is up; `exported` carries what was written; `ended` says the
    flow is over (written, cancelled or refused).
    """

    dialog_shown = Signal(object)
    exported = Signal(object)
    ended = Signal()

    def __init__(self, journal: Journal, window: QWidget, selected_ids: Sequence[int] = ()) -> None:
        super().__init__(window)
        self.setObjectName("exportFlow")
        self.journal = journal
        self.window = window
        self.selected_ids = tuple(selected_ids)
        self.dialog: ExportDialog | None = None
        self.runner: JobRunner | None = None
        self.status_text = ""

    # --- what tests replace -------------------------------------------------------------

    def ask_for_file(self, fmt: str, suggested: Path) -> str:
        """The file to write, or "" when the person cancels. Replacing an existing file
        is asked afterwards, by the flow, once the export has found it there."""
        path, _chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export To"),
            str(suggested),
            Export.tr(SAVE_FILTERS[fmt]),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return path

    def ask_for_folder(self, suggested: Path) -> str:
        """The folder to write into, or "" when the person cancels."""
        return QFileDialog.getExistingDirectory(
            self.window, self.tr("Export Into the Folder"), str(suggested)
        )

    def ask_replace(self, text: str) -> bool:
        """Whether to replace what is already there (No is the default)."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Replace?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        """Say what was written (a message box over the window)."""
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("exportDone")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_window_modal(box)

    def warn(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("exportProblem")
        open_window_modal(box)

    # --- the steps ----------------------------------------------------------------------

    def start(self) -> ExportDialog:
        """Show the format dialog; "Export…" goes on to the place."""
        dialog = self.dialog = ExportDialog(self.journal, self.selected_ids, self.window)
        dialog.accepted.connect(lambda: self.choose_place(dialog.choice()))
        dialog.rejected.connect(self._end)
        open_window_modal(dialog)
        self.dialog_shown.emit(dialog)
        return dialog

    def choose_place(self, choice: ExportChoice) -> None:
        """Ask for the file or folder, then write."""
        self.dialog = None
        if choice.to_folder:
            chosen = self.ask_for_folder(_documents())
        else:
            chosen = self.ask_for_file(choice.format, _documents() / _suggested_name(choice.format))
        if not chosen:
            self._end()
            return
        target = Path(chosen)
        suffix = SUFFIXES.get(choice.format)
        if suffix and not target.suffix:
            target = target.with_name(target.name + suffix)
        self.run(choice, target)

    def run(self, choice: ExportChoice, target: Path, *, overwrite: bool = False) -> None:
        """Write the export in the worker."""
        from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, when used

        runner = self.runner = JobRunner(
            self.journal,
            self.window,
            self.tr("Exporting"),
            self.tr("Writing {place}…").format(place=target.name),
        )
        for signal in (runner.finished, runner.failed, runner.cancelled):
            signal.connect(runner.deleteLater)
        runner.finished.connect(self._exported)
        runner.failed.connect(
            lambda message: self._failed(message, runner.error, choice, target, overwrite)
        )
        runner.cancelled.connect(lambda: self._cancelled(choice, target))

        def work(progress: jobs.Progress) -> Exported:
            return jobs.export(
                self.journal,
                choice.format,
                target,
                person_ids=choice.person_ids,
                vcard_version=choice.vcard_version,
                overwrite=overwrite,
                progress=progress,
            )

        runner.start(work)

    def _exported(self, exported: Exported) -> None:
        text = self.tr("Exported {what} to {path}.").format(
            what=exported_words(exported.counts), path=exported.path
        )
        if exported.notes:
            text += "\n\n" + "\n".join(words_text(note) for note in exported.notes)
        self.status_text = text
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text.split("\n", 1)[0], STATUS_MS)
        self.inform(self.tr("Exported"), text)
        self.exported.emit(exported)
        self._end()

    def _failed(
        self,
        message: str,
        error: BaseException | None,
        choice: ExportChoice,
        target: Path,
        overwrite: bool,
    ) -> None:
        if not overwrite and self._in_the_way(error, choice, target):
            question = (
                self.tr("Replace them with this export?")
                if choice.to_folder
                else self.tr("Replace it with this export?")
            )
            if self.ask_replace(f"{message}\n\n{question}"):
                self.run(choice, target, overwrite=True)
                return
            self._say(
                self.tr("Nothing was exported; {path} was left as it was.").format(path=target)
            )
            self._end()
            return
        self.warn(self.tr("The Export Failed"), message)
        self._end()

    @staticmethod
    def _in_the_way(error: BaseException | None, choice: ExportChoice, target: Path) -> bool:
        """Whether the export refused because what it would write is already there."""
        if not (isinstance(error, InvalidInput) and error.field == "path"):
            return False
        if choice.to_folder:
            return target.is_dir()
        return target.is_file() and not target.is_symlink()

    def _cancelled(self, choice: ExportChoice, target: Path) -> None:
        if choice.to_folder:
            text = self.tr(
                "The export was cancelled; no file was left half-written (those written "
                "before stay in {path})."
            ).format(path=target)
        else:
            text = self.tr("The export was cancelled; no file was written.")
        self._say(text)
        self._end()

    def _say(self, text: str) -> None:
        self.status_text = text
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, STATUS_MS)

    def _end(self) -> None:
        self.runner = None
        self.ended.emit()
        self.deleteLater()


def start_export(journal: Journal, window: QWidget, selected_ids: Sequence[int] = ()) -> ExportFlow:
    """File → Export…: show the format dialog and go on from there."""
    flow = ExportFlow(journal, window, selected_ids)
    flow.start()
    return flow
