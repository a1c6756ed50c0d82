"""Open an entry in the dialog that edits it: a mentorship's session or review in its own
form (agenda, takeaways, action items; what works, what to change), the rest in the
entry dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from netjournal.journal import Journal
from netjournal.journal.vocab import EntryKind
from netjournal.ui.entries.dialog import open_entry_dialog
from netjournal.ui.mentorships.review import open_review_dialog
from netjournal.ui.mentorships.session import open_session_dialog
from netjournal.ui.widgets.privacy import PrivacyScreen


def open_any_entry(
    journal: Journal, parent: QWidget, entry_id: int, *, privacy: PrivacyScreen | None = None
) -> QDialog:
    """Show the dialog that edits this entry (window-modal) and return it; its notes
    hide while the window's privacy screen is on."""
    entry = journal.entries.get(entry_id)
    if entry.agreement_id is not None:
        if journal.mentorships.review_of(entry_id) is not None:
            return open_review_dialog(journal, parent, entry_id=entry_id, privacy=privacy)
        if entry.kind == EntryKind.SESSION:
            return open_session_dialog(journal, parent, entry_id=entry_id, privacy=privacy)
    return open_entry_dialog(journal, parent, entry_id, privacy=privacy)
