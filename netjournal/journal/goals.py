"""Goals: shared goals with milestones and members."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from netjournal.journal import validate as v
from netjournal.journal.mentorships import AGREED, terms_snapshot
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.records import (
    Entry,
    Goal,
    GoalRow,
    Member,
    MemberRef,
    Milestone,
    Reciprocity,
    Suggestion,
)
from netjournal.journal.vocab import EntryKind, GoalCategory, GoalStatus, Horizon, MemberRole
from netjournal.store import agreements as agreement_store
from netjournal.store import entries as entry_store
from netjournal.store import goals as store
from netjournal.store import people as people_store

GOAL_SORTS = tuple(store.GOAL_SORTS)
# How many people "who could help" lists at most.
HELPERS_SHOWN = 12


@dataclass(frozen=True)
class DeletedGoal:
    """What `Goals.delete` took out; `Goals.restore` puts it back."""

    goal_id: int
    title: str
    rows: dict[str, list[dict[str, Any]]]


class Goals(JournalApi):
    """Goals, their milestones and the people who share them."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def get(self, goal_id: int) -> Goal:
        row = store.get_goal(goal_id)
        if row is None:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                "goal",
                goal_id=goal_id,
            )
        row["milestones"] = tuple(Milestone.from_row(m) for m in row["milestones"])
        row["members"] = tuple(Member.from_row(m) for m in row["members"])
        row["skills"] = tuple(row["skills"])
        return Goal.from_row(row)

    def rows(
        self,
        sort: str = "target",
        descending: bool = False,
        status: str | None = None,
        category: str | None = None,
        member_id: int | None = None,
        horizon: str | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[GoalRow]:
        """Every goal matching the filters, sorted in SQLite (target date first by default)."""
        if sort not in store.GOAL_SORTS:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Goals cannot be sorted by “{sort}”."),
                "sort",
                sort=sort,
            )
        found = store.goal_rows(
            sort,
            descending,
            status,
            category,
            member_id,
            horizon,
            None if ids is None else list(ids),
        )
        for row in found:
            row["member_list"] = tuple(map(MemberRef._make, row["member_list"]))
        return [GoalRow.adopt(row) for row in found]

    def reciprocity(self, goal_id: int, limit: int = HELPERS_SHOWN) -> Reciprocity:
        """Who could help (people offering a skill the goal needs) and whom I could help
        (members looking for a skill I offer), each with the skills that say why."""
        v.page_size(limit)
        with self._ops.read():
            if not store.existing_goal_ids([goal_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                    "goal",
                    goal_id=goal_id,
                )
            could = tuple(Suggestion.from_row(r) for r in store.could_help(goal_id, limit))
            mine = tuple(Suggestion.from_row(r) for r in store.i_could_help(goal_id))
            offers = tuple(people_store.own_skills()["offers"])
        return Reciprocity(could, mine, offers)

    def create(
        self,
        title: str,
        category: str = GoalCategory.PERSONAL,
        *,
        horizon: str = Horizon.SHORT,
        status: str = GoalStatus.ACTIVE,
        why: str = "",
        start_on: date | str | None = None,
        target_on: date | str | None = None,
        progress: int | None = None,
        members: Sequence[tuple[int, str]] = (),
        skills: Sequence[str] = (),
    ) -> Goal:
        values = self._clean(
            {
                "title": title,
                "category": category,
                "horizon": horizon,
                "status": status,
                "why": why,
                "start_on": start_on,
                "target_on": target_on,
                "progress": progress,
            }
        )
        values.setdefault("title", "")
        if not values["title"]:
            raise InvalidInput.of(QT_TRANSLATE_NOOP("Validation", "A goal needs a title."), "title")
        if values["status"] == GoalStatus.ACHIEVED:
            values["achieved_on"] = date.today()
        cleaned_members = [
            (
                pid,
                v.choice(
                    role, MemberRole, "members", QT_TRANSLATE_NOOP("Validation", "Role")
                ).value,
            )
            for pid, role in members
        ]
        skill_names = v.names(skills, "skills", QT_TRANSLATE_NOOP("Validation", "Skill"))
        with self._ops.write() as changed:
            self._check_people([pid for pid, _ in cleaned_members])
            goal_id = store.insert_goal(values)
            for pid, role in cleaned_members:
                store.set_member(goal_id, pid, role)
            store.set_goal_skills(goal_id, [people_store.skill_id_for(n) for n in skill_names])
            changed.touched("goal", goal_id)
            changed.touched("person", [pid for pid, _ in cleaned_members])
        return self.get(goal_id)

    def update(self, goal_id: int, **changes: Any) -> Goal:
        skills = changes.pop("skills", None)
        skill_names = (
            v.names(skills, "skills", QT_TRANSLATE_NOOP("Validation", "Skill"))
            if skills is not None
            else None
        )
        values = self._clean(changes)
        with self._ops.write() as changed:
            current = store.get_goal(goal_id)
            if current is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                    "goal",
                    goal_id=goal_id,
                )
            start = values.get("start_on", current["start_on"])
            target = values.get("target_on", current["target_on"])
            # The field at fault is the one being changed against the stored one.
            if "target_on" in values:
                v.ordered(
                    start,
                    target,
                    "target_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The target date cannot be before the start date."
                    ),
                )
            else:
                v.ordered(
                    start,
                    target,
                    "start_on",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The start date cannot be after the target date."
                    ),
                )
            if (
                values.get("status") == GoalStatus.ACHIEVED
                and current["status"] != GoalStatus.ACHIEVED
            ):
                values.setdefault("achieved_on", date.today())
            elif "status" in values and values["status"] != GoalStatus.ACHIEVED:
                values["achieved_on"] = None
            if values:
                store.update_goal(goal_id, values)
            if skill_names is not None:
                store.set_goal_skills(goal_id, [people_store.skill_id_for(n) for n in skill_names])
            changed.touched("goal", goal_id)
        return self.get(goal_id)

    def achieve(self, goal_id: int, on: date | str | None = None) -> Goal:
        """Mark the goal achieved on `on` (today when None): it goes on the timeline."""
        when = (
            v.a_date(on, "achieved_on", QT_TRANSLATE_NOOP("Validation", "Achieved on"))
            or date.today()
        )
        return self.update(goal_id, status=GoalStatus.ACHIEVED, achieved_on=when)

    def celebrate(
        self,
        goal_id: int,
        told_ids: Sequence[int],
        message: str,
        occurred_at: datetime | date | str | None = None,
    ) -> Entry:
        """Note that an achieved goal was celebrated: an entry with the people told and the
        message they were sent (by the user: NetJournal never sends anything)."""
        text = v.required_text(
            message, "message", QT_TRANSLATE_NOOP("Validation", "Message"), v.LONG_TEXT_MAX
        )
        told = list(dict.fromkeys(told_ids))
        if not told:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "Choose who you told, or close without celebrating."
                ),
                "told_ids",
            )
        when = v.a_time(
            occurred_at or datetime.now().astimezone(),
            "occurred_at",
            QT_TRANSLATE_NOOP("Validation", "Date"),
        )
        with self._ops.write() as changed:
            goal = store.get_goal(goal_id)
            if goal is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                    "goal",
                    goal_id=goal_id,
                )
            if goal["status"] != GoalStatus.ACHIEVED:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "“{title}” is not achieved yet: celebrate it once it is."
                    ),
                    "goal",
                    title=goal["title"],
                )
            self._check_people(told, "told_ids")
            entry_id = entry_store.insert_entry(
                {
                    "kind": EntryKind.MESSAGE.value,
                    "occurred_at": when,
                    "title": f"Celebrated: {goal['title']}"[: v.NAME_MAX],
                    "body": text,
                    "shareable": True,  # it was sent to them
                },
                told,
                [goal_id],
            )
            store.update_goal(goal_id, {"celebrated_on": when.astimezone().date()})
            people_store.refresh_last_contact(told)
            changed.touched("entry", entry_id)
            changed.touched("goal", goal_id)
            changed.touched("person", told)
        return Entry.from_row(
            {
                **entry_store.get_entry(entry_id),
                "participant_ids": tuple(told),
                "goal_ids": (goal_id,),
            }
        )

    def delete(self, goal_id: int) -> DeletedGoal:
        """Delete a goal with its milestones and action items; entries and agreements that
        named it stay. `restore` undoes it."""
        with self._ops.write() as changed:
            links = store.goal_links(goal_id)
            rows = store.snapshot_goal(goal_id)
            if rows is None or not store.delete_goal(goal_id):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                    "goal",
                    goal_id=goal_id,
                )
            title = rows["goal"][0]["title"]
            _revise_objectives(links["agreement"], f"The goal “{title}” was deleted")
            changed.removed("goal", goal_id)
            changed.removed("action", *links["action"])
            changed.touched("entry", links["entry"])
            changed.touched("agreement", links["agreement"])
            changed.touched("person", links["person"])
        return DeletedGoal(goal_id, title, rows)

    def restore(self, deleted: DeletedGoal) -> Goal:
        """Undo a `delete`: the goal comes back with the same uuid, milestones, members,
        skills, links to entries and agreements, and action items."""
        if not isinstance(deleted, DeletedGoal):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Only a deleted goal's snapshot can be restored."),
                "goal",
            )
        with self._ops.write() as changed:
            if store.existing_goal_ids([deleted.goal_id]) or store.uuid_taken(
                deleted.rows["goal"][0]["uuid"]
            ):
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "“{title}” is already in the journal."),
                    "goal",
                    title=deleted.title,
                )
            goal_id = store.restore_goal(deleted.rows)
            links = store.goal_links(goal_id)
            _revise_objectives(links["agreement"], f"The goal “{deleted.title}” was restored")
            changed.touched("goal", goal_id)
            changed.touched("action", links["action"])
            changed.touched("entry", links["entry"])
            changed.touched("agreement", links["agreement"])
            changed.touched("person", links["person"])
        return self.get(goal_id)

    def set_member(self, goal_id: int, person_id: int, role: str | None) -> Goal:
        """Make a person a member of the goal with `role`, or remove them (None)."""
        cleaned = v.optional_choice(
            role, MemberRole, "role", QT_TRANSLATE_NOOP("Validation", "Role")
        )
        with self._ops.write() as changed:
            if not store.existing_goal_ids([goal_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                    "goal",
                    goal_id=goal_id,
                )
            self._check_people([person_id], "person_id")
            store.set_member(goal_id, person_id, cleaned.value if cleaned else None)
            changed.touched("goal", goal_id)
            changed.touched("person", person_id)
        return self.get(goal_id)

    def add_milestone(
        self, goal_id: int, title: str, due_on: date | str | None = None
    ) -> Milestone:
        cleaned_title = v.required_text(
            title, "title", QT_TRANSLATE_NOOP("Validation", "Milestone"), v.NAME_MAX
        )
        due = v.a_date(due_on, "due_on", QT_TRANSLATE_NOOP("Validation", "Due date"))
        with self._ops.write() as changed:
            if not store.existing_goal_ids([goal_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                    "goal",
                    goal_id=goal_id,
                )
            milestone_id = store.insert_milestone(goal_id, {"title": cleaned_title, "due_on": due})
            changed.touched("goal", goal_id)
        return next(m for m in self.get(goal_id).milestones if m.id == milestone_id)

    def update_milestone(self, milestone_id: int, **changes: Any) -> None:
        values: dict[str, Any] = {}
        for key, raw in changes.items():
            if key == "title":
                values[key] = v.required_text(
                    raw, key, QT_TRANSLATE_NOOP("Validation", "Milestone"), v.NAME_MAX
                )
            elif key in ("due_on", "done_on"):
                values[key] = v.a_date(
                    raw,
                    key,
                    QT_TRANSLATE_NOOP("Validation", "Due date")
                    if key == "due_on"
                    else QT_TRANSLATE_NOOP("Validation", "Done on"),
                )
            elif key == "position":
                if isinstance(raw, bool) or not isinstance(raw, int):
                    raise InvalidInput.of(
                        QT_TRANSLATE_NOOP(
                            "Validation", "A milestone's position must be a whole number."
                        ),
                        key,
                    )
                values[key] = raw
            else:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "A milestone has no field called “{key}”."),
                    key,
                    key=key,
                )
        with self._ops.write() as changed:
            goal_id = store.milestone_goal_id(milestone_id)
            if goal_id is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no milestone #{milestone_id}."),
                    "milestone",
                    milestone_id=milestone_id,
                )
            store.update_milestone(milestone_id, values)
            changed.touched("goal", goal_id)

    def reorder_milestones(self, goal_id: int, milestone_ids: Sequence[int]) -> Goal:
        """Put the goal's milestones in this order (every one of them, each once)."""
        wanted = list(milestone_ids)
        with self._ops.write() as changed:
            if not store.existing_goal_ids([goal_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no goal #{goal_id} in the journal."),
                    "goal",
                    goal_id=goal_id,
                )
            current = store.milestone_ids(goal_id)
            if sorted(wanted) != sorted(current) or len(set(wanted)) != len(wanted):
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "A new order must name every milestone of the goal exactly once.",
                    ),
                    "milestones",
                )
            store.reorder_milestones(goal_id, wanted)
            changed.touched("goal", goal_id)
        return self.get(goal_id)

    def delete_milestone(self, milestone_id: int) -> None:
        with self._ops.write() as changed:
            goal_id = store.milestone_goal_id(milestone_id)
            if goal_id is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no milestone #{milestone_id}."),
                    "milestone",
                    milestone_id=milestone_id,
                )
            store.delete_milestone(milestone_id)
            changed.touched("goal", goal_id)

    @staticmethod
    def _check_people(ids: Sequence[int], field: str = "members") -> None:
        missing = set(ids) - people_store.existing_person_ids(ids)
        if missing:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no person #{id} in the journal."),
                field,
                id=min(missing),
            )
        me = people_store.self_id()
        if me is not None and me in ids and field != "told_ids":
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "You share every goal of your journal already: add the people you share it "
                    "with, not yourself.",
                ),
                field,
            )

    @staticmethod
    def _clean(raw: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key == "title":
                values[key] = v.required_text(
                    value, key, QT_TRANSLATE_NOOP("Validation", "Title"), v.NAME_MAX
                )
            elif key == "why":
                values[key] = v.text(
                    value, key, QT_TRANSLATE_NOOP("Validation", "Why it matters"), v.LONG_TEXT_MAX
                )
            elif key == "category":
                values[key] = v.choice(
                    value, GoalCategory, key, QT_TRANSLATE_NOOP("Validation", "Category")
                ).value
            elif key == "horizon":
                values[key] = v.choice(
                    value, Horizon, key, QT_TRANSLATE_NOOP("Validation", "Horizon")
                ).value
            elif key == "status":
                values[key] = v.choice(
                    value, GoalStatus, key, QT_TRANSLATE_NOOP("Validation", "Status")
                ).value
            elif key in ("start_on", "target_on", "achieved_on"):
                label = {
                    "start_on": QT_TRANSLATE_NOOP("Validation", "Start date"),
                    "target_on": QT_TRANSLATE_NOOP("Validation", "Target date"),
                    "achieved_on": QT_TRANSLATE_NOOP("Validation", "Achieved on"),
                }[key]
                values[key] = v.a_date(value, key, label)
            elif key == "progress":
                values[key] = v.percent(value, key, QT_TRANSLATE_NOOP("Validation", "Progress"))
            else:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "A goal has no field called “{key}”."),
                    key,
                    key=key,
                )
        v.ordered(
            values.get("start_on"),
            values.get("target_on"),
            "target_on",
            QT_TRANSLATE_NOOP("Validation", "The target date cannot be before the start date."),
        )
        return values


def _revise_objectives(agreement_ids: Sequence[int], reason: str) -> None:
    """Agreed mentorships whose objectives changed with a goal get a revision saying so."""
    for agreement_id in agreement_ids:
        row = agreement_store.get_agreement(agreement_id, date.today())
        if row is not None and row["status"] in AGREED:
            agreement_store.add_revision(
                agreement_id, reason[: v.SHORT_TEXT_MAX], terms_snapshot(row)
            )
