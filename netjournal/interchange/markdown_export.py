"""People and goals as Markdown notes: a folder readable in any editor, and by Obsidian.

    <folder>/People/Ana Silva.md     front matter, notes, goals, newest entries
    <folder>/Goals/Win the grant.md  front matter, why, milestones, members, entries

Each file starts with YAML front matter holding the record's fields, written here
with the standard library only: every text is a double-quoted scalar with every
character YAML could misread escaped (so a name like `yes`, `- x`, `#tag` or
`"quoted": value` stays that text), dates are bare ISO dates, lists are flow
sequences. The quoted scalars are also valid JSON strings, which is how the tests
check them.

File names come from names through `filenames.UniqueNames`: valid on Windows, macOS
and Linux, distinct within a folder, never outside the chosen folder. People and
goals link to each other with [[wikilinks]] to those names. Names and titles in the
text are escaped so that none turns into Markdown or HTML (an `<img src=…>` typed as
a name stays text and loads nothing); notes are the user's own Markdown and are
written as they are.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from netjournal.interchange.filenames import (
    Exported,
    Progress,
    UniqueNames,
    inside,
    left_alone_note,
    output_folder,
    report,
    subfolder,
    writing,
)
from netjournal.journal import Journal
from netjournal.journal.records import EntryRow, Goal, Person

PEOPLE_FOLDER = "People"
GOALS_FOLDER = "Goals"
PAGE = 500
DEFAULT_ENTRIES = 100
MAX_ENTRIES = 10_000

_KIND_WORDS = {
    "meeting": "Meeting",
    "coffee": "Coffee",
    "call": "Call",
    "message": "Message",
    "study_session": "Study session",
    "event": "Event",
    "session": "Session",
    "review": "Review",
    "note": "Note",
}
_DECISION_WORDS = {
    "keep": "keep the agreement as it is",
    "adapt": "adapt its terms",
    "pause": "pause it",
    "close": "close it",
}
_HELPED_WORDS = {"i_helped": "I helped", "they_helped": "They helped", "mutual": "Mutual help"}

# Characters YAML cannot take raw inside a double-quoted scalar: C1 controls and DEL
# (not printable), the Unicode line and paragraph separators and NEL (line breaks to
# YAML), a byte order mark, and the two non-characters U+FFFE and U+FFFF.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
# What Markdown (or HTML inside it) would act on in a name or title.
_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>|~$#!{}])")


def yaml_text(value: str) -> str:
    """`value` as a YAML double-quoted scalar that any YAML 1.1 or 1.2 reader takes back as is.

    JSON's escaping covers the quote, the backslash and the C0 controls; the rest of
    what YAML treats specially is escaped as \\uXXXX, which YAML and JSON both read.
    """
    quoted = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def yaml_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(yaml_value(v) for v in value) + "]"
    return yaml_text(str(value))


def front_matter(fields: Sequence[tuple[str, Any]]) -> str:
    """YAML front matter between --- lines, one `key: value` a line."""
    lines = ["---", *(f"{key}: {yaml_value(value)}" for key, value in fields), "---"]
    return "\n".join(lines) + "\n"


def inline(text: str) -> str:
    """A name or title as Markdown text that shows exactly it: nothing in it is markup."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", " ".join(str(text).split()))


def wikilink(folder: str, file_name: str, label: str) -> str:
    """An Obsidian link to a note of this export, shown as `label`."""
    shown = " ".join(label.split())
    for char, instead in (("|", "¦"), ("[", "("), ("]", ")"), ("<", "‹"), (">", "›")):
        shown = shown.replace(char, instead)
    return f"[[{folder}/{file_name.removesuffix('.md')}|{shown}]]"


def _lines(text: str) -> str:
    """The user's own Markdown, with its line ends made one kind."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _day(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


class _Links:
    """The file name of every person and goal of the export, to link them to each other."""

    def __init__(self, people: dict[int, str], goals: dict[int, str]) -> None:
        self.people = people
        self.goals = goals

    def person(self, person_id: int, name: str) -> str:
        found = self.people.get(person_id)
        return wikilink(PEOPLE_FOLDER, found, name) if found else inline(name)

    def goal(self, goal_id: int, title: str) -> str:
        found = self.goals.get(goal_id)
        return wikilink(GOALS_FOLDER, found, title) if found else inline(title)


def _history(
    journal: Journal,
    rows: Sequence[EntryRow],
    links: _Links,
    goal_titles: dict[int, str],
    leave_out: int | None = None,
) -> list[str]:
    """Entries as Markdown sections, newest first: date, kind, title, who, notes."""
    parts: list[str] = []
    whole = {e.id: e for e in journal.entries.get_many([row.id for row in rows])}
    for row in rows:
        entry = whole.get(row.id)
        if entry is None:
            continue  # deleted while the export ran
        heading = f"### {_day(row.occurred_at)} · {_KIND_WORDS.get(row.kind, row.kind)}"
        if row.title:
            heading += f": {inline(row.title)}"
        facts = []
        others = [(pid, name) for pid, name in row.participants if pid != leave_out]
        if others:
            facts.append("With " + ", ".join(links.person(pid, name) for pid, name in others))
        goals = [links.goal(g, goal_titles[g]) for g in entry.goal_ids if g in goal_titles]
        if goals:
            facts.append("Goals: " + ", ".join(goals))
        if row.helped:
            facts.append(_HELPED_WORDS.get(row.helped, row.helped))
        if row.follow_up_on:
            facts.append(f"Follow up on {row.follow_up_on.isoformat()}")
        parts.append(heading)
        if facts:
            parts.append("*" + " · ".join(facts) + "*")
        if entry.body:
            parts.append(_lines(entry.body))
        parts += _mentorship_parts(journal, row)
        parts.append("")
    return parts


def _mentorship_parts(journal: Journal, row: EntryRow) -> list[str]:
    """What a session or a review holds beyond its notes: agenda, takeaways, actions;
    what works, what to change and the decision."""
    parts: list[str] = []
    if row.kind == "session":
        session = journal.mentorships.session(row.id)
        for label, text in (("Agenda", session.agenda), ("Takeaways", session.takeaways)):
            if text:
                parts += ["", f"**{label}**", "", _lines(text)]
        if session.actions:
            parts += ["", "**Action items**", ""]
            for action in session.actions:
                done = "x" if action.done_on else " "
                due = f" (due {action.due_on.isoformat()})" if action.due_on else ""
                owner = "" if action.owner == "me" else " (theirs)"
                parts.append(f"- [{done}] {inline(action.title)}{owner}{due}")
    elif row.kind == "review":
        review = journal.mentorships.review_of(row.id)
        if review is not None:
            for label, text in (
                ("What works", review.what_works),
                ("What to change", review.what_to_change),
            ):
                if text:
                    parts += ["", f"**{label}**", "", _lines(text)]
            parts += ["", f"Decision: {_DECISION_WORDS.get(review.decision, review.decision)}."]
    return parts


def person_note(
    journal: Journal,
    person: Person,
    links: _Links,
    goal_titles: dict[int, str],
    memberships: dict[int, list[tuple[int, str]]],
    entries: int,
) -> tuple[str, int]:
    """A person's Markdown file, and how many entries it shows."""
    by_kind: dict[str, list[str]] = {"email": [], "phone": [], "url": [], "address": []}
    for method in person.contact_methods:
        by_kind.setdefault(method.kind, []).append(method.value)
    fields: list[tuple[str, Any]] = [
        ("name", person.display_name),
        ("aliases", [person.nickname] if person.nickname else []),
        ("given_name", person.given_name),
        ("family_name", person.family_name),
        ("nickname", person.nickname),
        ("pronouns", person.pronouns),
        ("organization", person.organization),
        ("role", person.role),
        ("emails", by_kind["email"]),
        ("phones", by_kind["phone"]),
        ("links", by_kind["url"]),
        ("addresses", by_kind["address"]),
        ("tags", [t.name for t in person.tags]),
        ("skills_offered", list(person.skills_offered)),
        ("skills_sought", list(person.skills_sought)),
        ("met_how", person.met_how),
        ("met_where", person.met_where),
        ("met_on", person.met_on),
        ("birthday", person.birthday),
        ("keep_in_touch_days", person.cadence_days),
        ("last_contact", person.last_contact_at),
        ("next_due", person.next_due_on),
        ("archived", person.archived),
        ("uuid", person.uuid),
        ("created", person.created_at),
        ("updated", person.updated_at),
    ]
    parts = [front_matter(fields), f"# {inline(person.display_name)}", ""]
    about = " · ".join(inline(x) for x in (person.role, person.organization) if x)
    if about:
        parts += [about, ""]
    if person.notes:
        parts += ["## Notes", "", _lines(person.notes), ""]
    shared = memberships.get(person.id, [])
    if shared:
        parts += ["## Goals", ""]
        parts += [
            f"- {links.goal(goal_id, goal_titles[goal_id])} ({role.replace('_', ' ')})"
            for goal_id, role in shared
        ]
        parts.append("")
    rows: Sequence[EntryRow] = ()
    if entries:
        rows = journal.entries.page(person_id=person.id, limit=entries, with_rows=True).rows
    if rows:
        parts += ["## History", ""]
        parts += _history(journal, rows, links, goal_titles, leave_out=person.id)
    return "\n".join(parts).rstrip("\n") + "\n", len(rows)


def goal_note(
    journal: Journal, goal: Goal, links: _Links, goal_titles: dict[int, str], entries: int
) -> tuple[str, int]:
    """A goal's Markdown file, and how many entries it shows."""
    fields: list[tuple[str, Any]] = [
        ("title", goal.title),
        ("category", goal.category),
        ("horizon", goal.horizon),
        ("status", goal.status),
        ("start_on", goal.start_on),
        ("target_on", goal.target_on),
        ("achieved_on", goal.achieved_on),
        ("progress_percent", goal.progress_percent),
        ("members", [f"{m.display_name} ({m.role.replace('_', ' ')})" for m in goal.members]),
        ("skills", list(goal.skills)),
        ("uuid", goal.uuid),
        ("created", goal.created_at),
        ("updated", goal.updated_at),
    ]
    parts = [front_matter(fields), f"# {inline(goal.title)}", ""]
    if goal.why:
        parts += ["## Why", "", _lines(goal.why), ""]
    if goal.milestones:
        parts += ["## Milestones", ""]
        for milestone in goal.milestones:
            done = "x" if milestone.done_on else " "
            when = (
                f" (done {milestone.done_on.isoformat()})"
                if milestone.done_on
                else (f" (due {milestone.due_on.isoformat()})" if milestone.due_on else "")
            )
            parts.append(f"- [{done}] {inline(milestone.title)}{when}")
        parts.append("")
    if goal.members:
        parts += ["## Members", ""]
        parts += [
            f"- {links.person(m.person_id, m.display_name)} ({m.role.replace('_', ' ')})"
            for m in goal.members
        ]
        parts.append("")
    rows: Sequence[EntryRow] = ()
    if entries:
        rows = journal.entries.page(goal_id=goal.id, limit=entries, with_rows=True).rows
    if rows:
        parts += ["## Entries", ""]
        parts += _history(journal, rows, links, goal_titles)
    return "\n".join(parts).rstrip("\n") + "\n", len(rows)


def _people_ids_and_names(journal: Journal, include_archived: bool) -> Iterator[tuple[int, str]]:
    archived = None if include_archived else False
    cursor = None
    while True:
        page = journal.people.page(cursor=cursor, limit=PAGE, archived=archived, with_rows=True)
        for row in page.rows:
            yield row.id, row.display_name
        if page.complete:
            return
        cursor = page.cursor


def export_markdown(
    journal: Journal,
    folder: str | os.PathLike[str],
    *,
    include_archived: bool = True,
    entries_per_note: int = DEFAULT_ENTRIES,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> Exported:
    """One Markdown file per person and per goal, in People/ and Goals/ inside `folder`.

    Each person's file shows their newest `entries_per_note` entries, each goal's
    its newest linked entries. The folder is made if missing; what it already holds
    stays (the result says so). When any file to write already exists, nothing is
    written unless `overwrite`. `progress(done, total)` may return False to cancel
    (the files already written stay; none is left half-written).
    Counts: people, goals, entries (shown, over all the files), files.
    """
    if (
        isinstance(entries_per_note, bool)
        or not isinstance(entries_per_note, int)
        or not (0 <= entries_per_note <= MAX_ENTRIES)
    ):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "The number of entries per note must be from 0 to {MAX_ENTRIES:,}."
            ),
            "entries_per_note",
            MAX_ENTRIES=MAX_ENTRIES,
        )
    root, held = output_folder(folder, own=(PEOPLE_FOLDER, GOALS_FOLDER))
    person_names = UniqueNames()
    people = {
        pid: person_names.claim(name)
        for pid, name in _people_ids_and_names(journal, include_archived)
    }
    goal_rows = journal.goals.rows(sort="title")
    goal_names = UniqueNames()
    goals = {g.id: goal_names.claim(g.title) for g in goal_rows}
    goal_titles = {g.id: g.title for g in goal_rows}
    targets = [(PEOPLE_FOLDER, name) for name in people.values()]
    targets += [(GOALS_FOLDER, name) for name in goals.values()]
    existing = [f"{place}/{name}" for place, name in targets if _taken(inside(root, place, name))]
    if existing and not overwrite:
        count = len(existing)
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{count:,} of the files to write already exist in “{root}” (the first is "
                "“{first}”); nothing was written. Allow replacing them, or choose another folder.",
            ),
            "path",
            count=count,
            root=root,
            first=existing[0],
        )
    links = _Links(people, goals)
    people_dir = subfolder(root, PEOPLE_FOLDER) if people else None
    goals_dir = subfolder(root, GOALS_FOLDER) if goals else None
    memberships: dict[int, list[tuple[int, str]]] = {}
    goal_records: list[Goal] = []
    for row in goal_rows:
        try:
            goal = journal.goals.get(row.id)
        except NotFound:
            continue
        goal_records.append(goal)
        for member in goal.members:
            memberships.setdefault(member.person_id, []).append((goal.id, member.role))
    total = len(people) + len(goal_records)
    written: list[Path] = []
    counts = {"people": 0, "goals": 0, "entries": 0}
    report(progress, 0, total)
    for person_id, name in people.items():
        try:
            person = journal.people.get(person_id)
        except NotFound:
            continue
        text, shown = person_note(
            journal, person, links, goal_titles, memberships, entries_per_note
        )
        assert people_dir is not None
        written.append(_write(inside(people_dir, name), text, overwrite))
        counts["people"] += 1
        counts["entries"] += shown
        report(progress, len(written), total)
    for goal in goal_records:
        text, shown = goal_note(journal, goal, links, goal_titles, entries_per_note)
        assert goals_dir is not None
        written.append(_write(inside(goals_dir, goals[goal.id]), text, overwrite))
        counts["goals"] += 1
        counts["entries"] += shown
        report(progress, len(written), total)
    counts["files"] = len(written)
    return Exported(root, counts, tuple(written), left_alone_note(root, held))


def _taken(path: Path) -> bool:
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True


def _write(target: Path, text: str, overwrite: bool) -> Path:
    # Not fsynced one by one: thousands of small files, each complete or absent anyway.
    with writing(target, overwrite=overwrite, newline="\n", durable=False) as out:
        out.write(text)
    return target
