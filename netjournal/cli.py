"""The command line: the window is the default command; the rest work on the journal file.

Every command takes `--data-dir`; without it the journal lives in
`NETJOURNAL_DATA_DIR` or the platform's user data folder.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from netjournal import __version__
from netjournal.errors import NetJournalError
from netjournal.journal import Journal, files, keys
from netjournal.journal.generate import generate_journal, make_demo_journal
from netjournal.paths import data_dir, ensure_private_dir, journal_path

# As netjournal.interchange.jobs.FORMATS, which loads the format libraries: only when used.
EXPORT_FORMATS = ("json", "vcard", "ics", "csv", "markdown")
EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found something wrong, or could not do its work
ENV_PASSPHRASE = "NETJOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "NETJOURNAL_NEW_PASSPHRASE"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; `--data-dir` is accepted before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder that holds journal.db (default: $NETJOURNAL_DATA_DIR or the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="netjournal",
        description="A private, offline journal for contacts, shared goals and mentorships. "
        "Without a command, opens the window on the journal.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"netjournal {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("open", parents=[common], help="open the window (the default)")

    stats = commands.add_parser("stats", parents=[common], help="count what the journal holds")
    stats.add_argument("--json", action="store_true", help="print one JSON object")

    commands.add_parser(
        "check", parents=[common], help="check the journal's integrity (exit 1 if damaged)"
    )

    backup = commands.add_parser(
        "backup", parents=[common], help="write a consistent copy of the journal"
    )
    backup.add_argument(
        "out", nargs="?", metavar="OUT", help="file to write (default: backups/ in the data folder)"
    )

    generate = commands.add_parser(
        "generate", parents=[common], help="fill an empty journal with synthetic data"
    )
    generate.add_argument("--people", type=_positive, required=True, metavar="N")
    generate.add_argument("--entries", type=_positive, required=True, metavar="M")
    generate.add_argument("--seed", type=int, default=1, metavar="S")

    commands.add_parser(
        "demo", parents=[common], help="open the window on a small sample journal (temporary)"
    )

    commands.add_parser(
        "encrypt",
        parents=[common],
        help=f"encrypt the journal and its backups with a passphrase (${ENV_PASSPHRASE} or asked)",
    )
    commands.add_parser(
        "decrypt",
        parents=[common],
        help=f"remove the journal's encryption (its passphrase: ${ENV_PASSPHRASE} or asked)",
    )
    commands.add_parser(
        "passphrase",
        parents=[common],
        help=f"change the passphrase (old: ${ENV_PASSPHRASE}, new: ${ENV_NEW_PASSPHRASE}, "
        "or asked)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="make a backup the journal (the journal in place is backed up first)",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")

    importing = commands.add_parser(
        "import",
        parents=[common],
        help="import contacts (vCard, LinkedIn or Google CSV), calendars (.ics) or a "
        "NetJournal backup (.json)",
        description="Shows what the import will do (new people, merged ones, skipped ones "
        "with reasons, and what could not be read), then imports it in one transaction.",
    )
    importing.add_argument("files", metavar="FILE", nargs="+", type=Path)
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; write nothing"
    )
    importing.add_argument(
        "--strict",
        action="store_true",
        help="import nothing if any file, card or row cannot be read (default: import the "
        "good ones)",
    )

    exporting = commands.add_parser(
        "export",
        parents=[common],
        help="write the journal as json (a lossless backup), vcard, ics, csv or markdown",
    )
    exporting.add_argument("format", metavar="FORMAT", choices=EXPORT_FORMATS)
    exporting.add_argument(
        "out", metavar="OUT", type=Path, help="file (json, vcard, ics) or folder (csv, markdown)"
    )
    exporting.add_argument(
        "--vcard-version",
        choices=("4.0", "3.0"),
        default="4.0",
        help="vCard version (3.0 for older phones and programs)",
    )
    exporting.add_argument(
        "--overwrite", action="store_true", help="replace files that already exist"
    )

    shots = commands.add_parser(
        "screenshots", parents=[common], help="save one PNG per tab of the window, then exit"
    )
    shots.add_argument("outdir", metavar="OUTDIR", type=Path)
    shots.add_argument(
        "--demo", action="store_true", help="use a fresh sample journal instead of the journal"
    )
    shots.add_argument(
        "--lang",
        choices=("en", "de", "es"),
        help="show the window in this language (default: English)",
    )
    return parser


def _journal_file(args: argparse.Namespace) -> Path:
    return journal_path(data_dir(getattr(args, "data_dir", None)))


def _ask(prompt: str, path: Path | None = None) -> str:
    """A passphrase typed at the terminal, not echoed."""
    if not sys.stdin.isatty():
        what = f"{path} is encrypted (or is not a journal at all)" if path else "A passphrase"
        raise NetJournalError(
            f"{what}: set {ENV_PASSPHRASE} to its passphrase, or run the command in a "
            "terminal to be asked for it."
        )
    return getpass.getpass(prompt)


def _passphrase(path: Path, env: str = ENV_PASSPHRASE) -> str | None:
    """The passphrase of an encrypted file (from `env` or asked); None for a plain one."""
    if not keys.is_encrypted(path):
        return None
    return os.environ.get(env) or _ask(f"Passphrase for {path}: ", path)


def _new_passphrase(env: str) -> str:
    """A new passphrase: from `env`, or typed twice at the terminal."""
    given = os.environ.get(env)
    if given:
        return given
    first = _ask("New passphrase (8 characters or more; a few words are best): ")
    if _ask("The same again: ") != first:
        raise NetJournalError("The two passphrases differ; nothing was changed.")
    return first


def _open(args: argparse.Namespace, *, create: bool = False) -> Journal:
    path = _journal_file(args)
    if not create and not path.exists():
        raise NetJournalError(
            f"There is no journal at {path}. Run `netjournal` once to create it, "
            "or point --data-dir at the folder that holds journal.db."
        )
    try:
        return Journal.open(path, _passphrase(path) if path.exists() else None, create=create)
    except NetJournalError as exc:
        raise NetJournalError(files.describe_failure(path, exc)) from exc


def _existing_journal(args: argparse.Namespace) -> Path:
    path = _journal_file(args)
    if not path.exists():
        raise NetJournalError(f"There is no journal at {path}.")
    return path


@contextmanager
def _not_open_elsewhere(path: Path) -> Iterator[None]:
    """Hold the journal's lock while the file is rewritten: refused (naming the process)
    while the app has the journal open, and the app cannot open it meanwhile."""
    from netjournal.ui.security.lock import held  # noqa: PLC0415 - Qt's QLockFile, only here

    with held(path):
        yield


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = _existing_journal(args)
    if keys.is_encrypted(path):
        raise NetJournalError(f"{path} is encrypted already: `netjournal passphrase` changes it.")
    with _not_open_elsewhere(path):
        done = keys.encrypt(path, _new_passphrase(ENV_PASSPHRASE))
    _say_rewritten(done, "Encrypted")
    print("Keep the passphrase safe: without it the journal cannot be read, by anyone.")
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = _existing_journal(args)
    if not keys.is_encrypted(path):
        raise NetJournalError(f"{path} is not encrypted.")
    with _not_open_elsewhere(path):
        passphrase = os.environ.get(ENV_PASSPHRASE) or _ask(f"Passphrase for {path}: ", path)
        keys.decrypt(path, passphrase)
    print(f"Decrypted {path}: anyone who can read the file can now read the journal.")
    print("Its backups stay encrypted with the passphrase.")
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    path = _existing_journal(args)
    if not keys.is_encrypted(path):
        raise NetJournalError(f"{path} is not encrypted: `netjournal encrypt` encrypts it.")
    with _not_open_elsewhere(path):
        old = os.environ.get(ENV_PASSPHRASE) or _ask(f"Current passphrase for {path}: ", path)
        done = keys.change_passphrase(path, old, _new_passphrase(ENV_NEW_PASSPHRASE))
    _say_rewritten(done, "New passphrase for")
    return EXIT_OK


def _say_rewritten(done: keys.Rewritten, what: str) -> None:
    count = len(done.backups)
    also = f" and {count} backup{'s' if count != 1 else ''}" if count else ""
    print(f"{what} {done.journal}{also}.")
    for backup, why in done.skipped:
        print(f"  left as it was: {backup} ({why})", file=sys.stderr)


def cmd_restore(args: argparse.Namespace) -> int:
    path = _journal_file(args)
    backup = Path(args.file).expanduser()
    if not backup.is_file():
        raise NetJournalError(f"There is no backup at {backup}.")
    with _not_open_elsewhere(path):
        passphrase = _passphrase(backup)
        kept = files.restore(path, backup, passphrase)
    print(f"Restored {backup} as the journal {path}.")
    if kept.exists():
        print(f"The journal as it was is kept in {kept}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, only here

    path = _existing_journal(args)
    with _not_open_elsewhere(path), _open(args) as journal:
        preview = jobs.preview_import(journal, args.files)
        for line in preview.summary():
            print(line)
        problems = len(preview.problems)
        if args.dry_run:
            print("Nothing was written (--dry-run).")
            return EXIT_PROBLEM if problems else EXIT_OK
        if problems and args.strict:
            print(
                f"Nothing was imported: {problems} problem(s) reading the files (--strict).",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if not preview.changes:
            if not preview.found:
                print("Nothing was imported: nothing in the files could be read.", file=sys.stderr)
                return EXIT_PROBLEM
            print("Nothing to import: the journal already holds all of it.")
            return EXIT_PROBLEM if problems else EXIT_OK
        done = jobs.run_import(journal, preview)
    print(done.summary())
    if problems:
        print(
            f"{problems} problem(s) reading the files: what could not be read was left out "
            "(listed above).",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, only here

    with _open(args) as journal:
        exported = jobs.export(
            journal,
            args.format,
            args.out,
            vcard_version=args.vcard_version,
            overwrite=args.overwrite,
        )
    print(f"Exported {_counted(exported.counts)} to {exported.path}")
    for note in exported.notes:
        print(f"  {note}")
    return EXIT_OK


# The kinds of things an export counts, said in the plural.
_COUNTED = {
    "session": "sessions",
    "review": "reviews",
    "follow_up": "follow-ups",
    "goal_target": "goal target dates",
    "action_due": "action items due",
    "reconnect": "people to reconnect with",
}


def _counted(counts: dict[str, int]) -> str:
    """What an export wrote ("23 people, 2 photos"), leaving out the kinds it wrote
    none of; an iCalendar export leads with its events."""
    ordered = sorted(counts.items(), key=lambda kv: kv[0] != "events")
    said = [f"{n:,} {_COUNTED.get(k, k.replace('_', ' '))}" for k, n in ordered if n]
    return ", ".join(said) or f"0 {ordered[0][0] if ordered else 'things'}"


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as journal:
        counts = journal.stats()
        path = journal.path
        version = journal.schema_version
    if args.json:
        print(json.dumps({"journal": str(path), "schema_version": version, **counts}, indent=2))
    else:
        print(f"Journal: {path} (schema version {version})")
        width = max(len(k) for k in counts)
        for key, value in counts.items():
            print(f"  {key.replace('_', ' '):<{width}}  {value:>10,}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as journal:
        problems = journal.check()
        path = journal.path
    if problems:
        print(f"{path} has {len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{path}: ok (integrity and foreign keys checked)")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args) as journal:
        if args.out:
            target = Path(args.out).expanduser()
            if target.is_dir():
                target = target / _backup_name()
        else:
            target = ensure_private_dir(journal.path.parent / "backups") / _backup_name()
        journal.backup(target)
    print(f"Backup written to {target}")
    return EXIT_OK


def _backup_name() -> str:
    return f"journal-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.db"


def cmd_generate(args: argparse.Namespace) -> int:
    with _open(args, create=True) as journal:
        held = journal.stats()
        if held["people"] or held["entries"] or held["goals"]:
            raise NetJournalError(
                f"{journal.path} already holds {held['people']:,} people and "
                f"{held['entries']:,} entries; generate only fills an empty journal "
                "(give --data-dir a new folder)."
            )
        started = time.perf_counter()
        counts = generate_journal(journal, people=args.people, entries=args.entries, seed=args.seed)
        elapsed = time.perf_counter() - started
        path = journal.path
    summary = ", ".join(f"{value:,} {key.replace('_', ' ')}" for key, value in counts.items())
    print(f"Generated {summary} in {elapsed:.1f} s into {path}")
    return EXIT_OK


def cmd_demo(_args: argparse.Namespace) -> int:
    from netjournal.ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the window

    with tempfile.TemporaryDirectory(prefix="netjournal-demo-") as folder:
        return run_gui(make_demo_journal(Path(folder)))


def cmd_screenshots(args: argparse.Namespace) -> int:
    from netjournal.ui.app import save_screenshots  # noqa: PLC0415 - Qt loads only here

    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.demo:
        with tempfile.TemporaryDirectory(prefix="netjournal-demo-") as folder:
            saved = save_screenshots(
                make_demo_journal(Path(folder)), args.outdir, language=args.lang
            )
    else:
        path = _journal_file(args)
        if not path.exists():
            raise NetJournalError(f"There is no journal at {path}; try --demo or --data-dir.")
        saved = save_screenshots(path, args.outdir, language=args.lang)
    for shot in saved:
        print(shot)
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    from netjournal.ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the window

    return run_gui(_journal_file(args))


COMMANDS = {
    None: cmd_open,
    "open": cmd_open,
    "stats": cmd_stats,
    "check": cmd_check,
    "backup": cmd_backup,
    "generate": cmd_generate,
    "demo": cmd_demo,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "passphrase": cmd_passphrase,
    "restore": cmd_restore,
    "import": cmd_import,
    "export": cmd_export,
    "screenshots": cmd_screenshots,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; errors meant for a person are printed without a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except NetJournalError as exc:
        print(f"netjournal: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
