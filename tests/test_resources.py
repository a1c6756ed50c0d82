"""The desktop integration files: valid under the freedesktop tools, in step with the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from netjournal import __version__

RESOURCES = Path(__file__).resolve().parent.parent / "netjournal" / "resources"
DESKTOP = RESOURCES / "org.netjournal.NetJournal.desktop"
METAINFO = RESOURCES / "org.netjournal.NetJournal.metainfo.xml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed here")
    return found


def test_the_desktop_file_is_valid() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""  # not even a hint


def test_the_metainfo_is_valid() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_they_name_the_program_the_icon_and_this_version() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "netjournal"
    assert (
        RESOURCES / "icons" / "hicolor" / "256x256" / "apps" / f"{desktop['Icon']}.png"
    ).is_file()
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("id") == DESKTOP.stem
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__
