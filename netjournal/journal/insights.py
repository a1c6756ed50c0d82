"""Simple figures over time: interactions per month, sessions against cadence, goals per term.

Months are the user's local calendar months. Entries store `occurred_at` in UTC,
so each month is turned into the UTC instants of its first local midnight and of
the next month's (by the time zone's rules on those days, so summer time moves the
boundary with it): an entry at 21:30 on 31 January in New York, stored as 02:30 UTC
on 1 February, counts in January, where it was lived. Each month is then one range
of the `occurred_at` index, counted.

A term is a third of the academic year: September to December, January to April and
May to August (`TERM_MONTHS`). Goals count in the term of their `achieved_on` day.

Sessions against cadence: an agreement's sessions are its entries of the meeting
kinds (`vocab.MEETING_KINDS`); the sessions expected are one per cadence over the
days it was running — from its start (or the range's) to its end (`ends_on` for a
completed one, else today) — with the cadence in force on each day from its
revisions, leaving out the days a later revision marks it paused or proposed. (The
first revision is the terms as recorded, perhaps after the fact: only "proposed"
there means it was not yet running.)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.vocab import AgreementStatus, EntryKind
from netjournal.store import insights as store

MAX_MONTHS = 600
MAX_TERMS = 150
# The first month of each term of the academic year, in the year's order.
TERM_MONTHS = (9, 1, 5)
TERM_LENGTH_MONTHS = 4
# Agreements whose sessions are held against their cadence: running, or run to the end.
CADENCE_STATUSES = (AgreementStatus.ACTIVE, AgreementStatus.PAUSED, AgreementStatus.COMPLETED)
# A note to self is written, not lived with someone: it is not an interaction.
NOT_INTERACTIONS = (EntryKind.NOTE,)
_NOT_RUNNING = (AgreementStatus.PAUSED, AgreementStatus.PROPOSED)
_TITLES_KEPT = 10


@dataclass(frozen=True)
class MonthCount:
    """How many interactions were logged in one local calendar month."""

    year: int
    month: int
    count: int

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)


@dataclass(frozen=True)
class CadenceRecord:
    """One agreement's sessions held against those its cadence asked for, over `since`
    to `until` (both days included)."""

    agreement_id: int
    person_id: int
    person_name: str
    my_role: str
    status: str
    cadence_days: int | None  # the cadence agreed now
    started_on: date | None
    since: date
    until: date
    held: int
    expected: int | None  # None: no cadence was agreed over the span
    last_session_at: datetime | None

    @property
    def shortfall(self) -> int:
        """Sessions behind the cadence (0 when on or ahead of it)."""
        return max(0, (self.expected or 0) - self.held)


@dataclass(frozen=True)
class TermCount:
    """Goals achieved in one term: [first_day, end) with end the next term's first day."""

    first_day: date
    end: date
    count: int
    goal_ids: tuple[int, ...]
    titles: tuple[str, ...]  # the first few, in the order they were achieved

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)


def _whole(value: Any, field: str, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "“{value}” is not a number of {what} from {low} to {high}."
            ),
            field,
            value=value,
            what=what,
            labels=("what",),
            low=low,
            high=high,
        )
    return value


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def local_midnight(day: date, tz: tzinfo | None = None) -> datetime:
    """The aware instant a local day starts (in `tz`, or the system's zone)."""
    moment = datetime.combine(day, time())
    return moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


def term_start(day: date) -> date:
    """The first day of the term `day` falls in."""
    first = max(m for m in TERM_MONTHS if m <= day.month)
    return date(day.year, first, 1)


class Insights(JournalApi):
    """Figures over time: interactions per month, sessions against cadence, goals per term."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def interactions_per_month(
        self,
        months: int = 24,
        person_id: int | None = None,
        *,
        today: date | None = None,
        tz: tzinfo | None = None,
        include_notes: bool = False,
    ) -> list[MonthCount]:
        """The last `months` local months up to this one, oldest first, each with the
        entries logged in it (notes to self left out unless `include_notes`); with
        `person_id`, only the entries that person took part in."""
        months = _whole(months, "months", 1, MAX_MONTHS, QT_TRANSLATE_NOOP("Validation", "months"))
        if person_id is not None and (
            isinstance(person_id, bool) or not isinstance(person_id, int)
        ):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "That is not a person of the journal."), "person_id"
            )
        today = today or date.today()
        year, month = _add_months(today.year, today.month, -(months - 1))
        firsts = [_add_months(year, month, n) for n in range(months + 1)]
        bounds = [
            (
                local_midnight(date(y, m, 1), tz),
                local_midnight(date(*firsts[n + 1], 1), tz),
            )
            for n, (y, m) in enumerate(firsts[:-1])
        ]
        left_out = () if include_notes else tuple(k.value for k in NOT_INTERACTIONS)
        with self._ops.read():
            counts = store.entries_in_ranges(bounds, person_id, left_out)
        return [MonthCount(y, m, count) for (y, m), count in zip(firsts[:-1], counts, strict=True)]

    def sessions_against_cadence(
        self,
        agreement_id: int | None = None,
        *,
        since: date | None = None,
        today: date | None = None,
        tz: tzinfo | None = None,
    ) -> list[CadenceRecord]:
        """Each active, paused or completed agreement (or just `agreement_id`), by the
        counterpart's name: sessions held and expected from its start — or from `since`,
        if later — to its end or today."""
        if agreement_id is not None and (
            isinstance(agreement_id, bool) or not isinstance(agreement_id, int)
        ):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "That is not an agreement of the journal."),
                "agreement_id",
            )
        if since is not None and not isinstance(since, date):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "The start of the range must be a date."), "since"
            )
        today = today or date.today()
        statuses = [s.value for s in CADENCE_STATUSES]
        with self._ops.read():
            rows = store.agreements_for_cadence(statuses, agreement_id)
            spans = {row["id"]: _span(row, since, today, tz) for row in rows}
            held = store.sessions_in_spans(
                [
                    (aid, local_midnight(first, tz), local_midnight(last + timedelta(days=1), tz))
                    for aid, (first, last) in spans.items()
                    if last >= first
                ]
            )
        records = []
        for row in rows:
            first, last = spans[row["id"]]
            if last < first:
                continue  # over before the range, or not started yet
            count, last_at = held.get(row["id"], (0, None))
            records.append(
                CadenceRecord(
                    agreement_id=row["id"],
                    person_id=row["person_id"],
                    person_name=row["person_name"],
                    my_role=row["my_role"],
                    status=row["status"],
                    cadence_days=row["cadence_days"],
                    started_on=row["started_on"],
                    since=first,
                    until=last,
                    held=count,
                    expected=_expected(row, first, last, tz),
                    last_session_at=(
                        None if last_at is None else datetime.fromisoformat(last_at + "+00:00")
                    ),
                )
            )
        return records

    def goals_achieved_per_term(
        self, terms: int = 6, *, today: date | None = None
    ) -> list[TermCount]:
        """The last `terms` terms up to the current one, oldest first, each with the
        goals achieved in it (see `TERM_MONTHS`)."""
        terms = _whole(terms, "terms", 1, MAX_TERMS, QT_TRANSLATE_NOOP("Validation", "terms"))
        today = today or date.today()
        starts = [term_start(today)]
        while len(starts) < terms:
            previous = starts[-1] - timedelta(days=1)
            starts.append(term_start(previous))
        starts.reverse()
        year, month = _add_months(starts[-1].year, starts[-1].month, TERM_LENGTH_MONTHS)
        ends = [*starts[1:], date(year, month, 1)]
        with self._ops.read():
            goals = store.goals_achieved_between(starts[0], ends[-1])
        result = []
        for first, end in zip(starts, ends, strict=True):
            inside = [(gid, title) for gid, title, day in goals if first <= day < end]
            result.append(
                TermCount(
                    first,
                    end,
                    len(inside),
                    tuple(gid for gid, _ in inside),
                    tuple(title for _, title in inside[:_TITLES_KEPT]),
                )
            )
        return result


def _revision_days(row: dict[str, Any], tz: tzinfo | None) -> list[tuple[date, str, int | None]]:
    """Each revision's (first local day, status, cadence) in order; without revisions, the
    agreement's terms as they are."""
    found = []
    for revision in row["revisions"]:
        terms = json.loads(revision["terms"])
        made = datetime.fromisoformat(revision["created_at"]).replace(tzinfo=UTC)
        found.append((_local_day(made, tz), terms.get("status"), terms.get("cadence_days")))
    if not found:
        found.append((date.min, row["status"], row["cadence_days"]))
    return found


def _span(
    row: dict[str, Any], since: date | None, today: date, tz: tzinfo | None
) -> tuple[date, date]:
    """The days (both included) an agreement's sessions are counted over."""
    created = _local_day(datetime.fromisoformat(row["created_at"]).replace(tzinfo=UTC), tz)
    first = row["started_on"] or created
    last = today
    if row["status"] == AgreementStatus.COMPLETED:
        if row["ends_on"] is not None:
            last = min(last, row["ends_on"])
        else:
            # Ended on the day a revision first said so.
            over = [day for day, status, _ in _revision_days(row, tz)[1:] if status == "completed"]
            if over:
                last = min(last, over[0])
    if since is not None:
        first = max(first, since)
    return first, last  # `last` before `first`: nothing of it falls in the range


def _expected(row: dict[str, Any], first: date, last: date, tz: tzinfo | None) -> int | None:
    """Sessions the cadence in force asked for from `first` through `last`."""
    if last < first:
        return 0
    revisions = _revision_days(row, tz)
    end = last + timedelta(days=1)
    total = 0.0
    agreed = False
    for index, (day, status, cadence) in enumerate(revisions):
        begins = first if index == 0 else max(first, day)
        ends = revisions[index + 1][0] if index + 1 < len(revisions) else end
        ends = min(ends, end)
        if ends <= begins:
            continue
        running = status != AgreementStatus.PROPOSED if index == 0 else status not in _NOT_RUNNING
        if not running or not cadence:
            continue
        agreed = True
        total += (ends - begins).days / cadence
    if not agreed:
        return None if not any(c for _, _, c in revisions) else 0
    return math.floor(total + 1e-9)
