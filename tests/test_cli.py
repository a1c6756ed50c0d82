"""Every CLI command, run as a user would: against a real journal folder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from sqlcipher3 import dbapi2 as sqlite3  # the SQLite the journal needs (FTS5 secure-delete)

from netjournal import __version__, cli
from netjournal.cli import main
from netjournal.interchange import limits
from netjournal.journal import Journal
from netjournal.journal.archive import Conflict, MergePlan
from netjournal.ui import i18n


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, translate: i18n.Translate | None = None
) -> tuple[int, str, str]:
    """The command in English (whatever this machine's language and Settings), or through
    `translate`."""
    code = main(list(argv), translate=translate or i18n.standalone_translate("en"))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """A data folder whose journal holds two people, one entry and a goal."""
    with Journal.open(data_dir / "journal.db") as journal:
        ana = journal.people.create("Ana Silva", tags=["mentors"])
        bo = journal.people.create("Bo Chen")
        journal.entries.log("coffee", "2026-01-05T10:00:00+00:00", [ana.id, bo.id], title="Coffee")
        journal.goals.create("Pass the exam", "exam")
    return data_dir


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"netjournal {__version__}"


def test_python_dash_m_runs_the_same_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "netjournal", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == f"netjournal {__version__}"


def test_stats_counts_each_kind(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    code, out, _ = run(capsys, "stats", "--data-dir", str(filled))
    assert code == 0
    assert "people" in out
    assert str(filled / "journal.db") in out


def test_stats_json(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(filled), "stats", "--json")
    assert code == 0
    counts = json.loads(out)
    assert counts["people"] == 2
    assert counts["entries"] == 1
    assert counts["goals"] == 1
    assert counts["tags"] == 1


def test_data_dir_from_environment(
    capsys: pytest.CaptureFixture[str], filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETJOURNAL_DATA_DIR", str(filled))
    code, out, _ = run(capsys, "stats", "--json")
    assert code == 0
    assert json.loads(out)["people"] == 2


def test_commands_on_a_missing_journal_say_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for command in ("stats", "check", "backup"):
        code, _, err = run(capsys, command, "--data-dir", str(tmp_path / "none"))
        assert code == 1
        assert "There is no journal at" in err
        assert not (tmp_path / "none").exists()


def test_check_passes_on_a_healthy_journal(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    code, out, _ = run(capsys, "check", "--data-dir", str(filled))
    assert code == 0
    assert "ok" in out


def test_check_reports_a_broken_foreign_key(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    raw = sqlite3.connect(filled / "journal.db")
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("DELETE FROM person WHERE display_name = 'Bo Chen'")
    raw.commit()
    raw.close()
    code, _, err = run(capsys, "check", "--data-dir", str(filled))
    assert code == 1
    assert "entry_participant" in err
    assert "missing person" in err


def test_check_reports_a_file_that_is_not_a_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "journal.db").write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "check", "--data-dir", str(tmp_path))
    assert code == 1
    assert str(tmp_path / "journal.db") in err


def test_backup_to_a_named_file(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy.db"
    code, out, _ = run(capsys, "backup", str(target), "--data-dir", str(filled))
    assert code == 0
    assert str(target) in out
    with Journal.open(target, create=False) as copy:
        assert copy.stats()["people"] == 2
        assert copy.check() == []


def test_backup_default_goes_into_the_data_folder(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    code, _, _ = run(capsys, "backup", "--data-dir", str(filled))
    assert code == 0
    backups = list((filled / "backups").glob("journal-*.db"))
    assert len(backups) == 1
    if os.name == "posix":
        assert (filled / "backups").stat().st_mode & 0o777 == 0o700


def test_backup_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy.db"
    target.write_bytes(b"precious")
    code, _, err = run(capsys, "backup", str(target), "--data-dir", str(filled))
    assert code == 1
    assert "already exists" in err
    assert target.read_bytes() == b"precious"


def test_generate_fills_an_empty_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "generate",
        "--people",
        "50",
        "--entries",
        "200",
        "--seed",
        "3",
        "--data-dir",
        str(tmp_path),
    )
    assert code == 0, out
    with Journal.open(tmp_path / "journal.db") as journal:
        counts = journal.stats()
        assert counts["people"] == 50
        assert counts["entries"] == 200
        assert journal.check() == []


def test_generate_refuses_a_journal_with_data(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    code, _, err = run(
        capsys, "generate", "--people", "5", "--entries", "5", "--data-dir", str(filled)
    )
    assert code == 1
    assert "is not empty (people: 2, entries: 1, goals: 1)" in err
    with Journal.open(filled / "journal.db") as journal:
        assert journal.stats()["people"] == 2


def test_generate_rejects_bad_numbers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["generate", "--people", "many", "--entries", "5", "--data-dir", str(tmp_path)])
    assert stopped.value.code == 2
    assert "not a whole number" in capsys.readouterr().err


def _gui_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def test_screenshots_of_the_demo_journal(tmp_path: Path) -> None:
    outdir = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "netjournal", "screenshots", "--demo", str(outdir)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=_gui_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    shots = sorted(outdir.glob("*.png"))
    assert len(shots) >= 4
    assert all(shot.stat().st_size > 5_000 for shot in shots)


def test_screenshots_without_a_journal_say_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "screenshots", str(tmp_path / "out"), "--data-dir", str(tmp_path / "none")
    )
    assert code == 1
    assert "There is no journal" in err


@pytest.mark.parametrize("command", [[], ["demo"], ["open"]])
def test_window_opens_and_stays_up(tmp_path: Path, command: list[str]) -> None:
    """The default command (on a first start, its welcome page) and demo start the GUI, which
    keeps running until closed."""
    data = tmp_path / "data"
    if command == ["open"]:  # a journal there already: the window opens on it
        Journal.open(data / "journal.db").close()
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "netjournal", *command, "--data-dir", str(data)],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=_gui_env(tmp_path),
        )
        try:
            time.sleep(2.5)  # started and drawn by then; still running
            assert process.poll() is None, log.read_text()
        finally:
            process.terminate()
            process.wait(timeout=30)
    if not command:
        # The first start shows the welcome page, which creates nothing until asked.
        assert not (data / "journal.db").exists()


# --- encryption and restoring ----------------------------------------------------------------

PASSPHRASE = "four words make a passphrase"


def test_encrypt_then_every_command_needs_the_passphrase(
    capsys: pytest.CaptureFixture[str], filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "encrypt", "--data-dir", str(filled))
    assert code == 0
    assert "Encrypted" in out
    assert b"Ana Silva" not in (filled / "journal.db").read_bytes()
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", str(filled))
    assert (code, json.loads(out)["people"]) == (0, 2)
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "not the passphrase")
    code, out, err = run(capsys, "stats", "--data-dir", str(filled))
    assert code == 1
    assert "passphrase does not open" in err
    assert "Traceback" not in err
    # With no passphrase and no terminal to ask at, it says how to give one.
    monkeypatch.delenv("NETJOURNAL_PASSPHRASE")
    code, _, err = run(capsys, "check", "--data-dir", str(filled))
    assert code == 1
    assert "NETJOURNAL_PASSPHRASE" in err


def test_change_the_passphrase_then_decrypt(
    capsys: pytest.CaptureFixture[str], filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "encrypt", "--data-dir", str(filled))[0] == 0
    monkeypatch.setenv("NETJOURNAL_NEW_PASSPHRASE", "another fine passphrase")
    code, out, _ = run(capsys, "passphrase", "--data-dir", str(filled))
    assert code == 0
    assert "New passphrase for" in out
    # The old one no longer opens it.
    code, _, err = run(capsys, "stats", "--data-dir", str(filled))
    assert code == 1
    assert "passphrase does not open" in err
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "another fine passphrase")
    code, out, _ = run(capsys, "decrypt", "--data-dir", str(filled))
    assert code == 0
    assert "Decrypted" in out
    monkeypatch.delenv("NETJOURNAL_PASSPHRASE")
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", str(filled))
    assert json.loads(out)["people"] == 2


def test_encryption_commands_refuse_what_makes_no_sense(
    capsys: pytest.CaptureFixture[str], filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (filled / "journal.db").read_bytes()
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "short")
    code, _, err = run(capsys, "encrypt", "--data-dir", str(filled))
    assert code == 1
    assert "at least 8 characters" in err
    for command in ("decrypt", "passphrase"):
        code, _, err = run(capsys, command, "--data-dir", str(filled))
        assert code == 1
        assert "not encrypted" in err
    assert (filled / "journal.db").read_bytes() == before
    code, _, err = run(capsys, "encrypt", "--data-dir", str(filled / "nowhere"))
    assert code == 1
    assert "There is no journal" in err


def test_restore_puts_a_backup_in_place_and_keeps_the_journal_as_it_was(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "before.db"
    assert run(capsys, "backup", str(backup), "--data-dir", str(filled))[0] == 0
    with Journal.open(filled / "journal.db") as journal:
        journal.people.create("Added after the backup")
    code, out, _ = run(capsys, "restore", str(backup), "--data-dir", str(filled))
    assert code == 0
    assert "Restored" in out
    with Journal.open(filled / "journal.db") as journal:
        assert journal.stats()["people"] == 2
    (kept,) = (filled / "backups").glob("journal-before-restore-*.db")
    with Journal.open(kept, create=False) as journal:
        assert journal.stats()["people"] == 3
    code, _, err = run(capsys, "restore", str(tmp_path / "missing.db"), "--data-dir", str(filled))
    assert code == 1
    assert "There is no backup" in err


def test_a_journal_that_cannot_be_opened_names_the_latest_backup(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    assert run(capsys, "backup", "--data-dir", str(filled))[0] == 0
    (latest,) = (filled / "backups").glob("*.db")
    journal = filled / "journal.db"
    journal.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)  # truncated, damaged
    code, _, err = run(capsys, "stats", "--data-dir", str(filled))
    assert code == 1
    assert str(latest) in err
    assert "netjournal restore" in err
    assert journal.read_bytes()[:16] == b"SQLite format 3\x00"  # never overwritten
    assert run(capsys, "restore", str(latest), "--data-dir", str(filled))[0] == 0
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", str(filled))
    assert json.loads(out)["people"] == 2
    # The damaged file is kept aside, as it was, in case it matters.
    assert list((filled / "backups").glob("journal-before-restore-*-unreadable.db"))


def test_rewriting_commands_refuse_while_the_app_has_the_journal_open(
    capsys: pytest.CaptureFixture[str],
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """encrypt, decrypt, passphrase and restore name the process that has the journal
    open and change nothing; once it is gone (even killed), they work."""
    assert run(capsys, "backup", "--data-dir", str(filled))[0] == 0
    (backup,) = (filled / "backups").glob("journal-*.db")
    lock = filled / "journal.db.lock"
    app = subprocess.Popen(
        [sys.executable, "-m", "netjournal", "--data-dir", str(filled)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_gui_env(tmp_path),
    )
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert lock.exists(), "the app did not take the journal's lock"
        before = (filled / "journal.db").read_bytes()
        monkeypatch.setenv("NETJOURNAL_PASSPHRASE", PASSPHRASE)
        for command in (["encrypt"], ["restore", str(backup)]):
            code, _, err = run(capsys, *command, "--data-dir", str(filled))
            assert code == 1
            assert "journal.db is open elsewhere" in err
            assert f"process {app.pid}" in err
            assert "Traceback" not in err
        # And in German, from the catalogue NetJournal ships.
        before_locale = QLocale()
        try:
            code, _, err = run(
                capsys,
                "encrypt",
                "--data-dir",
                str(filled),
                translate=i18n.standalone_translate("de"),
            )
        finally:
            QLocale.setDefault(before_locale)
        assert code == 1
        assert f"journal.db ist anderswo geöffnet: in Prozess {app.pid} (" in err
        assert (filled / "journal.db").read_bytes() == before
    finally:
        app.kill()  # as a crash would: the lock file stays behind, stale
        app.wait(timeout=30)
    assert lock.exists()
    code, out, _ = run(capsys, "encrypt", "--data-dir", str(filled))
    assert code == 0
    assert "Encrypted" in out
    assert not lock.exists()  # the command let its own lock go
    # And the same refusal for passphrase and decrypt, with a lock held in this process.
    from netjournal.ui.security.lock import JournalLock

    held = JournalLock(filled / "journal.db")
    held.acquire()
    try:
        monkeypatch.setenv("NETJOURNAL_NEW_PASSPHRASE", "another fine passphrase")
        for command in ("passphrase", "decrypt"):
            code, _, err = run(capsys, command, "--data-dir", str(filled))
            assert code == 1
            assert f"process {os.getpid()}" in err
    finally:
        held.release()
    assert run(capsys, "decrypt", "--data-dir", str(filled))[0] == 0


CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@example.org\r\n"
    "ORG:Physics Lab\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee Okafor\r\nEMAIL:dee@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eli Grant\r\nBDAY:--0203\r\nEND:VCARD\r\n"
)


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return path


def _people(data_dir: Path) -> int:
    with Journal.open(data_dir / "journal.db") as journal:
        return journal.stats()["people"]


def test_import_dry_run_shows_the_plan_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], filled: Path, cards: Path
) -> None:
    code, out, _ = run(capsys, "import", "--dry-run", str(cards), "--data-dir", str(filled))
    assert code == 1  # a card has a problem
    assert out.splitlines()[0] == (
        "2 new people, 1 merged with people already in the journal, 0 skipped."
    )
    # Ana Silva is in the journal already: matched by name, the card adds to her.
    assert "  merge Ana Silva (contacts.vcf, card 1, line 1) into #1, matched by name" in out
    assert "problem: contacts.vcf, card 3, line 15: The birthday “--0203” has no year" in out
    assert out.rstrip().endswith("Nothing was written (--dry-run).")
    assert _people(filled) == 2


def test_import_then_again_changes_nothing(
    capsys: pytest.CaptureFixture[str], filled: Path, cards: Path
) -> None:
    code, out, err = run(capsys, "import", str(cards), "--data-dir", str(filled))
    assert code == 1  # imported, but one birthday could not be read: said on stderr
    assert "Imported 2 new people, merged 1, added 0 entries." in out
    assert "1 problem reading the files: what could not be read was left out" in err
    assert _people(filled) == 4
    code, out, _ = run(capsys, "import", str(cards), "--data-dir", str(filled))
    assert "0 new people, 0 merged with people already in the journal, 3 skipped." in out
    assert "Nothing to import: the journal already holds all of it." in out
    assert _people(filled) == 4


def test_import_strict_imports_nothing_when_a_card_is_broken(
    capsys: pytest.CaptureFixture[str], filled: Path, cards: Path
) -> None:
    code, _, err = run(capsys, "import", "--strict", str(cards), "--data-dir", str(filled))
    assert code == 1
    assert "Nothing was imported: 1 problem reading the files (--strict)." in err
    assert _people(filled) == 2


def test_import_of_files_that_cannot_be_read(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "import", str(tmp_path / "nope.vcf"), "--data-dir", str(filled))
    assert code == 1
    assert "problem: nope.vcf: The file does not exist." in out
    assert "Nothing was imported: nothing in the files could be read." in err
    assert _people(filled) == 2


def test_export_json_into_an_empty_journal_and_back_gives_the_same_file(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    first = tmp_path / "backup.json"
    code, out, _ = run(capsys, "export", "json", str(first), "--data-dir", str(filled))
    assert code == 0
    assert out.rstrip().endswith(f"rows to {first}")
    laptop = tmp_path / "laptop"
    code, out, _ = run(
        capsys, "generate", "--people", "0", "--entries", "0", "--data-dir", str(laptop)
    )
    code, out, _ = run(capsys, "import", str(first), "--data-dir", str(laptop))
    assert code == 0
    assert out.startswith(f"Merging the backup {first}:")
    second = tmp_path / "again.json"
    assert run(capsys, "export", "json", str(second), "--data-dir", str(laptop))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    # The same backup twice: nothing changes.
    code, out, _ = run(capsys, "import", str(first), "--data-dir", str(laptop))
    assert "Nothing to import" in out


def test_export_every_format_and_refuse_to_replace_unasked(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    for fmt, name in (("vcard", "p.vcf"), ("ics", "u.ics"), ("csv", "sheets"), ("markdown", "md")):
        code = run(capsys, "export", fmt, str(tmp_path / name), "--data-dir", str(filled))[0]
        assert code == 0, fmt
        assert (tmp_path / name).exists()
    assert (
        "Exported 2 people"
        in run(
            capsys,
            "export",
            "vcard",
            str(tmp_path / "old.vcf"),
            "--vcard-version",
            "3.0",
            "--data-dir",
            str(filled),
        )[1]
    )
    assert "VERSION:3.0" in (tmp_path / "old.vcf").read_text(encoding="utf-8")
    code, _, err = run(
        capsys, "export", "vcard", str(tmp_path / "p.vcf"), "--data-dir", str(filled)
    )
    assert code == 1
    assert "already exists; choose another name, or allow replacing it" in err
    code, _, _ = run(
        capsys, "export", "vcard", str(tmp_path / "p.vcf"), "--overwrite", "--data-dir", str(filled)
    )
    assert code == 0
    with pytest.raises(SystemExit):
        main(["export", "pdf", str(tmp_path / "x.pdf"), "--data-dir", str(filled)])
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_export_formats_named_in_the_cli_are_the_ones_there_are() -> None:
    from netjournal.cli import EXPORT_FORMATS
    from netjournal.interchange.jobs import FORMATS

    assert EXPORT_FORMATS == FORMATS


# --- in the reader's language ----------------------------------------------------------------

# The German of the few messages checked here: the .ts files get theirs from the translators.
GERMAN = {
    "Cli": {
        "Journal: {path} (schema version {version})": "Tagebuch: {path} (Schemaversion {version})",
        "people": "Personen",
        "Backup written to {path}": "Sicherung geschrieben nach {path}",
        "Encrypted {journal}.": "{journal} verschlüsselt.",
        "{path} is encrypted already: `netjournal passphrase` changes it.": (
            "{path} ist schon verschlüsselt: `netjournal passphrase` ändert die Passphrase."
        ),
        "{n} new people, {merged} merged with people already in the journal, {skipped} "
        "skipped.": "{n} neue Personen, {merged} mit Personen im Tagebuch zusammengeführt, "
        "{skipped} übersprungen.",
        "  problem: {problem}": "  Problem: {problem}",
        "Nothing was written (--dry-run).": "Nichts wurde geschrieben (--dry-run).",
        "count what the journal holds": "zählt, was das Tagebuch enthält (100 %)",
        "“{text}” is not a whole number": "„{text}“ ist keine ganze Zahl",
        # A translator's typo in a placeholder must not hide the message.
        "{path} is not encrypted.": "{pfad} ist nicht verschlüsselt.",
    },
    "Validation": {
        "card {n}": "Karte {n}",
        "line {n}": "Zeile {n}",
        limits.BIRTHDAY_WITHOUT_YEAR: (
            "Der Geburtstag „{text}“ hat kein Jahr; das Tagebuch speichert nur ganze Daten, "
            "darum wurde er weggelassen."
        ),
        "A passphrase needs at least {PASSPHRASE_MIN} characters; a few words are easier "
        "to remember than a short password.": "Eine Passphrase braucht mindestens "
        "{PASSPHRASE_MIN} Zeichen.",
    },
}


@pytest.fixture
def german(tmp_path: Path, write_catalogue: Callable[..., Path]) -> Iterator[i18n.Translate]:
    """The CLI's translate function for German, from a .ts holding `GERMAN` only; the
    default locale as it was afterwards."""
    folder = write_catalogue("de", GERMAN)
    before = QLocale()
    yield i18n.standalone_translate(
        "de",
        folder=folder,
        cache=tmp_path / "cache",
        system=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    )
    QLocale.setDefault(before)


def test_stats_and_backup_in_german(
    capsys: pytest.CaptureFixture[str], filled: Path, german: i18n.Translate
) -> None:
    code, out, _ = run(capsys, "stats", "--data-dir", str(filled), translate=german)
    assert code == 0
    assert out.splitlines()[0].startswith(f"Tagebuch: {filled / 'journal.db'} (Schemaversion ")
    assert re.search(r"^  Personen +2$", out, re.MULTILINE)
    assert "  archived people" in out  # not translated yet: English, never missing
    # The JSON is for programs: the same keys in every language.
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", str(filled), translate=german)
    assert json.loads(out)["people"] == 2
    target = filled / "copy.db"
    code, out, _ = run(capsys, "backup", str(target), "--data-dir", str(filled), translate=german)
    assert (code, out) == (0, f"Sicherung geschrieben nach {target}\n")
    # Numbers as German writes them, from now on in this command.
    assert cli.number(12345) == "12.345"


def test_encrypt_twice_is_refused_in_german(
    capsys: pytest.CaptureFixture[str],
    filled: Path,
    german: i18n.Translate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = filled / "journal.db"
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", "short")
    code, _, err = run(capsys, "encrypt", "--data-dir", str(filled), translate=german)
    assert code == 1  # the domain's refusal, said from its template
    assert err == "netjournal: Eine Passphrase braucht mindestens 8 Zeichen.\n"
    monkeypatch.setenv("NETJOURNAL_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "encrypt", "--data-dir", str(filled), translate=german)
    assert code == 0
    assert out.startswith(f"{journal} verschlüsselt.\n")
    # Not translated yet: the English, never a blank line.
    assert "Keep the passphrase safe" in out
    code, _, err = run(capsys, "encrypt", "--data-dir", str(filled), translate=german)
    assert code == 1
    assert err == (
        f"netjournal: {journal} ist schon verschlüsselt: `netjournal passphrase` ändert "
        "die Passphrase.\n"
    )


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english(
    capsys: pytest.CaptureFixture[str], filled: Path, german: i18n.Translate
) -> None:
    code, _, err = run(capsys, "decrypt", "--data-dir", str(filled), translate=german)
    assert code == 1
    assert err == f"netjournal: {filled / 'journal.db'} is not encrypted.\n"


def test_import_dry_run_in_german(
    capsys: pytest.CaptureFixture[str], filled: Path, cards: Path, german: i18n.Translate
) -> None:
    code, out, _ = run(
        capsys, "import", "--dry-run", str(cards), "--data-dir", str(filled), translate=german
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "2 neue Personen, 1 mit Personen im Tagebuch zusammengeführt, 0 übersprungen."
    )
    assert (
        "  Problem: contacts.vcf, Karte 3, Zeile 15: Der Geburtstag „--0203“ hat kein Jahr; "
        "das Tagebuch speichert nur ganze Daten, darum wurde er weggelassen."
    ) in lines
    assert lines[-1] == "Nichts wurde geschrieben (--dry-run)."
    assert _people(filled) == 2


def test_help_and_argument_errors_in_german(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, german: i18n.Translate
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"], translate=german)
    assert stopped.value.code == 0
    helped = capsys.readouterr().out
    assert "zählt, was das Tagebuch enthält (100 %)" in helped  # "%" is not argparse's
    assert "usage: netjournal" in helped  # argparse's own words: Python's, in English
    with pytest.raises(SystemExit):
        main(
            ["generate", "--people", "viele", "--entries", "5", "--data-dir", str(tmp_path)],
            translate=german,
        )
    assert "„viele“ ist keine ganze Zahl" in capsys.readouterr().err


def _language_env(tmp_path: Path, system: str, chosen: str | None) -> dict[str, str]:
    """A process whose system language is `system` and whose Settings chose `chosen`."""
    env = {k: v for k, v in _gui_env(tmp_path).items() if not k.startswith("LC_")}
    env |= {
        "LANGUAGE": system,
        "LANG": f"{system}_{'DE' if system == 'de' else 'US'}.UTF-8",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    if chosen is not None:
        settings = Path(env["XDG_CONFIG_HOME"]) / "NetJournal" / "netjournal.conf"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[Display]\nlanguage={chosen}\n", encoding="utf-8")
    return env


@pytest.mark.parametrize(
    ("system", "chosen", "german"),
    [("de", None, True), ("en", "de", True), ("de", "en", False)],
    ids=["system-german", "settings-german", "settings-english-over-german"],
)
def test_the_cli_speaks_the_language_the_window_would(
    filled: Path, tmp_path: Path, system: str, chosen: str | None, german: bool
) -> None:
    """The language as the window chooses it: Settings' override, else the system's; here
    a refusal the shipped German catalogue already translates."""
    existing = tmp_path / "people.vcf"
    existing.write_text("mine", encoding="utf-8")
    data = ["--data-dir", str(filled)]
    done = subprocess.run(
        [sys.executable, "-m", "netjournal", "export", "vcard", str(existing), *data],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=_language_env(tmp_path, system, chosen),
    )
    assert done.returncode == 1
    said = "existiert schon" if german else "already exists; choose another name"
    assert said in done.stderr, done.stderr
    assert existing.read_text(encoding="utf-8") == "mine"


def test_the_settings_key_is_the_windows(tmp_path: Path) -> None:
    from netjournal.ui.settings import LANGUAGE

    assert cli.LANGUAGE_KEY == LANGUAGE
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert cli.settings_language(settings) == ""
    settings.setValue(LANGUAGE, "es")
    assert cli.settings_language(settings) == "es"


# --- the import's words ----------------------------------------------------------------------


def test_a_backups_merge_says_each_conflict_and_what_points_nowhere() -> None:
    plan = MergePlan(
        added={"person": 1, "entry": 2},
        updated={"person": 1},
        same={"tag": 3},
        dangling={"entry_participant": 1},
        conflicts=[
            Conflict(
                "person",
                "u-1",
                "journal",
                {"updated_at": "2026-05-02T10:00:00Z"},
                {"updated_at": "2026-05-01T09:00:00Z"},
            )
        ],
    )
    assert cli.merge_lines(Path("b.json"), plan) == [
        "Merging the backup b.json:",
        "3 rows to add, 1 to update with the backup's newer version, 3 the same, 0 kept as "
        "the journal has them (newer).",
        "  person: add 1, update 1",
        "  entry: add 2",
        "  conflict in person u-1: kept the journal's version (journal 2026-05-02T10:00:00Z, "
        "backup 2026-05-01T09:00:00Z)",
        "  entry_participant: 1 row points to nothing in either copy: left out",
    ]


def test_what_an_import_wrote_counts_one_and_many() -> None:
    from netjournal.interchange.jobs import ImportDone

    assert cli.done_line(ImportDone(1, 0, 1)) == ("Imported 1 new person, merged 0, added 1 entry.")
    assert cli.done_line(ImportDone(rows=1)) == "Merged 1 row of the backup."
    assert cli.done_line(ImportDone()) == "Merged 0 rows of the backup."
