"""The first schema: every table of the domain, with the indexes the views need."""

from __future__ import annotations

from typing import Any

# Columns every row a user makes carries, so two copies of a journal can be merged.
_COMMON = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""

STATEMENTS = [
    f"""CREATE TABLE person ({_COMMON},
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL,
    nickname TEXT NOT NULL DEFAULT '',
    pronouns TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    met_how TEXT NOT NULL DEFAULT '',
    met_where TEXT NOT NULL DEFAULT '',
    met_on TEXT,
    birthday TEXT,
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    notes TEXT NOT NULL DEFAULT '',
    photo BLOB,
    archived INTEGER NOT NULL DEFAULT 0,
    last_contact_at TEXT,
    next_due_on TEXT GENERATED ALWAYS AS (
        CASE WHEN cadence_days IS NULL THEN NULL
        ELSE date(coalesce(last_contact_at, created_at), '+' || cadence_days || ' days') END
    ) VIRTUAL
    ) STRICT""",
    "CREATE INDEX person_display_name ON person (display_name COLLATE NOCASE, id)",
    "CREATE INDEX person_family_name ON person (family_name COLLATE NOCASE, id)",
    "CREATE INDEX person_organization ON person (organization COLLATE NOCASE, id)",
    "CREATE INDEX person_last_contact ON person (last_contact_at, id)",
    "CREATE INDEX person_next_due ON person (next_due_on, id) WHERE next_due_on IS NOT NULL",
    "CREATE INDEX person_archived ON person (archived, display_name COLLATE NOCASE)",
    f"""CREATE TABLE contact_method ({_COMMON},
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX contact_method_person ON contact_method (person_id, kind, position)",
    "CREATE INDEX contact_method_value ON contact_method (kind, value COLLATE NOCASE)",
    f"""CREATE TABLE tag ({_COMMON},
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    colour TEXT NOT NULL DEFAULT '',
    is_circle INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    """CREATE TABLE person_tag (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (person_id, tag_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX person_tag_tag ON person_tag (tag_id, person_id)",
    f"""CREATE TABLE skill ({_COMMON},
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
    ) STRICT""",
    """CREATE TABLE person_skill (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('offers', 'seeks')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (person_id, skill_id, direction)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX person_skill_skill ON person_skill (skill_id, direction, person_id)",
    """CREATE TABLE own_skill (
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('offers', 'seeks')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (skill_id, direction)
    ) STRICT, WITHOUT ROWID""",
    f"""CREATE TABLE goal ({_COMMON},
    title TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    horizon TEXT NOT NULL,
    status TEXT NOT NULL,
    start_on TEXT,
    target_on TEXT,
    achieved_on TEXT,
    progress INTEGER CHECK (progress IS NULL OR progress BETWEEN 0 AND 100),
    CHECK (start_on IS NULL OR target_on IS NULL OR target_on >= start_on)
    ) STRICT""",
    "CREATE INDEX goal_target ON goal (target_on, id)",
    "CREATE INDEX goal_status ON goal (status, target_on)",
    "CREATE INDEX goal_title ON goal (title COLLATE NOCASE, id)",
    f"""CREATE TABLE milestone ({_COMMON},
    goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on TEXT,
    done_on TEXT,
    position INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX milestone_goal ON milestone (goal_id, position)",
    "CREATE INDEX milestone_done ON milestone (done_on) WHERE done_on IS NOT NULL",
    """CREATE TABLE goal_member (
    goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (goal_id, person_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX goal_member_person ON goal_member (person_id, goal_id)",
    """CREATE TABLE goal_skill (
    goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (goal_id, skill_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX goal_skill_skill ON goal_skill (skill_id, goal_id)",
    f"""CREATE TABLE agreement ({_COMMON},
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    my_role TEXT NOT NULL,
    formal INTEGER NOT NULL DEFAULT 0,
    program TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    started_on TEXT,
    ends_on TEXT,
    review_on TEXT,
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    channel TEXT NOT NULL DEFAULT '',
    my_expectations TEXT NOT NULL DEFAULT '',
    their_expectations TEXT NOT NULL DEFAULT '',
    boundaries TEXT NOT NULL DEFAULT '',
    CHECK (started_on IS NULL OR ends_on IS NULL OR ends_on >= started_on)
    ) STRICT""",
    "CREATE INDEX agreement_person ON agreement (person_id)",
    "CREATE INDEX agreement_role_status ON agreement (my_role, status)",
    """CREATE TABLE agreement_goal (
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (agreement_id, goal_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX agreement_goal_goal ON agreement_goal (goal_id, agreement_id)",
    f"""CREATE TABLE agreement_revision ({_COMMON},
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL,
    UNIQUE (agreement_id, number)
    ) STRICT""",
    f"""CREATE TABLE entry ({_COMMON},
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    occurred_at TEXT NOT NULL,
    helped TEXT,
    follow_up_on TEXT,
    agreement_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL
    ) STRICT""",
    "CREATE INDEX entry_occurred ON entry (occurred_at, id)",
    "CREATE INDEX entry_kind_occurred ON entry (kind, occurred_at)",
    "CREATE INDEX entry_agreement ON entry (agreement_id, occurred_at) WHERE agreement_id IS NOT NULL",
    "CREATE INDEX entry_follow_up ON entry (follow_up_on) WHERE follow_up_on IS NOT NULL",
    # occurred_at is copied into the link so a person's newest entries come from one
    # index range; a trigger keeps the copy in step when an entry moves in time.
    """CREATE TABLE entry_participant (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    PRIMARY KEY (entry_id, person_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX entry_participant_person ON entry_participant (person_id, occurred_at, entry_id)",
    """CREATE TRIGGER entry_participant_follow_date AFTER UPDATE OF occurred_at ON entry
    BEGIN
        UPDATE entry_participant SET occurred_at = new.occurred_at WHERE entry_id = new.id;
    END""",
    """CREATE TABLE entry_goal (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, goal_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX entry_goal_goal ON entry_goal (goal_id, entry_id)",
    f"""CREATE TABLE action_item ({_COMMON},
    title TEXT NOT NULL,
    owner TEXT NOT NULL CHECK (owner IN ('me', 'them')),
    person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
    due_on TEXT,
    done_on TEXT,
    entry_id INTEGER REFERENCES entry (id) ON DELETE SET NULL,
    agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
    goal_id INTEGER REFERENCES goal (id) ON DELETE CASCADE
    ) STRICT""",
    "CREATE INDEX action_item_open ON action_item (due_on) WHERE done_on IS NULL",
    "CREATE INDEX action_item_done ON action_item (done_on) WHERE done_on IS NOT NULL",
    "CREATE INDEX action_item_agreement ON action_item (agreement_id) WHERE agreement_id IS NOT NULL",
    "CREATE INDEX action_item_goal ON action_item (goal_id) WHERE goal_id IS NOT NULL",
    "CREATE INDEX action_item_entry ON action_item (entry_id) WHERE entry_id IS NOT NULL",
    "CREATE INDEX action_item_person ON action_item (person_id) WHERE person_id IS NOT NULL",
    f"""CREATE TABLE outreach ({_COMMON},
    person_id INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX outreach_stage ON outreach (stage)",
]


def up(db: Any) -> None:
    """Create every table and index of the first release."""
    for statement in STATEMENTS:
        db.execute_sql(statement)
