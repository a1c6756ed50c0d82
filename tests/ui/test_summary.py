"""The one-page summary of an agreement: what it says, and the privacy promise — no
private note reaches the Markdown, the preview, the saved file or the PDF."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.mentorships.summary import (
    SummaryDialog,
    escape_block,
    escape_inline,
    open_summary_dialog,
    summary_document,
    summary_markdown,
    write_pdf,
)

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

PRIVATE = "PRIVATE-7Q"
SHARED = "SHARED-3K"


def days_ago(days: int, hour: int = 15) -> datetime:
    day = date.today() - timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, 0).astimezone()


def normal_agreement(journal: Journal, name: str = "Mei Tanaka") -> int:
    """An agreement as people keep them: terms, two objectives, a few sessions."""
    person = journal.people.create(name).id
    goals = [
        journal.goals.create("Summer internship in data science", "internship").id,
        journal.goals.create(
            "Pass the statistics exam", "exam", target_on=date.today() + timedelta(days=60)
        ).id,
    ]
    return journal.mentorships.create(
        person,
        "mentee",
        status="active",
        formal=True,
        program="Alumni mentor network",
        started_on=date.today() - timedelta(days=120),
        ends_on=date.today() + timedelta(days=240),
        review_on=date.today() + timedelta(days=20),
        cadence_days=14,
        channel="Video call",
        my_expectations="Come with one question and one update; share drafts two days ahead.",
        their_expectations="Candid feedback on CVs and interviews; introductions when useful.",
        boundaries="What we discuss stays between us. No calls after 8 pm.",
        goal_ids=goals,
    ).id


def private_and_shared_notes(journal: Journal, agreement_id: int) -> int:
    """The marker PRIVATE-7Q in private notes of every kind, SHARED-3K in shareable ones;
    how many private notes there are."""
    person = journal.mentorships.get(agreement_id).person_id
    journal.mentorships.log_session(
        agreement_id,
        days_ago(30),
        title="First session",
        agenda=f"{PRIVATE} private agenda",
        notes=f"{PRIVATE} private session note",
        takeaways=f"{SHARED} shared takeaway",
        takeaways_shareable=True,
        actions=[{"title": "Send the CV", "owner": "me", "due_on": date.today()}],
    )
    journal.mentorships.log_session(
        agreement_id,
        days_ago(16),
        title="Second session",
        agenda=f"{SHARED} shared agenda",
        notes=f"{SHARED} shared session note",
        takeaways=f"{PRIVATE} private takeaway",
        agenda_shareable=True,
        notes_shareable=True,
        actions=[{"title": "Introduce a recruiter", "owner": "them", "due_on": None}],
    )
    journal.mentorships.review(
        agreement_id,
        days_ago(10),
        "keep",
        what_works=f"{PRIVATE} private what works",
        what_to_change=f"{PRIVATE} private what to change",
        notes=f"{PRIVATE} private review notes",
        shareable=False,
    )
    journal.mentorships.review(
        agreement_id,
        days_ago(5),
        "keep",
        what_works=f"{SHARED} shared what works",
        shareable=True,
    )
    journal.entries.log(
        "note",
        days_ago(3),
        [person],
        body=f"{PRIVATE} private reflection",
        agreement_id=agreement_id,
        shareable=False,
    )
    journal.entries.log(
        "note",
        days_ago(2),
        [person],
        body=f"{SHARED} shared reflection",
        agreement_id=agreement_id,
        shareable=True,
    )
    return 2 + 1 + 3 + 1  # two of the first session, one of the second, three, one


def pdf_text(path: Path) -> tuple[int, str]:
    """The number of pages and all their text, with the spaces taken out."""
    reader = pypdf.PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), "".join(text.split())


def show(dialog: SummaryDialog, qtbot: QtBot) -> SummaryDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_no_private_note_reaches_the_summary_the_preview_the_file_or_the_pdf(
    journal: Journal, qtbot: QtBot, tmp_path: Path
) -> None:
    agreement_id = normal_agreement(journal)
    private_notes = private_and_shared_notes(journal, agreement_id)
    shared_pieces = 5  # a takeaway, an agenda, a session note, what works, a reflection

    markdown = summary_markdown(journal.mentorships.summary(agreement_id))
    assert PRIVATE not in markdown
    assert markdown.count(SHARED) == shared_pieces

    dialog = show(SummaryDialog(journal, agreement_id), qtbot)
    assert dialog.markdown == markdown
    preview = dialog.preview.toPlainText()
    assert preview.count(SHARED) == shared_pieces
    assert PRIVATE not in preview
    assert PRIVATE not in dialog.preview.document().toHtml()
    # The preview is exactly what is saved: the same Markdown, laid out the same way.
    assert preview == summary_document(markdown).toPlainText()
    assert "Only notes marked shareable are in it" in dialog.explanation.text()
    assert f"{private_notes} private notes were left out" in dialog.explanation.text()

    saved_md = tmp_path / "summary.md"
    saved_pdf = tmp_path / "summary.pdf"
    dialog.ask_markdown_path = lambda: saved_md  # type: ignore[method-assign]
    dialog.ask_pdf_path = lambda: saved_pdf  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.save_markdown_button, Qt.MouseButton.LeftButton)
    assert saved_md.read_text(encoding="utf-8") == markdown
    assert dialog.status.text() == f"Saved to {saved_md}"
    qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == f"Saved to {saved_pdf}"
    pages, text = pdf_text(saved_pdf)
    assert pages <= 2
    assert text.count(SHARED) == shared_pieces
    assert PRIVATE not in text
    assert PRIVATE.encode() not in saved_pdf.read_bytes()
    # …and the copy on the clipboard.
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == markdown


def test_the_summary_says_what_was_agreed(journal: Journal) -> None:
    agreement_id = normal_agreement(journal)
    journal.mentorships.add_action(
        "Book a mock interview", "me", due_on=date(2031, 3, 4), agreement_id=agreement_id
    )
    journal.mentorships.add_action("Send two contacts", "them", agreement_id=agreement_id)
    done = journal.mentorships.add_action("Already done", agreement_id=agreement_id)
    journal.mentorships.complete_action(done.id)
    journal.mentorships.log_session(
        agreement_id,
        datetime(2030, 11, 9, 15, 0).astimezone(),
        title="CV review",
        agenda="CV first\nthen interviews",
        agenda_shareable=True,
    )
    markdown = summary_markdown(journal.mentorships.summary(agreement_id))
    text = summary_document(markdown).toPlainText()
    assert text.splitlines()[0] == "Our mentorship agreement with Mei Tanaka"
    for expected in (
        "Roles: Mei Tanaka is the mentor; I am the mentee.",
        "Kind: Formal, through Alumni mentor network",
        "Status: Active",
        "We meet: every 2 weeks",
        "Channel: Video call",
        "Summer internship in data science — Active",
        "Pass the statistics exam — Active · target date",
        "Come with one question and one update",
        "What Mei Tanaka expects",
        "Candid feedback on CVs",
        "No calls after 8 pm.",
        "Book a mock interview — Me · due 3/4/2031",
        "Send two contacts — Mei Tanaka",
        "11/9/2030 · Mentoring session · CV review",
        "Agenda",
        "CV first\nthen interviews",
    ):
        assert expected in text, expected
    assert "Already done" not in text  # only open action items


def test_a_normal_agreement_fits_one_a4_page(journal: Journal, tmp_path: Path) -> None:
    agreement_id = normal_agreement(journal)
    for number in range(3):
        journal.mentorships.add_action(
            f"Action {number}", "me", due_on=date(2031, 1, 1), agreement_id=agreement_id
        )
    for days in (40, 26, 12):
        journal.mentorships.log_session(
            agreement_id,
            days_ago(days),
            title=f"Session {days} days ago",
            takeaways="Lead with results.\nAsk for introductions.",
            takeaways_shareable=True,
        )
    path = tmp_path / "summary.pdf"
    write_pdf(summary_markdown(journal.mentorships.summary(agreement_id)), path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    assert reader.metadata is not None
    assert reader.metadata.title == "Our mentorship agreement with Mei Tanaka"


def test_user_text_with_markdown_characters_does_not_break_the_layout(
    journal: Journal,
) -> None:
    person = journal.people.create("*Ana* _Silva_").id
    agreement_id = journal.mentorships.create(
        person,
        "mentor",
        status="active",
        channel="[a link](http://example.org) <b>bold</b>",
        my_expectations="# Not a heading\n- not a list\n1. not numbered\n    not code\n---",
        boundaries="a | b | c\n|---|---|\n`tick` ~~strike~~ &amp; \\",
    ).id
    journal.mentorships.log_session(
        agreement_id,
        days_ago(1),
        title="## Notes & *stars*",
        notes="> not a quote\n+ plus\n===",
        notes_shareable=True,
    )
    markdown = summary_markdown(journal.mentorships.summary(agreement_id))
    document = summary_document(markdown)
    text = document.toPlainText()
    # Every piece of user text reads exactly as typed…
    for typed in (
        "Our mentorship agreement with *Ana* _Silva_",
        "I am the mentor; *Ana* _Silva_ is the mentee.",
        "[a link](http://example.org) <b>bold</b>",
        "# Not a heading\n- not a list\n1. not numbered\n    not code\n---",
        "a | b | c\n|---|---|\n`tick` ~~strike~~ &amp; \\",
        "## Notes & *stars*",
        "> not a quote\n+ plus\n===",
    ):
        assert typed in text, typed
    # …and the layout is only the summary's own: its headings, its lists, no table, no
    # rule, no code block. (A web address typed stays a web address: a link.)
    headings = []
    list_items = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings.append((block.blockFormat().headingLevel(), block.text()))
        if block.textList() is not None:
            list_items += 1
        assert not block.blockFormat().nonBreakableLines()  # not a code block
        block = block.next()
    assert [level for level, _ in headings] == [1, 2, 2, 2, 2, 2, 2, 3]
    assert headings[-1][1].endswith("## Notes & *stars*")
    assert list_items == 4  # roles, kind, status, channel: the terms' own list
    assert document.rootFrame().childFrames() == []  # no table
    assert "<hr" not in document.toHtml()


def test_escaping_keeps_text_as_typed() -> None:
    for typed in ("*Ana*", "C# and C++", "1. first", "- dash", "a_b_c", "<i>x</i>", "50%"):
        assert summary_document(escape_inline(typed)).toPlainText() == typed
    # Line breaks and paragraphs are kept; leading spaces too (not as a code block).
    document = summary_document(escape_block("one\n\ntwo\n    three"))
    assert document.toPlainText() == "one\ntwo\n    three"
    assert not document.lastBlock().blockFormat().nonBreakableLines()
    assert escape_block("  \n\n") == ""


def test_saving_where_it_cannot_be_written_is_said_in_the_dialog(
    journal: Journal, qtbot: QtBot, tmp_path: Path
) -> None:
    agreement_id = normal_agreement(journal)
    dialog = show(SummaryDialog(journal, agreement_id), qtbot)
    missing = tmp_path / "no such folder" / "summary.md"
    dialog.ask_markdown_path = lambda: missing  # type: ignore[method-assign]
    dialog.ask_pdf_path = lambda: tmp_path  # type: ignore[method-assign]  # a folder
    qtbot.mouseClick(dialog.save_markdown_button, Qt.MouseButton.LeftButton)
    assert dialog.status.isVisible()
    assert dialog.status.text() == "Could not save “summary.md”: No such file or directory."
    qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    assert re.match(rf"Could not save “{tmp_path.name}”: Is a directory\.", dialog.status.text())
    assert not missing.exists()
    # Cancelling the file dialog does nothing.
    dialog.ask_markdown_path = lambda: None  # type: ignore[method-assign]
    assert dialog.save_markdown() is None


def test_an_agreement_with_nothing_private_says_so(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = normal_agreement(journal)
    dialog = show(SummaryDialog(journal, agreement_id), qtbot)
    assert dialog.explanation.text().endswith("this agreement has no private notes.")
    assert "No notes are marked shareable." in dialog.preview.toPlainText()


def test_open_summary_dialog_is_window_modal_and_deleted_when_closed(
    journal: Journal, qtbot: QtBot
) -> None:
    agreement_id = normal_agreement(journal)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_summary_dialog(journal, parent, agreement_id)
    qtbot.waitExposed(dialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Summary to share with Mei Tanaka"
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()


def test_the_preview_opens_no_links(journal: Journal, qtbot: QtBot) -> None:
    agreement_id = normal_agreement(journal)
    dialog = show(SummaryDialog(journal, agreement_id), qtbot)
    assert not dialog.preview.openLinks()
    assert not dialog.preview.openExternalLinks()
    assert isinstance(dialog.preview.document(), QTextDocument)
