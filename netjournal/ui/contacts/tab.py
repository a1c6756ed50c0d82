"""`ContactsTab`: the people of the journal, searchable, with one person beside the list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from netjournal.journal import Journal
from netjournal.ui.format import (
    DueStatus,
    cadence,
    format_date,
    format_date_long,
    local_date,
    relative_day,
)
from netjournal.ui.labels import label
from netjournal.ui.models.people import PeopleTableModel
from netjournal.ui.models.timeline import entry_heading
from netjournal.ui.widgets.delegates import ChipDelegate
from netjournal.ui.widgets.detail import esc, paragraphs
from netjournal.ui.widgets.list_tab import ListTab

# How many of a person's newest entries the detail pane lists.
RECENT_ENTRIES = 8


class ContactsTab(ListTab):
    """People sorted by name, organization, last contact or next check-in."""

    settings_group = "Contacts"

    def __init__(self, journal: Journal, page_size: int = 200, parent: QWidget | None = None):
        super().__init__(journal, PeopleTableModel(journal, page_size), parent)
        self.model: PeopleTableModel
        self.view.setObjectName("contactsTable")
        self.view.setAccessibleName(self.tr("People"))
        chips = ChipDelegate(self.view)
        for key in ("tags", "next_due"):
            self.view.setItemDelegateForColumn(self.model.column_index(key), chips)
        self.set_column_widths(
            {"name": 18, "organization": 36, "tags": 20, "last_contact": self.tr("11 months ago")}
        )
        # The list has five columns to show; the detail pane reads fine narrower.
        self.set_initial_split(0.72)

    def empty_message(self) -> tuple[str, str]:
        if self.model.search_text:
            return (
                self.tr("No one matches “{text}”").format(text=self.model.search_text),
                self.tr("Search looks in names, organizations, roles, tags, skills and notes."),
            )
        return (
            self.tr("No people yet"),
            self.tr("People you add, or import from a vCard or CSV file, are listed here."),
        )

    def placeholder(self) -> str:
        return self.tr("Select a person to read about them here.")

    def show_detail(self, item_id: int) -> None:
        person = self.journal.people.get(item_id)
        subtitle = " · ".join(p for p in (person.pronouns, person.role, person.organization) if p)
        methods = {}
        for method in person.contact_methods:
            methods.setdefault(method.kind, []).append(
                f"{method.value} ({method.label})" if method.label else method.value
            )
        met = ", ".join(p for p in (person.met_how, person.met_where) if p)
        if person.met_on:
            met = f"{met} — {format_date(person.met_on)}" if met else format_date(person.met_on)
        last = (
            f"{relative_day(local_date(person.last_contact_at))} "
            f"({format_date_long(local_date(person.last_contact_at))})"
            if person.last_contact_at
            else ""
        )
        status = DueStatus.of(person.next_due_on)
        due = (
            f"{status.label}: {relative_day(person.next_due_on)} "
            f"({format_date(person.next_due_on)})"
            if person.next_due_on and status
            else ""
        )
        facts = [
            *((label("contact_kind", kind), "\n".join(values)) for kind, values in methods.items()),
            (self.tr("Tags"), ", ".join(t.name for t in person.tags)),
            (self.tr("Met"), met),
            (self.tr("Keep in touch"), cadence(person.cadence_days)),
            (self.tr("Last contact"), last),
            (self.tr("Next check-in"), due),
            (self.tr("Offers"), ", ".join(person.skills_offered)),
            (self.tr("Looking for"), ", ".join(person.skills_sought)),
            (
                self.tr("As a potential mentor"),
                label("outreach", person.potential_mentor_stage)
                if person.potential_mentor_stage
                else "",
            ),
        ]
        entries = self.journal.entries.of_person(item_id, limit=RECENT_ENTRIES)
        recent = "".join(
            f"<p>{esc(format_date(e.occurred_at))} · {esc(label('entry_kind', e.kind))} · "
            f"{esc(entry_heading(e))}</p>"
            for e in entries
        )
        self.detail.show_document(
            person.display_name,
            subtitle,
            facts,
            [(self.tr("Notes"), paragraphs(person.notes)), (self.tr("Recent entries"), recent)],
        )
