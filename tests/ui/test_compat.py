"""The guard that keeps None alive under a PySide6 that drops references to it."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject

from netjournal.ui.compat import keep_none_alive


def test_a_million_void_calls_do_not_free_none() -> None:
    code = (
        "from netjournal.ui.compat import keep_none_alive\n"
        "from PySide6.QtCore import QObject\n"
        "keep_none_alive()\n"
        "probe = QObject()\n"
        "for _ in range(1_000_000):\n"
        "    probe.setObjectName('x')\n"
        "print('alive')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"


def test_the_guard_reserves_references_only_where_none_can_die() -> None:
    guarded = keep_none_alive()
    assert keep_none_alive() == guarded  # once per process
    if sys.version_info >= (3, 12):
        assert not guarded
    if guarded:
        assert sys.getrefcount(None) > 1 << 39
    QObject().setObjectName("still fine")
