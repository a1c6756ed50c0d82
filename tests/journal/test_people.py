"""People through the domain API: create, edit, tags, skills, outreach, archive, delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal import validate as v
from netjournal.journal.changes import Change
from netjournal.journal.generate import generate_demo
from netjournal.journal.records import ContactMethod

Snapshot = dict[str, list[tuple[Any, ...]]]

WHEN = datetime(2025, 3, 1, 10, 0, tzinfo=UTC)


def test_create_keeps_every_field(journal: Journal) -> None:
    person = journal.people.create(
        "Ana Silva",
        given_name="Ana",
        family_name="Silva",
        nickname="Aninha",
        pronouns="she/her",
        organization="University of Lisbon",
        role="PhD student",
        met_how="Study group",
        met_where="Library",
        met_on="2024-09-15",
        birthday=date(1999, 4, 1),
        notes="Knows **everything** about scholarships.",
        cadence_days=14,
        photo=b"\x89PNG fake",
        contact_methods=[
            {"kind": "email", "value": "ana@example.org", "label": "work"},
            ContactMethod(kind="phone", value="+351 900 000 000"),
        ],
        tags=["Classmates", "study group"],
        skills_offered=["Statistics"],
        skills_sought=["Public speaking"],
    )
    again = journal.people.get(person.id)
    assert again == person
    assert person.display_name == "Ana Silva"
    assert (person.given_name, person.family_name, person.nickname) == ("Ana", "Silva", "Aninha")
    assert person.pronouns == "she/her"
    assert (person.organization, person.role) == ("University of Lisbon", "PhD student")
    assert (person.met_how, person.met_where) == ("Study group", "Library")
    assert person.met_on == date(2024, 9, 15)
    assert person.birthday == date(1999, 4, 1)
    assert person.notes == "Knows **everything** about scholarships."
    assert person.cadence_days == 14
    assert person.photo == b"\x89PNG fake"
    assert person.archived is False
    assert person.last_contact_at is None
    # Never contacted: the clock runs from when the person was added.
    assert person.next_due_on == person.created_at.date() + timedelta(days=14)
    assert [(m.kind, m.value, m.label) for m in person.contact_methods] == [
        ("email", "ana@example.org", "work"),
        ("phone", "+351 900 000 000", ""),
    ]
    assert person.emails() == ["ana@example.org"]
    assert [t.name for t in person.tags] == ["Classmates", "study group"]
    assert person.skills_offered == ("Statistics",)
    assert person.skills_sought == ("Public speaking",)
    assert person.potential_mentor_stage is None
    assert len(person.uuid) == 36
    assert person.created_at.tzinfo is UTC
    assert person.created_at <= person.updated_at


def test_text_fields_are_stripped(journal: Journal) -> None:
    person = journal.people.create("  Ana  ", organization="  Uni  ", notes="\n note \n")
    assert (person.display_name, person.organization, person.notes) == ("Ana", "Uni", "note")


def test_name_is_composed_from_given_and_family_names(journal: Journal) -> None:
    assert journal.people.create(given_name="Ana", family_name="Silva").display_name == "Ana Silva"
    assert journal.people.create(family_name="Okafor").display_name == "Okafor"
    assert journal.people.create("   ", given_name="Bo").display_name == "Bo"


def test_contact_methods_drop_empty_values_and_duplicates(journal: Journal) -> None:
    person = journal.people.create(
        "Ana",
        contact_methods=[
            {"kind": "email", "value": "ana@example.org"},
            {"kind": "email", "value": "ANA@example.org"},
            {"kind": "phone", "value": "   "},
            {"kind": "url", "value": "https://ana.example"},
            {"kind": "email", "value": "a.silva@uni.example"},
        ],
    )
    assert [(m.kind, m.value) for m in person.contact_methods] == [
        ("email", "ana@example.org"),
        ("email", "a.silva@uni.example"),
        ("url", "https://ana.example"),
    ]


def test_replacing_contact_methods_keeps_unchanged_rows(journal: Journal) -> None:
    person = journal.people.create(
        "Ana",
        contact_methods=[
            {"kind": "email", "value": "ana@example.org"},
            {"kind": "phone", "value": "111"},
        ],
    )
    kept = next(m for m in person.contact_methods if m.kind == "email")
    updated = journal.people.update(
        person.id,
        contact_methods=[
            {"kind": "phone", "value": "222", "label": "mobile"},
            {"kind": "email", "value": "ana@example.org", "label": "home"},
        ],
    )
    assert [(m.kind, m.value, m.label) for m in updated.contact_methods] == [
        ("email", "ana@example.org", "home"),
        ("phone", "222", "mobile"),
    ]
    assert next(m for m in updated.contact_methods if m.kind == "email").id == kept.id
    cleared = journal.people.update(person.id, contact_methods=[])
    assert cleared.contact_methods == ()
    assert journal.people.by_email(["ana@example.org"]) == {}


def test_people_by_email_ignores_case(journal: Journal) -> None:
    ana = journal.people.create("Ana", contact_methods=[{"kind": "email", "value": "Ana@X.org"}])
    bo = journal.people.create("Bo", contact_methods=[{"kind": "email", "value": "bo@x.org"}])
    assert journal.people.by_email(["ana@x.org", "BO@X.ORG", "nobody@x.org"]) == {
        "ana@x.org": ana.id,
        "bo@x.org": bo.id,
    }


def test_tags_are_created_on_type_and_reused_whatever_the_case(journal: Journal) -> None:
    ana = journal.people.create("Ana", tags=["Mentors", "Classmates"])
    bo = journal.people.create("Bo", tags=["mentors", "CLUB"])
    assert [t.name for t in journal.people.tags()] == ["Classmates", "CLUB", "Mentors"]
    tags = {t.name: t for t in journal.people.tags()}
    assert tags["Mentors"].people == 2
    assert tags["Classmates"].people == 1
    assert [t.id for t in ana.tags if t.name == "Mentors"] == [tags["Mentors"].id]
    assert [t.name for t in bo.tags] == ["CLUB", "Mentors"]


def test_tags_with_accented_capitals_are_reused_not_refused(journal: Journal) -> None:
    journal.people.create("Ana", tags=["Élan"], skills_offered=["Économie"])
    bo = journal.people.create("Bo", tags=["Élan"], skills_offered=["Économie"])
    cy = journal.people.create("Cy", tags=["élan"], skills_sought=["économie"])
    assert [t.name for t in bo.tags] == ["Élan"]
    assert [t.name for t in cy.tags] == ["Élan"]
    assert cy.skills_sought == ("Économie",)
    assert [(t.name, t.people) for t in journal.people.tags()] == [("Élan", 3)]
    assert journal.stats()["skills"] == 1


def test_tags_list_is_sorted_and_counts_people(journal: Journal) -> None:
    journal.people.create("Ana", tags=["b-tag", "A-tag"])
    journal.people.create("Bo", tags=["a-tag"])
    assert [(t.name, t.people) for t in journal.people.tags()] == [("A-tag", 2), ("b-tag", 1)]


def test_updating_tags_replaces_the_whole_list(journal: Journal) -> None:
    person = journal.people.create("Ana", tags=["one", "two"])
    after = journal.people.update(person.id, tags=["TWO", "three"])
    assert [t.name for t in after.tags] == ["three", "two"]
    # The unused tag stays in the vocabulary, with nobody in it.
    assert [(t.name, t.people) for t in journal.people.tags()] == [
        ("one", 0),
        ("three", 1),
        ("two", 1),
    ]


def test_update_tag_renames_recolours_and_marks_circles(journal: Journal) -> None:
    person = journal.people.create("Ana", tags=["profs"])
    tag_id = person.tags[0].id
    journal.people.update_tag(tag_id, name="Professors", colour="#aa0000", is_circle=True)
    (tag,) = journal.people.tags()
    assert (tag.id, tag.name, tag.colour, tag.is_circle, tag.people) == (
        tag_id,
        "Professors",
        "#aa0000",
        True,
        1,
    )
    assert [t.name for t in journal.people.get(person.id).tags] == ["Professors"]


def test_update_tag_to_a_name_in_use_is_refused_readably(
    journal: Journal, snapshot: Callable[[], Snapshot]
) -> None:
    journal.people.create("Ana", tags=["mentors", "profs"])
    profs = next(t for t in journal.people.tags() if t.name == "profs")
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.people.update_tag(profs.id, name="Mentors")
    assert caught.value.field == "name"
    assert "mentors" in str(caught.value).lower()
    assert "UNIQUE" not in str(caught.value)
    assert snapshot() == before


def test_update_tag_refuses_unknown_id_and_empty_name(journal: Journal) -> None:
    with pytest.raises(NotFound) as caught:
        journal.people.update_tag(999, name="x")
    assert caught.value.field == "tag"
    journal.people.create("Ana", tags=["t"])
    (tag,) = journal.people.tags()
    with pytest.raises(InvalidInput) as caught:
        journal.people.update_tag(tag.id, name="  ")
    assert caught.value.field == "name"


def test_skills_offered_and_sought_share_one_vocabulary(journal: Journal) -> None:
    ana = journal.people.create("Ana", skills_offered=["Python", "Essay writing"])
    bo = journal.people.create("Bo", skills_sought=["python"], skills_offered=["Chess"])
    assert ana.skills_offered == ("Essay writing", "Python")
    assert bo.skills_sought == ("Python",)
    assert bo.skills_offered == ("Chess",)
    assert journal.stats()["skills"] == 3
    updated = journal.people.update(ana.id, skills_offered=["Chess"], skills_sought=["Python"])
    assert (updated.skills_offered, updated.skills_sought) == (("Chess",), ("Python",))


def test_a_person_can_offer_and_seek_the_same_skill(journal: Journal) -> None:
    ana = journal.people.create("Ana", skills_offered=["Python"], skills_sought=["python"])
    assert (ana.skills_offered, ana.skills_sought) == (("Python",), ("Python",))


def test_own_skills(journal: Journal) -> None:
    assert journal.people.own_skills() == {"offers": [], "seeks": []}
    journal.people.set_own_skills(offers=["Tutoring", "calculus"], seeks=["Networking"])
    assert journal.people.own_skills() == {
        "offers": ["calculus", "Tutoring"],
        "seeks": ["Networking"],
    }
    # A list left out stays as it was; a list given replaces the whole list.
    journal.people.set_own_skills(seeks=["Interviews", "NETWORKING"])
    assert journal.people.own_skills() == {
        "offers": ["calculus", "Tutoring"],
        "seeks": ["Interviews", "Networking"],
    }
    journal.people.set_own_skills(offers=[])
    assert journal.people.own_skills()["offers"] == []


def test_outreach_stage_is_set_changed_and_cleared(journal: Journal) -> None:
    prof = journal.people.create("Prof. Okafor")
    other = journal.people.create("Bo")
    journal.people.set_outreach_stage(prof.id, "identified")
    assert journal.people.get(prof.id).potential_mentor_stage == "identified"
    journal.people.set_outreach_stage(prof.id, "contacted")
    assert journal.people.get(prof.id).potential_mentor_stage == "contacted"
    assert journal.stats()["outreach"] == 1
    assert journal.people.page(potential_mentor=True).ids == (prof.id,)
    assert journal.people.count(potential_mentor=True) == 1
    journal.people.set_outreach_stage(prof.id, None)
    assert journal.people.get(prof.id).potential_mentor_stage is None
    assert journal.people.page(potential_mentor=True).ids == ()
    assert journal.people.get(other.id).potential_mentor_stage is None


def test_outreach_stage_refuses_bad_stage_and_unknown_person(
    journal: Journal, snapshot: Callable[[], Snapshot]
) -> None:
    prof = journal.people.create("Prof")
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.people.set_outreach_stage(prof.id, "stalking")
    assert caught.value.field == "outreach"
    assert "stalking" in str(caught.value)
    with pytest.raises(NotFound) as caught:
        journal.people.set_outreach_stage(prof.id + 1, "identified")
    assert caught.value.field == "person"
    assert snapshot() == before


def test_update_touches_only_the_fields_given(journal: Journal) -> None:
    person = journal.people.create(
        "Ana", organization="Uni", role="Student", tags=["x"], cadence_days=7
    )
    after = journal.people.update(person.id, role="Researcher", notes="Moved labs.")
    assert (after.organization, after.role, after.notes) == ("Uni", "Researcher", "Moved labs.")
    assert [t.name for t in after.tags] == ["x"]
    assert after.cadence_days == 7
    assert after.updated_at > person.updated_at
    assert after.created_at == person.created_at
    cleared = journal.people.update(person.id, cadence_days=None, met_on=None)
    assert (cleared.cadence_days, cleared.next_due_on, cleared.met_on) == (None, None, None)


def test_update_renames(journal: Journal) -> None:
    person = journal.people.create("Ana")
    assert journal.people.update(person.id, display_name=" Ana Silva ").display_name == "Ana Silva"


def test_archive_and_unarchive(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    bo = journal.people.create("Bo")
    assert journal.people.archive(ana.id).archived is True
    assert journal.people.page().ids == (bo.id,)
    assert journal.people.page(archived=True).ids == (ana.id,)
    assert journal.people.page(archived=None).ids == (ana.id, bo.id)
    assert (journal.people.count(), journal.people.count(archived=True)) == (1, 1)
    assert journal.stats()["archived_people"] == 1
    assert journal.people.unarchive(ana.id).archived is False
    assert journal.people.page().ids == (ana.id, bo.id)
    assert journal.stats()["archived_people"] == 0


def test_rows_follow_the_order_given_and_skip_missing_ids(journal: Journal) -> None:
    ana = journal.people.create("Ana", organization="Uni", tags=["b", "A"], cadence_days=3)
    bo = journal.people.create("Bo")
    rows = journal.people.rows([bo.id, 999, ana.id])
    assert [r.id for r in rows] == [bo.id, ana.id]
    row = rows[1]
    assert (row.display_name, row.organization, row.archived, row.cadence_days) == (
        "Ana",
        "Uni",
        False,
        3,
    )
    assert [t.name for t in row.tags] == ["A", "b"]
    assert row.next_due_on == ana.next_due_on
    assert row.uuid == ana.uuid


def test_tag_filter(journal: Journal) -> None:
    ana = journal.people.create("Ana", tags=["mentors"])
    journal.people.create("Bo", tags=["club"])
    cy = journal.people.create("Cy", tags=["Mentors", "club"])
    tag_id = next(t.id for t in journal.people.tags() if t.name == "mentors")
    assert journal.people.page(tag_id=tag_id).ids == (ana.id, cy.id)
    assert journal.people.count(tag_id=tag_id) == 2


def test_delete_removes_the_person_and_what_is_only_theirs(journal: Journal) -> None:
    ana = journal.people.create(
        "Ana",
        contact_methods=[{"kind": "email", "value": "ana@x.org"}],
        tags=["mentors"],
        skills_offered=["Python"],
    )
    bo = journal.people.create("Bo")
    entry = journal.entries.log("coffee", WHEN, [ana.id, bo.id], title="Coffee")
    goal = journal.goals.create("Thesis", members=[(ana.id, "mentor"), (bo.id, "supporter")])
    agreement = journal.mentorships.create(ana.id, "mentee")
    journal.mentorships.add_action("Send draft", agreement_id=agreement.id)
    journal.mentorships.add_action("Call Ana", person_id=ana.id)
    journal.people.set_outreach_stage(ana.id, "agreed")
    assert journal.people.delete_impact(ana.id) == {
        "entries_mentioning": 1,
        "agreements": 1,
        "action_items": 2,
        "goal_memberships": 1,
    }

    journal.people.delete(ana.id)

    with pytest.raises(NotFound):
        journal.people.get(ana.id)
    stats = journal.stats()
    assert stats["people"] == 1
    assert stats["agreements"] == 0
    assert stats["action_items"] == 0
    assert stats["outreach"] == 0
    assert stats["tags"] == 1  # the tag stays in the vocabulary
    assert stats["skills"] == 1
    assert journal.entries.get(entry.id).participant_ids == (bo.id,)
    assert [m.person_id for m in journal.goals.get(goal.id).members] == [bo.id]
    assert journal.people.by_email(["ana@x.org"]) == {}
    assert journal.check() == []


def test_restore_puts_back_everything_delete_took(journal: Journal) -> None:
    ana = journal.people.create(
        "Ana \u200fעברית 🎓",
        contact_methods=[{"kind": "email", "value": "ana@x.org", "label": "work"}],
        tags=["mentors"],
        skills_offered=["Python"],
        skills_sought=["Go"],
        notes="Met at the fair",
    )
    bo = journal.people.create("Bo")
    entry = journal.entries.log("coffee", WHEN, [ana.id, bo.id], title="Coffee")
    goal = journal.goals.create("Thesis", members=[(ana.id, "mentor"), (bo.id, "supporter")])
    agreement = journal.mentorships.create(ana.id, "mentee", goal_ids=[goal.id])
    call = journal.entries.log("call", WHEN, [ana.id], agreement_id=agreement.id)
    journal.mentorships.add_action("Send draft", agreement_id=agreement.id)
    journal.mentorships.add_action("Call Ana", person_id=ana.id)
    journal.people.set_outreach_stage(ana.id, "agreed")
    before = journal.people.get(ana.id)
    stats = journal.stats()
    agreement_before = journal.mentorships.get(agreement.id)
    actions_before = journal.mentorships.actions()
    seen: list[Change] = []
    journal.subscribe(seen.append)

    deleted = journal.people.delete(ana.id)
    assert deleted.display_name == "Ana \u200fעברית 🎓"
    assert journal.stats()["agreements"] == 0
    restored = journal.people.restore(deleted)

    assert restored == before
    assert journal.stats() == stats
    assert journal.mentorships.get(agreement.id) == agreement_before
    assert journal.mentorships.actions() == actions_before
    assert journal.entries.get(entry.id).participant_ids == (ana.id, bo.id)
    assert journal.entries.get(call.id).agreement_id == agreement.id
    assert sorted(m.person_id for m in journal.goals.get(goal.id).members) == [ana.id, bo.id]
    assert journal.people.by_email(["ana@x.org"]) == {"ana@x.org": ana.id}
    assert journal.people.search("עברית") == [ana.id]
    assert journal.check() == []
    assert ana.id in seen[-1].ids_of("person")
    with pytest.raises(InvalidInput):
        journal.people.restore(deleted)  # already back


def test_restore_skips_links_to_what_was_deleted_meanwhile(journal: Journal) -> None:
    ana = journal.people.create("Ana")
    entry = journal.entries.log("coffee", WHEN, [ana.id])
    deleted = journal.people.delete(ana.id)
    journal.entries.delete(entry.id)
    other = journal.people.create("Bo")  # may take Ana's old id

    restored = journal.people.restore(deleted)

    assert restored.uuid == ana.uuid
    assert journal.entries.of_person(restored.id) == []
    assert journal.people.get(other.id).display_name == "Bo"
    assert journal.check() == []


def test_delete_unknown_person(journal: Journal) -> None:
    with pytest.raises(NotFound) as caught:
        journal.people.delete(42)
    assert caught.value.field == "person"
    assert str(caught.value) == "There is no person #42 in the journal."


def test_get_unknown_person(journal: Journal) -> None:
    with pytest.raises(NotFound) as caught:
        journal.people.get(7)
    assert caught.value.field == "person"


def test_page_refuses_unknown_sort(journal: Journal) -> None:
    with pytest.raises(InvalidInput) as caught:
        journal.people.page(sort="shoe_size")
    assert caught.value.field == "sort"


# --- bad input writes nothing ----------------------------------------------------------

BAD_CREATES: list[tuple[dict[str, Any], str]] = [
    ({"display_name": ""}, "display_name"),
    ({"display_name": "   \t "}, "display_name"),
    ({"display_name": None}, "display_name"),
    ({"display_name": "x" * (v.NAME_MAX + 1)}, "display_name"),
    ({"display_name": 123}, "display_name"),
    ({"display_name": "Ana", "met_on": "2025-02-30"}, "met_on"),
    ({"display_name": "Ana", "birthday": "1999-13-01"}, "birthday"),
    ({"display_name": "Ana", "birthday": date.today() + timedelta(days=1)}, "birthday"),
    ({"display_name": "Ana", "organization": "o" * (v.NAME_MAX + 1)}, "organization"),
    ({"display_name": "Ana", "notes": "n" * (v.LONG_TEXT_MAX + 1)}, "notes"),
    ({"display_name": "Ana", "pronouns": "p" * 61}, "pronouns"),
    ({"display_name": "Ana", "cadence_days": 0}, "cadence_days"),
    ({"display_name": "Ana", "cadence_days": -7}, "cadence_days"),
    ({"display_name": "Ana", "cadence_days": "weekly"}, "cadence_days"),
    (
        {"display_name": "Ana", "contact_methods": [{"kind": "fax", "value": "1"}]},
        "contact_methods",
    ),
    (
        {"display_name": "Ana", "contact_methods": [{"kind": "email", "value": "ana.x.org"}]},
        "contact_methods",
    ),
    (
        {"display_name": "Ana", "contact_methods": [{"kind": "email", "value": "ana@"}]},
        "contact_methods",
    ),
    (
        {"display_name": "Ana", "contact_methods": [{"kind": "email", "value": "@x.org"}]},
        "contact_methods",
    ),
    (
        {"display_name": "Ana", "contact_methods": [{"kind": "email", "value": "a@b@c.org"}]},
        "contact_methods",
    ),
    (
        {"display_name": "Ana", "contact_methods": [{"kind": "email", "value": "ana silva@x.org"}]},
        "contact_methods",
    ),
    ({"display_name": "Ana", "contact_methods": ["ana@x.org"]}, "contact_methods"),
    ({"display_name": "Ana", "contact_methods": [{"kind": None, "value": "x"}]}, "contact_methods"),
    ({"display_name": "Ana", "tags": ["ok", "t" * (v.NAME_MAX + 1)]}, "tags"),
    ({"display_name": "Ana", "tags": "friends"}, "tags"),
    ({"display_name": "Ana", "skills_offered": ["s" * (v.NAME_MAX + 1)]}, "skills_offered"),
    ({"display_name": "Ana", "skills_sought": ["a\x00b"]}, "skills_sought"),
    ({"display_name": "Ana", "photo": b"x" * (v.PHOTO_MAX_BYTES + 1)}, "photo"),
    ({"display_name": "Ana", "photo": "not bytes"}, "photo"),
    ({"display_name": "Ana", "shoe_size": 42}, "shoe_size"),
    ({"display_name": "Ana", "archived": True}, "archived"),
]


@pytest.mark.parametrize(("fields", "field"), BAD_CREATES)
def test_bad_create_is_refused_and_writes_nothing(
    journal: Journal,
    snapshot: Callable[[], Snapshot],
    heard: list[Change],
    readable: Callable[[Exception], None],
    fields: dict[str, Any],
    field: str,
) -> None:
    journal.people.create("Existing", tags=["t"])
    heard.clear()
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.people.create(**fields)
    assert caught.value.field == field
    readable(caught.value)
    assert str(caught.value)  # a sentence a person can read
    assert "Traceback" not in str(caught.value)
    assert snapshot() == before
    assert heard == []


BAD_UPDATES: list[tuple[dict[str, Any], str]] = [
    ({"display_name": ""}, "display_name"),
    ({"display_name": "  "}, "display_name"),
    ({"met_on": "2025-02-30"}, "met_on"),
    ({"role": "r" * (v.NAME_MAX + 1)}, "role"),
    ({"cadence_days": 0}, "cadence_days"),
    ({"cadence_days": -1}, "cadence_days"),
    ({"contact_methods": [{"kind": "email", "value": "nope"}]}, "contact_methods"),
    ({"contact_methods": [{"kind": "pager", "value": "1"}]}, "contact_methods"),
    ({"colour": "red"}, "colour"),
    ({"organization": "New Org", "tags": ["fine", "x" * (v.NAME_MAX + 1)]}, "tags"),
    ({"organization": "New Org", "shoe_size": 42}, "shoe_size"),
    ({"notes": "ok", "photo": b"x" * (v.PHOTO_MAX_BYTES + 1)}, "photo"),
]


@pytest.mark.parametrize(("changes", "field"), BAD_UPDATES)
def test_bad_update_is_refused_and_writes_nothing(
    journal: Journal,
    snapshot: Callable[[], Snapshot],
    heard: list[Change],
    readable: Callable[[Exception], None],
    changes: dict[str, Any],
    field: str,
) -> None:
    person = journal.people.create(
        "Ana", organization="Uni", tags=["t"], cadence_days=7, met_on="2024-01-01"
    )
    heard.clear()
    before = snapshot()
    with pytest.raises(InvalidInput) as caught:
        journal.people.update(person.id, **changes)
    assert caught.value.field == field
    readable(caught.value)
    assert snapshot() == before
    assert journal.people.get(person.id) == person
    assert heard == []


def test_update_of_unknown_person_writes_nothing(
    journal: Journal, snapshot: Callable[[], Snapshot], heard: list[Change]
) -> None:
    journal.people.create("Ana")
    heard.clear()
    before = snapshot()
    for changes in ({"role": "x"}, {"tags": ["new-tag"]}, {}, {"skills_offered": ["New"]}):
        with pytest.raises(NotFound) as caught:
            journal.people.update(999, **changes)
        assert caught.value.field == "person"
    assert snapshot() == before
    assert heard == []


def test_a_page_with_rows_carries_the_same_rows_as_rows(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva", tags=["mentors", "Classmates"])
    bo = journal.people.create("Bo Chen", tags=["classmates"])
    chiara = journal.people.create("Chiara Rossi")
    journal.entries.log("call", WHEN, [bo.id], title="Call")
    for sort in ("name", "last_contact", "next_due", "organization"):
        page = journal.people.page(sort=sort, limit=2, with_rows=True)
        assert list(page.rows) == journal.people.rows(page.ids)
        following = journal.people.page(sort=sort, cursor=page.cursor, limit=2, with_rows=True)
        assert list(following.rows) == journal.people.rows(following.ids)
        assert len({*page.ids, *following.ids}) == 3
    rows = journal.people.page(with_rows=True).rows
    assert [r.id for r in rows] == [ana.id, bo.id, chiara.id]
    assert [t.name for t in rows[0].tags] == ["Classmates", "mentors"]
    assert rows[1].last_contact_at == WHEN
    assert rows[0].tags[0] is rows[1].tags[0]  # one record per tag within a page


def test_rows_of_a_repeated_id_are_two_equal_rows(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva", tags=["mentors"])
    first, second = journal.people.rows([ana.id, ana.id])
    assert first == second
    assert first.tags[0].name == "mentors"


def test_get_many_gives_what_get_gives_in_the_order_asked(journal: Journal) -> None:
    generate_demo(journal)
    ids = list(journal.people.page(limit=1000, archived=None).ids)
    assert len(ids) > 10
    wanted = [*reversed(ids), ids[0], 999_999]  # any order, one twice, one missing
    assert journal.people.get_many(wanted) == [journal.people.get(i) for i in wanted[:-1]]
    assert journal.people.get_many([]) == []
