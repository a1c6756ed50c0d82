"""Table models over the domain API: ids in list order, rows fetched in pages."""

from netjournal.ui.models.agreements import AgreementsTableModel
from netjournal.ui.models.base import Batch, Chip, Column, IdTableModel, Role
from netjournal.ui.models.goals import GoalsTableModel
from netjournal.ui.models.people import PeopleTableModel

__all__ = [
    "AgreementsTableModel",
    "Batch",
    "Chip",
    "Column",
    "GoalsTableModel",
    "IdTableModel",
    "PeopleTableModel",
    "Role",
]
