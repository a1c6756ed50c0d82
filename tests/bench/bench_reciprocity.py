"""Benchmark: give and get, and matches, on a large journal, through the domain and as raw SQL.

    python tests/bench/bench_reciprocity.py [--journal PATH] [--in-place] [--samples N] [--json]

The journal (by default /work/bench/100k/journal.db: 100,000 people, 1,000,000
entries, 30 % of them with a "who helped whom", skills offered and sought by
most people, skills needed by the goals and 5 offered by me) is copied into a
temporary folder first, because the measurement logs and deletes entries (with
--in-place it is used where it is, and may be migrated). Measured:

- `balance_first_count`: the first page of give and get in a fresh session (the
  domain counts every helped entry once, then keeps the tallies);
- `balance_first_page`, `balance_deep_page`: the first page again, and a page
  500 people deep, once counted: what the view asks for on every change;
- `balance_after_log`: the first page after an entry with a "who helped whom"
  for one of the people in most entries was logged (the domain recounts them);
- `matches`: the three kinds of matches (50 of each, pools of 1,000 and 500).

The raw equivalents run on a bare connection (sqlcipher3's SQLite, no key): for
give and get, the whole aggregate with the one-sided rule in SQL, ORDER BY and
LIMIT — what a query without a kept count costs each time; after a log, that
person's tallies along `entry_participant_person`; for matches, the same pool
queries and a plain fold of the pairs. Figures are milliseconds, {"median",
"p95"}; the ratio is domain/raw. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import gc
import heapq
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite3  # the engine the journal is built on

from netjournal.journal import Journal
from netjournal.journal.reciprocity import GiveAndGet

DEFAULT_JOURNAL = Path("/work/bench/100k/journal.db")
TARGET_FIRST_PAGE_MS = 100.0  # p95, once counted

# The whole aggregate, the rule (3 helps or more, 3 in 4 one way) and the order in SQL.
RAW_BALANCE = """
SELECT t.person_id, t.i, t.they, t.mutual, t.last_i, t.last_they, t.last_mutual,
    (t.i + t.they + t.mutual >= 3 AND (4 * t.i >= 3 * (t.i + t.they + t.mutual)
        OR 4 * t.they >= 3 * (t.i + t.they + t.mutual))) AS one_sided,
    max(coalesce(t.last_i, ''), coalesce(t.last_they, ''), coalesce(t.last_mutual, '')) AS last
FROM (SELECT ep.person_id,
        sum(e.helped = 'i_helped') AS i, sum(e.helped = 'they_helped') AS they,
        sum(e.helped = 'mutual') AS mutual,
        max(iif(e.helped = 'i_helped', e.occurred_at, NULL)) AS last_i,
        max(iif(e.helped = 'they_helped', e.occurred_at, NULL)) AS last_they,
        max(iif(e.helped = 'mutual', e.occurred_at, NULL)) AS last_mutual
    FROM entry e CROSS JOIN entry_participant ep ON ep.entry_id = e.id
    WHERE e.helped IS NOT NULL GROUP BY ep.person_id) t
JOIN person p ON p.id = t.person_id AND p.archived = 0 AND p.is_self = 0
ORDER BY one_sided DESC, last DESC, t.person_id LIMIT ?
"""
RAW_PERSON = (
    "SELECT ep.person_id, e.helped, count(*), max(e.occurred_at) "
    "FROM entry_participant ep INDEXED BY entry_participant_person "
    "JOIN entry e ON e.id = ep.entry_id WHERE ep.person_id = ? AND e.helped IS NOT NULL "
    "GROUP BY e.helped"
)
RAW_POOL = """pool(id) AS (
    SELECT id FROM (SELECT id FROM person INDEXED BY person_last_contact
        WHERE archived = 0 AND is_self = 0 ORDER BY last_contact_at DESC, id DESC LIMIT ?1)
    UNION SELECT gm.person_id FROM goal g JOIN goal_member gm ON gm.goal_id = g.id
        JOIN person p ON p.id = gm.person_id
        WHERE g.status = 'active' AND p.archived = 0 AND p.is_self = 0)"""
RAW_HELPERS = f"""WITH {RAW_POOL}
SELECT g.id, p.id, p.display_name, group_concat(s.name, char(31)),
    EXISTS (SELECT 1 FROM goal_member gm WHERE gm.goal_id = g.id AND gm.person_id = p.id) AS m
FROM pool JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'offers'
JOIN goal_skill gs ON gs.skill_id = ps.skill_id JOIN goal g ON g.id = gs.goal_id
    AND g.status = 'active'
JOIN person p ON p.id = pool.id JOIN skill s ON s.id = ps.skill_id
GROUP BY g.id, p.id ORDER BY count(*) DESC, m DESC, p.last_contact_at DESC LIMIT 50"""
RAW_SEEKERS = f"""WITH {RAW_POOL}
SELECT p.id, p.display_name, group_concat(s.name, char(31))
FROM pool JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'seeks'
JOIN own_skill os ON os.skill_id = ps.skill_id AND os.direction = 'offers'
JOIN person p ON p.id = pool.id JOIN skill s ON s.id = ps.skill_id
GROUP BY p.id ORDER BY count(*) DESC, p.last_contact_at DESC LIMIT 50"""
RAW_PAIRS = f"""WITH {RAW_POOL},
offers AS MATERIALIZED (SELECT ps.person_id, ps.skill_id FROM pool
    JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'offers'),
seeks AS MATERIALIZED (SELECT ps.person_id, ps.skill_id FROM pool
    JOIN person_skill ps ON ps.person_id = pool.id AND ps.direction = 'seeks')
SELECT o.person_id, k.person_id, count(*) FROM offers o JOIN seeks k
    ON k.skill_id = o.skill_id AND k.person_id <> o.person_id GROUP BY 1, 2"""


class RawJournal:
    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA cache_size = -64000")

    def balance(self, limit: int = 100) -> list[tuple[Any, ...]]:
        return self.conn.execute(RAW_BALANCE, (limit,)).fetchall()

    def person_tally(self, person_id: int) -> list[tuple[Any, ...]]:
        return self.conn.execute(RAW_PERSON, (person_id,)).fetchall()

    def matches(self) -> tuple[list[Any], list[Any], list[Any]]:
        helpers = self.conn.execute(RAW_HELPERS, (1000,)).fetchall()
        seekers = self.conn.execute(RAW_SEEKERS, (1000,)).fetchall()
        gives = {(a, b): n for a, b, n in self.conn.execute(RAW_PAIRS, (500,))}
        pairs = {(min(a, b), max(a, b)) for a, b in gives}
        tags: dict[int, set[int]] = {}
        ids = sorted({p for pair in pairs for p in pair})
        marks = ",".join("?" * len(ids)) or "NULL"
        for person_id, tag_id in self.conn.execute(
            f"SELECT person_id, tag_id FROM person_tag WHERE person_id IN ({marks})", ids
        ):
            tags.setdefault(person_id, set()).add(tag_id)
        best = heapq.nsmallest(
            50, pairs, key=lambda p: -len(tags.get(p[0], set()) & tags.get(p[1], set()))
        )
        return helpers, seekers, best

    def close(self) -> None:
        self.conn.close()


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def summary(samples: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"median": _ms(statistics.median(ordered)), "p95": _ms(p95)}


def timed_pair(
    domain: Callable[[int], Any], raw: Callable[[int], Any], count: int
) -> tuple[list[float], list[float]]:
    """Seconds per call of each, taking turns going first."""
    clock = time.perf_counter
    domain_times: list[float] = []
    raw_times: list[float] = []
    gc.collect()
    gc.disable()
    try:
        for n in range(count):
            first, second = (domain, raw) if n % 2 == 0 else (raw, domain)
            started = clock()
            first(n)
            middle = clock()
            second(n)
            ended = clock()
            if first is domain:
                domain_times.append(middle - started)
                raw_times.append(ended - middle)
            else:
                raw_times.append(middle - started)
                domain_times.append(ended - middle)
    finally:
        gc.enable()
    return domain_times, raw_times


def record(
    args: argparse.Namespace,
    report: dict[str, Any],
    name: str,
    domain_times: Sequence[float],
    raw_times: Sequence[float],
) -> None:
    domain, raw = summary(domain_times), summary(raw_times)
    report[f"{name}_ms"] = domain
    report[f"{name}_raw_ms"] = raw
    report[f"ratio_{name}"] = round(domain["median"] / max(raw["median"], 1e-6), 3)
    report[f"ratio_{name}_p95"] = round(domain["p95"] / max(raw["p95"], 1e-6), 3)
    say(
        args,
        f"{name:20s} domain median {domain['median']:9.3f} ms  p95 {domain['p95']:9.3f} ms | "
        f"raw median {raw['median']:9.3f} ms  p95 {raw['p95']:9.3f} ms | "
        f"ratio {report[f'ratio_{name}']:.3f} (p95 {report[f'ratio_{name}_p95']:.3f})",
    )


def say(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        print(text, flush=True)


def measure(args: argparse.Namespace, path: Path) -> dict[str, Any]:
    report: dict[str, Any] = {"journal": str(args.journal)}
    journal = Journal.open(path, create=False)
    raw = RawJournal(path)
    try:
        stats = journal.stats()
        report["counts"] = {k: stats[k] for k in ("people", "entries") if k in stats}
        # Read the tables through once, so that neither side pays for the first disk reads.
        raw.balance(1)
        samples = args.samples

        # A fresh session's first page: a new GiveAndGet counts from nothing each time.
        firsts = max(3, samples // 10)

        def fresh_session(_n: int) -> None:
            counting = GiveAndGet(journal._ops)
            counting.balance()
            journal.bus.unsubscribe(counting._on_change)

        domain_times, raw_times = timed_pair(fresh_session, lambda _n: raw.balance(), firsts)
        record(args, report, "balance_first_count", domain_times, raw_times)

        reciprocity = journal.reciprocity
        first = reciprocity.balance()
        report["people_listed"] = first.people
        report["one_sided"] = first.one_sided
        domain_times, raw_times = timed_pair(
            lambda _n: reciprocity.balance(), lambda _n: raw.balance(), firsts
        )
        record(args, report, "balance_first_page", domain_times, raw_times)
        deep = reciprocity.balance(limit=500).cursor
        domain_times, raw_times = timed_pair(
            lambda _n: reciprocity.balance(after=deep),
            lambda _n: raw.balance(600),
            firsts,
        )
        record(args, report, "balance_deep_page", domain_times, raw_times)

        # After a log: the people in most entries, recounted.
        heavy = [
            row[0]
            for row in raw.conn.execute(
                "SELECT ep.person_id FROM entry_participant ep JOIN person p ON p.id = "
                "ep.person_id AND p.archived = 0 GROUP BY ep.person_id ORDER BY count(*) DESC "
                "LIMIT 10"
            )
        ]
        after_log: list[float] = []
        person_raw: list[float] = []
        when = datetime.now(UTC)
        for n in range(max(5, samples // 10)):
            person = heavy[n % len(heavy)]
            entry = journal.entries.log(
                "call", when, [person], title="Benchmark", helped="they_helped"
            )
            started = time.perf_counter()
            page = reciprocity.balance()
            after_log.append(time.perf_counter() - started)
            started = time.perf_counter()
            raw.person_tally(person)
            person_raw.append(time.perf_counter() - started)
            assert page.rows, "the list cannot be empty here"
            journal.entries.delete(entry.id)
            reciprocity.balance()
        record(args, report, "balance_after_log", after_log, person_raw)
        report["heaviest_person_entries"] = raw.conn.execute(
            "SELECT count(*) FROM entry_participant WHERE person_id = ?", (heavy[0],)
        ).fetchone()[0]

        found = reciprocity.matches()
        report["matches_found"] = {
            "goal_helpers": found.goal_helpers_found,
            "seekers": found.seekers_found,
            "pairs": found.pairs_found,
        }
        domain_times, raw_times = timed_pair(
            lambda _n: reciprocity.matches(), lambda _n: raw.matches(), samples
        )
        record(args, report, "matches", domain_times, raw_times)
    finally:
        raw.close()
        journal.close()
    report["target_first_page_ms"] = TARGET_FIRST_PAGE_MS
    report["targets_met"] = (
        report["balance_first_page_ms"]["p95"] <= TARGET_FIRST_PAGE_MS
        and report["balance_after_log_ms"]["p95"] <= TARGET_FIRST_PAGE_MS
        and report["matches_ms"]["p95"] <= TARGET_FIRST_PAGE_MS
    )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journal", type=Path, default=DEFAULT_JOURNAL)
    parser.add_argument(
        "--in-place", action="store_true", help="measure the journal itself, not a copy"
    )
    parser.add_argument("--samples", type=int, default=50, help="calls per measurement")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.in_place:
        report = measure(args, args.journal)
    else:
        with tempfile.TemporaryDirectory(prefix="netjournal-bench-") as folder:
            copy = Path(folder) / "journal.db"
            say(args, f"copying {args.journal} …")
            # Through SQLite's backup: a consistent copy even while another process has
            # the journal open with pages still in its write-ahead log.
            source = sqlite3.connect(f"file:{args.journal}?mode=ro", uri=True)
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
            report = measure(args, copy)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(f"targets met: {report['targets_met']}")
    return 0 if report["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
