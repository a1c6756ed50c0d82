"""People, entries and goals as spreadsheets: one CSV file each, a header row, a row a record.

Written for Excel, LibreOffice, Numbers and Google Sheets alike: UTF-8 with a BOM,
RFC 4180 quoting with CRLF rows, dates as YYYY-MM-DD and times as local
YYYY-MM-DD HH:MM, lists joined with "; ".

A cell a spreadsheet would run as a formula is neutralised (OWASP, "CSV
injection"): a value starting with =, +, -, @, a tab or a carriage return gets a
leading apostrophe, so a name typed as `=HYPERLINK(…)` stays text when opened.

Entries may number a million: they are read a page at a time and written as they
come, never held in memory together.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from netjournal.interchange.filenames import (
    Exported,
    Progress,
    inside,
    left_alone_note,
    output_file,
    output_folder,
    report,
    writing,
)
from netjournal.journal import Journal
from netjournal.journal.records import Entry, EntryRow, Goal, Person

TABLES = ("people", "entries", "goals")
PAGE = 500
LIST_SEPARATOR = "; "
# OWASP: what makes Excel, LibreOffice or Sheets read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel reads a CSV file in the system's legacy code page (Windows-1252 and the like)
# unless the file starts with a byte order mark; with one it reads UTF-8, so names
# like "Zoë" or "田中" survive the double-click. Other programs skip the mark.
ENCODING = "utf-8-sig"

PEOPLE_COLUMNS = (
    "uuid",
    "name",
    "given_name",
    "family_name",
    "nickname",
    "pronouns",
    "organization",
    "role",
    "emails",
    "phones",
    "links",
    "addresses",
    "tags",
    "skills_offered",
    "skills_sought",
    "met_how",
    "met_where",
    "met_on",
    "birthday",
    "keep_in_touch_days",
    "last_contact",
    "next_due",
    "archived",
    "notes",
    "created",
    "updated",
)
ENTRY_COLUMNS = (
    "uuid",
    "occurred",
    "kind",
    "title",
    "participants",
    "goals",
    "agreement_with",
    "helped",
    "follow_up_on",
    "shareable",
    "notes",
)
GOAL_COLUMNS = (
    "uuid",
    "title",
    "category",
    "horizon",
    "status",
    "start_on",
    "target_on",
    "achieved_on",
    "progress_percent",
    "milestones",
    "members",
    "skills",
    "why",
    "created",
    "updated",
)


def neutralise(value: str) -> str:
    """`value`, with a leading apostrophe if a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cell(value: Any) -> Any:
    """What goes into a cell: text neutralised, dates in ISO form, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return neutralise(LIST_SEPARATOR.join(str(v) for v in value))
    return neutralise(str(value))


def _person_row(person: Person) -> list[Any]:
    by_kind: dict[str, list[str]] = {"email": [], "phone": [], "url": [], "address": []}
    for method in person.contact_methods:
        by_kind.setdefault(method.kind, []).append(method.value)
    values = (
        person.uuid,
        person.display_name,
        person.given_name,
        person.family_name,
        person.nickname,
        person.pronouns,
        person.organization,
        person.role,
        by_kind["email"],
        by_kind["phone"],
        by_kind["url"],
        by_kind["address"],
        [t.name for t in person.tags],
        person.skills_offered,
        person.skills_sought,
        person.met_how,
        person.met_where,
        person.met_on,
        person.birthday,
        person.cadence_days,
        person.last_contact_at,
        person.next_due_on,
        person.archived,
        person.notes,
        person.created_at,
        person.updated_at,
    )
    return [cell(v) for v in values]


def _goal_row(goal: Goal) -> list[Any]:
    milestones = [
        f"{m.title} (done {m.done_on.isoformat()})"
        if m.done_on
        else (f"{m.title} (due {m.due_on.isoformat()})" if m.due_on else m.title)
        for m in goal.milestones
    ]
    members = [f"{m.display_name} ({m.role.replace('_', ' ')})" for m in goal.members]
    values = (
        goal.uuid,
        goal.title,
        goal.category,
        goal.horizon,
        goal.status,
        goal.start_on,
        goal.target_on,
        goal.achieved_on,
        goal.progress_percent,
        milestones,
        members,
        goal.skills,
        goal.why,
        goal.created_at,
        goal.updated_at,
    )
    return [cell(v) for v in values]


def _people_rows(journal: Journal, include_archived: bool) -> Iterator[list[Any]]:
    archived = None if include_archived else False
    cursor = None
    while True:
        page = journal.people.page(cursor=cursor, limit=PAGE, archived=archived)
        # Someone deleted while the export runs is simply not in the page.
        for person in journal.people.get_many(page.ids):
            yield _person_row(person)
        if page.complete:
            return
        cursor = page.cursor


def _entry_rows(journal: Journal) -> Iterator[list[Any]]:
    goal_titles = {g.id: g.title for g in journal.goals.rows()}
    counterpart = {a.id: a.person_name for a in journal.mentorships.rows()}
    cursor = None
    while True:
        page = journal.entries.page(cursor=cursor, limit=PAGE, with_rows=True, descending=False)
        whole = {e.id: e for e in journal.entries.get_many([row.id for row in page.rows])}
        for row in page.rows:
            yield _entry_row(row, whole.get(row.id), goal_titles, counterpart)
        if page.complete:
            return
        cursor = page.cursor


def _entry_row(
    row: EntryRow,
    entry: Entry | None,
    goal_titles: dict[int, str],
    counterpart: dict[int, str],
) -> list[Any]:
    # The list row has the names; the notes whole, the goals and the shareable flag
    # are the entry's own (None when it was deleted while the export ran).
    values = (
        row.uuid,
        row.occurred_at,
        row.kind,
        row.title,
        [name for _, name in row.participants],
        [goal_titles[g] for g in entry.goal_ids if g in goal_titles] if entry else [],
        counterpart.get(row.agreement_id, "") if row.agreement_id else "",
        row.helped,
        row.follow_up_on,
        entry.shareable if entry else False,
        entry.body if entry else row.excerpt,
    )
    return [cell(v) for v in values]


def _goal_rows(journal: Journal) -> Iterator[list[Any]]:
    for row in journal.goals.rows(sort="title"):
        try:
            yield _goal_row(journal.goals.get(row.id))
        except NotFound:
            continue


def _check_table(table: str, field: str) -> None:
    if table not in TABLES:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "“{table}” is not a table NetJournal exports ({value})."
            ),
            field,
            table=table,
            value=", ".join(TABLES),
        )


def _total(journal: Journal, table: str, include_archived: bool) -> int:
    """How many rows the table will have (for progress)."""
    if table == "people":
        return journal.people.count(archived=None if include_archived else False)
    if table == "entries":
        return journal.entries.count()
    return len(journal.goals.rows())


def _source(
    journal: Journal, table: str, include_archived: bool
) -> tuple[Sequence[str], Iterable[list[Any]]]:
    """The header of the table and its rows, read as they are written."""
    if table == "people":
        return PEOPLE_COLUMNS, _people_rows(journal, include_archived)
    if table == "entries":
        return ENTRY_COLUMNS, _entry_rows(journal)
    return GOAL_COLUMNS, _goal_rows(journal)


def _write(
    journal: Journal,
    table: str,
    target: Path,
    *,
    overwrite: bool,
    include_archived: bool,
    progress: Callable[[int], None],
) -> int:
    header, rows = _source(journal, table, include_archived)
    count = 0
    with writing(target, overwrite=overwrite, encoding=ENCODING) as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
            if count % PAGE == 0:
                progress(count)
        progress(count)  # a cancel here still leaves no file
    return count


def export_csv_table(
    journal: Journal,
    table: str,
    path: str | os.PathLike[str],
    *,
    include_archived: bool = True,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """One table ("people", "entries" or "goals") to one CSV file."""
    _check_table(table, "table")
    target = output_file(path, overwrite=overwrite)
    total = _total(journal, table, include_archived)
    report(progress, 0, total)
    count = _write(
        journal,
        table,
        target,
        overwrite=overwrite,
        include_archived=include_archived,
        progress=lambda done: report(progress, done, total),
    )
    report(progress, count, total)
    return Exported(target, {table: count}, (target,))


def export_csv(
    journal: Journal,
    folder: str | os.PathLike[str],
    *,
    tables: Sequence[str] = TABLES,
    include_archived: bool = True,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """people.csv, entries.csv and goals.csv (or those of `tables`) into `folder`.

    The folder is made if missing; one that holds other files keeps them (the export
    is written beside them and says so). A file of the same name is replaced only
    with `overwrite`: without it, nothing is written when any of them exists.
    `progress(done, total)` counts rows over all the tables; it may return False to
    cancel (the file being written is then left out, those done stay).
    """
    wanted = list(dict.fromkeys(tables))
    for table in wanted:
        _check_table(table, "tables")
    if not wanted:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "Choose at least one table to export."), "tables"
        )
    root, held = output_folder(folder, own=[f"{table}.csv" for table in wanted])
    targets = {table: inside(root, f"{table}.csv") for table in wanted}
    for target in targets.values():
        output_file(target, overwrite=overwrite)  # all checked before any is written
    totals = {table: _total(journal, table, include_archived) for table in wanted}
    total = sum(totals.values())
    counts: dict[str, int] = {}
    written: list[Path] = []
    report(progress, 0, total)
    for table, target in targets.items():
        before = sum(counts.values())
        counts[table] = _write(
            journal,
            table,
            target,
            overwrite=overwrite,
            include_archived=include_archived,
            progress=lambda done, before=before: report(progress, before + done, total),
        )
        written.append(target)
    report(progress, sum(counts.values()), total)
    return Exported(root, counts, tuple(written), left_alone_note(root, held))
