"""Mentorship agreements with their revision history, and action items."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import validate as v
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.records import ActionItem, Agreement, AgreementRow, Revision
from netjournal.journal.vocab import AgreementStatus, MyRole, Owner
from netjournal.store import agreements as store
from netjournal.store import entries as entry_store
from netjournal.store import goals as goal_store
from netjournal.store import people as people_store

AGREEMENT_SORTS = tuple(store.AGREEMENT_SORTS)

# The terms of an agreement: changing one of them while it is active is a revision.
TERMS = (
    "my_role",
    "formal",
    "program",
    "status",
    "started_on",
    "ends_on",
    "review_on",
    "cadence_days",
    "channel",
    "my_expectations",
    "their_expectations",
    "boundaries",
    "goal_ids",
)
_TEXTS = {
    "program": ("Program", v.NAME_MAX),
    "channel": ("Channel", v.NAME_MAX),
    "my_expectations": ("What I expect", v.LONG_TEXT_MAX),
    "their_expectations": ("What they expect", v.LONG_TEXT_MAX),
    "boundaries": ("Boundaries and confidentiality", v.LONG_TEXT_MAX),
}
_DATES = {"started_on": "Start date", "ends_on": "End date", "review_on": "Review date"}


def _terms_of(row: dict[str, Any]) -> dict[str, Any]:
    terms = {key: row.get(key) for key in TERMS}
    for key in _DATES:
        if isinstance(terms[key], date):
            terms[key] = terms[key].isoformat()
    terms["formal"] = bool(terms["formal"])
    terms["goal_ids"] = sorted(terms["goal_ids"] or [])
    return terms


class Mentorships(JournalApi):
    """Agreements (I mentor, I am mentored, peers) and the action items that come of them."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def get(self, agreement_id: int) -> Agreement:
        row = store.get_agreement(agreement_id)
        if row is None:
            raise NotFound(f"There is no agreement #{agreement_id} in the journal.", "agreement")
        row["goal_ids"] = tuple(row["goal_ids"])
        row["revisions"] = tuple(
            Revision.from_row({**r, "terms": json.loads(r["terms"])}) for r in row["revisions"]
        )
        row["formal"] = bool(row["formal"])
        return Agreement.from_row(row)

    def rows(
        self,
        sort: str = "person",
        descending: bool = False,
        my_role: str | None = None,
        status: str | None = None,
    ) -> list[AgreementRow]:
        if sort not in store.AGREEMENT_SORTS:
            raise InvalidInput(f"Agreements cannot be sorted by “{sort}”.", "sort")
        found = store.agreement_rows(sort, descending, my_role, status)
        for row in found:
            row["formal"] = bool(row["formal"])
        return [AgreementRow.from_row(row) for row in found]

    def create(
        self, person_id: int, my_role: str, *, status: str = AgreementStatus.PROPOSED, **terms: Any
    ) -> Agreement:
        values = self._clean({"my_role": my_role, "status": status, **terms})
        goal_ids = values.pop("goal_ids", [])
        with self._ops.write() as changed:
            if not people_store.existing_person_ids([person_id]):
                raise NotFound(f"There is no person #{person_id} in the journal.", "person_id")
            self._check_goals(goal_ids)
            agreement_id = store.insert_agreement({"person": person_id, **values})
            store.set_agreement_goals(agreement_id, goal_ids)
            row = store.get_agreement(agreement_id)
            store.add_revision(agreement_id, "Agreed", json.dumps(_terms_of(row), sort_keys=True))
            changed.touched("agreement", agreement_id)
            changed.touched("person", person_id)
        return self.get(agreement_id)

    def update(self, agreement_id: int, reason: str = "", **changes: Any) -> Agreement:
        """Change the terms; changing an active agreement's terms needs a reason (a revision)."""
        reason = v.text(reason, "reason", "Reason", v.SHORT_TEXT_MAX)
        person_id = changes.pop("person_id", None)
        values = self._clean(changes)
        goal_ids = values.pop("goal_ids", None)
        with self._ops.write() as changed:
            before = store.get_agreement(agreement_id)
            if before is None:
                raise NotFound(
                    f"There is no agreement #{agreement_id} in the journal.", "agreement"
                )
            start = values.get("started_on", before["started_on"])
            end = values.get("ends_on", before["ends_on"])
            if "ends_on" in values:
                v.ordered(start, end, "ends_on", "The end date cannot be before the start date.")
            else:
                v.ordered(start, end, "started_on", "The start date cannot be after the end date.")
            if goal_ids is not None:
                self._check_goals(goal_ids)
                store.set_agreement_goals(agreement_id, goal_ids)
            if person_id is not None:
                if not people_store.existing_person_ids([person_id]):
                    raise NotFound(f"There is no person #{person_id} in the journal.", "person_id")
                values["person"] = person_id
            store.update_agreement(agreement_id, values)
            after = store.get_agreement(agreement_id)
            old_terms, new_terms = _terms_of(before), _terms_of(after)
            if old_terms != new_terms:
                terms_only = {k for k in TERMS if old_terms[k] != new_terms[k]} - {"status"}
                if before["status"] == AgreementStatus.ACTIVE and terms_only and not reason:
                    raise InvalidInput(
                        "Say why the terms of an active agreement change; the reason is kept "
                        "with the revision.",
                        "reason",
                    )
                store.add_revision(
                    agreement_id,
                    reason or ("Terms changed" if terms_only else "Status changed"),
                    json.dumps(new_terms, sort_keys=True),
                )
            changed.touched("agreement", agreement_id)
            changed.touched("person", after["person_id"])
        return self.get(agreement_id)

    def delete(self, agreement_id: int) -> None:
        with self._ops.write() as changed:
            links = store.agreement_links(agreement_id)
            if not store.delete_agreement(agreement_id):
                raise NotFound(
                    f"There is no agreement #{agreement_id} in the journal.", "agreement"
                )
            changed.removed("agreement", agreement_id)
            changed.removed("action", *links["action"])
            changed.touched("entry", links["entry"])
            changed.touched("person", links["person"])
            changed.touched("goal", links["goal"])

    # --- action items ---------------------------------------------------------------

    def actions(
        self,
        open_only: bool = True,
        agreement_id: int | None = None,
        goal_id: int | None = None,
        person_id: int | None = None,
    ) -> list[ActionItem]:
        return [
            ActionItem.from_row(r)
            for r in store.action_rows(open_only, agreement_id, goal_id, person_id)
        ]

    def add_action(
        self,
        title: str,
        owner: str = Owner.ME,
        *,
        due_on: date | str | None = None,
        person_id: int | None = None,
        entry_id: int | None = None,
        agreement_id: int | None = None,
        goal_id: int | None = None,
    ) -> ActionItem:
        values = {
            "title": v.required_text(title, "title", "Action item", v.NAME_MAX),
            "owner": v.choice(owner, Owner, "owner", "Owner").value,
            "due_on": v.a_date(due_on, "due_on", "Due date"),
            "person": person_id,
            "entry": entry_id,
            "agreement": agreement_id,
            "goal": goal_id,
        }
        with self._ops.write() as changed:
            if person_id is not None and not people_store.existing_person_ids([person_id]):
                raise NotFound(f"There is no person #{person_id} in the journal.", "person_id")
            if agreement_id is not None and not store.existing_agreement_ids([agreement_id]):
                raise NotFound(f"There is no agreement #{agreement_id}.", "agreement_id")
            if goal_id is not None:
                self._check_goals([goal_id], "goal_id")
            if entry_id is not None and entry_store.get_entry(entry_id) is None:
                raise NotFound(f"There is no entry #{entry_id}.", "entry_id")
            action_id = store.insert_action(values)
            changed.touched("action", action_id)
            if agreement_id is not None:
                changed.touched("agreement", agreement_id)
        return next(a for a in self.actions(open_only=False) if a.id == action_id)

    def complete_action(self, action_id: int, done_on: date | str | None = None) -> None:
        """Mark an action item done on `done_on`, today when None; `reopen_action` undoes it."""
        when = v.a_date(done_on, "done_on", "Done on") or date.today()
        self._update_action(action_id, {"done_on": when})

    def reopen_action(self, action_id: int) -> None:
        self._update_action(action_id, {"done_on": None})

    def delete_action(self, action_id: int) -> None:
        with self._ops.write() as changed:
            if not store.delete_action(action_id):
                raise NotFound(f"There is no action item #{action_id}.", "action")
            changed.removed("action", action_id)
            changed.touched("agreement")

    def _update_action(self, action_id: int, values: dict[str, Any]) -> None:
        with self._ops.write() as changed:
            if not store.update_action(action_id, values):
                raise NotFound(f"There is no action item #{action_id}.", "action")
            changed.touched("action", action_id)
            changed.touched("agreement")

    @staticmethod
    def _check_goals(goal_ids: Sequence[int], field: str = "goal_ids") -> None:
        missing = set(goal_ids) - goal_store.existing_goal_ids(goal_ids)
        if missing:
            raise NotFound(f"There is no goal #{min(missing)} in the journal.", field)

    @staticmethod
    def _clean(raw: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key == "my_role":
                values[key] = v.choice(value, MyRole, key, "My role").value
            elif key == "status":
                values[key] = v.choice(value, AgreementStatus, key, "Status").value
            elif key == "formal":
                values[key] = bool(value)
            elif key in _TEXTS:
                label, limit = _TEXTS[key]
                values[key] = v.text(value, key, label, limit)
            elif key in _DATES:
                values[key] = v.a_date(value, key, _DATES[key])
            elif key == "cadence_days":
                values[key] = v.positive_days(value, key, "Meeting cadence")
            elif key == "goal_ids":
                values[key] = list(dict.fromkeys(value or []))
            else:
                raise InvalidInput(f"An agreement has no field called “{key}”.", key)
        v.ordered(
            values.get("started_on"),
            values.get("ends_on"),
            "ends_on",
            "The end date cannot be before the start date.",
        )
        return values
