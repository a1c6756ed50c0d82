"""Journal entries: log what happened, with whom, and list the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from netjournal.journal import validate as v
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.records import Entry, EntryRow, Page
from netjournal.journal.vocab import EntryKind, Helped
from netjournal.store import agreements as agreement_store
from netjournal.store import entries as store
from netjournal.store import goals as goal_store
from netjournal.store import people as people_store

ENTRY_SORTS = tuple(store.ENTRY_SORTS)
# How many entries `get_many` reads in one go: SQLite takes a bounded number of parameters.
_BATCH = 500


def _time_range(
    since: datetime | date | str | None, until: datetime | date | str | None
) -> tuple[datetime | None, datetime | None]:
    """Filter bounds in UTC; a naive time is local, a date alone means its local midnight."""
    return (
        None
        if since is None
        else v.a_time(since, "since", QT_TRANSLATE_NOOP("Validation", "From")),
        None
        if until is None
        else v.a_time(until, "until", QT_TRANSLATE_NOOP("Validation", "Until")),
    )


class Entries(JournalApi):
    """The journal's entries: meetings, coffees, calls, sessions, notes."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def get(self, entry_id: int) -> Entry:
        row = store.get_entry(entry_id)
        if row is None:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no entry #{entry_id} in the journal."),
                "entry",
                entry_id=entry_id,
            )
        return self._entry(row)

    def get_many(self, ids: Sequence[int]) -> list[Entry]:
        """Each of these entries whole, as `get` gives them, in the order given (missing
        ids are skipped), in a few queries per few hundred entries."""
        entries: list[Entry] = []
        for start in range(0, len(ids), _BATCH):
            entries.extend(self._entry(r) for r in store.get_entries(ids[start : start + _BATCH]))
        return entries

    @staticmethod
    def _entry(row: dict[str, Any]) -> Entry:
        row["participant_ids"] = tuple(row["participant_ids"])
        row["goal_ids"] = tuple(row["goal_ids"])
        return Entry.from_row(row)

    def rows(self, ids: Sequence[int]) -> list[EntryRow]:
        """The list columns of these entries, in the order given (missing ids are skipped)."""
        return self._records(store.entry_rows(list(ids)))

    @staticmethod
    def _records(found: list[dict[str, Any]]) -> list[EntryRow]:
        for row in found:
            row["participants"] = tuple(row["participants"])
        return [EntryRow.adopt(row) for row in found]

    def page(
        self,
        sort: str = "occurred",
        descending: bool = True,
        cursor: Any = None,
        limit: int = 200,
        *,
        person_id: int | None = None,
        goal_id: int | None = None,
        agreement_id: int | None = None,
        kinds: Sequence[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str | None = None,
        with_rows: bool = False,
    ) -> Page:
        """The next page of entry ids, newest first by default; filters combine.

        With `with_rows` the page also carries the entries' list rows, read in the
        same query.
        """
        if sort not in store.ENTRY_SORTS:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Entries cannot be sorted by “{sort}”."),
                "sort",
                sort=sort,
            )
        v.page_size(limit)
        kinds = [
            v.choice(k, EntryKind, "kinds", QT_TRANSLATE_NOOP("Validation", "Kind")).value
            for k in kinds or []
        ]
        since, until = _time_range(since, until)
        keys, rows = store.entry_page(
            sort,
            descending,
            cursor,
            limit + 1,
            person_id,
            goal_id,
            agreement_id,
            kinds,
            since,
            until,
            text,
            with_rows,
        )
        return Page.of(keys, tuple(self._records(rows)), limit, cursor)

    def count(self, **filters: Any) -> int:
        filters["since"], filters["until"] = _time_range(filters.get("since"), filters.get("until"))
        return store.count_entries(**filters)

    def of_person(self, person_id: int, limit: int = 100) -> list[EntryRow]:
        """A person's newest entries: their slice of the timeline."""
        return self.rows(self.page(person_id=person_id, limit=limit).ids)

    def log(
        self,
        kind: str,
        occurred_at: datetime | str,
        participant_ids: Sequence[int] = (),
        *,
        title: str = "",
        body: str = "",
        helped: str | None = None,
        follow_up_on: date | str | None = None,
        goal_ids: Sequence[int] = (),
        agreement_id: int | None = None,
        shareable: bool = False,
    ) -> Entry:
        """Record something that happened; it resets the keep-in-touch clock of each participant.

        Its notes are private unless `shareable`: only shareable notes go into what is
        made for someone else (an agreement's summary).
        """
        values = self._clean(
            {
                "kind": kind,
                "occurred_at": occurred_at,
                "title": title,
                "body": body,
                "helped": helped,
                "follow_up_on": follow_up_on,
                "agreement_id": agreement_id,
                "shareable": shareable,
            }
        )
        people = list(dict.fromkeys(participant_ids))
        goals = list(dict.fromkeys(goal_ids))
        if not values["title"] and not values["body"] and not people:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "An entry needs a title, some notes or a participant."
                ),
                "title",
            )
        with self._ops.write() as changed:
            self._check_links(people, goals, values.get("agreement"))
            entry_id = store.insert_entry(values, people, goals)
            people_store.refresh_last_contact(people)
            changed.touched("entry", entry_id)
            changed.touched("person", people)
            if goals:
                changed.touched("goal", goals)
            if values.get("agreement"):
                changed.touched("agreement", values["agreement"])
        return self.get(entry_id)

    def update(
        self,
        entry_id: int,
        *,
        participant_ids: Sequence[int] | None = None,
        goal_ids: Sequence[int] | None = None,
        **changes: Any,
    ) -> Entry:
        """Change an entry; lists given replace the entry's participants or goals."""
        unknown = set(changes) - {
            "kind",
            "occurred_at",
            "title",
            "body",
            "helped",
            "follow_up_on",
            "agreement_id",
            "shareable",
        }
        if unknown:
            name = sorted(unknown)[0]
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "An entry has no field called “{name}”."),
                name,
                name=name,
            )
        values = self._clean(changes)
        people = list(dict.fromkeys(participant_ids)) if participant_ids is not None else None
        goals = list(dict.fromkeys(goal_ids)) if goal_ids is not None else None
        with self._ops.write() as changed:
            old = store.get_entry(entry_id)
            if old is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no entry #{entry_id} in the journal."
                    ),
                    "entry",
                    entry_id=entry_id,
                )
            self._check_links(people or [], goals or [], values.get("agreement"))
            store.update_entry(entry_id, values, people, goals)
            affected = set(old["participant_ids"]) | set(people or [])
            people_store.refresh_last_contact(affected)
            changed.touched("entry", entry_id)
            changed.touched("person", affected)
            if goals is not None:
                # Goals it left and goals it joined both list other entries now.
                changed.touched("goal", set(goals) | set(old["goal_ids"]))
            if "agreement" in values:
                linked = {old["agreement_id"], values["agreement"]} - {None}
                changed.touched("agreement", linked)
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        with self._ops.write() as changed:
            old = store.get_entry(entry_id)
            if old is None or not store.delete_entry(entry_id):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no entry #{entry_id} in the journal."
                    ),
                    "entry",
                    entry_id=entry_id,
                )
            people_store.refresh_last_contact(old["participant_ids"])
            changed.removed("entry", entry_id)
            changed.touched("person", old["participant_ids"])
            changed.touched("goal", old["goal_ids"])
            if old["agreement_id"] is not None:
                changed.touched("agreement", old["agreement_id"])

    @staticmethod
    def _clean(raw: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if "kind" in raw:
            values["kind"] = v.choice(
                raw["kind"], EntryKind, "kind", QT_TRANSLATE_NOOP("Validation", "Kind")
            ).value
        if "occurred_at" in raw:
            values["occurred_at"] = v.a_time(
                raw["occurred_at"], "occurred_at", QT_TRANSLATE_NOOP("Validation", "Date and time")
            )
        if "title" in raw:
            values["title"] = v.text(
                raw["title"], "title", QT_TRANSLATE_NOOP("Validation", "Title"), v.NAME_MAX
            )
        if "body" in raw:
            values["body"] = v.text(
                raw["body"], "body", QT_TRANSLATE_NOOP("Validation", "Notes"), v.LONG_TEXT_MAX
            )
        if "helped" in raw:
            helped = v.optional_choice(
                raw["helped"], Helped, "helped", QT_TRANSLATE_NOOP("Validation", "Who helped whom")
            )
            values["helped"] = helped.value if helped else None
        if "follow_up_on" in raw:
            values["follow_up_on"] = v.a_date(
                raw["follow_up_on"],
                "follow_up_on",
                QT_TRANSLATE_NOOP("Validation", "Follow-up date"),
            )
        if "agreement_id" in raw:
            agreement_id = raw["agreement_id"]
            if agreement_id is not None and (
                isinstance(agreement_id, bool) or not isinstance(agreement_id, int)
            ):
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "That is not an agreement of the journal."),
                    "agreement_id",
                )
            values["agreement"] = agreement_id
        if "shareable" in raw:
            values["shareable"] = bool(raw["shareable"])
        return values

    @staticmethod
    def _check_links(people: list[int], goals: list[int], agreement_id: int | None) -> None:
        missing = set(people) - people_store.existing_person_ids(people)
        if missing:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no person #{id} in the journal."),
                "participant_ids",
                id=min(missing),
            )
        missing = set(goals) - goal_store.existing_goal_ids(goals)
        if missing:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no goal #{id} in the journal."),
                "goal_ids",
                id=min(missing),
            )
        if agreement_id is not None and not agreement_store.existing_agreement_ids([agreement_id]):
            raise NotFound.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "There is no agreement #{agreement_id} in the journal."
                ),
                "agreement_id",
                agreement_id=agreement_id,
            )
