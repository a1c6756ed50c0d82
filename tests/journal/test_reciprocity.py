"""Give and get, and matches of skills, on journals whose facts are known exactly."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.generate import generate_journal
from netjournal.journal.reciprocity import (
    MIN_HELPS,
    RULE,
    GiveAndGet,
    HelpPair,
    Lean,
    lean_of,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def days_ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


@dataclass(frozen=True)
class Helps:
    journal: Journal
    people: dict[str, int]
    entries: dict[str, int]


@pytest.fixture
def helps(journal: Journal) -> Helps:
    """Who helped whom, and when (days before NOW):

    - Mina, one-sided my way at the boundary: I helped 3 times (10, 30, 50), we helped
      each other once (40): 3 of 4 are mine.
    - Theo, one-sided their way: they helped 4 times (20, 25, 60, 70).
    - Bea, balanced: I helped twice (15, 80), they twice (12, 90), one study session where
      we all helped each other (5, with Finn).
    - Gil, balanced: I helped twice (8, 9), they once (100): 2 in 3 is not 3 in 4.
    - Finn, too few to tell: the study session (5) and they helped once (2).
    - Left out: Old (archived; I helped 5 times), my own card (in a helped entry), Nadia
      (entries, but none says who helped whom).
    """
    people = {
        name: journal.people.create(name).id
        for name in ("Mina", "Theo", "Bea", "Gil", "Finn", "Old", "Me", "Nadia")
    }
    journal.people.set_self(people["Me"])
    entries: dict[str, int] = {}

    def log(name: str, days: int, helped: str | None, *who: str) -> None:
        entry = journal.entries.log(
            "coffee", days_ago(days), [people[w] for w in who], title=name, helped=helped
        )
        entries[name] = entry.id

    for days in (10, 30, 50):
        log(f"mina-{days}", days, "i_helped", "Mina")
    log("mina-mutual", 40, "mutual", "Mina")
    for days in (20, 25, 60, 70):
        log(f"theo-{days}", days, "they_helped", "Theo")
    log("bea-15", 15, "i_helped", "Bea")
    log("bea-80", 80, "i_helped", "Bea")
    log("bea-12", 12, "they_helped", "Bea")
    log("bea-90", 90, "they_helped", "Bea")
    log("study", 5, "mutual", "Bea", "Finn")
    log("gil-8", 8, "i_helped", "Gil")
    log("gil-9", 9, "i_helped", "Gil")
    log("gil-100", 100, "they_helped", "Gil")
    log("finn-2", 2, "they_helped", "Finn")
    for days in (1, 3, 6, 7, 11):
        log(f"old-{days}", days, "i_helped", "Old")
    log("me", 1, "they_helped", "Me")
    log("nadia", 1, None, "Nadia")
    log("nadia-2", 3, None, "Nadia", "Mina")
    journal.people.archive(people["Old"])
    return Helps(journal, people, entries)


def lines(journal: Journal, **options: object) -> list[tuple[str, int, int, int, Lean]]:
    page = journal.reciprocity.balance(**options)  # type: ignore[arg-type]
    return [(r.display_name, r.i_helped, r.they_helped, r.mutual, r.lean) for r in page.rows]


def test_the_rule_in_one_place() -> None:
    assert MIN_HELPS == 3
    assert lean_of(2, 0, 0) is Lean.TOO_FEW
    assert lean_of(3, 0, 0) is Lean.MINE
    assert lean_of(3, 0, 1) is Lean.MINE  # 3 in 4
    assert lean_of(2, 1, 0) is Lean.BALANCED  # 2 in 3 is less than 3 in 4
    assert lean_of(0, 6, 2) is Lean.THEIRS
    assert lean_of(0, 0, 9) is Lean.BALANCED  # helping each other leans no way
    assert "3 in 4" in RULE
    assert "at least 3 helps" in RULE


def test_one_sided_first_then_whoever_helped_most_recently(helps: Helps) -> None:
    journal = helps.journal
    # One-sided: Mina (last help 10 days ago), Theo (20); then Finn (2), Bea (5), Gil (8).
    assert lines(journal) == [
        ("Mina", 3, 0, 1, Lean.MINE),
        ("Theo", 0, 4, 0, Lean.THEIRS),
        ("Finn", 0, 1, 1, Lean.TOO_FEW),
        ("Bea", 2, 2, 1, Lean.BALANCED),
        ("Gil", 2, 1, 0, Lean.BALANCED),
    ]
    page = journal.reciprocity.balance()
    assert (page.people, page.one_sided, page.complete) == (5, 2, True)
    mina, theo, finn, bea, _gil = page.rows
    # The last time each side helped counts the times we helped each other.
    assert mina.last_i_helped_at == days_ago(10)
    assert mina.last_they_helped_at == days_ago(40)
    assert mina.last_mutual_at == days_ago(40)
    assert theo.last_i_helped_at is None
    assert theo.last_they_helped_at == days_ago(20)
    assert (finn.last_i_helped_at, finn.last_they_helped_at) == (days_ago(5), days_ago(2))
    assert bea.last_helped_at == days_ago(5)
    assert mina.one_sided
    assert theo.one_sided
    assert not finn.one_sided
    assert (bea.person_id, bea.total) == (helps.people["Bea"], 5)


def test_pages_follow_each_other_and_one_sided_only(helps: Helps) -> None:
    journal = helps.journal
    names: list[str] = []
    cursor = None
    while True:
        page = journal.reciprocity.balance(limit=2, after=cursor)
        names += [r.display_name for r in page.rows]
        cursor = page.cursor
        if page.complete:
            break
    assert names == ["Mina", "Theo", "Finn", "Bea", "Gil"]
    only = journal.reciprocity.balance(one_sided_only=True)
    assert [r.display_name for r in only.rows] == ["Mina", "Theo"]
    assert (only.people, only.one_sided, only.complete) == (2, 2, True)
    first = journal.reciprocity.balance(limit=1, one_sided_only=True)
    assert not first.complete
    with pytest.raises(InvalidInput) as refused:
        journal.reciprocity.balance(limit=0)
    assert refused.value.field == "limit"


def test_balance_of_some_people(helps: Helps) -> None:
    p = helps.people
    found = helps.journal.reciprocity.balance_of([p["Theo"], p["Old"], p["Nadia"], p["Bea"]])
    assert set(found) == {p["Theo"], p["Bea"]}
    assert found[p["Theo"]].they_helped == 4


def test_the_list_follows_the_journal(helps: Helps) -> None:
    journal, p, e = helps.journal, helps.people, helps.entries
    assert [r.display_name for r in journal.reciprocity.balance().rows][:2] == ["Mina", "Theo"]
    # Finn helps twice more: 3 of 4 theirs now, and the most recent one-sided.
    for days in (1, 3):
        journal.entries.log("call", days_ago(days), [p["Finn"]], title="x", helped="they_helped")
    assert lines(journal)[0] == ("Finn", 0, 3, 1, Lean.THEIRS)
    # An entry that changes hands: Gil's help from 100 days ago goes to Nadia.
    journal.entries.update(e["gil-100"], participant_ids=[p["Nadia"]])
    found = {r[0]: r for r in lines(journal)}
    assert found["Gil"] == ("Gil", 2, 0, 0, Lean.TOO_FEW)
    assert found["Nadia"] == ("Nadia", 0, 1, 0, Lean.TOO_FEW)
    # Who helped whom changed, then forgotten; then the entry is deleted.
    journal.entries.update(e["mina-mutual"], helped="they_helped")
    assert {r[0]: r for r in lines(journal)}["Mina"] == ("Mina", 3, 1, 0, Lean.MINE)
    journal.entries.update(e["mina-10"], helped=None)
    assert {r[0]: r for r in lines(journal)}["Mina"] == ("Mina", 2, 1, 0, Lean.BALANCED)
    journal.entries.delete(e["gil-8"])
    assert {r[0]: r for r in lines(journal)}["Gil"] == ("Gil", 1, 0, 0, Lean.TOO_FEW)
    # Archived people leave the list and come back; deleted ones leave, restored come back.
    journal.people.archive(p["Theo"])
    assert "Theo" not in {r[0] for r in lines(journal)}
    journal.people.unarchive(p["Theo"])
    assert "Theo" in {r[0] for r in lines(journal)}
    deleted = journal.people.delete(p["Bea"])
    names = [r[0] for r in lines(journal)]
    assert "Bea" not in names
    journal.people.restore(deleted)
    assert {r[0]: r for r in lines(journal)}["Bea"] == ("Bea", 2, 2, 1, Lean.BALANCED)
    # A name change shows at once.
    journal.people.update(p["Gil"], display_name="Gilberto")
    assert "Gilberto" in {r[0] for r in lines(journal)}
    # My own card, once it is not mine any more, is one-sided their way (Theo's entry).
    journal.people.set_self(None)
    assert {r[0]: r for r in lines(journal)}["Me"] == ("Me", 0, 1, 0, Lean.TOO_FEW)
    # Throughout, what the list kept up to date is what a fresh count says.
    assert_same_as_counted_afresh(journal)


def test_counting_in_a_thread_of_its_own(helps: Helps) -> None:
    journal = helps.journal
    assert not journal.reciprocity.counted

    def count() -> None:
        journal.reciprocity.count()
        journal.end_thread()

    worker = threading.Thread(target=count)
    worker.start()
    worker.join()
    assert journal.reciprocity.counted
    assert [name for name, *_ in lines(journal)] == ["Mina", "Theo", "Finn", "Bea", "Gil"]


def test_a_bulk_load_is_counted_afresh(helps: Helps) -> None:
    journal = helps.journal
    before = journal.reciprocity.balance().people
    generate_journal(journal, 30, 300, seed=3)
    after = journal.reciprocity.balance(limit=1000)
    assert after.people > before
    assert_same_as_counted_afresh(journal)


def assert_same_as_counted_afresh(journal: Journal) -> None:
    kept = journal.reciprocity.balance(limit=10_000)
    fresh = GiveAndGet(journal._ops).balance(limit=10_000)
    assert kept == fresh


def test_nobody_helped_yet(journal: Journal) -> None:
    journal.people.create("Ana")
    page = journal.reciprocity.balance()
    assert (page.rows, page.people, page.one_sided, page.complete) == ((), 0, 0, True)


# --- matches ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Skills:
    journal: Journal
    people: dict[str, int]
    goals: dict[str, int]


@pytest.fixture
def skills(journal: Journal) -> Skills:
    """Who offers and seeks what; my skills; my goals and what they need.

    - I offer Python and Statistics. My own card offers SQL and seeks Statistics (never
      matched).
    - Goals: "Pass the stats exam" (active) needs Statistics and R; "Internship" (active)
      needs SQL, with Ana and Fay as members; "Learn Rust" (paused) needs Rust.
    - Ana offers Statistics and R (study group circle); Bo offers SQL, seeks French; Cy
      offers Rust; Dee offers French, seeks SQL and Python; Eve seeks Statistics and
      Python (study group circle); Fay offers SQL, seeks R; Zed (archived) offers
      Statistics, seeks Python and R.
    """
    people = journal.people
    ids = {
        "Ana": people.create("Ana", skills_offered=["Statistics", "R"], tags=["study group"]).id,
        "Bo": people.create("Bo", skills_offered=["SQL"], skills_sought=["French"]).id,
        "Cy": people.create("Cy", skills_offered=["Rust"]).id,
        "Dee": people.create("Dee", skills_offered=["French"], skills_sought=["SQL", "Python"]).id,
        "Eve": people.create(
            "Eve", skills_sought=["Statistics", "Python"], tags=["study group"]
        ).id,
        "Fay": people.create("Fay", skills_offered=["SQL"], skills_sought=["R"]).id,
        "Zed": people.create(
            "Zed", skills_offered=["Statistics"], skills_sought=["Python", "R"]
        ).id,
        "Me": people.create("Me", skills_offered=["SQL"], skills_sought=["Statistics"]).id,
    }
    study = next(t for t in people.tags() if t.name == "study group")
    people.update_tag(study.id, is_circle=True)
    people.archive(ids["Zed"])
    people.set_self(ids["Me"])
    people.set_own_skills(offers=["Python", "Statistics"], seeks=["French"])
    goals = {
        "stats": journal.goals.create("Pass the stats exam", "exam", skills=["Statistics", "R"]).id,
        "internship": journal.goals.create(
            "Internship",
            "internship",
            skills=["SQL"],
            members=[(ids["Ana"], "collaborator"), (ids["Fay"], "supporter")],
        ).id,
        "rust": journal.goals.create("Learn Rust", "skill", status="paused", skills=["Rust"]).id,
    }
    return Skills(journal, ids, goals)


def test_people_who_offer_what_my_active_goals_need(skills: Skills) -> None:
    found = skills.journal.reciprocity.matches()
    p, g = skills.people, skills.goals
    # Most needed skills first, then members of the goal; a paused goal needs nothing now.
    assert [(h.person_id, h.goal_id, h.skills, h.member) for h in found.goal_helpers] == [
        (p["Ana"], g["stats"], ("R", "Statistics"), False),
        (p["Fay"], g["internship"], ("SQL",), True),
        (p["Bo"], g["internship"], ("SQL",), False),
    ]
    assert found.goal_helpers[0].goal_title == "Pass the stats exam"
    assert found.goal_helpers[0].display_name == "Ana"
    assert found.goals_needing_skills == 2


def test_people_who_look_for_what_i_offer(skills: Skills) -> None:
    found = skills.journal.reciprocity.matches()
    p = skills.people
    assert [(s.person_id, s.skills) for s in found.seekers] == [
        (p["Eve"], ("Python", "Statistics")),
        (p["Dee"], ("Python",)),
    ]
    assert found.my_offers == ("Python", "Statistics")


def test_pairs_of_contacts_who_could_help_each_other(skills: Skills) -> None:
    found = skills.journal.reciprocity.matches()
    p, g = skills.people, skills.goals
    assert found.pairs == (
        # A shared goal first, then a shared circle, then both ways, then one way.
        HelpPair(p["Ana"], "Ana", p["Fay"], "Fay", ("R",), (), ((g["internship"], "Internship"),)),
        HelpPair(p["Ana"], "Ana", p["Eve"], "Eve", ("Statistics",), (), (), ("study group",)),
        HelpPair(p["Bo"], "Bo", p["Dee"], "Dee", ("SQL",), ("French",)),
        HelpPair(p["Fay"], "Fay", p["Dee"], "Dee", ("SQL",), ()),
    )
    assert found.pairs[2].both_ways
    assert not found.pairs[3].both_ways
    # Cy offers Rust, which nobody seeks; Zed is archived; my card is not a contact.
    named = {pid for pair in found.pairs for pid in (pair.first_id, pair.second_id)}
    assert p["Cy"] not in named
    assert p["Zed"] not in named
    assert p["Me"] not in named
    assert found.pairs_found == 4


def test_matches_are_capped_and_say_how_many_there_were(skills: Skills) -> None:
    found = skills.journal.reciprocity.matches(limit=1)
    assert (len(found.goal_helpers), len(found.seekers), len(found.pairs)) == (1, 1, 1)
    assert (found.goal_helpers_found, found.seekers_found, found.pairs_found) == (3, 2, 4)
    with pytest.raises(InvalidInput):
        skills.journal.reciprocity.matches(limit=0)


def test_a_small_pool_keeps_the_most_recent_contacts_and_goal_members(skills: Skills) -> None:
    journal, p = skills.journal, skills.people
    journal.entries.log("coffee", days_ago(3), [p["Dee"]], title="Coffee")
    journal.entries.log("coffee", days_ago(1), [p["Bo"]], title="Coffee")
    found = journal.reciprocity.matches(pool=1, pair_pool=1)
    # The pool: Bo (in touch most recently) and the members of active goals, Ana and Fay.
    assert {h.person_id for h in found.goal_helpers} == {p["Ana"], p["Fay"], p["Bo"]}
    assert found.seekers == ()
    assert [(x.first_id, x.second_id) for x in found.pairs] == [(p["Ana"], p["Fay"])]


def test_nothing_to_match_yet(journal: Journal) -> None:
    journal.people.create("Ana")
    found = journal.reciprocity.matches()
    assert (found.goal_helpers, found.seekers, found.pairs) == ((), (), ())
    assert (found.my_offers, found.goals_needing_skills) == ((), 0)
