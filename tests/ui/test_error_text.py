"""A refusal of the domain shown in the reader's language: its template and its labels
translated, what the person typed left as typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from netjournal.errors import InvalidInput, JournalError
from netjournal.journal import Journal
from netjournal.ui import i18n
from netjournal.ui.errors_text import error_text

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
}


@pytest.fixture
def german(qapp: object, tmp_path: Path) -> Iterator[i18n.Installed]:
    folder = tmp_path / "translations"
    folder.mkdir()
    messages = "".join(
        f"<message><source>{_xml(source)}</source><translation>{_xml(text)}</translation></message>"
        for source, text in GERMAN.items()
    )
    i18n.ts_file("de", folder).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de"><context><name>Validation</name>{messages}'
        "</context></TS>\n",
        encoding="utf-8",
    )
    installed = i18n.install(
        "de",
        folder=folder,
        cache=tmp_path / "cache",
        system=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    )
    yield installed
    i18n.uninstall(installed)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
