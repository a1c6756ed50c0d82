"""The command line: the window is the default command; the rest work on the journal file.

Every command takes `--data-dir`; without it the journal lives in
`NETJOURNAL_DATA_DIR` or the platform's user data folder.

The command line speaks the language the window does (Settings' override, else the
system's): its English is marked `QT_TRANSLATE_NOOP("Cli", ...)`, whole sentences with
{named} places, so that pyside6-lupdate puts it in the .ts files, and `Cli` says it
through a translator that needs no QCoreApplication (the window commands make their
QApplication later in this process). Errors of the domain and problems of the files
are said by netjournal.ui.errors_text. argparse's own words ("usage:", "error:")
come from Python's gettext and stay English.
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
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings

from netjournal import __version__
from netjournal.errors import QT_TRANSLATE_NOOP, NetJournalError
from netjournal.journal import Journal, files, keys
from netjournal.journal.generate import generate_journal, make_demo_journal
from netjournal.journal.imports import MERGE, SKIP, ImportPlan
from netjournal.paths import data_dir, ensure_private_dir, journal_path
from netjournal.ui import i18n
from netjournal.ui.errors_text import error_text, problem_text, where_text, words_text

if TYPE_CHECKING:
    from netjournal.interchange.filenames import Exported
    from netjournal.interchange.jobs import ImportDone, ImportPreview
    from netjournal.journal.archive import MergePlan
    from netjournal.journal.incoming import Problem

# As netjournal.interchange.jobs.FORMATS, which loads the format libraries: only when used.
EXPORT_FORMATS = ("json", "vcard", "ics", "csv", "markdown")
EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found something wrong, or could not do its work
ENV_PASSPHRASE = "NETJOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "NETJOURNAL_NEW_PASSPHRASE"
# Where the window keeps its settings (its QApplication's names; QSettings() there) and
# the key of the language chosen in them (netjournal.ui.settings.LANGUAGE, which loads
# the widgets: not for a command that only prints).
SETTINGS_ORGANIZATION = "NetJournal"
SETTINGS_APPLICATION = "netjournal"
LANGUAGE_KEY = "Display/language"
CONTEXT = "Cli"


def _source(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English itself (until `main` chooses the reader's language)."""
    return text.replace("%n", str(n)) if n >= 0 else text


class Wording:
    """The command line's words in the reader's language, through a translate function
    (`i18n.standalone_translate`) set by `main`; English until then."""

    def __init__(self) -> None:
        self.translate: i18n.Translate = _source

    def use(self, translate: i18n.Translate) -> None:
        self.translate = translate

    def say(self, template: str, **params: object) -> str:
        """`template` (marked QT_TRANSLATE_NOOP("Cli", ...)) translated and filled in; the
        English when a translation names a place the template lacks (a .ts typo)."""
        translated = self.translate(CONTEXT, template, None, -1)
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)

    def counted(self, n: int, one: str, many: str, **params: object) -> str:
        """`one` or `many` (each a whole sentence holding "{n}") for the count `n`."""
        return self.say(one if n == 1 else many, n=number(n), **params)

    def error(self, exc: BaseException) -> str:
        return error_text(exc, self.translate)

    def problem(self, problem: Problem) -> str:
        """ "contacts.vcf, card 3, line 15: The birthday … has no year …" """
        return self.say(
            QT_TRANSLATE_NOOP("Cli", "{where}: {what}"),
            where=where_text(problem.where, self.translate),
            what=problem_text(problem, self.translate),
        )

    def words(self, text: str) -> str:
        return words_text(text, self.translate)


Cli = Wording()


def number(n: int) -> str:
    """A count as the reader's locale writes it: "1,234", in German "1.234"."""
    return QLocale().toString(int(n))


def settings_language(settings: QSettings | None = None) -> str:
    """The language chosen in the window's Settings, "" when none (follow the system)."""
    settings = settings or QSettings(SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) else ""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            Cli.say(QT_TRANSLATE_NOOP("Cli", "“{text}” is not a whole number"), text=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(
            Cli.say(QT_TRANSLATE_NOOP("Cli", "{value} is negative; give 0 or more"), value=value)
        )
    return value


def _help(template: str, **params: object) -> str:
    """A help text in the reader's language; argparse reads "%" as its own formatting."""
    return Cli.say(template, **params).replace("%", "%%")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, its help in the reader's language (`Cli` is set first);
    `--data-dir` is accepted before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli",
                "folder that holds journal.db (default: ${env} or the user data folder)",
            ),
            env="NETJOURNAL_DATA_DIR",
        ),
    )
    parser = argparse.ArgumentParser(
        prog="netjournal",
        description=_help(
            QT_TRANSLATE_NOOP(
                "Cli",
                "A private, offline journal for contacts, shared goals and mentorships. "
                "Without a command, opens the window on the journal.",
            )
        ),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"netjournal {__version__}",
        help=_help(QT_TRANSLATE_NOOP("Cli", "show the version and exit")),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(
        "open",
        parents=[common],
        help=_help(QT_TRANSLATE_NOOP("Cli", "open the window (the default)")),
    )

    stats = commands.add_parser(
        "stats",
        parents=[common],
        help=_help(QT_TRANSLATE_NOOP("Cli", "count what the journal holds")),
    )
    stats.add_argument(
        "--json",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("Cli", "print one JSON object")),
    )

    commands.add_parser(
        "check",
        parents=[common],
        help=_help(QT_TRANSLATE_NOOP("Cli", "check the journal's integrity (exit 1 if damaged)")),
    )

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=_help(QT_TRANSLATE_NOOP("Cli", "write a consistent copy of the journal")),
    )
    backup.add_argument(
        "out",
        nargs="?",
        metavar="OUT",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "file to write (default: backups/ in the data folder)")
        ),
    )

    generate = commands.add_parser(
        "generate",
        parents=[common],
        help=_help(QT_TRANSLATE_NOOP("Cli", "fill an empty journal with synthetic data")),
    )
    generate.add_argument(
        "--people",
        type=_positive,
        required=True,
        metavar="N",
        help=_help(QT_TRANSLATE_NOOP("Cli", "how many people to make")),
    )
    generate.add_argument(
        "--entries",
        type=_positive,
        required=True,
        metavar="M",
        help=_help(QT_TRANSLATE_NOOP("Cli", "how many entries to make")),
    )
    generate.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=_help(QT_TRANSLATE_NOOP("Cli", "the same seed makes the same journal")),
    )

    commands.add_parser(
        "demo",
        parents=[common],
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "open the window on a small sample journal (temporary)")
        ),
    )

    commands.add_parser(
        "encrypt",
        parents=[common],
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli", "encrypt the journal and its backups with a passphrase (${env} or asked)"
            ),
            env=ENV_PASSPHRASE,
        ),
    )
    commands.add_parser(
        "decrypt",
        parents=[common],
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli", "remove the journal's encryption (its passphrase: ${env} or asked)"
            ),
            env=ENV_PASSPHRASE,
        ),
    )
    commands.add_parser(
        "passphrase",
        parents=[common],
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli", "change the passphrase (old: ${env}, new: ${new_env}, or asked)"
            ),
            env=ENV_PASSPHRASE,
            new_env=ENV_NEW_PASSPHRASE,
        ),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli", "replace the journal with a backup (the journal in place is backed up first)"
            )
        ),
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=_help(QT_TRANSLATE_NOOP("Cli", "the backup to restore")),
    )

    importing = commands.add_parser(
        "import",
        parents=[common],
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli",
                "import contacts (vCard, LinkedIn or Google CSV), calendars (.ics) or a "
                "NetJournal backup (.json)",
            )
        ),
        description=_help(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Shows what the import will do (new people, merged ones, skipped ones "
                "with reasons, and what could not be read), then imports it in one "
                "transaction.",
            )
        ),
    )
    importing.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        type=Path,
        help=_help(QT_TRANSLATE_NOOP("Cli", "the files to import")),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("Cli", "show what would be imported; write nothing")),
    )
    importing.add_argument(
        "--strict",
        action="store_true",
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli",
                "import nothing if any file, card or row cannot be read (default: import "
                "the good ones)",
            )
        ),
    )

    exporting = commands.add_parser(
        "export",
        parents=[common],
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli",
                "write the journal as json (a lossless backup), vcard, ics, csv or markdown",
            )
        ),
    )
    exporting.add_argument(
        "format",
        metavar="FORMAT",
        choices=EXPORT_FORMATS,
        help=_help(QT_TRANSLATE_NOOP("Cli", "one of {formats}"), formats=", ".join(EXPORT_FORMATS)),
    )
    exporting.add_argument(
        "out",
        metavar="OUT",
        type=Path,
        help=_help(QT_TRANSLATE_NOOP("Cli", "file (json, vcard, ics) or folder (csv, markdown)")),
    )
    exporting.add_argument(
        "--vcard-version",
        choices=("4.0", "3.0"),
        default="4.0",
        help=_help(QT_TRANSLATE_NOOP("Cli", "vCard version (3.0 for older phones and programs)")),
    )
    exporting.add_argument(
        "--overwrite",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("Cli", "replace files that already exist")),
    )

    shots = commands.add_parser(
        "screenshots",
        parents=[common],
        help=_help(QT_TRANSLATE_NOOP("Cli", "save one PNG per tab of the window, then exit")),
    )
    shots.add_argument(
        "outdir",
        metavar="OUTDIR",
        type=Path,
        help=_help(QT_TRANSLATE_NOOP("Cli", "the folder to save them in")),
    )
    shots.add_argument(
        "--demo",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("Cli", "use a fresh sample journal instead of the journal")),
    )
    shots.add_argument(
        "--lang",
        choices=("en", "de", "es"),
        help=_help(QT_TRANSLATE_NOOP("Cli", "show the window in this language (default: English)")),
    )
    return parser


def _journal_file(args: argparse.Namespace) -> Path:
    return journal_path(data_dir(getattr(args, "data_dir", None)))


def _no_journal(path: Path) -> NetJournalError:
    return NetJournalError(
        Cli.say(QT_TRANSLATE_NOOP("Cli", "There is no journal at {path}."), path=path)
    )


def _ask(prompt: str, path: Path | None = None) -> str:
    """A passphrase typed at the terminal, not echoed."""
    if not sys.stdin.isatty():
        if path is not None:
            message = Cli.say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{path} is encrypted (or is not a journal at all): set {env} to its "
                    "passphrase, or run the command in a terminal to be asked for it.",
                ),
                path=path,
                env=ENV_PASSPHRASE,
            )
        else:
            message = Cli.say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "A passphrase is needed: set {env} to it, or run the command in a "
                    "terminal to be asked for it.",
                ),
                env=ENV_PASSPHRASE,
            )
        raise NetJournalError(message)
    return getpass.getpass(prompt)


def _ask_passphrase_of(path: Path) -> str:
    return _ask(Cli.say(QT_TRANSLATE_NOOP("Cli", "Passphrase for {path}: "), path=path), path)


def _passphrase(path: Path, env: str = ENV_PASSPHRASE) -> str | None:
    """The passphrase of an encrypted file (from `env` or asked); None for a plain one."""
    if not keys.is_encrypted(path):
        return None
    return os.environ.get(env) or _ask_passphrase_of(path)


def _new_passphrase(env: str) -> str:
    """A new passphrase: from `env`, or typed twice at the terminal."""
    given = os.environ.get(env)
    if given:
        return given
    first = _ask(
        Cli.say(
            QT_TRANSLATE_NOOP(
                "Cli", "New passphrase ({n} characters or more; a few words are best): "
            ),
            n=number(keys.PASSPHRASE_MIN),
        )
    )
    if _ask(Cli.say(QT_TRANSLATE_NOOP("Cli", "The same again: "))) != first:
        raise NetJournalError(
            Cli.say(QT_TRANSLATE_NOOP("Cli", "The two passphrases differ; nothing was changed."))
        )
    return first


def _open(args: argparse.Namespace, *, create: bool = False) -> Journal:
    path = _journal_file(args)
    if not create and not path.exists():
        raise NetJournalError(
            Cli.say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "There is no journal at {path}. Run `netjournal` once to create it, or "
                    "point --data-dir at the folder that holds journal.db.",
                ),
                path=path,
            )
        )
    try:
        return Journal.open(path, _passphrase(path) if path.exists() else None, create=create)
    except NetJournalError as exc:
        raise NetJournalError(files.describe_failure(path, exc)) from exc


def _existing_journal(args: argparse.Namespace) -> Path:
    path = _journal_file(args)
    if not path.exists():
        raise _no_journal(path)
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
        raise NetJournalError(
            Cli.say(
                QT_TRANSLATE_NOOP(
                    "Cli", "{path} is encrypted already: `netjournal passphrase` changes it."
                ),
                path=path,
            )
        )
    with _not_open_elsewhere(path):
        done = keys.encrypt(path, _new_passphrase(ENV_PASSPHRASE))
    _say_rewritten(
        done,
        QT_TRANSLATE_NOOP("Cli", "Encrypted {journal}."),
        QT_TRANSLATE_NOOP("Cli", "Encrypted {journal} and {n} backup."),
        QT_TRANSLATE_NOOP("Cli", "Encrypted {journal} and {n} backups."),
    )
    print(
        Cli.say(
            QT_TRANSLATE_NOOP(
                "Cli", "Keep the passphrase safe: without it the journal cannot be read, by anyone."
            )
        )
    )
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = _existing_journal(args)
    if not keys.is_encrypted(path):
        raise NetJournalError(
            Cli.say(QT_TRANSLATE_NOOP("Cli", "{path} is not encrypted."), path=path)
        )
    with _not_open_elsewhere(path):
        passphrase = os.environ.get(ENV_PASSPHRASE) or _ask_passphrase_of(path)
        keys.decrypt(path, passphrase)
    print(
        Cli.say(
            QT_TRANSLATE_NOOP(
                "Cli", "Decrypted {path}: anyone who can read the file can now read the journal."
            ),
            path=path,
        )
    )
    print(Cli.say(QT_TRANSLATE_NOOP("Cli", "Its backups stay encrypted with the passphrase.")))
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    path = _existing_journal(args)
    if not keys.is_encrypted(path):
        raise NetJournalError(
            Cli.say(
                QT_TRANSLATE_NOOP(
                    "Cli", "{path} is not encrypted: `netjournal encrypt` encrypts it."
                ),
                path=path,
            )
        )
    with _not_open_elsewhere(path):
        old = os.environ.get(ENV_PASSPHRASE) or _ask(
            Cli.say(QT_TRANSLATE_NOOP("Cli", "Current passphrase for {path}: "), path=path), path
        )
        done = keys.change_passphrase(path, old, _new_passphrase(ENV_NEW_PASSPHRASE))
    _say_rewritten(
        done,
        QT_TRANSLATE_NOOP("Cli", "New passphrase for {journal}."),
        QT_TRANSLATE_NOOP("Cli", "New passphrase for {journal} and {n} backup."),
        QT_TRANSLATE_NOOP("Cli", "New passphrase for {journal} and {n} backups."),
    )
    return EXIT_OK


def _say_rewritten(done: keys.Rewritten, alone: str, one: str, many: str) -> None:
    """What a change of key rewrote: `alone` for the journal only, `one` or `many` with
    its backups; then each backup left as it was, and why."""
    count = len(done.backups)
    if count:
        print(Cli.counted(count, one, many, journal=done.journal))
    else:
        print(Cli.say(alone, journal=done.journal))
    for backup, why in done.skipped:
        print(
            Cli.say(
                QT_TRANSLATE_NOOP("Cli", "  left as it was: {backup} ({why})"),
                backup=backup,
                why=Cli.words(why),
            ),
            file=sys.stderr,
        )


def cmd_restore(args: argparse.Namespace) -> int:
    path = _journal_file(args)
    backup = Path(args.file).expanduser()
    if not backup.is_file():
        raise NetJournalError(
            Cli.say(QT_TRANSLATE_NOOP("Cli", "There is no backup at {path}."), path=backup)
        )
    with _not_open_elsewhere(path):
        passphrase = _passphrase(backup)
        kept = files.restore(path, backup, passphrase)
    print(
        Cli.say(
            QT_TRANSLATE_NOOP("Cli", "Restored {backup} as the journal {path}."),
            backup=backup,
            path=path,
        )
    )
    if kept.exists():
        print(
            Cli.say(QT_TRANSLATE_NOOP("Cli", "The journal as it was is kept in {kept}."), kept=kept)
        )
    return EXIT_OK


# --- what an import will do and did ------------------------------------------------------


def plan_lines(plan: ImportPlan) -> list[str]:
    """What an import of contacts and calendars will do: the counts, then each merge,
    each person or event skipped (with the reason) and each problem reading the files."""
    lines = [
        Cli.counted(
            plan.new,
            QT_TRANSLATE_NOOP(
                "Cli",
                "{n} new person, {merged} merged with people already in the journal, "
                "{skipped} skipped.",
            ),
            QT_TRANSLATE_NOOP(
                "Cli",
                "{n} new people, {merged} merged with people already in the journal, "
                "{skipped} skipped.",
            ),
            merged=number(plan.merged),
            skipped=number(plan.skipped),
        )
    ]
    if plan.events:
        lines.append(
            Cli.counted(
                plan.new_entries,
                QT_TRANSLATE_NOOP("Cli", "{n} new entry from events, {skipped} skipped."),
                QT_TRANSLATE_NOOP("Cli", "{n} new entries from events, {skipped} skipped."),
                skipped=number(len(plan.events) - plan.new_entries),
            )
        )
    for step in plan.people:
        where = where_text(step.incoming.where, Cli.translate)
        if step.action == MERGE:
            lines.append(
                Cli.say(
                    _MERGE_LINES[(step.matched_by == "email", bool(step.reason))],
                    name=step.incoming.name() or step.incoming.emails()[0],
                    where=where,
                    id=step.person_id,
                    adds=Cli.words(step.reason),
                )
            )
        elif step.action == SKIP:
            lines.append(_skip_line(where, step.reason))
    for event in plan.events:
        if event.action == SKIP:
            lines.append(_skip_line(where_text(event.incoming.where, Cli.translate), event.reason))
    lines.extend(_problem_line(problem) for problem in plan.problems)
    return lines


# (matched by email, adds something) -> the line of one merge
_MERGE_LINES = {
    (True, True): QT_TRANSLATE_NOOP(
        "Cli", "  merge {name} ({where}) into #{id}, matched by email; it adds {adds}"
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Cli", "  merge {name} ({where}) into #{id}, matched by name; it adds {adds}"
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "Cli", "  merge {name} ({where}) into #{id}, matched by email: nothing new"
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "Cli", "  merge {name} ({where}) into #{id}, matched by name: nothing new"
    ),
}


def _skip_line(where: str, reason: str) -> str:
    return Cli.say(
        QT_TRANSLATE_NOOP("Cli", "  skip {where}: {reason}"), where=where, reason=Cli.words(reason)
    )


def _problem_line(problem: Problem) -> str:
    return Cli.say(QT_TRANSLATE_NOOP("Cli", "  problem: {problem}"), problem=Cli.problem(problem))


def merge_lines(backup: Path | None, merge: MergePlan) -> list[str]:
    """What merging a backup will do: rows added, updated, the same and kept; each
    table's share; each conflict and the version kept; rows that point to nothing."""
    from netjournal.store.dump import TABLES  # noqa: PLC0415 - with the import, only here

    added, updated = sum(merge.added.values()), sum(merge.updated.values())
    lines = [
        Cli.say(QT_TRANSLATE_NOOP("Cli", "Merging the backup {path}:"), path=backup),
        Cli.counted(
            added,
            QT_TRANSLATE_NOOP(
                "Cli",
                "{n} row to add, {updated} to update with the backup's newer version, "
                "{same} the same, {kept} kept as the journal has them (newer).",
            ),
            QT_TRANSLATE_NOOP(
                "Cli",
                "{n} rows to add, {updated} to update with the backup's newer version, "
                "{same} the same, {kept} kept as the journal has them (newer).",
            ),
            updated=number(updated),
            same=number(sum(merge.same.values())),
            kept=number(sum(merge.kept.values())),
        ),
    ]
    for table in TABLES:
        adds, updates = merge.added.get(table, 0), merge.updated.get(table, 0)
        if adds and updates:
            template = QT_TRANSLATE_NOOP("Cli", "  {table}: add {added}, update {updated}")
        elif adds:
            template = QT_TRANSLATE_NOOP("Cli", "  {table}: add {added}")
        elif updates:
            template = QT_TRANSLATE_NOOP("Cli", "  {table}: update {updated}")
        else:
            continue
        lines.append(Cli.say(template, table=table, added=number(adds), updated=number(updates)))
    for conflict in merge.conflicts:
        lines.append(
            Cli.say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "  conflict in {table} {uuid}: kept the backup's version (journal "
                    "{journal_time}, backup {backup_time})",
                )
                if conflict.kept == "backup"
                else QT_TRANSLATE_NOOP(
                    "Cli",
                    "  conflict in {table} {uuid}: kept the journal's version (journal "
                    "{journal_time}, backup {backup_time})",
                ),
                table=conflict.table,
                uuid=conflict.uuid,
                journal_time=conflict.journal.get("updated_at"),
                backup_time=conflict.backup.get("updated_at"),
            )
        )
    for table, count in merge.dangling.items():
        lines.append(
            Cli.counted(
                count,
                QT_TRANSLATE_NOOP(
                    "Cli", "  {table}: {n} row points to nothing in either copy: left out"
                ),
                QT_TRANSLATE_NOOP(
                    "Cli", "  {table}: {n} rows point to nothing in either copy: left out"
                ),
                table=table,
            )
        )
    return lines


def preview_lines(preview: ImportPreview) -> list[str]:
    """What an import will do, as `netjournal import` prints it before doing it."""
    if preview.merge is not None:
        return merge_lines(preview.backup, preview.merge)
    if preview.plan is not None:
        return plan_lines(preview.plan)
    return [_problem_line(problem) for problem in preview.problems]


def done_line(done: ImportDone) -> str:
    """What an import wrote."""
    if done.rows or not (done.people_new or done.people_merged or done.entries):
        return Cli.counted(
            done.rows,
            QT_TRANSLATE_NOOP("Cli", "Merged {n} row of the backup."),
            QT_TRANSLATE_NOOP("Cli", "Merged {n} rows of the backup."),
        )
    templates = {
        (True, True): QT_TRANSLATE_NOOP(
            "Cli", "Imported {new} new person, merged {merged}, added {entries} entry."
        ),
        (True, False): QT_TRANSLATE_NOOP(
            "Cli", "Imported {new} new person, merged {merged}, added {entries} entries."
        ),
        (False, True): QT_TRANSLATE_NOOP(
            "Cli", "Imported {new} new people, merged {merged}, added {entries} entry."
        ),
        (False, False): QT_TRANSLATE_NOOP(
            "Cli", "Imported {new} new people, merged {merged}, added {entries} entries."
        ),
    }
    return Cli.say(
        templates[(done.people_new == 1, done.entries == 1)],
        new=number(done.people_new),
        merged=number(done.people_merged),
        entries=number(done.entries),
    )


def _problems_left_out(problems: int) -> str:
    return Cli.counted(
        problems,
        QT_TRANSLATE_NOOP(
            "Cli",
            "{n} problem reading the files: what could not be read was left out (listed above).",
        ),
        QT_TRANSLATE_NOOP(
            "Cli",
            "{n} problems reading the files: what could not be read was left out (listed above).",
        ),
    )


def cmd_import(args: argparse.Namespace) -> int:
    from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, only here

    path = _existing_journal(args)
    with _not_open_elsewhere(path), _open(args) as journal:
        preview = jobs.preview_import(journal, args.files)
        for line in preview_lines(preview):
            print(line)
        problems = len(preview.problems)
        if args.dry_run:
            print(Cli.say(QT_TRANSLATE_NOOP("Cli", "Nothing was written (--dry-run).")))
            return EXIT_PROBLEM if problems else EXIT_OK
        if problems and args.strict:
            print(
                Cli.counted(
                    problems,
                    QT_TRANSLATE_NOOP(
                        "Cli", "Nothing was imported: {n} problem reading the files (--strict)."
                    ),
                    QT_TRANSLATE_NOOP(
                        "Cli", "Nothing was imported: {n} problems reading the files (--strict)."
                    ),
                ),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        if not preview.changes:
            if not preview.found:
                print(
                    Cli.say(
                        QT_TRANSLATE_NOOP(
                            "Cli", "Nothing was imported: nothing in the files could be read."
                        )
                    ),
                    file=sys.stderr,
                )
                return EXIT_PROBLEM
            print(
                Cli.say(
                    QT_TRANSLATE_NOOP(
                        "Cli", "Nothing to import: the journal already holds all of it."
                    )
                )
            )
            return EXIT_PROBLEM if problems else EXIT_OK
        done = jobs.run_import(journal, preview)
    print(done_line(done))
    if problems:
        print(_problems_left_out(problems), file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


# --- what an export wrote ------------------------------------------------------------------

# The kinds of things an export counts: (one, many).
_COUNTED = {
    "people": (QT_TRANSLATE_NOOP("Cli", "{n} person"), QT_TRANSLATE_NOOP("Cli", "{n} people")),
    "photos": (QT_TRANSLATE_NOOP("Cli", "{n} photo"), QT_TRANSLATE_NOOP("Cli", "{n} photos")),
    "rows": (QT_TRANSLATE_NOOP("Cli", "{n} row"), QT_TRANSLATE_NOOP("Cli", "{n} rows")),
    "entries": (QT_TRANSLATE_NOOP("Cli", "{n} entry"), QT_TRANSLATE_NOOP("Cli", "{n} entries")),
    "goals": (QT_TRANSLATE_NOOP("Cli", "{n} goal"), QT_TRANSLATE_NOOP("Cli", "{n} goals")),
    "files": (QT_TRANSLATE_NOOP("Cli", "{n} file"), QT_TRANSLATE_NOOP("Cli", "{n} files")),
    "events": (QT_TRANSLATE_NOOP("Cli", "{n} event"), QT_TRANSLATE_NOOP("Cli", "{n} events")),
    "session": (
        QT_TRANSLATE_NOOP("Cli", "{n} session"),
        QT_TRANSLATE_NOOP("Cli", "{n} sessions"),
    ),
    "review": (QT_TRANSLATE_NOOP("Cli", "{n} review"), QT_TRANSLATE_NOOP("Cli", "{n} reviews")),
    "follow_up": (
        QT_TRANSLATE_NOOP("Cli", "{n} follow-up"),
        QT_TRANSLATE_NOOP("Cli", "{n} follow-ups"),
    ),
    "goal_target": (
        QT_TRANSLATE_NOOP("Cli", "{n} goal target date"),
        QT_TRANSLATE_NOOP("Cli", "{n} goal target dates"),
    ),
    "action_due": (
        QT_TRANSLATE_NOOP("Cli", "{n} action item due"),
        QT_TRANSLATE_NOOP("Cli", "{n} action items due"),
    ),
    "reconnect": (
        QT_TRANSLATE_NOOP("Cli", "{n} person to reconnect with"),
        QT_TRANSLATE_NOOP("Cli", "{n} people to reconnect with"),
    ),
}


def _count(kind: str, n: int) -> str:
    words = _COUNTED.get(kind)
    if words is None:  # a kind added to an exporter and not yet here: said as it is
        return f"{number(n)} {kind.replace('_', ' ')}"
    return Cli.counted(n, *words)


def exported_words(counts: dict[str, int]) -> str:
    """What an export wrote ("23 people, 2 photos"), leaving out the kinds it wrote
    none of; an iCalendar export leads with its events."""
    ordered = sorted(counts.items(), key=lambda kv: kv[0] != "events")
    said = [_count(kind, n) for kind, n in ordered if n]
    return ", ".join(said) or _count(ordered[0][0] if ordered else "rows", 0)


def cmd_export(args: argparse.Namespace) -> int:
    from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, only here

    with _open(args) as journal:
        exported: Exported = jobs.export(
            journal,
            args.format,
            args.out,
            vcard_version=args.vcard_version,
            overwrite=args.overwrite,
        )
    print(
        Cli.say(
            QT_TRANSLATE_NOOP("Cli", "Exported {what} to {path}"),
            what=exported_words(exported.counts),
            path=exported.path,
        )
    )
    for note in exported.notes:
        print(f"  {Cli.words(note)}")
    return EXIT_OK


# --- counting, checking, backing up, generating ------------------------------------------

# What the journal holds (`Journal.stats`, `generate_journal`), as a table's labels say it.
_LABELS = {
    "people": QT_TRANSLATE_NOOP("Cli", "people"),
    "archived_people": QT_TRANSLATE_NOOP("Cli", "archived people"),
    "contact_methods": QT_TRANSLATE_NOOP("Cli", "contact details"),
    "tags": QT_TRANSLATE_NOOP("Cli", "tags"),
    "skills": QT_TRANSLATE_NOOP("Cli", "skills"),
    "person_tags": QT_TRANSLATE_NOOP("Cli", "tags given to people"),
    "person_skills": QT_TRANSLATE_NOOP("Cli", "skills of people"),
    "own_skills": QT_TRANSLATE_NOOP("Cli", "skills of your own"),
    "entries": QT_TRANSLATE_NOOP("Cli", "entries"),
    "entry_participants": QT_TRANSLATE_NOOP("Cli", "people in entries"),
    "entry_goals": QT_TRANSLATE_NOOP("Cli", "entries about goals"),
    "goals": QT_TRANSLATE_NOOP("Cli", "goals"),
    "milestones": QT_TRANSLATE_NOOP("Cli", "milestones"),
    "goal_members": QT_TRANSLATE_NOOP("Cli", "goal members"),
    "goal_skills": QT_TRANSLATE_NOOP("Cli", "skills for goals"),
    "agreements": QT_TRANSLATE_NOOP("Cli", "agreements"),
    "agreement_goals": QT_TRANSLATE_NOOP("Cli", "goals of agreements"),
    "agreement_revisions": QT_TRANSLATE_NOOP("Cli", "agreement revisions"),
    "action_items": QT_TRANSLATE_NOOP("Cli", "action items"),
    "outreach": QT_TRANSLATE_NOOP("Cli", "outreach"),
}


def _label(key: str) -> str:
    words = _LABELS.get(key)
    return Cli.say(words) if words else key.replace("_", " ")


def count_table(counts: dict[str, int]) -> list[str]:
    """One line per kind, its label and its count lined up: "  people   1,234"."""
    labels = {key: _label(key) for key in counts}
    width = max((len(label) for label in labels.values()), default=0)
    return [f"  {labels[key]:<{width}}  {number(value):>10}" for key, value in counts.items()]


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as journal:
        counts = journal.stats()
        path = journal.path
        version = journal.schema_version
    if args.json:  # for programs: the keys and numbers as they are, in no language
        print(json.dumps({"journal": str(path), "schema_version": version, **counts}, indent=2))
    else:
        print(
            Cli.say(
                QT_TRANSLATE_NOOP("Cli", "Journal: {path} (schema version {version})"),
                path=path,
                version=version,
            )
        )
        for line in count_table(counts):
            print(line)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as journal:
        problems = journal.check()
        path = journal.path
    if problems:
        print(
            Cli.counted(
                len(problems),
                QT_TRANSLATE_NOOP("Cli", "{path} has {n} problem:"),
                QT_TRANSLATE_NOOP("Cli", "{path} has {n} problems:"),
                path=path,
            ),
            file=sys.stderr,
        )
        for problem in problems:  # SQLite's own words, or ours (a missing row, an index)
            print(f"  - {Cli.words(problem)}", file=sys.stderr)
        return EXIT_PROBLEM
    print(
        Cli.say(
            QT_TRANSLATE_NOOP("Cli", "{path}: ok (integrity and foreign keys checked)"), path=path
        )
    )
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
    print(Cli.say(QT_TRANSLATE_NOOP("Cli", "Backup written to {path}"), path=target))
    return EXIT_OK


def _backup_name() -> str:
    return f"journal-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.db"


def cmd_generate(args: argparse.Namespace) -> int:
    with _open(args, create=True) as journal:
        held = journal.stats()
        if held["people"] or held["entries"] or held["goals"]:
            raise NetJournalError(
                Cli.say(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{path} is not empty (people: {people}, entries: {entries}, goals: "
                        "{goals}); generate only fills an empty journal (give --data-dir a "
                        "new folder).",
                    ),
                    path=journal.path,
                    people=number(held["people"]),
                    entries=number(held["entries"]),
                    goals=number(held["goals"]),
                )
            )
        started = time.perf_counter()
        counts = generate_journal(journal, people=args.people, entries=args.entries, seed=args.seed)
        elapsed = time.perf_counter() - started
        path = journal.path
    print(
        Cli.say(
            QT_TRANSLATE_NOOP("Cli", "Generated in {seconds} s into {path}:"),
            seconds=QLocale().toString(elapsed, "f", 1),
            path=path,
        )
    )
    for line in count_table(counts):
        print(line)
    return EXIT_OK


# --- the window ------------------------------------------------------------------------------


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
            raise NetJournalError(
                Cli.say(
                    QT_TRANSLATE_NOOP(
                        "Cli", "There is no journal at {path}; try --demo or --data-dir."
                    ),
                    path=path,
                )
            )
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


def main(argv: Sequence[str] | None = None, *, translate: i18n.Translate | None = None) -> int:
    """Run one command in the reader's language (`translate`, else the language chosen
    in Settings, else the system's); errors meant for a person are printed without a
    traceback."""
    Cli.use(translate or i18n.standalone_translate(i18n.chosen_language(settings_language())))
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except NetJournalError as exc:
        print(f"netjournal: {Cli.error(exc)}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
