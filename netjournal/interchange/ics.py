"""Events from iCalendar files (.ics), read with `icalendar`, to become journal entries.

Each VEVENT becomes an `IncomingEvent`: its SUMMARY the title, its start the time
(aware: a TZID is honoured, a floating time is the user's local time, an all-day
event is 12:00 UTC of its day, so that it stays on that day in every time zone
near ours), DESCRIPTION the body, LOCATION, the attendees' and the organizer's
emails (`mailto:`), and the UID. A recurring event is imported once, at its first
occurrence (DTSTART); its later occurrences are not entries of their own. Alarms
(VALARM) are not events: their descriptions and attendees are not taken.

An attachment given as a link (ATTACH) is kept as a line of the body, never
fetched; an attachment inside the file is left out.

A file with several calendars is read whole. A line `icalendar` cannot read is a
`Problem` naming the event and the line; an event without a start is left out with
a `Problem`; a file that is not a calendar at all is one `Problem`, not a crash. A
calendar holding no events says so in a `Problem`, with its name.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import icalendar

from netjournal.errors import QT_TRANSLATE_NOOP
from netjournal.interchange import limits
from netjournal.journal.incoming import EVENT, IncomingEvent, Parsed, Problem, Where

FORMAT = "ics"
ALL_DAY_AT = time(12, 0, tzinfo=UTC)
_QUOTED = re.compile(r"'([^']*)'")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def read(path: Path) -> Parsed:
    """Every event of the calendar file at `path`, and what could not be read of it."""
    parsed = Parsed(path=path, format=FORMAT)
    name = path.name
    refused = limits.refusal(path)
    if refused:
        parsed.problems.append(refused)
        return parsed
    size = path.stat().st_size
    if size > MAX_CALENDAR_BYTES:
        parsed.problems.append(
            Problem.of(
                Where(name),
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The calendar is too large to import: {size:,.1f} MB, at most {limit:,.1f} "
                    "MB (a calendar is read whole, its time zones with it; split it into "
                    "smaller files, by year for instance).",
                ),
                size=limits.megabytes(size),
                limit=limits.megabytes(MAX_CALENDAR_BYTES),
            )
        )
        return parsed
    try:
        with path.open("rb") as stream:
            data = stream.read(limits.MAX_FILE_BYTES + 1)
    except OSError as exc:
        parsed.problems.append(limits.unreadable(name, exc))
        return parsed
    if len(data) > limits.MAX_FILE_BYTES:
        parsed.problems.append(limits.too_large(name))
        return parsed
    read_bytes(data, name, parsed)
    return parsed


# A calendar is parsed whole (its events need its time zones): the bytes, the text and
# icalendar's tree are in memory together, so it gets a limit well below other files'.
MAX_CALENDAR_BYTES = 25 * 1024 * 1024


def read_bytes(data: bytes, name: str, parsed: Parsed) -> None:
    """Read the calendars in `data` into `parsed`; `name` is the file's name."""
    text, cut_short = _closed(_text(data))
    if cut_short:
        parsed.problems.append(
            Problem.of(
                Where(name),
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The file is cut short: it ends inside a {component}; what it holds up to "
                    "its end was read.",
                ),
                component=cut_short,
            )
        )
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as exc:
        parsed.problems.append(
            Problem.of(
                Where(name),
                QT_TRANSLATE_NOOP(
                    "Validation", "It is not a calendar that can be read ({reason})."
                ),
                reason=_reason(exc),
            )
        )
        return
    lines = text.splitlines()
    starts = [n for n, line in enumerate(lines, 1) if line.strip().upper() == "BEGIN:VEVENT"]
    count = 0
    for calendar in calendars:
        events = list(calendar.walk("VEVENT"))
        for error in getattr(calendar, "errors", ()):
            parsed.problems.append(_error_problem(Where(name), error))
        if not events:
            title = limits.clean(str(calendar.get("X-WR-CALNAME", "")).strip())
            parsed.problems.append(
                Problem.of(
                    Where(name),
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The calendar “{title}” holds no events; nothing was imported from it.",
                    ),
                    title=title,
                )
                if title
                else Problem.of(
                    Where(name),
                    QT_TRANSLATE_NOOP(
                        "Validation", "The calendar holds no events; nothing was imported from it."
                    ),
                )
            )
        for event in events:
            count += 1
            line = starts[count - 1] if count <= len(starts) else None
            where = Where(name, EVENT, count, line)
            try:
                incoming = _event(event, where, lines, parsed.problems)
            except ValueError as exc:  # icalendar's BrokenCalendarProperty and its kin
                parsed.problems.append(
                    Problem.of(
                        where,
                        QT_TRANSLATE_NOOP(
                            "Validation", "The event could not be read ({reason}); it was left out."
                        ),
                        reason=_reason(exc),
                    )
                )
                continue
            if incoming is not None:
                parsed.events.append(incoming)
    if not calendars:
        parsed.problems.append(
            Problem.of(
                Where(name),
                QT_TRANSLATE_NOOP("Validation", "No calendar (BEGIN:VCALENDAR) was found."),
            )
        )


def _text(data: bytes) -> str:
    """The file's text: UTF-8 (a BOM dropped), else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _closed(text: str) -> tuple[str, str]:
    """The text with the END lines a file cut short lacks, and what it ended inside
    ("" when it is whole)."""
    if re.search(r"^END:VCALENDAR\s*\Z", text.rstrip(), re.IGNORECASE | re.MULTILINE):
        return text, ""
    open_names: list[str] = []
    for line in text.splitlines():
        word, _, value = line.strip().partition(":")
        if word.upper() == "BEGIN":
            open_names.append(value.strip().upper())
        elif word.upper() == "END" and open_names and open_names[-1] == value.strip().upper():
            open_names.pop()
    if not open_names:
        return text, ""
    ends = "".join(f"\r\nEND:{n}" for n in reversed(open_names))
    return text.rstrip("\r\n") + ends + "\r\n", open_names[-1]


def _event(
    event: Any, where: Where, lines: list[str], problems: list[Problem]
) -> IncomingEvent | None:
    for error in getattr(event, "errors", ()):
        if _error_parts(error)[0] != "DTSTART":  # said below, with the event's title
            problems.append(_error_problem(_line_of(error, where, lines), error))
    title = _text_of(event.get("SUMMARY"))
    start = event.get("DTSTART")
    if isinstance(start, icalendar.vBroken):
        at = _line_of(("DTSTART", ""), where, lines)
        problems.append(
            Problem.of(
                at,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The event “{title}” starts at “{start}”, which is not a date and time; "
                    "it was left out.",
                ),
                title=_preview(title),
                start=_preview(str(start)),
            )
            if title
            else Problem.of(
                at,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The event starts at “{start}”, which is not a date and time; it was left out.",
                ),
                start=_preview(str(start)),
            )
        )
        return None
    moment = _moment(getattr(start, "dt", None))
    if moment is None:
        problems.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The event “{title}” has no start date and time; it was left out.",
                ),
                title=_preview(title),
            )
            if title
            else Problem.of(
                where,
                QT_TRANSLATE_NOOP(
                    "Validation", "The event has no start date and time; it was left out."
                ),
            )
        )
        return None
    body = _text_of(event.get("DESCRIPTION"))
    links = [
        str(a).strip()
        for a in _listed(event.get("ATTACH"))
        if not _is_binary(a) and re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", str(a).strip())
    ]
    if links:
        body = "\n\n".join(p for p in (body, "\n".join(f"Attachment: {u}" for u in links)) if p)
    emails: dict[str, str] = {}
    for address in [*_listed(event.get("ORGANIZER")), *_listed(event.get("ATTENDEE"))]:
        email = _email(str(address))
        if email:
            emails.setdefault(email.casefold(), email)
    location = _text_of(event.get("LOCATION"))
    return limits.fitted_event(
        where,
        problems,
        title=title,
        body=body,
        location=location,
        occurred_at=moment,
        attendee_emails=tuple(emails.values()),
        uid=limits.clean(_text_of(event.get("UID"))),
    )


def _moment(value: Any) -> datetime | None:
    """DTSTART as an aware datetime: all-day at noon UTC, floating as local time."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            try:
                return value.astimezone()  # floating: the user's local time
            except (OverflowError, ValueError, OSError):
                return value.replace(tzinfo=UTC)
        return value
    if isinstance(value, date):
        return datetime.combine(value, ALL_DAY_AT)
    return None


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _is_binary(attachment: Any) -> bool:
    params = getattr(attachment, "params", {})
    return (
        str(params.get("VALUE", "")).upper() == "BINARY"
        or str(params.get("ENCODING", "")).upper() == "BASE64"
    )


def _email(address: str) -> str:
    address = address.strip()
    if address[:7].lower() == "mailto:":
        address = address[7:]
    elif ":" in address:
        return ""  # another kind of address (a URN, a telephone)
    address = address.strip()
    return address if re.fullmatch(r"[^@\s]+@[^@\s]+", address) else ""


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text_of(v) for v in value)
    return limits.clean(str(value)).replace("\r\n", "\n").strip()


def _error_parts(error: Any) -> tuple[str, str]:
    """(the property at fault or "", the message) of an error icalendar kept."""
    if isinstance(error, tuple) and len(error) > 1:
        return str(error[0] or "").upper(), str(error[1])
    return "", str(error)


def _error_problem(where: Where, error: Any) -> Problem:
    """A line icalendar could not read, said as a person reads it."""
    prop, message = _error_parts(error)
    if prop:
        return Problem.of(
            where,
            QT_TRANSLATE_NOOP(
                "Validation", "The {prop} could not be read ({reason}); it was left out."
            ),
            prop=prop,
            reason=_preview(message),
        )
    quoted = _QUOTED.search(message)
    if quoted:
        return Problem.of(
            where,
            QT_TRANSLATE_NOOP(
                "Validation", "The line “{text}” could not be read; it was left out."
            ),
            text=_preview(quoted.group(1)),
        )
    return Problem.of(
        where,
        QT_TRANSLATE_NOOP("Validation", "A line could not be read ({reason}); it was left out."),
        reason=_preview(message),
    )


def _line_of(error: Any, where: Where, lines: list[str]) -> Where:
    """The event's place, pointing at the broken line when it can be found."""
    prop, message = _error_parts(error)
    quoted = _QUOTED.search(message)
    if where.line is None or not (prop or quoted):
        return where
    for number in range(where.line, len(lines) + 1):
        line = lines[number - 1].strip()
        if line.upper() == "END:VEVENT":
            break
        if (prop and line.upper().startswith((f"{prop}:", f"{prop};"))) or (
            not prop and quoted and line == quoted.group(1)
        ):
            return Where(where.file, where.kind, where.number, number)
    return where


def _preview(text: str) -> str:
    text = _CONTROLS.sub("", limits.clean(text)).strip()
    return text if len(text) <= 60 else text[:59] + "…"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return _preview(text.splitlines()[0]) if text else type(exc).__name__
