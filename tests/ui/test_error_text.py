"""A refusal of the domain shown in the reader's language: its template and its labels
translated, what the person typed left as typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, JournalError, Words
from netjournal.interchange import limits
from netjournal.journal import Journal
from netjournal.journal.incoming import CARD, Problem, Where
from netjournal.ui import i18n
from netjournal.ui.errors_text import (
    error_text,
    problem_text,
    where_in_file,
    where_text,
    words_text,
)

GERMAN = {
    "{label}: “{value}” is not a date that exists (expected YYYY-MM-DD).": (
        "{label}: „{value}“ ist kein Datum, das es gibt (erwartet JJJJ-MM-TT)."
    ),
    "Target date": "Zieldatum",
    "A person needs a name.": "Eine Person braucht einen Namen.",
    "People cannot be sorted by “{sort}”.": "Personen lassen sich nicht nach „{sort}“ sortieren.",
    # A typed value that happens to be a label must not be translated.
    "Name": "NAME-ÜBERSETZT",
    # A translator's typo in a placeholder must not hide the error.
    "{label} cannot be empty.": "{etikett} darf nicht leer sein.",
    # Problems met reading a file, and the words of an import plan.
    "{label} was {length:,} characters long, more than the {limit:,} kept; it was cut.": (
        "{label} war {length:,} Zeichen lang, mehr als die {limit:,}, die behalten werden; gekürzt."
    ),
    "The notes": "Die Notizen",
    "The file is too large to import: {size:,.1f} MB, at most {limit:,.1f} MB.": (
        "Die Datei ist zu groß zum Importieren: {size:,.1f} MB, höchstens {limit:,.1f} MB."
    ),
    "{reason} It was left out.": "{reason} Es wurde ausgelassen.",
    "The same person as {where} (same email): imported once.": (
        "Dieselbe Person wie {where} (gleiche E-Mail): einmal importiert."
    ),
    "card {n}": "Karte {n}",
    "line {n}": "Zeile {n}",
    "{count} contact details ({kinds})": "{count} Kontaktangaben ({kinds})",
    "email": "E-Mail",
    "phone": "Telefon",
    "a photo": "ein Foto",
    "Action item {n}: due date": "Aufgabe {n}: Fälligkeitsdatum",
}


@pytest.fixture
def german(
    qapp: object, tmp_path: Path, write_catalogue: Callable[..., Path]
) -> Iterator[i18n.Installed]:
    installed = i18n.install(
        "de",
        folder=write_catalogue("de", {"Validation": GERMAN}),
        cache=tmp_path / "cache",
        system=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    )
    yield installed
    i18n.uninstall(installed)


def _refusal(operation) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        operation()
    return caught.value


def test_a_bad_date_reads_in_german_with_its_label_and_the_typed_text(
    german: i18n.Installed, journal: Journal
) -> None:
    error = _refusal(lambda: journal.goals.create("Run", target_on="2025-02-30"))
    assert error_text(error) == (
        "Zieldatum: „2025-02-30“ ist kein Datum, das es gibt (erwartet JJJJ-MM-TT)."
    )
    # The English message is kept for logs and the CLI.
    assert error.message.startswith("Target date: “2025-02-30”")


def test_a_person_without_a_name_is_refused_in_german(
    german: i18n.Installed, journal: Journal
) -> None:
    error = _refusal(lambda: journal.people.create("   "))
    assert error_text(error) == "Eine Person braucht einen Namen."


def test_a_value_that_is_not_a_label_is_never_translated(
    german: i18n.Installed, journal: Journal
) -> None:
    error = _refusal(lambda: journal.people.page(sort="Name"))
    assert error_text(error) == "Personen lassen sich nicht nach „Name“ sortieren."


def test_a_message_not_yet_translated_stays_english(
    german: i18n.Installed, journal: Journal
) -> None:
    error = _refusal(lambda: journal.people.page(limit=0))
    assert error_text(error) == "A page must hold at least one row, not 0."


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english(
    german: i18n.Installed,
) -> None:
    error = InvalidInput.of("{label} cannot be empty.", "title", label="Title", labels=("label",))
    assert error_text(error) == "Title cannot be empty."


def test_in_english_the_message_is_the_domain_message(qapp: object, journal: Journal) -> None:
    error = _refusal(lambda: journal.goals.create("Run", target_on="2025-02-30"))
    assert error_text(error) == error.message


def test_an_error_without_template_and_a_foreign_error_show_their_message(
    qapp: object,
) -> None:
    assert error_text(JournalError("The disk is full.")) == "The disk is full."
    assert error_text(OSError("No space left on device")) == "No space left on device"


def test_a_cut_field_reads_in_german_with_numbers_grouped_the_german_way(
    german: i18n.Installed,
) -> None:
    problem = limits.was_cut(Where("a.vcf"), "The notes", 12_345, 10_000)
    assert problem.message == (
        "The notes was 12,345 characters long, more than the 10,000 kept; it was cut."
    )
    assert problem_text(problem) == (
        "Die Notizen war 12.345 Zeichen lang, mehr als die 10.000, die behalten werden; gekürzt."
    )


def test_a_refused_file_says_its_size_in_the_locale(german: i18n.Installed, tmp_path: Path) -> None:
    big = tmp_path / "big.vcf"
    big.write_bytes(b"x" * 3 * 1024 * 1024)
    problem = limits.refusal(big, 1024 * 1024)
    assert problem is not None
    assert problem.where == Where("big.vcf")
    assert problem.message == "The file is too large to import: 3.0 MB, at most 1.0 MB."
    assert problem_text(problem) == (
        "Die Datei ist zu groß zum Importieren: 3,0 MB, höchstens 1,0 MB."
    )


def test_a_problem_passing_on_an_error_translates_both(
    german: i18n.Installed, journal: Journal
) -> None:
    error = _refusal(lambda: journal.goals.create("Run", target_on="2025-02-30"))
    problem = Problem.of(
        Where("a.vcf"), QT_TRANSLATE_NOOP("Validation", "{reason} It was left out."), reason=error
    )
    assert problem.message == f"{error.message} It was left out."
    assert problem_text(problem) == (
        "Zieldatum: „2025-02-30“ ist kein Datum, das es gibt (erwartet JJJJ-MM-TT). "
        "Es wurde ausgelassen."
    )


def test_where_in_a_file_is_said_in_german(german: i18n.Installed) -> None:
    where = Where("contacts.vcf", CARD, 5, 1052)
    assert str(where) == "contacts.vcf, card 5, line 1052"
    assert where_in_file(where) == "Karte 5, Zeile 1.052"
    assert where_text(where) == "contacts.vcf, Karte 5, Zeile 1.052"
    assert where_text(Where("contacts.vcf")) == "contacts.vcf"
    reason = Words.of(
        QT_TRANSLATE_NOOP("Validation", "The same person as {where} (same email): imported once."),
        where=Where("contacts.vcf", CARD, 2, 14),
    )
    assert reason == "The same person as contacts.vcf, card 2, line 14 (same email): imported once."
    assert words_text(reason) == (
        "Dieselbe Person wie contacts.vcf, Karte 2, Zeile 14 (gleiche E-Mail): einmal importiert."
    )


def test_what_a_merge_adds_is_listed_in_german(german: i18n.Installed) -> None:
    said = Words.listed(
        [
            Words.of(
                QT_TRANSLATE_NOOP("Validation", "{count} contact details ({kinds})"),
                count=2,
                kinds=(
                    Words.of(QT_TRANSLATE_NOOP("Validation", "email")),
                    Words.of(QT_TRANSLATE_NOOP("Validation", "phone")),
                ),
            ),
            Words.of(QT_TRANSLATE_NOOP("Validation", "a photo")),
        ]
    )
    assert said == "2 contact details (email, phone), a photo"
    assert words_text(said) == "2 Kontaktangaben (E-Mail, Telefon), ein Foto"
    assert words_text("typed by hand") == "typed by hand"


def test_an_action_item_s_label_is_translated_with_its_number(
    german: i18n.Installed, journal: Journal
) -> None:
    actions = [
        {"title": "Read", "due_on": "2025-02-01"},
        {"title": "Send CV", "due_on": "2025-02-30"},
    ]
    error = _refusal(lambda: journal.mentorships.log_session(1, "2025-01-10", actions=actions))
    assert error.message.startswith("Action item 2: due date: “2025-02-30”")
    assert error_text(error) == (
        "Aufgabe 2: Fälligkeitsdatum: „2025-02-30“ ist kein Datum, das es gibt (erwartet "
        "JJJJ-MM-TT)."
    )
