"""Where the journal lives: --data-dir, then NETJOURNAL_DATA_DIR, then the user data folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from netjournal.journal import Journal
from netjournal.paths import ENV_DATA_DIR, data_dir, journal_path


def test_explicit_folder_wins_over_environment(tmp_path: Path) -> None:
    env = {ENV_DATA_DIR: str(tmp_path / "from-env")}
    assert data_dir(tmp_path / "explicit", env) == tmp_path / "explicit"


def test_environment_variable_is_used_without_explicit_folder(tmp_path: Path) -> None:
    assert data_dir(None, {ENV_DATA_DIR: str(tmp_path / "env")}) == tmp_path / "env"


def test_default_is_the_platform_user_data_folder() -> None:
    expected = Path(platformdirs.user_data_dir("netjournal", appauthor=False))
    assert data_dir(None, {}) == expected
    assert journal_path(expected).name == "journal.db"


def test_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_dir("~/notes", {}) == tmp_path / "notes"


def test_resolving_the_folder_creates_nothing(tmp_path: Path) -> None:
    folder = data_dir(tmp_path / "not-yet", {})
    journal_path(folder)
    assert not folder.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_journal_folder_and_file_are_private(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "data" / "journal.db"
    with Journal.open(path) as journal:
        journal.people.create("Ana Silva")
        for sidecar in path.parent.iterdir():
            assert stat.S_IMODE(sidecar.stat().st_mode) == 0o600, sidecar
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_existing_loose_file_is_tightened_on_open(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    Journal.open(path).close()
    path.chmod(0o644)
    Journal.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_importing_the_package_touches_no_files(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop(ENV_DATA_DIR, None)
    code = "import netjournal, netjournal.cli, netjournal.journal, netjournal.store.schema"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert list(tmp_path.iterdir()) == []
