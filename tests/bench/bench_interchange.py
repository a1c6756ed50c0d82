"""Benchmark: importing vCards and exporting the whole journal to JSON, against the
libraries alone.

    python tests/bench/bench_interchange.py --journal JOURNAL.db [--cards 10000] [--json]

- vCards: `--cards` cards are written from the journal's own people (names,
  organizations, roles, emails, phones, notes, tags) into one .vcf file; the clock
  compares `vobject.readComponents` alone parsing that text with NetJournal's import
  of it into an empty journal (reading, planning, writing in one transaction). The
  issue's target: within 2x of parsing alone.
- JSON: the journal exported as the JSON backup (`netjournal export json`), against
  `json.dumps` alone writing the same rows (read beforehand) to a file.

The journal given is only read. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import vobject

from netjournal.interchange import jobs
from netjournal.journal import Journal


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def vcards(journal: Journal, count: int) -> str:
    """`count` vCard 3.0 cards from the journal's people, as a phone would write them."""
    cards = []
    page = journal.people.page(limit=min(count, 5000))
    ids = list(page.ids)
    while len(ids) < count and not page.complete:
        page = journal.people.page(cursor=page.cursor, limit=5000)
        ids.extend(page.ids)
    for person_id in ids[:count]:
        person = journal.people.get(person_id)
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(person.display_name)}"]
        lines.append(f"N:{_escape(person.family_name)};{_escape(person.given_name)};;;")
        if person.organization:
            lines.append(f"ORG:{_escape(person.organization)}")
        if person.role:
            lines.append(f"TITLE:{_escape(person.role)}")
        for method in person.contact_methods:
            kind = {"email": "EMAIL", "phone": "TEL", "url": "URL", "address": "ADR"}[method.kind]
            label = f";TYPE={method.label.upper()}" if method.label else ""
            value = method.value if kind != "ADR" else f";;{_escape(method.value)};;;;"
            lines.append(f"{kind}{label}:{value}")
        if person.notes:
            lines.append(f"NOTE:{_escape(person.notes)}")
        if person.tags:
            lines.append("CATEGORIES:" + ",".join(_escape(t.name) for t in person.tags))
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return "\r\n".join(cards) + "\r\n"


def p95(times: list[float]) -> float:
    """The 95th percentile by nearest rank (the slowest run when there are few)."""
    ordered = sorted(times)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def timed(run: Any, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return times


def bench_vcards(journal: Journal, folder: Path, count: int, repeat: int) -> dict[str, Any]:
    text = vcards(journal, count)
    path = folder / "contacts.vcf"
    path.write_text(text, encoding="utf-8")

    def parse_alone() -> None:
        for _card in vobject.readComponents(text):
            pass

    targets: list[Journal] = []

    def import_all() -> None:
        # Into a journal that exists (made, untimed, below): the import alone is timed.
        target = targets.pop()
        preview = jobs.preview_import(target, [path])  # read and plan, as the CLI does
        jobs.run_import(target, preview)
        assert target.stats()["people"] >= count * 0.9, target.stats()

    alone = timed(parse_alone, repeat)
    made = [Journal.open(folder / f"import-{n}" / "journal.db") for n in range(repeat)]
    targets.extend(made)
    try:
        ours = timed(import_all, repeat)
    finally:
        for journal_made in made:
            journal_made.close()
    return {
        "cards": count,
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "vobject_parse_s": round(statistics.median(alone), 2),
        "vobject_parse_p95_s": round(p95(alone), 2),
        "netjournal_import_s": round(statistics.median(ours), 2),
        "netjournal_import_p95_s": round(p95(ours), 2),
        "ratio": round(statistics.median(ours) / statistics.median(alone), 2),
        "runs": repeat,
    }


def bench_json(journal: Journal, folder: Path, repeat: int) -> dict[str, Any]:
    tables = [(name, list(rows)) for name, rows in journal.archive.tables()]
    count = sum(len(rows) for _, rows in tables)

    def dump_alone() -> None:
        with (folder / "alone.json").open("w", encoding="utf-8") as out:
            for _name, rows in tables:
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False, sort_keys=True))
                    out.write(",\n")

    def export() -> None:
        jobs.export_json(journal, folder / "backup.json", overwrite=True)  # as the CLI does

    alone = timed(dump_alone, repeat)
    ours = timed(export, repeat)
    tables.clear()  # the rows held for json alone are no longer needed
    return {
        "rows": count,
        "file_mb": round((folder / "backup.json").stat().st_size / 1e6),
        "json_dumps_s": round(statistics.median(alone), 1),
        "json_dumps_p95_s": round(p95(alone), 1),
        "netjournal_export_s": round(statistics.median(ours), 1),
        "netjournal_export_p95_s": round(p95(ours), 1),
        "ratio": round(statistics.median(ours) / statistics.median(alone), 2),
        "runs": repeat,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journal", required=True)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-json", action="store_true")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {}
    with (
        tempfile.TemporaryDirectory(prefix="netjournal-interchange-bench-") as folder,
        Journal.open(Path(args.journal), create=False) as journal,
    ):
        report["vcard_import"] = bench_vcards(journal, Path(folder), args.cards, args.repeat)
        print(report["vcard_import"], file=sys.stderr, flush=True)
        if not args.skip_json:
            report["json_export"] = bench_json(journal, Path(folder), max(1, args.repeat - 2))
            print(report["json_export"], file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
