"""Keyset paging: the next page starts after the last row shown, never at an OFFSET.

An OFFSET deep into a 1,000,000-entry timeline walks every row before it; a
keyset condition on (sort value, id) starts right where the last page ended.
"""

from __future__ import annotations

from typing import Any

Cursor = tuple[Any, int]


def after_cursor(
    expr: str, id_expr: str, cursor: Cursor | None, descending: bool
) -> tuple[str, list[Any]]:
    """A WHERE condition for rows after `cursor` in ORDER BY expr, id (both ASC or both DESC).

    SQLite puts NULLs first when ascending and last when descending; the
    condition follows that order so a page boundary inside the NULLs is exact.
    """
    if cursor is None:
        return "1", []
    value, last_id = cursor
    if not descending:
        if value is None:
            # Parenthesised whole: the caller ANDs it with its filters.
            return f"((({expr}) IS NULL AND {id_expr} > ?) OR ({expr}) IS NOT NULL)", [last_id]
        return f"(({expr}) > ? OR (({expr}) = ? AND {id_expr} > ?))", [value, value, last_id]
    if value is None:
        return f"(({expr}) IS NULL AND {id_expr} < ?)", [last_id]
    return (
        f"(({expr}) < ? OR (({expr}) = ? AND {id_expr} < ?) OR ({expr}) IS NULL)",
        [value, value, last_id],
    )


def order_by(expr: str, id_expr: str, descending: bool) -> str:
    """The ORDER BY that matches `after_cursor`."""
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {expr} {direction}, {id_expr} {direction}"
