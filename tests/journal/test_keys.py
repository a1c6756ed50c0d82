"""Encryption at rest: a journal and its backups encrypted in place, a new passphrase,
encryption removed; no plaintext left on the disk; a crash half-way loses nothing."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from netjournal.errors import InvalidInput, JournalError, WrongPassphrase
from netjournal.journal import Journal, keys
from netjournal.store import backups, crypto

MARKER = "Zebrafish-Q7X"  # written into names, notes and entries; must never be on disk
PASSPHRASE = "correct horse battery staple"


def fill(journal: Journal) -> None:
    """A marker in every kind of text the journal keeps."""
    ana = journal.people.create(f"Ana {MARKER}", notes=f"Private notes {MARKER}").id
    journal.entries.log("note", datetime(2026, 1, 5, 9, tzinfo=UTC), [ana], body=f"Body {MARKER}")
    goal = journal.goals.create(f"Goal {MARKER}", "personal").id
    journal.goals.add_milestone(goal, f"Step {MARKER}")
    agreement = journal.mentorships.create(
        ana, "mentee", status="active", boundaries=f"Private {MARKER}"
    ).id
    journal.mentorships.log_session(
        agreement, datetime(2026, 1, 6, 9, tzinfo=UTC), agenda=f"Agenda {MARKER}"
    )
    # Deleted text too: secure_delete must not leave it in free pages.
    gone = journal.people.create(f"Gone {MARKER}", notes=MARKER * 50).id
    journal.people.delete(gone)


def files_holding(folder: Path, text: str) -> list[Path]:
    """Every file under `folder` whose bytes hold `text` (UTF-8 or UTF-16)."""
    needles = [text.encode("utf-8"), text.encode("utf-16-le")]
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            data = (Path(root) / name).read_bytes()
            if any(n in data for n in needles):
                found.append(Path(root) / name)
    return found


def test_an_encrypted_journal_leaves_no_plaintext_anywhere_in_its_folder(
    journal_path: Path,
) -> None:
    with Journal.open(journal_path, PASSPHRASE, daily_backup=True) as journal:
        fill(journal)
        assert journal.encrypted
        assert journal.daily_backup is not None
        journal.backup(journal_path.parent / "backups" / "journal-by-hand.db")
        # While it is open, its -wal and -shm files hold only encrypted pages too.
        assert files_holding(journal_path.parent, MARKER) == []
    assert sorted(p.name for p in journal_path.parent.rglob("*") if p.is_file()) == [
        "auto-" + date.today().isoformat() + ".db",
        "journal-by-hand.db",
        "journal.db",
    ]
    assert files_holding(journal_path.parent, MARKER) == []
    with Journal.open(journal_path, PASSPHRASE) as journal:
        assert journal.people.search("Ana")


def test_encrypting_in_place_takes_the_backups_along(journal_path: Path) -> None:
    with Journal.open(journal_path, daily_backup=True) as journal:
        fill(journal)
    assert files_holding(journal_path.parent, MARKER)  # a plain journal: readable
    done = keys.encrypt(journal_path, PASSPHRASE)
    assert done.journal == journal_path
    assert [p.name for p in done.backups] == [f"auto-{date.today().isoformat()}.db"]
    assert files_holding(journal_path.parent, MARKER) == []
    assert keys.is_encrypted(journal_path)
    with pytest.raises(JournalError):
        Journal.open(journal_path)  # no passphrase: not readable
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, "wrong passphrase")
    with Journal.open(journal_path, PASSPHRASE) as journal:
        assert journal.check() == []
        assert journal.stats()["people"] == 1
        assert journal.entries.page(text="agenda").ids  # the search indexes came along
    backup = done.backups[0]
    with Journal.open(backup, PASSPHRASE, create=False) as copy:
        assert copy.check() == []  # today's backup: the journal as it was opened
    # Only the journal and its backups: no copy left aside.
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["backups", "journal.db"]


def test_a_new_passphrase_replaces_the_old_one_for_the_backups_too(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE, daily_backup=True) as journal:
        fill(journal)
    done = keys.change_passphrase(journal_path, PASSPHRASE, "a brand new passphrase")
    assert len(done.backups) == 1
    for path in (journal_path, done.backups[0]):
        with pytest.raises(WrongPassphrase):
            Journal.open(path, PASSPHRASE, create=False)
        with Journal.open(path, "a brand new passphrase", create=False) as journal:
            assert journal.check() == []


def test_a_wrong_passphrase_changes_nothing(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as journal:
        fill(journal)
    before = journal_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        keys.change_passphrase(journal_path, "not the passphrase", "another passphrase")
    with pytest.raises(WrongPassphrase):
        keys.decrypt(journal_path, "not the passphrase")
    assert journal_path.read_bytes() == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["journal.db"]


def test_decrypting_gives_back_the_same_journal(journal_path: Path) -> None:
    with Journal.open(journal_path, PASSPHRASE) as journal:
        fill(journal)
        people = journal.stats()
    keys.decrypt(journal_path, PASSPHRASE)
    assert not keys.is_encrypted(journal_path)
    with Journal.open(journal_path) as journal:
        assert journal.stats() == people
        assert journal.check() == []


@pytest.mark.parametrize(
    ("passphrase", "why"),
    [
        ("", "Give a passphrase"),
        ("short", "at least 8"),
        ("x" * 1001, "at most"),
        ("a\0bcdefgh", "NUL"),
    ],
)
def test_a_passphrase_too_weak_is_refused_before_anything_is_touched(
    journal_path: Path, passphrase: str, why: str
) -> None:
    with Journal.open(journal_path) as journal:
        fill(journal)
    before = journal_path.read_bytes()
    with pytest.raises(InvalidInput) as caught:
        keys.encrypt(journal_path, passphrase)
    assert why in str(caught.value)
    assert journal_path.read_bytes() == before


def test_encrypting_twice_or_decrypting_a_plain_journal_says_so(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    with pytest.raises(JournalError, match="not encrypted"):
        keys.decrypt(journal_path, PASSPHRASE)
    with pytest.raises(JournalError, match="not encrypted"):
        keys.change_passphrase(journal_path, PASSPHRASE, "another passphrase")
    keys.encrypt(journal_path, PASSPHRASE)
    with pytest.raises(JournalError, match="encrypted already"):
        keys.encrypt(journal_path, PASSPHRASE)


# --- a crash half-way ---------------------------------------------------------------------


def _copy_under(journal_path: Path, suffix: str, passphrase: str | None) -> Path:
    """A complete copy of the journal under a key, where a rewrite would leave it."""
    target = journal_path.with_name(journal_path.name + suffix)
    with Journal.open(journal_path) as journal:
        journal.backup(target)
    if passphrase:
        crypto.rewrite_with_key(target, None, passphrase)
    return target


def test_a_crash_between_the_two_moves_puts_the_new_copy_in_place(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        fill(journal)
    new = _copy_under(journal_path, ".rekey-new", PASSPHRASE)
    old = journal_path.with_name("journal.db.rekey-old")
    os.replace(journal_path, old)  # stopped here: no journal in place
    with Journal.open(journal_path, PASSPHRASE, create=False) as journal:
        assert journal.stats()["people"] == 1
    assert not new.exists()
    assert not old.exists()  # the plaintext copy aside is wiped
    assert files_holding(journal_path.parent, MARKER) == []


def test_a_crash_while_copying_leaves_the_journal_as_it_was(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        fill(journal)
    half = journal_path.with_name("journal.db.rekey-new")
    half.write_bytes(os.urandom(4096))  # a copy cut short
    before = journal_path.read_bytes()
    with Journal.open(journal_path) as journal:
        assert journal.stats()["people"] == 1
    assert not half.exists()
    assert journal_path.read_bytes()[:100] == before[:100]


# --- the rotation of automatic backups ---------------------------------------------------------


def test_one_backup_a_day_kept_seven_days_then_four_weeks(journal_path: Path) -> None:
    first = date(2026, 9, 1)
    for n in range(60):
        day = date.fromordinal(first.toordinal() + n)
        Journal.open(journal_path, daily_backup=True, today=day).close()
        Journal.open(journal_path, daily_backup=True, today=day).close()  # again: no new one
    kept = sorted(backups.automatic_backups(journal_path))
    last = date.fromordinal(first.toordinal() + 59)
    daily = [date.fromordinal(last.toordinal() - n) for n in range(6, -1, -1)]
    assert kept[-7:] == daily
    weekly = kept[:-7]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4  # one per week
    assert all(d < daily[0] for d in weekly)


def test_the_rotation_kept_is_the_one_asked(journal_path: Path) -> None:
    first = date(2026, 9, 1)
    for n in range(30):
        day = date.fromordinal(first.toordinal() + n)
        Journal.open(journal_path, daily_backup=True, today=day, keep=(2, 1)).close()
    kept = sorted(backups.automatic_backups(journal_path))
    assert len(kept) == 3  # the last two days, and one of an earlier week
    assert kept[-2:] == [date(2026, 9, 29), date(2026, 9, 30)]


def test_the_rotation_rule() -> None:
    days = [date(2026, 1, d) for d in range(1, 32)]
    gone = backups.to_remove(days, daily=7, weekly=4)
    kept = sorted(set(days) - set(gone))
    assert kept[-7:] == days[-7:]
    assert len(kept) == 11
    assert backups.to_remove(days[:3], daily=7, weekly=4) == []


def test_a_backup_that_fails_does_not_keep_the_journal_closed(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    (journal_path.parent / "backups").write_text("a file where the folder should be")
    with Journal.open(journal_path, daily_backup=True) as journal:
        assert journal.daily_backup is None
        assert "backups" in journal.backup_problem
        journal.people.create("Still works")


def test_deleted_and_changed_notes_leave_no_trace_in_a_plain_journal(journal_path: Path) -> None:
    """secure_delete overwrites freed pages; FTS5's secure-delete drops a deleted row's
    words from the search indexes at once (they would linger in its segments)."""
    with Journal.open(journal_path) as journal:
        for n in range(30):
            journal.people.create(f"Person {n}", notes="ordinary words")
        who = journal.people.create(f"Someone {MARKER}", notes=f"first {MARKER}notes").id
        journal.people.update(who, notes="rewritten")
        entry = journal.entries.log("note", datetime(2026, 1, 5, tzinfo=UTC), [who], body=MARKER)
        journal.entries.update(entry.id, body="changed")
        gone = journal.entries.log("note", datetime(2026, 1, 6, tzinfo=UTC), [who], body=MARKER)
        journal.entries.delete(gone.id)
        agreement = journal.mentorships.create(who, "peer", status="active").id
        session = journal.mentorships.log_session(
            agreement, datetime(2026, 1, 7, tzinfo=UTC), agenda=f"{MARKER}agenda"
        )
        journal.mentorships.update_session(session.entry_id, agenda="nothing")
        journal.people.delete(who)
        assert journal.check() == []
    assert files_holding(journal_path.parent, MARKER) == []
    assert files_holding(journal_path.parent, MARKER.lower()) == []
    assert files_holding(journal_path.parent, "ordinary")  # what stays is still there
