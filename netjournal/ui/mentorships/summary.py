"""A one-page summary of an agreement to share with the counterpart: its terms,
objectives, expectations, open action items and the notes marked shareable.

`summary_markdown` renders it (a pure function of the domain's `AgreementSummary`,
which already leaves every private note out); `write_pdf` lays the same Markdown out
on A4. `SummaryDialog` shows exactly that Markdown before it is saved or copied, and
says how many private notes stayed in the journal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.records import ActionItem, Agreement, AgreementSummary, SharedNote
from netjournal.ui.format import cadence, format_date
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.labels import label
from netjournal.ui.mentorships.agreement_dialog import fit_to_screen, muted
from netjournal.ui.widgets.forms import ERROR_STYLE, open_window_modal
from netjournal.ui.widgets.privacy import PrivacyScreen, hidden_text, screened

_CONTEXT = "Summary"
# The Markdown the summary is read as, in the preview and in the PDF alike: GitHub's
# dialect, and no raw HTML (user text is escaped anyway).
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)

# The PDF page: A4 with margins that print on any printer, text in the system font.
PDF_MARGINS_MM = 18.0
PDF_FONT_POINTS = 10.0
PDF_RESOLUTION_DPI = 300
# The resolution the PDF's text is laid out at before it is scaled onto the page.
LAYOUT_DPI = 96
# Markdown's headings by level: font size step (0 normal, 1 large, 2 larger), and the
# space above and below them in pixels.
HEADING_STYLE = {1: (2, 0, 6), 2: (1, 14, 4), 3: (0, 10, 2)}

# Characters that mean something to Markdown anywhere in a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
# What starts a block when it opens a line: a list item, a numbered item, a setext
# underline, a quote (">" is escaped above anyway).
_BLOCK_START = re.compile(r"^(\d*)([-+=.)])")
# Characters a file name cannot hold on some system.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


# --- Markdown -------------------------------------------------------------------------


Summary = TranslationContext("Summary")


def _fact(caption: str, value: str) -> str:
    """A line of the terms: "- **Kind:** Informal"."""
    return f"- **{caption}** {value}"


def _escape_block_start(found: re.Match[str]) -> str:
    """ "- x" → "\\- x", "1. x" → "1\\. x" (a backslash before a digit escapes nothing)."""
    digits, mark = found.group(1), found.group(2)
    if digits or mark in "-+=":
        return f"{digits}\\{mark}"
    return found.group(0)


def escape_inline(text: str) -> str:
    """User text as literal Markdown on one line: a name like "*Ana*" reads as typed."""
    escaped = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _BLOCK_START.sub(_escape_block_start, escaped)


def escape_block(text: str) -> str:
    """User text (notes, expectations) as literal Markdown paragraphs, its line breaks
    kept: a line "# Done" or "- item" reads as typed and cannot become a heading or a
    list, nor an indented line a code block."""
    paragraphs = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    rendered = []
    for paragraph in paragraphs:
        lines = []
        for line in paragraph.split("\n"):
            stripped = line.expandtabs(4).rstrip()
            content = stripped.lstrip(" ")
            if not content:
                continue
            # Indentation kept as no-break spaces, which Markdown does not read as indent.
            indent = "\u00a0" * (len(stripped) - len(content))
            escaped = _BLOCK_START.sub(_escape_block_start, _SPECIAL.sub(r"\\\1", content))
            lines.append(indent + escaped)
        if lines:
            rendered.append("\\\n".join(lines))  # a backslash at the end: a line break
    return "\n\n".join(rendered)


def _roles(agreement: Agreement, name: str) -> str:
    return {
        "mentor": Summary.tr("I am the mentor; {name} is the mentee."),
        "mentee": Summary.tr("{name} is the mentor; I am the mentee."),
        "peer": Summary.tr("{name} and I are peers: we learn from each other."),
    }[agreement.my_role].format(name=name)


def _terms(agreement: Agreement, name: str) -> list[str]:
    lines = [_fact(Summary.tr("Roles:"), _roles(agreement, name))]
    if agreement.formal:
        kind = (
            Summary.tr("Formal, through {program}").format(program=escape_inline(agreement.program))
            if agreement.program.strip()
            else Summary.tr("Formal")
        )
    else:
        kind = Summary.tr("Informal")
    lines.append(_fact(Summary.tr("Kind:"), kind))
    lines.append(_fact(Summary.tr("Status:"), label("agreement_status", agreement.status)))
    start, end = agreement.started_on, agreement.ends_on
    if start and end:
        dates = Summary.tr("from {start} to {end}").format(
            start=format_date(start), end=format_date(end)
        )
    elif start:
        dates = Summary.tr("since {start}").format(start=format_date(start))
    elif end:
        dates = Summary.tr("until {end}").format(end=format_date(end))
    else:
        dates = ""
    if dates:
        lines.append(_fact(Summary.tr("Dates:"), dates))
    if agreement.review_on:
        lines.append(_fact(Summary.tr("Next review:"), format_date(agreement.review_on)))
    if agreement.cadence_days:
        lines.append(_fact(Summary.tr("We meet:"), cadence(agreement.cadence_days)))
    if agreement.channel.strip():
        lines.append(_fact(Summary.tr("Channel:"), escape_inline(agreement.channel)))
    return lines


def _objectives(summary: AgreementSummary) -> list[str]:
    if not summary.objectives:
        return ["*" + Summary.tr("No objectives written down yet.") + "*"]
    lines = []
    for goal in summary.objectives:
        facts = [label("goal_status", goal.status)]
        if goal.target_on:
            facts.append(Summary.tr("target date {date}").format(date=format_date(goal.target_on)))
        lines.append(f"- **{escape_inline(goal.title)}** — {' · '.join(facts)}")
    return lines


def _text_or_none(text: str) -> str:
    return escape_block(text) if text.strip() else "*" + Summary.tr("Not written down yet.") + "*"


def _actions(actions: Iterable[ActionItem], name: str) -> list[str]:
    lines = []
    for action in actions:
        owner = label("owner", "me") if action.owner == "me" else name
        facts = [owner]
        if action.due_on:
            facts.append(Summary.tr("due {date}").format(date=format_date(action.due_on)))
        lines.append(f"- {escape_inline(action.title)} — {' · '.join(facts)}")
    return lines or ["*" + Summary.tr("No open action items.") + "*"]


def _notes(notes: Iterable[SharedNote], hidden: bool = False) -> list[str]:
    """The shared notes by date, one heading per entry, each part under its name; with
    `hidden` (the privacy screen is on) a muted line stands in each part's text."""
    lines: list[str] = []
    current: tuple[object, ...] | None = None
    for note in notes:
        if not note.text.strip():
            continue
        key = (note.occurred_at, note.kind, note.title)
        if key != current:
            current = key
            heading = [format_date(note.occurred_at), label("entry_kind", note.kind)]
            if note.title.strip():
                heading.append(escape_inline(note.title))
            lines += ["", f"### {' · '.join(heading)}"]
        text = f"*{escape_inline(hidden_text())}*" if hidden else escape_block(note.text)
        lines += ["", f"*{label('shared_part', note.part)}*", "", text]
    return lines[1:] if lines else ["*" + Summary.tr("No notes are marked shareable.") + "*"]


def summary_markdown(summary: AgreementSummary, hide_notes: bool = False) -> str:
    """The one-page summary as Markdown; every piece of user text is escaped. With
    `hide_notes` the texts of the shared notes are left out (the privacy screen's
    preview; never what is saved or copied)."""
    agreement = summary.agreement
    name = escape_inline(agreement.person_name)
    parts = [
        "# " + Summary.tr("Our mentorship agreement with {name}").format(name=name),
        "",
        "## " + Summary.tr("Terms"),
        "",
        *_terms(agreement, name),
        "",
        "## " + Summary.tr("Objectives"),
        "",
        *_objectives(summary),
        "",
        "## " + Summary.tr("What we expect"),
        "",
        "**" + Summary.tr("What I expect") + "**",
        "",
        _text_or_none(agreement.my_expectations),
        "",
        "**" + Summary.tr("What {name} expects").format(name=name) + "**",
        "",
        _text_or_none(agreement.their_expectations),
        "",
        "## " + Summary.tr("Boundaries and confidentiality"),
        "",
        _text_or_none(agreement.boundaries),
        "",
        "## " + Summary.tr("Open action items"),
        "",
        *_actions(summary.open_actions, name),
        "",
        "## " + Summary.tr("Shared notes"),
        "",
        *_notes(summary.shared_notes, hide_notes),
    ]
    return "\n".join(parts).rstrip() + "\n"


# --- documents and files --------------------------------------------------------------


def style_document(document: QTextDocument) -> None:
    """Headings a little smaller than Markdown's defaults, with room above them, so that
    a summary reads calmly and fits one page."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        style = HEADING_STYLE.get(block.blockFormat().headingLevel())
        if style is not None:
            size, top, bottom = style
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            characters = QTextCharFormat()
            characters.setProperty(QTextFormat.Property.FontSizeAdjustment, size)
            cursor.mergeCharFormat(characters)
            spacing = block.blockFormat()
            spacing.setTopMargin(top)
            spacing.setBottomMargin(bottom)
            cursor.setBlockFormat(spacing)
        block = block.next()


def show_markdown(document: QTextDocument, markdown: str) -> None:
    """Fill `document` with the Markdown as the summary reads: the preview and the PDF."""
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    style_document(document)


def summary_document(markdown: str, font: QFont | None = None) -> QTextDocument:
    """The Markdown laid out as the preview and the PDF show it."""
    document = QTextDocument()
    if font is not None:
        document.setDefaultFont(font)
    show_markdown(document, markdown)
    return document


def pdf_font() -> QFont:
    """The system font at a size that reads well on paper."""
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    font.setPointSizeF(PDF_FONT_POINTS)
    return font


def pdf_bytes(markdown: str, title: str = "") -> bytes:
    """The Markdown as a PDF on A4 pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION_DPI)
    margins = QMarginsF(PDF_MARGINS_MM, PDF_MARGINS_MM, PDF_MARGINS_MM, PDF_MARGINS_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("NetJournal")
    writer.setTitle(title)
    document = summary_document(markdown, pdf_font())
    # Laid out at a known resolution (not the screen's, which differs from one machine
    # to the next) on a page the size of the area inside the margins: printing then
    # scales it onto the page as it is, with no page numbers added.
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    device.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(area.width(), area.height()) * (LAYOUT_DPI / 72))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_pdf(markdown: str, path: Path) -> None:
    """Write the Markdown as a PDF to `path`; OSError when the file cannot be written."""
    document = summary_document(markdown)  # kept: a block outlives no document
    title = document.begin().text()
    path.write_bytes(pdf_bytes(markdown, title))


def write_markdown(markdown: str, path: Path) -> None:
    """Write the Markdown to `path` as UTF-8; OSError when the file cannot be written."""
    path.write_text(markdown, encoding="utf-8")


def private_note_count(journal: Journal, agreement: Agreement) -> int:
    """How many notes of the agreement's entries are private (and so left out): each
    agenda, notes, takeaways and review part with text that is not marked shareable."""
    reviews = {review.entry_id: review for review in agreement.reviews}
    count = 0
    cursor = None
    while True:
        page = journal.entries.page(cursor=cursor, limit=200, agreement_id=agreement.id)
        for entry_id in page.ids:
            review = reviews.get(entry_id)
            if review is not None:
                if not review.shareable:
                    texts = (review.what_works, review.what_to_change, review.notes)
                    count += sum(1 for text in texts if text.strip())
                continue
            session = journal.mentorships.session(entry_id)
            parts = (
                (session.agenda, session.agenda_shareable),
                (session.notes, session.notes_shareable),
                (session.takeaways, session.takeaways_shareable),
            )
            count += sum(1 for text, shared in parts if text.strip() and not shared)
        if page.complete or page.cursor is None:
            return count
        cursor = page.cursor


def file_name(agreement: Agreement, suffix: str) -> str:
    """A file name for the summary that any system accepts."""
    name = Summary.tr("Mentorship agreement with {name}").format(name=agreement.person_name)
    cleaned = " ".join(_NOT_IN_FILE_NAMES.sub(" ", name).split()).strip(". ")
    return (cleaned or Summary.tr("Mentorship agreement")) + suffix


# --- the dialog -----------------------------------------------------------------------


class SummaryDialog(QDialog):
    """The summary as it will be shared, and the buttons that save or copy it.

    The preview is `setMarkdown` of the very string that is saved, but for the texts of
    the shared notes while the privacy screen is on (a muted line stands in each; what is
    saved or copied is whole). File names are asked through `ask_markdown_path` and
    `ask_pdf_path`, which tests replace; a file that cannot be written is said in the
    dialog.
    """

    def __init__(
        self,
        journal: Journal,
        agreement_id: int,
        parent: QWidget | None = None,
        *,
        privacy: PrivacyScreen | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.agreement_id = agreement_id
        self.privacy_screen = privacy
        self.setObjectName("summaryDialog")
        self.summary = journal.mentorships.summary(agreement_id)
        self.agreement = self.summary.agreement
        self.markdown = summary_markdown(self.summary)
        self.private_notes = private_note_count(journal, self.agreement)
        self.setWindowTitle(
            self.tr("Summary to share with {name}").format(name=self.agreement.person_name)
        )

        self.explanation = QLabel(self)
        self.explanation.setObjectName("summaryPrivacy")
        self.explanation.setWordWrap(True)
        self.explanation.setText(self._privacy_text())

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("summaryPreview")
        self.preview.setAccessibleName(self.tr("The summary, as it will be shared"))
        self.preview.setOpenLinks(False)  # offline: nothing here opens a browser
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setDocumentMargin(16)
        self.show_preview()
        if privacy is not None:
            privacy.changed.connect(self._on_privacy_changed)

        self.status = muted("", self)
        self.status.setObjectName("summaryStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.save_markdown_button = QPushButton(self.tr("Save as &Markdown…"), self)
        self.save_markdown_button.setAccessibleName(self.tr("Save as Markdown"))
        self.save_markdown_button.clicked.connect(lambda _=False: self.save_markdown())
        self.save_pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_pdf_button.clicked.connect(lambda _=False: self.save_pdf())
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the summary"))
        self.copy_button.setToolTip(self.tr("Copies it as Markdown, and formatted where pasted"))
        self.copy_button.clicked.connect(lambda _=False: self.copy())
        for button in (self.save_markdown_button, self.save_pdf_button, self.copy_button):
            button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.save_markdown_button)
        buttons_row.addWidget(self.save_pdf_button)
        buttons_row.addWidget(self.copy_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.explanation)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons_row)
        self.preview.moveCursor(QTextCursor.MoveOperation.Start)
        self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, 820, 740)

    def preview_markdown(self) -> str:
        """What the preview shows: the summary, its notes' texts hidden behind the screen."""
        if screened(self.privacy_screen):
            return summary_markdown(self.summary, hide_notes=True)
        return self.markdown

    def show_preview(self) -> None:
        show_markdown(self.preview.document(), self.preview_markdown())

    def _on_privacy_changed(self, _hidden: bool) -> None:
        position = self.preview.verticalScrollBar().value()
        self.show_preview()
        self.preview.verticalScrollBar().setValue(position)

    def _privacy_text(self) -> str:
        if self.private_notes == 1:
            left_out = self.tr("1 private note was left out.")
        elif self.private_notes:
            left_out = self.tr("%n private notes were left out.", None, self.private_notes)
        else:
            left_out = self.tr("this agreement has no private notes.")
        return self.tr(
            "This is exactly what will be shared with {name}. Only notes marked shareable are "
            "in it; {left_out}"
        ).format(name=self.agreement.person_name, left_out=left_out)

    # --- asking (tests replace these) ---------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / file_name(self.agreement, suffix))

    def ask_markdown_path(self) -> Path | None:
        """Where to save the Markdown, or None when the user cancels."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the summary as Markdown"),
            self._suggested(".md"),
            self.tr("Markdown (*.md)"),
        )
        return Path(path) if path else None

    def ask_pdf_path(self) -> Path | None:
        """Where to save the PDF, or None when the user cancels."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the summary as PDF"),
            self._suggested(".pdf"),
            self.tr("PDF (*.pdf)"),
        )
        return Path(path) if path else None

    # --- doing --------------------------------------------------------------------------

    def save_markdown(self) -> Path | None:
        path = self.ask_markdown_path()
        if path is None:
            return None
        return self._write(path, lambda: write_markdown(self.markdown, path))

    def save_pdf(self) -> Path | None:
        path = self.ask_pdf_path()
        if path is None:
            return None
        return self._write(path, lambda: write_pdf(self.markdown, path))

    def _write(self, path: Path, write: Callable[[], None]) -> Path | None:
        try:
            write()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.show_status(
                self.tr("Could not save “{name}”: {reason}.").format(name=path.name, reason=reason),
                error=True,
            )
            return None
        self.show_status(self.tr("Saved to {path}").format(path=str(path)))
        return path

    def copy(self) -> None:
        """The summary on the clipboard, as Markdown text (mail and chat programs take it).

        Not as QMimeData with an HTML flavour too: PySide6 6.11 then crashes when the
        application quits with it still on the clipboard.
        """
        QGuiApplication.clipboard().setText(self.markdown)
        self.show_status(self.tr("Copied to the clipboard."))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.show()


def open_summary_dialog(
    journal: Journal,
    parent: QWidget,
    agreement_id: int,
    *,
    privacy: PrivacyScreen | None = None,
) -> SummaryDialog:
    """Show the summary (window-modal, deleted when closed) and return it; its shared
    notes hide in the preview while the privacy screen is on."""
    return open_window_modal(SummaryDialog(journal, agreement_id, parent, privacy=privacy))
