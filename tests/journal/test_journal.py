"""The Journal facade: open, stats, several journals at once, closed journals."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from netjournal.errors import JournalError
from netjournal.journal import Journal


def test_stats_count_each_kind(journal: Journal) -> None:
    assert set(journal.stats().values()) == {0}
    ana = journal.people.create("Ana", tags=["t"], skills_offered=["s"])
    bo = journal.people.create("Bo")
    journal.people.archive(bo.id)
    goal = journal.goals.create("G")
    journal.goals.add_milestone(goal.id, "m")
    agreement = journal.mentorships.create(ana.id, "mentor")
    journal.mentorships.add_action("a", agreement_id=agreement.id)
    journal.entries.log("call", datetime(2025, 1, 1, tzinfo=UTC), [ana.id])
    journal.people.set_outreach_stage(bo.id, "identified")
    assert journal.stats() == {
        "people": 2,
        "archived_people": 1,
        "tags": 1,
        "skills": 1,
        "entries": 1,
        "goals": 1,
        "milestones": 1,
        "agreements": 1,
        "action_items": 1,
        "outreach": 1,
    }


def test_path_and_encryption(journal: Journal, journal_path: Path) -> None:
    assert journal.path == journal_path
    assert journal.encrypted is False


def test_two_open_journals_keep_to_their_own_files(tmp_path: Path) -> None:
    with (
        Journal.open(tmp_path / "a" / "journal.db") as first,
        Journal.open(tmp_path / "b" / "journal.db") as second,
    ):
        ana = first.people.create("Ana in the first")
        second.people.create("Bo in the second")
        second.people.create("Cy in the second")
        first.entries.log("call", datetime(2025, 1, 1, tzinfo=UTC), [ana.id])
        assert first.stats()["people"] == 1
        assert second.stats()["people"] == 2
        assert first.people.search("ana") == [ana.id]
        assert second.people.search("ana") == []
        assert first.entries.count() == 1
        assert second.entries.count() == 0
        assert first.check() == []
        second.close()
        assert first.people.get(ana.id).display_name == "Ana in the first"
    with Journal.open(tmp_path / "a" / "journal.db") as reopened:
        assert [p.display_name for p in reopened.people.rows(reopened.people.page().ids)] == [
            "Ana in the first"
        ]


def test_a_closed_journal_says_so(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    journal.people.create("Ana")
    journal.close()
    with pytest.raises(JournalError) as caught:
        journal.people.create("Bo")
    assert "closed" in str(caught.value)
    with pytest.raises(JournalError):
        journal.people.count()
    with pytest.raises(JournalError):
        journal.stats()
    with pytest.raises(JournalError):
        journal.backup(journal_path.with_name("copy.db"))
    with pytest.raises(JournalError):
        _ = journal.schema_version
    assert not journal_path.with_name("copy.db").exists()
    assert not journal_path.with_name("journal.db-wal").exists()  # nothing reopened it
    with Journal.open(journal_path) as again:
        assert again.people.count() == 1


def test_a_worker_thread_writes_through_its_own_connection(journal: Journal) -> None:
    """A long import runs off the window's thread: its writes commit, and its connection
    is closed when it is done, the journal staying open for the others."""
    import threading

    heard: list[object] = []
    journal.subscribe(heard.append)
    made: list[int] = []

    def work() -> None:
        made.append(journal.people.create("From a worker").id)
        journal.end_thread()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert journal.people.search("worker") == made
    assert heard  # told, in the worker's thread when no dispatcher is set
