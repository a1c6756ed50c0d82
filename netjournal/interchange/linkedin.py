"""People from LinkedIn's `Connections.csv` (Settings → Data privacy → Get a copy of
your data → Connections).

The real export begins with a BOM and a "Notes:" preamble before its header row;
the header is found by its columns, wherever it is. Each connection becomes a person
with the company as organization, the position as role, the profile as a link
labelled "LinkedIn", the day "Connected On" ("12 Mar 2024") as the day we met, and
"LinkedIn" as how; most emails are empty (LinkedIn shows only those its members
allow). A row that cannot be read is a `Problem` naming its row and line; the
others come through.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from netjournal.errors import QT_TRANSLATE_NOOP
from netjournal.interchange import limits
from netjournal.journal.incoming import ROW, IncomingMethod, IncomingPerson, Parsed, Problem, Where

FORMAT = "linkedin"
HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
# English month names as LinkedIn writes them (strptime's %b follows the user's locale).
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def is_header(row: list[str]) -> bool:
    """Whether a CSV row is the header of a LinkedIn connections export."""
    names = {f.strip().lstrip("\ufeff") for f in row}
    return {"First Name", "Last Name", "Connected On"} <= names


def read(path: Path) -> Parsed:
    """Every connection of the file, and what could not be read of it."""
    parsed = Parsed(path=path, format=FORMAT)
    name = path.name
    refused = limits.refusal(path)
    if refused:
        parsed.problems.append(refused)
        return parsed
    columns: dict[str, int] | None = None
    try:
        for row_number, line, row in limits.csv_rows(path):
            if columns is None:
                if is_header(row):
                    columns = {f.strip().lstrip("\ufeff"): i for i, f in enumerate(row)}
                continue
            if not any(f.strip() for f in row):
                continue
            where = Where(name, ROW, row_number, line)
            parsed.people.append(_person(where, row, columns, parsed.problems))
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
    if columns is None:
        parsed.problems.append(
            Problem.of(
                Where(name),
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "No header row of LinkedIn's connections (First Name, Last Name, … "
                    "Connected On) was found in the file.",
                ),
            )
        )
    return parsed


def _person(
    where: Where, row: list[str], columns: dict[str, int], problems: list[Problem]
) -> IncomingPerson:
    def value(column: str) -> str:
        at = columns.get(column)
        return row[at].strip() if at is not None and at < len(row) else ""

    methods = []
    if value("Email Address"):
        methods.append(IncomingMethod("email", value("Email Address")))
    if value("URL"):
        methods.append(IncomingMethod("url", value("URL"), "LinkedIn"))
    met_on = None
    connected = value("Connected On")
    if connected:
        met_on = connected_on(connected)
        if met_on is None:
            problems.append(
                Problem.of(
                    where,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "“{text}” (Connected On) is not a date; the day you connected was left "
                        "out.",
                    ),
                    text=connected,
                )
            )
        elif not limits.plausible(met_on):
            problems.append(limits.implausible(where, "Connected On", met_on))
            met_on = None
    return limits.fitted_person(
        where,
        problems,
        methods=methods,
        given_name=value("First Name"),
        family_name=value("Last Name"),
        organization=value("Company"),
        role=value("Position"),
        met_on=met_on,
        met_how="LinkedIn",
    )


def connected_on(text: str) -> date | None:
    """LinkedIn's "12 Mar 2024" (or an ISO date) as a date; None if it is not one."""
    text = text.strip()
    match = _DAY_MONTH_YEAR.fullmatch(text)
    try:
        if match:
            month = _MONTHS.get(match.group(2).lower())
            if month is None:
                return None
            return date(int(match.group(3)), month, int(match.group(1)))
        match = _ISO.fullmatch(text)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return None
