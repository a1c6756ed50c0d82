"""Full-text search over the FTS5 indexes created in migration 0002.

Any text a user types is a valid query: it is cut into words and each word is
quoted, so FTS syntax (quotes, `NEAR`, `-`, `*`, parentheses) never reaches FTS5.
"""

from __future__ import annotations

import re
from datetime import date

from netjournal.store.db import database_proxy as db
from netjournal.store.people import person_filters

_WORD = re.compile(r"\w+", re.UNICODE)

# How many FTS matches are ranked at most: bm25 over every match of a one-letter
# prefix costs 100+ ms at 100,000 people; ranking the first few hundred is enough
# to fill a type-ahead list.
RANK_CAP = 400

# Column weights for bm25: a match in the name counts most, then organization and role.
_PERSON_WEIGHTS = "10.0, 4.0, 4.0, 1.0, 3.0, 2.0"


def fts_query(text: str, prefix: bool = True, min_prefix: int = 1, min_word: int = 1) -> str | None:
    """An FTS5 MATCH expression for free text: every word must match, as a prefix.

    Words shorter than `min_prefix` must match as whole words: a one-letter
    prefix over a million entries merges the lists of thousands of words.
    Words shorter than `min_word` are left out (None when no word is left).
    """
    words = [w for w in _WORD.findall(text or "") if len(w) >= min_word]
    if not words:
        return None
    return " ".join(f'"{w}"*' if prefix and len(w) >= min_prefix else f'"{w}"' for w in words)


# NOCASE folds ASCII letters only: the range bounds are lowered the same way.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _next_prefix(prefix: str) -> str | None:
    """The smallest string greater, under NOCASE, than every string starting with `prefix`.

    None when there is none (the prefix is all U+10FFFF). Surrogates cannot be stored,
    so the step skips over them; "@" + 1 is "A", which NOCASE reads as "a", so it is "[".
    """
    while prefix and ord(prefix[-1]) == 0x10FFFF:
        prefix = prefix[:-1]
    if not prefix:
        return None
    following = ord(prefix[-1]) + 1
    if 0xD800 <= following <= 0xDFFF:
        following = 0xE000
    elif following == ord("A"):
        following = ord("[")
    return prefix[:-1] + chr(following)


def search_people(
    text: str,
    limit: int = 100,
    include_archived: bool = False,
    *,
    archived: bool | None = None,
    tag_id: int | None = None,
    due_by: date | None = None,
    potential_mentor: bool = False,
) -> list[int]:
    """Person ids for type-ahead: names that start with the text first, then ranked matches.

    The list's filters apply too (`archived`, when given, overrides
    `include_archived`: True for archived people only).
    """
    # Lone surrogates (possible in text from a GUI) cannot be encoded for SQLite.
    text = (text or "").encode("utf-8", "replace").decode("utf-8").strip()
    match = fts_query(text)
    if match is None:
        return []
    if archived is None and not include_archived:
        archived = False
    where, params = person_filters(archived, tag_id, due_by, potential_mentor)
    filters = "".join(f" AND {clause}" for clause in where)
    lowered = text.translate(_ASCII_LOWER)
    upper = _next_prefix(lowered)
    upper_clause = "" if upper is None else " AND display_name COLLATE NOCASE < ?"
    ids = [
        row[0]
        for row in db.execute_sql(
            "SELECT id FROM person INDEXED BY person_display_name "
            f"WHERE display_name COLLATE NOCASE >= ?{upper_clause}"
            f"{filters} ORDER BY display_name COLLATE NOCASE, id LIMIT ?",
            (lowered, *([] if upper is None else [upper]), *params, limit),
        )
    ]
    if len(ids) >= limit:
        return ids
    seen = set(ids)
    rows = db.execute_sql(
        "SELECT m.rowid FROM ("
        f"  SELECT rowid, bm25(person_search, {_PERSON_WEIGHTS}) AS score"
        "   FROM person_search WHERE person_search MATCH ? LIMIT ?"
        f") m JOIN person ON person.id = m.rowid WHERE 1{filters} ORDER BY m.score, m.rowid",
        (match, RANK_CAP, *params),
    )
    for (person_id,) in rows:
        if person_id not in seen:
            seen.add(person_id)
            ids.append(person_id)
            if len(ids) >= limit:
                break
    return ids


# Entry words shorter than this match whole words only (see `fts_query`).
ENTRY_MIN_PREFIX = 3
# A one-letter word ("a", "I") is in most entries: it does not narrow a search
# over the journal, it only makes it slow, so entry search leaves it out.
ENTRY_MIN_WORD = 2
# Up to this many matching entries, they are sorted by date; beyond it, the date
# index is walked and each entry tested against the matches (they are common).
FEW_ENTRY_MATCHES = 5000


def matching_entry_ids_sql(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A SQL condition on `entry.id` for entries whose title, notes, agenda, takeaways or
    review findings match, and its parameters.

    Which of two plans SQLite should follow depends on how many entries match:
    a few thousand are fetched and sorted; more are met quickly by walking the
    entries newest first, so the match set is then only tested (`+entry.id`
    keeps SQLite from driving the query from it).
    """
    match = fts_query(text, min_prefix=ENTRY_MIN_PREFIX, min_word=ENTRY_MIN_WORD)
    if match is None:
        return None
    found = db.execute_sql(
        "SELECT count(*) FROM (SELECT rowid FROM entry_search WHERE entry_search MATCH ? "
        "UNION ALL SELECT rowid FROM entry_detail_search WHERE entry_detail_search MATCH ? "
        "LIMIT ?)",
        (match, match, FEW_ENTRY_MATCHES + 1),
    ).fetchone()[0]
    column = "entry.id" if found <= FEW_ENTRY_MATCHES else "+entry.id"
    return (
        f"{column} IN (SELECT rowid FROM entry_search WHERE entry_search MATCH ? UNION "
        "SELECT rowid FROM entry_detail_search WHERE entry_detail_search MATCH ?)",
        (match, match),
    )


def rebuild_person_index() -> None:
    """Re-index every person from scratch (after a bulk load that bypassed the triggers)."""
    db.execute_sql("DELETE FROM person_search")
    db.execute_sql(
        """INSERT INTO person_search (rowid, name, organization, role, notes, tags, skills)
        SELECT p.id, trim(p.display_name || ' ' || p.nickname), p.organization, p.role, p.notes,
            coalesce((SELECT group_concat(t.name, ' ') FROM person_tag pt
                      JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = p.id), ''),
            coalesce((SELECT group_concat(s.name, ' ') FROM person_skill ps
                      JOIN skill s ON s.id = ps.skill_id WHERE ps.person_id = p.id), '')
        FROM person p"""
    )


def rebuild_entry_index() -> None:
    """Re-index every entry from the entry table."""
    db.execute_sql("INSERT INTO entry_search (entry_search) VALUES ('rebuild')")
