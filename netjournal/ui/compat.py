"""A guard against a reference-counting bug of some PySide6 builds on CPython 3.11.

PySide6 6.12 returns `None` from every void method (``setObjectName``,
``painter.drawText``, ``signal.emit``…) without taking a reference to it. On
CPython 3.12 and later None is immortal and nothing happens; on 3.11 each such
call drops one reference that was never taken, and after some ten thousand
calls (a few searches, a minute of scrolling through painted chips) None is
freed and the interpreter aborts: "Fatal Python error: none_dealloc".

`keep_none_alive` measures whether the running PySide6 has the bug and, only
then, gives None a reference count no session can exhaust, which is what 3.12
does for every build. It is called when the window is made, never at import.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBE_CALLS = 64
# About 10**12 references: a million void calls a second would take 12 days.
_RESERVE = 1 << 40

_guarded = False


def void_calls_drop_none() -> bool:
    """Whether a void PySide6 call drops a reference to None here."""
    if sys.version_info >= (3, 12):
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - _PROBE_CALLS // 2


def keep_none_alive() -> bool:
    """Protect None from the bug when this PySide6 has it; True when a guard is in place."""
    global _guarded  # noqa: PLW0603 - once per process, whoever makes a window first
    if _guarded:
        return True
    if not void_calls_drop_none():
        return False
    # CPython keeps an object's reference count in its first field, at id(obj).
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    _guarded = True
    return True
