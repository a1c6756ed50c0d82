"""Queries and writes for outreach: the potential mentors being approached, step by step."""

from __future__ import annotations

from datetime import date
from typing import Any

from netjournal.store.db import database_proxy as db
from netjournal.store.models import Outreach, utc_now

# Stages in the order an approach goes through them, for sorting the list.
STAGE_ORDER = ("identified", "researched", "contacted", "meeting", "agreed", "no_reply", "declined")
_STAGE_SQL = "CASE o.stage " + " ".join(f"WHEN '{s}' THEN {n}" for n, s in enumerate(STAGE_ORDER))
_STAGE_SQL += " END"


def outreach_rows(person_id: int | None = None) -> list[dict[str, Any]]:
    """Everyone being approached, by stage then by the date of the last step, oldest first."""
    where = "" if person_id is None else " WHERE o.person_id = ?"
    cursor = db.execute_sql(
        "SELECT o.person_id, p.display_name, p.organization, p.role, o.stage, o.stage_on, "
        "o.notes, o.message, p.archived FROM outreach o JOIN person p ON p.id = o.person_id"
        f"{where} ORDER BY {_STAGE_SQL}, o.stage_on, p.display_name COLLATE NOCASE, p.id",
        () if person_id is None else (person_id,),
    )
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor]
    for row in rows:
        row["archived"] = bool(row["archived"])
    return rows


def set_stage(person_id: int, stage: str, on: date) -> None:
    updated = (
        Outreach.update(stage=stage, stage_on=on, updated_at=utc_now())
        .where(Outreach.person == person_id)
        .execute()
    )
    if not updated:
        Outreach.insert(person=person_id, stage=stage, stage_on=on).execute()


def update_outreach(person_id: int, fields: dict[str, Any]) -> int:
    return (
        Outreach.update(**fields, updated_at=utc_now())
        .where(Outreach.person == person_id)
        .execute()
    )


def remove(person_id: int) -> int:
    return Outreach.delete().where(Outreach.person == person_id).execute()


def stage_of(person_id: int) -> str | None:
    return Outreach.select(Outreach.stage).where(Outreach.person == person_id).scalar()
