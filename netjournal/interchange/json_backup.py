"""The JSON backup: the whole journal, versioned and lossless, one row a line.

    {"format": "netjournal", "version": 1, "schema": 4, "tables": {
    "person": [
    {"uuid": "…", …},
    {"uuid": "…", …}
    ],
    …
    }}

It is one ordinary JSON document (any tool reads it), written so that NetJournal can
also read it a row at a time: a journal of a million entries is neither built whole
in memory to be written nor loaded whole to be read. Rows carry uuids, never ids, in
a fixed order, so the same journal always gives the same file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput

FORMAT = "netjournal"
VERSION = 1
_HEADER = '{{"format": "{format}", "version": {version}, "schema": {schema}, "tables": {{'


def write(
    out: TextIO,
    schema: int,
    tables: Iterable[tuple[str, Iterable[dict[str, Any]]]],
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the backup to `out`; returns how many rows it holds."""
    out.write(_HEADER.format(format=FORMAT, version=VERSION, schema=int(schema)) + "\n")
    count = 0
    first_table = True
    for name, rows in tables:
        out.write(("" if first_table else ",\n") + json.dumps(name) + ": [")
        first_table = False
        first = True
        for row in rows:
            out.write(
                ("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False, sort_keys=True)
            )
            first = False
            count += 1
            if progress is not None and count % 10_000 == 0:
                progress(count)
        out.write("\n]" if not first else "]")
    out.write("\n}}\n")
    return count


class BackupReader:
    """Reads a backup written by `write`, table by table and row by row.

    Refuses, with a message naming the file and the line, anything else: another
    program's JSON, a backup from a newer NetJournal, a file cut short.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with self.path.open(encoding="utf-8-sig") as stream:
            first = stream.readline()
        try:
            head = json.loads(first.rstrip().removesuffix('"tables": {') + '"tables": {}}')
        except ValueError:
            head = None
        if not isinstance(head, dict) or head.get("format") != FORMAT:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} is not a NetJournal backup (a JSON file written by `netjournal export "
                    "json`).",
                ),
                "file",
                name=self.path.name,
            )
        if not isinstance(head.get("version"), int) or head["version"] > VERSION:
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{name} was written by a newer NetJournal (backup format {value}); update "
                    "NetJournal to read it.",
                ),
                "file",
                name=self.path.name,
                value=head.get("version"),
            )
        self.schema = int(head.get("schema", 0))

    def tables(self) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        """(table name, its rows) in the order of the file; each table's rows must be
        read before the next table is asked for."""
        with self.path.open(encoding="utf-8-sig") as stream:
            stream.readline()
            number = 1
            table: str | None = None
            for raw in stream:
                number += 1
                line = raw.strip()
                if table is None:
                    if line in ("}}", ""):
                        continue
                    name, _, rest = line.partition(":")
                    try:
                        table = json.loads(name)
                    except ValueError:
                        raise self._broken(number) from None
                    if rest.strip().removesuffix(",") == "[]":
                        yield table, iter(())
                        table = None
                    elif rest.strip() != "[":
                        raise self._broken(number)
                    else:
                        yield table, self._rows(stream, number)
                        table = None
                        number = self._last_line
        return

    _last_line = 0

    def _rows(self, stream: TextIO, number: int) -> Iterator[dict[str, Any]]:
        for raw in stream:
            number += 1
            line = raw.strip()
            if line in ("]", "],"):
                self._last_line = number
                return
            try:
                row = json.loads(line.removesuffix(","))
            except ValueError:
                raise self._broken(number) from None
            if not isinstance(row, dict):
                raise self._broken(number)
            yield row
        raise self._broken(number)

    def _broken(self, line: int) -> InvalidInput:
        return InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "{name}, line {line}: the backup is damaged or cut short there."
            ),
            "file",
            name=self.path.name,
            line=line,
        )
