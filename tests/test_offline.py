"""Offline, proven: NetJournal opens no network connection and loads no network module.

Every test of the suite runs with socket creation blocked (the `no_network` fixture in
conftest.py): any attempt anywhere fails that test loudly. These tests say so plainly,
and check the whole app in a process of its own: every module imported, a journal
made, the window drawn and its screenshots saved, watched by an audit hook that would
see any socket being made.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkAccessError

# Not `socket`: peewee imports it when it loads (for its drivers of database servers);
# that no socket is ever made is what the audit hook below watches.
NETWORK_MODULES = ("ssl", "urllib.request", "http.client", "ftplib", "smtplib", "PySide6.QtNetwork")

APP_RUN = """
import importlib, json, pkgutil, sys, tempfile
from pathlib import Path

events = []
def audit(event, args):
    if event.startswith("socket."):
        events.append(event)
sys.addaudithook(audit)

import netjournal
for info in pkgutil.walk_packages(netjournal.__path__, "netjournal."):
    if info.name != "netjournal.__main__":  # that one starts the app
        importlib.import_module(info.name)
from netjournal.journal import Journal
from netjournal.journal.generate import generate_demo
from netjournal.ui.app import save_screenshots

folder = Path(tempfile.mkdtemp())
with Journal.open(folder / "journal.db", daily_backup=True) as journal:
    generate_demo(journal)
shots = save_screenshots(folder / "journal.db", folder / "shots")
print(json.dumps({
    "events": events,
    "loaded": sorted(set(sys.modules) & set(json.loads(sys.argv[1]))),
    "shots": len(shots),
}))
"""


def test_the_suite_blocks_every_socket() -> None:
    """Any attempt to open a socket during a test fails it: NetJournal is offline."""
    with pytest.raises(NetworkAccessError):
        socket.socket()
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("example.org", 80))
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("example.org", 443)


@pytest.mark.slow
def test_the_whole_app_makes_no_socket_and_loads_no_network_module(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", APP_RUN, json.dumps(NETWORK_MODULES)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "PATH": "/usr/bin:/bin",
        },
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["shots"] >= 6  # the window was really drawn
    assert report["events"] == []  # no socket was made
    assert report["loaded"] == []  # no network module was loaded
