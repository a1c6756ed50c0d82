"""The network map's data: people linked by shared goals and mentorships.

The map is drawn around me, the journal's owner: my goals are mine, so every
member of a goal is linked to me by it, and members of the same goal are linked
to each other; the counterpart of a mentorship is linked to me by it. Me is my
own card (`people.self_id()`) when the journal has one, else a node of its own
with the id `ME`. Archived people and declined agreements link nobody.

A goal shared by many people would be a hairball of n²/2 lines telling nothing
new; past `CLIQUE_LIMIT` members on the map its members are linked to me by it,
not to each other (the person's panel still names the goal).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from itertools import combinations

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from netjournal.journal.operations import JournalApi, Operations
from netjournal.store import network as store

# The id of the synthetic "me" node when the journal has no card of its own for its owner.
ME = 0
# How many people the map shows at most, by default: the ones I talk with most.
DEFAULT_LIMIT = 2000
MAX_LIMIT = 20_000
# A goal with more members than this on the map links them through me only.
CLIQUE_LIMIT = 24


@dataclass(frozen=True)
class NetworkTag:
    id: int
    name: str
    colour: str
    is_circle: bool


@dataclass(frozen=True)
class NetworkAgreement:
    """A mentorship on the map: with whom, my role in it, where it stands."""

    id: int
    person_id: int
    my_role: str
    status: str


@dataclass(frozen=True)
class NetworkNode:
    """A person on the map; `interactions` is how many entries they take part in."""

    id: int
    name: str
    organization: str
    interactions: int
    tag_ids: tuple[int, ...]  # circles first, then tags, each by name
    last_contact_at: datetime | None
    is_me: bool = False


@dataclass(frozen=True)
class NetworkEdge:
    """Two people on the map (`source` < `target`) and what links them."""

    source: int
    target: int
    goal_ids: tuple[int, ...] = ()
    agreement_ids: tuple[int, ...] = ()

    @property
    def weight(self) -> int:
        """How many things link the two."""
        return len(self.goal_ids) + len(self.agreement_ids)


@dataclass(frozen=True)
class NetworkGraph:
    """Nodes (me first, then most interactions first), edges, and what they refer to.

    `total` is how many people the filters let through before the limit: the map
    shows `shown` of `total` ("showing 2,000 of 14,212").
    """

    nodes: tuple[NetworkNode, ...] = ()
    edges: tuple[NetworkEdge, ...] = ()
    total: int = 0
    me_id: int = ME
    tags: Mapping[int, NetworkTag] = field(default_factory=dict)
    goals: Mapping[int, str] = field(default_factory=dict)  # goal id → title
    agreements: Mapping[int, NetworkAgreement] = field(default_factory=dict)

    @property
    def shown(self) -> int:
        """How many people are on the map (me not counted)."""
        return sum(1 for node in self.nodes if not node.is_me)

    @cached_property
    def by_id(self) -> dict[int, NetworkNode]:
        return {node.id: node for node in self.nodes}

    @cached_property
    def edges_by_node(self) -> dict[int, tuple[NetworkEdge, ...]]:
        found: dict[int, list[NetworkEdge]] = {node.id: [] for node in self.nodes}
        for edge in self.edges:
            found[edge.source].append(edge)
            found[edge.target].append(edge)
        return {node_id: tuple(edges) for node_id, edges in found.items()}

    def node(self, node_id: int) -> NetworkNode | None:
        return self.by_id.get(node_id)

    def edges_of(self, node_id: int) -> tuple[NetworkEdge, ...]:
        return self.edges_by_node.get(node_id, ())


@dataclass(frozen=True)
class NetworkChoices:
    """What the map can be filtered by: every tag, and the goals that have members."""

    tags: tuple[NetworkTag, ...]
    goals: tuple[tuple[int, str], ...]  # (id, title), by title


class Network(JournalApi):
    """The network map's data: people linked by shared goals and mentorships."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def choices(self) -> NetworkChoices:
        with self._ops.read():
            tags = tuple(NetworkTag(**row) for row in store.all_tags())
            goals = tuple(store.shared_goals())
        return NetworkChoices(tags, goals)

    def graph(
        self, tag_id: int | None = None, goal_id: int | None = None, limit: int = DEFAULT_LIMIT
    ) -> NetworkGraph:
        """The people linked to me and what links them, the `limit` I talk with most.

        `tag_id` keeps the people with that tag, `goal_id` that goal's members
        (both: those in both); me stays, at the centre, whenever anyone is shown.
        Edges are those between the people shown.
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "The map shows between 1 and {MAX_LIMIT:,} people, not “{limit}”."
                ),
                "limit",
                MAX_LIMIT=MAX_LIMIT,
                limit=limit,
            )
        with self._ops.read():
            people, total = store.linked_people(tag_id, goal_id, limit)
            if not people:
                return NetworkGraph(total=0)
            me_row = store.self_person()
            ids = [row["id"] for row in people]
            all_tags = {row["id"]: NetworkTag(**row) for row in store.all_tags()}
            memberships = store.memberships(ids)
            agreement_rows = store.agreements_with(ids)
            goal_titles = store.goal_titles(sorted({goal for goal, _ in memberships}))
            tag_rows = store.tag_links(ids + ([me_row["id"]] if me_row else []))
        me_id = me_row["id"] if me_row else ME
        person_tags: dict[int, list[int]] = {}
        for person_id, tag in tag_rows:
            person_tags.setdefault(person_id, []).append(tag)

        # Circles first, then tags, each by name: the first is the one that colours the node.
        order = sorted(all_tags.values(), key=lambda t: (not t.is_circle, t.name.casefold(), t.id))
        rank = {tag.id: n for n, tag in enumerate(order)}

        def tags_of(person_id: int) -> tuple[int, ...]:
            return tuple(sorted(person_tags.get(person_id, ()), key=rank.__getitem__))

        me = NetworkNode(
            id=me_id,
            name=me_row["name"] if me_row else "",
            organization=me_row["organization"] if me_row else "",
            interactions=me_row["interactions"] if me_row else 0,
            tag_ids=tags_of(me_id) if me_row else (),
            last_contact_at=me_row["last_contact_at"] if me_row else None,
            is_me=True,
        )
        nodes = [me] + [
            NetworkNode(
                id=row["id"],
                name=row["name"],
                organization=row["organization"],
                interactions=row["interactions"],
                tag_ids=tags_of(row["id"]),
                last_contact_at=row["last_contact_at"],
            )
            for row in people
        ]
        agreements = {
            row["id"]: NetworkAgreement(row["id"], row["person_id"], row["my_role"], row["status"])
            for row in agreement_rows
        }
        edges = _edges(me_id, memberships, agreements.values())
        used_tags = {t for node in nodes for t in node.tag_ids}
        return NetworkGraph(
            nodes=tuple(nodes),
            edges=edges,
            total=total,
            me_id=me_id,
            tags={t: tag for t, tag in all_tags.items() if t in used_tags},
            goals=goal_titles,
            agreements=agreements,
        )


def _edges(
    me_id: int,
    memberships: list[tuple[int, int]],
    agreements: Iterable[NetworkAgreement],
) -> tuple[NetworkEdge, ...]:
    """One edge per linked pair, with every goal and agreement that links them."""
    goals_of: dict[tuple[int, int], list[int]] = {}
    agreements_of: dict[tuple[int, int], list[int]] = {}

    def pair(a: int, b: int) -> tuple[int, int]:
        return (a, b) if a < b else (b, a)

    members: dict[int, list[int]] = {}
    for goal, person in memberships:
        members.setdefault(goal, []).append(person)
    for goal, people in members.items():
        for person in people:
            goals_of.setdefault(pair(me_id, person), []).append(goal)
        if len(people) <= CLIQUE_LIMIT:
            for a, b in combinations(people, 2):
                goals_of.setdefault(pair(a, b), []).append(goal)
    for agreement in agreements:
        agreements_of.setdefault(pair(me_id, agreement.person_id), []).append(agreement.id)
    # Memberships come by goal and agreements by id: each list is in order already.
    empty: tuple[int, ...] = ()
    return tuple(
        NetworkEdge(
            a,
            b,
            tuple(goals_of[a, b]) if (a, b) in goals_of else empty,
            tuple(agreements_of[a, b]) if (a, b) in agreements_of else empty,
        )
        for a, b in sorted(goals_of.keys() | agreements_of.keys())
    )
