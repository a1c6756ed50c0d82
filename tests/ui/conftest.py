"""A small journal with known facts, and settings on a temporary file, for the UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from netjournal.journal import Journal
from netjournal.ui import i18n


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: object) -> Iterator[None]:
    """The app's English, as `run_gui` installs it: "1 day ago", not "1 days ago"."""
    installed = i18n.install("en")
    yield
    i18n.uninstall(installed)


@pytest.fixture(autouse=True)
def us_english_locale(qapp: object) -> Iterator[None]:
    """Dates read the same on every developer's machine: M/d/yyyy."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@dataclass(frozen=True)
class Facts:
    """Ids of what `small_journal` holds, by name."""

    people: dict[str, int]
    entries: dict[str, int]
    goals: dict[str, int]
    agreements: dict[str, int]


@pytest.fixture
def small_journal(journal: Journal) -> tuple[Journal, Facts]:
    """5 people, 3 entries, 2 goals, 2 agreements.

    Orders the tests rely on (ties broken by id, NULLs first ascending in paged lists):
    - last contact: Chiara, Elif (never), Ana (1 Feb), Bruno, Dmitri (5 Mar, same call);
    - next check-in: Chiara, Elif (no cadence), Ana (15 Feb), Dmitri (12 Mar), Bruno (4 Apr).
    """
    people = {}
    for name, organization, role, tags, cadence in (
        ("Ana Silva", "University of Porto", "Professor", ["mentors"], 14),
        ("Bruno Costa", "Acme", "Engineer", ["classmates"], 30),
        ("Chiara Rossi", "Zeta Labs", "Researcher", [], None),
        ("Dmitri Petrov", "", "Student", ["classmates", "study group"], 7),
        ("Elif Yilmaz", "Beta Society", "President", [], None),
    ):
        person = journal.people.create(
            name, organization=organization, role=role, tags=tags, cadence_days=cadence
        )
        people[name.split()[0]] = person.id
    goals = {
        "scholarship": journal.goals.create(
            "Win the scholarship",
            "scholarship",
            target_on=date(2026, 5, 1),
            progress=30,
            members=[(people["Ana"], "mentor")],
        ).id,
        "spanish": journal.goals.create(
            "Learn Spanish", "skill", status="paused", target_on=date(2025, 12, 1), progress=70
        ).id,
    }
    agreements = {
        "bruno": journal.mentorships.create(
            people["Bruno"],
            "mentee",
            status="active",
            started_on=date(2025, 1, 1),
            cadence_days=14,
        ).id,
        "ana": journal.mentorships.create(
            people["Ana"], "mentor", status="proposed", started_on=date(2025, 2, 1)
        ).id,
    }
    entries = {
        "coffee": journal.entries.log(
            "coffee",
            datetime(2025, 1, 10, 9, 0, tzinfo=UTC),
            [people["Ana"]],
            title="Coffee after class",
        ).id,
        "call": journal.entries.log(
            "call",
            datetime(2025, 3, 5, 15, 0, tzinfo=UTC),
            [people["Bruno"], people["Dmitri"]],
            title="Internship call",
            agreement_id=agreements["bruno"],
        ).id,
        "note": journal.entries.log(
            "note",
            datetime(2025, 2, 1, 12, 0, tzinfo=UTC),
            [people["Ana"]],
            body="Thoughts on the scholarship essay.",
        ).id,
    }
    return journal, Facts(people, entries, goals, agreements)


@pytest.fixture
def settings(qapp: object, tmp_path: Path) -> QSettings:
    """Window settings on a temporary ini file, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
