"""Shared fixtures: a real journal file per test, no network, and warnings that fail.

Every test gets a fresh SQLite file in its own temporary folder (never
`:memory:`), so WAL, triggers and FTS5 behave as they do for users.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

# Tests never need a screen; set before Qt is first imported by any test module.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from netjournal.journal import Journal

FIXTURES = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures"


class NetworkAccessError(AssertionError):
    """Raised when code under test tries to open a socket: NetJournal is offline."""


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkAccessError("NetJournal must never open a network connection")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to create a socket fails the test loudly."""
    monkeypatch.setattr(socket, "socket", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A warning logged by NetJournal fails the test; a test that expects one clears caplog."""
    caplog.set_level(logging.WARNING)
    yield
    bad = [
        r
        for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING and r.name.startswith("netjournal")
    ]
    if bad:
        pytest.fail("logged warnings: " + "; ".join(r.getMessage() for r in bad))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private data folder for one test's journal."""
    folder = tmp_path / "data"
    return folder


@pytest.fixture
def journal_path(data_dir: Path) -> Path:
    return data_dir / "journal.db"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    """A fresh, empty journal on disk, closed after the test."""
    opened = Journal.open(journal_path)
    yield opened
    opened.close()


@pytest.fixture
def fixtures_dir() -> Path:
    """The shared real-world files; tests that need them skip where the folder is absent."""
    if not FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {FIXTURES} (only in the developers' checkout)")
    return FIXTURES


# Writes a Qt Linguist file for `language` holding only {context: {source: translation}}
# into a folder of its own; returns the folder (for i18n.install/standalone_translate).
WriteCatalogue = Callable[[str, dict[str, dict[str, str]]], Path]


@pytest.fixture
def write_catalogue(tmp_path: Path) -> WriteCatalogue:
    """A small translation catalogue of the test's own, so that a test of a translated
    text does not depend on what the shipped .ts files say today."""

    def write(language: str, contexts: dict[str, dict[str, str]]) -> Path:
        from netjournal.ui.i18n import ts_file  # Qt: only for the tests that use it

        folder = tmp_path / "translations"
        folder.mkdir(exist_ok=True)
        body = "".join(
            f"<context><name>{escape(name)}</name>"
            + "".join(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(text)}</translation></message>"
                for source, text in messages.items()
            )
            + "</context>"
            for name, messages in contexts.items()
        )
        ts_file(language, folder).write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}">{body}</TS>\n',
            encoding="utf-8",
        )
        return folder

    return write
