"""People from a Google Contacts CSV export (contacts.google.com → Export → Google CSV).

The current export: one row a contact, "First Name", "Middle Name", "Last Name",
"Name Prefix", "Name Suffix", "Nickname", "Organization Name", "Organization Title",
"Organization Department", "Birthday", "Notes", "Labels", and numbered groups
"E-mail 1 - Label" / "E-mail 1 - Value", "Phone 1 - …", "Website 1 - …",
"Address 1 - …". Several values of one group are joined by " ::: " and share its
label. The older export's names ("Given Name", "Family Name", "Group Membership",
"E-mail 1 - Type"…) are read too.

- Labels become tags, without Google's system label "* myContacts" and without the
  "* " that marks a system label ("* starred" is "starred"); a method's label loses
  its "* " too (Google marks the primary one so), and Google's own words (Home,
  Work, Mobile…) are written as the vCard reader writes them ("home", "mobile").
- The "Photo" column is a link to Google's servers: never fetched; one `Problem`
  says how many were left out.
- How we met is left empty: the export says where a contact was kept, not how we met.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP
from netjournal.interchange import limits
from netjournal.journal.incoming import ROW, IncomingMethod, IncomingPerson, Parsed, Problem, Where

FORMAT = "google"
SEPARATOR = " ::: "
# Each field, and the names the current and older exports give its column.
_COLUMNS = {
    "given": ("First Name", "Given Name"),
    "middle": ("Middle Name", "Additional Name"),
    "family": ("Last Name", "Family Name"),
    "prefix": ("Name Prefix",),
    "suffix": ("Name Suffix",),
    "name": ("Name",),
    "nickname": ("Nickname",),
    "organization": ("Organization Name", "Organization 1 - Name"),
    "department": ("Organization Department", "Organization 1 - Department"),
    "title": ("Organization Title", "Organization 1 - Title"),
    "birthday": ("Birthday",),
    "notes": ("Notes",),
    "labels": ("Labels", "Group Membership"),
    "photo": ("Photo",),
}
_GROUP = re.compile(r"(E-mail|Phone|Website|Address) (\d+) - (.+)")
_KINDS = {"E-mail": "email", "Phone": "phone", "Website": "url", "Address": "address"}
_ADDRESS_PARTS = (
    "PO Box",
    "Extended Address",
    "Street",
    "City",
    "Region",
    "Postal Code",
    "Country",
)
_SYSTEM_LABELS = frozenset({"mycontacts"})
# Google's own method labels, in the words the vCard reader gives the same TYPEs.
_GOOGLE_WORDS = {
    "home": "home",
    "work": "work",
    "mobile": "mobile",
    "other": "other",
    "main": "main",
    "home fax": "home fax",
    "work fax": "work fax",
    "pager": "pager",
    "profile": "profile",
    "blog": "blog",
    "home page": "home page",
    "homepage": "home page",
    "school": "school",
}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NO_YEAR = re.compile(r"--(\d{2})-(\d{2})")


def is_header(row: list[str]) -> bool:
    """Whether a CSV row is the header of a Google Contacts export."""
    names = {f.strip().lstrip("\ufeff") for f in row}
    named = bool(names & {"First Name", "Given Name", "Name"})
    google = bool(names & {"E-mail 1 - Value", "Labels", "Group Membership", "Phone 1 - Value"})
    return named and google


def read(path: Path) -> Parsed:
    """Every contact of the file, and what could not be read of it."""
    parsed = Parsed(path=path, format=FORMAT)
    name = path.name
    refused = limits.refusal(path)
    if refused:
        parsed.problems.append(refused)
        return parsed
    header: _Header | None = None
    photos = 0
    try:
        for row_number, line, row in limits.csv_rows(path):
            if header is None:
                if not is_header(row):
                    parsed.problems.append(
                        Problem.of(
                            Where(name, ROW, 1, line),
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "The first row is not the header of a Google Contacts export "
                                "(First Name, … E-mail 1 - Value, Labels); the file was not "
                                "read.",
                            ),
                        )
                    )
                    return parsed
                header = _Header(row)
                continue
            if not any(f.strip() for f in row):
                continue
            where = Where(name, ROW, row_number, line)
            if header.value(row, "photo"):
                photos += 1
            parsed.people.append(header.person(where, row, parsed.problems))
    except limits.FileTooLarge:
        parsed.people.clear()
        parsed.problems.append(limits.too_large(name))
        return parsed
    except limits.BrokenCsv as exc:
        parsed.problems.append(Problem.because(Where(name), exc))
        return parsed
    except OSError as exc:
        parsed.problems.append(limits.unreadable(name, exc))
        return parsed
    if header is None:
        parsed.problems.append(
            Problem.of(Where(name), QT_TRANSLATE_NOOP("Validation", "The file is empty."))
        )
    if photos:
        parsed.problems.append(
            Problem.of(
                Where(name),
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The photos of {count:,} contacts are links to Google's servers; NetJournal "
                    "downloads nothing, so they were left out.",
                ),
                count=photos,
            )
        )
    return parsed


class _Header:
    """Where each field is in the rows of one file."""

    def __init__(self, row: list[str]) -> None:
        at = {f.strip().lstrip("\ufeff"): i for i, f in enumerate(row)}
        self.fields = {
            key: next((at[n] for n in names if n in at), None) for key, names in _COLUMNS.items()
        }
        # (kind, number) → {"Label": column, "Value": column, "Street": column…}
        groups: dict[tuple[str, int], dict[str, int]] = {}
        for column, index in at.items():
            match = _GROUP.fullmatch(column)
            if match:
                part = "Label" if match.group(3) == "Type" else match.group(3)
                groups.setdefault((match.group(1), int(match.group(2))), {})[part] = index
        order = {"E-mail": 0, "Phone": 1, "Website": 2, "Address": 3}
        self.groups = sorted(groups.items(), key=lambda item: (order[item[0][0]], item[0][1]))

    def value(self, row: list[str], key: str) -> str:
        index = self.fields.get(key)
        return row[index].strip() if index is not None and index < len(row) else ""

    def person(self, where: Where, row: list[str], problems: list[Problem]) -> IncomingPerson:
        def cell(index: int | None) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""

        methods: list[IncomingMethod] = []
        for (group, _number), parts in self.groups:
            kind = _KINDS[group]
            label = _label(cell(parts.get("Label")))
            if kind == "address":
                values = _split(cell(parts.get("Formatted")))
                if not values:
                    pieces = [_split(cell(parts.get(p))) for p in _ADDRESS_PARTS]
                    values = [", ".join(p[0].replace("\n", ", ") for p in pieces if p)]
                values = [v.replace("\n", ", ") for v in values]
            else:
                values = _split(cell(parts.get("Value")))
            methods.extend(IncomingMethod(kind, v, label) for v in values if v.strip())
        given, middle, family = (
            self.value(row, "given"),
            self.value(row, "middle"),
            self.value(row, "family"),
        )
        display = self.value(row, "name") or " ".join(
            p
            for p in (
                self.value(row, "prefix"),
                given,
                middle,
                family,
                self.value(row, "suffix"),
            )
            if p
        )
        organization = ", ".join(
            p for p in (self.value(row, "organization"), self.value(row, "department")) if p
        )
        tags = [
            t.removeprefix("* ").strip()
            for t in _split(self.value(row, "labels"))
            if t.removeprefix("* ").strip().casefold() not in _SYSTEM_LABELS
        ]
        return limits.fitted_person(
            where,
            problems,
            methods=methods,
            tags=tags,
            display_name=display,
            given_name=given,
            family_name=family,
            nickname=self.value(row, "nickname"),
            organization=organization,
            role=self.value(row, "title"),
            birthday=_birthday(self.value(row, "birthday"), where, problems),
            notes=self.value(row, "notes"),
        )


def _split(text: str) -> list[str]:
    return [v.strip() for v in text.split(SEPARATOR) if v.strip()] if text else []


def _label(text: str) -> str:
    text = text.strip().removeprefix("* ").strip()
    return _GOOGLE_WORDS.get(text.casefold(), text)


def _birthday(text: str, where: Where, problems: list[Problem]) -> date | None:
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match:
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            day = None
        if day is not None and limits.plausible(day):
            return day
        if day is not None:
            problems.append(
                limits.implausible(where, QT_TRANSLATE_NOOP("Validation", "The birthday"), day)
            )
            return None
    if _NO_YEAR.fullmatch(text):
        problems.append(Problem.of(where, limits.BIRTHDAY_WITHOUT_YEAR, text=text))
        return None
    problems.append(Problem.of(where, limits.BIRTHDAY_NOT_A_DATE, text=text))
    return None
