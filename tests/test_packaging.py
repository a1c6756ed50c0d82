"""The wheel is complete: built, installed in a fresh virtual environment away from the
source tree, it starts, says its version and draws every tab, with its resources."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from netjournal import __version__

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _run(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{argv}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_the_wheel_installs_in_a_fresh_environment_and_runs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    _run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", wheels, cwd=tmp_path)
    (wheel,) = wheels.glob("netjournal-*.whl")
    # The translations, compiled by pyside6-lrelease during the build (never committed).
    held = zipfile.ZipFile(wheel).namelist()
    for language in ("de", "es", "en"):
        assert f"netjournal/resources/translations/netjournal_{language}.qm" in held
    assert not [name for name in held if name.endswith(".ts")]
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, cwd=tmp_path)
    away = tmp_path / "elsewhere"  # not the source tree: only the installed package is seen
    away.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NETJOURNAL"))},
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "NETJOURNAL_DATA_DIR": str(tmp_path / "data"),
    }
    assert _run(venv / "bin" / "netjournal", "--version", cwd=away, env=env).strip() == (
        f"netjournal {__version__}"
    )
    where = _run(python, "-c", "import netjournal; print(netjournal.__file__)", cwd=away, env=env)
    assert str(venv) in where  # the installed copy, not the source
    shots = tmp_path / "shots"
    saved = _run(venv / "bin" / "netjournal", "screenshots", "--demo", shots, cwd=away, env=env)
    names = sorted(p.name for p in shots.glob("*.png"))
    assert len(names) >= 10, saved
    assert names[0] == "01-contacts.png" or names[0].startswith("01-")
    resources = _run(
        python,
        "-c",
        "from netjournal.ui.icons import ICONS; import pathlib;"
        "print(sorted(p.name for p in ICONS.parent.iterdir()))",
        cwd=away,
        env=env,
    )
    assert "org.netjournal.NetJournal.desktop" in resources
    assert "org.netjournal.NetJournal.metainfo.xml" in resources
