"""Benchmark: the network map at 100,000 people and 1,000,000 entries.

    python tests/bench/bench_network.py [--journal PATH] [--linked N] [--samples N] [--json]

It copies the journal (by default the shared 100k/1M benchmark journal) into a
temporary folder, since it writes to it, and measures with `time.perf_counter`:

- the map's graph as the journal has it (`journal.network.graph()`: every person
  linked to me by a goal or a mentorship, their interaction counts over the
  entry_participant link, tags and links), unfiltered, filtered by a tag and by
  a goal; each against the same SQL through a bare DB-API connection (the ratio
  says what the domain layer costs on top);
- then N more people linked (goals of three to six members made through the
  domain API, default 14,000): the graph at its limit of 2,000 people ("showing
  2,000 of 14,9xx"), domain and raw, and as a bound, the raw cost of counting the
  interactions of every person in the journal (what a map of everyone would pay);
- the layout of those 2,000 people (`layout.py`, pure Python) from scratch, and
  from the last positions with one person more (the warm start a small change
  takes);
- the map view offscreen at 1280x800 with those 2,000 people: building the
  scene for a layout, a refresh whose layout is cached (an entry logged), a
  frame rendered (`viewport().grab()`) with the whole map fitted and zoomed in
  to where names show, a zoom step and a pan step each until painted, and
  selecting a person (the highlight and the panel); restyling the items in place
  (the same layout with new sizes) against building the scene anew.

Timings are in milliseconds under keys ending `_ms` ({"median", "p95"}).
Not part of the test suite (pytest collects test_*.py only).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite3  # the engine the journal is built on

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from netjournal.journal import Journal
from netjournal.ui.network.layout import layout
from netjournal.ui.network.map_view import NetworkMapView, layout_spec

DEFAULT_JOURNAL = Path("/work/bench/100k/journal.db")
LIMIT = 2000
SIZE = (1280, 800)


class RawNetwork:
    """The map's reads as plain SQL over a bare connection: the floor to measure against."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA cache_size = -64000")
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def close(self) -> None:
        self.conn.close()

    def graph(
        self, tag_id: int | None = None, goal_id: int | None = None, limit: int = LIMIT
    ) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
        conn = self.conn
        if goal_id is None:
            linked = (
                "SELECT person_id FROM goal_member UNION "
                "SELECT person_id FROM agreement WHERE status <> 'declined'"
            )
            params: list[Any] = []
        else:
            linked = "SELECT person_id FROM goal_member WHERE goal_id = ?"
            params = [goal_id]
        tag = ""
        if tag_id is not None:
            tag = (
                " AND EXISTS (SELECT 1 FROM person_tag pt"
                " WHERE pt.person_id = p.id AND pt.tag_id = ?)"
            )
            params.append(tag_id)
        conn.execute("BEGIN")
        try:
            people = conn.execute(
                f"WITH linked(person_id) AS ({linked}) "
                "SELECT p.id, p.display_name, p.organization, p.last_contact_at, "
                "(SELECT count(*) FROM entry_participant ep WHERE ep.person_id = p.id) AS n, "
                "count(*) OVER () FROM linked CROSS JOIN person p ON p.id = linked.person_id "
                f"WHERE p.archived = 0 AND p.is_self = 0{tag} ORDER BY n DESC, p.id LIMIT ?",
                [*params, limit],
            ).fetchall()
            ids = json.dumps([row[0] for row in people])
            members = conn.execute(
                "SELECT goal_id, person_id FROM goal_member WHERE person_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY goal_id, person_id",
                (ids,),
            ).fetchall()
            agreements = conn.execute(
                "SELECT id, person_id, my_role, status FROM agreement WHERE status <> 'declined' "
                "AND person_id IN (SELECT value FROM json_each(?))",
                (ids,),
            ).fetchall()
            tags = conn.execute(
                "SELECT person_id, tag_id FROM person_tag WHERE person_id IN "
                "(SELECT value FROM json_each(?))",
                (ids,),
            ).fetchall()
            conn.execute(
                "SELECT id, title FROM goal WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted({g for g, _ in members})),),
            ).fetchall()
            conn.execute("SELECT id, name, colour, is_circle FROM tag").fetchall()
            conn.execute("SELECT id FROM person WHERE is_self = 1").fetchall()
        finally:
            conn.execute("COMMIT")
        return people, members, agreements, tags

    def everyone_counted(self) -> list[Any]:
        """The interactions of every person, the 2,000 most first: a map of everyone."""
        return self.conn.execute(
            "SELECT person_id, count(*) AS n FROM entry_participant GROUP BY person_id "
            "ORDER BY n DESC LIMIT ?",
            (LIMIT,),
        ).fetchall()


# --- measuring --------------------------------------------------------------------------


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def summary(samples: Sequence[float]) -> dict[str, float]:
    """Median and 95th percentile, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"median": _ms(statistics.median(ordered)), "p95": _ms(p95), "n": len(ordered)}


def timed_pair(
    domain: Callable[[], Any], raw: Callable[[], Any], samples: int
) -> tuple[list[float], list[float]]:
    """Seconds per call of each, taking turns going first (as bench_journal does)."""
    clock = time.perf_counter
    domain_times: list[float] = []
    raw_times: list[float] = []
    gc.collect()
    gc.disable()
    try:
        for n in range(samples):
            first, second = (raw, domain) if n % 2 else (domain, raw)
            started = clock()
            first()
            middle = clock()
            second()
            ended = clock()
            if n % 2:
                raw_times.append(middle - started)
                domain_times.append(ended - middle)
            else:
                domain_times.append(middle - started)
                raw_times.append(ended - middle)
    finally:
        gc.enable()
    return domain_times, raw_times


def timed(action: Callable[[], Any], samples: int) -> list[float]:
    found = []
    for _ in range(samples):
        started = time.perf_counter()
        action()
        found.append(time.perf_counter() - started)
    return found


def say(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        print(text, flush=True)


def record(
    args: argparse.Namespace,
    report: dict[str, Any],
    name: str,
    domain_times: Sequence[float],
    raw_times: Sequence[float] | None = None,
) -> None:
    domain = summary(domain_times)
    report[f"{name}_ms"] = domain
    line = f"{name:26s} median {domain['median']:9.3f} ms  p95 {domain['p95']:9.3f} ms"
    if raw_times is not None:
        raw = summary(raw_times)
        report[f"{name}_raw_ms"] = raw
        ratio = round(domain["median"] / max(raw["median"], 1e-6), 2)
        report[f"ratio_{name}"] = ratio
        line += f" | raw median {raw['median']:9.3f} ms  p95 {raw['p95']:9.3f} ms | ratio {ratio}"
    say(args, line)


# --- the parts --------------------------------------------------------------------------


def link_more_people(journal: Journal, raw: RawNetwork, count: int, rng: random.Random) -> int:
    """Put `count` people not yet on the map into new goals of three to six members."""
    linked = {
        row[0]
        for row in raw.conn.execute(
            "SELECT person_id FROM goal_member UNION SELECT person_id FROM agreement"
        )
    }
    candidates = [
        row[0]
        for row in raw.conn.execute("SELECT id FROM person WHERE archived = 0 AND is_self = 0")
        if row[0] not in linked
    ]
    chosen = rng.sample(candidates, min(count, len(candidates)))
    made = 0
    while chosen:
        size = rng.randint(3, 6)
        members, chosen = chosen[:size], chosen[size:]
        journal.goals.create(
            f"Study group {made + 1}",
            "academic",
            members=[(person, "collaborator") for person in members],
        )
        made += 1
    return made


def measure_graph(
    args: argparse.Namespace, journal: Journal, raw: RawNetwork, report: dict[str, Any], tag: str
) -> None:
    samples = args.samples
    graph = journal.network.graph()
    report[f"graph{tag}_nodes"] = len(graph.nodes)
    report[f"graph{tag}_edges"] = len(graph.edges)
    report[f"graph{tag}_total"] = graph.total
    say(
        args,
        f"graph{tag}: {graph.shown:,} of {graph.total:,} people shown, {len(graph.edges):,} links",
    )
    for _ in range(2):  # warm both caches
        journal.network.graph()
        raw.graph()
    domain_times, raw_times = timed_pair(journal.network.graph, raw.graph, samples)
    record(args, report, f"graph{tag}", domain_times, raw_times)
    if tag:
        return
    tag_id = raw.conn.execute(
        "SELECT tag_id FROM person_tag GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    goal_id = raw.conn.execute(
        "SELECT goal_id FROM goal_member GROUP BY goal_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    domain_times, raw_times = timed_pair(
        lambda: journal.network.graph(tag_id=tag_id), lambda: raw.graph(tag_id=tag_id), samples
    )
    record(args, report, "graph_by_tag", domain_times, raw_times)
    domain_times, raw_times = timed_pair(
        lambda: journal.network.graph(goal_id=goal_id),
        lambda: raw.graph(goal_id=goal_id),
        samples,
    )
    record(args, report, "graph_by_goal", domain_times, raw_times)


def measure_layout(args: argparse.Namespace, journal: Journal, report: dict[str, Any]) -> None:
    graph = journal.network.graph()
    spec = layout_spec(graph, 1)
    report["layout_nodes"] = len(spec.node_ids)
    report["layout_edges"] = len(spec.edges)
    results = []

    def fresh() -> None:
        results.append(layout(spec.node_ids, spec.edges, seed=1, hub=spec.hub))

    record(args, report, "layout_fresh", timed(fresh, max(3, args.samples // 10)))
    start = results[-1].positions
    newcomer = max(spec.node_ids) + 1
    neighbour = spec.node_ids[1]
    edges = (*spec.edges, (spec.hub or 0, newcomer, 1.0), (newcomer, neighbour, 1.0))

    def warm() -> None:
        layout((*spec.node_ids, newcomer), edges, seed=1, hub=spec.hub, start=start)

    record(args, report, "layout_warm_one_more", timed(warm, max(3, args.samples // 5)))


def measure_view(
    args: argparse.Namespace, journal: Journal, folder: Path, report: dict[str, Any]
) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = NetworkMapView(journal)
    view.resize(*SIZE)
    started = time.perf_counter()
    view.show()
    while view.runner.busy or not view.items:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    report["view_first_map_ms"] = _ms(time.perf_counter() - started)
    say(
        args,
        "view: first map (graph, layout in the worker, scene) in "
        f"{report['view_first_map_ms']:.0f} ms",
    )
    report["view_nodes"] = len(view.items)
    samples = args.samples
    graph, key = view.graph, view.shown_key
    assert key is not None
    positions = view.runner.cache.get(key)
    assert positions is not None
    record(args, report, "view_build_scene", timed(lambda: view._build_scene(graph, positions), 10))
    # The same layout again (an entry logged: sizes change, places do not): items restyled.
    record(args, report, "view_restyle", timed(lambda: view._show(graph, positions, key), 10))
    computed = view.runner.computed
    record(args, report, "view_refresh_cached", timed(view.reload, 10))
    assert view.runner.computed == computed, "a cached refresh laid out again"
    viewport = view.view.viewport()

    view.view.fit()
    app.processEvents()
    record(args, report, "frame_fitted", timed(viewport.grab, samples))
    shoot(args, view, "fitted")
    view.view.resetTransform()
    view.view.centerOn(0, 0)
    app.processEvents()
    record(args, report, "frame_zoomed_names", timed(viewport.grab, samples))
    shoot(args, view, "names")
    view.view.fit()
    app.processEvents()
    steps = [1.25, 1 / 1.25]
    zooms = []
    for n in range(samples):
        started = time.perf_counter()
        view.view.zoom_by(steps[(n // 4) % 2])  # four in, four out
        viewport.repaint()
        zooms.append(time.perf_counter() - started)
    record(args, report, "zoom_step", zooms)
    view.view.resetTransform()
    view.view.scale(0.5, 0.5)
    view.view.centerOn(0, 0)
    app.processEvents()
    bar = view.view.horizontalScrollBar()
    pans = []
    for n in range(samples):
        started = time.perf_counter()
        bar.setValue(bar.value() + (60 if (n // 5) % 2 == 0 else -60))
        viewport.repaint()
        pans.append(time.perf_counter() - started)
    record(args, report, "pan_step", pans)
    people = [node.id for node in graph.nodes[1:]]
    rng = random.Random(args.seed)
    selections = []
    for _ in range(min(samples, 20)):
        person = rng.choice(people)
        started = time.perf_counter()
        view.select_person(person)
        viewport.repaint()
        selections.append(time.perf_counter() - started)
    record(args, report, "select_person", selections)
    shoot(args, view, "selected")
    view.shutdown()
    view.deleteLater()
    app.processEvents()


def shoot(args: argparse.Namespace, view: NetworkMapView, name: str) -> None:
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(args.screenshots / f"map-{name}.png"))


def run(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    report: dict[str, Any] = {"source": str(args.journal), "linked_added": args.linked}
    with tempfile.TemporaryDirectory(prefix="netjournal-bench-network-") as name:
        folder = Path(name)
        path = folder / "journal.db"
        started = time.perf_counter()
        shutil.copy(args.journal, path)
        say(args, f"copied {args.journal} in {time.perf_counter() - started:.1f} s")
        journal = Journal.open(path, create=False)
        raw = RawNetwork(path)
        try:
            stats = journal.stats()
            report["people"] = stats.get("people", 0)
            report["entries"] = stats.get("entries", 0)
            say(args, f"journal: {report['people']:,} people, {report['entries']:,} entries")
            measure_graph(args, journal, raw, report, "")
            if args.linked:
                started = time.perf_counter()
                goals = link_more_people(journal, raw, args.linked, rng)
                say(
                    args,
                    f"linked {args.linked:,} more people in {goals:,} new goals "
                    f"({time.perf_counter() - started:.1f} s)",
                )
                measure_graph(args, journal, raw, report, "_linked")
            record(
                args,
                report,
                "raw_count_everyone",
                timed(raw.everyone_counted, max(3, args.samples // 5)),
            )
            measure_layout(args, journal, report)
            measure_view(args, journal, folder, report)
        finally:
            raw.close()
            journal.close()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journal", type=Path, default=DEFAULT_JOURNAL)
    parser.add_argument("--linked", type=int, default=14_000, help="more people to link")
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--screenshots", type=Path, help="save the 2,000-person map here (fitted, names, selected)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report = run(args)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
