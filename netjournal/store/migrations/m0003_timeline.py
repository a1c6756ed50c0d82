"""The unified timeline: an index for the date order of every kind of dated thing.

Each branch of the timeline reads its rows newest first from one index range and
starts a page right after the last row shown, so these indexes are (date, id).
Milestones and action items already had (done_on) indexes, which carry the rowid.
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    "CREATE INDEX goal_created ON goal (created_at, id)",
    "CREATE INDEX goal_achieved ON goal (achieved_on, id) WHERE achieved_on IS NOT NULL",
    "CREATE INDEX agreement_started ON agreement (started_on, id) WHERE started_on IS NOT NULL",
    "CREATE INDEX agreement_ended ON agreement (ends_on, id)"
    " WHERE status IN ('completed', 'ended', 'declined') AND ends_on IS NOT NULL",
    # Ended without an end date: ordered by the revision that ended them, so only found here.
    "CREATE INDEX agreement_ended_undated ON agreement (id)"
    " WHERE status IN ('completed', 'ended', 'declined') AND ends_on IS NULL",
    "CREATE INDEX agreement_review ON agreement (review_on, id) WHERE review_on IS NOT NULL",
    "CREATE INDEX agreement_revision_created ON agreement_revision (created_at, id)"
    " WHERE number > 1",
]


def up(db: Any) -> None:
    """Create the timeline's indexes."""
    for statement in STATEMENTS:
        db.execute_sql(statement)
