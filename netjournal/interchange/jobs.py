"""Import and export as one user does them: the command line and the window share this.

An import is two steps, so nothing is written before the user has seen what will
happen: `preview_import(journal, paths)` reads the files and plans (people new,
merged, skipped; entries from events; rows of a backup added, updated, in
conflict), then `run_import(journal, preview, progress)` carries the plan out in
one transaction. A NetJournal backup is merged on its own: one backup per import,
not mixed with other files, so that each import stays one transaction.

An export is one call, `export(journal, format, out, ...)`, whatever the format.
Progress callbacks take (done, total) and return False to cancel: an import then
leaves the journal as it was, an export leaves no half-written file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from netjournal.interchange import (
    csv_export,
    ics_export,
    json_backup,
    limits,
    markdown_export,
    readers,
    vcard_export,
)
from netjournal.interchange.filenames import Exported, output_file, report, writing
from netjournal.journal import Journal
from netjournal.journal.archive import MergePlan
from netjournal.journal.imports import ImportCancelled, ImportPlan, ImportReport
from netjournal.journal.incoming import Parsed, Problem

Progress = Callable[[int, int | None], bool | None]

JSON, VCARD, ICS, CSV, MARKDOWN = "json", "vcard", "ics", "csv", "markdown"
FORMATS = (JSON, VCARD, ICS, CSV, MARKDOWN)
# Formats written into a folder rather than one file.
FOLDER_FORMATS = frozenset({CSV, MARKDOWN})
SUFFIXES = {JSON: ".json", VCARD: ".vcf", ICS: ".ics"}
_BACKUP_MARK = b'"format": "netjournal"'


def is_backup(path: Path) -> bool:
    """Whether the file starts like a NetJournal JSON backup."""
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(200)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and _BACKUP_MARK in head


@dataclass
class ImportPreview:
    """What importing the files would do; nothing has been written yet."""

    paths: tuple[Path, ...]
    plan: ImportPlan | None = None  # contacts and calendars
    backup: Path | None = None  # a NetJournal backup, merged on its own
    merge: MergePlan | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def changes(self) -> int:
        """How many people, entries or rows the import would write."""
        if self.merge is not None:
            return self.merge.changes
        if self.plan is None:
            return 0
        return self.plan.new + self.plan.merged + self.plan.new_entries

    @property
    def found(self) -> bool:
        """Whether the files held anything to import (a person, an event, a backup)."""
        if self.merge is not None:
            return True
        return self.plan is not None and bool(self.plan.people or self.plan.events)

    @property
    def steps(self) -> int:
        """How many steps `run_import` reports progress over."""
        if self.merge is not None:
            return sum(
                sum(counts.values())
                for counts in (
                    self.merge.added,
                    self.merge.updated,
                    self.merge.same,
                    self.merge.kept,
                    self.merge.dangling,
                )
            )
        return self.changes


@dataclass(frozen=True)
class ImportDone:
    """What `run_import` wrote."""

    people_new: int = 0
    people_merged: int = 0
    entries: int = 0
    rows: int = 0  # rows of a backup added or updated


def preview_import(
    journal: Journal,
    paths: Sequence[str | os.PathLike[str]],
    progress: Progress | None = None,
) -> ImportPreview:
    """Read the files and plan the import; `InvalidInput` when a backup is mixed with
    other files. A file that cannot be read is a problem of the preview, not an error.
    `progress(files read, files)` is told before each file; False cancels
    (`ImportCancelled`: nothing was written anyway)."""
    files = tuple(Path(p).expanduser() for p in paths)
    if not files:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "No file to import was given."), "files"
        )
    backups = [p for p in files if is_backup(p)]
    if backups and len(files) > 1:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{name} is a NetJournal backup: it is merged on its own. Import it by itself, "
                "then the other files.",
            ),
            "files",
            name=backups[0].name,
        )
    if backups:
        path = backups[0]
        # A backup is read a row at a time: any size (a journal of years is large).
        refused = limits.refusal(path, limits.ANY_SIZE)
        if refused:
            return ImportPreview(files, problems=[refused])
        merge = journal.archive.plan(json_backup.BackupReader(path).tables())
        return ImportPreview(files, backup=path, merge=merge)
    parsed: list[Parsed] = []
    for done, path in enumerate(files):
        if progress is not None and progress(done, len(files)) is False:
            raise ImportCancelled.of(
                QT_TRANSLATE_NOOP("Validation", "The import was cancelled; nothing was written.")
            )
        parsed.append(readers.read(path))
    if progress is not None:
        progress(len(files), len(files))
    plan = journal.imports.plan(parsed)
    return ImportPreview(files, plan=plan, problems=list(plan.problems))


def run_import(
    journal: Journal, preview: ImportPreview, progress: Progress | None = None
) -> ImportDone:
    """Carry out the preview's plan in one transaction; `ImportCancelled` (the journal as
    it was) when `progress` returns False."""
    if preview.merge is not None and preview.backup is not None:
        total = preview.steps

        def rows_read(done: int) -> bool:
            return progress is None or progress(done, total) is not False

        merged = journal.archive.apply(
            json_backup.BackupReader(preview.backup).tables(), progress=rows_read
        )
        return ImportDone(rows=merged.changes)
    if preview.plan is None:
        return ImportDone()
    done: ImportReport = journal.imports.apply(preview.plan, progress=progress)
    return ImportDone(len(done.created), len(done.merged), len(done.entries))


def default_name(fmt: str) -> str:
    """The file or folder name an export suggests."""
    return f"netjournal{SUFFIXES.get(fmt, '')}" if fmt not in FOLDER_FORMATS else "netjournal"


def export(
    journal: Journal,
    fmt: str,
    out: str | os.PathLike[str],
    *,
    person_ids: Sequence[int] | None = None,
    vcard_version: str = "4.0",
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """Write the journal (or, for vCard, the chosen people) in `fmt` to `out`, a file
    for json, vcard and ics and a folder for csv and markdown."""
    if fmt == JSON:
        return export_json(journal, out, overwrite=overwrite, progress=progress)
    if fmt == VCARD:
        return vcard_export.export_vcard(
            journal,
            out,
            person_ids=person_ids,
            version=vcard_version,
            overwrite=overwrite,
            progress=progress,
        )
    if fmt == ICS:
        return ics_export.export_ics(journal, out, overwrite=overwrite)
    if fmt == CSV:
        return csv_export.export_csv(journal, out, overwrite=overwrite, progress=progress)
    if fmt == MARKDOWN:
        return markdown_export.export_markdown(journal, out, overwrite=overwrite, progress=progress)
    raise InvalidInput.of(
        QT_TRANSLATE_NOOP(
            "Validation", "“{fmt}” is not a format NetJournal exports; choose one of {value}."
        ),
        "format",
        fmt=fmt,
        value=", ".join(FORMATS),
    )


def export_json(
    journal: Journal,
    out: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """The whole journal as one versioned JSON backup, written whole or not at all."""
    target = output_file(out, overwrite=overwrite)
    total = journal.archive.row_count()

    def rows_written(done: int) -> None:
        report(progress, done, total)

    report(progress, 0, total)
    with writing(target, overwrite=overwrite, newline="\n") as stream:
        rows = json_backup.write(
            stream, journal.archive.schema(), journal.archive.tables(), rows_written
        )
    report(progress, rows, rows)
    return Exported(target, {"rows": rows}, (target,))


__all__ = [
    "FORMATS",
    "ImportCancelled",
    "ImportDone",
    "ImportPreview",
    "export",
    "preview_import",
    "run_import",
]
