"""Today's reminders: what the user snoozed or dismissed on the home tab.

A row names one thing of the Today list (a follow-up of an entry, a person to reconnect
with, an agreement's next session or review, a goal's target date or its celebration,
an action item) by a foreign key to it, with the due date it was snoozed or dismissed
for. It hides the item only while that thing is still due on that date: a new
follow-up date, a later session or a fresh contact brings the item back. Rows go
with the thing they name (ON DELETE CASCADE), and carry a uuid like every row a user
makes, so a backup keeps them and a merge maps their links.
"""

from __future__ import annotations

from typing import Any

_TARGETS = ("entry", "person", "agreement", "goal", "action_item")

STATEMENTS = [
    """CREATE TABLE reminder (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('follow_up', 'reconnect', 'session', 'review',
        'goal_target', 'action', 'celebrate')),
    entry_id INTEGER REFERENCES entry (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
    agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
    goal_id INTEGER REFERENCES goal (id) ON DELETE CASCADE,
    action_item_id INTEGER REFERENCES action_item (id) ON DELETE CASCADE,
    due_on TEXT,
    snoozed_until TEXT,
    dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
    CHECK ((entry_id IS NOT NULL) + (person_id IS NOT NULL) + (agreement_id IS NOT NULL)
        + (goal_id IS NOT NULL) + (action_item_id IS NOT NULL) = 1),
    CHECK (dismissed = 1 OR snoozed_until IS NOT NULL)
    ) STRICT""",
    # One reminder per thing and kind; each Today query looks its rows up by these.
    *(
        f"CREATE UNIQUE INDEX reminder_{target} ON reminder ({target}_id, kind)"
        f" WHERE {target}_id IS NOT NULL"
        for target in _TARGETS
    ),
]


def up(db: Any) -> None:
    """Create the table of snoozed and dismissed Today items."""
    for statement in STATEMENTS:
        db.execute_sql(statement)
