"""The Network tab: what the journal says about the network as a whole.

Four views side by side, each reading the journal only when first shown and after
a change: Give & Get (who helped whom, one-sided relationships first), Matches (skills
that meet), the Map (people linked by shared goals and mentorships) and Insights
(charts over time). Their requests to open a person, goal or agreement go up to the
window, which switches to that tab.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from netjournal.journal import Journal
from netjournal.ui.network.give_get import GiveGetView
from netjournal.ui.network.insights import InsightsView
from netjournal.ui.network.map_view import NetworkMapView
from netjournal.ui.network.matches import MatchesView

GIVE_GET, MATCHES, MAP, INSIGHTS = range(4)


class NetworkTab(QWidget):
    """Give & Get, Matches, Map and Insights, one at a time."""

    show_person = Signal(int)
    show_goal = Signal(int)
    show_agreement = Signal(int)
    new_goal_requested = Signal()
    log_requested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkTab")
        self.give_get = GiveGetView(journal, self)
        self.matches = MatchesView(journal, self)
        self.map = NetworkMapView(journal, self)
        self.insights = InsightsView(journal, self)
        self.views = QTabWidget(self)
        self.views.setObjectName("networkViews")
        self.views.setDocumentMode(True)
        self.views.setAccessibleName(self.tr("Network views"))
        self.views.addTab(self.give_get, self.tr("Give && Get"))
        self.views.addTab(self.matches, self.tr("Matches"))
        self.views.addTab(self.map, self.tr("Map"))
        self.views.addTab(self.insights, self.tr("Insights"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

        self.give_get.show_person.connect(self.show_person)
        self.matches.show_person.connect(self.show_person)
        self.matches.show_goal.connect(self.show_goal)
        self.map.show_person.connect(self.show_person)
        self.map.show_goal.connect(self.show_goal)
        self.map.show_agreement.connect(self.show_agreement)
        self.map.new_goal.connect(self.new_goal_requested)
        self.insights.show_agreement.connect(self.show_agreement)
        self.insights.log_requested.connect(self.log_requested)

    def show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)

    def current_view(self) -> int:
        return self.views.currentIndex()

    def shutdown(self) -> None:
        """Stop the views' listeners, timers and the map's layout thread."""
        for view in (self.give_get, self.matches, self.map, self.insights):
            view.shutdown()
