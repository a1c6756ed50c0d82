"""Outreach: potential mentors, step by step, and the first message being drafted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal

Snapshot = dict[str, list[tuple[Any, ...]]]


def test_steps_are_dated_and_the_list_goes_by_stage(journal: Journal) -> None:
    hana = journal.people.create("Hana", organization="Northwind").id
    dan = journal.people.create("Daniel").id
    fat = journal.people.create("Fatima").id
    journal.outreach.set_stage(hana, "contacted", on="2026-10-01")
    journal.outreach.set_stage(dan, "identified")
    journal.outreach.set_stage(fat, "identified", on=date(2026, 1, 1))
    rows = journal.outreach.rows()
    assert [(r.display_name, r.stage) for r in rows] == [
        ("Fatima", "identified"),
        ("Daniel", "identified"),
        ("Hana", "contacted"),
    ]
    assert rows[1].stage_on == date.today()
    assert (rows[2].organization, rows[2].stage_on) == ("Northwind", date(2026, 10, 1))
    # The person's card knows their stage.
    assert journal.people.get(hana).potential_mentor_stage == "contacted"
    moved = journal.outreach.set_stage(hana, "meeting")
    assert (moved.stage, moved.stage_on) == ("meeting", date.today())


def test_notes_and_the_first_message_are_kept(journal: Journal) -> None:
    hana = journal.people.create("Hana").id
    journal.outreach.set_stage(hana, "researched")
    row = journal.outreach.update(hana, notes="Read her talk", message="Dear Hana, …")
    assert (row.notes, row.message) == ("Read her talk", "Dear Hana, …")
    assert journal.outreach.update(hana, notes="More").message == "Dear Hana, …"


def test_remove_and_put_back(journal: Journal, snapshot: Callable[[], Snapshot]) -> None:
    hana = journal.people.create("Hana").id
    journal.outreach.set_stage(hana, "contacted", on="2026-05-05")
    journal.outreach.update(hana, notes="n", message="m")
    removed = journal.outreach.remove(hana)
    assert journal.outreach.rows() == []
    back = journal.outreach.put_back(removed)
    assert (back.stage, back.stage_on, back.notes, back.message) == (
        "contacted",
        date(2026, 5, 5),
        "n",
        "m",
    )


def test_bad_outreach_is_refused_and_writes_nothing(
    journal: Journal, snapshot: Callable[[], Snapshot], readable: Callable[[Exception], None]
) -> None:
    hana = journal.people.create("Hana").id
    me = journal.people.create("Me").id
    journal.people.set_self(me)
    before = snapshot()
    for call, field in (
        (lambda: journal.outreach.set_stage(hana, "stalking"), "stage"),
        (lambda: journal.outreach.set_stage(hana, "contacted", on="2026-13-01"), "stage_on"),
        (lambda: journal.outreach.set_stage(999, "identified"), "person"),
        (lambda: journal.outreach.set_stage(me, "identified"), "person"),
        (lambda: journal.outreach.update(hana, notes="x"), "person"),
        (lambda: journal.outreach.remove(hana), "person"),
    ):
        with pytest.raises(InvalidInput) as caught:
            call()
        assert caught.value.field == field
        readable(caught.value)
    journal.outreach.set_stage(hana, "identified")
    with pytest.raises(InvalidInput):
        journal.outreach.update(hana, message="m" * 200_001)
    with pytest.raises(NotFound):
        journal.outreach.get(me)
    journal.outreach.remove(hana)
    assert snapshot() == before
