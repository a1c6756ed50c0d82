"""A domain error in the reader's language.

The domain raises its errors with an English template marked by
`QT_TRANSLATE_NOOP("Validation", ...)` and the values that fill it; here the
template is translated, and so are the parameters the error names as labels
(a field's name, a status word), never what the person typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from netjournal.errors import NetJournalError

CONTEXT = "Validation"


def error_text(exc: BaseException) -> str:
    """The message of `exc` as the person should read it, translated where it can be."""
    if not isinstance(exc, NetJournalError):
        return str(exc)
    template = exc.template
    if not template:
        return exc.message
    params: dict[str, Any] = dict(exc.params)
    for name in exc.labels:
        value = params.get(name)
        if isinstance(value, str) and value:
            params[name] = QCoreApplication.translate(CONTEXT, value)
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter the template lacks (a typo in a .ts
        # file) must not hide the error: the English message is still right.
        return exc.message
