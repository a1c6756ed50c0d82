"""Every row of the journal keyed by uuids instead of ids, out and back in.

Rows are dicts of their columns with the integer id left out and every foreign key
replaced by the uuid of the row it points to (a link table's row is known by the
uuids it links); a revision's terms name their counterpart and goals by uuid too.
So two copies of a journal can be compared and merged whatever ids each gave its
rows. Tables come in the order their rows can be inserted in; rows in uuid order.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from netjournal.store.db import database_proxy as db


@dataclass(frozen=True)
class TableSpec:
    """A table as the dump sees it."""

    name: str
    columns: tuple[str, ...]  # what a row holds (ids left out)
    refs: dict[str, str]  # foreign key column → table it points to
    key: tuple[str, ...]  # ("uuid",) for a record, the linked columns for a link table
    # A record's other unique columns (a tag's name, a reminder's thing and kind): a row
    # of another copy with a new uuid but the same values there is the same thing.
    # Each as (columns, the partial index's condition or "").
    unique: tuple[tuple[tuple[str, ...], str], ...] = ()

    @property
    def is_record(self) -> bool:
        return self.key == ("uuid",)


# In the order rows can be inserted: a row only points to tables above it.
TABLES = (
    "tag",
    "skill",
    "person",
    "contact_method",
    "person_tag",
    "person_skill",
    "own_skill",
    "goal",
    "milestone",
    "goal_member",
    "goal_skill",
    "agreement",
    "agreement_goal",
    "agreement_revision",
    "entry",
    "entry_participant",
    "entry_goal",
    "entry_part",
    "review",
    "action_item",
    "outreach",
    "reminder",
)
_BLOBS = {("person", "photo")}
_CHUNK = 500


def specs() -> list[TableSpec]:
    """The tables of the open journal, read from SQLite itself."""
    found = []
    for table in TABLES:
        info = db.execute_sql(f'PRAGMA table_xinfo("{table}")').fetchall()
        # hidden 2 and 3 are generated columns: SQLite makes them, nobody stores them.
        columns = tuple(r[1] for r in info if r[1] != "id" and r[6] not in (2, 3))
        refs = {r[3]: r[2] for r in db.execute_sql(f'PRAGMA foreign_key_list("{table}")')}
        key = ("uuid",) if "uuid" in columns else tuple(c for c in columns if c in refs)
        if table in {"person_skill", "own_skill"}:
            key = (*key, "direction")
        unique = _unique_columns(table) if key == ("uuid",) else ()
        found.append(TableSpec(table, columns, refs, key, unique))
    return found


def _unique_columns(table: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The columns of each unique index of `table` but its uuid's, with the condition of
    a partial one ("is_self = 1": only one person is me)."""
    found = []
    for index in db.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
        if not index[2]:
            continue
        columns = tuple(c[2] for c in db.execute_sql(f'PRAGMA index_info("{index[1]}")'))
        if columns == ("uuid",):
            continue
        condition = ""
        if index[4]:  # partial
            sql = db.execute_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (index[1],)
            ).fetchone()[0]
            condition = re.split(r"\bWHERE\b", sql, flags=re.IGNORECASE)[-1].strip()
        found.append((columns, condition))
    return tuple(found)


def clashing_id(spec: TableSpec, row: dict[str, Any], ids: dict[str, dict[str, int]]) -> int | None:
    """The id of this journal's row that holds the same unique values as `row` from
    another copy (a tag of the same name, a reminder of the same thing); None if none."""
    if not spec.unique:
        return None
    values = _incoming(spec, row, ids)
    if values is None:
        return None
    for columns, condition in spec.unique:
        if any(values.get(c) is None for c in columns):
            continue  # NULLs never clash
        where = " AND ".join(
            [*(f'"{c}" = ?' for c in columns), *([f"({condition})"] * bool(condition))]
        )
        found = db.execute_sql(
            f'SELECT id FROM "{spec.name}" WHERE {where} LIMIT 1', [values[c] for c in columns]
        ).fetchone()
        if found is not None:
            return int(found[0])
    return None


def row_count() -> int:
    """How many rows a backup of the open journal holds (for an export's progress)."""
    return sum(db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES)


def _select(spec: TableSpec, where: str = "") -> str:
    parts = []
    for column in spec.columns:
        if column in spec.refs:
            parts.append(f'(SELECT uuid FROM "{spec.refs[column]}" WHERE id = t."{column}")')
        else:
            parts.append(f't."{column}"')
    order = ", ".join(str(spec.columns.index(k) + 1) for k in spec.key)
    return f'SELECT {", ".join(parts)} FROM "{spec.name}" t {where} ORDER BY {order}'


def _outgoing(
    spec: TableSpec, row: tuple[Any, ...], uuids: dict[str, dict[int, str]]
) -> dict[str, Any]:
    found = dict(zip(spec.columns, row, strict=True))
    for column in spec.columns:
        if (spec.name, column) in _BLOBS and found[column] is not None:
            found[column] = base64.b64encode(found[column]).decode("ascii")
    if spec.name == "agreement_revision":
        found["terms"] = _terms_out(found["terms"], uuids)
    return found


def _terms_out(text: str, uuids: dict[str, dict[int, str]]) -> str:
    terms = json.loads(text)
    if isinstance(terms.get("person_id"), int):
        terms["person_id"] = uuids["person"].get(terms["person_id"])
    if isinstance(terms.get("goal_ids"), list):
        terms["goal_ids"] = sorted(uuids["goal"].get(g, "") for g in terms["goal_ids"])
    return json.dumps(terms, sort_keys=True)


def _terms_in(text: str, ids: dict[str, dict[str, int]]) -> str:
    terms = json.loads(text)
    if isinstance(terms.get("person_id"), str):
        terms["person_id"] = ids["person"].get(terms["person_id"])
    if isinstance(terms.get("goal_ids"), list):
        terms["goal_ids"] = sorted(ids["goal"][g] for g in terms["goal_ids"] if g in ids["goal"])
    return json.dumps(terms, sort_keys=True)


def _revision_uuids() -> dict[str, dict[int, str]]:
    return {
        table: dict(db.execute_sql(f"SELECT id, uuid FROM {table}").fetchall())
        for table in ("person", "goal")
    }


def rows(spec: TableSpec) -> Iterator[dict[str, Any]]:
    """Every row of a table, keyed by uuids, in key order."""
    uuids = _revision_uuids() if spec.name == "agreement_revision" else {}
    cursor = db.execute_sql(_select(spec))
    while True:
        batch = cursor.fetchmany(2000)
        if not batch:
            return
        for row in batch:
            yield _outgoing(spec, row, uuids)


def local_rows(
    spec: TableSpec, keys: Sequence[tuple[Any, ...]]
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The rows of a table with these keys (uuids, or the linked uuids), as `rows` gives them."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    if not keys:
        return found
    uuids = _revision_uuids() if spec.name == "agreement_revision" else {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        if spec.is_record:
            where = f"WHERE t.uuid IN ({','.join('?' * len(chunk))})"
            params: list[Any] = [k[0] for k in chunk]
        else:
            tests = []
            params = []
            for key in chunk:
                parts = []
                for column, value in zip(spec.key, key, strict=True):
                    if column in spec.refs:
                        parts.append(
                            f't."{column}" = (SELECT id FROM "{spec.refs[column]}" WHERE uuid = ?)'
                        )
                    else:
                        parts.append(f't."{column}" = ?')
                    params.append(value)
                tests.append("(" + " AND ".join(parts) + ")")
            where = "WHERE " + " OR ".join(tests)
        for row in db.execute_sql(_select(spec, where), params):
            out = _outgoing(spec, row, uuids)
            found[tuple(out[k] for k in spec.key)] = out
    return found


def ids_of(table: str, uuids: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    wanted = sorted({u for u in uuids if u})
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(
            db.execute_sql(
                f'SELECT uuid, id FROM "{table}" WHERE uuid IN ({",".join("?" * len(chunk))})',
                chunk,
            ).fetchall()
        )
    return found


def _incoming(
    spec: TableSpec, row: dict[str, Any], ids: dict[str, dict[str, int]]
) -> dict[str, Any] | None:
    """The row with uuids turned into this journal's ids; None when it points to nothing."""
    values: dict[str, Any] = {}
    for column in spec.columns:
        value = row.get(column)
        if column in spec.refs and value is not None:
            local = ids[spec.refs[column]].get(value)
            if local is None:
                return None
            value = local
        elif (spec.name, column) in _BLOBS and value is not None:
            value = base64.b64decode(value)
        values[column] = value
    if spec.name == "agreement_revision" and values.get("terms"):
        values["terms"] = _terms_in(values["terms"], ids)
    return values


def insert(spec: TableSpec, row: dict[str, Any], ids: dict[str, dict[str, int]]) -> bool:
    """Insert a row from another copy (its links mapped to ids here); False when it points
    to a row this journal does not have."""
    values = _incoming(spec, row, ids)
    if values is None:
        return False
    columns = ", ".join(f'"{c}"' for c in values)
    cursor = db.execute_sql(
        f'INSERT OR IGNORE INTO "{spec.name}" ({columns}) VALUES ({",".join("?" * len(values))})',
        list(values.values()),
    )
    if spec.is_record and cursor.rowcount:
        ids.setdefault(spec.name, {})[row["uuid"]] = cursor.lastrowid
    return True


def replace(spec: TableSpec, row: dict[str, Any], ids: dict[str, dict[str, int]]) -> bool:
    """Overwrite the row with the same uuid by this (newer) version of it."""
    values = _incoming(spec, row, ids)
    if values is None:
        return False
    values.pop("uuid")
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    db.execute_sql(
        f'UPDATE "{spec.name}" SET {assignments} WHERE uuid = ?', [*values.values(), row["uuid"]]
    )
    return True
