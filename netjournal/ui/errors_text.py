"""A domain error, or a problem met reading a file, in the reader's language.

The domain and the readers raise their errors (and note their problems) with an
English template marked by `QT_TRANSLATE_NOOP("Validation", ...)` and the values that
fill it; here the template is translated, and so are the parameters named as labels
(a field's name, a status word), never what the person typed. A parameter that is an
error itself is said in the reader's language too, and a whole number is written the
way the locale writes it ("1.001" in German for the English "{length:,}").
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from netjournal.errors import QT_TRANSLATE_NOOP, NetJournalError, Words
from netjournal.journal.incoming import CARD, EVENT, ROW, Problem, Where
from netjournal.ui.i18n import Translate

CONTEXT = "Validation"
# "{length:,}", "{count:,d}", "{size:,.1f}": a number grouped the English way; the
# locale groups it instead.
_GROUPED = re.compile(r"\{(\w+):,(?:d|\.(\d)f)?\}")
_ITEM_WORDS = {
    CARD: QT_TRANSLATE_NOOP("Validation", "card {n}"),
    ROW: QT_TRANSLATE_NOOP("Validation", "row {n}"),
    EVENT: QT_TRANSLATE_NOOP("Validation", "event {n}"),
}


class Worded(Protocol):
    """What an error and a problem share: their English, and what it was made from."""

    message: str
    template: str | None
    params: dict[str, Any]
    labels: tuple[str, ...]


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def error_text(exc: BaseException, translate: Translate = _qt_translate) -> str:
    """The message of `exc` as the person should read it, translated where it can be."""
    if not isinstance(exc, NetJournalError):
        return str(exc)
    return worded_text(exc, translate)


def problem_text(problem: Problem, translate: Translate = _qt_translate) -> str:
    """What went wrong reading a file (without where), in the reader's language."""
    return worded_text(problem, translate)


def where_in_file(where: Where, translate: Translate = _qt_translate) -> str:
    """The card, row or event and its line, without the file: "card 5, line 52"."""
    parts = []
    if where.kind in _ITEM_WORDS and where.number is not None:
        n = QLocale().toString(where.number)
        parts.append(translate(CONTEXT, _ITEM_WORDS[where.kind], None, -1).format(n=n))
    elif where.item:
        parts.append(where.item)
    if where.line is not None:
        line = translate(CONTEXT, QT_TRANSLATE_NOOP("Validation", "line {n}"), None, -1)
        parts.append(line.format(n=QLocale().toString(where.line)))
    return ", ".join(parts)


def where_text(where: Where, translate: Translate = _qt_translate) -> str:
    """The file and the place in it: "contacts.vcf, card 5, line 52"."""
    inside = where_in_file(where, translate)
    return f"{where.file}, {inside}" if inside else where.file


def words_text(text: str, translate: Translate = _qt_translate) -> str:
    """`text` in the reader's language when it is `Words`; as it is otherwise."""
    return worded_text(text, translate) if isinstance(text, Words) else text


def worded_text(worded: Worded, translate: Translate = _qt_translate) -> str:
    """The text of an error or a problem made from a marked template, translated."""
    template = getattr(worded, "template", None)
    if not template:
        # An error raised with words made elsewhere (the CLI passes a journal's failure on).
        message = worded.message
        return worded_text(message, translate) if isinstance(message, Words) else message
    translated = translate(CONTEXT, template, None, -1)
    grouped = {match[1]: match[2] or "" for match in _GROUPED.finditer(translated)}
    translated = _GROUPED.sub(r"{\1}", translated)
    params = {
        name: _said(name, value, worded.labels, grouped.get(name), translate)
        for name, value in worded.params.items()
    }
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter the template lacks (a typo in a .ts
        # file) must not hide the error: the English message is still right.
        return worded.message


def _said(
    name: str, value: Any, labels: tuple[str, ...], grouping: str | None, translate: Translate
) -> Any:
    """One parameter as the reader's language says it: an error or `Words` translated,
    a tuple of them listed, a label translated, a number grouped as the locale groups."""
    if isinstance(value, NetJournalError | Words):
        return worded_text(value, translate)
    if isinstance(value, Where):
        return where_text(value, translate)
    if isinstance(value, tuple):
        return ", ".join(
            worded_text(v, translate) if isinstance(v, Words) else str(v) for v in value
        )
    if name in labels and isinstance(value, str) and value:
        return translate(CONTEXT, value, None, -1)
    if grouping is not None and isinstance(value, int | float) and not isinstance(value, bool):
        if grouping:
            return QLocale().toString(float(value), "f", int(grouping))
        return QLocale().toString(int(value))
    return value
