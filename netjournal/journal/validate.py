"""Checks on what a person typed, each failing with a message that names the field.

Every check returns the cleaned value or raises `InvalidInput`; operations run
all their checks before the transaction starts, so bad input writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import TypeVar

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput

NAME_MAX = 200
SHORT_TEXT_MAX = 1_000
LONG_TEXT_MAX = 200_000  # notes and entry bodies: about 100 pages of text
PHOTO_MAX_BYTES = 512 * 1024
CADENCE_MAX_DAYS = 3 * 366

E = TypeVar("E", bound=StrEnum)
_SURROGATE = re.compile("[\ud800-\udfff]")

# The years a date of the journal may fall in: a "0202" typed for "2022" is refused
# rather than stored, and every date shown in local time stays a date Python can show.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def _plausible(day: date, field: str, label: str) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{label}: {value} is not a date the journal keeps (the years {FIRST_YEAR} to "
                "{LAST_YEAR}).",
            ),
            field,
            label=label,
            value=day.isoformat(),
            FIRST_YEAR=FIRST_YEAR,
            LAST_YEAR=LAST_YEAR,
            labels=("label",),
        )


def text(value: str | None, field: str, label: str, limit: int = SHORT_TEXT_MAX) -> str:
    """Stripped text within `limit` characters; None becomes ''."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} must be text."),
            field,
            label=label,
            labels=("label",),
        )
    value = value.strip()
    if len(value) > limit:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "{label} is too long: {length:,} characters, at most {limit:,}."
            ),
            field,
            label=label,
            length=len(value),
            limit=limit,
            labels=("label",),
        )
    if "\x00" in value:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} contains a NUL character."),
            field,
            label=label,
            labels=("label",),
        )
    surrogate = _SURROGATE.search(value)
    if surrogate:
        # Half of a character (pasted from a broken source): it cannot be stored as text.
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "{label} contains U+{code:04X}, half of a character that cannot be stored; retype "
                "or remove it.",
            ),
            field,
            label=label,
            code=ord(surrogate.group()),
            labels=("label",),
        )
    return value


def required_text(value: str | None, field: str, label: str, limit: int = NAME_MAX) -> str:
    cleaned = text(value, field, label, limit)
    if not cleaned:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} cannot be empty."),
            field,
            label=label,
            labels=("label",),
        )
    return cleaned


def a_date(value: date | str | None, field: str, label: str) -> date | None:
    """A calendar date from a `date` or ISO text (YYYY-MM-DD); '' and None mean none."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str):
        if not value.strip():
            return None
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{label}: “{value}” is not a date that exists (expected YYYY-MM-DD).",
                ),
                field,
                label=label,
                value=value,
                labels=("label",),
            ) from None
    else:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} must be a date."),
            field,
            label=label,
            labels=("label",),
        )
    _plausible(day, field, label)
    return day


def a_time(value: datetime | date | str | None, field: str, label: str) -> datetime:
    """An aware UTC datetime; a naive one is taken as local time, a day alone as its start."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{label}: “{value}” is not a date and time that exists (expected YYYY-MM-DD "
                    "HH:MM).",
                ),
                field,
                label=label,
                value=value,
                labels=("label",),
            ) from None
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime.combine(value, time())
    if value is None:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} is required."),
            field,
            label=label,
            labels=("label",),
        )
    if not isinstance(value, datetime):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} must be a date and time."),
            field,
            label=label,
            labels=("label",),
        )
    # Checked before any change of time zone, which would overflow at the very limits.
    _plausible(value.date(), field, label)
    if value.tzinfo is None:
        value = value.astimezone()  # naive means the user's local time
    return value.astimezone(UTC)


def choice(value: str | None, enum: type[E], field: str, label: str) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        if value is None or value == "":
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "{label} is required: one of {allowed}."),
                field,
                label=label,
                allowed=allowed,
                labels=("label",),
            ) from None
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label}: “{value}” is not one of {allowed}."),
            field,
            label=label,
            value=value,
            allowed=allowed,
            labels=("label",),
        ) from None


def optional_choice(value: str | None, enum: type[E], field: str, label: str) -> E | None:
    if value is None or value == "":
        return None
    return choice(value, enum, field, label)


def positive_days(
    value: int | None, field: str, label: str, limit: int = CADENCE_MAX_DAYS
) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} must be a whole number of days."),
            field,
            label=label,
            labels=("label",),
        )
    if not 1 <= value <= limit:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} must be between 1 and {limit} days."),
            field,
            label=label,
            limit=limit,
            labels=("label",),
        )
    return value


def page_size(limit: int) -> int:
    """A page holds at least one row: an empty page that is not the last never ends a loop."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "A page must hold at least one row, not {limit!r}."),
            "limit",
            limit=limit,
        )
    return limit


def percent(value: int | None, field: str, label: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "{label} must be a whole number from 0 to 100."),
            field,
            label=label,
            labels=("label",),
        )
    return value


def ordered(start: date | None, end: date | None, field: str, template: str) -> None:
    """Refuse an end before its start; `template` is marked QT_TRANSLATE_NOOP("Validation", ...)."""
    if start is not None and end is not None and end < start:
        raise InvalidInput.of(template, field)


def names(values: Iterable[str] | None, field: str, label: str) -> list[str]:
    """Distinct (case-insensitively) non-empty names, in the order given."""
    if isinstance(values, str):
        # A bare string would otherwise become one name per letter.
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "{label} names must be given as a list, not as one text."
            ),
            field,
            label=label,
            labels=("label",),
        )
    seen: set[str] = set()
    cleaned: list[str] = []
    for value in values or []:
        name = text(value, field, label, NAME_MAX)
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            cleaned.append(name)
    return cleaned
