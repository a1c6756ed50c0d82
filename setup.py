"""The build step pyproject.toml cannot declare: compiling the translations.

Each netjournal/resources/translations/netjournal_<lang>.ts is compiled by Qt's
lrelease (from PySide6-Essentials, a build requirement) into a .qm beside it in the
build, so the wheel holds the .qm files and the repository never does (.gitignore).
In an editable install (`pip install -e .`) the .qm files are written into the
source folder instead, as setuptools asks of generated files in editable mode; the
app recompiles a .qm older than its .ts into the user's cache (netjournal/ui/i18n.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("netjournal") / "resources" / "translations"


def _lrelease() -> list[str]:
    import PySide6  # noqa: PLC0415 - a build requirement, only needed here

    binary = Path(PySide6.__file__).resolve().parent / (
        "lrelease.exe" if os.name == "nt" else "lrelease"
    )
    if binary.is_file():
        return [str(binary)]
    script = shutil.which("pyside6-lrelease")
    if script is None:
        raise RuntimeError("pyside6-lrelease (PySide6-Essentials) is needed to build NetJournal.")
    return [script]


class BuildWithTranslations(build_py):
    """build_py that also compiles each .ts into its .qm."""

    def _targets(self) -> list[tuple[Path, Path]]:
        root = Path(self.build_lib) if not self.editable_mode else Path()
        return [
            (ts, root / TRANSLATIONS / ts.with_suffix(".qm").name)
            for ts in sorted(TRANSLATIONS.glob("netjournal_*.ts"))
        ]

    def run(self) -> None:
        super().run()
        for ts, qm in self._targets():
            qm.parent.mkdir(parents=True, exist_ok=True)
            self.announce(f"compiling {ts} -> {qm}", level=2)
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *(str(qm) for _ts, qm in self._targets())]

    def get_output_mapping(self) -> dict[str, str]:
        mapping = dict(super().get_output_mapping())
        for ts, qm in self._targets():
            mapping[str(qm)] = str(ts.with_suffix(".qm"))
        return mapping


setup(cmdclass={"build_py": BuildWithTranslations})
