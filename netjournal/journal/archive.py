"""The whole journal as rows keyed by uuids: out for a backup, in as a merge.

Merging a backup into a journal (a student's second laptop): a record only the
backup has is added; one both have and both hold alike is left; one they hold
differently keeps the newer version (by `updated_at`), and the plan lists each such
conflict with both versions. Links (tags, members, participants…) are added where
missing, never removed. Importing the same backup twice changes nothing the
second time. The plan reads the backup once and writes nothing; `apply` reads it
again and writes it all in one transaction, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from netjournal.journal.imports import ImportCancelled
from netjournal.journal.operations import JournalApi, Operations
from netjournal.store import dump
from netjournal.store import people as people_store
from netjournal.store.schema import current_version

Tables = Iterable[tuple[str, Iterator[dict[str, Any]]]]
# What is compared to tell "the same" apart: everything but when it was last written.
_IGNORED = ("updated_at",)
# Tables whose new rows change a person's search row: the person, their tags and skills.
_PERSON_SEARCH = ("person", "person_tag", "person_skill")
_BATCH = 500


@dataclass(frozen=True)
class Conflict:
    """A record both sides changed: the version kept and the one set aside."""

    table: str
    uuid: str
    kept: str  # "backup" or "journal"
    journal: dict[str, Any]
    backup: dict[str, Any]


@dataclass
class MergePlan:
    """What merging a backup would do, by table."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)  # the backup's version is newer
    same: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)  # the journal's version is newer
    dangling: dict[str, int] = field(default_factory=dict)  # points to nothing: left out
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


def _bump(counts: dict[str, int], table: str, n: int = 1) -> None:
    counts[table] = counts.get(table, 0) + n


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class Archive(JournalApi):
    """Every row out, keyed by uuids; a backup's rows merged in."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def schema(self) -> int:
        return current_version(self._ops.db)

    def row_count(self) -> int:
        """How many rows `tables` gives (an export's progress counts them)."""
        return dump.row_count()

    def tables(self) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        """(table, rows) for the whole journal, in the order a merge inserts them.

        Read inside one snapshot: rows written meanwhile are not half in the backup.
        """
        with self._ops.read():
            for spec in dump.specs():
                yield spec.name, dump.rows(spec)

    def plan(self, tables: Tables) -> MergePlan:
        """What merging these rows would do; nothing is written."""
        plan = MergePlan()
        with self._ops.read():
            self._walk(tables, plan, write=False)
        return plan

    def apply(self, tables: Tables, progress: Callable[[int], bool] | None = None) -> MergePlan:
        """Merge the rows in one transaction; `progress(rows read)` returning False cancels
        it, and the journal stays as it was."""
        plan = MergePlan()
        with self._ops.write() as changed:
            # People's search rows are written once each at the end, with their tags and
            # skills, instead of rewritten for every tag and skill the backup gives them.
            with people_store.search_paused():
                reindex: set[str] = set()
                touched = self._walk(tables, plan, write=True, progress=progress, reindex=reindex)
            people_store.index_people(dump.ids_of("person", sorted(reindex)).values())
            if touched:
                people_store.refresh_last_contact(touched)
            for kind in ("person", "tag", "entry", "goal", "agreement", "action", "outreach"):
                changed.touched(kind)
        return plan

    def _walk(
        self,
        tables: Tables,
        plan: MergePlan,
        *,
        write: bool,
        progress: Callable[[int], bool] | None = None,
        reindex: set[str] | None = None,
    ) -> set[int]:
        specs = {s.name: s for s in dump.specs()}
        order = {name: n for n, name in enumerate(dump.TABLES)}
        ids: dict[str, dict[str, int]] = {name: {} for name in dump.TABLES}
        # Uuids the backup brings that a plan (which writes nothing) counts as there.
        planned: dict[str, set[str]] = {name: set() for name in dump.TABLES}
        touched_people: set[int] = set()
        read = 0
        last = -1
        for name, rows in tables:
            spec = specs.get(name)
            if spec is None or order[name] < last:
                for _row in rows:  # read through, so the file goes on
                    pass
                if spec is None:
                    raise InvalidInput.of(
                        QT_TRANSLATE_NOOP(
                            "Validation", "The backup holds a table “{name}” this journal has not."
                        ),
                        name=name,
                    )
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "The backup's table “{name}” is out of its order."
                    ),
                    name=name,
                )
            last = order[name]
            for batch in _batches(rows):
                read += len(batch)
                added = self._merge_batch(spec, batch, plan, ids, planned, write, touched_people)
                if reindex is not None and spec.name in _PERSON_SEARCH:
                    # A person added, or given a tag or skill: their search row is stale.
                    column = "uuid" if spec.name == "person" else "person_id"
                    reindex.update(r[column] for r in added if isinstance(r.get(column), str))
                if progress is not None and progress(read) is False:
                    raise ImportCancelled.of(
                        QT_TRANSLATE_NOOP(
                            "Validation", "The import was cancelled; nothing was changed."
                        )
                    )
        return touched_people

    def _merge_batch(
        self,
        spec: dump.TableSpec,
        batch: list[dict[str, Any]],
        plan: MergePlan,
        ids: dict[str, dict[str, int]],
        planned: dict[str, set[str]],
        write: bool,
        touched_people: set[int],
    ) -> list[dict[str, Any]]:
        """Merge one batch; returns the rows it added (or, for records, replaced)."""
        for column, table in spec.refs.items():
            wanted = [row.get(column) for row in batch if row.get(column)]
            missing = [u for u in wanted if u not in ids[table]]
            ids[table].update(dump.ids_of(table, missing))
        if spec.is_record:
            added = self._merge_records(spec, batch, plan, ids, planned, write)
        else:
            added = self._merge_links(spec, batch, plan, ids, planned, write)
        if write and spec.name in ("entry_participant", "person"):
            # Whose last contact may have moved: people added, people given an entry.
            column = "person_id" if spec.name == "entry_participant" else "uuid"
            known = ids["person"]
            touched_people.update(known[r[column]] for r in added if r.get(column) in known)
        return added

    @staticmethod
    def _points_somewhere(
        spec: dump.TableSpec,
        row: dict[str, Any],
        ids: dict[str, dict[str, int]],
        planned: dict[str, set[str]],
    ) -> bool:
        return all(
            row.get(column) is None or row[column] in ids[table] or row[column] in planned[table]
            for column, table in spec.refs.items()
        )

    def _merge_records(
        self,
        spec: dump.TableSpec,
        batch: list[dict[str, Any]],
        plan: MergePlan,
        ids: dict[str, dict[str, int]],
        planned: dict[str, set[str]],
        write: bool,
    ) -> list[dict[str, Any]]:
        added: list[dict[str, Any]] = []
        local = dump.local_rows(spec, [(row["uuid"],) for row in batch])
        for row in batch:
            if not isinstance(row.get("uuid"), str):
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "A row of “{name}” in the backup has no uuid."),
                    name=spec.name,
                )
            if not self._points_somewhere(spec, row, ids, planned):
                _bump(plan.dangling, spec.name)
                continue
            mine = local.get((row["uuid"],))
            if mine is None and (same := dump.clashing_id(spec, row, ids)) is not None:
                # The same thing under another uuid (a tag named alike, a reminder of the
                # same item): counted the same, the journal's own is kept, and what points
                # to it finds it.
                _bump(plan.same, spec.name)
                ids[spec.name][row["uuid"]] = same
                continue
            if mine is None:
                _bump(plan.added, spec.name)
                planned[spec.name].add(row["uuid"])
                added.append(row)
                if write:
                    dump.insert(spec, row, ids)
                continue
            if all(mine.get(k) == row.get(k) for k in spec.columns if k not in _IGNORED):
                _bump(plan.same, spec.name)
                continue
            backup_newer = str(row.get("updated_at") or "") > str(mine.get("updated_at") or "")
            plan.conflicts.append(
                Conflict(spec.name, row["uuid"], "backup" if backup_newer else "journal", mine, row)
            )
            if backup_newer:
                _bump(plan.updated, spec.name)
                added.append(row)  # changed: as good as new for what depends on it
                if write:
                    dump.replace(spec, row, ids)
            else:
                _bump(plan.kept, spec.name)
        ids[spec.name].update(dump.ids_of(spec.name, [r["uuid"] for r in batch]))
        return added

    def _merge_links(
        self,
        spec: dump.TableSpec,
        batch: list[dict[str, Any]],
        plan: MergePlan,
        ids: dict[str, dict[str, int]],
        planned: dict[str, set[str]],
        write: bool,
    ) -> list[dict[str, Any]]:
        added: list[dict[str, Any]] = []
        local = dump.local_rows(spec, [tuple(row.get(k) for k in spec.key) for row in batch])
        for row in batch:
            if not self._points_somewhere(spec, row, ids, planned):
                _bump(plan.dangling, spec.name)
                continue
            if tuple(row.get(k) for k in spec.key) in local:
                _bump(plan.same, spec.name)
                continue
            _bump(plan.added, spec.name)
            added.append(row)
            if write:
                dump.insert(spec, row, ids)
        return added
