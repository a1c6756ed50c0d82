"""People: create, edit, archive, delete, list, search."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from netjournal.journal import validate as v
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.records import ContactMethod, Page, Person, PersonRow, TagRecord
from netjournal.journal.vocab import ContactKind, OutreachStage, SkillDirection
from netjournal.store import outreach as outreach_store
from netjournal.store import people as store
from netjournal.store import search

PERSON_SORTS = tuple(store.PERSON_SORTS)
# How many people `get_many` reads in one go: SQLite takes a bounded number of parameters.
_BATCH = 500

# Each editable field: how to clean it. Text fields carry their label for messages.
_TEXT_FIELDS: dict[str, tuple[str, int]] = {
    "given_name": (QT_TRANSLATE_NOOP("Validation", "Given name"), v.NAME_MAX),
    "family_name": (QT_TRANSLATE_NOOP("Validation", "Family name"), v.NAME_MAX),
    "nickname": (QT_TRANSLATE_NOOP("Validation", "Nickname"), v.NAME_MAX),
    "pronouns": (QT_TRANSLATE_NOOP("Validation", "Pronouns"), 60),
    "organization": (QT_TRANSLATE_NOOP("Validation", "Organization"), v.NAME_MAX),
    "role": (QT_TRANSLATE_NOOP("Validation", "Role"), v.NAME_MAX),
    "met_how": (QT_TRANSLATE_NOOP("Validation", "How we met"), v.SHORT_TEXT_MAX),
    "met_where": (QT_TRANSLATE_NOOP("Validation", "Where we met"), v.SHORT_TEXT_MAX),
    "notes": (QT_TRANSLATE_NOOP("Validation", "Notes"), v.LONG_TEXT_MAX),
}
_DATE_FIELDS = {
    "met_on": QT_TRANSLATE_NOOP("Validation", "Met on"),
    "birthday": QT_TRANSLATE_NOOP("Validation", "Birthday"),
}
# One @ with something on each side and no spaces: lenient, but "ana@" is not an address.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


def _clean_contact_methods(
    methods: Sequence[ContactMethod | dict[str, Any]],
) -> list[dict[str, str]]:
    cleaned: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for method in methods:
        if isinstance(method, ContactMethod):
            raw = method.__dict__
        elif isinstance(method, dict):
            raw = method
        else:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "A contact method needs a kind and a value, not “{method}”."
                ),
                "contact_methods",
                method=method,
            )
        kind = v.choice(
            raw.get("kind"),
            ContactKind,
            "contact_methods",
            QT_TRANSLATE_NOOP("Validation", "Contact kind"),
        )
        value = v.text(
            raw.get("value"), "contact_methods", kind.value.capitalize(), v.SHORT_TEXT_MAX
        )
        label = v.text(
            raw.get("label"), "contact_methods", QT_TRANSLATE_NOOP("Validation", "Label"), 60
        )
        if not value:
            continue
        if kind is ContactKind.EMAIL and not _EMAIL.fullmatch(value):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "“{value}” is not an email address."),
                "contact_methods",
                value=value,
            )
        if (kind.value, value.lower()) in seen:
            continue
        seen.add((kind.value, value.lower()))
        cleaned.append({"kind": kind.value, "value": value, "label": label})
    return cleaned


@dataclass(frozen=True)
class DeletedPerson:
    """What `People.delete` removed, for `People.restore` (an undo)."""

    person_id: int
    display_name: str
    rows: dict[str, list[dict[str, Any]]] = field(repr=False)


class People(JournalApi):
    """The people of the journal."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    # --- reading ---------------------------------------------------------------

    def get(self, person_id: int) -> Person:
        row = store.get_person(person_id)
        if row is None:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "There is no person #{person_id} in the journal."),
                "person",
                person_id=person_id,
            )
        return self._person(row)

    def get_many(self, ids: Sequence[int]) -> list[Person]:
        """Each of these people whole, as `get` gives them, in the order given (missing
        ids are skipped): an export reads a page of people in a few queries, not a few
        per person."""
        people: list[Person] = []
        for start in range(0, len(ids), _BATCH):
            people.extend(self._person(r) for r in store.get_people(ids[start : start + _BATCH]))
        return people

    @staticmethod
    def _person(row: dict[str, Any]) -> Person:
        row["contact_methods"] = tuple(ContactMethod.from_row(m) for m in row["contact_methods"])
        row["tags"] = tuple(TagRecord.from_row(t) for t in row["tags"])
        row["skills_offered"] = tuple(row["skills_offered"])
        row["skills_sought"] = tuple(row["skills_sought"])
        return Person.from_row(row)

    def rows(self, ids: Sequence[int]) -> list[PersonRow]:
        """The list columns of these people, in the order given (missing ids are skipped)."""
        return self._records(store.person_rows(list(ids)))

    @staticmethod
    def _records(found: list[dict[str, Any]]) -> list[PersonRow]:
        # A page shares a few tags in a few combinations: one record and one tuple each.
        tags: dict[int, TagRecord] = {}
        combos: dict[Any, tuple[TagRecord, ...]] = {}
        for row in found:
            key = row.pop("tag_ids", None) or tuple(t["id"] for t in row["tags"])
            combo = combos.get(key)
            if combo is None:
                for t in row["tags"]:
                    if t["id"] not in tags:
                        tags[t["id"]] = TagRecord.from_row(t)
                combo = combos[key] = tuple(tags[t["id"]] for t in row["tags"])
            row["tags"] = combo
            row["archived"] = bool(row["archived"])
        return [PersonRow.adopt(row) for row in found]

    def page(
        self,
        sort: str = "name",
        descending: bool = False,
        cursor: Any = None,
        limit: int = 200,
        archived: bool | None = False,
        tag_id: int | None = None,
        due_by: date | None = None,
        potential_mentor: bool = False,
        with_rows: bool = False,
    ) -> Page:
        """The next page of person ids in list order, every filter and sort done in SQLite.

        With `with_rows` the page also carries the people's list rows, read in
        the same query (what a list view wants when it shows a new page).
        """
        if sort not in store.PERSON_SORTS:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "People cannot be sorted by “{sort}”."),
                "sort",
                sort=sort,
            )
        v.page_size(limit)
        keys, rows = store.person_page(
            sort,
            descending,
            cursor,
            limit + 1,
            archived,
            tag_id,
            due_by,
            potential_mentor,
            with_rows,
        )
        return Page.of(keys, tuple(self._records(rows)), limit, cursor)

    def count(
        self,
        archived: bool | None = False,
        tag_id: int | None = None,
        due_by: date | None = None,
        potential_mentor: bool = False,
    ) -> int:
        return store.count_people(archived, tag_id, due_by, potential_mentor)

    def search(
        self,
        text: str,
        limit: int = 100,
        include_archived: bool = False,
        *,
        archived: bool | None = None,
        tag_id: int | None = None,
        due_by: date | None = None,
        potential_mentor: bool = False,
    ) -> list[int]:
        """Type-ahead: ids of people whose name starts with `text` first, then ranked matches.

        The list's filters narrow it as they narrow `page`; `archived` (True:
        archived only, False: active only), when given, overrides `include_archived`.
        """
        return search.search_people(
            text,
            limit,
            include_archived,
            archived=archived,
            tag_id=tag_id,
            due_by=due_by,
            potential_mentor=potential_mentor,
        )

    def tags(self) -> list[TagRecord]:
        return [TagRecord.from_row(row) for row in store.list_tags()]

    def tag_names(self) -> list[str]:
        """Every tag's name (for completion): cheaper than `tags`, which counts people."""
        return store.tag_names()

    def skills(self) -> list[str]:
        """Every skill named in the journal (for completion)."""
        return store.skill_names()

    def own_skills(self) -> dict[str, list[str]]:
        """The skills I offer and seek: {"offers": [...], "seeks": [...]}."""
        return store.own_skills()

    def delete_impact(self, person_id: int) -> dict[str, int]:
        """What else goes when this person is deleted (for the confirmation)."""
        person = self.get(person_id)
        return {
            "entries_mentioning": store.entry_count_of(person.id),
            **store.delete_counts(person.id),
        }

    def by_email(self, emails: Sequence[str]) -> dict[str, int]:
        return store.people_by_email(emails)

    # --- writing ---------------------------------------------------------------

    def create(
        self,
        display_name: str | None = None,
        *,
        contact_methods: Sequence[ContactMethod | dict[str, Any]] = (),
        tags: Sequence[str] = (),
        skills_offered: Sequence[str] = (),
        skills_sought: Sequence[str] = (),
        cadence_days: int | None = None,
        photo: bytes | None = None,
        **fields: Any,
    ) -> Person:
        """Add a person. A name is required: `display_name`, or given and family names."""
        values = self._clean_fields(fields)
        values["display_name"] = self._display_name(display_name, values)
        values["cadence_days"] = v.positive_days(
            cadence_days, "cadence_days", QT_TRANSLATE_NOOP("Validation", "Keep-in-touch cadence")
        )
        values["photo"] = self._clean_photo(photo)
        methods = _clean_contact_methods(contact_methods)
        tag_names = v.names(tags, "tags", QT_TRANSLATE_NOOP("Validation", "Tag"))
        offered = v.names(
            skills_offered, "skills_offered", QT_TRANSLATE_NOOP("Validation", "Skill")
        )
        sought = v.names(skills_sought, "skills_sought", QT_TRANSLATE_NOOP("Validation", "Skill"))
        with self._ops.write() as changed:
            person_id = store.insert_person(values)
            if methods:
                store.replace_contact_methods(person_id, methods)
            if tag_names:
                store.set_person_tags(person_id, tag_names)
                changed.touched("tag")
            store.set_person_skills(person_id, SkillDirection.OFFERS, offered)
            store.set_person_skills(person_id, SkillDirection.SEEKS, sought)
            changed.touched("person", person_id)
        return self.get(person_id)

    def update(self, person_id: int, **changes: Any) -> Person:
        """Change some fields of a person; only the fields given are touched.

        Accepts the fields of `create`, plus `contact_methods`, `tags`,
        `skills_offered`, `skills_sought` (each replacing the whole list).
        """
        lists: dict[str, Callable[[], Any]] = {}
        if "contact_methods" in changes:
            methods = _clean_contact_methods(changes.pop("contact_methods"))
            lists["contact_methods"] = lambda: store.replace_contact_methods(person_id, methods)
        if "tags" in changes:
            tag_names = v.names(changes.pop("tags"), "tags", QT_TRANSLATE_NOOP("Validation", "Tag"))
            lists["tags"] = lambda: store.set_person_tags(person_id, tag_names)
        for key, direction in (("skills_offered", "offers"), ("skills_sought", "seeks")):
            if key in changes:
                skill_names = v.names(
                    changes.pop(key), key, QT_TRANSLATE_NOOP("Validation", "Skill")
                )
                lists[key] = lambda d=direction, n=skill_names: store.set_person_skills(
                    person_id, d, n
                )
        values = self._clean_fields(
            {k: changes.pop(k) for k in list(changes) if k in _TEXT_FIELDS or k in _DATE_FIELDS}
        )
        if "display_name" in changes:
            values["display_name"] = v.required_text(
                changes.pop("display_name"), "display_name", QT_TRANSLATE_NOOP("Validation", "Name")
            )
        if "cadence_days" in changes:
            values["cadence_days"] = v.positive_days(
                changes.pop("cadence_days"),
                "cadence_days",
                QT_TRANSLATE_NOOP("Validation", "Keep-in-touch cadence"),
            )
        if "photo" in changes:
            values["photo"] = self._clean_photo(changes.pop("photo"))
        if "archived" in changes:
            values["archived"] = bool(changes.pop("archived"))
        if changes:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "A person has no field called “{value}”."),
                next(iter(changes)),
                value=next(iter(changes)),
            )
        with self._ops.write() as changed:
            if values:
                found = store.update_person(person_id, values)
            else:
                found = bool(store.existing_person_ids([person_id]))
                if found and lists:
                    store.touch_person(person_id)
            if not found:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no person #{person_id} in the journal."
                    ),
                    "person",
                    person_id=person_id,
                )
            for apply in lists.values():
                apply()
            if "tags" in lists:
                changed.touched("tag")
            changed.touched("person", person_id)
        return self.get(person_id)

    def archive(self, person_id: int) -> Person:
        return self.update(person_id, archived=True)

    def unarchive(self, person_id: int) -> Person:
        return self.update(person_id, archived=False)

    def delete(self, person_id: int) -> DeletedPerson:
        """Delete a person with their contact methods, agreements and action items.

        Entries they took part in stay in the journal, without them. The
        snapshot returned puts everything back with `restore` (an undo).
        """
        with self._ops.write() as changed:
            links = store.person_links(person_id)
            rows = store.snapshot_person(person_id)
            if not store.delete_person(person_id):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no person #{person_id} in the journal."
                    ),
                    "person",
                    person_id=person_id,
                )
            changed.removed("person", person_id)
            changed.removed("agreement", *links["agreement"])
            changed.removed("action", *links["action"])
            changed.touched("entry", links["entry"])
            changed.touched("goal", links["goal"])
        assert rows is not None
        return DeletedPerson(person_id, rows["person"][0]["display_name"], rows)

    def restore(self, deleted: DeletedPerson) -> Person:
        """Undo a `delete`: the person comes back with the same uuid, fields, contact
        methods, tags, skills, outreach stage, entry participations, goal memberships,
        agreements (with revisions) and action items, in one transaction.

        Ids are kept where still free; entries, goals, tags and skills deleted in
        the meantime are not recreated (their links are skipped).
        """
        if not isinstance(deleted, DeletedPerson):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "Only a deleted person's snapshot can be restored."
                ),
                "person",
            )
        with self._ops.write() as changed:
            if store.existing_uuid(deleted.rows["person"][0]["uuid"]):
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "{display_name} is already in the journal."),
                    "person",
                    display_name=deleted.display_name,
                )
            person_id = store.restore_person(deleted.rows)
            links = store.person_links(person_id)
            changed.touched("person", person_id)
            changed.touched("agreement", links["agreement"])
            changed.touched("action", links["action"])
            changed.touched("entry", links["entry"])
            changed.touched("goal", links["goal"])
            if deleted.rows["person_tag"]:
                changed.touched("tag")
        return self.get(person_id)

    def set_outreach_stage(self, person_id: int, stage: str | None) -> None:
        """Mark a potential mentor's stage of approach (dated today), or clear it (None)."""
        cleaned = v.optional_choice(
            stage, OutreachStage, "outreach", QT_TRANSLATE_NOOP("Validation", "Outreach stage")
        )
        with self._ops.write() as changed:
            if not store.existing_person_ids([person_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no person #{person_id} in the journal."
                    ),
                    "person",
                    person_id=person_id,
                )
            if cleaned is None:
                outreach_store.remove(person_id)
            else:
                outreach_store.set_stage(person_id, cleaned.value, date.today())
            changed.touched("person", person_id)
            changed.touched("outreach", person_id)

    def set_self(self, person_id: int | None) -> None:
        """Say which person is me, the journal's owner (None: nobody).

        Nobody can have an agreement with me, and I am part of every goal already.
        """
        with self._ops.write() as changed:
            before = store.self_id()
            if person_id is not None:
                if not store.existing_person_ids([person_id]):
                    raise NotFound.of(
                        QT_TRANSLATE_NOOP(
                            "Validation", "There is no person #{person_id} in the journal."
                        ),
                        "person",
                        person_id=person_id,
                    )
                if store.has_agreements(person_id):
                    raise InvalidInput.of(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "This person is the counterpart of a mentorship agreement, so they "
                            "cannot be you.",
                        ),
                        "is_self",
                    )
            store.set_self(person_id)
            changed.touched("person", {before, person_id} - {None})

    def self_id(self) -> int | None:
        """The person who is me, or None."""
        return store.self_id()

    def set_own_skills(
        self, offers: Sequence[str] | None = None, seeks: Sequence[str] | None = None
    ) -> None:
        """The skills I offer and seek; a list given replaces that whole list."""
        offered = (
            v.names(offers, "offers", QT_TRANSLATE_NOOP("Validation", "Skill"))
            if offers is not None
            else None
        )
        sought = (
            v.names(seeks, "seeks", QT_TRANSLATE_NOOP("Validation", "Skill"))
            if seeks is not None
            else None
        )
        with self._ops.write() as changed:
            if offered is not None:
                store.set_own_skills("offers", offered)
            if sought is not None:
                store.set_own_skills("seeks", sought)
            changed.touched("own_skills")

    def update_tag(
        self,
        tag_id: int,
        *,
        name: str | None = None,
        colour: str | None = None,
        is_circle: bool | None = None,
    ) -> None:
        values: dict[str, Any] = {}
        if name is not None:
            values["name"] = v.required_text(
                name, "name", QT_TRANSLATE_NOOP("Validation", "Tag name"), 80
            )
        if colour is not None:
            values["colour"] = v.text(
                colour, "colour", QT_TRANSLATE_NOOP("Validation", "Colour"), 20
            )
        if is_circle is not None:
            values["is_circle"] = bool(is_circle)
        with self._ops.write() as changed:
            if "name" in values:
                same = store.tag_id_for(values["name"], create=False)
                if same is not None and same != tag_id:
                    raise InvalidInput.of(
                        QT_TRANSLATE_NOOP("Validation", "There is already a tag called “{name}”."),
                        "name",
                        name=values["name"],
                    )
            if values and not store.update_tag(tag_id, values):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "There is no tag #{tag_id}."),
                    "tag",
                    tag_id=tag_id,
                )
            changed.touched("tag", tag_id)
            changed.touched("person")

    # --- helpers ---------------------------------------------------------------

    @staticmethod
    def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, raw in fields.items():
            if key in _TEXT_FIELDS:
                label, limit = _TEXT_FIELDS[key]
                values[key] = v.text(raw, key, label, limit)
            elif key in _DATE_FIELDS:
                values[key] = v.a_date(raw, key, _DATE_FIELDS[key])
            else:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP("Validation", "A person has no field called “{key}”."),
                    key,
                    key=key,
                )
        if values.get("birthday") and values["birthday"] > date.today():
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Birthday cannot be in the future."), "birthday"
            )
        return values

    @staticmethod
    def _display_name(display_name: str | None, values: dict[str, Any]) -> str:
        if display_name is not None and (not isinstance(display_name, str) or display_name.strip()):
            return v.required_text(
                display_name, "display_name", QT_TRANSLATE_NOOP("Validation", "Name")
            )
        composed = " ".join(
            part for part in (values.get("given_name", ""), values.get("family_name", "")) if part
        )
        if not composed:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "A person needs a name."), "display_name"
            )
        return v.required_text(composed, "display_name", QT_TRANSLATE_NOOP("Validation", "Name"))

    @staticmethod
    def _clean_photo(photo: bytes | None) -> bytes | None:
        if photo is None:
            return None
        if not isinstance(photo, bytes | bytearray):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "The photo must be image data."), "photo"
            )
        if len(photo) > v.PHOTO_MAX_BYTES:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The photo is too large ({size_kb} KB); it must be scaled down below "
                    "{limit_kb} "
                    "KB first.",
                ),
                "photo",
                size_kb=len(photo) // 1024,
                limit_kb=v.PHOTO_MAX_BYTES // 1024,
            )
        return bytes(photo)
