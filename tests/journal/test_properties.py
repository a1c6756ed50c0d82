"""Bad input, everywhere: random sequences of operations on a real journal file.

Hypothesis drives the domain API with any text (every Unicode character, lone
surrogates and control characters included, very long text), dates at the limits,
duplicate names, and creates, updates and deletes in any order. Every write is
either stored and read back as given (stripped of surrounding space), or refused
with the project's own error and nothing in the file changed. The journal passes
`check` after every step.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, precondition, rule

from netjournal.errors import InvalidInput, NetJournalError
from netjournal.journal import Journal
from netjournal.journal import validate as v

from .conftest import read_tables

# Any character at all: every plane, surrogates and controls (a GUI can hand over a lone
# surrogate), biased towards the edges.
ANY_CHAR = st.characters(codec=None, categories=None)
TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=40),
    st.text(st.characters(categories=["L", "M", "N", "P", "Zs", "So"]), max_size=30),
    st.text(st.sampled_from(" \t\n\r\x00\x0b\u200f\u202e\ufeff é👩‍🎓\ud800\udfff"), max_size=12),
    st.builds(lambda n, c: c * n, st.sampled_from([199, 200, 201, 1001]), st.sampled_from("aé")),
)
NAMES = st.one_of(TEXT, st.sampled_from(["Ana", "ana", "Ana ", "Bo", "Zoë", "Zoë"]))
PLAUSIBLE = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
DATES = st.one_of(
    PLAUSIBLE,
    PLAUSIBLE,
    st.none(),
    # The limits, each side.
    st.sampled_from([date(1900, 1, 1), date(2200, 12, 31), date(2000, 2, 29), date(1899, 12, 31)]),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
DATE_TEXT = st.one_of(DATES, st.sampled_from(["2026-02-30", "2026-13-01", "", "  ", "yesterday"]))
MOMENTS = st.one_of(
    st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.just(UTC)
    ),
    st.sampled_from(
        [
            datetime(1970, 1, 1, tzinfo=UTC),
            datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
            datetime(1900, 1, 1, tzinfo=UTC),
            datetime(2200, 12, 31, 23, 59, 59, tzinfo=UTC),
            datetime(1, 1, 1, tzinfo=UTC),
            datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
        ]
    ),
)

EXAMPLES = 100
STEPS = 30
# How many examples and steps ran, for the report (read by the last test).
RAN = {"examples": 0, "steps": 0, "refused": 0, "stored": 0}


class JournalMachine(RuleBasedStateMachine):
    """One fresh journal file per example; the rules are what a user (or an importer)
    could ask of the domain API."""

    people = Bundle("people")
    goals = Bundle("goals")
    agreements = Bundle("agreements")
    entries = Bundle("entries")

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory(prefix="netjournal-props-")
        self.path = Path(self.folder.name) / "journal.db"
        self.journal = Journal.open(self.path)
        RAN["examples"] += 1

    def teardown(self) -> None:
        self.journal.close()
        self.folder.cleanup()

    # --- the one check every write goes through --------------------------------------

    def attempt(self, write: Any) -> Any:
        """Run a write: it is stored, or refused with InvalidInput and the file unchanged."""
        RAN["steps"] += 1
        before = read_tables(self.path)
        refused: InvalidInput | None = None
        try:
            result = write()
        except InvalidInput as exc:
            refused = exc
        except NetJournalError as other:
            raise AssertionError(f"not a refusal of input: {other!r}") from other
        if refused is not None:
            RAN["refused"] += 1
            assert refused.message, "a refusal says why"
            assert read_tables(self.path) == before, f"refused but changed: {refused}"
            return None
        RAN["stored"] += 1
        return result

    @invariant()
    def healthy(self) -> None:
        assert self.journal.check() == []

    # --- people -------------------------------------------------------------------------

    @rule(
        target=people,
        name=NAMES,
        notes=TEXT,
        met_on=DATE_TEXT,
        cadence=st.integers(-2, 1200) | st.integers(1, 60),
    )
    def create_person(self, name: str, notes: str, met_on: Any, cadence: int) -> int | None:
        person = self.attempt(
            lambda: self.journal.people.create(
                name, notes=notes, met_on=met_on, cadence_days=cadence or None
            )
        )
        if person is None:
            return None  # type: ignore[return-value]
        stored = self.journal.people.get(person.id)
        assert stored.display_name == name.strip()
        assert stored.notes == notes.strip()
        return person.id

    @precondition(lambda self: True)
    @rule(
        person=people,
        field=st.sampled_from(["organization", "role", "notes", "pronouns"]),
        value=TEXT,
    )
    def update_person(self, person: int | None, field: str, value: str) -> None:
        if person is None:
            return
        done = self.attempt(lambda: self.journal.people.update(person, **{field: value}))
        if done is not None:
            assert getattr(self.journal.people.get(person), field) == value.strip()

    @rule(person=people)
    def delete_and_restore(self, person: int | None) -> None:
        if person is None:
            return
        try:
            before = self.journal.people.get(person)
        except InvalidInput:
            return
        deleted = self.attempt(lambda: self.journal.people.delete(person))
        restored = self.attempt(lambda: self.journal.people.restore(deleted))
        assert restored.display_name == before.display_name

    @rule(text=TEXT)
    def search(self, text: str) -> None:
        self.journal.people.search(text)
        self.journal.timeline.page(text=text, limit=10)

    # --- entries ------------------------------------------------------------------------

    @rule(target=entries, when=MOMENTS, title=TEXT, body=TEXT, who=st.lists(people, max_size=3))
    def log_entry(self, when: datetime, title: str, body: str, who: list[int | None]) -> int | None:
        people = [p for p in who if p is not None]
        entry = self.attempt(
            lambda: self.journal.entries.log("note", when, people, title=title, body=body)
        )
        if entry is None:
            return None  # type: ignore[return-value]
        stored = self.journal.entries.get(entry.id)
        assert (stored.title, stored.body) == (title.strip(), body.strip())
        assert stored.occurred_at == when
        return entry.id

    @rule(entry=entries, when=MOMENTS)
    def move_entry(self, entry: int | None, when: datetime) -> None:
        if entry is not None:
            self.attempt(lambda: self.journal.entries.update(entry, occurred_at=when))

    @rule(entry=entries)
    def delete_entry(self, entry: int | None) -> None:
        if entry is not None:
            self.attempt(lambda: self.journal.entries.delete(entry))

    # --- goals --------------------------------------------------------------------------

    @rule(
        target=goals,
        title=NAMES,
        start=DATE_TEXT,
        target_on=DATE_TEXT,
        progress=st.integers(-5, 105),
    )
    def create_goal(self, title: str, start: Any, target_on: Any, progress: int) -> int | None:
        goal = self.attempt(
            lambda: self.journal.goals.create(
                title, "exam", start_on=start, target_on=target_on, progress=progress
            )
        )
        if goal is None:
            return None  # type: ignore[return-value]
        assert self.journal.goals.get(goal.id).title == title.strip()
        return goal.id

    @rule(goal=goals, title=TEXT, due=DATE_TEXT)
    def add_milestone(self, goal: int | None, title: str, due: Any) -> None:
        if goal is not None:
            self.attempt(lambda: self.journal.goals.add_milestone(goal, title, due_on=due))

    @rule(goal=goals, start=DATE_TEXT)
    def move_goal_start(self, goal: int | None, start: Any) -> None:
        if goal is not None:
            self.attempt(lambda: self.journal.goals.update(goal, start_on=start))

    @rule(goal=goals, person=people, role=st.sampled_from(["mentor", "supporter", "boss", ""]))
    def share_goal(self, goal: int | None, person: int | None, role: str) -> None:
        if goal is not None and person is not None:
            self.attempt(lambda: self.journal.goals.set_member(goal, person, role or None))

    @rule(goal=goals)
    def delete_goal(self, goal: int | None) -> None:
        if goal is not None:
            self.attempt(lambda: self.journal.goals.delete(goal))

    # --- mentorships ----------------------------------------------------------------------

    @rule(
        target=agreements,
        person=people,
        role=st.sampled_from(["mentor", "mentee", "peer"]),
        status=st.sampled_from(["proposed", "active", "declined"]),
        channel=TEXT,
        started=DATE_TEXT,
    )
    def create_agreement(
        self, person: int | None, role: str, status: str, channel: str, started: Any
    ) -> int | None:
        if person is None:
            return None  # type: ignore[return-value]
        made = self.attempt(
            lambda: self.journal.mentorships.create(
                person, role, status=status, channel=channel, started_on=started
            )
        )
        return None if made is None else made.id  # type: ignore[return-value]

    @rule(
        agreement=agreements,
        cadence=st.integers(0, 1200),
        reason=TEXT,
        status=st.sampled_from([None, "active", "paused", "completed"]),
    )
    def revise_agreement(
        self, agreement: int | None, cadence: int, reason: str, status: str | None
    ) -> None:
        if agreement is None:
            return
        changes: dict[str, Any] = {"cadence_days": cadence or None}
        if status:
            changes["status"] = status
        self.attempt(lambda: self.journal.mentorships.update(agreement, reason, **changes))

    @rule(agreement=agreements, when=MOMENTS, agenda=TEXT, action=TEXT)
    def log_session(self, agreement: int | None, when: datetime, agenda: str, action: str) -> None:
        if agreement is None:
            return
        session = self.attempt(
            lambda: self.journal.mentorships.log_session(
                agreement, when, agenda=agenda, actions=[{"title": action, "owner": "them"}]
            )
        )
        if session is not None:
            assert session.agenda == agenda.strip()

    @rule(agreement=agreements, works=TEXT, decision=st.sampled_from(["keep", "pause", "x"]))
    def review(self, agreement: int | None, works: str, decision: str) -> None:
        if agreement is not None:
            self.attempt(
                lambda: self.journal.mentorships.review(
                    agreement, datetime(2026, 1, 1, tzinfo=UTC), decision, what_works=works
                )
            )


JournalMachine.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=STEPS,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestJournalMachine = JournalMachine.TestCase


def test_how_many_examples_ran() -> None:
    """Runs after the machine (tests run in file order): says what was tried."""
    if RAN["examples"]:
        assert RAN["steps"] > RAN["examples"]
        assert RAN["refused"] > 0
        assert RAN["stored"] > 0
        print(
            f"{RAN['examples']} journals, {RAN['steps']} writes: {RAN['stored']} stored "
            f"and read back, {RAN['refused']} refused with nothing changed"
        )


def test_text_limits_are_the_documented_ones() -> None:
    assert (v.NAME_MAX, v.LONG_TEXT_MAX) == (200, 200_000)
    assert timedelta(days=v.CADENCE_MAX_DAYS).days == 1098
