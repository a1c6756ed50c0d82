"""`TimelineTab`: every entry of the journal, newest first, searchable."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from netjournal.journal import Journal
from netjournal.ui.format import format_date, format_date_long
from netjournal.ui.labels import label
from netjournal.ui.models.timeline import TimelineTableModel
from netjournal.ui.widgets.detail import paragraphs
from netjournal.ui.widgets.list_tab import ListTab


class TimelineTab(ListTab):
    """Entries by date or kind; the selected one beside the list."""

    settings_group = "Timeline"

    def __init__(self, journal: Journal, page_size: int = 200, parent: QWidget | None = None):
        super().__init__(journal, TimelineTableModel(journal, page_size), parent)
        self.model: TimelineTableModel
        self.view.setObjectName("timelineTable")
        self.view.setAccessibleName(self.tr("Timeline entries"))
        self.set_column_widths(
            {"occurred": format_date(date(2026, 12, 28)), "kind": 18, "title": 42}
        )
        self.set_initial_split()

    def empty_message(self) -> tuple[str, str]:
        if self.model.search_text:
            return (
                self.tr("No entries match “{text}”").format(text=self.model.search_text),
                self.tr("Search looks in the titles and notes of entries."),
            )
        return (
            self.tr("No entries yet"),
            self.tr("Log a meeting, a coffee, a call or a note and it appears here."),
        )

    def placeholder(self) -> str:
        return self.tr("Select an entry to read it here.")

    def show_detail(self, item_id: int) -> None:
        entry = self.journal.entries.get(item_id)
        row = self.model.record(item_id) if self.model.row_of(item_id) is not None else None
        names = [name for _, name in row.participants] if row else []
        title = entry.title or label("entry_kind", entry.kind)
        subtitle = f"{label('entry_kind', entry.kind)} · {format_date_long(entry.occurred_at)}"
        mentorship = (
            self.journal.mentorships.get(entry.agreement_id).person_name
            if entry.agreement_id is not None
            else ""
        )
        goals = ", ".join(self.journal.goals.get(goal_id).title for goal_id in entry.goal_ids)
        facts = [
            (self.tr("With"), ", ".join(names)),
            (self.tr("Mentorship"), mentorship),
            (self.tr("Goals"), goals),
            (self.tr("Who helped"), label("helped", entry.helped) if entry.helped else ""),
            (self.tr("Follow up"), format_date(entry.follow_up_on) if entry.follow_up_on else ""),
        ]
        self.detail.show_document(
            title, subtitle, facts, [(self.tr("Notes"), paragraphs(entry.body))]
        )
