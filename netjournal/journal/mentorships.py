"""Mentorship agreements: terms and their revision history, sessions, reviews, action items.

An agreement is proposed, then active; while it is proposed its terms are a draft
that changes freely (the first revision holds the draft). Once agreed, changing
a term needs a reason and makes a new revision, so the history shows how the
agreement adapted; a change of status is a revision too. A completed, ended or
declined agreement keeps its terms as they were.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Words
from netjournal.journal import validate as v
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.records import (
    ActionItem,
    Agreement,
    AgreementRow,
    AgreementSummary,
    GoalRow,
    MenteeOverview,
    Review,
    Revision,
    Session,
    SharedNote,
)
from netjournal.journal.vocab import (
    AgreementStatus,
    EntryKind,
    MyRole,
    Owner,
    ReviewDecision,
    SessionPart,
)
from netjournal.store import agreements as store
from netjournal.store import entries as entry_store
from netjournal.store import goals as goal_store
from netjournal.store import people as people_store

AGREEMENT_SORTS = tuple(store.AGREEMENT_SORTS)

# The terms of an agreement: changing one of them once it is agreed is a revision.
# (The review date is a matter of scheduling, not a term: it moves without one.)
TERMS = (
    "person_id",
    "my_role",
    "formal",
    "program",
    "status",
    "started_on",
    "ends_on",
    "cadence_days",
    "channel",
    "my_expectations",
    "their_expectations",
    "boundaries",
    "goal_ids",
)
# Statuses in which the terms are agreed and a change needs a reason.
AGREED = (AgreementStatus.ACTIVE, AgreementStatus.PAUSED)
# Statuses in which the agreement is over: its terms stay as they were.
OVER = (AgreementStatus.COMPLETED, AgreementStatus.ENDED, AgreementStatus.DECLINED)
_TEXTS = {
    "program": (QT_TRANSLATE_NOOP("Validation", "Program"), v.NAME_MAX),
    "channel": (QT_TRANSLATE_NOOP("Validation", "Channel"), v.NAME_MAX),
    "my_expectations": (QT_TRANSLATE_NOOP("Validation", "What I expect"), v.LONG_TEXT_MAX),
    "their_expectations": (QT_TRANSLATE_NOOP("Validation", "What they expect"), v.LONG_TEXT_MAX),
    "boundaries": (
        QT_TRANSLATE_NOOP("Validation", "Boundaries and confidentiality"),
        v.LONG_TEXT_MAX,
    ),
}
_DATES = {
    "started_on": QT_TRANSLATE_NOOP("Validation", "Start date"),
    "ends_on": QT_TRANSLATE_NOOP("Validation", "End date"),
    "review_on": QT_TRANSLATE_NOOP("Validation", "Review date"),
}
_ROLE_WORDS = {  # fill "…an active agreement with {name} in which {value}."
    "mentor": QT_TRANSLATE_NOOP("Validation", "you mentor them"),
    "mentee": QT_TRANSLATE_NOOP("Validation", "they mentor you"),
    "peer": QT_TRANSLATE_NOOP("Validation", "you are peers"),
}
_UNSET: Any = object()


def _terms_of(row: Mapping[str, Any]) -> dict[str, Any]:
    terms = {key: row.get(key) for key in TERMS}
    for key in ("started_on", "ends_on"):
        if isinstance(terms[key], date):
            terms[key] = terms[key].isoformat()
    terms["formal"] = bool(terms["formal"])
    terms["goal_ids"] = sorted(terms["goal_ids"] or [])
    return terms


def terms_snapshot(row: Mapping[str, Any]) -> str:
    """The terms of an agreement row as a revision stores them."""
    return json.dumps(_terms_of(row), sort_keys=True)


@dataclass(frozen=True)
class DeletedAgreement:
    """What `Mentorships.delete` took out; `Mentorships.restore` puts it back."""

    agreement_id: int
    person_name: str
    rows: dict[str, list[dict[str, Any]]]


def _clean_action(raw: Any, index: int) -> dict[str, Any]:
    """One action item of a session: a mapping with title, owner, due_on (and maybe id)."""
    if not isinstance(raw, Mapping):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "An action item must be given as title, owner and due date."
            ),
            "actions",
        )
    number = index + 1
    label = Words.of(QT_TRANSLATE_NOOP("Validation", "Action item {n}"), n=number)
    action_id = raw.get("id")
    if action_id is not None and (isinstance(action_id, bool) or not isinstance(action_id, int)):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label}: that is not an action item of the journal."),
            "actions",
            label=label,
            labels=("label",),
        )
    return {
        "id": action_id,
        "title": v.required_text(raw.get("title"), "actions", label, v.NAME_MAX),
        "owner": v.choice(
            raw.get("owner", Owner.ME),
            Owner,
            "actions",
            Words.of(QT_TRANSLATE_NOOP("Validation", "Action item {n}: owner"), n=number),
        ).value,
        "due_on": v.a_date(
            raw.get("due_on"),
            "actions",
            Words.of(QT_TRANSLATE_NOOP("Validation", "Action item {n}: due date"), n=number),
        ),
    }


class Mentorships(JournalApi):
    """Agreements (I mentor, I am mentored, peers), their sessions, reviews and action items."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    # --- reading --------------------------------------------------------------------

    def get(self, agreement_id: int, today: date | None = None) -> Agreement:
        row = store.get_agreement(agreement_id, today or date.today())
        if row is None:
            raise NotFound.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "There is no agreement #{agreement_id} in the journal."
                ),
                "agreement",
                agreement_id=agreement_id,
            )
        return self._record(row)

    @staticmethod
    def _record(row: dict[str, Any]) -> Agreement:
        row["goal_ids"] = tuple(row["goal_ids"])
        row["revisions"] = tuple(
            Revision.from_row({**r, "terms": json.loads(r["terms"])}) for r in row["revisions"]
        )
        row["reviews"] = tuple(Review.from_row(r) for r in row["reviews"])
        row["formal"] = bool(row["formal"])
        return Agreement.from_row(row)

    def rows(
        self,
        sort: str = "person",
        descending: bool = False,
        my_role: str | None = None,
        status: str | None = None,
        *,
        grouped: bool = False,
        ids: Sequence[int] | None = None,
        today: date | None = None,
    ) -> list[AgreementRow]:
        """Agreements sorted in SQLite; `grouped` puts mentoring, then mentored, then peers."""
        if sort not in store.AGREEMENT_SORTS:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Agreements cannot be sorted by “{sort}”."),
                "sort",
                sort=sort,
            )
        found = store.agreement_rows(
            today or date.today(),
            sort,
            descending,
            my_role,
            status,
            grouped,
            None if ids is None else list(ids),
        )
        return [AgreementRow.adopt(row) for row in found]

    def overview(self, today: date | None = None) -> list[MenteeOverview]:
        """Each mentee (agreements where I mentor, active or paused) at a glance."""
        rows = store.mentee_overview(today or date.today())
        return [
            MenteeOverview.from_row(
                {
                    "agreement_id": row["id"],
                    "person_id": row["person_id"],
                    "person_name": row["person_name"],
                    "status": row["status"],
                    "last_session_at": row["last_session_at"],
                    "next_session_on": row["next_session_on"],
                    "overdue_actions": tuple(
                        ActionItem.from_row(
                            {
                                **a,
                                "person_id": row["person_id"],
                                "done_on": None,
                                "entry_id": None,
                                "agreement_id": row["id"],
                                "goal_id": None,
                            }
                        )
                        for a in row["overdue"]
                    ),
                    "goals": tuple(row["goals"]),
                }
            )
            for row in rows
        ]

    def summary(self, agreement_id: int) -> AgreementSummary:
        """Everything a one-page summary for the counterpart may hold, and nothing private:
        of the notes, only those marked shareable."""
        with self._ops.read():
            agreement = self.get(agreement_id)
            objectives = tuple(
                GoalRow.from_row(r) for r in goal_store.goal_rows(ids=list(agreement.goal_ids))
            )
            actions = tuple(self.actions(open_only=True, agreement_id=agreement_id))
            notes = tuple(SharedNote.from_row(r) for r in store.shared_notes(agreement_id))
        return AgreementSummary(agreement, objectives, actions, notes)

    # --- agreements -------------------------------------------------------------------

    def create(
        self, person_id: int, my_role: str, *, status: str = AgreementStatus.PROPOSED, **terms: Any
    ) -> Agreement:
        values = self._clean({"my_role": my_role, "status": status, **terms})
        goal_ids = values.pop("goal_ids", [])
        with self._ops.write() as changed:
            self._check_counterpart(person_id)
            self._check_goals(goal_ids)
            if values["status"] == AgreementStatus.ACTIVE:
                self._check_single_active(person_id, values["my_role"], None, "status")
            agreement_id = store.insert_agreement({"person": person_id, **values})
            store.set_agreement_goals(agreement_id, goal_ids)
            row = store.get_agreement(agreement_id, date.today())
            assert row is not None
            store.add_revision(agreement_id, "", terms_snapshot(row))
            changed.touched("agreement", agreement_id)
            changed.touched("person", person_id)
        return self.get(agreement_id)

    def update(self, agreement_id: int, reason: str = "", **changes: Any) -> Agreement:
        """Change terms or status. Once agreed (active or paused), changing a term needs a
        `reason`, kept with the new revision; an agreement that is over keeps its terms."""
        reason = v.text(
            reason, "reason", QT_TRANSLATE_NOOP("Validation", "Reason"), v.SHORT_TEXT_MAX
        )
        person_id = changes.pop("person_id", None)
        values = self._clean(changes)
        goal_ids = values.pop("goal_ids", None)
        with self._ops.write() as changed:
            before = store.get_agreement(agreement_id, date.today())
            if before is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no agreement #{agreement_id} in the journal."
                    ),
                    "agreement",
                    agreement_id=agreement_id,
                )
            start = values.get("started_on", before["started_on"])
            end = values.get("ends_on", before["ends_on"])
            if "ends_on" in values:
                v.ordered(
                    start,
                    end,
                    "ends_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The end date cannot be before the start date."
                    ),
                )
            else:
                v.ordered(
                    start,
                    end,
                    "started_on",
                    QT_TRANSLATE_NOOP("Validation", "The start date cannot be after the end date."),
                )
            if person_id is not None:
                self._check_counterpart(person_id)
                values["person"] = person_id
            if goal_ids is not None:
                self._check_goals(goal_ids)
            old_terms = _terms_of(before)
            wanted = {
                **old_terms,
                **{k: val for k, val in values.items() if k in TERMS},
                **({"person_id": person_id} if person_id is not None else {}),
                **({"goal_ids": sorted(goal_ids)} if goal_ids is not None else {}),
            }
            wanted = _terms_of(wanted)
            changed_terms = [k for k in TERMS if k != "status" and wanted[k] != old_terms[k]]
            status_before = before["status"]
            if changed_terms and status_before in OVER and wanted["status"] == status_before:
                word = (
                    QT_TRANSLATE_NOOP("Validation", "declined")
                    if status_before == AgreementStatus.DECLINED
                    else QT_TRANSLATE_NOOP("Validation", "over")
                )
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "This agreement is {word}: its terms stay as they were. Set it back to "
                        "active or proposed to change them.",
                    ),
                    changed_terms[0],
                    word=word,
                    labels=("word",),
                )
            needing_reason = changed_terms
            if wanted["status"] in OVER:
                # Ending an agreement on a date is a change of status, not of terms.
                needing_reason = [k for k in changed_terms if k != "ends_on"]
            if needing_reason and status_before in AGREED and not reason:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Say why the terms of an agreed mentorship change; the reason is kept "
                        "with the revision.",
                    ),
                    "reason",
                )
            if wanted["status"] == AgreementStatus.ACTIVE and (
                status_before != AgreementStatus.ACTIVE
                or person_id is not None
                or "my_role" in values
            ):
                field = "status" if status_before != AgreementStatus.ACTIVE else "my_role"
                self._check_single_active(
                    wanted["person_id"], wanted["my_role"], agreement_id, field
                )
            store.update_agreement(agreement_id, values)
            if goal_ids is not None:
                store.set_agreement_goals(agreement_id, goal_ids)
            after = store.get_agreement(agreement_id, date.today())
            assert after is not None
            new_terms = _terms_of(after)
            if new_terms != old_terms:
                snapshot = json.dumps(new_terms, sort_keys=True)
                draft = (
                    status_before == AgreementStatus.PROPOSED
                    and new_terms["status"] == AgreementStatus.PROPOSED
                )
                if draft:
                    store.replace_last_revision_terms(agreement_id, snapshot)
                else:
                    store.add_revision(agreement_id, reason, snapshot)
            changed.touched("agreement", agreement_id)
            changed.touched("person", {before["person_id"], after["person_id"]})
            if goal_ids is not None:
                changed.touched("goal", set(goal_ids) | set(before["goal_ids"]))
        return self.get(agreement_id)

    def delete(self, agreement_id: int) -> DeletedAgreement:
        """Delete an agreement with its revisions, reviews and action items; its sessions
        stay in the journal as entries. `restore` undoes it."""
        with self._ops.write() as changed:
            links = store.agreement_links(agreement_id)
            rows = store.snapshot_agreement(agreement_id)
            if rows is None or not store.delete_agreement(agreement_id):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no agreement #{agreement_id} in the journal."
                    ),
                    "agreement",
                    agreement_id=agreement_id,
                )
            changed.removed("agreement", agreement_id)
            changed.removed("action", *links["action"])
            changed.touched("entry", links["entry"])
            changed.touched("person", links["person"])
            changed.touched("goal", links["goal"])
        name = people_store.get_person(rows["agreement"][0]["person_id"])
        return DeletedAgreement(agreement_id, name["display_name"] if name else "", rows)

    def restore(self, deleted: DeletedAgreement) -> Agreement:
        """Undo a `delete`: the agreement comes back with its history and action items."""
        if not isinstance(deleted, DeletedAgreement):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "Only a deleted agreement's snapshot can be restored."
                ),
                "agreement",
            )
        with self._ops.write() as changed:
            if store.existing_agreement_ids([deleted.agreement_id]):
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "That agreement is already in the journal."),
                    "agreement",
                )
            agreement_id = store.restore_agreement(deleted.rows)
            if agreement_id is None:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{value} is no longer in the journal, so the agreement cannot come back.",
                    ),
                    "agreement",
                    value=deleted.person_name or "The counterpart",
                )
            links = store.agreement_links(agreement_id)
            changed.touched("agreement", agreement_id)
            changed.touched("action", links["action"])
            changed.touched("entry", links["entry"])
            changed.touched("person", links["person"])
            changed.touched("goal", links["goal"])
        return self.get(agreement_id)

    # --- sessions ---------------------------------------------------------------------

    def log_session(
        self,
        agreement_id: int,
        occurred_at: datetime | date | str,
        *,
        title: str = "",
        agenda: str = "",
        notes: str = "",
        takeaways: str = "",
        agenda_shareable: bool = False,
        notes_shareable: bool = False,
        takeaways_shareable: bool = False,
        actions: Sequence[Mapping[str, Any]] = (),
        goal_ids: Sequence[int] = (),
    ) -> Session:
        """A session of the agreement: an entry with the counterpart, its agenda, notes and
        takeaways (each private unless marked shareable) and its action items, in one go."""
        values = self._clean_session(
            occurred_at, title, agenda, notes, takeaways, actions, goal_ids
        )
        with self._ops.write() as changed:
            agreement = self._agreement_for_session(agreement_id)
            goals = values["goal_ids"]
            self._check_goals(goals)
            person_id = agreement["person_id"]
            entry_id = entry_store.insert_entry(
                {
                    "kind": EntryKind.SESSION.value,
                    "occurred_at": values["occurred_at"],
                    "title": values["title"],
                    "body": values["notes"],
                    "agreement": agreement_id,
                    "shareable": bool(notes_shareable),
                },
                [person_id],
                goals,
            )
            store.set_entry_parts(
                entry_id,
                {
                    SessionPart.AGENDA: (values["agenda"], bool(agenda_shareable)),
                    SessionPart.TAKEAWAYS: (values["takeaways"], bool(takeaways_shareable)),
                },
            )
            made = self._save_actions(entry_id, agreement_id, person_id, values["actions"])
            people_store.refresh_last_contact([person_id])
            changed.touched("entry", entry_id)
            changed.touched("person", person_id)
            changed.touched("agreement", agreement_id)
            changed.touched("action", made)
            if goals:
                changed.touched("goal", goals)
        return self.session(entry_id)

    def session(self, entry_id: int) -> Session:
        """A session (or any entry) with its agenda, takeaways and action items."""
        row = entry_store.get_entry(entry_id)
        if row is None:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no entry #{entry_id} in the journal."),
                "entry",
                entry_id=entry_id,
            )
        parts = store.entry_parts([entry_id]).get(entry_id, {})
        agenda = parts.get(SessionPart.AGENDA, ("", False))
        takeaways = parts.get(SessionPart.TAKEAWAYS, ("", False))
        return Session.from_row(
            {
                "entry_id": entry_id,
                "agreement_id": row["agreement_id"],
                "occurred_at": row["occurred_at"],
                "title": row["title"],
                "agenda": agenda[0],
                "agenda_shareable": agenda[1],
                "notes": row["body"],
                "notes_shareable": bool(row["shareable"]),
                "takeaways": takeaways[0],
                "takeaways_shareable": takeaways[1],
                "participant_ids": tuple(row["participant_ids"]),
                "goal_ids": tuple(row["goal_ids"]),
                "actions": tuple(
                    a for a in self.actions(open_only=False, entry_id=entry_id) if a.entry_id
                ),
            }
        )

    def update_session(
        self,
        entry_id: int,
        *,
        occurred_at: datetime | date | str | None = None,
        title: str | None = None,
        agenda: str | None = None,
        notes: str | None = None,
        takeaways: str | None = None,
        agenda_shareable: bool | None = None,
        notes_shareable: bool | None = None,
        takeaways_shareable: bool | None = None,
        actions: Sequence[Mapping[str, Any]] | None = None,
        goal_ids: Sequence[int] | None = None,
    ) -> Session:
        """Change a session; `actions` given replaces its action items (those with an `id`
        are kept and changed, the others added, the missing ones deleted)."""
        current = self.session(entry_id)
        values = self._clean_session(
            current.occurred_at if occurred_at is None else occurred_at,
            current.title if title is None else title,
            current.agenda if agenda is None else agenda,
            current.notes if notes is None else notes,
            current.takeaways if takeaways is None else takeaways,
            () if actions is None else actions,
            current.goal_ids if goal_ids is None else goal_ids,
        )
        shares = {
            "agenda": current.agenda_shareable if agenda_shareable is None else agenda_shareable,
            "notes": current.notes_shareable if notes_shareable is None else notes_shareable,
            "takeaways": (
                current.takeaways_shareable if takeaways_shareable is None else takeaways_shareable
            ),
        }
        with self._ops.write() as changed:
            row = entry_store.get_entry(entry_id)
            if row is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no entry #{entry_id} in the journal."
                    ),
                    "entry",
                    entry_id=entry_id,
                )
            agreement_id = row["agreement_id"]
            self._check_goals(values["goal_ids"])
            entry_store.update_entry(
                entry_id,
                {
                    "occurred_at": values["occurred_at"],
                    "title": values["title"],
                    "body": values["notes"],
                    "shareable": bool(shares["notes"]),
                },
                None,
                values["goal_ids"],
            )
            store.set_entry_parts(
                entry_id,
                {
                    SessionPart.AGENDA: (values["agenda"], bool(shares["agenda"])),
                    SessionPart.TAKEAWAYS: (values["takeaways"], bool(shares["takeaways"])),
                },
            )
            if actions is not None:
                person_id = (
                    store.agreement_person(agreement_id) if agreement_id is not None else None
                )
                kept = self._save_actions(entry_id, agreement_id, person_id, values["actions"])
                gone = [a.id for a in current.actions if a.id not in kept]
                for action_id in gone:
                    store.delete_action(action_id)
                changed.touched("action", kept)
                changed.removed("action", *gone)
            people_store.refresh_last_contact(row["participant_ids"])
            changed.touched("entry", entry_id)
            changed.touched("person", row["participant_ids"])
            changed.touched("goal", set(values["goal_ids"]) | set(current.goal_ids))
            if agreement_id is not None:
                changed.touched("agreement", agreement_id)
        return self.session(entry_id)

    def _agreement_for_session(self, agreement_id: int) -> dict[str, Any]:
        agreement = store.get_agreement(agreement_id, date.today())
        if agreement is None:
            raise NotFound.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "There is no agreement #{agreement_id} in the journal."
                ),
                "agreement",
                agreement_id=agreement_id,
            )
        if agreement["status"] in OVER:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The agreement with {person_name} is {status}: no more sessions are logged for "
                    "it. Set it back to active first.",
                ),
                "agreement",
                person_name=agreement["person_name"],
                status=_status_words(agreement["status"]),
                labels=("status",),
            )
        return agreement

    @staticmethod
    def _clean_session(
        occurred_at: Any,
        title: Any,
        agenda: Any,
        notes: Any,
        takeaways: Any,
        actions: Sequence[Mapping[str, Any]],
        goal_ids: Sequence[int],
    ) -> dict[str, Any]:
        if isinstance(actions, Mapping | str):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Action items must be given as a list."), "actions"
            )
        return {
            "occurred_at": v.a_time(
                occurred_at, "occurred_at", QT_TRANSLATE_NOOP("Validation", "Date and time")
            ),
            "title": v.text(title, "title", QT_TRANSLATE_NOOP("Validation", "Title"), v.NAME_MAX),
            "agenda": v.text(
                agenda, "agenda", QT_TRANSLATE_NOOP("Validation", "Agenda"), v.LONG_TEXT_MAX
            ),
            "notes": v.text(
                notes, "notes", QT_TRANSLATE_NOOP("Validation", "Notes"), v.LONG_TEXT_MAX
            ),
            "takeaways": v.text(
                takeaways,
                "takeaways",
                QT_TRANSLATE_NOOP("Validation", "Takeaways"),
                v.LONG_TEXT_MAX,
            ),
            "actions": [_clean_action(a, n) for n, a in enumerate(actions)],
            "goal_ids": list(dict.fromkeys(goal_ids)),
        }

    @staticmethod
    def _save_actions(
        entry_id: int,
        agreement_id: int | None,
        person_id: int | None,
        actions: list[dict[str, Any]],
    ) -> list[int]:
        """Insert new action items of a session and change the given ones; their ids."""
        ids = []
        for action in actions:
            fields = {k: action[k] for k in ("title", "owner", "due_on")}
            action_id = action["id"]
            if action_id is not None:
                if store.action_entry(action_id) != entry_id:
                    raise NotFound.of(
                        QT_TRANSLATE_NOOP(
                            "Validation", "Action item #{action_id} is not one of this session's."
                        ),
                        "actions",
                        action_id=action_id,
                    )
                store.update_action(action_id, fields)
            else:
                action_id = store.insert_action(
                    {
                        **fields,
                        "entry": entry_id,
                        "agreement": agreement_id,
                        "person": person_id,
                    }
                )
            ids.append(action_id)
        return ids

    # --- reviews ----------------------------------------------------------------------

    def review(
        self,
        agreement_id: int,
        occurred_at: datetime | date | str,
        decision: str,
        *,
        what_works: str = "",
        what_to_change: str = "",
        notes: str = "",
        shareable: bool = False,
        next_review_on: date | str | None = _UNSET,
    ) -> Review:
        """Review an active or paused agreement, as one entry of kind "review".

        The decision acts at once: "pause" pauses it, "close" completes it (a revision
        each, with what to change as the reason); "adapt" leaves the terms to the
        revision that follows (`Agreement.pending_adaptation` until then); "keep"
        changes nothing. `next_review_on`, when given, is the next review date
        (None: no review planned).
        """
        choice = v.choice(
            decision, ReviewDecision, "decision", QT_TRANSLATE_NOOP("Validation", "Decision")
        )
        when = v.a_time(
            occurred_at, "occurred_at", QT_TRANSLATE_NOOP("Validation", "Date and time")
        )
        works = v.text(
            what_works, "what_works", QT_TRANSLATE_NOOP("Validation", "What works"), v.LONG_TEXT_MAX
        )
        change = v.text(
            what_to_change,
            "what_to_change",
            QT_TRANSLATE_NOOP("Validation", "What to change"),
            v.LONG_TEXT_MAX,
        )
        body = v.text(notes, "notes", QT_TRANSLATE_NOOP("Validation", "Notes"), v.LONG_TEXT_MAX)
        next_review = (
            _UNSET
            if next_review_on is _UNSET
            else v.a_date(
                next_review_on, "next_review_on", QT_TRANSLATE_NOOP("Validation", "Next review")
            )
        )
        if not (works or change or body):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "Say what works or what to change before saving a review."
                ),
                "what_works",
            )
        with self._ops.write() as changed:
            agreement = store.get_agreement(agreement_id, date.today())
            if agreement is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no agreement #{agreement_id} in the journal."
                    ),
                    "agreement",
                    agreement_id=agreement_id,
                )
            if agreement["status"] not in AGREED:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Only an active or paused agreement can be reviewed; the one with "
                        "{person_name} is {status}.",
                    ),
                    "agreement",
                    person_name=agreement["person_name"],
                    status=_status_words(agreement["status"]),
                    labels=("status",),
                )
            person_id = agreement["person_id"]
            entry_id = entry_store.insert_entry(
                {
                    "kind": EntryKind.REVIEW.value,
                    "occurred_at": when,
                    "title": "",
                    "body": body,
                    "agreement": agreement_id,
                    "shareable": bool(shareable),
                },
                [person_id],
                [],
            )
            store.insert_review(
                {
                    "agreement": agreement_id,
                    "entry": entry_id,
                    "what_works": works,
                    "what_to_change": change,
                    "decision": choice.value,
                }
            )
            fields: dict[str, Any] = {}
            if next_review is not _UNSET:
                fields["review_on"] = next_review
            new_status = {
                ReviewDecision.PAUSE: AgreementStatus.PAUSED,
                ReviewDecision.CLOSE: AgreementStatus.COMPLETED,
            }.get(choice)
            if new_status is not None and new_status != agreement["status"]:
                fields["status"] = new_status.value
                held_on = when.astimezone().date()
                if new_status == AgreementStatus.COMPLETED and (
                    agreement["ends_on"] is None or agreement["ends_on"] > held_on
                ):
                    started = agreement["started_on"]
                    if started is None or started <= held_on:
                        fields["ends_on"] = held_on
            if fields:
                store.update_agreement(agreement_id, fields)
            if "status" in fields:
                after = store.get_agreement(agreement_id, date.today())
                assert after is not None
                reason = change.splitlines()[0][: v.SHORT_TEXT_MAX] if change else ""
                store.add_revision(agreement_id, reason, terms_snapshot(after))
            people_store.refresh_last_contact([person_id])
            changed.touched("entry", entry_id)
            changed.touched("person", person_id)
            changed.touched("agreement", agreement_id)
        return next(r for r in self.get(agreement_id).reviews if r.entry_id == entry_id)

    def update_review(
        self,
        entry_id: int,
        *,
        what_works: str | None = None,
        what_to_change: str | None = None,
        notes: str | None = None,
        shareable: bool | None = None,
    ) -> Review:
        """Change what a review says (its decision stays: it has already acted)."""
        fields: dict[str, Any] = {}
        if what_works is not None:
            fields["what_works"] = v.text(
                what_works,
                "what_works",
                QT_TRANSLATE_NOOP("Validation", "What works"),
                v.LONG_TEXT_MAX,
            )
        if what_to_change is not None:
            fields["what_to_change"] = v.text(
                what_to_change,
                "what_to_change",
                QT_TRANSLATE_NOOP("Validation", "What to change"),
                v.LONG_TEXT_MAX,
            )
        entry_fields: dict[str, Any] = {}
        if notes is not None:
            entry_fields["body"] = v.text(
                notes, "notes", QT_TRANSLATE_NOOP("Validation", "Notes"), v.LONG_TEXT_MAX
            )
        if shareable is not None:
            entry_fields["shareable"] = bool(shareable)
        with self._ops.write() as changed:
            review = store.review_of_entry(entry_id)
            if review is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Entry #{entry_id} is not a review of an agreement."
                    ),
                    "entry",
                    entry_id=entry_id,
                )
            if fields:
                store.update_review(entry_id, fields)
            if entry_fields:
                entry_store.update_entry(entry_id, entry_fields)
            changed.touched("entry", entry_id)
            changed.touched("agreement", review["agreement_id"])
        return next(r for r in self.get(review["agreement_id"]).reviews if r.entry_id == entry_id)

    def review_of(self, entry_id: int) -> Review | None:
        """The review an entry holds, or None when the entry is not a review."""
        review = store.review_of_entry(entry_id)
        if review is None:
            return None
        return next(
            (r for r in self.get(review["agreement_id"]).reviews if r.entry_id == entry_id), None
        )

    # --- action items -----------------------------------------------------------------

    def actions(
        self,
        open_only: bool = True,
        agreement_id: int | None = None,
        goal_id: int | None = None,
        person_id: int | None = None,
        entry_id: int | None = None,
    ) -> list[ActionItem]:
        return [
            ActionItem.from_row(r)
            for r in store.action_rows(open_only, agreement_id, goal_id, person_id, entry_id)
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
            "title": v.required_text(
                title, "title", QT_TRANSLATE_NOOP("Validation", "Action item"), v.NAME_MAX
            ),
            "owner": v.choice(
                owner, Owner, "owner", QT_TRANSLATE_NOOP("Validation", "Owner")
            ).value,
            "due_on": v.a_date(due_on, "due_on", QT_TRANSLATE_NOOP("Validation", "Due date")),
            "person": person_id,
            "entry": entry_id,
            "agreement": agreement_id,
            "goal": goal_id,
        }
        with self._ops.write() as changed:
            if person_id is not None and not people_store.existing_person_ids([person_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no person #{person_id} in the journal."
                    ),
                    "person_id",
                    person_id=person_id,
                )
            if agreement_id is not None and not store.existing_agreement_ids([agreement_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no agreement #{agreement_id}."),
                    "agreement_id",
                    agreement_id=agreement_id,
                )
            if goal_id is not None:
                self._check_goals([goal_id], "goal_id")
            if entry_id is not None and entry_store.get_entry(entry_id) is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no entry #{entry_id}."),
                    "entry_id",
                    entry_id=entry_id,
                )
            action_id = store.insert_action(values)
            changed.touched("action", action_id)
            if agreement_id is not None:
                changed.touched("agreement", agreement_id)
            if goal_id is not None:
                changed.touched("goal", goal_id)
        return next(a for a in self.actions(open_only=False) if a.id == action_id)

    def update_action(self, action_id: int, **changes: Any) -> ActionItem:
        """Change an action item's title, owner or due date."""
        values: dict[str, Any] = {}
        for key, raw in changes.items():
            if key == "title":
                values[key] = v.required_text(
                    raw, key, QT_TRANSLATE_NOOP("Validation", "Action item"), v.NAME_MAX
                )
            elif key == "owner":
                values[key] = v.choice(
                    raw, Owner, key, QT_TRANSLATE_NOOP("Validation", "Owner")
                ).value
            elif key == "due_on":
                values[key] = v.a_date(raw, key, QT_TRANSLATE_NOOP("Validation", "Due date"))
            else:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "An action item has no field called “{key}”."),
                    key,
                    key=key,
                )
        self._update_action(action_id, values)
        return next(a for a in self.actions(open_only=False) if a.id == action_id)

    def complete_action(self, action_id: int, done_on: date | str | None = None) -> None:
        """Mark an action item done on `done_on`, today when None; `reopen_action` undoes it."""
        when = (
            v.a_date(done_on, "done_on", QT_TRANSLATE_NOOP("Validation", "Done on")) or date.today()
        )
        self._update_action(action_id, {"done_on": when})

    def reopen_action(self, action_id: int) -> None:
        self._update_action(action_id, {"done_on": None})

    def delete_action(self, action_id: int) -> None:
        with self._ops.write() as changed:
            links = store.action_links(action_id)
            if not store.delete_action(action_id):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no action item #{action_id}."),
                    "action",
                    action_id=action_id,
                )
            changed.removed("action", action_id)
            changed.touched("agreement", links["agreement"])
            changed.touched("goal", links["goal"])

    def _update_action(self, action_id: int, values: dict[str, Any]) -> None:
        with self._ops.write() as changed:
            links = store.action_links(action_id)
            if not values:
                if not links["exists"]:
                    raise NotFound.of(
                        QT_TRANSLATE_NOOP("Validation", "There is no action item #{action_id}."),
                        "action",
                        action_id=action_id,
                    )
            elif not store.update_action(action_id, values):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no action item #{action_id}."),
                    "action",
                    action_id=action_id,
                )
            changed.touched("action", action_id)
            changed.touched("agreement", links["agreement"])
            changed.touched("goal", links["goal"])

    # --- checks -----------------------------------------------------------------------

    @staticmethod
    def _check_counterpart(person_id: int) -> None:
        person = people_store.get_person(person_id)
        if person is None:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no person #{person_id} in the journal."),
                "person_id",
                person_id=person_id,
            )
        if person["is_self"]:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "An agreement needs someone other than you: {display_name} is marked as you "
                    "in Contacts.",
                ),
                "person_id",
                display_name=person["display_name"],
            )

    @staticmethod
    def _check_single_active(
        person_id: int, my_role: str, other_than: int | None, field: str
    ) -> None:
        existing = store.active_agreement_with(person_id, my_role, other_than)
        if existing is not None:
            person = people_store.get_person(person_id)
            name = person["display_name"] if person else "this person"
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "There is already an active agreement with {name} in which {value}. Complete, "
                    "pause or end that one first.",
                ),
                field,
                name=name,
                value=_ROLE_WORDS[my_role],
                labels=("value",),
            )

    @staticmethod
    def _check_goals(goal_ids: Sequence[int], field: str = "goal_ids") -> None:
        missing = set(goal_ids) - goal_store.existing_goal_ids(goal_ids)
        if missing:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no goal #{id} in the journal."),
                field,
                id=min(missing),
            )

    @staticmethod
    def _clean(raw: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key == "my_role":
                values[key] = v.choice(
                    value, MyRole, key, QT_TRANSLATE_NOOP("Validation", "My role")
                ).value
            elif key == "status":
                values[key] = v.choice(
                    value, AgreementStatus, key, QT_TRANSLATE_NOOP("Validation", "Status")
                ).value
            elif key == "formal":
                values[key] = bool(value)
            elif key in _TEXTS:
                label, limit = _TEXTS[key]
                values[key] = v.text(value, key, label, limit)
            elif key in _DATES:
                values[key] = v.a_date(value, key, _DATES[key])
            elif key == "cadence_days":
                values[key] = v.positive_days(
                    value, key, QT_TRANSLATE_NOOP("Validation", "Meeting cadence")
                )
            elif key == "goal_ids":
                if isinstance(value, str | int):
                    raise InvalidInput.of(
                        QT_TRANSLATE_NOOP(
                            "Validation", "Objectives must be given as a list of goals."
                        ),
                        key,
                    )
                values[key] = list(dict.fromkeys(value or []))
            else:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "An agreement has no field called “{key}”."),
                    key,
                    key=key,
                )
        v.ordered(
            values.get("started_on"),
            values.get("ends_on"),
            "ends_on",
            QT_TRANSLATE_NOOP("Validation", "The end date cannot be before the start date."),
        )
        return values


def _status_words(status: str) -> str:
    """The status as words in a sentence, marked so the interface translates them."""
    return {
        "proposed": QT_TRANSLATE_NOOP("Validation", "only proposed"),
        "active": QT_TRANSLATE_NOOP("Validation", "active"),
        "paused": QT_TRANSLATE_NOOP("Validation", "paused"),
        "completed": QT_TRANSLATE_NOOP("Validation", "completed"),
        "ended": QT_TRANSLATE_NOOP("Validation", "ended"),
        "declined": QT_TRANSLATE_NOOP("Validation", "declined"),
    }[status]
