"""Rows taken out by a delete, and put back by its undo: plain dicts, table by table.

A delete that can be undone first reads every row it will remove or change
(`take`), and `put_back` inserts such rows again. Rows keep their ids where the
ids are still free, so links between the restored rows hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from netjournal.store.db import database_proxy as db

Rows = dict[str, list[dict[str, Any]]]


def take(queries: Sequence[tuple[str, str]], key: int) -> Rows:
    """Each query's rows as dicts, by its name; `?1` in a query is `key`."""
    found: Rows = {}
    for name, sql in queries:
        cursor = db.execute_sql(sql, (key,))
        names = [c[0] for c in cursor.description]
        found[name] = [dict(zip(names, row, strict=True)) for row in cursor]
    return found


def _id_taken(table: str, row_id: int) -> bool:
    return db.execute_sql(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def _generated_columns(table: str) -> set[str]:
    # table_xinfo marks generated columns hidden 2 (virtual) or 3 (stored).
    return {row[1] for row in db.execute_sql(f"PRAGMA table_xinfo({table})") if row[6] in (2, 3)}


def put_back(table: str, row: dict[str, Any], keep_id: bool = True) -> int:
    """Insert a snapshot row; it keeps its id unless that id is taken meanwhile."""
    generated = _generated_columns(table)
    row = {name: value for name, value in row.items() if name not in generated}
    if "id" in row and (not keep_id or _id_taken(table, row["id"])):
        del row["id"]
    columns = ",".join(f'"{name}"' for name in row)
    cursor = db.execute_sql(
        f"INSERT INTO {table} ({columns}) VALUES ({','.join('?' * len(row))})",
        list(row.values()),
    )
    return row.get("id", cursor.lastrowid)


def existing(table: str, rows: Sequence[dict[str, Any]], key: str) -> set[int]:
    """The values of `key` in `rows` that are still ids of `table`."""
    ids = sorted({row[key] for row in rows if row.get(key) is not None})
    if not ids:
        return set()
    found = db.execute_sql(f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids)
    return {row[0] for row in found}


def uuid_taken(table: str, uuid: str) -> bool:
    return db.execute_sql(f"SELECT 1 FROM {table} WHERE uuid = ?", (uuid,)).fetchone() is not None


# The things a reminder may name, each by its own column.
_REMINDER_TARGETS = {
    "entry_id": "entry",
    "person_id": "person",
    "agreement_id": "agreement",
    "goal_id": "goal",
    "action_item_id": "action_item",
}


def put_back_reminders(rows: Sequence[dict[str, Any]], new_ids: dict[str, dict[int, int]]) -> None:
    """Put back the Today reminders (snoozed, dismissed) of restored things.

    `new_ids` maps a reminder's column ("person_id", "action_item_id"…) to the ids its
    restored rows took ({old: new}); a reminder naming something neither restored nor
    still there is left out, and so is one its thing has again meanwhile."""
    for row in rows:
        values = dict(row)
        keep = True
        for column, table in _REMINDER_TARGETS.items():
            old = row.get(column)
            if old is None:
                continue
            if old in new_ids.get(column, {}):
                values[column] = new_ids[column][old]
            elif not existing(table, [row], column):
                keep = False
        if not keep:
            continue
        column = next(c for c in _REMINDER_TARGETS if values.get(c) is not None)
        taken = db.execute_sql(
            f"SELECT 1 FROM reminder WHERE {column} = ? AND kind = ?",
            (values[column], values["kind"]),
        ).fetchone()
        if taken is None:
            put_back("reminder", values)
