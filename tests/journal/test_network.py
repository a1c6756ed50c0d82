"""The network map's data: exactly the people linked by goals and mentorships, and their links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from netjournal.errors import InvalidInput
from netjournal.journal import Journal
from netjournal.journal.network import CLIQUE_LIMIT, ME, NetworkGraph


@dataclass(frozen=True)
class Facts:
    people: dict[str, int]
    goals: dict[str, int]
    agreements: dict[str, int]
    tags: dict[str, int]


def _log(journal: Journal, person_ids: list[int], times: int) -> None:
    start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    for n in range(times):
        journal.entries.log("coffee", start + timedelta(days=n), person_ids)


@pytest.fixture
def linked(journal: Journal) -> tuple[Journal, Facts]:
    """Ana, Bruno and Chiara share the scholarship goal; Ana and Dmitri the exam; I mentor
    Dmitri. Elif is linked to nothing, Fiona is an archived member of the scholarship,
    Gabriel declined a mentorship. Entries: Ana 3, Dmitri 2, Bruno 1, Chiara 0, Elif 5."""
    people = {
        name.split()[0]: journal.people.create(name, organization=org, tags=tags).id
        for name, org, tags in (
            ("Ana Silva", "Riverside University", ["mentors", "alumni"]),
            ("Bruno Costa", "Acme", ["classmates"]),
            ("Chiara Rossi", "", []),
            ("Dmitri Petrov", "", ["alumni"]),
            ("Elif Yilmaz", "", ["classmates"]),
            ("Fiona Walsh", "", ["classmates"]),
            ("Gabriel Moreau", "", []),
        )
    }
    tags = {tag.name: tag.id for tag in journal.people.tags()}
    journal.people.update_tag(tags["mentors"], colour="#10b981", is_circle=True)
    journal.people.update_tag(tags["classmates"], colour="#3b82f6", is_circle=True)
    journal.people.update_tag(tags["alumni"], colour="#0ea5e9")
    goals = {
        "scholarship": journal.goals.create(
            "Win the scholarship",
            "scholarship",
            members=[
                (people["Ana"], "mentor"),
                (people["Bruno"], "collaborator"),
                (people["Chiara"], "supporter"),
                (people["Fiona"], "collaborator"),
            ],
        ).id,
        "exam": journal.goals.create(
            "Pass the exam",
            "exam",
            members=[(people["Ana"], "supporter"), (people["Dmitri"], "collaborator")],
        ).id,
        "alone": journal.goals.create("Read more", "personal").id,
    }
    agreements = {
        "dmitri": journal.mentorships.create(people["Dmitri"], "mentor", status="active").id,
        "gabriel": journal.mentorships.create(people["Gabriel"], "mentee", status="declined").id,
    }
    journal.people.archive(people["Fiona"])
    _log(journal, [people["Ana"]], 3)
    _log(journal, [people["Dmitri"]], 2)
    _log(journal, [people["Bruno"]], 1)
    _log(journal, [people["Elif"], people["Fiona"]], 5)
    return journal, Facts(people, goals, agreements, tags)


def _pairs(graph: NetworkGraph) -> dict[tuple[int, int], tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(e.source, e.target): (e.goal_ids, e.agreement_ids) for e in graph.edges}


def _edge(a: int, b: int) -> tuple[int, int]:
    return (min(a, b), max(a, b))


def test_exactly_the_linked_people_with_their_interactions(linked: tuple[Journal, Facts]) -> None:
    journal, facts = linked
    p = facts.people
    graph = journal.network.graph()
    assert [(n.id, n.interactions, n.is_me) for n in graph.nodes] == [
        (ME, 0, True),
        (p["Ana"], 3, False),
        (p["Dmitri"], 2, False),
        (p["Bruno"], 1, False),
        (p["Chiara"], 0, False),
    ]
    assert (graph.total, graph.shown, graph.me_id) == (4, 4, ME)
    ana = graph.node(p["Ana"])
    assert ana is not None
    assert (ana.name, ana.organization) == ("Ana Silva", "Riverside University")
    assert ana.last_contact_at is not None
    # Circles first, then tags: the first is the one that colours the node.
    assert ana.tag_ids == (facts.tags["mentors"], facts.tags["alumni"])
    assert graph.node(p["Elif"]) is None  # linked to nothing
    assert graph.node(p["Fiona"]) is None  # archived
    assert graph.node(p["Gabriel"]) is None  # declined


def test_edges_say_what_links_each_pair(linked: tuple[Journal, Facts]) -> None:
    journal, facts = linked
    p, g, a = facts.people, facts.goals, facts.agreements
    scholarship, exam = g["scholarship"], g["exam"]
    assert _pairs(journal.network.graph()) == {
        _edge(ME, p["Ana"]): (tuple(sorted((scholarship, exam))), ()),
        _edge(ME, p["Bruno"]): ((scholarship,), ()),
        _edge(ME, p["Chiara"]): ((scholarship,), ()),
        _edge(ME, p["Dmitri"]): ((exam,), (a["dmitri"],)),
        _edge(p["Ana"], p["Bruno"]): ((scholarship,), ()),
        _edge(p["Ana"], p["Chiara"]): ((scholarship,), ()),
        _edge(p["Bruno"], p["Chiara"]): ((scholarship,), ()),
        _edge(p["Ana"], p["Dmitri"]): ((exam,), ()),
    }
    graph = journal.network.graph()
    assert dict(graph.goals) == {scholarship: "Win the scholarship", exam: "Pass the exam"}
    assert set(graph.agreements) == {a["dmitri"]}
    assert graph.agreements[a["dmitri"]].my_role == "mentor"
    assert {t.name: (t.colour, t.is_circle) for t in graph.tags.values()} == {
        "mentors": ("#10b981", True),
        "classmates": ("#3b82f6", True),
        "alumni": ("#0ea5e9", False),
    }
    assert {e.target for e in graph.edges_of(p["Chiara"])} | {
        e.source for e in graph.edges_of(p["Chiara"])
    } == {ME, p["Ana"], p["Bruno"], p["Chiara"]}


def test_filter_by_tag(linked: tuple[Journal, Facts]) -> None:
    journal, facts = linked
    p = facts.people
    graph = journal.network.graph(tag_id=facts.tags["classmates"])
    # Elif and Fiona are classmates too, but unlinked and archived.
    assert [n.id for n in graph.nodes] == [ME, p["Bruno"]]
    assert _pairs(graph) == {_edge(ME, p["Bruno"]): ((facts.goals["scholarship"],), ())}
    alumni = journal.network.graph(tag_id=facts.tags["alumni"])
    assert [n.id for n in alumni.nodes] == [ME, p["Ana"], p["Dmitri"]]
    assert alumni.total == 2


def test_filter_by_goal(linked: tuple[Journal, Facts]) -> None:
    journal, facts = linked
    p, g = facts.people, facts.goals
    graph = journal.network.graph(goal_id=g["exam"])
    assert [n.id for n in graph.nodes] == [ME, p["Ana"], p["Dmitri"]]
    assert _pairs(graph) == {
        _edge(ME, p["Ana"]): (tuple(sorted((g["scholarship"], g["exam"]))), ()),
        _edge(ME, p["Dmitri"]): ((g["exam"],), (facts.agreements["dmitri"],)),
        _edge(p["Ana"], p["Dmitri"]): ((g["exam"],), ()),
    }
    both = journal.network.graph(tag_id=facts.tags["mentors"], goal_id=g["exam"])
    assert [n.id for n in both.nodes] == [ME, p["Ana"]]
    assert journal.network.graph(goal_id=g["alone"]) == NetworkGraph()


def test_the_limit_keeps_those_i_talk_with_most_and_says_how_many_there_are(
    linked: tuple[Journal, Facts],
) -> None:
    journal, facts = linked
    graph = journal.network.graph(limit=2)
    assert [n.id for n in graph.nodes] == [ME, facts.people["Ana"], facts.people["Dmitri"]]
    assert (graph.shown, graph.total) == (2, 4)
    # Edges only between the people shown.
    assert set(_pairs(graph)) == {
        _edge(ME, facts.people["Ana"]),
        _edge(ME, facts.people["Dmitri"]),
        _edge(facts.people["Ana"], facts.people["Dmitri"]),
    }
    for bad in (0, -1, 10**9, "10", True):
        with pytest.raises(InvalidInput) as refused:
            journal.network.graph(limit=bad)  # type: ignore[arg-type]
        assert refused.value.field == "limit"


def test_my_own_card_is_me(linked: tuple[Journal, Facts]) -> None:
    journal, facts = linked
    p = facts.people
    zoe = journal.people.create("Zoe Me", tags=["classmates"]).id
    journal.goals.set_member(facts.goals["exam"], zoe, "collaborator")
    journal.people.set_self(zoe)
    graph = journal.network.graph()
    assert graph.me_id == zoe
    me = graph.nodes[0]
    assert (me.id, me.is_me, me.name, me.tag_ids) == (
        zoe,
        True,
        "Zoe Me",
        (facts.tags["classmates"],),
    )
    assert [n.id for n in graph.nodes].count(zoe) == 1
    assert ME not in graph.by_id
    assert _edge(zoe, p["Ana"]) in _pairs(graph)
    assert (zoe, zoe) not in _pairs(graph)
    assert graph.total == 4


def test_a_big_goal_links_its_members_through_me(journal: Journal) -> None:
    ids = [journal.people.create(f"Member {n}").id for n in range(CLIQUE_LIMIT + 1)]
    journal.goals.create("Class of 2026", "academic", members=[(i, "collaborator") for i in ids])
    graph = journal.network.graph()
    assert len(graph.nodes) == CLIQUE_LIMIT + 2
    assert set(_pairs(graph)) == {(ME, i) for i in ids}


def test_an_empty_journal_has_an_empty_map(journal: Journal) -> None:
    journal.people.create("Nobody Linked")
    assert journal.network.graph() == NetworkGraph()


def test_choices_are_every_tag_and_the_goals_with_members(linked: tuple[Journal, Facts]) -> None:
    journal, facts = linked
    choices = journal.network.choices()
    assert [t.name for t in choices.tags] == ["alumni", "classmates", "mentors"]
    assert choices.goals == (
        (facts.goals["exam"], "Pass the exam"),
        (facts.goals["scholarship"], "Win the scholarship"),
    )
