"""The code stays formatted and lint-clean (ruff, configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_ruff_format_is_clean() -> None:
    done = _ruff("format", "--check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_lint_is_clean() -> None:
    done = _ruff("check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_network_module_is_imported_by_the_package() -> None:
    """NetJournal is offline: no module of the package imports a network module."""
    banned = ("socket", "urllib.request", "http.client", "QtNetwork", "requests", "ssl")
    offenders = []
    for source in (ROOT / "netjournal").rglob("*.py"):
        for line in source.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and any(
                name in stripped.split()[1] for name in banned
            ):
                offenders.append(f"{source.relative_to(ROOT)}: {stripped}")
    assert offenders == []
