"""The installed PySide6 must not free None under a long session (see pyproject.toml).

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call and
aborts the interpreter after about 12,000 of them; the dependency pin keeps that
build out, and this test catches it if it ever comes back.
"""

from __future__ import annotations

import subprocess
import sys


def test_a_million_void_calls_leave_the_interpreter_alive() -> None:
    code = (
        "from PySide6.QtCore import QObject\n"
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
