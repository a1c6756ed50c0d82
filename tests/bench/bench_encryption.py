"""Benchmark: what encryption costs, against a plain journal of the same data.

    python tests/bench/bench_encryption.py --journal PLAIN.db [--json] [--samples N]

It copies the plain journal, encrypts the copy in place (`keys.encrypt`, timed: the
export under the key, the check of the copy, the swap), then measures on both, in
turns: opening, people type-ahead, the first timeline page, timeline text search,
and a write (logging an entry, one committed transaction). Medians and p95 in
milliseconds; the ratio is encrypted / plain. The journal given is not changed.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_journal import prefixes, read_through, summary

from netjournal.journal import Journal, keys

PASSPHRASE = "benchmark passphrase, not a secret"


def alternate(
    plain: Callable[[Any], Any], encrypted: Callable[[Any], Any], arguments: Sequence[Any]
) -> tuple[list[float], list[float]]:
    """Seconds per call of each, taking turns going first."""
    clock = time.perf_counter
    times: tuple[list[float], list[float]] = ([], [])
    for n, argument in enumerate(arguments):
        order = ((0, plain), (1, encrypted)) if n % 2 else ((1, encrypted), (0, plain))
        for which, call in order:
            started = clock()
            call(argument)
            times[which].append(clock() - started)
    return times


def record(report: dict[str, Any], name: str, times: tuple[list[float], list[float]]) -> None:
    plain, encrypted = summary(times[0]), summary(times[1])
    ratio = round(encrypted["median"] / max(plain["median"], 1e-6), 2)
    report[name] = {"plain_ms": plain, "encrypted_ms": encrypted, "ratio": ratio}
    print(
        f"{name:22s} plain {plain['median']:8.3f} / {plain['p95']:8.3f} ms | "
        f"encrypted {encrypted['median']:8.3f} / {encrypted['p95']:8.3f} ms | ratio {ratio:.2f}",
        file=sys.stderr,
        flush=True,
    )


def run(args: argparse.Namespace) -> dict[str, Any]:
    source = Path(args.journal)
    report: dict[str, Any] = {"journal": str(source), "file_mb": round(source.stat().st_size / 1e6)}
    with tempfile.TemporaryDirectory(prefix="netjournal-crypto-bench-") as folder:
        plain_path = Path(folder) / "plain" / "journal.db"
        secret_path = Path(folder) / "secret" / "journal.db"
        for path in (plain_path, secret_path):
            path.parent.mkdir()
            shutil.copyfile(source, path)
        started = time.perf_counter()
        keys.encrypt(secret_path, PASSPHRASE)
        report["encrypt_in_place_s"] = round(time.perf_counter() - started, 1)
        print(f"encrypting in place took {report['encrypt_in_place_s']} s", file=sys.stderr)
        for path in (plain_path, secret_path):
            read_through(path)
        samples = args.samples

        record(
            report,
            "open",
            alternate(
                lambda _: Journal.open(plain_path, create=False).close(),
                lambda _: Journal.open(secret_path, PASSPHRASE, create=False).close(),
                range(max(10, samples // 10)),
            ),
        )
        plain = Journal.open(plain_path, create=False)
        secret = Journal.open(secret_path, PASSPHRASE, create=False)
        try:
            rng = random.Random(args.seed)
            typed = prefixes(plain, rng, plain.people.count(archived=None), samples)
            for journal in (plain, secret):  # both caches warm alike
                for text in typed[:20]:
                    journal.people.search(text, limit=50)
                journal.entries.page(limit=100, with_rows=True)
            record(
                report,
                "typeahead",
                alternate(
                    lambda t: plain.people.search(t, limit=50),
                    lambda t: secret.people.search(t, limit=50),
                    typed,
                ),
            )
            record(
                report,
                "timeline_first_page",
                alternate(
                    lambda _: plain.timeline.page(limit=100),
                    lambda _: secret.timeline.page(limit=100),
                    range(samples),
                ),
            )
            words = ["essay", "interview", "project", "cof", "lab", "plan", "stat", "python"]
            searched = [rng.choice(words) for _ in range(max(20, samples // 5))]
            record(
                report,
                "timeline_search",
                alternate(
                    lambda t: plain.timeline.page(text=t, limit=100),
                    lambda t: secret.timeline.page(text=t, limit=100),
                    searched,
                ),
            )
            person = plain.people.search("a", limit=1)[0]

            def write(journal: Journal) -> Callable[[int], None]:
                def log(n: int) -> None:
                    journal.entries.log(
                        "note",
                        datetime.now(UTC),
                        [person],
                        title=f"Benchmark entry {n}",
                        body="A short note written by the benchmark. " * 4,
                    )

                return log

            record(report, "write_entry", alternate(write(plain), write(secret), range(samples)))
        finally:
            plain.close()
            secret.close()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journal", required=True, help="a plain journal (it is copied)")
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report = run(args)
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
