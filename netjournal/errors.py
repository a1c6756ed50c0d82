"""One small hierarchy of errors whose messages a person can read.

Every error the domain API, the store or the CLI raises on purpose derives from
`NetJournalError`; anything else is a bug and should fail loudly.

An error raised through `of()` keeps its English template and its parameters
besides the formatted English `message`, so the interface can show it in the
reader's language (netjournal/ui/errors_text.py) while this layer stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged: pyside6-lupdate extracts calls by this name into the .ts files.

    The domain cannot import Qt, so the marker lives here; the interface translates the
    marked text later under the same `context`.
    """
    return text


class Words(str):
    """English text that keeps the marked template and values it was made from, so that
    the interface can say it in the reader's language; everywhere else it is a `str`.

    For text that is not an error: a reason an import skips a person, what a merge
    adds. A value may be `Words` too, or a tuple of them (said as a list).
    """

    template: str | None
    params: dict[str, Any]
    labels: tuple[str, ...]

    @classmethod
    def of(cls, template: str, *, labels: Iterable[str] = (), **params: Any) -> Words:
        """The words from a template marked with QT_TRANSLATE_NOOP("Validation", ...)."""
        english = {
            name: ", ".join(map(str, value)) if isinstance(value, tuple) else value
            for name, value in params.items()
        }
        words = cls(template.format(**english))
        words.template = template
        words.params = params
        words.labels = tuple(labels)
        return words

    @classmethod
    def because(cls, error: NetJournalError) -> Words:
        """The words of an error's message, its template kept when it has one."""
        if error.template is None:
            return cls(error.message)
        return cls.of(error.template, labels=error.labels, **error.params)

    @classmethod
    def listed(cls, items: Iterable[Words | str]) -> Words:
        """Several words said as one list ("role, notes, a photo")."""
        return cls.of("{items}", items=tuple(items))

    @property
    def message(self) -> str:
        return str.__str__(self)


class NetJournalError(Exception):
    """Base of every error meant to be shown to a person."""

    def __init__(
        self,
        message: str,
        *,
        template: str | None = None,
        params: dict[str, Any] | None = None,
        labels: Iterable[str] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        # The English template the message was formatted from (None: not translatable),
        # its parameters, and which parameters are field labels the interface translates
        # too (never a value the person typed).
        self.template = template
        self.params: dict[str, Any] = dict(params or {})
        self.labels: tuple[str, ...] = tuple(labels)

    @classmethod
    def of(cls, template: str, *, labels: Iterable[str] = (), **params: Any) -> Self:
        """The error from a template marked with QT_TRANSLATE_NOOP("Validation", ...)."""
        return cls(template.format(**params), template=template, params=params, labels=labels)

    def __str__(self) -> str:
        return self.message


class InvalidInput(NetJournalError):
    """Bad input to a domain operation; `field` names the field at fault (or None)."""

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        template: str | None = None,
        params: dict[str, Any] | None = None,
        labels: Iterable[str] = (),
    ) -> None:
        super().__init__(message, template=template, params=params, labels=labels)
        self.field = field

    @classmethod
    def of(  # type: ignore[override]
        cls,
        template: str,
        field: str | None = None,
        *,
        labels: Iterable[str] = (),
        **params: Any,
    ) -> Self:
        """The error from a marked template, at `field`; `labels` name the label params."""
        return cls(
            template.format(**params),
            field,
            template=template,
            params=params,
            labels=labels,
        )


class NotFound(InvalidInput):
    """An id that names nothing in the journal (deleted meanwhile, or never there)."""


class JournalError(NetJournalError):
    """The journal file cannot be used: unreadable, locked, full, corrupt, read-only."""


class WrongPassphrase(JournalError):
    """The journal is encrypted and the passphrase does not open it."""


class SchemaTooNew(JournalError):
    """The journal was written by a newer NetJournal; it is refused and left untouched."""
