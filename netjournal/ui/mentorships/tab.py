"""`MentorshipsTab`: agreements where I mentor, am mentored, or learn with a peer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from netjournal.journal import Journal
from netjournal.ui.format import cadence, format_date
from netjournal.ui.labels import label
from netjournal.ui.models.agreements import AgreementsTableModel
from netjournal.ui.widgets.delegates import ChipDelegate
from netjournal.ui.widgets.detail import esc, paragraphs
from netjournal.ui.widgets.list_tab import ListTab


class MentorshipsTab(ListTab):
    """Agreements by person, role, status, start or last session."""

    settings_group = "Mentorships"

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(journal, AgreementsTableModel(journal), parent)
        self.model: AgreementsTableModel
        self.view.setObjectName("mentorshipsTable")
        self.view.setAccessibleName(self.tr("Mentorship agreements"))
        self.view.setItemDelegateForColumn(
            self.model.column_index("status"), ChipDelegate(self.view)
        )
        self.fit_columns()
        self.set_initial_split()

    def empty_message(self) -> tuple[str, str]:
        return (
            self.tr("No mentorships yet"),
            self.tr("Agreements with a mentor, a mentee or a peer are listed here."),
        )

    def placeholder(self) -> str:
        return self.tr("Select an agreement to read it here.")

    def show_detail(self, item_id: int) -> None:
        agreement = self.journal.mentorships.get(item_id)
        kind = (
            (agreement.program or self.tr("Formal program"))
            if agreement.formal
            else self.tr("Informal")
        )
        subtitle = " · ".join(
            (
                label("my_role", agreement.my_role),
                label("agreement_status", agreement.status),
                kind,
            )
        )
        facts = [
            (self.tr("Started"), format_date(agreement.started_on) if agreement.started_on else ""),
            (self.tr("Ends"), format_date(agreement.ends_on) if agreement.ends_on else ""),
            (self.tr("Review"), format_date(agreement.review_on) if agreement.review_on else ""),
            (self.tr("Meets"), cadence(agreement.cadence_days)),
            (self.tr("Channel"), agreement.channel),
        ]
        actions = "".join(
            "<p>○ {title} · {owner}{due}</p>".format(
                title=esc(a.title),
                owner=esc(label("owner", a.owner)),
                due=esc(f" · {format_date(a.due_on)}") if a.due_on else "",
            )
            for a in self.journal.mentorships.actions(open_only=True, agreement_id=item_id)
        )
        self.detail.show_document(
            agreement.person_name,
            subtitle,
            facts,
            [
                (self.tr("What I expect"), paragraphs(agreement.my_expectations)),
                (self.tr("What they expect"), paragraphs(agreement.their_expectations)),
                (self.tr("Boundaries and confidentiality"), paragraphs(agreement.boundaries)),
                (self.tr("Open action items"), actions),
            ],
        )
