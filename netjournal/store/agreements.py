"""Queries and writes for mentorship agreements, their revisions, and action items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peewee import JOIN, fn

from netjournal.store.db import database_proxy as db
from netjournal.store.models import (
    ActionItem,
    Agreement,
    AgreementGoal,
    AgreementRevision,
    Entry,
    Person,
    utc_now,
)

AGREEMENT_SORTS = {
    "person": fn.lower(Person.display_name),
    "role": Agreement.my_role,
    "status": Agreement.status,
    "started": Agreement.started_on,
    "last_session": fn.max(Entry.occurred_at),
}


def insert_agreement(fields: dict[str, Any]) -> int:
    return Agreement.insert(**fields).execute()


def update_agreement(agreement_id: int, fields: dict[str, Any]) -> int:
    return (
        Agreement.update(**fields, updated_at=utc_now())
        .where(Agreement.id == agreement_id)
        .execute()
    )


def delete_agreement(agreement_id: int) -> int:
    return Agreement.delete().where(Agreement.id == agreement_id).execute()


def existing_agreement_ids(ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    query = Agreement.select(Agreement.id).where(Agreement.id.in_(list(ids))).tuples()
    return {row[0] for row in query}


def agreement_links(agreement_id: int) -> dict[str, list[int]]:
    """What deleting the agreement takes along (its action items) or changes."""
    queries = {
        "action": "SELECT id FROM action_item WHERE agreement_id = ?",
        "entry": "SELECT id FROM entry WHERE agreement_id = ?",
        "goal": "SELECT goal_id FROM agreement_goal WHERE agreement_id = ?",
        "person": "SELECT person_id FROM agreement WHERE id = ?",
    }
    return {
        kind: [row[0] for row in db.execute_sql(sql, (agreement_id,))]
        for kind, sql in queries.items()
    }


def get_agreement(agreement_id: int) -> dict[str, Any] | None:
    row = (
        Agreement.select(Agreement, Person.display_name.alias("person_name"))
        .join(Person)
        .where(Agreement.id == agreement_id)
        .dicts()
        .first()
    )
    if row is None:
        return None
    row["person_id"] = row.pop("person")
    row["goal_ids"] = [
        r[0]
        for r in AgreementGoal.select(AgreementGoal.goal)
        .where(AgreementGoal.agreement == agreement_id)
        .tuples()
    ]
    row["revisions"] = list(
        AgreementRevision.select(
            AgreementRevision.id,
            AgreementRevision.uuid,
            AgreementRevision.number,
            AgreementRevision.reason,
            AgreementRevision.terms,
            AgreementRevision.created_at,
        )
        .where(AgreementRevision.agreement == agreement_id)
        .order_by(AgreementRevision.number)
        .dicts()
    )
    return row


def set_agreement_goals(agreement_id: int, goal_ids: Sequence[int]) -> None:
    AgreementGoal.delete().where(AgreementGoal.agreement == agreement_id).execute()
    if goal_ids:
        AgreementGoal.insert_many(
            [{"agreement": agreement_id, "goal": g} for g in set(goal_ids)]
        ).execute()


def add_revision(agreement_id: int, reason: str, terms: str) -> int:
    number = (
        AgreementRevision.select(fn.coalesce(fn.max(AgreementRevision.number) + 1, 1))
        .where(AgreementRevision.agreement == agreement_id)
        .scalar()
    )
    return AgreementRevision.insert(
        agreement=agreement_id, number=number, reason=reason, terms=terms
    ).execute()


def agreement_rows(
    sort: str = "person",
    descending: bool = False,
    my_role: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """Every agreement with counterpart, last session and open action items, sorted in SQL."""
    open_items = ActionItem.select(fn.count(ActionItem.id)).where(
        (ActionItem.agreement == Agreement.id) & ActionItem.done_on.is_null()
    )
    query = (
        Agreement.select(
            Agreement.id,
            Agreement.uuid,
            Agreement.my_role,
            Agreement.formal,
            Agreement.program,
            Agreement.status,
            Agreement.started_on,
            Agreement.ends_on,
            Agreement.review_on,
            Agreement.cadence_days,
            Agreement.channel,
            Person.id.alias("person_id"),
            Person.display_name.alias("person_name"),
            fn.max(Entry.occurred_at).alias("last_session_at"),
            open_items.alias("open_actions"),
        )
        .join(Person)
        .switch(Agreement)
        .join(Entry, JOIN.LEFT_OUTER, on=(Entry.agreement == Agreement.id))
        .group_by(Agreement.id)
    )
    if my_role:
        query = query.where(Agreement.my_role == my_role)
    if status:
        query = query.where(Agreement.status == status)
    key = AGREEMENT_SORTS[sort]
    ordering = [key.desc(nulls="LAST") if descending else key.asc(nulls="LAST"), Agreement.id]
    return list(query.order_by(*ordering).dicts())


def insert_action(fields: dict[str, Any]) -> int:
    return ActionItem.insert(**fields).execute()


def update_action(action_id: int, fields: dict[str, Any]) -> int:
    return (
        ActionItem.update(**fields, updated_at=utc_now())
        .where(ActionItem.id == action_id)
        .execute()
    )


def delete_action(action_id: int) -> int:
    return ActionItem.delete().where(ActionItem.id == action_id).execute()


def action_rows(
    open_only: bool = True,
    agreement_id: int | None = None,
    goal_id: int | None = None,
    person_id: int | None = None,
) -> list[dict[str, Any]]:
    query = ActionItem.select(
        ActionItem.id,
        ActionItem.uuid,
        ActionItem.title,
        ActionItem.owner,
        ActionItem.person.alias("person_id"),
        ActionItem.due_on,
        ActionItem.done_on,
        ActionItem.entry.alias("entry_id"),
        ActionItem.agreement.alias("agreement_id"),
        ActionItem.goal.alias("goal_id"),
    )
    if open_only:
        query = query.where(ActionItem.done_on.is_null())
    if agreement_id is not None:
        query = query.where(ActionItem.agreement == agreement_id)
    if goal_id is not None:
        query = query.where(ActionItem.goal == goal_id)
    if person_id is not None:
        query = query.where(ActionItem.person == person_id)
    return list(query.order_by(ActionItem.due_on.asc(nulls="LAST"), ActionItem.id).dicts())
