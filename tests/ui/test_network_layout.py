"""The map's layout: deterministic, finite, nobody on top of anybody, cached, cancellable."""

from __future__ import annotations

import math
import random

import pytest

from netjournal.ui.network.layout import (
    MIN_GAP,
    WARM_STEPS,
    EdgeSpec,
    LayoutCache,
    LayoutCancelled,
    LayoutSpec,
    Positions,
    layout,
    signature,
)

HUB = 0


def ego_graph(people: int, goals: int, seed: int = 5) -> tuple[list[int], list[EdgeSpec]]:
    """Me (0) linked to everyone, and goals of two to five people linking them."""
    rng = random.Random(seed)
    ids = list(range(people + 1))
    edges: dict[tuple[int, int], float] = {(HUB, p): 1.0 for p in ids[1:]}
    for _ in range(goals):
        members = sorted(rng.sample(ids[1:], rng.randint(2, 5)))
        for a in members:
            for b in members:
                if a < b:
                    edges[(a, b)] = edges.get((a, b), 0.0) + 1.0
    return ids, [(a, b, w) for (a, b), w in edges.items()]


def closest_pair(positions: Positions) -> float:
    points = list(positions.values())
    return min(
        math.dist(points[i], points[j])
        for i in range(len(points))
        for j in range(i + 1, len(points))
    )


def test_the_same_graph_and_seed_give_the_same_layout_in_any_order() -> None:
    ids, edges = ego_graph(120, 25)
    first = layout(ids, edges, seed=3, hub=HUB).positions
    shuffled_ids = list(reversed(ids))
    shuffled_edges = [(b, a, w) for a, b, w in reversed(edges)]
    assert layout(shuffled_ids, shuffled_edges, seed=3, hub=HUB).positions == first
    assert layout(ids, edges, seed=4, hub=HUB).positions != first


def test_positions_are_finite_spread_out_and_centred_on_the_hub() -> None:
    ids, edges = ego_graph(300, 60)
    result = layout(ids, edges, seed=1, hub=HUB)
    positions = result.positions
    assert set(positions) == set(ids)
    assert all(math.isfinite(c) for point in positions.values() for c in point)
    assert positions[HUB] == (0.0, 0.0)
    assert closest_pair(positions) >= MIN_GAP * 0.99
    assert not result.warm
    # A disc about as wide as the number of people asks for, not a line or a dot.
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert 10 < width < 60
    assert 0.6 < width / height < 1.6


def test_people_who_share_a_goal_sit_closer_than_strangers() -> None:
    ids, edges = ego_graph(200, 30)
    positions = layout(ids, edges, seed=2, hub=HUB).positions
    linked = [math.dist(positions[a], positions[b]) for a, b, _ in edges if HUB not in (a, b)]
    rng = random.Random(9)
    strangers = [
        math.dist(positions[a], positions[b])
        for a, b in (rng.sample(ids[1:], 2) for _ in range(500))
    ]
    assert sum(linked) / len(linked) < 0.5 * sum(strangers) / len(strangers)


def test_a_small_change_starts_from_the_last_positions() -> None:
    ids, edges = ego_graph(200, 30)
    before = layout(ids, edges, seed=1, hub=HUB).positions
    newcomer = max(ids) + 1
    after = layout(
        [*ids, newcomer],
        [*edges, (HUB, newcomer, 1.0), (newcomer, 7, 1.0)],
        seed=1,
        hub=HUB,
        start=before,
    )
    assert after.warm
    assert after.steps == WARM_STEPS
    moved = sorted(math.dist(before[i], after.positions[i]) for i in ids)
    assert moved[len(moved) // 2] < 0.5  # most people stay where they were
    # The newcomer lands beside the person it is linked to, not anywhere.
    assert math.dist(after.positions[newcomer], after.positions[7]) < 3.0


def test_a_cancelled_layout_stops() -> None:
    ids, edges = ego_graph(100, 10)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(LayoutCancelled):
        layout(ids, edges, seed=1, hub=HUB, cancelled=cancelled)
    assert len(asked) == 4


def test_no_nodes_no_positions_and_no_hub_is_centred_on_the_middle() -> None:
    assert layout([], []).positions == {}
    positions = layout([5, 6, 7], [(5, 6, 1.0)], seed=1).positions
    assert set(positions) == {5, 6, 7}
    assert abs(sum(x for x, _ in positions.values())) < 1e-9
    assert closest_pair(positions) >= MIN_GAP * 0.99
    # Lines to unknown nodes or to itself are ignored, not a crash.
    assert set(layout([1, 2], [(1, 9, 1.0), (2, 2, 1.0)]).positions) == {1, 2}


def test_the_signature_names_the_graph_not_the_order() -> None:
    ids, edges = ego_graph(30, 5)
    key = signature(ids, edges, 1, HUB)
    assert signature(reversed(ids), [(b, a, w) for a, b, w in edges], 1, HUB) == key
    assert signature(ids, edges, 2, HUB) != key
    assert signature(ids, edges[1:], 1, HUB) != key
    assert signature([*ids, 99], edges, 1, HUB) != key
    assert signature(ids, edges, 1, None) != key
    assert LayoutSpec(tuple(ids), tuple(edges), 1, HUB).key == key


def test_the_cache_returns_the_same_positions_and_keeps_the_last() -> None:
    cache = LayoutCache(size=2)
    spec = LayoutSpec(tuple(range(10)), ((0, 1, 1.0),), 1, 0)
    positions = spec.run().positions
    assert cache.get(spec.key) is None
    cache.put(spec.key, positions)
    assert cache.get(spec.key) is positions
    assert cache.last is positions
    cache.put("b", {})
    cache.put("c", {})
    assert cache.get(spec.key) is None  # the oldest went
    assert len(cache) == 2
    assert cache.last == {}
