"""Mentorship in practice: sessions with their parts, reviews, privacy of notes, "me".

- `person.is_self` marks the journal owner's own card (at most one), so that an
  agreement with myself, or myself as a member of my goal, can be refused.
- `goal.celebrated_on`: when an achieved goal was celebrated with its members.
- `entry.shareable`: a note is private unless marked shareable; nothing private
  goes into what is made for someone else.
- `entry_part`: the agenda and takeaways of a session, each private or shareable.
- `review`: a review of an agreement (what works, what to change, the
  decision), held in an entry of kind "review".
- `outreach.stage_on` and `outreach.message`: the date of the last step towards a
  potential mentor, and the first message being drafted to them.
- `entry_detail_search`: a full-text index of what an entry holds besides its title
  and notes (a session's agenda and takeaways, a review's findings), kept by
  triggers, so search finds a session by what was on its agenda.
- FTS5's `secure-delete` on every full-text index: the words of a deleted or
  changed note are removed from the index at once, not left in its segments.
"""

from __future__ import annotations

from typing import Any

_TOKENIZE = 'tokenize = "unicode61 remove_diacritics 2"'


def _refresh_details(entry: str) -> str:
    """SQL that re-indexes one entry's agenda, takeaways and review findings."""
    return f"""DELETE FROM entry_detail_search WHERE rowid = {entry};
        INSERT INTO entry_detail_search (rowid, text) SELECT {entry}, t FROM (SELECT trim(
            coalesce((SELECT group_concat(body, ' ') FROM entry_part WHERE entry_id = {entry}), '')
            || ' ' || coalesce((SELECT what_works || ' ' || what_to_change FROM review
                WHERE entry_id = {entry}), '')) AS t) WHERE t != '';"""


_COMMON = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""

STATEMENTS = [
    "ALTER TABLE person ADD COLUMN is_self INTEGER NOT NULL DEFAULT 0",
    "CREATE UNIQUE INDEX person_self ON person (is_self) WHERE is_self = 1",
    "ALTER TABLE goal ADD COLUMN celebrated_on TEXT",
    "ALTER TABLE entry ADD COLUMN shareable INTEGER NOT NULL DEFAULT 0",
    f"""CREATE TABLE entry_part ({_COMMON},
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('agenda', 'takeaways')),
    body TEXT NOT NULL,
    shareable INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entry_id, part)
    ) STRICT""",
    f"""CREATE TABLE review ({_COMMON},
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL UNIQUE REFERENCES entry (id) ON DELETE CASCADE,
    what_works TEXT NOT NULL DEFAULT '',
    what_to_change TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL CHECK (decision IN ('keep', 'adapt', 'pause', 'close'))
    ) STRICT""",
    "CREATE INDEX review_agreement ON review (agreement_id, id)",
    "ALTER TABLE outreach ADD COLUMN stage_on TEXT",
    "ALTER TABLE outreach ADD COLUMN message TEXT NOT NULL DEFAULT ''",
    # The last step of an outreach so far is the last time it was changed.
    "UPDATE outreach SET stage_on = date(updated_at)",
    # Contentless: the text lives in entry_part and review; a row is deleted by its rowid.
    f"""CREATE VIRTUAL TABLE entry_detail_search USING fts5(
        text, content = '', contentless_delete = 1, {_TOKENIZE})""",
    "CREATE TRIGGER entry_part_search_insert AFTER INSERT ON entry_part BEGIN "
    f"{_refresh_details('new.entry_id')} END",
    "CREATE TRIGGER entry_part_search_update AFTER UPDATE OF body ON entry_part BEGIN "
    f"{_refresh_details('new.entry_id')} END",
    "CREATE TRIGGER entry_part_search_delete AFTER DELETE ON entry_part BEGIN "
    f"{_refresh_details('old.entry_id')} END",
    "CREATE TRIGGER review_search_insert AFTER INSERT ON review BEGIN "
    f"{_refresh_details('new.entry_id')} END",
    "CREATE TRIGGER review_search_update AFTER UPDATE OF what_works, what_to_change ON review "
    f"BEGIN {_refresh_details('new.entry_id')} END",
    "CREATE TRIGGER review_search_delete AFTER DELETE ON review BEGIN "
    f"{_refresh_details('old.entry_id')} END",
    # Deleted and changed text leaves no trace in the full-text indexes either (FTS5 keeps
    # a deleted row's words in its segments until they merge, unless told not to).
    "INSERT INTO person_search (person_search, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO entry_search (entry_search, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO entry_detail_search (entry_detail_search, rank) VALUES ('secure-delete', 1)",
    # And what they hold from before this version is merged into segments without it.
    "INSERT INTO person_search (person_search) VALUES ('optimize')",
    "INSERT INTO entry_search (entry_search) VALUES ('optimize')",
    # Every action item of an agreement that is still open, by due date: the mentees'
    # overview and each agreement's row count overdue ones.
    "CREATE INDEX action_item_agreement_open ON action_item (agreement_id, due_on)"
    " WHERE done_on IS NULL AND agreement_id IS NOT NULL",
]


def up(db: Any) -> None:
    """Add the columns and tables of sessions, reviews, shareable notes and outreach steps."""
    for statement in STATEMENTS:
        db.execute_sql(statement)
