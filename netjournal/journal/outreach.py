"""Outreach: finding a mentor, one step at a time, with a first message being drafted.

A potential mentor is identified, researched, contacted, met; then they agree,
decline, or never reply. NetJournal keeps the stage, the date of the last step,
notes and the draft of a first message; it never sends anything.
"""

from __future__ import annotations

from datetime import date

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from netjournal.journal import validate as v
from netjournal.journal.operations import JournalApi, Operations
from netjournal.journal.records import OutreachRow
from netjournal.journal.vocab import OutreachStage
from netjournal.store import outreach as store
from netjournal.store import people as people_store


class Outreach(JournalApi):
    """The potential mentors being approached, by stage."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def rows(self) -> list[OutreachRow]:
        """Everyone being approached: by stage, then the oldest last step first."""
        return [OutreachRow.from_row(r) for r in store.outreach_rows()]

    def get(self, person_id: int) -> OutreachRow:
        found = store.outreach_rows(person_id)
        if not found:
            raise NotFound.of(
                QT_TRANSLATE_NOOP("Validation", "Person #{person_id} is not on the outreach list."),
                "person",
                person_id=person_id,
            )
        return OutreachRow.from_row(found[0])

    def set_stage(self, person_id: int, stage: str, on: date | str | None = None) -> OutreachRow:
        """Move a person to `stage` (adding them to the list), the step dated `on` or today."""
        cleaned = v.choice(stage, OutreachStage, "stage", QT_TRANSLATE_NOOP("Validation", "Stage"))
        when = (
            v.a_date(on, "stage_on", QT_TRANSLATE_NOOP("Validation", "Date of the step"))
            or date.today()
        )
        with self._ops.write() as changed:
            person = people_store.get_person(person_id)
            if person is None:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "There is no person #{person_id} in the journal."
                    ),
                    "person",
                    person_id=person_id,
                )
            if person["is_self"]:
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "{display_name} is marked as you: approach someone else."
                    ),
                    "person",
                    display_name=person["display_name"],
                )
            store.set_stage(person_id, cleaned.value, when)
            changed.touched("person", person_id)
            changed.touched("outreach", person_id)
        return self.get(person_id)

    def update(
        self, person_id: int, *, notes: str | None = None, message: str | None = None
    ) -> OutreachRow:
        """Change the notes on an approach, or the draft of the first message."""
        fields = {}
        if notes is not None:
            fields["notes"] = v.text(
                notes, "notes", QT_TRANSLATE_NOOP("Validation", "Notes"), v.LONG_TEXT_MAX
            )
        if message is not None:
            fields["message"] = v.text(
                message,
                "message",
                QT_TRANSLATE_NOOP("Validation", "First message"),
                v.LONG_TEXT_MAX,
            )
        with self._ops.write() as changed:
            if not store.stage_of(person_id):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Person #{person_id} is not on the outreach list."
                    ),
                    "person",
                    person_id=person_id,
                )
            if fields:
                store.update_outreach(person_id, fields)
            changed.touched("outreach", person_id)
        return self.get(person_id)

    def remove(self, person_id: int) -> OutreachRow:
        """Take a person off the list; what is returned puts them back with `put_back`."""
        with self._ops.write() as changed:
            found = store.outreach_rows(person_id)
            if not found:
                raise NotFound.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Person #{person_id} is not on the outreach list."
                    ),
                    "person",
                    person_id=person_id,
                )
            store.remove(person_id)
            changed.touched("person", person_id)
            changed.removed("outreach", person_id)
        return OutreachRow.from_row(found[0])

    def put_back(self, row: OutreachRow) -> OutreachRow:
        """Undo `remove`: the person is back at the same stage, notes and draft."""
        if not isinstance(row, OutreachRow):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "Only a removed outreach can be put back."),
                "person",
            )
        with self._ops.write() as changed:
            if not people_store.existing_person_ids([row.person_id]):
                raise NotFound.of(
                    QT_TRANSLATE_NOOP("Validation", "{display_name} is no longer in the journal."),
                    "person",
                    display_name=row.display_name,
                )
            store.set_stage(row.person_id, row.stage, row.stage_on or date.today())
            store.update_outreach(row.person_id, {"notes": row.notes, "message": row.message})
            changed.touched("person", row.person_id)
            changed.touched("outreach", row.person_id)
        return self.get(row.person_id)
