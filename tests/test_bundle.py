"""The standalone bundle (scripts/build_bundle.py) builds, starts offscreen, prints its
version and saves the screenshots; it stays under 150 MB unpacked."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None, reason="needs the bundle extra (PyInstaller)"
)
def test_the_bundle_builds_starts_and_draws_every_tab() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_bundle.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    built = next(line for line in done.stdout.splitlines() if line.startswith("Built "))
    megabytes = int(built.rsplit(": ", 1)[1].split()[0])
    assert megabytes < 150, built
    assert "screenshots in" in done.stdout
