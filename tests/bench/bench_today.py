"""Benchmark: Today at 100,000 people and 1,000,000 entries, the domain against raw SQL,
and the tab shown in the window offscreen.

    python tests/bench/bench_today.py --journal PATH [--json] [--samples N] [--reminders N]
    python tests/bench/bench_today.py --people 100000 --entries 1000000 [--json] [--samples N]

It opens the journal (migrating it after a backup if it is older: give it a copy),
adds `--reminders` snoozes and dismissals first if it holds fewer (the Today queries
look each row's reminder up), and measures with `time.perf_counter`:

- `journal.today.items()` (every section, 50 items each, totals counted) against the
  same SQL run through a bare DB-API connection (sqlcipher3's SQLite, no key): the
  section queries of `netjournal.store.today`, their counts when a page is full, the
  participants of the follow-ups. The ratio says what the domain layer costs on top;
  they take turns going first. Then `items()` alone, call after call, as the app reads
  it (taking turns with a second connection slows both);
- in `MainWindow` (offscreen, 1280x800, settings in a temporary ini file): switching
  to Today after a change made while it was hidden (it reads Today again when shown),
  until `QApplication.processEvents` finds nothing more to do, painting included;
  Today read again and repainted while it shows (after a change); and a new
  `TodayTab` built, shown and painted.

Targets: items alone p95 <= 10 ms; Today shown in the window <= 100 ms p95. Timings are in
milliseconds under keys ending `_ms` ({"median", "p95"}). Not part of the test suite
(pytest collects test_*.py only).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite3  # the engine the journal is built on

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from netjournal.journal import Journal
from netjournal.journal import today as domain
from netjournal.journal.generate import generate_journal
from netjournal.store import today as store
from netjournal.ui.main_window import MainWindow
from netjournal.ui.today.tab import TodayTab

TARGETS = {  # the figure checked, and its limit in milliseconds
    "today_items_alone_ms": ("p95", 10.0),
    "show_today_tab_ms": ("p95", 100.0),
    "refresh_today_ms": ("p95", 100.0),
}
SIZE = (1280, 800)


class _EventCounter(QObject):
    """Counts the events the application delivers."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, _event: QEvent) -> bool:
        self.count += 1
        return False


_counters: list[_EventCounter] = []


def settle(most: int = 50) -> None:
    """Process events until a pass delivers none (deferred deletes included)."""
    counter = _counters[0]
    for _ in range(most):
        before = counter.count
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if counter.count == before:
            return


def summary(samples: Sequence[float]) -> dict[str, float]:
    """Median and 95th percentile, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {
        "median": round(statistics.median(ordered) * 1000, 3),
        "p95": round(p95 * 1000, 3),
        "n": len(ordered),
    }


class RawToday:
    """Today's reads as plain SQL over a bare connection: the floor to measure against."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA cache_size = -64000")  # the journal's own page cache

    def close(self) -> None:
        self.conn.close()

    def items(self, today: date, limit: int = domain.SECTION_LIMIT) -> int:
        """Every section's rows, its counts when its page is full, the follow-ups' people;
        how many rows were read."""
        day = today.isoformat()
        params = {
            "follow_up": [
                day,
                day,
                (today - timedelta(domain.FOLLOW_UP_LOOK_BACK_DAYS)).isoformat(),
            ],
            "reconnect": [day],
            "celebrate": [day, day, (today - timedelta(domain.CELEBRATE_DAYS)).isoformat()],
        }
        ahead = [day, (today + timedelta(domain.HORIZON_DAYS)).isoformat()]
        read = 0
        self.conn.execute("BEGIN")
        try:
            for name, query in store.QUERIES.items():
                values = params.get(name, ahead)
                rows = self.conn.execute(query.rows_sql(limit), values).fetchall()
                read += len(rows)
                if len(rows) >= limit:
                    self.conn.execute(query.count_sql("overdue"), values).fetchone()
                    self.conn.execute(query.count_sql("ahead"), values).fetchone()
                if name == "follow_up" and rows:
                    ids = [r[0] for r in rows]
                    sql = store.PARTICIPANTS_SQL.format(marks=",".join("?" * len(ids)))
                    read += len(self.conn.execute(sql, ids).fetchall())
        finally:
            self.conn.execute("COMMIT")
        return read


def timed_pair(
    first: Callable[[], Any], second: Callable[[], Any], samples: int
) -> tuple[list[float], list[float]]:
    """Seconds per call of each, taking turns going first."""
    clock = time.perf_counter
    a_times: list[float] = []
    b_times: list[float] = []
    gc.collect()
    gc.disable()
    try:
        for n in range(samples):
            order = [(first, a_times), (second, b_times)]
            if n % 2:
                order.reverse()
            for action, times in order:
                started = clock()
                action()
                times.append(clock() - started)
    finally:
        gc.enable()
    return a_times, b_times


def add_reminders(journal: Journal, wanted: int) -> int:
    """Snooze or dismiss every other item of each section of Today (a user's snoozes and
    dismissals) until the journal holds `wanted` reminders."""
    today = date.today()
    made = sum(1 for name, rows in journal.archive.tables() if name == "reminder" for _ in rows)
    while made < wanted:
        found = journal.today.items(today)
        picked = [item for s in found.sections for item in s.items[::2]]
        if not picked:
            break
        for n, item in enumerate(picked[: wanted - made]):
            if n % 2:
                journal.today.dismiss(item.key)
            else:
                journal.today.snooze(item.key, today + timedelta(days=30))
            made += 1
    return made


def say(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        print(text, flush=True)


def measure_domain(
    args: argparse.Namespace, journal: Journal, path: Path, report: dict[str, Any]
) -> None:
    raw = RawToday(path)
    try:
        today = date.today()
        journal.today.items(today)  # pages into memory, as after normal use
        raw.items(today)
        found = journal.today.items(today)
        report["sections"] = {
            s.kind: {"shown": len(s.items), "total": s.total, "exact": s.total_exact}
            for s in found.sections
        }
        domain_times, raw_times = timed_pair(
            lambda: journal.today.items(today), lambda: raw.items(today), args.samples
        )
    finally:
        raw.close()
    # And on its own, as the app reads it: the two connections taking turns share the
    # processor's caches, which slows both.
    alone: list[float] = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(args.samples):
            started = time.perf_counter()
            journal.today.items(today)
            alone.append(time.perf_counter() - started)
    finally:
        gc.enable()
    report["today_items_alone_ms"] = summary(alone)
    mine, floor = summary(domain_times), summary(raw_times)
    report["today_items_ms"] = mine
    report["today_items_raw_ms"] = floor
    report["ratio_today_items"] = round(mine["median"] / max(floor["median"], 1e-6), 2)
    report["ratio_today_items_p95"] = round(mine["p95"] / max(floor["p95"], 1e-6), 2)
    say(
        args,
        f"today.items()        domain median {mine['median']:7.3f} ms  p95 {mine['p95']:7.3f} ms"
        f" | raw median {floor['median']:7.3f} ms  p95 {floor['p95']:7.3f} ms"
        f" | ratio {report['ratio_today_items']:.2f} (p95 {report['ratio_today_items_p95']:.2f})",
    )
    say(
        args,
        f"today.items() alone  median {report['today_items_alone_ms']['median']:7.3f} ms  "
        f"p95 {report['today_items_alone_ms']['p95']:7.3f} ms",
    )
    for kind, counts in report["sections"].items():
        more = "" if counts["exact"] else "+"
        say(args, f"  {kind:13s} {counts['shown']:3d} shown of {counts['total']:,}{more}")


def measure_window(
    args: argparse.Namespace, journal: Journal, folder: Path, report: dict[str, Any]
) -> None:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(journal, settings)
    window.resize(*SIZE)
    window.show()
    settle()
    tab = window.today
    samples = max(10, args.samples // 5)
    switches: list[float] = []
    refreshes: list[float] = []
    item = tab.current_item()
    for n in range(samples):
        window.tabs.setCurrentWidget(window.contacts)
        settle()
        # A change while Today is hidden: it reads Today again when it is shown.
        if item is not None:
            change = journal.today.dismiss(item.key)
            journal.today.restore(change)
        else:
            journal.people.update(1, notes=f"bench {n}")
        settle()
        started = time.perf_counter()
        window.tabs.setCurrentWidget(tab)
        settle()
        switches.append(time.perf_counter() - started)
        started = time.perf_counter()
        tab.refresh()
        settle()
        refreshes.append(time.perf_counter() - started)
    builds: list[float] = []
    for _ in range(samples):
        started = time.perf_counter()
        fresh = TodayTab(journal)
        fresh.resize(*SIZE)
        fresh.show()
        settle()
        builds.append(time.perf_counter() - started)
        fresh.shutdown()
        fresh.close()
        fresh.deleteLater()
        settle()
    window.close()
    settle()
    for key, times in (
        ("show_today_tab_ms", switches),
        ("refresh_today_ms", refreshes),
        ("new_today_tab_ms", builds),
    ):
        report[key] = summary(times)
        say(
            args,
            f"{key[:-3]:20s} median {report[key]['median']:7.3f} ms  p95 {report[key]['p95']:7.3f}"
            " ms",
        )


def run(args: argparse.Namespace) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    counter = _EventCounter()
    app.installEventFilter(counter)
    _counters.append(counter)
    folder = Path(tempfile.mkdtemp(prefix="netjournal-bench-today-"))
    if args.journal:
        path = Path(args.journal)
    else:
        path = folder / "journal.db"
        with Journal.open(path) as made:
            generate_journal(made, args.people, args.entries)
    report: dict[str, Any] = {"journal": str(path)}
    journal = Journal.open(path)
    try:
        report.update(journal.stats())
        report["reminders"] = add_reminders(journal, args.reminders)
        say(
            args,
            f"{report.get('people', 0):,} people, {report.get('entries', 0):,} entries, "
            f"{report['reminders']} reminders",
        )
        measure_domain(args, journal, path, report)
        measure_window(args, journal, folder, report)
    finally:
        journal.close()
    missed = [
        f"{key} {part} {report[key][part]} ms > {limit} ms"
        for key, (part, limit) in TARGETS.items()
        if report[key][part] > limit
    ]
    report["targets_met"] = not missed
    report["missed"] = missed
    say(args, "targets met" if not missed else "missed: " + "; ".join(missed))
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journal", metavar="PATH", help="an existing journal (give a copy)")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=200, help="reads per measurement")
    parser.add_argument(
        "--reminders", type=int, default=300, help="snoozes and dismissals to hold at least"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report = run(args)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
