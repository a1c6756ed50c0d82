"""Opening a journal file: privacy, pragmas, files it cannot use, backups and checks."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlite3  # the same SQLite library as the journal

from netjournal.errors import InvalidInput, JournalError, Words, WrongPassphrase
from netjournal.journal import Journal
from netjournal.store import db as store_db
from netjournal.store import schema

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fill(journal: Journal) -> None:
    ana = journal.people.create("Ana", tags=["club"], skills_offered=["Chess"])
    goal = journal.goals.create("G", members=[(ana.id, "mentor")])
    journal.goals.add_milestone(goal.id, "m")
    agreement = journal.mentorships.create(ana.id, "mentee", goal_ids=[goal.id])
    entry = journal.entries.log(
        "session",
        datetime(2025, 3, 1, tzinfo=UTC),
        [ana.id],
        title="s",
        goal_ids=[goal.id],
        agreement_id=agreement.id,
    )
    journal.mentorships.add_action("a", entry_id=entry.id)
    journal.people.set_outreach_stage(ana.id, "agreed")


@posix_only
def test_new_journal_and_its_folder_are_private(journal_path: Path) -> None:
    assert not journal_path.parent.exists()
    with Journal.open(journal_path) as journal:
        journal.people.create("Ana")
        assert mode(journal_path.parent) == 0o700
        assert mode(journal_path) == 0o600
        for side in ("-wal", "-shm"):
            side_file = journal_path.with_name(journal_path.name + side)
            assert side_file.exists()
            assert mode(side_file) == 0o600, side


@posix_only
def test_an_existing_journal_is_made_private_again(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    journal_path.chmod(0o644)
    Journal.open(journal_path).close()
    assert mode(journal_path) == 0o600


@posix_only
def test_a_folder_that_already_exists_is_left_as_it_is(tmp_path: Path) -> None:
    # A journal the user puts in a shared folder (Documents, /tmp) must not lock others out.
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    Journal.open(shared / "mine.db").close()
    assert mode(shared) == 0o755
    assert mode(shared / "mine.db") == 0o600


@posix_only
def test_missing_parent_folders_are_created_private(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "journal.db"
    Journal.open(path).close()
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600


def test_pragmas_are_in_force(journal: Journal) -> None:
    def pragma(name: str) -> object:
        return store_db.database_proxy.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2
    assert pragma("busy_timeout") > 0
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2


def test_the_file_is_an_ordinary_sqlite_file_in_wal_mode(journal: Journal) -> None:
    journal.people.create("Ana")
    journal.close()
    con = sqlite3.connect(journal.path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("SELECT display_name FROM person").fetchall() == [("Ana",)]
    finally:
        con.close()


@pytest.mark.parametrize("size", [1, 100, 4096, 20_000])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, size: int) -> None:
    path = tmp_path / "notes.db"
    garbage = (b"This is not a database. " * 1000)[:size]
    path.write_bytes(garbage)
    with pytest.raises(JournalError) as caught:
        Journal.open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_folder_is_not_a_journal(tmp_path: Path) -> None:
    folder = tmp_path / "journal.db"
    folder.mkdir()
    with pytest.raises(JournalError) as caught:
        Journal.open(folder)
    assert str(folder) in str(caught.value)
    assert list(folder.iterdir()) == []


def test_create_false_on_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "journal.db"
    with pytest.raises(JournalError) as caught:
        Journal.open(path, create=False)
    assert str(path) in str(caught.value)
    assert not path.parent.exists()


def test_create_false_opens_an_existing_journal(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        journal.people.create("Ana")
    with Journal.open(journal_path, create=False) as journal:
        assert journal.stats()["people"] == 1


def test_closing_unbinds_the_store(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    assert store_db.database_proxy.obj is not None
    journal.close()
    assert store_db.database_proxy.obj is None
    journal.close()  # twice is harmless


def test_data_survives_close_and_reopen(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        fill(journal)
        counts = journal.stats()
    assert not journal_path.with_name("journal.db-wal").exists()  # folded into the file
    with Journal.open(journal_path) as journal:
        assert journal.stats() == counts
        assert journal.migrated_backup is None
        assert journal.check() == []


def test_backup_is_a_consistent_private_copy(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    target = tmp_path / "copies" / "backup.db"
    target.parent.mkdir()
    assert journal.backup(target) == target
    if os.name == "posix":
        assert mode(target) == 0o600
    journal.people.create("After the backup")  # the open journal carries on
    counts = journal.stats()
    journal.close()
    with Journal.open(target, create=False) as copy:
        assert copy.migrated_backup is None
        expected = {**counts, "people": counts["people"] - 1}
        assert copy.stats() == expected
        assert copy.check() == []
        assert copy.people.search("ana") != []


def test_backup_never_overwrites(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "taken.db"
    target.write_bytes(b"precious")
    with pytest.raises(JournalError) as caught:
        journal.backup(target)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"precious"


def test_backup_into_a_missing_folder_is_a_readable_error(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "b.db"
    with pytest.raises(JournalError) as caught:
        journal.backup(target)
    assert str(target) in str(caught.value)


def test_check_is_empty_when_healthy(journal: Journal) -> None:
    assert journal.check() == []
    fill(journal)
    assert journal.check() == []


def test_check_reports_a_search_index_out_of_step(journal: Journal) -> None:
    entry = journal.entries.log("note", datetime(2025, 1, 1, tzinfo=UTC), title="Old title")
    db = store_db.database_proxy
    db.execute_sql("DROP TRIGGER entry_search_update")
    db.execute_sql("UPDATE entry SET title = 'Something else entirely' WHERE id = ?", (entry.id,))
    problems = journal.check()
    assert len(problems) == 1
    assert "entry_search" in problems[0]


def test_check_reports_broken_links(journal: Journal) -> None:
    entry = journal.entries.log("note", datetime(2025, 1, 1, tzinfo=UTC), title="t")
    db = store_db.database_proxy
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql(
        "INSERT INTO entry_participant (entry_id, person_id, occurred_at) VALUES (?, 77, 'x')",
        (entry.id,),
    )
    db.execute_sql("PRAGMA foreign_keys = ON")
    problems = journal.check()
    assert problems == ["a row of entry_participant refers to a missing person"]
    # Words that keep their template, for the reader's language (the CLI's `check`).
    assert isinstance(problems[0], Words)
    assert problems[0].template == "a row of {table} refers to a missing {parent}"


def test_a_busy_journal_gives_a_readable_error_and_saves_nothing(journal: Journal) -> None:
    journal.people.create("Ana")
    store_db.database_proxy.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(journal.path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(JournalError) as caught:
            journal.people.create("Bo")
        assert "busy" in str(caught.value)
    finally:
        other.rollback()
        other.close()
    assert journal.people.count() == 1
    journal.people.create("Bo")
    assert journal.people.count() == 2


def test_integrity_errors_become_invalid_input() -> None:
    from peewee import IntegrityError

    translated = store_db.translate_error(IntegrityError("UNIQUE constraint failed: tag.name"))
    assert isinstance(translated, InvalidInput)
    other = RuntimeError("boom")
    assert store_db.translate_error(other) is other
    assert isinstance(store_db.translate_error(Exception("disk is full")), JournalError)


def test_schema_version_of_a_new_journal(journal: Journal) -> None:
    assert journal.schema_version == schema.latest_version() == 6


# --- encrypted journals ----------------------------------------------------------------


def test_an_encrypted_journal_keeps_no_plaintext_and_needs_its_passphrase(
    journal_path: Path,
) -> None:
    with Journal.open(journal_path, "correct horse") as journal:
        assert journal.encrypted is True
        journal.people.create("Zebulon Quartermaine", notes="secret-marker-4711")
        journal.entries.log("note", datetime(2025, 1, 1, tzinfo=UTC), title="private-title-0815")
    data = journal_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for plain in (b"Zebulon", b"secret-marker-4711", b"private-title-0815", b"CREATE TABLE"):
        assert plain not in data
    before = data

    with pytest.raises(WrongPassphrase) as caught:
        Journal.open(journal_path, "wrong horse")
    assert str(journal_path) in str(caught.value)
    with pytest.raises(JournalError) as caught:
        Journal.open(journal_path)
    assert "encrypted" in str(caught.value)
    assert journal_path.read_bytes() == before
    assert store_db.database_proxy.obj is None

    with Journal.open(journal_path, "correct horse") as journal:
        assert journal.migrated_backup is None
        assert journal.people.search("zebulon") != []
        assert journal.entries.page(text="private").ids != ()


def test_an_encrypted_journals_backup_is_encrypted_too(journal_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    with Journal.open(journal_path, "pass phrase") as journal:
        journal.people.create("Zebulon Quartermaine")
        journal.backup(target)
    assert b"Zebulon" not in target.read_bytes()
    with pytest.raises(WrongPassphrase):
        Journal.open(target, "other", create=False)
    with Journal.open(target, "pass phrase", create=False) as copy:
        assert copy.stats()["people"] == 1
