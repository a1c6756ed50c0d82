"""Benchmark: the Insights figures at 100,000 people / 1,000,000 entries, through the domain
API and as raw SQL, and the Insights view's refresh.

    python tests/bench/bench_insights.py [--journal PATH] [--samples N] [--json] [--no-ui]

The journal defaults to /work/bench/100k/journal.db (made by bench_journal.py --keep);
"today" is the day after its last entry (2026-08-31), so every month of a range has
entries. Measured, each as median and p95:
- interactions per month over 12, 24 and 60 local months: one statement, a count
  over a range of the `entry_occurred` index per month (less the notes, a range of
  `entry_kind_occurred` each); the raw equivalent is the same SQL over a bare DB-API
  connection, and for comparison the naive GROUP BY strftime over the whole range;
- one person's interactions per month (24 months), along `entry_participant_person`;
- sessions against the agreed cadence over the last 12 months and since the start;
- goals achieved in the last 6 terms;
- `InsightsView.refresh()` (all three, drawn offscreen) unless --no-ui.
Not part of the test suite (pytest collects test_*.py only).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite3

from netjournal.journal import Journal
from netjournal.journal.insights import local_midnight
from netjournal.store.models import format_utc

DEFAULT_JOURNAL = Path("/work/bench/100k/journal.db")
TODAY = date(2026, 8, 31)
TARGETS_MS = {  # p95 through the domain API: a tab that opens without a wait
    "months_24_ms": 100.0,
    "person_months_24_ms": 10.0,
    "cadence_12_months_ms": 50.0,
    "terms_6_ms": 10.0,
}


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def summary(samples: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"median": _ms(statistics.median(ordered)), "p95": _ms(p95)}


def timed(call: Callable[[Any], Any], arguments: Sequence[Any]) -> list[float]:
    clock = time.perf_counter
    found = []
    gc.collect()
    gc.disable()
    try:
        for argument in arguments:
            started = clock()
            call(argument)
            found.append(clock() - started)
    finally:
        gc.enable()
    return found


def _month_bounds(months: int) -> list[tuple[str, str]]:
    index = TODAY.year * 12 + TODAY.month - 1 - (months - 1)
    firsts = [date((index + n) // 12, (index + n) % 12 + 1, 1) for n in range(months + 1)]
    return [
        (format_utc(local_midnight(a)), format_utc(local_midnight(b)))
        for a, b in itertools.pairwise(firsts)
    ]


class Raw:
    """The same counts as plain SQL on a bare connection: the floor to measure against."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA cache_size = -64000")

    def months(self, months: int) -> list[int]:
        bounds = _month_bounds(months)
        values = ", ".join(f"({i}, ?, ?)" for i in range(len(bounds)))
        params = [v for pair in bounds for v in pair]
        sql = (
            f"WITH b(i, lo, hi) AS (VALUES {values}) SELECT i, "
            "(SELECT count(*) FROM entry WHERE occurred_at >= b.lo AND occurred_at < b.hi) - "
            "(SELECT count(*) FROM entry WHERE kind = 'note' AND occurred_at >= b.lo "
            "AND occurred_at < b.hi) FROM b ORDER BY i"
        )
        return [row[1] for row in self.conn.execute(sql, params)]

    def months_grouped(self, months: int) -> list[int]:
        """The naive way: every row's month worked out by strftime, then grouped."""
        bounds = _month_bounds(months)
        rows = self.conn.execute(
            "SELECT strftime('%Y-%m', occurred_at, 'localtime'), count(*) FROM entry "
            "WHERE occurred_at >= ? AND occurred_at < ? AND kind != 'note' GROUP BY 1",
            (bounds[0][0], bounds[-1][1]),
        )
        return [count for _, count in rows]

    def person_months(self, person_id: int) -> list[int]:
        bounds = _month_bounds(24)
        values = ", ".join(f"({i}, ?, ?)" for i in range(len(bounds)))
        params = [v for pair in bounds for v in pair]
        sql = (
            f"WITH b(i, lo, hi) AS (VALUES {values}) SELECT i, (SELECT count(*) FROM "
            "entry_participant ep JOIN entry e ON e.id = ep.entry_id WHERE ep.person_id = ? "
            "AND ep.occurred_at >= b.lo AND ep.occurred_at < b.hi AND e.kind != 'note') "
            "FROM b ORDER BY i"
        )
        return [row[1] for row in self.conn.execute(sql, [*params, person_id])]

    def cadence(self, since: date) -> list[tuple[Any, ...]]:
        """Agreements with their revisions and their sessions since `since`, counted."""
        agreements = self.conn.execute(
            "SELECT a.id, p.display_name, a.started_on, a.ends_on, a.cadence_days "
            "FROM agreement a JOIN person p ON p.id = a.person_id "
            "WHERE a.status IN ('active', 'paused', 'completed')"
        ).fetchall()
        self.conn.execute(
            "SELECT agreement_id, terms, created_at FROM agreement_revision "
            "ORDER BY agreement_id, number"
        ).fetchall()
        low = format_utc(datetime.combine(since, datetime.min.time(), UTC))
        return [
            self.conn.execute(
                "SELECT count(*), max(occurred_at) FROM entry WHERE agreement_id = ? "
                "AND occurred_at >= ? AND kind IN ('session', 'meeting', 'call', 'coffee', "
                "'study_session', 'review')",
                (a[0], low),
            ).fetchone()
            for a in agreements
        ]

    def terms(self) -> list[tuple[Any, ...]]:
        return self.conn.execute(
            "SELECT id, title, achieved_on FROM goal WHERE achieved_on >= '2024-09-01' "
            "AND achieved_on < '2026-09-01' AND status = 'achieved' ORDER BY achieved_on, id"
        ).fetchall()


def measure(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"journal": str(args.journal), "today": TODAY.isoformat()}
    samples = args.samples
    journal = Journal.open(args.journal, create=False)
    raw = Raw(args.journal)
    insights = journal.insights
    try:
        report["entries"] = journal.entries.count()
        for _ in range(2):  # warm both page caches as after a few screens
            insights.interactions_per_month(60, today=TODAY)
            raw.months(60)

        def pair(name: str, domain: Callable[[Any], Any], bare: Callable[[Any], Any], args_: Any):
            d = summary(timed(domain, args_))
            r = summary(timed(bare, args_))
            report[name] = {"domain": d, "raw": r, "ratio": round(d["median"] / r["median"], 2)}
            print(
                f"{name:24s} domain median {d['median']:8.2f} ms p95 {d['p95']:8.2f} ms | "
                f"raw median {r['median']:8.2f} ms p95 {r['p95']:8.2f} ms | "
                f"ratio {report[name]['ratio']:.2f}",
                file=sys.stderr,
            )

        for months in (12, 24, 60):
            pair(
                f"months_{months}_ms",
                lambda _, m=months: insights.interactions_per_month(m, today=TODAY),
                lambda _, m=months: raw.months(m),
                range(samples),
            )
        grouped = summary(timed(lambda _: raw.months_grouped(24), range(max(5, samples // 4))))
        report["months_24_group_by_strftime_ms"] = grouped
        print(
            f"{'naive GROUP BY strftime':24s} median {grouped['median']:8.2f} ms", file=sys.stderr
        )
        rng = random.Random(1)
        people = [rng.randint(1, 100_000) for _ in range(samples)]
        pair(
            "person_months_24_ms",
            lambda person: insights.interactions_per_month(24, person, today=TODAY),
            raw.person_months,
            people,
        )
        since = TODAY - timedelta(days=365)
        pair(
            "cadence_12_months_ms",
            lambda _: insights.sessions_against_cadence(since=since, today=TODAY),
            lambda _: raw.cadence(since),
            range(samples),
        )
        pair(
            "cadence_since_start_ms",
            lambda _: insights.sessions_against_cadence(today=TODAY),
            lambda _: raw.cadence(date(2000, 1, 1)),
            range(samples),
        )
        pair(
            "terms_6_ms",
            lambda _: insights.goals_achieved_per_term(6, today=TODAY),
            lambda _: raw.terms(),
            range(samples),
        )
        if args.ui:
            report["view_refresh_ms"] = measure_view(journal, samples)
    finally:
        raw.conn.close()
        journal.close()
    missed = [
        f"{key} p95 {report[key]['domain']['p95']} ms > {limit} ms"
        for key, limit in TARGETS_MS.items()
        if report[key]["domain"]["p95"] > limit
    ]
    report["targets_missed"] = missed
    report["targets_met"] = not missed
    return report


def measure_view(journal: Journal, samples: int) -> dict[str, float]:
    """The Insights view's refresh: the three figures read and drawn, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # only with the view

    from netjournal.ui.network.insights import InsightsView

    app = QApplication.instance() or QApplication([])
    view = InsightsView(journal, today=TODAY)
    view.resize(1260, 700)
    view.show()
    app.processEvents()

    def refresh(_: object) -> None:
        view.refresh()
        view.repaint()

    found = summary(timed(refresh, range(max(5, samples // 4))))
    print(
        f"{'view refresh + paint':24s} median {found['median']:8.2f} ms p95 {found['p95']:8.2f} ms",
        file=sys.stderr,
    )
    view.shutdown()
    view.deleteLater()
    app.processEvents()
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journal", type=Path, default=DEFAULT_JOURNAL)
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-ui", dest="ui", action="store_false", help="skip the view")
    args = parser.parse_args(argv)
    report = measure(args)
    if args.json:
        print(json.dumps(report, indent=2))
    return 0 if report["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
