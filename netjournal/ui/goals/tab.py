"""`GoalsTab`: goals, their milestones and the people who share them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from netjournal.journal import Journal
from netjournal.ui.format import format_date
from netjournal.ui.labels import label
from netjournal.ui.models.goals import GoalsTableModel
from netjournal.ui.widgets.delegates import ChipDelegate, ProgressDelegate
from netjournal.ui.widgets.detail import esc, paragraphs
from netjournal.ui.widgets.list_tab import ListTab


class GoalsTab(ListTab):
    """Goals by target date, title, status, category or progress."""

    settings_group = "Goals"

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(journal, GoalsTableModel(journal), parent)
        self.model: GoalsTableModel
        self.view.setObjectName("goalsTable")
        self.view.setAccessibleName(self.tr("Goals"))
        self.view.setItemDelegateForColumn(
            self.model.column_index("status"), ChipDelegate(self.view)
        )
        self.view.setItemDelegateForColumn(
            self.model.column_index("progress"), ProgressDelegate(self.view)
        )
        self.fit_columns()
        self.set_column_widths({"progress": 18})
        self.set_initial_split()

    def empty_message(self) -> tuple[str, str]:
        return (
            self.tr("No goals yet"),
            self.tr("Scholarships, internships, exams: goals you add, and share, are listed here."),
        )

    def placeholder(self) -> str:
        return self.tr("Select a goal to read about it here.")

    def show_detail(self, item_id: int) -> None:
        goal = self.journal.goals.get(item_id)
        subtitle = " · ".join(
            (
                label("goal_category", goal.category),
                label("horizon", goal.horizon),
                label("goal_status", goal.status),
            )
        )
        row = self.model.record(item_id) if self.model.row_of(item_id) is not None else None
        facts = [
            (self.tr("Target date"), format_date(goal.target_on) if goal.target_on else ""),
            (self.tr("Started"), format_date(goal.start_on) if goal.start_on else ""),
            (self.tr("Achieved"), format_date(goal.achieved_on) if goal.achieved_on else ""),
            (self.tr("Progress"), f"{row.progress_percent}%" if row else ""),
            (self.tr("Skills"), ", ".join(goal.skills)),
        ]
        milestones = "".join(
            "<p>{mark} {title}{due}</p>".format(
                mark="✓" if m.done_on else "○",
                title=esc(m.title),
                due=esc(f" — {format_date(m.due_on)}") if m.due_on and not m.done_on else "",
            )
            for m in goal.milestones
        )
        members = "".join(
            f"<p>{esc(m.display_name)} · {esc(label('member_role', m.role))}</p>"
            for m in goal.members
        )
        self.detail.show_document(
            goal.title,
            subtitle,
            facts,
            [
                (self.tr("Why it matters"), paragraphs(goal.why)),
                (self.tr("Milestones"), milestones),
                (self.tr("Shared with"), members),
            ],
        )
