"""Keep the translations in step with the sources, and compile them.

    python scripts/translations.py update          # lupdate every netjournal/**/*.py into each .ts
    python scripts/translations.py compile OUTDIR  # lrelease each .ts into OUTDIR/*.qm

`update` keeps the translations already made, adds new source strings as unfinished
and drops those no longer in the code (-no-obsolete). German and Spanish get every
message; English (the source language) only its plural forms (-pluralonly), which
`update` then fills from ENGLISH_SINGULARS: the singular is written here, the plural
is the source itself. A plural message with no singular here stops `update`, naming it.

The .qm files are never committed: setup.py compiles them into the package when it
is built, and the app compiles a stale one into the user's cache in a source checkout.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "netjournal"
TRANSLATIONS = PACKAGE / "resources" / "translations"
TRANSLATED = ("de", "es")  # every message
SOURCE = "en"  # plural forms only

# The English singular of each plural message ("%n" is the count).
ENGLISH_SINGULARS = {
    "%n days ago": "%n day ago",
    "in %n days": "in %n day",
    "%n weeks ago": "%n week ago",
    "in %n weeks": "in %n week",
    "%n months ago": "%n month ago",
    "in %n months": "in %n month",
    "%n years ago": "%n year ago",
    "in %n years": "in %n year",
    "every %n weeks": "every week",
    "every %n months": "every month",
    "every %n days": "every day",
    "%n years overdue": "1 year overdue",
    "%n days overdue": "1 day overdue",
    "%n weeks overdue": "1 week overdue",
    "{names} and %n others": "{names} and 1 other",
    "%n things need you": "1 thing needs you",
    "%n goals to celebrate": "1 goal to celebrate",
    "%n things need you today": "1 thing needs you today",
    "%n follow-ups": "1 follow-up",
    "%n people to get in touch with": "1 person to get in touch with",
    "%n sessions and reviews": "1 session or review",
    "%n goal target dates": "1 goal target date",
    "%n of your action items": "1 of your action items",
    "%n action items you are waiting on": "1 action item you are waiting on",
    "%n agreements": "%n agreement",
    "%n action items": "%n action item",
    "%n goal memberships": "%n goal membership",
    "They are removed from %n entries; the entries stay.": (
        "They are removed from %n entry; the entry stays."
    ),
    "%Ln one-sided": "%Ln one-sided",
    "%Ln people": "%Ln person",
    "%n people": "%n person",
    "%n milestones": "%n milestone",
    "%n members": "%n member",
    "The last %n months": "The last month",
    "The last %n years": "The last year",
    "%n months": "%n month",
    "%Ln interactions": "%Ln interaction",
    "%n sessions": "%n session",
    "%n mentorships": "%n mentorship",
    "%n goals": "%n goal",
    "%n goals achieved": "%n goal achieved",
    "%n terms": "%n term",
    "The journal locks after %n minute(s) without input.": (
        "The journal locks after %n minute without input."
    ),
    "%n of its backups are encrypted too.": "%n of its backups is encrypted too.",
    "%n of its backups have the new passphrase too.": (
        "%n of its backups has the new passphrase too."
    ),
    "%n entries": "%n entry",
    "%n mentees": "%n mentee",
    "%n sessions overdue": "%n session overdue",
    "%n action items overdue": "%n action item overdue",
    "%n months overdue": "%n month overdue",
    "Its %n sessions and reviews stay in the journal as entries.": (
        "Its %n session or review stays in the journal as an entry."
    ),
    "its %n action items": "its %n action item",
    "Laying out %n people…": "Laying out %n person…",
    "Me: linked to %n people on the map": "Me: linked to %n person on the map",
    "Linked to %n people on the map": "Linked to %n person on the map",
    "and %n more": "and %n more",
    "and %n more tags": "and %n more tag",
    "%n things are due today": "%n thing is due today",
    "with {names} and %n others": "with {names} and 1 other",
    "%n private notes were left out.": "%n private note was left out.",
    "%n days": "%n day",
    "%n weeks": "%n week",
    "%n people share this goal": "%n person shares this goal",
}


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every Python file of the package, in a stable order."""
    return sorted(package.rglob("*.py"))


def qt_tool(name: str) -> list[str]:
    """Qt's `name` (lupdate, lrelease) as PySide6 ships it."""
    import PySide6  # noqa: PLC0415 - only to find its folder

    binary = Path(PySide6.__file__).resolve().parent / (
        name + (".exe" if sys.platform == "win32" else "")
    )
    return [str(binary)] if binary.is_file() else [f"pyside6-{name}"]


def lupdate(
    ts: Path, language: str, *, plural_only: bool = False, files: list[Path] | None = None
) -> None:
    """Bring `ts` in step with the sources (created when missing)."""
    listed = [
        str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in files or sources()
    ]
    command = [
        *qt_tool("lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        "-target-language",
        language,
        *(["-pluralonly"] if plural_only else []),
        *listed,
        "-ts",
        str(ts),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def fill_english(ts: Path, singulars: dict[str, str] = ENGLISH_SINGULARS) -> list[str]:
    """Write the English forms of each plural message of `ts`: the singular from
    `singulars`, the plural the source. The sources that have no singular there."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        if source not in singulars:
            missing.append(source)
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for form in list(translation):
            translation.remove(form)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in (singulars[source], source):
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def update(folder: Path = TRANSLATIONS) -> int:
    for language in TRANSLATED:
        lupdate(folder / f"netjournal_{language}.ts", language)
    english = folder / f"netjournal_{SOURCE}.ts"
    lupdate(english, SOURCE, plural_only=True)
    missing = fill_english(english)
    for source in missing:
        print(f"no English singular for the plural message {source!r}", file=sys.stderr)
    return 1 if missing else 0


def compile_all(outdir: Path, folder: Path = TRANSLATIONS) -> list[Path]:
    """Each .ts of `folder` compiled into `outdir`; the .qm files written."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(folder.glob("netjournal_*.ts")):
        qm = outdir / ts.with_suffix(".qm").name
        subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="lupdate the sources into each .ts")
    compiling = commands.add_parser("compile", help="lrelease each .ts into OUTDIR")
    compiling.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        return update()
    for qm in compile_all(args.outdir):
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
