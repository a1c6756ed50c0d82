"""Give and get: who helped whom, one-sided relationships, and matches of skills.

Give and get (`GiveAndGet.balance`) counts, for each person, the entries whose
"who helped whom" says I helped them, they helped me, or we helped each other,
and when each side last helped. A relationship is *one-sided* when there have
been at least `MIN_HELPS` helps between us and `ONE_SIDED_SHARE` (3 in 4) or
more of them went the same way; helping each other counts for neither side.
With fewer helps it is too early to tell. One-sided relationships come first
(whichever way they lean), then everyone else; within each, whoever helped
most recently first (ties by person id). Archived people and my own card are
left out.

The tallies are one aggregate over every helped entry, which at 1,000,000
entries takes about a second whatever the index (see store/reciprocity.py).
So they are counted once a session (`count`, which a view may run in a thread
of its own; otherwise the first `balance`) and then kept up to date from the
journal's changes: a change recounts only the people (and the participants of
the entries) it touched. A page is then a slice of an ordered list: about a
millisecond at 100,000 people.

Matches (`GiveAndGet.matches`) are of three kinds, each with its reason:
- people who offer a skill one of my active goals needs (one per person and goal);
- people who look for a skill I offer (Goal → My Skills…);
- pairs of my contacts who could help each other: one offers what the other seeks.
They are looked for among the `POOL` people I was most recently in touch with
(pairs among the `PAIR_POOL` most recent: their number grows with the square)
and the members of my active goals; in a journal of fewer people that is
everyone. Archived people and my own card are never matched.
"""

from __future__ import annotations

import heapq
import threading
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from netjournal.journal import validate as v
from netjournal.journal.changes import Change
from netjournal.journal.operations import JournalApi, Operations
from netjournal.store import reciprocity as store
from netjournal.store.models import parse_utc

# The rule of a one-sided relationship: at least this many helps in all...
MIN_HELPS = 3
# ...and at least this share of them one way (3 in 4).
ONE_SIDED_SHARE = 0.75
RULE = (
    f"One-sided: at least {MIN_HELPS} helps between you, and 3 in 4 or more of them went "
    "the same way (helping each other counts for neither side). One-sided relationships "
    "come first, then whoever helped most recently."
)
PAGE = 100
# How many matches of each kind `matches` returns at most.
MATCHES_SHOWN = 50
# How many of the people most recently in touch matches look among (with goal members).
POOL = 1000
# Pairs are looked for among fewer (with goal members): their number grows with the square.
PAIR_POOL = 500
# A change touching more people than this recounts everyone in one pass.
_RECOUNT_ALL_OVER = 2000

BalanceCursor = tuple[int, float, int]


class Lean(StrEnum):
    """Which way a relationship leans."""

    MINE = "mine"  # one-sided: I do most of the helping
    THEIRS = "theirs"  # one-sided: they do most of the helping
    BALANCED = "balanced"
    TOO_FEW = "too_few"  # fewer than MIN_HELPS helps: too early to tell


def lean_of(i_helped: int, they_helped: int, mutual: int) -> Lean:
    """The rule of the module docstring, in one place."""
    total = i_helped + they_helped + mutual
    if total < MIN_HELPS:
        return Lean.TOO_FEW
    if i_helped >= ONE_SIDED_SHARE * total:
        return Lean.MINE
    if they_helped >= ONE_SIDED_SHARE * total:
        return Lean.THEIRS
    return Lean.BALANCED


@dataclass(frozen=True)
class PersonBalance:
    """How often each side helped, and when last.

    `last_i_helped_at` and `last_they_helped_at` count the times we helped each other
    too (both sides helped then); `last_mutual_at` is those alone.
    """

    person_id: int
    display_name: str
    i_helped: int
    they_helped: int
    mutual: int
    last_i_helped_at: datetime | None
    last_they_helped_at: datetime | None
    last_mutual_at: datetime | None
    lean: Lean

    @property
    def total(self) -> int:
        return self.i_helped + self.they_helped + self.mutual

    @property
    def one_sided(self) -> bool:
        return self.lean in (Lean.MINE, Lean.THEIRS)

    @property
    def last_helped_at(self) -> datetime | None:
        """The last time either side helped."""
        found = [t for t in (self.last_i_helped_at, self.last_they_helped_at) if t is not None]
        return max(found) if found else None


@dataclass(frozen=True)
class BalancePage:
    """A page of give and get; pass `cursor` back as `after` for the next one.

    `people` is how many people are in the whole list (with `one_sided_only`, the
    one-sided ones), `one_sided` how many of all of them are one-sided.
    """

    rows: tuple[PersonBalance, ...]
    cursor: BalanceCursor | None
    complete: bool
    people: int
    one_sided: int


@dataclass(frozen=True)
class GoalHelper:
    """Someone who offers skills one of my active goals needs: "Ana offers Statistics,
    which your goal Pass the stats exam needs"."""

    person_id: int
    display_name: str
    goal_id: int
    goal_title: str
    skills: tuple[str, ...]
    member: bool  # already a member of the goal


@dataclass(frozen=True)
class Seeker:
    """Someone who looks for skills I offer."""

    person_id: int
    display_name: str
    skills: tuple[str, ...]


@dataclass(frozen=True)
class HelpPair:
    """Two of my contacts who could help each other.

    `first_offers` are skills the first offers that the second looks for, and
    `second_offers` the other way round (empty when it goes one way only: then the
    first person is the one who offers). What they share says why they might get on:
    active goals both are members of, circles and other tags.
    """

    first_id: int
    first_name: str
    second_id: int
    second_name: str
    first_offers: tuple[str, ...]
    second_offers: tuple[str, ...]
    shared_goals: tuple[tuple[int, str], ...] = ()
    shared_circles: tuple[str, ...] = ()
    shared_tags: tuple[str, ...] = ()

    @property
    def both_ways(self) -> bool:
        return bool(self.first_offers and self.second_offers)


@dataclass(frozen=True)
class Matches:
    """The three kinds of matches, each capped; `*_found` say how many there were before
    the cap. `my_offers` and `goals_needing_skills` say what fills the first two kinds."""

    goal_helpers: tuple[GoalHelper, ...]
    seekers: tuple[Seeker, ...]
    pairs: tuple[HelpPair, ...]
    goal_helpers_found: int
    seekers_found: int
    pairs_found: int
    my_offers: tuple[str, ...]
    goals_needing_skills: int


# Per person: (i_helped, they_helped, mutual, last i_helped, last they_helped, last mutual,
# the last help of all as a Julian day): the times as the journal's fixed-width UTC text.
_Tally = tuple[int, int, int, str | None, str | None, str | None, float]


def _key(person_id: int, tally: _Tally) -> tuple[int, float, int]:
    """The list order: one-sided first, then the most recent help, then the person's id.

    `lean_of`'s rule, inlined: at 100,000 people this runs for each of them."""
    i, they, mutual = tally[0], tally[1], tally[2]
    total = i + they + mutual
    one_sided = total >= MIN_HELPS and (
        i >= ONE_SIDED_SHARE * total or they >= ONE_SIDED_SHARE * total
    )
    return (0 if one_sided else 1, -tally[6], person_id)


def _tallies(rows: Iterable[store.Tally]) -> dict[int, _Tally]:
    return {row[0]: row[1:] for row in rows}


def _later(a: str | None, b: str | None) -> datetime | None:
    found = max((t for t in (a, b) if t is not None), default=None)
    return None if found is None else parse_utc(found)


def _balance(person_id: int, name: str, tally: _Tally) -> PersonBalance:
    i, they, mutual, last_i, last_they, last_mutual, _day = tally
    return PersonBalance(
        person_id,
        name,
        i,
        they,
        mutual,
        _later(last_i, last_mutual),
        _later(last_they, last_mutual),
        None if last_mutual is None else parse_utc(last_mutual),
        lean_of(i, they, mutual),
    )


class GiveAndGet(JournalApi):
    """Give and get: who helped whom, one-sided relationships, and matches of skills."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops
        # Held while the tallies are read or changed (a first count may take a second).
        self._lock = threading.RLock()
        self._counted: dict[int, _Tally] | None = None  # None: not counted yet
        self._keys: dict[int, tuple[int, float, int]] = {}  # people shown, by sort key
        self._order: list[tuple[int, float, int]] = []
        # What changes have touched since: held only for a moment, so that a change told
        # while a count runs in another thread never waits for it.
        self._pending_lock = threading.Lock()
        self._following = False  # whether changes are noted (from the first count on)
        self._people_to_recount: set[int] = set()
        self._entries_to_recount: set[int] = set()
        self._recount_everyone = False
        ops.bus.subscribe(self._on_change)

    # --- give and get -----------------------------------------------------------------

    @property
    def counted(self) -> bool:
        """Whether the tallies have been counted (so a page costs a millisecond or so)."""
        return self._counted is not None

    def count(self) -> None:
        """Count now what `balance` needs: the first time, every helped entry (most of a
        second at 1,000,000 entries), afterwards only what changes touched. A view may
        call it in a thread of its own so that its first page is quick."""
        with self._lock:
            self._bring_up_to_date()

    def balance(
        self, limit: int = PAGE, after: BalanceCursor | None = None, *, one_sided_only: bool = False
    ) -> BalancePage:
        """A page of people with how often each side helped, one-sided ones first (the
        rule is in the module docstring and `RULE`); `after` is the previous page's cursor."""
        v.page_size(limit)
        with self._lock:
            self._bring_up_to_date()
            order = self._order
            one_sided = bisect_left(order, (1,))
            end = one_sided if one_sided_only else len(order)
            start = 0 if after is None else bisect_right(order, tuple(after))
            keys = order[start : min(start + limit, end)]
            tallies = [(key[2], self._counted_now()[key[2]]) for key in keys]
            with self._ops.read():
                names = store.display_names([person_id for person_id, _ in tallies])
        rows = tuple(_balance(pid, names.get(pid, ""), tally) for pid, tally in tallies)
        return BalancePage(
            rows,
            keys[-1] if keys else (None if after is None else tuple(after)),  # type: ignore[arg-type]
            start + len(keys) >= end,
            end,
            one_sided,
        )

    def balance_of(self, person_ids: Sequence[int]) -> dict[int, PersonBalance]:
        """The give and get of these people, those who are in the list."""
        with self._lock:
            self._bring_up_to_date()
            counted = self._counted_now()
            wanted = [pid for pid in dict.fromkeys(person_ids) if pid in self._keys]
            tallies = {pid: counted[pid] for pid in wanted}
            with self._ops.read():
                names = store.display_names(wanted)
        return {pid: _balance(pid, names.get(pid, ""), t) for pid, t in tallies.items()}

    def _counted_now(self) -> dict[int, _Tally]:
        assert self._counted is not None
        return self._counted

    def _on_change(self, change: Change) -> None:
        """Note who must be recounted; the next read does it."""
        with self._pending_lock:
            if not self._following:
                return
            for kind in ("person", "entry"):
                if kind in change.ids and not change.ids[kind]:  # the whole kind changed
                    self._recount_everyone = True
            self._people_to_recount |= change.ids_of("person") | change.removed_of("person")
            self._entries_to_recount |= change.ids_of("entry")

    def _forget(self) -> None:
        self._counted = None
        self._keys = {}
        self._order = []

    def _bring_up_to_date(self) -> None:
        """Apply what changes touched, or count everyone (the first time, or after a change
        too large to follow person by person). Called with `_lock` held.

        What was pending is taken before the reading starts, so a change committed
        meanwhile stays pending for the next time (counting it twice is harmless)."""
        with self._pending_lock:
            self._following = True
            people, entries = self._people_to_recount, self._entries_to_recount
            everyone = self._recount_everyone
            self._people_to_recount, self._entries_to_recount = set(), set()
            self._recount_everyone = False
        if everyone or len(entries) > _RECOUNT_ALL_OVER:
            self._forget()
        try:
            with self._ops.read():
                if self._counted is not None and (people or entries):
                    people |= store.participants_of(sorted(entries))
                    if len(people) > _RECOUNT_ALL_OVER:
                        self._forget()
                    else:
                        self._recount(sorted(people))
                if self._counted is None:
                    self._count_everyone()
        except BaseException:
            self._forget()  # whatever was half applied is counted afresh next time
            raise

    def _count_everyone(self) -> None:
        counted = _tallies(store.all_tallies())
        hidden = store.hidden_people()
        self._keys = {pid: _key(pid, t) for pid, t in counted.items() if pid not in hidden}
        self._order = sorted(self._keys.values())
        self._counted = counted

    def _recount(self, person_ids: list[int]) -> None:
        counted = self._counted_now()
        fresh = _tallies(store.person_tallies(person_ids))
        hidden = store.hidden_people(person_ids)
        for pid in person_ids:
            old = self._keys.pop(pid, None)
            if old is not None:
                del self._order[bisect_left(self._order, old)]
            tally = fresh.get(pid)
            if tally is None:
                counted.pop(pid, None)
                continue
            counted[pid] = tally
            if pid not in hidden:
                key = _key(pid, tally)
                self._keys[pid] = key
                insort(self._order, key)

    # --- matches ----------------------------------------------------------------------

    def matches(
        self, limit: int = MATCHES_SHOWN, pool: int = POOL, pair_pool: int = PAIR_POOL
    ) -> Matches:
        """Who could help with my active goals, who looks for what I offer, and which of my
        contacts could help each other; at most `limit` of each, best first.

        Ranks: goal helpers by how many of the goal's needed skills they offer, then
        members of the goal, then whoever I was in touch with most recently; seekers by
        how many of my skills they look for, then the most recent contact. Pairs that
        share an active goal come first, then those in the same circle, then those with
        another tag in common, then pairs who could help each other both ways, then by
        how many skills match, then the pair whose less recent contact with me is newer
        (ties by person id).
        """
        v.page_size(limit)
        v.page_size(pool)
        v.page_size(pair_pool)
        with self._ops.read():
            helpers = store.goal_helpers(pool)
            seekers = store.seekers_of_mine(pool)
            pairs, pairs_found = _rank_pairs(store.offer_seek_pairs(pair_pool), limit)
            context = store.matching_context()
        return Matches(
            tuple(
                GoalHelper(
                    r["person_id"],
                    r["display_name"],
                    r["goal_id"],
                    r["goal_title"],
                    r["skills"],
                    r["member"],
                )
                for r in helpers[:limit]
            ),
            tuple(Seeker(r["person_id"], r["display_name"], r["skills"]) for r in seekers[:limit]),
            tuple(pairs),
            len(helpers),
            len(seekers),
            pairs_found,
            context["my_offers"],
            context["goals_needing_skills"],
        )


def _rank_pairs(
    directed: list[tuple[int, int, tuple[str, ...]]], limit: int
) -> tuple[list[HelpPair], int]:
    """Directed (offers, seeks, skills) rows folded into pairs, ranked as `matches` says:
    the best `limit` of them, and how many pairs there were.

    Thousands of pairs are ranked on numbers alone (what they share is counted on sets
    made once per person); only the pairs returned are spelled out.
    """
    gives: dict[tuple[int, int], tuple[str, ...]] = {(a, b): skills for a, b, skills in directed}
    unordered = {(a, b) if a < b else (b, a) for a, b in gives}
    facts = store.people_facts(sorted({pid for pair in unordered for pid in pair}))
    goals = {pid: f["goals"].keys() for pid, f in facts.items()}
    circles = {pid: {t for t, circle in f["tags"].items() if circle} for pid, f in facts.items()}
    tags = {pid: {t for t, circle in f["tags"].items() if not circle} for pid, f in facts.items()}
    # Older contacts rank lower; never in touch lowest.
    recency = {pid: f["contact_day"] or 0.0 for pid, f in facts.items()}

    def rank(pair: tuple[int, int]) -> tuple[int, ...]:
        low, high = pair
        there, back = gives.get(pair, ()), gives.get((high, low), ())
        return (
            -len(goals[low] & goals[high]),
            -len(circles[low] & circles[high]),
            -len(tags[low] & tags[high]),
            0 if there and back else 1,
            -(len(there) + len(back)),
            -min(recency[low], recency[high]),
            low,
            high,
        )

    best = heapq.nsmallest(limit, unordered, key=rank)
    return [_pair(low, high, gives, facts) for low, high in best], len(unordered)


def _pair(
    low: int,
    high: int,
    gives: dict[tuple[int, int], tuple[str, ...]],
    facts: dict[int, dict[str, Any]],
) -> HelpPair:
    """A pair spelled out: the one who offers first (both ways: in the order of names)."""
    first, second = low, high
    there, back = gives.get((low, high), ()), gives.get((high, low), ())
    a, b = facts[low], facts[high]
    if there and back:
        if (b["display_name"].casefold(), high) < (a["display_name"].casefold(), low):
            first, second = high, low
    elif back:
        first, second = high, low
    a, b = facts[first], facts[second]
    shared_goals = sorted(
        ((g, a["goals"][g]) for g in a["goals"].keys() & b["goals"].keys()),
        key=lambda g: (g[1].casefold(), g[0]),
    )
    common = a["tags"].keys() & b["tags"].keys()
    return HelpPair(
        first,
        a["display_name"],
        second,
        b["display_name"],
        gives.get((first, second), ()),
        gives.get((second, first), ()),
        tuple(shared_goals),
        tuple(sorted((t for t in common if a["tags"][t]), key=str.casefold)),
        tuple(sorted((t for t in common if not a["tags"][t]), key=str.casefold)),
    )
