"""Durability: a writer killed at random moments loses nothing it reported as saved.

A child process logs entries in a loop and prints each entry's id once `log`
has returned (the transaction committed). The parent kills it with SIGKILL after
a random while, many times over, reopening the journal after each kill: SQLite's
integrity check must pass and every reported id must be there.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netjournal.journal import Journal

TRIALS = 60

WRITER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from netjournal.journal import Journal

journal = Journal.open(Path(sys.argv[1]))
person = journal.people.search("Crash")[0]
trial = sys.argv[2]
n = 0
print("ready", flush=True)
while True:
    n += 1
    entry = journal.entries.log(
        "note", datetime.now(UTC), [person], title=f"Trial {trial} entry {n}",
        body="notes " * (n % 50), follow_up_on="2030-01-01" if n % 3 else None,
    )
    print(entry.id, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.slow
def test_a_writer_killed_at_random_loses_nothing_it_reported(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.people.create("Crash test")
    rng = random.Random(20261202)
    reported: set[int] = set()
    for trial in range(TRIALS):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(journal_path), str(trial)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            assert child.stderr is not None
            ready = child.stdout.readline().strip()
            assert ready == "ready", child.stderr.read()
            time.sleep(rng.uniform(0.0, 0.15))
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            out = child.stdout.read()
        # A line cut off by the kill is not a report: only whole lines count.
        lines = out.split("\n")
        whole = lines if out.endswith("\n") else lines[:-1]
        reported.update(int(line) for line in whole if line.strip())
        with Journal.open(journal_path, create=False) as journal:
            assert journal.check() == [], f"trial {trial}"
            stored = set(journal.entries.page(limit=1_000_000).ids)
        missing = reported - stored
        assert not missing, f"trial {trial}: reported but not stored: {sorted(missing)[:5]}"
    assert len(reported) > TRIALS  # the writers got some way each time
    print(f"{TRIALS} kills; {len(reported)} entries reported as saved, every one stored")
    with Journal.open(journal_path, create=False) as journal:
        # Every entry the journal holds came from a writer; the person's clock followed.
        assert journal.stats()["entries"] >= len(reported)
        assert journal.people.get(journal.people.search("Crash")[0]).last_contact_at is not None
