"""Where each person sits on the network map: a force-directed layout in plain Python.

After Fruchterman and Reingold: everyone repels everyone near (k²/d), linked people
pull together, and a temperature that cools caps how far a node moves per step.
The pull is a spring (∝ d) rather than FR's d²/k: with thousands of edges, d²/k
crushes a big cluster into a knot while a spring leaves it room to read.
Exact repulsion between all pairs costs n² per step (4 million pairs at 2,000
people), so it is cut off at `CUTOFF` · k and found through a grid of cells that
size (the grid variant of Fruchterman and Reingold's paper): each node meets
the few in its own and the eight neighbouring cells. What a cut-off loses, the
push that spreads a crowd, comes back as a weak pull towards the centre balanced
by local repulsion, which packs the map as an even disc whatever its size.

The map is drawn around one person (me, linked to everyone): the `hub`. Its
edges at full strength would pull every node onto it and say nothing a disc
around it does not, so they pull at `HUB_PULL` of their weight, and the caller
decides which count (the map gives my link to a mentee weight, my link to a
goal's member none: mentorships gather near me); the hub stays at the centre
and pushes its neighbours away like anyone else. Shared goals draw clusters.

Pure and deterministic: the same nodes, edges and seed give the same positions,
in any order they are given. Positions are in units of k, the ideal distance
between linked people; the view scales them. `cancelled` is asked once a step,
so a request that a newer one replaced stops within a few milliseconds.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

Point = tuple[float, float]
Positions = dict[int, Point]
# (one node id, the other, the weight: how many things link them)
EdgeSpec = tuple[int, int, float]

K = 1.0  # the ideal distance between linked people: the unit of the positions
CUTOFF = 3.0  # repulsion reaches this many k (and the grid's cells are this wide)
SPRING = 0.5  # the pull of an edge of weight 1, per unit of length
MIN_GAP = 0.6  # nodes closer than this many k are pushed apart at the end
FRESH_STEPS = 60
WARM_STEPS = 15  # from the last layout's positions: most nodes are where they belong
WARM_HEAT = 0.2  # how far (in k) a node may move per step from there, at first
# The pull towards the centre, scaled by 1/sqrt(n) so a disc of any size keeps its
# nodes about k apart (stronger packs them tighter).
GRAVITY = 0.9
MAX_ATTRACTION_WEIGHT = 3.0
HUB_PULL = 0.25  # how strongly a link to the hub pulls, against any other link
SEPARATION_PASSES = 6


class LayoutCancelled(Exception):
    """A newer request replaced this one."""


@dataclass(frozen=True)
class LayoutResult:
    positions: Positions
    steps: int
    warm: bool  # started from earlier positions


def signature(
    node_ids: Iterable[int], edges: Iterable[EdgeSpec], seed: int, hub: int | None
) -> str:
    """What a layout depends on, as a short key: the same graph gives the same key."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"seed={seed};hub={hub};".encode())
    digest.update(",".join(map(str, sorted(node_ids))).encode())
    digest.update(b";")
    ordered = sorted((min(a, b), max(a, b), float(w)) for a, b, w in edges)
    digest.update(";".join(f"{a}-{b}:{w:g}" for a, b, w in ordered).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class LayoutSpec:
    """Everything a layout depends on; `key` names it in the cache."""

    node_ids: tuple[int, ...]
    edges: tuple[EdgeSpec, ...]
    seed: int = 1
    hub: int | None = None

    @cached_property
    def key(self) -> str:
        return signature(self.node_ids, self.edges, self.seed, self.hub)

    def run(
        self, start: Mapping[int, Point] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> LayoutResult:
        return layout(
            self.node_ids,
            self.edges,
            seed=self.seed,
            hub=self.hub,
            start=start,
            cancelled=cancelled,
        )


class LayoutCache:
    """Layouts of this session by signature (the few most recent), and the last one made,
    which a slightly different graph starts from."""

    def __init__(self, size: int = 16) -> None:
        self._size = size
        self._found: OrderedDict[str, Positions] = OrderedDict()
        self.last: Positions | None = None

    def get(self, key: str) -> Positions | None:
        found = self._found.get(key)
        if found is not None:
            self._found.move_to_end(key)
            self.last = found
        return found

    def put(self, key: str, positions: Positions) -> None:
        self._found[key] = positions
        self._found.move_to_end(key)
        while len(self._found) > self._size:
            self._found.popitem(last=False)
        self.last = positions

    def __len__(self) -> int:
        return len(self._found)


def layout(
    node_ids: Sequence[int],
    edges: Sequence[EdgeSpec],
    *,
    seed: int = 1,
    hub: int | None = None,
    start: Mapping[int, Point] | None = None,
    steps: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LayoutResult:
    """Positions for every node, the hub (if any) at (0, 0).

    `start`: positions of an earlier layout; nodes found there start from them (a
    warm start: fewer, cooler steps, so the map hardly moves), new ones beside
    their linked neighbours. Raises `LayoutCancelled` when `cancelled()` says so.
    """
    ids = sorted(set(node_ids))
    n = len(ids)
    if n == 0:
        return LayoutResult({}, 0, False)
    index = {node: i for i, node in enumerate(ids)}
    hub_index = index.get(hub) if hub is not None else None
    rng = random.Random(seed)
    links: dict[tuple[int, int], float] = {}
    for a, b, weight in edges:
        i, j = index.get(a), index.get(b)
        if i is None or j is None or i == j:
            continue
        pull = max(0.0, float(weight)) * (HUB_PULL if hub_index in (i, j) else 1.0)
        if pull <= 0:
            continue
        key = (i, j) if i < j else (j, i)
        links[key] = min(MAX_ATTRACTION_WEIGHT, links.get(key, 0.0) + pull)
    pairs = sorted(links.items())
    xs, ys, warm = _start(ids, index, pairs, hub_index, start, rng)
    if steps is None:
        steps = WARM_STEPS if warm else FRESH_STEPS
    radius = math.sqrt(n / math.pi) * K
    hottest = WARM_HEAT * K if warm else radius / 4 + K
    coolest = 0.1 * hottest if warm else 0.1 * K
    edge_a = [i for (i, _), _ in pairs]
    edge_b = [j for (_, j), _ in pairs]
    edge_w = [w for _, w in pairs]
    gravity = GRAVITY / math.sqrt(n)
    for step in range(steps):
        if cancelled is not None and cancelled():
            raise LayoutCancelled
        # Linear cooling: the last steps only tidy.
        temperature = hottest * (1 - step / steps) + coolest * (step / steps)
        _step(xs, ys, edge_a, edge_b, edge_w, hub_index, temperature, gravity, rng)
    _separate(xs, ys, hub_index, MIN_GAP * K)
    if hub_index is None:
        cx, cy = sum(xs) / n, sum(ys) / n
    else:
        cx, cy = xs[hub_index], ys[hub_index]
    positions = {node: (xs[i] - cx, ys[i] - cy) for i, node in enumerate(ids)}
    return LayoutResult(positions, steps, warm)


def _start(
    ids: list[int],
    index: dict[int, int],
    pairs: list[tuple[tuple[int, int], float]],
    hub_index: int | None,
    start: Mapping[int, Point] | None,
    rng: random.Random,
) -> tuple[list[float], list[float], bool]:
    """Where each node starts: where it was, else beside its cluster."""
    n = len(ids)
    radius = math.sqrt(n / math.pi) * K
    xs = [0.0] * n
    ys = [0.0] * n
    placed = [False] * n
    if start:
        for i, node in enumerate(ids):
            point = start.get(node)
            if point is not None and all(map(math.isfinite, point)):
                xs[i], ys[i] = point
                placed[i] = True
    warm = sum(placed) > n // 2
    if not warm:
        placed = [False] * n
    if hub_index is not None:
        xs[hub_index] = ys[hub_index] = 0.0
        placed[hub_index] = True
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for (i, j), _ in pairs:
        neighbours[i].append(j)
        neighbours[j].append(i)
    # Clusters (what goals join, the hub left out) start around a point of their own.
    for group in _components(n, neighbours, hub_index):
        todo = [i for i in group if not placed[i]]
        if not todo:
            continue
        anchors = [i for i in group if placed[i]]
        if anchors:
            cx = sum(xs[i] for i in anchors) / len(anchors)
            cy = sum(ys[i] for i in anchors) / len(anchors)
        else:
            cx, cy = _in_disc(rng, radius)
        spread = math.sqrt(len(group)) * K
        for i in todo:
            dx, dy = _in_disc(rng, spread)
            xs[i], ys[i] = cx + dx, cy + dy
            placed[i] = True
    return xs, ys, warm


def _in_disc(rng: random.Random, radius: float) -> Point:
    r = radius * math.sqrt(rng.random())
    angle = rng.random() * math.tau
    return r * math.cos(angle), r * math.sin(angle)


def _components(n: int, neighbours: list[list[int]], hub_index: int | None) -> list[list[int]]:
    seen = [False] * n
    if hub_index is not None:
        seen[hub_index] = True
    groups = []
    for first in range(n):
        if seen[first]:
            continue
        seen[first] = True
        group = [first]
        stack = [first]
        while stack:
            for j in neighbours[stack.pop()]:
                if not seen[j]:
                    seen[j] = True
                    group.append(j)
                    stack.append(j)
        groups.append(group)
    return groups


# The neighbouring cells visited from each cell: half of the eight, so each pair of
# cells is visited once and the force applied to both sides.
_HALF_NEIGHBOURHOOD = ((1, 0), (1, 1), (0, 1), (-1, 1))


def _step(
    xs: list[float],
    ys: list[float],
    edge_a: list[int],
    edge_b: list[int],
    edge_w: list[float],
    hub_index: int | None,
    temperature: float,
    gravity: float,
    rng: random.Random,
) -> None:
    """One step: forces summed into displacements, each capped by the temperature."""
    n = len(xs)
    dx = [0.0] * n
    dy = [0.0] * n
    size = CUTOFF * K
    reach = size * size
    k2 = K * K
    cells: dict[tuple[int, int], list[int]] = {}
    for i in range(n):
        key = (int(xs[i] // size), int(ys[i] // size))
        found = cells.get(key)
        if found is None:
            cells[key] = [i]
        else:
            found.append(i)
    # Repulsion, k²/d along the line between two nodes: (Δx, Δy) · k²/d².
    for (cx, cy), members in cells.items():
        count = len(members)
        for a in range(count):
            i = members[a]
            xi, yi = xs[i], ys[i]
            fx = fy = 0.0
            for b in range(a + 1, count):
                j = members[b]
                ex, ey = xi - xs[j], yi - ys[j]
                d2 = ex * ex + ey * ey
                if d2 < reach:
                    if d2 < 1e-12:
                        ex, ey = rng.uniform(-0.01, 0.01), rng.uniform(-0.01, 0.01)
                        d2 = ex * ex + ey * ey
                    f = k2 / d2
                    fx += ex * f
                    fy += ey * f
                    dx[j] -= ex * f
                    dy[j] -= ey * f
            for ox, oy in _HALF_NEIGHBOURHOOD:
                other = cells.get((cx + ox, cy + oy))
                if other is None:
                    continue
                for j in other:
                    ex, ey = xi - xs[j], yi - ys[j]
                    d2 = ex * ex + ey * ey
                    if d2 < reach:
                        if d2 < 1e-12:
                            ex, ey = rng.uniform(-0.01, 0.01), rng.uniform(-0.01, 0.01)
                            d2 = ex * ex + ey * ey
                        f = k2 / d2
                        fx += ex * f
                        fy += ey * f
                        dx[j] -= ex * f
                        dy[j] -= ey * f
            dx[i] += fx
            dy[i] += fy
    # Attraction, a spring along each edge: (Δx, Δy) · SPRING · weight / k.
    sqrt = math.sqrt
    for i, j, weight in zip(edge_a, edge_b, edge_w, strict=True):
        ex, ey = xs[i] - xs[j], ys[i] - ys[j]
        f = SPRING * weight / K
        dx[i] -= ex * f
        dy[i] -= ey * f
        dx[j] += ex * f
        dy[j] += ey * f
    # The pull towards the centre, and the move, capped by the temperature.
    for i in range(n):
        if i == hub_index:
            continue
        mx = dx[i] - gravity * xs[i]
        my = dy[i] - gravity * ys[i]
        length = sqrt(mx * mx + my * my)
        if length > temperature:
            scale = temperature / length
            mx *= scale
            my *= scale
        xs[i] += mx
        ys[i] += my


def _separate(xs: list[float], ys: list[float], hub_index: int | None, gap: float) -> None:
    """Push apart nodes closer than `gap`, a few passes, so no two sit on top of each other."""
    n = len(xs)
    wanted = gap * gap
    for _ in range(SEPARATION_PASSES):
        cells: dict[tuple[int, int], list[int]] = {}
        for i in range(n):
            cells.setdefault((int(xs[i] // gap), int(ys[i] // gap)), []).append(i)
        moved = False
        for (cx, cy), members in cells.items():
            for a, i in enumerate(members):
                near = members[a + 1 :]
                for ox, oy in _HALF_NEIGHBOURHOOD:
                    near = near + cells.get((cx + ox, cy + oy), [])
                for j in near:
                    ex, ey = xs[i] - xs[j], ys[i] - ys[j]
                    d2 = ex * ex + ey * ey
                    if d2 >= wanted:
                        continue
                    d = math.sqrt(d2)
                    if d < 1e-9:  # exactly on top: apart along a fixed direction
                        ex, ey, d = 1.0, 0.0, 1.0
                        d = 1.0
                        push = gap / 2
                    else:
                        push = (gap - d) / 2
                    ux, uy = ex / d * push, ey / d * push
                    if i == hub_index:
                        xs[j] -= 2 * ux
                        ys[j] -= 2 * uy
                    elif j == hub_index:
                        xs[i] += 2 * ux
                        ys[i] += 2 * uy
                    else:
                        xs[i] += ux
                        ys[i] += uy
                        xs[j] -= ux
                        ys[j] -= uy
                    moved = True
        if not moved:
            return
