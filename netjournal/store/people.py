"""Queries and writes for people, their contact methods, tags and skills.

Values go in and come out as plain dicts: the domain layer above turns them
into dataclasses and never sees a peewee object.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from peewee import JOIN, fn

from netjournal.store import snapshots
from netjournal.store.db import database_proxy as db
from netjournal.store.models import (
    ContactMethod,
    EntryParticipant,
    Outreach,
    OwnSkill,
    Person,
    PersonSkill,
    PersonTag,
    SearchPause,
    Skill,
    Tag,
    new_uuid,
    utc_now,
)
from netjournal.store.paging import Cursor, after_cursor, order_by

# Sort keys the views may ask for, each an indexed expression.
PERSON_SORTS = {
    "name": "display_name COLLATE NOCASE",
    "organization": "organization COLLATE NOCASE",
    "last_contact": "last_contact_at",
    "next_due": "next_due_on",
    "created": "created_at",
}

# The person_tag primary key makes each row's tag ids one short index range.
_ROW_COLUMNS = (
    "id, uuid, display_name, organization, role, pronouns, archived, cadence_days, "
    "last_contact_at, next_due_on, "
    "(SELECT group_concat(tag_id) FROM person_tag WHERE person_id = person.id) AS tag_ids"
)


def insert_person(fields: dict[str, Any]) -> int:
    return Person.insert(**fields).execute()


def insert_people(
    batch: Sequence[tuple[dict[str, Any], Sequence[dict[str, Any]], Sequence[str]]],
) -> list[int]:
    """Insert new people, each (fields, contact methods, tag names), a few hundred at a
    time; returns their ids in the order given.

    An import adds thousands of people: one statement per table per batch instead of
    several per person (the rows are the same as `insert_person`,
    `replace_contact_methods` and `set_person_tags` would write).
    """
    if not batch:
        return []
    # The search triggers stand aside (m0005): each new person's search row is written
    # once, with the tags, instead of once and then again per tag.
    with search_paused():
        ids = _insert_people(batch)
    index_people(ids)
    return ids


@contextmanager
def search_paused() -> Iterator[None]:
    """Inside a write: new people, tags and skills leave the people's search rows alone
    (m0005) until `index_people` writes them, once each."""
    SearchPause.insert(one=1).execute()
    try:
        yield
    finally:
        SearchPause.delete().execute()


_SEARCH_VALUES = (
    "trim(p.display_name || ' ' || p.nickname), p.organization, p.role, p.notes, "
    "coalesce((SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t "
    "ON t.id = pt.tag_id WHERE pt.person_id = p.id), ''), "
    "coalesce((SELECT group_concat(s.name, ' ') FROM person_skill ps JOIN skill s "
    "ON s.id = ps.skill_id WHERE ps.person_id = p.id), '')"
)


def index_people(ids: Iterable[int]) -> None:
    """Write these people's search rows afresh: made where missing, rewritten where a
    row exists (after `search_paused`)."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        have = {
            r[0]
            for r in db.execute_sql(
                f"SELECT rowid FROM person_search WHERE rowid IN ({marks})", chunk
            )
        }
        stale = [i for i in chunk if i in have]
        if stale:
            db.execute_sql(
                f"DELETE FROM person_search WHERE rowid IN ({','.join('?' * len(stale))})", stale
            )
        db.execute_sql(
            "INSERT INTO person_search (rowid, name, organization, role, notes, tags, skills) "
            f"SELECT p.id, {_SEARCH_VALUES} FROM person p WHERE p.id IN ({marks})",
            chunk,
        )


def _insert_people(
    batch: Sequence[tuple[dict[str, Any], Sequence[dict[str, Any]], Sequence[str]]],
) -> list[int]:
    now = utc_now()
    stamps = {"created_at": now, "updated_at": now}
    uuids = [new_uuid() for _ in batch]
    columns = sorted({key for fields, _, _ in batch for key in fields})
    defaults = {key: Person._meta.fields[key].default for key in columns}
    assert not any(callable(d) for d in defaults.values()), "a default made per row"
    _insert_rows(
        Person,
        [
            {**{k: fields.get(k, defaults[k]) for k in columns}, "uuid": uuid, **stamps}
            for (fields, _, _), uuid in zip(batch, uuids, strict=True)
        ],
    )
    by_uuid = dict(Person.select(Person.uuid, Person.id).where(Person.uuid.in_(uuids)).tuples())
    ids = [by_uuid[u] for u in uuids]
    _insert_rows(
        ContactMethod,
        [
            {
                "person": person_id,
                "kind": method["kind"],
                "label": method.get("label", ""),
                "value": method["value"],
                "position": position,
                "uuid": new_uuid(),
                **stamps,
            }
            for person_id, (_, person_methods, _) in zip(ids, batch, strict=True)
            for position, method in enumerate(person_methods)
        ],
    )
    tag_ids: dict[str, int] = {}
    links = []
    for person_id, (_, _, names) in zip(ids, batch, strict=True):
        mine: set[int] = set()
        for name in names:
            key = name.casefold()
            if key not in tag_ids:
                found = tag_id_for(name)
                assert found is not None
                tag_ids[key] = found
            mine.add(tag_ids[key])
        links.extend({"person": person_id, "tag": t, "created_at": now} for t in sorted(mine))
    _insert_rows(PersonTag, links)
    return ids


def _insert_rows(model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys, every column given) in one prepared
    statement: building a multi-row INSERT in peewee cost more than SQLite running it."""
    if not rows:
        return
    fields = [model._meta.fields[key] for key in rows[0]]
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" * len(fields))
    db.cursor().executemany(
        f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})',
        [tuple(f.db_value(row[f.name]) for f in fields) for row in rows],
    )


def update_person(person_id: int, fields: dict[str, Any]) -> int:
    """Change some fields of one person; returns the number of rows changed (0 or 1)."""
    fields = {**fields, "updated_at": utc_now()}
    return Person.update(**fields).where(Person.id == person_id).execute()


def touch_person(person_id: int) -> None:
    Person.update(updated_at=utc_now()).where(Person.id == person_id).execute()


def delete_person(person_id: int) -> int:
    return Person.delete().where(Person.id == person_id).execute()


def existing_person_ids(ids: Iterable[int]) -> set[int]:
    ids = list(ids)
    if not ids:
        return set()
    return {row[0] for row in Person.select(Person.id).where(Person.id.in_(ids)).tuples()}


def get_person(person_id: int) -> dict[str, Any] | None:
    """Everything about one person, with contact methods, tags and skills."""
    row = Person.select().where(Person.id == person_id).dicts().first()
    if row is None:
        return None
    row["contact_methods"] = list(
        ContactMethod.select(
            ContactMethod.id,
            ContactMethod.uuid,
            ContactMethod.kind,
            ContactMethod.label,
            ContactMethod.value,
            ContactMethod.position,
        )
        .where(ContactMethod.person == person_id)
        .order_by(ContactMethod.kind, ContactMethod.position, ContactMethod.id)
        .dicts()
    )
    row["tags"] = tags_of([person_id]).get(person_id, [])
    skills = {"offers": [], "seeks": []}
    for name, direction in (
        PersonSkill.select(Skill.name, PersonSkill.direction)
        .join(Skill)
        .where(PersonSkill.person == person_id)
        .order_by(fn.lower(Skill.name))
        .tuples()
    ):
        skills[direction].append(name)
    row["skills_offered"] = skills["offers"]
    row["skills_sought"] = skills["seeks"]
    row["potential_mentor_stage"] = (
        Outreach.select(Outreach.stage).where(Outreach.person == person_id).scalar()
    )
    return row


def get_people(ids: Sequence[int]) -> list[dict[str, Any]]:
    """What `get_person` gives for each of `ids` (at most a few hundred), in that order,
    in five queries rather than five per person; missing ids are skipped."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {row["id"]: row for row in Person.select().where(Person.id.in_(wanted)).dicts()}
    methods: dict[int, list[dict[str, Any]]] = {}
    for method in (
        ContactMethod.select(
            ContactMethod.person,
            ContactMethod.id,
            ContactMethod.uuid,
            ContactMethod.kind,
            ContactMethod.label,
            ContactMethod.value,
            ContactMethod.position,
        )
        .where(ContactMethod.person.in_(wanted))
        .order_by(ContactMethod.kind, ContactMethod.position, ContactMethod.id)
        .dicts()
    ):
        methods.setdefault(method.pop("person"), []).append(method)
    tags = tags_of(wanted)
    skills: dict[int, dict[str, list[str]]] = {}
    for person_id, name, direction in (
        PersonSkill.select(PersonSkill.person, Skill.name, PersonSkill.direction)
        .join(Skill)
        .where(PersonSkill.person.in_(wanted))
        .order_by(fn.lower(Skill.name))
        .tuples()
    ):
        skills.setdefault(person_id, {"offers": [], "seeks": []})[direction].append(name)
    stages = dict(
        Outreach.select(Outreach.person, Outreach.stage).where(Outreach.person.in_(wanted)).tuples()
    )
    rows = []
    for person_id in ids:
        if person_id not in found:
            continue
        row = dict(found[person_id])
        row["contact_methods"] = [dict(m) for m in methods.get(person_id, [])]
        row["tags"] = tags.get(person_id, [])
        own = skills.get(person_id, {"offers": [], "seeks": []})
        row["skills_offered"] = list(own["offers"])
        row["skills_sought"] = list(own["seeks"])
        row["potential_mentor_stage"] = stages.get(person_id)
        rows.append(row)
    return rows


def tags_of(person_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Each person's tags (name, colour, is_circle), by person id, sorted by name."""
    found: dict[int, list[dict[str, Any]]] = {}
    if not person_ids:
        return found
    # Plain SQL: building this query with peewee cost more than running it (a list page).
    query = db.execute_sql(
        "SELECT pt.person_id, t.id, t.name, t.colour, t.is_circle FROM person_tag pt "
        f"JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id IN ({','.join('?' * len(person_ids))}) "
        "ORDER BY lower(t.name)",
        list(person_ids),
    )
    for person_id, tag_id, name, colour, is_circle in query:
        found.setdefault(person_id, []).append(
            {"id": tag_id, "name": name, "colour": colour, "is_circle": bool(is_circle)}
        )
    return found


def _tags_by_id(ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    query = db.execute_sql(
        f"SELECT id, name, colour, is_circle FROM tag WHERE id IN ({','.join('?' * len(ids))})",
        list(ids),
    )
    return {
        tag_id: {"id": tag_id, "name": name, "colour": colour, "is_circle": bool(is_circle)}
        for tag_id, name, colour, is_circle in query
    }


def replace_contact_methods(person_id: int, methods: Sequence[dict[str, Any]]) -> None:
    """Make the person's emails, phones, links and addresses exactly `methods`.

    Rows whose (kind, value) already exist keep their uuid, so a merge later
    recognises them.
    """
    existing = {
        (row["kind"], row["value"]): row
        for row in ContactMethod.select().where(ContactMethod.person == person_id).dicts()
    }
    keep: set[int] = set()
    now = utc_now()
    for position, method in enumerate(methods):
        key = (method["kind"], method["value"])
        old = existing.get(key)
        if old is not None and old["id"] not in keep:
            keep.add(old["id"])
            if old["label"] != method.get("label", "") or old["position"] != position:
                ContactMethod.update(
                    label=method.get("label", ""), position=position, updated_at=now
                ).where(ContactMethod.id == old["id"]).execute()
        else:
            new_id = ContactMethod.insert(
                person=person_id,
                kind=method["kind"],
                label=method.get("label", ""),
                value=method["value"],
                position=position,
            ).execute()
            keep.add(new_id)
    stale = [row["id"] for row in existing.values() if row["id"] not in keep]
    if stale:
        ContactMethod.delete().where(ContactMethod.id.in_(stale)).execute()


def tag_id_for(name: str, create: bool = True) -> int | None:
    """The id of the tag called `name` (any case, accented capitals too), creating it if asked."""
    found = (
        Tag.select(Tag.id).where(fn.casefold(Tag.name) == name.casefold()).order_by(Tag.id).scalar()
    )
    if found is None and create:
        found = Tag.insert(name=name).execute()
    return found


def set_person_tags(person_id: int, names: Sequence[str]) -> None:
    """Make the person's tags exactly `names`, creating tags that do not exist yet."""
    wanted = {tag_id_for(name) for name in names}
    current = {
        row[0]
        for row in PersonTag.select(PersonTag.tag).where(PersonTag.person == person_id).tuples()
    }
    for tag_id in current - wanted:
        PersonTag.delete().where(
            (PersonTag.person == person_id) & (PersonTag.tag == tag_id)
        ).execute()
    for tag_id in wanted - current:
        PersonTag.insert(person=person_id, tag=tag_id).execute()


def skill_id_for(name: str) -> int:
    """The id of the skill called `name` (any case, accented capitals too), created if new."""
    found = (
        Skill.select(Skill.id)
        .where(fn.casefold(Skill.name) == name.casefold())
        .order_by(Skill.id)
        .scalar()
    )
    if found is None:
        found = Skill.insert(name=name).execute()
    return found


def set_person_skills(person_id: int, direction: str, names: Sequence[str]) -> None:
    """Make the skills the person offers (or seeks) exactly `names`."""
    wanted = {skill_id_for(name) for name in names}
    current = {
        row[0]
        for row in PersonSkill.select(PersonSkill.skill)
        .where((PersonSkill.person == person_id) & (PersonSkill.direction == direction))
        .tuples()
    }
    for skill_id in current - wanted:
        PersonSkill.delete().where(
            (PersonSkill.person == person_id)
            & (PersonSkill.skill == skill_id)
            & (PersonSkill.direction == direction)
        ).execute()
    for skill_id in wanted - current:
        PersonSkill.insert(person=person_id, skill=skill_id, direction=direction).execute()


def set_own_skills(direction: str, names: Sequence[str]) -> None:
    """Make the skills I offer (or seek) exactly `names`."""
    wanted = {skill_id_for(name) for name in names}
    OwnSkill.delete().where(OwnSkill.direction == direction).execute()
    for skill_id in wanted:
        OwnSkill.insert(skill=skill_id, direction=direction).execute()


def own_skills() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"offers": [], "seeks": []}
    for name, direction in (
        OwnSkill.select(Skill.name, OwnSkill.direction)
        .join(Skill)
        .order_by(fn.lower(Skill.name))
        .tuples()
    ):
        found[direction].append(name)
    return found


def set_self(person_id: int | None) -> None:
    """Mark this person as the journal's owner (None: nobody); the mark moves, never doubles."""
    Person.update(is_self=False).where(Person.is_self == True).execute()  # noqa: E712
    if person_id is not None:
        Person.update(is_self=True).where(Person.id == person_id).execute()


def has_agreements(person_id: int) -> bool:
    found = db.execute_sql("SELECT 1 FROM agreement WHERE person_id = ? LIMIT 1", (person_id,))
    return found.fetchone() is not None


def self_id() -> int | None:
    return Person.select(Person.id).where(Person.is_self == True).scalar()  # noqa: E712


def list_tags() -> list[dict[str, Any]]:
    return list(
        Tag.select(
            Tag.id,
            Tag.uuid,
            Tag.name,
            Tag.colour,
            Tag.is_circle,
            fn.count(PersonTag.person).alias("people"),
        )
        .join(PersonTag, JOIN.LEFT_OUTER)
        .group_by(Tag.id)
        .order_by(fn.lower(Tag.name))
        .dicts()
    )


def update_tag(tag_id: int, fields: dict[str, Any]) -> int:
    return Tag.update(**fields, updated_at=utc_now()).where(Tag.id == tag_id).execute()


def person_rows(ids: Sequence[int]) -> list[dict[str, Any]]:
    """The list-view columns of the given people, in the order of `ids`."""
    if not ids:
        return []
    placeholders = ",".join("?" * len(ids))
    cursor = db.execute_sql(
        f"SELECT {_ROW_COLUMNS} FROM person WHERE id IN ({placeholders})", list(ids)
    )
    names = [c[0] for c in cursor.description]
    by_id = {row[0]: row for row in cursor}
    # An id asked for twice gets two rows, not one shared dict.
    return _complete_rows([dict(zip(names, by_id[i], strict=True)) for i in ids if i in by_id])


def _complete_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add each row's tags and turn its SQL text into dates and times."""
    wanted = {int(t) for row in rows if row["tag_ids"] for t in row["tag_ids"].split(",")}
    tags = _tags_by_id(wanted)
    # Rows of a page share a few combinations of tags; each is sorted once.
    combos: dict[str, list[dict[str, Any]]] = {"": []}
    for row in rows:
        ids = row["tag_ids"] or ""
        if ids not in combos:
            combos[ids] = sorted(
                (tags[int(t)] for t in ids.split(",")), key=lambda t: t["name"].casefold()
            )
        row["tags"] = combos[ids]
        # Parsed here in C (fromisoformat), many times faster than strptime per row.
        row["last_contact_at"] = _utc(row["last_contact_at"])
        row["next_due_on"] = _day(row["next_due_on"])
    return rows


def _utc(text: str | None) -> datetime | None:
    """Fixed-width UTC text (`models.format_utc`) as an aware datetime."""
    return None if text is None else datetime.fromisoformat(text + "+00:00")


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def person_filters(
    archived: bool | None,
    tag_id: int | None,
    due_by: date | None,
    potential_mentor: bool,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if archived is not None:
        where.append("archived = ?")
        params.append(int(archived))
    if tag_id is not None:
        where.append("id IN (SELECT person_id FROM person_tag WHERE tag_id = ?)")
        params.append(tag_id)
    if due_by is not None:
        where.append("next_due_on <= ?")
        params.append(due_by.isoformat())
    if potential_mentor:
        where.append("id IN (SELECT person_id FROM outreach)")
    return where, params


def person_page(
    sort: str = "name",
    descending: bool = False,
    cursor: Cursor | None = None,
    limit: int = 200,
    archived: bool | None = False,
    tag_id: int | None = None,
    due_by: date | None = None,
    potential_mentor: bool = False,
    with_rows: bool = False,
) -> tuple[list[tuple[int, Any]], list[dict[str, Any]]]:
    """(id, sort value) of the next page of people after `cursor`, and their list rows if asked.

    Asking for the rows here reads them in the same query as the page, instead of
    a second query by id.
    """
    expr = PERSON_SORTS[sort]
    where, params = person_filters(archived, tag_id, due_by, potential_mentor)
    condition, cursor_params = after_cursor(expr, "id", cursor, descending)
    where.append(condition)
    columns = f"{_ROW_COLUMNS}, {expr} AS sort_value" if with_rows else f"id, {expr}"
    sql = (
        f"SELECT {columns} FROM person WHERE {' AND '.join(where)} "
        f"{order_by(expr, 'id', descending)} LIMIT ?"
    )
    found = db.execute_sql(sql, [*params, *cursor_params, limit])
    if not with_rows:
        return [(row[0], row[1]) for row in found], []
    names = [c[0] for c in found.description]
    rows = [dict(zip(names, row, strict=True)) for row in found]
    keys = [(row["id"], row.pop("sort_value")) for row in rows]
    return keys, _complete_rows(rows)


def count_people(
    archived: bool | None = False,
    tag_id: int | None = None,
    due_by: date | None = None,
    potential_mentor: bool = False,
) -> int:
    where, params = person_filters(archived, tag_id, due_by, potential_mentor)
    clause = " AND ".join(where) or "1"
    return db.execute_sql(f"SELECT count(*) FROM person WHERE {clause}", params).fetchone()[0]


def refresh_last_contact(person_ids: Iterable[int]) -> None:
    """Recompute each person's last contact from their entries (newest entry wins)."""
    for person_id in set(person_ids):
        newest = (
            EntryParticipant.select(fn.max(EntryParticipant.occurred_at))
            .where(EntryParticipant.person == person_id)
            .scalar()
        )
        Person.update(last_contact_at=newest).where(Person.id == person_id).execute()


def people_by_email(emails: Iterable[str]) -> dict[str, int]:
    """Person ids by lower-cased email, for matching attendees and imports."""
    wanted = sorted({e.lower() for e in emails})
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = db.execute_sql(
            "SELECT lower(value), person_id FROM contact_method "
            f"WHERE kind = 'email' AND value COLLATE NOCASE IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for email, person_id in rows:
            found.setdefault(email, person_id)
    return found


def person_links(person_id: int) -> dict[str, list[int]]:
    """What deleting the person takes along (agreements, action items) or changes."""
    agreements = "SELECT id FROM agreement WHERE person_id = ?1"
    queries = {
        "agreement": agreements,
        "action": "SELECT id FROM action_item "
        f"WHERE person_id = ?1 OR agreement_id IN ({agreements})",
        "entry": "SELECT entry_id FROM entry_participant WHERE person_id = ?1 "
        f"UNION SELECT id FROM entry WHERE agreement_id IN ({agreements})",
        "goal": "SELECT goal_id FROM goal_member WHERE person_id = ?1 "
        f"UNION SELECT goal_id FROM agreement_goal WHERE agreement_id IN ({agreements})",
    }
    return {
        kind: [row[0] for row in db.execute_sql(sql, (person_id,))] for kind, sql in queries.items()
    }


def entry_count_of(person_id: int) -> int:
    return EntryParticipant.select().where(EntryParticipant.person == person_id).count()


def delete_counts(person_id: int) -> dict[str, int]:
    """How many agreements, action items and goal memberships go with the person."""
    agreements = "SELECT id FROM agreement WHERE person_id = ?1"
    queries = {
        "agreements": "SELECT count(*) FROM agreement WHERE person_id = ?1",
        "action_items": "SELECT count(*) FROM action_item "
        f"WHERE person_id = ?1 OR agreement_id IN ({agreements})",
        "goal_memberships": "SELECT count(*) FROM goal_member WHERE person_id = ?1",
    }
    return {key: db.execute_sql(sql, (person_id,)).fetchone()[0] for key, sql in queries.items()}


# What a snapshot of a deleted person holds: each table's rows, and how they are found.
_SNAPSHOT_QUERIES = (
    ("person", "SELECT * FROM person WHERE id = ?1"),
    ("contact_method", "SELECT * FROM contact_method WHERE person_id = ?1"),
    ("person_tag", "SELECT * FROM person_tag WHERE person_id = ?1"),
    ("person_skill", "SELECT * FROM person_skill WHERE person_id = ?1"),
    ("outreach", "SELECT * FROM outreach WHERE person_id = ?1"),
    ("entry_participant", "SELECT * FROM entry_participant WHERE person_id = ?1"),
    ("goal_member", "SELECT * FROM goal_member WHERE person_id = ?1"),
    ("agreement", "SELECT * FROM agreement WHERE person_id = ?1"),
    (
        "agreement_goal",
        "SELECT * FROM agreement_goal WHERE agreement_id IN "
        "(SELECT id FROM agreement WHERE person_id = ?1)",
    ),
    (
        "agreement_revision",
        "SELECT * FROM agreement_revision WHERE agreement_id IN "
        "(SELECT id FROM agreement WHERE person_id = ?1)",
    ),
    (
        "action_item",
        "SELECT * FROM action_item WHERE person_id = ?1 OR agreement_id IN "
        "(SELECT id FROM agreement WHERE person_id = ?1)",
    ),
    (
        "review",
        "SELECT * FROM review WHERE agreement_id IN "
        "(SELECT id FROM agreement WHERE person_id = ?1)",
    ),
    (
        "entry_agreement",
        "SELECT id, agreement_id FROM entry WHERE agreement_id IN "
        "(SELECT id FROM agreement WHERE person_id = ?1)",
    ),
    (
        "reminder",
        "SELECT * FROM reminder WHERE person_id = ?1 OR agreement_id IN "
        "(SELECT id FROM agreement WHERE person_id = ?1) OR action_item_id IN "
        "(SELECT id FROM action_item WHERE person_id = ?1 OR agreement_id IN "
        "(SELECT id FROM agreement WHERE person_id = ?1))",
    ),
)


def snapshot_person(person_id: int) -> dict[str, list[dict[str, Any]]] | None:
    """Every row that deleting the person removes or changes, as plain dicts."""
    found = snapshots.take(_SNAPSHOT_QUERIES, person_id)
    return found if found["person"] else None


def restore_person(snapshot: dict[str, list[dict[str, Any]]]) -> int:
    """Put a deleted person back from `snapshot_person`; returns their id.

    Rows keep their ids where they are still free. Entries, goals, tags and
    skills that were deleted since are skipped, not recreated.
    """
    person_id = snapshots.put_back("person", snapshot["person"][0])
    entries = snapshots.existing("entry", snapshot["entry_participant"], "entry_id")
    goals = snapshots.existing(
        "goal", [*snapshot["goal_member"], *snapshot["agreement_goal"]], "goal_id"
    )
    tags = snapshots.existing("tag", snapshot["person_tag"], "tag_id")
    skills = snapshots.existing("skill", snapshot["person_skill"], "skill_id")
    for table, key, alive in (
        ("contact_method", None, None),
        ("person_tag", "tag_id", tags),
        ("person_skill", "skill_id", skills),
        ("outreach", None, None),
        ("entry_participant", "entry_id", entries),
        ("goal_member", "goal_id", goals),
    ):
        for row in snapshot[table]:
            if key is None or row[key] in alive:
                snapshots.put_back(table, {**row, "person_id": person_id})
    agreement_ids: dict[int, int] = {}
    for row in snapshot["agreement"]:
        agreement_ids[row["id"]] = snapshots.put_back("agreement", {**row, "person_id": person_id})
    for row in snapshot["agreement_goal"]:
        if row["goal_id"] in goals:
            snapshots.put_back(
                "agreement_goal", {**row, "agreement_id": agreement_ids[row["agreement_id"]]}
            )
    for row in snapshot["agreement_revision"]:
        snapshots.put_back(
            "agreement_revision", {**row, "agreement_id": agreement_ids[row["agreement_id"]]}
        )
    action_goals = snapshots.existing("goal", snapshot["action_item"], "goal_id")
    action_entries = snapshots.existing("entry", snapshot["action_item"], "entry_id")
    action_ids: dict[int, int] = {}
    for row in snapshot["action_item"]:
        if row["goal_id"] is not None and row["goal_id"] not in action_goals:
            continue
        values = {**row}
        if row["person_id"] is not None:
            values["person_id"] = person_id
        if row["agreement_id"] is not None:
            values["agreement_id"] = agreement_ids[row["agreement_id"]]
        if row["entry_id"] is not None and row["entry_id"] not in action_entries:
            values["entry_id"] = None
        action_ids[row["id"]] = snapshots.put_back("action_item", values)
    for row in snapshot["entry_agreement"]:
        db.execute_sql(
            "UPDATE entry SET agreement_id = ? WHERE id = ? AND agreement_id IS NULL",
            (agreement_ids[row["agreement_id"]], row["id"]),
        )
    reviews = snapshot.get("review", [])
    review_entries = snapshots.existing("entry", reviews, "entry_id")
    for row in reviews:
        if row["entry_id"] in review_entries:
            snapshots.put_back(
                "review", {**row, "agreement_id": agreement_ids[row["agreement_id"]]}
            )
    snapshots.put_back_reminders(
        snapshot.get("reminder", []),
        {
            "person_id": {snapshot["person"][0]["id"]: person_id},
            "agreement_id": agreement_ids,
            "action_item_id": action_ids,
        },
    )
    return person_id


def existing_uuid(uuid: str) -> bool:
    return snapshots.uuid_taken("person", uuid)


def tag_names() -> list[str]:
    """Every tag's name, for completing a person's tags (no counting of people)."""
    return [row[0] for row in db.execute_sql("SELECT name FROM tag ORDER BY lower(name)")]


def skill_names() -> list[str]:
    """Every skill's name, for completing what a person offers or seeks."""
    return [row[0] for row in db.execute_sql("SELECT name FROM skill ORDER BY lower(name)")]


def people_by_names(names: Iterable[str]) -> dict[str, list[int]]:
    """Person ids by case-folded display name, for matching an import by name."""
    wanted = sorted({n for n in names if n})
    found: dict[str, list[int]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = db.execute_sql(
            "SELECT id, display_name FROM person "
            f"WHERE display_name COLLATE NOCASE IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for person_id, name in rows:
            found.setdefault(name.casefold(), []).append(person_id)
    return found
