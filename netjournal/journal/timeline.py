"""The unified timeline: every dated thing in one stream, and what is coming up."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from netjournal.journal import validate as v
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.records import TimelineItem, TimelinePage, UpcomingItem
from netjournal.journal.vocab import EntryKind
from netjournal.store import timeline as store

ITEM_KINDS = store.ITEM_KINDS
UPCOMING_KINDS = ("follow_up", "reconnect", "session", "review", "goal_target", "action_due")


def _cursor(value: Any) -> store.TimelineCursor | None:
    if value is None:
        return None
    if (
        isinstance(value, tuple | list)
        and len(value) == 3
        and isinstance(value[0], str)
        and value[1] in ITEM_KINDS
        and isinstance(value[2], int)
    ):
        return (value[0], value[1], value[2])
    raise InvalidInput.of(
        QT_TRANSLATE_NOOP("Validation", "That is not a place in the timeline to continue from."),
        "cursor",
    )


def _kinds(kinds: Collection[str] | None) -> tuple[frozenset[str] | None, tuple[str, ...]]:
    if kinds is None:
        return None, ()
    known = set(ITEM_KINDS) | {k.value for k in EntryKind}
    for kind in kinds:
        if kind not in known:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "“{kind}” is not a kind of thing in the timeline."),
                "kinds",
                kind=kind,
            )
    items, entry_kinds = store.item_kinds_of(kinds)
    if "entry" in items:
        entry_kinds = ()  # every entry is asked for
    return items, entry_kinds


class Timeline(JournalApi):
    """Entries, milestones, goals, agreements and action items in one stream, newest first."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def page(
        self,
        cursor: Any = None,
        limit: int = 200,
        *,
        person_id: int | None = None,
        goal_id: int | None = None,
        agreement_id: int | None = None,
        kinds: Collection[str] | None = None,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        text: str | None = None,
    ) -> TimelinePage:
        """The next `limit` items after `cursor`, newest first; the filters combine.

        `kinds` holds item kinds (`ITEM_KINDS`) and/or entry kinds (meeting, call…);
        entry kinds alone keep only those entries. `since` is inclusive, `until`
        exclusive; a naive time is local and a date alone is its local midnight.
        `text` searches entries' full text and the titles of everything else.
        """
        v.page_size(limit)
        after = _cursor(cursor)
        item_kinds, entry_kinds = _kinds(kinds)
        filters = store.TimelineFilters(
            person_id=person_id,
            goal_id=goal_id,
            agreement_id=agreement_id,
            item_kinds=item_kinds,
            entry_kinds=entry_kinds,
            since=None
            if since is None
            else v.a_time(since, "since", QT_TRANSLATE_NOOP("Validation", "From")),
            until=None
            if until is None
            else v.a_time(until, "until", QT_TRANSLATE_NOOP("Validation", "Until")),
            text=(text or "").encode("utf-8", "replace").decode("utf-8").strip() or None,
        )
        with self._ops.read():
            rows = store.timeline_page(filters, after, limit + 1)
        complete = len(rows) <= limit
        rows = rows[:limit]
        items = []
        for row in rows:
            key = row.pop("sort_key")
            row["at"] = datetime.fromisoformat(key).replace(tzinfo=UTC)
            items.append(TimelineItem.from_row(row))
            row["sort_key"] = key
        last = rows[-1] if rows else None
        return TimelinePage(
            tuple(items),
            (last["sort_key"], last["kind"], last["item_id"]) if last else after,
            complete,
        )

    def upcoming(
        self,
        today: date | None = None,
        horizon_days: int = 30,
        *,
        limit: int = 100,
        overdue_cap: int = 100,
        follow_up_days: int = 90,
    ) -> list[UpcomingItem]:
        """What is coming up to `horizon_days` ahead of `today`, overdue first (oldest first).

        At most `overdue_cap` overdue items, then at most `limit` from today on,
        by due date. Follow-ups count as overdue for `follow_up_days` after their
        date only, and not once any participant has been in touch since the entry.
        """
        today = today or date.today()
        for value, name in (
            (horizon_days, "horizon_days"),
            (limit, "limit"),
            (overdue_cap, "overdue_cap"),
            (follow_up_days, "follow_up_days"),
        ):
            if not isinstance(value, int) or value < 0 or value > 100_000:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "“{value}” is not a number of days or items."),
                    name,
                    value=value,
                )
        with self._ops.read():
            rows = store.upcoming_rows(today, horizon_days, limit, overdue_cap, follow_up_days)
        order = {kind: i for i, kind in enumerate(UPCOMING_KINDS)}
        rows.sort(key=lambda r: (r["due_on"], order[r["kind"]], r["item_id"]))
        overdue = [r for r in rows if r["due_on"] < today][:overdue_cap]
        ahead = [r for r in rows if r["due_on"] >= today][:limit]
        items = []
        for row in overdue + ahead:
            row["overdue"] = row["due_on"] < today
            row["summary"] = row["summary"] or ""
            items.append(UpcomingItem.from_row(row))
        return items
