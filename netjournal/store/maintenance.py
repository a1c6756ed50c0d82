"""Whole-journal operations: counts, integrity checks."""

from __future__ import annotations

from peewee import DatabaseError

from netjournal.errors import QT_TRANSLATE_NOOP, Words
from netjournal.store.db import database_proxy as db
from netjournal.store.models import (
    ActionItem,
    Agreement,
    Entry,
    Goal,
    Milestone,
    Outreach,
    Person,
    Skill,
    Tag,
)

_COUNTED = {
    "people": Person,
    "archived_people": None,
    "tags": Tag,
    "skills": Skill,
    "entries": Entry,
    "goals": Goal,
    "milestones": Milestone,
    "agreements": Agreement,
    "action_items": ActionItem,
    "outreach": Outreach,
}


def counts() -> dict[str, int]:
    """How many of each kind the journal holds."""
    found: dict[str, int] = {}
    for name, model in _COUNTED.items():
        if model is not None:
            found[name] = model.select().count()
    found["archived_people"] = Person.select().where(Person.archived == True).count()  # noqa: E712
    return found


def integrity_problems() -> list[str]:
    """What `PRAGMA integrity_check` and `foreign_key_check` report; empty when all is well."""
    problems = [
        row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall() if row[0] != "ok"
    ]
    for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        # Link tables have no rowid to name.
        problems.append(
            Words.of(
                QT_TRANSLATE_NOOP("Validation", "{table} row {row} refers to a missing {parent}"),
                table=table,
                row=rowid,
                parent=parent,
            )
            if rowid is not None
            else Words.of(
                QT_TRANSLATE_NOOP("Validation", "a row of {table} refers to a missing {parent}"),
                table=table,
                parent=parent,
            )
        )
    # rank = 1: compare with the content too, not only the index with itself (without it
    # an external-content index out of step with `entry` passes); a contentless index
    # has no content to compare with.
    for name, rank in (("person_search", 1), ("entry_search", 1), ("entry_detail_search", 0)):
        try:
            db.execute_sql(f"INSERT INTO {name} ({name}, rank) VALUES ('integrity-check', {rank})")
        except DatabaseError as exc:
            problems.append(
                Words.of(
                    QT_TRANSLATE_NOOP("Validation", "the search index {name} is damaged: {reason}"),
                    name=name,
                    reason=str(exc),
                )
            )
    return problems


def engine_versions() -> dict[str, str]:
    """The SQLite and SQLCipher the journal runs on (Help → About says them); "" for a
    version the build does not report."""
    sqlite = db.execute_sql("SELECT sqlite_version()").fetchone()
    cipher = db.execute_sql("PRAGMA cipher_version").fetchone()
    return {
        "sqlite": str(sqlite[0]) if sqlite else "",
        "sqlcipher": str(cipher[0]) if cipher else "",
    }
