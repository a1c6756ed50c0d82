"""Markdown export: a folder of notes with front matter, safe names, links that resolve."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from netjournal.errors import InvalidInput
from netjournal.interchange.filenames import ExportCancelled
from netjournal.interchange.markdown_export import export_markdown, yaml_text
from netjournal.journal import Journal

HOSTILE_NAMES = [
    "../../notes",
    "CON",
    "aux.txt",
    "a/b\\c",
    ".hidden",
    "🦊",
    "x" * 200,  # the longest name a person may have
    "🦊" * 200,
    "é" * 199 + "x",
    "Twin Name",
    "Twin Name",
    "twin name",
]
YAML_TRAPS = [
    "yes",
    "null",
    "~",
    "- a list?",
    "#not a comment",
    "key: value",
    '"quoted" and \\backslashed\\',
    "line\nbreak",
    "sep\u2028arator\u2029s\x85",
    "bom\ufeffinside",
    "@at `tick` %percent !bang &amp *star",
    "{flow: map}, [flow, seq]",
    "0o17",
    "2024-01-01",
    "'single'",
    "tab\there",
]


def front(text: str) -> tuple[dict[str, Any], str]:
    """The front matter, read strictly: every text a double-quoted scalar (JSON-compatible,
    so `json` reads it), lists flow sequences of them, dates bare ISO dates."""
    assert text.startswith("---\n")
    head, found, body = text[4:].partition("\n---\n")
    assert found, "front matter not closed"
    fields: dict[str, Any] = {}
    for line in head.split("\n"):
        key, sep, value = line.partition(": ")
        assert sep, line
        assert re.fullmatch(r"[a-z_]+", key), line
        assert key not in fields, f"{key} twice"
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            fields[key] = date.fromisoformat(value)
        elif re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", value):
            fields[key] = datetime.fromisoformat(value)
        else:
            assert value in ("null", "true", "false") or value[0] in '"[' or value.isdigit(), line
            if value.startswith("["):
                assert value == "[]" or (value.startswith('["') and value.endswith('"]')), line
            fields[key] = json.loads(value)
    for char in "\u2028\u2029\x85\ufeff":
        assert char not in head  # a YAML reader would take these as line breaks or junk
    return fields, body


def links_in(text: str) -> list[tuple[str, str]]:
    return re.findall(r"\[\[([^\]|]+)\|([^\]]+)\]\]", text)


def build(journal: Journal) -> dict[str, Any]:
    today = date.today()
    mei = journal.people.create(
        "Mei Tanaka",
        given_name="Mei",
        family_name="Tanaka",
        nickname="Mei-chan",
        pronouns="she/her",
        organization="Fjord Software",
        role="Senior engineer",
        met_how="Alumni event",
        met_where="Downtown",
        met_on=date(2023, 4, 5),
        birthday=date(1984, 2, 29),
        cadence_days=14,
        notes="Practical and direct.\n\n- asks what I shipped",
        tags=["mentors", "study group"],
        skills_offered=["Python"],
        skills_sought=["Spanish"],
        contact_methods=[
            {"kind": "email", "value": "mei@example.org", "label": "work"},
            {"kind": "phone", "value": "+81 3 1234", "label": "mobile"},
            {"kind": "url", "value": "https://mei.example.org"},
        ],
    )
    ana = journal.people.create("Ana Silva")
    goal = journal.goals.create(
        "Win the grant",
        "scholarship",
        why="It pays for the **whole** year.",
        target_on=today + timedelta(days=60),
        members=[(mei.id, "mentor"), (ana.id, "accountability_partner")],
    )
    draft = journal.goals.add_milestone(goal.id, "Draft the essay", due_on=today)
    journal.goals.add_milestone(goal.id, "Submit", due_on=today + timedelta(days=50))
    journal.goals.update_milestone(draft.id, done_on=today)
    agreement = journal.mentorships.create(
        mei.id, "mentee", status="active", cadence_days=14, started_on=today - timedelta(days=30)
    )
    older = journal.entries.log(
        "coffee",
        datetime(2024, 3, 1, 14, 30),
        [mei.id, ana.id],
        title="Coffee about the grant",
        body="She read my draft.",
        goal_ids=[goal.id],
        helped="they_helped",
        follow_up_on=date(2024, 3, 8),
    )
    journal.mentorships.log_session(
        agreement.id,
        datetime(2024, 4, 2, 9, 0),
        title="Mock interview",
        notes="Too long on the tools.",
        agenda="Two questions",
        takeaways="Shorter answers",
        actions=[{"title": "Rewrite the intro", "owner": "me", "due_on": date(2024, 4, 9)}],
    )
    journal.mentorships.review(
        agreement.id,
        datetime(2024, 5, 1, 9, 0),
        "keep",
        what_works="Weekly rhythm",
        what_to_change="More mock interviews",
    )
    return {"mei": mei, "ana": ana, "goal": goal, "older": older, "agreement": agreement}


def test_a_note_per_person_and_per_goal_with_their_history(
    journal: Journal, tmp_path: Path
) -> None:
    facts = build(journal)
    folder = tmp_path / "vault"
    result = export_markdown(journal, folder)
    assert result.counts == {"people": 2, "goals": 1, "entries": 5, "files": 3}
    assert sorted(str(p.relative_to(folder)) for p in result.files) == [
        "Goals/Win the grant.md",
        "People/Ana Silva.md",
        "People/Mei Tanaka.md",
    ]

    text = (folder / "People" / "Mei Tanaka.md").read_text(encoding="utf-8")
    fields, body = front(text)
    mei = facts["mei"]
    assert fields["name"] == "Mei Tanaka"
    assert fields["aliases"] == ["Mei-chan"]
    assert fields["given_name"] == "Mei"
    assert fields["family_name"] == "Tanaka"
    assert fields["pronouns"] == "she/her"
    assert fields["organization"] == "Fjord Software"
    assert fields["role"] == "Senior engineer"
    assert fields["emails"] == ["mei@example.org"]
    assert fields["phones"] == ["+81 3 1234"]
    assert fields["links"] == ["https://mei.example.org"]
    assert fields["tags"] == ["mentors", "study group"]
    assert fields["skills_offered"] == ["Python"]
    assert fields["skills_sought"] == ["Spanish"]
    assert fields["met_on"] == date(2023, 4, 5)
    assert fields["birthday"] == date(1984, 2, 29)
    assert fields["keep_in_touch_days"] == 14
    assert fields["archived"] is False
    assert fields["uuid"] == mei.uuid
    assert isinstance(fields["updated"], datetime)

    assert "# Mei Tanaka" in body
    assert "Practical and direct.\n\n- asks what I shipped" in body
    assert "[[Goals/Win the grant|Win the grant]] (mentor)" in body
    history = body[body.index("## History") :]
    review_at = history.index("· Review")
    session_at = history.index("· Session: Mock interview")
    coffee_at = history.index("2024-03-01 14:30 · Coffee: Coffee about the grant")
    assert review_at < session_at < coffee_at  # newest first
    assert "She read my draft." in history
    assert "With [[People/Ana Silva|Ana Silva]]" in history  # the others, linked
    assert "Follow up on 2024-03-08" in history
    assert "They helped" in history
    for part in ("Too long on the tools.", "Two questions", "Shorter answers", "Weekly rhythm"):
        assert part in history
    assert "- [ ] Rewrite the intro (due 2024-04-09)" in history

    goal_text = (folder / "Goals" / "Win the grant.md").read_text(encoding="utf-8")
    goal_fields, goal_body = front(goal_text)
    assert goal_fields["title"] == "Win the grant"
    assert goal_fields["category"] == "scholarship"
    assert goal_fields["status"] == "active"
    assert goal_fields["progress_percent"] == 50
    assert goal_fields["members"] == ["Ana Silva (accountability partner)", "Mei Tanaka (mentor)"]
    assert "It pays for the **whole** year." in goal_body
    assert f"- [x] Draft the essay (done {date.today().isoformat()})" in goal_body
    assert "- [ ] Submit (due " in goal_body
    assert "- [[People/Mei Tanaka|Mei Tanaka]] (mentor)" in goal_body
    assert "Coffee: Coffee about the grant" in goal_body

    # every link leads to a note of the export
    for file in result.files:
        for target, _shown in links_in(file.read_text(encoding="utf-8")):
            assert (folder / f"{target}.md").is_file(), target


def test_hostile_names_all_land_in_distinct_safe_files_inside_the_folder(
    journal: Journal, tmp_path: Path
) -> None:
    for name in HOSTILE_NAMES:
        journal.people.create(name, notes=f"I am {name!r}")
    journal.goals.create("../../escape", "personal")
    journal.goals.create("CON", "personal")
    outside_before = sorted(str(p) for p in tmp_path.rglob("*"))
    folder = tmp_path / "deep" / "vault"
    result = export_markdown(journal, folder)
    assert result.counts["people"] == len(HOSTILE_NAMES)
    people = sorted((folder / "People").iterdir())
    assert len(people) == len(HOSTILE_NAMES)
    names = [p.name for p in people]
    assert len({n.casefold() for n in names}) == len(names)  # distinct even ignoring case
    for path in people + sorted((folder / "Goals").iterdir()):
        assert path.resolve().parent in (
            (folder / "People").resolve(),
            (folder / "Goals").resolve(),
        )
        assert not path.name.startswith(".")
        assert not set(path.name) & set('<>:"/\\|?*')
        assert path.name.split(".")[0].casefold() not in {"con", "aux", "nul", "prn"}
        assert len(path.name.encode("utf-8")) <= 120
    # each person's own note says who it is: nobody overwrote anybody
    said = sorted(front(p.read_text(encoding="utf-8"))[0]["name"] for p in people)
    assert said == sorted(HOSTILE_NAMES)
    outside_after = sorted(
        str(p) for p in tmp_path.rglob("*") if not str(p).startswith(str(tmp_path / "deep"))
    )
    assert outside_after == outside_before  # nothing written anywhere else
    assert "CON_.md" in names
    assert "aux_.txt.md" in names
    assert "a_b_c.md" in names
    assert "hidden.md" in names
    assert "🦊.md" in names
    assert {"Twin Name.md", "Twin Name (2).md", "twin name (3).md"} <= set(names)


@pytest.mark.parametrize("trap", YAML_TRAPS)
def test_front_matter_keeps_any_text_as_that_text(
    journal: Journal, tmp_path: Path, trap: str
) -> None:
    journal.people.create(
        f"Name {trap}", organization=trap, tags=[trap], notes="ok", role=trap.strip()
    )
    export_markdown(journal, tmp_path / "vault")
    (note,) = (tmp_path / "vault" / "People").iterdir()
    fields, _ = front(note.read_text(encoding="utf-8"))
    assert fields["name"] == f"Name {trap}".strip()
    assert fields["organization"] == trap.strip()
    assert fields["tags"] == [trap.strip()]


def test_yaml_text_escapes_what_yaml_would_misread() -> None:
    assert yaml_text("plain") == '"plain"'
    assert yaml_text('a "q" \\') == '"a \\"q\\" \\\\"'
    assert yaml_text("a\u2028b\x85c\ufeffd\x7f") == '"a\\u2028b\\u0085c\\ufeffd\\u007f"'
    assert yaml_text("🦊 é") == '"🦊 é"'
    for text in YAML_TRAPS:
        assert json.loads(yaml_text(text)) == text


def test_names_are_shown_as_text_never_as_markup(journal: Journal, tmp_path: Path) -> None:
    evil = '<img src="http://tracker.example/pixel.png"> *bold* [link](http://x.example)'
    journal.people.create(evil, role="<script>alert(1)</script>")
    goal = journal.goals.create("<b>Goal</b> | with [[brackets]]", "personal")
    journal.goals.add_milestone(goal.id, "<iframe src=http://x.example>")
    export_markdown(journal, tmp_path / "vault")
    for note in (tmp_path / "vault").rglob("*.md"):
        _, body = front(note.read_text(encoding="utf-8"))
        for tag in ("<img", "<script", "<b>", "<iframe", "](http"):
            # only escaped (a backslash before it), so it reads as text, not as markup
            assert not re.search(r"(?<!\\)" + re.escape(tag), body), (note.name, tag)
    body = front(next((tmp_path / "vault" / "People").iterdir()).read_text(encoding="utf-8"))[1]
    assert r"\<img src=" in body  # escaped, so it reads as what was typed


def test_an_existing_folder_is_written_into_and_nothing_is_replaced_unasked(
    journal: Journal, tmp_path: Path
) -> None:
    build(journal)
    folder = tmp_path / "vault"
    (folder / "People").mkdir(parents=True)
    (folder / "Daily note.md").write_text("mine", encoding="utf-8")
    (folder / "People" / "Mei Tanaka.md").write_text("my own note on Mei", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"People/Mei Tanaka\.md") as refused:
        export_markdown(journal, folder)
    assert "nothing was written" in str(refused.value)
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) == [
        "Daily note.md",
        "People",
        "People/Mei Tanaka.md",
    ]
    result = export_markdown(journal, folder, overwrite=True)
    assert "1 other thing;" in result.notes[0]  # Daily note.md; People/ is the export's own
    assert (folder / "Daily note.md").read_text(encoding="utf-8") == "mine"
    assert (
        front((folder / "People" / "Mei Tanaka.md").read_text(encoding="utf-8"))[0]["name"]
        == "Mei Tanaka"
    )
    assert not [p for p in folder.rglob("*") if p.name.endswith(".partial")]


def test_a_folder_that_leads_elsewhere_is_refused(journal: Journal, tmp_path: Path) -> None:
    journal.people.create("Ana Silva")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "People").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(InvalidInput, match="outside"):
        export_markdown(journal, folder)
    assert list(elsewhere.iterdir()) == []


def test_options_archived_and_entries_per_note(journal: Journal, tmp_path: Path) -> None:
    ana = journal.people.create("Ana Silva")
    old = journal.people.create("Old Friend")
    journal.people.archive(old.id)
    for day in range(1, 6):
        journal.entries.log("call", datetime(2024, 1, day, 9), [ana.id], title=f"Call {day}")
    result = export_markdown(journal, tmp_path / "a", include_archived=False, entries_per_note=2)
    assert result.counts == {"people": 1, "goals": 0, "entries": 2, "files": 1}
    body = (tmp_path / "a" / "People" / "Ana Silva.md").read_text(encoding="utf-8")
    assert "Call 5" in body
    assert "Call 4" in body
    assert "Call 3" not in body
    assert not (tmp_path / "a" / "Goals").exists()
    result = export_markdown(journal, tmp_path / "b")
    assert result.counts["people"] == 2
    assert (
        front((tmp_path / "b" / "People" / "Old Friend.md").read_text(encoding="utf-8"))[0][
            "archived"
        ]
        is True
    )
    with pytest.raises(InvalidInput, match="entries per note"):
        export_markdown(journal, tmp_path / "c", entries_per_note=-1)


def test_a_cancel_stops_between_files(journal: Journal, tmp_path: Path) -> None:
    for i in range(4):
        journal.people.create(f"Person {i}")
    with pytest.raises(ExportCancelled):
        export_markdown(journal, tmp_path / "v", progress=lambda done, total: done < 2)
    files = sorted(p.name for p in (tmp_path / "v" / "People").iterdir())
    assert files == ["Person 0.md", "Person 1.md"]  # whole files only, no partial one
