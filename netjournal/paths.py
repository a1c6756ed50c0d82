"""Where the journal lives.

Order of precedence: an explicit `--data-dir`, then `NETJOURNAL_DATA_DIR`, then the
platform's user data folder. Nothing here runs at import time, and the folder is
only created (owner-only) when a journal is actually opened.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from netjournal import APP_NAME

JOURNAL_FILENAME = "journal.db"
ENV_DATA_DIR = "NETJOURNAL_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def data_dir(
    explicit: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """The folder that holds the journal, without creating it."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if env is None else env
    from_env = env.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def journal_path(folder: Path) -> Path:
    """The journal file inside a data folder."""
    return folder / JOURNAL_FILENAME


def ensure_private_dir(folder: Path) -> Path:
    """Create the folder if needed; on POSIX make it readable by its owner alone."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode != PRIVATE_DIR_MODE:
            folder.chmod(PRIVATE_DIR_MODE)
    return folder


def make_private_file(path: Path) -> None:
    """Restrict an existing file to its owner (POSIX); a no-op elsewhere."""
    if os.name == "posix" and path.exists():
        path.chmod(PRIVATE_FILE_MODE)
