"""Benchmark: a generated journal's everyday queries, through the domain API and as raw SQL.

    python tests/bench/bench_journal.py --people 100000 --entries 1000000 [--json]
        [--seed S] [--keep PATH] [--samples N]

It generates a journal in a temporary folder (timed), then measures opening it,
people type-ahead, the first timeline page, the first contacts page by name and
a person's newest 100 entries. Each query runs through the domain API
(`Journal`) and, for comparison, as the best plain SQL through a bare DB-API
connection to the same SQLite (sqlcipher3's build, with no key: the journal is an
ordinary SQLite file, whose FTS5 indexes need SQLite 3.42+): a NOCASE index range
for names that start with the typed text, then capped bm25 full-text matches;
ORDER BY occurred_at DESC LIMIT 100 along an index; the (person_id,
occurred_at) index of the entry-participant link. The ratio domain/raw says
what the domain layer costs on top.

With --keep PATH the journal is written to PATH and kept; if PATH exists it is
reused and nothing is generated. Not part of the test suite (pytest collects
test_*.py only).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite3  # the engine the journal is built on

from netjournal.journal import Journal
from netjournal.journal.generate import generate_journal

TARGETS_MS = {  # p95 through the domain API, at 100,000 people and 1,000,000 entries
    "typeahead_ms": 10.0,
    "timeline_first_page_ms": 5.0,
    "contacts_first_page_ms": 5.0,
    "person_entries_ms": 5.0,
    # The Goals and Mentorships tabs list every goal and agreement (hundreds, not millions).
    "goals_list_ms": 20.0,
    "agreements_list_ms": 20.0,
    "agreement_ms": 5.0,
    "mentees_overview_ms": 20.0,
    "reciprocity_ms": 20.0,
}
MAX_RATIO = 2.0
PAGE = 100
TYPEAHEAD_LIMIT = 50

_WORD = re.compile(r"\w+", re.UNICODE)
_PERSON_WEIGHTS = "10.0, 4.0, 4.0, 1.0, 3.0, 2.0"
_ENTRY_COLUMNS = (
    "e.id, e.uuid, e.kind, e.title, substr(e.body, 1, 200), e.occurred_at, e.helped, "
    "e.follow_up_on, e.agreement_id"
)
_PERSON_COLUMNS = (
    "id, uuid, display_name, organization, role, pronouns, archived, cadence_days, "
    "last_contact_at, next_due_on"
)


class RawJournal:
    """The same reads as plain SQL over Python's sqlite3: the floor to measure against."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA cache_size = -64000")  # the journal's own page cache
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def close(self) -> None:
        self.conn.close()

    def search(self, text: str, limit: int = TYPEAHEAD_LIMIT) -> list[int]:
        """Names that start with the text along the NOCASE index, then capped bm25 matches."""
        lowered = text.strip().lower()
        upper = lowered[:-1] + chr(ord(lowered[-1]) + 1)
        ids = [
            row[0]
            for row in self.conn.execute(
                "SELECT id FROM person INDEXED BY person_display_name "
                "WHERE display_name COLLATE NOCASE >= ? AND display_name COLLATE NOCASE < ? "
                "AND archived = 0 ORDER BY display_name COLLATE NOCASE, id LIMIT ?",
                (lowered, upper, limit),
            )
        ]
        if len(ids) >= limit:
            return ids
        seen = set(ids)
        match = " ".join(f'"{word}"*' for word in _WORD.findall(text))
        for (person_id,) in self.conn.execute(
            "SELECT m.rowid FROM (SELECT rowid, "
            f"bm25(person_search, {_PERSON_WEIGHTS}) AS score FROM person_search "
            "WHERE person_search MATCH ? LIMIT 400) m "
            "JOIN person p ON p.id = m.rowid AND p.archived = 0 ORDER BY m.score, m.rowid",
            (match,),
        ):
            if person_id not in seen:
                seen.add(person_id)
                ids.append(person_id)
                if len(ids) >= limit:
                    break
        return ids

    def _participants(self, ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
        found: dict[int, list[tuple[int, str]]] = {}
        for entry_id, person_id, name in self.conn.execute(
            "SELECT ep.entry_id, p.id, p.display_name FROM entry_participant ep "
            "JOIN person p ON p.id = ep.person_id "
            f"WHERE ep.entry_id IN ({','.join('?' * len(ids))}) "
            "ORDER BY p.display_name COLLATE NOCASE",
            ids,
        ):
            found.setdefault(entry_id, []).append((person_id, name))
        return found

    def timeline_first_page(self) -> list[tuple[Any, ...]]:
        rows = self.conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entry e ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?",
            (PAGE,),
        ).fetchall()
        people = self._participants([row[0] for row in rows])
        return [(*row, people.get(row[0], [])) for row in rows]

    def person_entry_page(self, person_id: int) -> tuple[list[int], tuple[str, int] | None]:
        """A person's newest entry ids, and where the next page starts (as keyset paging needs)."""
        rows = self.conn.execute(
            "SELECT entry_id, occurred_at FROM entry_participant WHERE person_id = ? "
            "ORDER BY occurred_at DESC, entry_id DESC LIMIT ?",
            (person_id, PAGE),
        ).fetchall()
        return [row[0] for row in rows], ((rows[-1][1], rows[-1][0]) if rows else None)

    def person_entries(self, person_id: int) -> list[tuple[Any, ...]]:
        rows = self.conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entry_participant ep JOIN entry e ON e.id = ep.entry_id "
            "WHERE ep.person_id = ? ORDER BY ep.occurred_at DESC, ep.entry_id DESC LIMIT ?",
            (person_id, PAGE),
        ).fetchall()
        people = self._participants([row[0] for row in rows]) if rows else {}
        return [(*row, people.get(row[0], [])) for row in rows]

    def timeline_search(self, text: str) -> list[tuple[Any, ...]]:
        """The newest 100 entries matching the words: few matches sorted, many met by date."""
        match = " ".join(f'"{w}"*' if len(w) >= 3 else f'"{w}"' for w in _WORD.findall(text))
        found = self.conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM entry_search WHERE entry_search MATCH ? "
            "LIMIT 5001)",
            (match,),
        ).fetchone()[0]
        column = "e.id" if found <= 5000 else "+e.id"
        rows = self.conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entry e WHERE {column} IN "
            "(SELECT rowid FROM entry_search WHERE entry_search MATCH ?) "
            "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?",
            (match, PAGE),
        ).fetchall()
        people = self._participants([row[0] for row in rows]) if rows else {}
        return [(*row, people.get(row[0], [])) for row in rows]

    def goals_list(self) -> list[tuple[Any, ...]]:
        """Every goal by target date with its milestone counts and its members' names."""
        return self.conn.execute(
            "SELECT g.id, g.uuid, g.title, g.category, g.horizon, g.status, g.start_on, "
            "g.target_on, g.achieved_on, g.progress, g.celebrated_on, count(m.id), "
            "coalesce(sum(m.done_on IS NOT NULL), 0), "
            "(SELECT count(*) FROM goal_member gm WHERE gm.goal_id = g.id), "
            # Who shares each goal, by name, as the list shows them.
            "(SELECT group_concat(p.display_name, ', ') FROM goal_member gm "
            " JOIN person p ON p.id = gm.person_id WHERE gm.goal_id = g.id) "
            "FROM goal g LEFT JOIN milestone m ON m.goal_id = g.id GROUP BY g.id "
            "ORDER BY g.target_on IS NULL, g.target_on, g.id"
        ).fetchall()

    _AGREEMENT = (
        "SELECT a.id, a.uuid, a.my_role, a.formal, a.program, a.status, a.started_on, "
        "a.ends_on, a.review_on, a.cadence_days, a.channel, p.id, p.display_name, "
        "(SELECT max(e.occurred_at) FROM entry e WHERE e.agreement_id = a.id AND e.kind IN "
        "('session', 'meeting', 'call', 'coffee', 'study_session', 'review')) AS last, "
        "(SELECT count(*) FROM action_item x WHERE x.agreement_id = a.id AND x.done_on IS NULL), "
        "(SELECT count(*) FROM action_item x WHERE x.agreement_id = a.id AND x.done_on IS NULL "
        "AND x.due_on < date('now')) FROM agreement a JOIN person p ON p.id = a.person_id"
    )

    def agreements_list(self) -> list[tuple[Any, ...]]:
        """Every agreement grouped by my role, by name, with last session and open items."""
        return self.conn.execute(
            f"{self._AGREEMENT} ORDER BY CASE a.my_role WHEN 'mentor' THEN 0 WHEN 'mentee' "
            "THEN 1 ELSE 2 END, p.display_name COLLATE NOCASE, a.id"
        ).fetchall()

    def agreement(self, agreement_id: int) -> tuple[Any, ...]:
        """One agreement with its goals, revisions and reviews."""
        row = self.conn.execute(f"{self._AGREEMENT} WHERE a.id = ?", (agreement_id,)).fetchone()
        goals = self.conn.execute(
            "SELECT goal_id FROM agreement_goal WHERE agreement_id = ?", (agreement_id,)
        ).fetchall()
        revisions = self.conn.execute(
            "SELECT id, uuid, number, reason, terms, created_at FROM agreement_revision "
            "WHERE agreement_id = ? ORDER BY number",
            (agreement_id,),
        ).fetchall()
        revisions = [(*r[:4], json.loads(r[4]), r[5]) for r in revisions]
        reviews = self.conn.execute(
            "SELECT r.id, r.entry_id, r.decision, e.occurred_at FROM review r "
            "JOIN entry e ON e.id = r.entry_id WHERE r.agreement_id = ? ORDER BY e.occurred_at",
            (agreement_id,),
        ).fetchall()
        return row, goals, revisions, reviews

    def mentees_overview(self) -> list[tuple[Any, ...]]:
        rows = self.conn.execute(
            f"{self._AGREEMENT} WHERE a.my_role = 'mentor' AND a.status IN ('active', 'paused')"
        ).fetchall()
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        overdue = self.conn.execute(
            "SELECT agreement_id, id, title FROM action_item "
            f"WHERE agreement_id IN ({marks}) AND done_on IS NULL AND due_on < date('now')",
            ids,
        ).fetchall()
        goals = self.conn.execute(
            "SELECT a.id, g.id, g.title FROM agreement a JOIN goal g ON g.status = 'active' AND ("
            " g.id IN (SELECT goal_id FROM agreement_goal WHERE agreement_id = a.id)"
            " OR g.id IN (SELECT goal_id FROM goal_member WHERE person_id = a.person_id))"
            f" WHERE a.id IN ({marks})",
            ids,
        ).fetchall()
        return [rows, overdue, goals]

    def reciprocity(self, goal_id: int) -> tuple[list[Any], list[Any]]:
        could = self.conn.execute(
            "SELECT p.id, p.display_name, group_concat(s.name) FROM goal_skill gs "
            "JOIN skill s ON s.id = gs.skill_id "
            "JOIN person_skill ps ON ps.skill_id = gs.skill_id AND ps.direction = 'offers' "
            "JOIN person p ON p.id = ps.person_id WHERE gs.goal_id = ? AND p.archived = 0 "
            "GROUP BY p.id ORDER BY count(*) DESC, p.display_name COLLATE NOCASE LIMIT 12",
            (goal_id,),
        ).fetchall()
        mine = self.conn.execute(
            "SELECT p.id, p.display_name, group_concat(s.name) FROM goal_member gm "
            "JOIN person p ON p.id = gm.person_id "
            "JOIN person_skill ps ON ps.person_id = p.id AND ps.direction = 'seeks' "
            "JOIN own_skill os ON os.skill_id = ps.skill_id AND os.direction = 'offers' "
            "JOIN skill s ON s.id = ps.skill_id WHERE gm.goal_id = ? GROUP BY p.id",
            (goal_id,),
        ).fetchall()
        return could, mine

    def contacts_first_page(self) -> list[tuple[Any, ...]]:
        rows = self.conn.execute(
            f"SELECT {_PERSON_COLUMNS} FROM person WHERE archived = 0 "
            "ORDER BY display_name COLLATE NOCASE, id LIMIT ?",
            (PAGE,),
        ).fetchall()
        ids = [row[0] for row in rows]
        tags: dict[int, list[tuple[Any, ...]]] = {}
        for person_id, *tag in self.conn.execute(
            "SELECT pt.person_id, t.id, t.name, t.colour, t.is_circle FROM person_tag pt "
            f"JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id IN ({','.join('?' * len(ids))}) "
            "ORDER BY t.name COLLATE NOCASE",
            ids,
        ):
            tags.setdefault(person_id, []).append(tuple(tag))
        return [(*row, tags.get(row[0], [])) for row in rows]


# --- measuring --------------------------------------------------------------------------


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def summary(samples: Sequence[float]) -> dict[str, float]:
    """Median and 95th percentile, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"median": _ms(statistics.median(ordered)), "p95": _ms(p95)}


def timed_pair(
    domain: Callable[[Any], Any], raw: Callable[[Any], Any], arguments: Sequence[Any]
) -> tuple[list[float], list[float]]:
    """Seconds per call of each on the same arguments.

    The two take turns going first, so neither is always the one that brings a
    page into memory for the other, and noise from the machine hits both alike.
    """
    clock = time.perf_counter
    domain_times: list[float] = []
    raw_times: list[float] = []
    gc.collect()
    gc.disable()
    try:
        for n, argument in enumerate(arguments):
            if n % 2:
                started = clock()
                raw(argument)
                middle = clock()
                domain(argument)
                raw_times.append(middle - started)
                domain_times.append(clock() - middle)
            else:
                started = clock()
                domain(argument)
                middle = clock()
                raw(argument)
                domain_times.append(middle - started)
                raw_times.append(clock() - middle)
    finally:
        gc.enable()
    return domain_times, raw_times


def read_through(path: Path) -> None:
    """Read the journal file once, so the operating system holds it as after normal use."""
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            with name.open("rb") as stream:
                while stream.read(1 << 20):
                    pass


def prefixes(journal: Journal, rng: random.Random, people: int, count: int) -> list[str]:
    """What people type: 1 to 4 letters of a real given or family name, often lower-case."""
    rows = journal.people.rows(rng.sample(range(1, people + 1), min(count, people)))
    found = []
    for row in rows:
        parts = row.display_name.split()
        name = parts[0] if rng.random() < 0.65 or len(parts) == 1 else parts[-1]
        text = name[: rng.randint(1, 4)]
        found.append(text.lower() if rng.random() < 0.7 else text)
    return found


def prefix_first(journal: Journal, text: str, ids: Sequence[int]) -> bool:
    """Whether every name that starts with the text comes before every one that does not."""
    starts = [
        row.display_name.casefold().startswith(text.casefold()) for row in journal.people.rows(ids)
    ]
    return starts == sorted(starts, reverse=True)


def run(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"people": args.people, "entries": args.entries, "seed": args.seed}
    folder = None
    if args.keep:
        path = Path(args.keep)
    else:
        folder = Path(tempfile.mkdtemp(prefix="netjournal-bench-"))
        path = folder / "journal.db"
    try:
        if path.exists():
            report["generated"] = False
            say(args, f"reusing {path}")
        else:
            report["generated"] = True
            journal = Journal.open(path)
            started = time.perf_counter()
            report["counts"] = generate_journal(journal, args.people, args.entries, args.seed)
            report["generate_ms"] = _ms(time.perf_counter() - started)
            started = time.perf_counter()
            journal.close()
            report["close_after_generate_ms"] = _ms(time.perf_counter() - started)
            say(
                args,
                f"generated {args.people:,} people and {args.entries:,} entries in "
                f"{report['generate_ms'] / 1000:.1f} s (closing: "
                f"{report['close_after_generate_ms'] / 1000:.1f} s) into {path}",
            )
        report["file_mb"] = round(path.stat().st_size / 1e6, 1)
        measure(args, path, report)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return report


def measure(args: argparse.Namespace, path: Path, report: dict[str, Any]) -> None:
    rng = random.Random(args.seed)
    samples = args.samples
    read_through(path)

    def open_close(_: object) -> None:
        Journal.open(path, create=False).close()

    def raw_open_close(_: object) -> None:
        RawJournal(path).close()

    domain_times, raw_times = timed_pair(open_close, raw_open_close, range(10))
    record(args, report, "open", domain_times, raw_times)

    journal = Journal.open(path, create=False)
    raw = RawJournal(path)
    try:
        people = journal.people.count(archived=None)
        entries = journal.entries.count()
        # Warm both page caches the way a session would be warm after a few screens.
        for _ in range(3):
            journal.entries.page(limit=PAGE, with_rows=True)
            journal.people.page(sort="name", limit=PAGE, with_rows=True)
            raw.timeline_first_page()
            raw.contacts_first_page()

        typed = prefixes(journal, rng, people, samples)
        for text in typed[:20]:
            journal.people.search(text, limit=TYPEAHEAD_LIMIT)
            raw.search(text)
        domain_times, raw_times = timed_pair(
            lambda text: journal.people.search(text, limit=TYPEAHEAD_LIMIT), raw.search, typed
        )
        record(args, report, "typeahead", domain_times, raw_times)
        ranked = [
            prefix_first(journal, t, journal.people.search(t, TYPEAHEAD_LIMIT)) for t in typed
        ]
        same = [journal.people.search(t, TYPEAHEAD_LIMIT) == raw.search(t) for t in typed]
        report["typeahead_prefix_first_share"] = round(sum(ranked) / len(ranked), 3)
        report["typeahead_same_as_raw_share"] = round(sum(same) / len(same), 3)
        say(
            args,
            f"  type-ahead over {len(typed)} prefixes: names starting with the text "
            f"first in {report['typeahead_prefix_first_share']:.0%}, same ids as raw SQL in "
            f"{report['typeahead_same_as_raw_share']:.0%}",
        )

        def timeline(_: object) -> None:
            journal.entries.page(limit=PAGE, with_rows=True)

        domain_times, raw_times = timed_pair(
            timeline, lambda _: raw.timeline_first_page(), range(samples)
        )
        record(args, report, "timeline_first_page", domain_times, raw_times)

        # Timeline text search: whole words and prefixes of the words of real titles.
        words = sorted(
            {
                w.lower()
                for row in journal.entries.rows(
                    rng.sample(range(1, entries + 1), min(200, entries))
                )
                for w in _WORD.findall(row.title)
                if len(w) >= 4
            }
        )
        searched = [rng.choice(words)[: rng.choice((3, 4, 6, 20))] for _ in range(40)]
        domain_times, raw_times = timed_pair(
            lambda text: journal.entries.page(text=text, limit=PAGE, with_rows=True),
            raw.timeline_search,
            searched,
        )
        record(args, report, "timeline_search", domain_times, raw_times)

        def contacts(_: object) -> None:
            journal.people.page(sort="name", limit=PAGE, with_rows=True)

        domain_times, raw_times = timed_pair(
            contacts, lambda _: raw.contacts_first_page(), range(samples)
        )
        record(args, report, "contacts_first_page", domain_times, raw_times)

        # Half the people at random, half weighted by how often they appear (busy people).
        chosen = [rng.randint(1, people) for _ in range(samples // 2)]
        for row in journal.entries.rows(rng.sample(range(1, entries + 1), min(samples, entries))):
            if row.participants and len(chosen) < samples:
                chosen.append(row.participants[0][0])
        rng.shuffle(chosen)
        sizes = [len(journal.entries.page(person_id=p, limit=PAGE).ids) for p in chosen]
        report["person_entries_mean_rows"] = round(statistics.mean(sizes), 1)

        def person_page(person_id: int) -> None:
            journal.entries.page(person_id=person_id, limit=PAGE)

        domain_times, raw_times = timed_pair(person_page, raw.person_entry_page, chosen)
        record(args, report, "person_entries_page", domain_times, raw_times)

        def person_entries(person_id: int) -> None:
            journal.entries.page(person_id=person_id, limit=PAGE, with_rows=True)

        domain_times, raw_times = timed_pair(person_entries, raw.person_entries, chosen)
        record(args, report, "person_entries", domain_times, raw_times)

        measure_goals_and_mentorships(args, report, journal, raw, rng)
    finally:
        raw.close()
        journal.close()

    missed = []
    for key, limit in TARGETS_MS.items():
        if report[key]["p95"] > limit:
            missed.append(f"{key} p95 {report[key]['p95']} ms > {limit} ms")
        ratio = report["ratio_" + key.removesuffix("_ms")]
        if ratio > MAX_RATIO:
            missed.append(f"{key} is {ratio}x raw SQL (> {MAX_RATIO}x)")
    report["targets_met"] = not missed
    report["targets_missed"] = missed
    say(args, "all targets met" if not missed else "targets missed: " + "; ".join(missed))


def measure_goals_and_mentorships(
    args: argparse.Namespace,
    report: dict[str, Any],
    journal: Journal,
    raw: RawJournal,
    rng: random.Random,
) -> None:
    """What the Goals and Mentorships tabs ask for: every goal, every agreement grouped by
    role, one agreement for its editor, the mentees' overview, a goal's reciprocity."""
    samples = max(20, args.samples // 4)
    goals = journal.goals.rows()
    agreements = journal.mentorships.rows()
    report["goals"] = len(goals)
    report["agreements"] = len(agreements)
    # A generated journal says nothing of what I offer: give me a few skills to match.
    if not journal.people.own_skills()["offers"]:
        journal.people.set_own_skills(offers=journal.people.skills()[:8])

    domain_times, raw_times = timed_pair(
        lambda _: journal.goals.rows(), lambda _: raw.goals_list(), range(samples)
    )
    record(args, report, "goals_list", domain_times, raw_times)
    domain_times, raw_times = timed_pair(
        lambda _: journal.mentorships.rows(grouped=True),
        lambda _: raw.agreements_list(),
        range(samples),
    )
    record(args, report, "agreements_list", domain_times, raw_times)
    chosen = [rng.choice(agreements).id for _ in range(samples)]
    domain_times, raw_times = timed_pair(journal.mentorships.get, raw.agreement, chosen)
    record(args, report, "agreement", domain_times, raw_times)
    domain_times, raw_times = timed_pair(
        lambda _: journal.mentorships.overview(),
        lambda _: raw.mentees_overview(),
        range(samples),
    )
    record(args, report, "mentees_overview", domain_times, raw_times)
    picked = [rng.choice(goals).id for _ in range(samples)]
    domain_times, raw_times = timed_pair(journal.goals.reciprocity, raw.reciprocity, picked)
    record(args, report, "reciprocity", domain_times, raw_times)


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
    report[f"ratio_{name}"] = round(domain["median"] / max(raw["median"], 1e-6), 2)
    report[f"ratio_{name}_p95"] = round(domain["p95"] / max(raw["p95"], 1e-6), 2)
    say(
        args,
        f"{name:22s} domain median {domain['median']:8.3f} ms  p95 {domain['p95']:8.3f} ms | "
        f"raw median {raw['median']:8.3f} ms  p95 {raw['p95']:8.3f} ms | "
        f"ratio {report[f'ratio_{name}']:.2f} (p95 {report[f'ratio_{name}_p95']:.2f})",
    )


def say(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        print(text, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--samples", type=int, default=200, help="queries per measurement")
    parser.add_argument(
        "--keep",
        metavar="PATH",
        help="write the journal here and keep it (an existing file is reused, not regenerated)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report = run(args)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
