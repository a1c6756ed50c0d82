"""Full-text search: type-ahead over people, text filter over entries, index kept in step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlcipher3 import dbapi2 as sqlite3  # the same SQLite library as the journal

from netjournal.journal import Journal
from netjournal.store import search
from netjournal.store.models import Skill

WHEN = datetime(2025, 3, 1, 10, tzinfo=UTC)


def indexed_people(journal: Journal) -> dict[int, tuple[str, ...]]:
    """The person index as stored in the file: rowid → (name, org, role, notes, tags, skills)."""
    con = sqlite3.connect(f"file:{journal.path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT rowid, name, organization, role, notes, tags, skills FROM person_search"
        )
        return {row[0]: tuple(row[1:]) for row in rows}
    finally:
        con.close()


def test_fts_query_quotes_every_word_as_a_prefix() -> None:
    assert search.fts_query("Ana  Silva") == '"Ana"* "Silva"*'
    assert search.fts_query("Ana", prefix=False) == '"Ana"'
    assert search.fts_query('a"b NEAR(c') == '"a"* "b"* "NEAR"* "c"*'
    assert search.fts_query("") is None
    assert search.fts_query("  ---  ") is None
    assert search.fts_query(None) is None  # type: ignore[arg-type]


def test_prefix_finds_names_while_typing(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva")
    journal.people.create("Bruno")
    for typed in ("a", "an", "AN", "ana", "ana s", "silv", "  an  "):
        assert journal.people.search(typed) == [ana.id], typed
    assert journal.people.search("anab") == []
    assert journal.people.search("") == []
    assert journal.people.search("   ") == []


def test_diacritics_are_folded_both_ways(journal: Journal) -> None:
    jose = journal.people.create("José Müller", organization="Universität Zürich")
    plain = journal.people.create("Jose Muller")
    assert sorted(journal.people.search("jose")) == sorted([jose.id, plain.id])
    assert sorted(journal.people.search("JOSÉ")) == sorted([jose.id, plain.id])
    assert sorted(journal.people.search("muller")) == sorted([jose.id, plain.id])
    assert journal.people.search("zurich") == [jose.id]
    assert journal.people.search("universitat") == [jose.id]


def test_names_that_start_with_the_text_come_first(journal: Journal) -> None:
    by_notes = journal.people.create("Zed", notes="Met Anders at the fair")
    by_org = journal.people.create("Yara", organization="Anthropology Society")
    by_family = journal.people.create("Bo Andersen")
    second = journal.people.create("andrea")
    first = journal.people.create("Ana")
    assert journal.people.search("an") == [
        first.id,
        second.id,
        by_family.id,
        by_org.id,
        by_notes.id,
    ]
    assert journal.people.search("an", limit=2) == [first.id, second.id]
    assert journal.people.search("an", limit=3) == [first.id, second.id, by_family.id]


def test_accented_capitals_typed_find_names_starting_with_them(journal: Journal) -> None:
    # Shorter names matching "el" rank higher in the index than Élodie Martin does;
    # only the name range puts the name that starts with what was typed first.
    for _ in range(3):
        journal.people.create("Eli")
    elodie = journal.people.create("Élodie Martin")
    assert journal.people.search("Él", limit=1) == [elodie.id]
    assert journal.people.search("Élo") == [elodie.id]


def test_every_field_is_searchable(journal: Journal) -> None:
    person = journal.people.create(
        "Ana",
        nickname="Nina",
        organization="Gulbenkian Foundation",
        role="Curator",
        notes="Loves **origami**.",
        tags=["Volunteers"],
        skills_offered=["Calligraphy"],
        skills_sought=["Kayaking"],
    )
    for typed in ("nina", "gulben", "curat", "origami", "volunt", "callig", "kayak"):
        assert journal.people.search(typed) == [person.id], typed


def test_index_follows_edits(journal: Journal) -> None:
    person = journal.people.create("Ana", organization="Uni", notes="chess")
    journal.people.update(person.id, display_name="Beatriz", organization="Lab", notes="go")
    assert journal.people.search("ana") == []
    assert journal.people.search("chess") == []
    assert journal.people.search("beat") == [person.id]
    assert journal.people.search("lab") == [person.id]
    assert indexed_people(journal)[person.id] == ("Beatriz", "Lab", "", "go", "", "")


def test_tag_rename_and_removal_keep_the_index_in_step(journal: Journal) -> None:
    ana = journal.people.create("Ana", tags=["Chess club", "Mentors"])
    bo = journal.people.create("Bo", tags=["chess club"])
    tag_id = next(t.id for t in journal.people.tags() if t.name == "Chess club")
    journal.people.update_tag(tag_id, name="Go society")
    assert journal.people.search("chess") == []
    assert sorted(journal.people.search("society")) == sorted([ana.id, bo.id])
    journal.people.update(ana.id, tags=["Mentors"])
    assert journal.people.search("society") == [bo.id]
    assert journal.people.search("mentors") == [ana.id]
    assert indexed_people(journal)[ana.id][4] == "Mentors"
    journal.people.update(ana.id, tags=[])
    assert journal.people.search("mentors") == []
    assert indexed_people(journal)[ana.id][4] == ""


def test_skill_rename_and_removal_keep_the_index_in_step(journal: Journal) -> None:
    ana = journal.people.create("Ana", skills_offered=["Pottery"])
    bo = journal.people.create("Bo", skills_sought=["pottery"], skills_offered=["Welding"])
    # No domain operation renames a skill yet; the trigger must still hold for the store.
    Skill.update(name="Ceramics").where(Skill.name == "Pottery").execute()
    assert journal.people.search("pottery") == []
    assert sorted(journal.people.search("ceram")) == sorted([ana.id, bo.id])
    journal.people.update(bo.id, skills_sought=[])
    assert journal.people.search("ceram") == [ana.id]
    assert journal.people.search("weld") == [bo.id]
    assert indexed_people(journal)[bo.id][5] == "Welding"


def test_archived_people_only_when_asked(journal: Journal) -> None:
    ana = journal.people.create("Ana", organization="Anchor Lab")
    ann = journal.people.create("Ann", organization="Anchor Lab")
    journal.people.archive(ann.id)
    assert journal.people.search("an") == [ana.id]
    assert journal.people.search("anchor") == [ana.id]
    assert journal.people.search("an", include_archived=True) == [ana.id, ann.id]
    assert sorted(journal.people.search("anchor", include_archived=True)) == [ana.id, ann.id]
    journal.people.unarchive(ann.id)
    assert journal.people.search("ann") == [ann.id]


def test_deleted_people_leave_the_index(journal: Journal) -> None:
    ana = journal.people.create("Ana", tags=["club"], skills_offered=["Chess"])
    bo = journal.people.create("Bo")
    journal.people.delete(ana.id)
    assert journal.people.search("ana", include_archived=True) == []
    assert journal.people.search("club", include_archived=True) == []
    assert set(indexed_people(journal)) == {bo.id}
    assert journal.check() == []


NASTY = [
    '"',
    "'",
    "*",
    "NEAR(",
    "NEAR(a b",
    "a OR",
    "OR",
    "a AND",
    "AND",
    "NOT",
    "NOT a",
    "-",
    "-a",
    "a -b",
    "(",
    ")",
    "(a",
    ":",
    "name:",
    "name:ana",
    "{name}: ana",
    "^",
    "^ana",
    '""',
    '"a',
    "a*",
    "*a",
    "\\",
    '\\\\"',
    "😀",
    "ana 😀 silva",
    "a" * 1000,
    "an " * 333,
    "!@#$%^&*()_+-=[]{}|;':\",./<>?`~",
    "...",
    "_",
    "a_b",
    "'; DROP TABLE person; --",
    '" OR 1=1 --',
    "ana' OR '1'='1",
    "1; DELETE FROM entry",
    "%",
    "a%",
    "\x00",
    "a\x00b",
    "\t\n\r",
    "a\U0010ffff",
    "\U0010ffff",
    "a\ud7ff",
    "a\ud800",
    "\ud83d",
    "a@",
    "Z",
    "z\x7f",
    "ª",
    "²",
    "ß",
    "İ",
    "中文",
    "مرحبا",
    "a\u0301",
]


@pytest.mark.parametrize("text", NASTY)
def test_any_text_is_a_valid_query(journal: Journal, text: str) -> None:
    ana = journal.people.create("Ana Silva", notes="ana OR near 中文 ß")
    journal.entries.log("note", WHEN, [ana.id], title="Ana's note", body="NEAR the AND")
    found = journal.people.search(text)
    assert isinstance(found, list)
    assert set(found) <= {ana.id}
    assert journal.people.search(text, include_archived=True) == found
    page = journal.entries.page(text=text)
    assert isinstance(page.ids, tuple)
    assert journal.entries.count(text=text) == len(page.ids)
    # Nothing was harmed.
    assert journal.people.count() == 1
    assert journal.entries.count() == 1


def test_search_finds_real_words_among_syntax(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva")
    assert journal.people.search('"ana') == [ana.id]
    assert journal.people.search("NEAR(ana") == []  # "near" must match too
    assert journal.people.search("(ana) -silva") == [ana.id]
    assert journal.people.search("中文") == []


def test_search_limit(journal: Journal) -> None:
    ids = [journal.people.create(f"Sam {i:02d}").id for i in range(30)]
    assert journal.people.search("sam", limit=10) == ids[:10]
    assert journal.people.search("sam") == ids


def test_entry_search_title_and_body_follow_edits_and_deletes(journal: Journal) -> None:
    first = journal.entries.log("note", WHEN, title="Scholarship essay", body="about Lisbon")
    second = journal.entries.log("note", WHEN, title="Other", body="nothing")

    def found(text: str) -> tuple[int, ...]:
        return journal.entries.page(text=text, descending=False).ids

    assert found("essay") == (first.id,)
    assert found("lisb") == (first.id,)
    assert found("scholarship lisbon") == (first.id,)
    assert found("scholarship nothing") == ()
    journal.entries.update(first.id, title="Internship letter", body="about Porto")
    assert found("essay") == ()
    assert found("lisbon") == ()
    assert found("internship") == (first.id,)
    assert found("porto") == (first.id,)
    journal.entries.update(second.id, kind="call")  # no text change: still indexed once
    assert found("nothing") == (second.id,)
    journal.entries.delete(first.id)
    assert found("internship") == ()
    assert found("porto") == ()
    assert journal.check() == []


def test_entry_search_folds_diacritics(journal: Journal) -> None:
    entry = journal.entries.log("note", WHEN, title="Café in São Paulo")
    assert journal.entries.page(text="cafe sao").ids == (entry.id,)
    assert journal.entries.page(text="CAFÉ").ids == (entry.id,)


def test_entry_text_that_has_no_words_does_not_filter(journal: Journal) -> None:
    entry = journal.entries.log("note", WHEN, title="x")
    assert journal.entries.page(text="***").ids == (entry.id,)
    assert journal.entries.page(text="").ids == (entry.id,)


def test_rebuilding_the_indexes_changes_no_result(journal: Journal) -> None:
    ana = journal.people.create("Ana", tags=["club"], skills_offered=["Chess"])
    entry = journal.entries.log("note", WHEN, [ana.id], title="Chess night")
    before = indexed_people(journal)
    search.rebuild_person_index()
    search.rebuild_entry_index()
    assert indexed_people(journal) == before
    assert journal.people.search("chess") == [ana.id]
    assert journal.entries.page(text="night").ids == (entry.id,)
    assert journal.check() == []


def test_entry_words_shorter_than_three_letters_match_whole_words(journal: Journal) -> None:
    coffee = journal.entries.log("coffee", WHEN, title="Coffee with Ana").id
    co = journal.entries.log("note", WHEN, title="A co op idea").id
    assert search.fts_query("co coff", min_prefix=3) == '"co" "coff"*'
    assert journal.entries.page(text="co").ids == (co,)
    assert journal.entries.page(text="cof").ids == (coffee,)
    assert journal.entries.page(text="an").ids == ()
    assert journal.entries.page(text="ana").ids == (coffee,)


@pytest.mark.parametrize("few", [0, 1, 1000])
def test_entry_search_pages_are_the_same_whichever_plan_sqlite_follows(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    """Few matches are sorted by date; many are met walking the date index: same pages."""
    monkeypatch.setattr(search, "FEW_ENTRY_MATCHES", few)
    expected = []
    for day in range(1, 29):
        title = "Study session on thesis" if day % 3 else "Coffee"
        entry = journal.entries.log("note", datetime(2025, 2, day, tzinfo=UTC), title=title)
        if day % 3:
            expected.append(entry.id)
    expected.reverse()  # newest first
    seen: list[int] = []
    page = journal.entries.page(text="thes", limit=5)
    seen.extend(page.ids)
    while not page.complete:
        page = journal.entries.page(text="thes", limit=5, cursor=page.cursor)
        seen.extend(page.ids)
    assert seen == expected


def test_one_letter_words_do_not_narrow_an_entry_search(journal: Journal) -> None:
    """'a' or 'I' is in most entries: left out, it neither slows nor empties the search."""
    tea = journal.entries.log("coffee", WHEN, title="A tea with Ana").id
    other = journal.entries.log("note", WHEN, title="Reading notes").id
    assert search.fts_query("a tea", min_word=2) == '"tea"*'
    assert set(journal.entries.page(text="a").ids) == {tea, other}
    assert journal.entries.page(text="a tea").ids == (tea,)


def test_people_search_takes_the_list_filters(journal: Journal) -> None:
    ana = journal.people.create("Ana Silva", tags=["mentors"], cadence_days=7)
    anabel = journal.people.create("Anabel Ortiz", tags=["classmates"])
    andre = journal.people.create("André Souza", tags=["mentors"])
    journal.people.archive(andre.id)
    journal.people.set_outreach_stage(anabel.id, "identified")
    mentors = next(t.id for t in journal.people.tags() if t.name == "mentors")
    assert journal.people.search("an") == [ana.id, anabel.id]
    assert journal.people.search("an", tag_id=mentors) == [ana.id]
    assert journal.people.search("an", include_archived=True, tag_id=mentors) == [ana.id, andre.id]
    assert journal.people.search("an", archived=True) == [andre.id]
    assert journal.people.search("an", potential_mentor=True) == [anabel.id]
    due = datetime.now(UTC).date() + timedelta(days=30)
    assert journal.people.search("an", due_by=due) == [ana.id]
    assert journal.people.search("silva", tag_id=mentors) == [ana.id]  # the ranked part too
    assert journal.people.search("ortiz", tag_id=mentors) == []
