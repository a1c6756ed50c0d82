"""Build NetJournal as a standalone folder for people without Python (PyInstaller).

    python scripts/build_bundle.py                 # dist/netjournal/netjournal
    python scripts/build_bundle.py --check         # then start it offscreen: version, screenshots
    python scripts/build_bundle.py --install-desktop   # and add it to this user's app menu (Linux)

Needs the `bundle` extra (`pip install -e ".[bundle]"`). The same script builds on
Windows and macOS (PyInstaller builds for the system it runs on); only Linux is
built and checked by the project so far. The Qt modules the app does not use are
left out (QtNetwork among them: the bundle cannot open a connection through Qt).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "bundle"
NAME = "netjournal"
# Qt modules NetJournal never imports: left out of the bundle (and their plugins with them).
UNUSED_QT = (
    "QtNetwork",
    "QtQml",
    "QtQuick",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtDesigner",
    "QtHelp",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSql",
    "QtTest",
    "QtUiTools",
    "QtXml",
    "QtConcurrent",
    "QtDBus",
    "QtPrintSupport",
    "QtSvgWidgets",
)
# Python modules of the standard library or of dependencies that the app never uses.
UNUSED_PY = ("tkinter", "unittest", "pydoc_data", "test", "lib2to3", "pytest", "hypothesis")


def pyinstaller_args() -> list[str]:
    separator = os.pathsep  # PyInstaller's --add-data uses ":" (";" on Windows)
    args = [
        str(ROOT / "scripts" / "bundle_entry.py"),
        "--name",
        NAME,
        "--noconfirm",
        "--clean",
        # Debug symbols are most of sqlcipher3's and Python's own libraries.
        "--strip",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "work"),
        "--specpath",
        str(BUILD),
        # The source tree itself (an editable install is invisible to PyInstaller's analysis).
        "--paths",
        str(ROOT),
        "--add-data",
        f"{ROOT / 'netjournal' / 'resources'}{separator}netjournal/resources",
        # The migrations are found by pkgutil at run time: take every submodule.
        "--collect-submodules",
        "netjournal",
        # The metadata of NetJournal and of every package it needs, which Help → About
        # reads the versions and licences from.
        "--recursive-copy-metadata",
        "netjournal",
        "--icon",
        str(
            ROOT
            / "netjournal"
            / "resources"
            / "icons"
            / "hicolor"
            / "256x256"
            / "apps"
            / "netjournal.png"
        ),
    ]
    if sys.platform in ("win32", "darwin"):
        args.append("--windowed")
    for module in UNUSED_QT:
        args += ["--exclude-module", f"PySide6.{module}"]
    for module in UNUSED_PY:
        args += ["--exclude-module", module]
    return args


# Qt's own translations (standard dialogs' buttons) kept for the languages NetJournal speaks.
QT_LANGUAGES = ("en", "de", "es")
# Qt plugins that work over the network (a VNC server as the screen, TUIO touch input
# over UDP), which an offline journal never uses, and the library only they need.
NETWORK_PLUGINS = ("plugins/platforms/libqvnc", "plugins/generic/libqtuiotouchplugin")
NETWORK_LIBRARY = "libQt6Network"


def build() -> Path:
    from PyInstaller.__main__ import run  # noqa: PLC0415 - only when building

    # The translations, compiled from the .ts files as the wheel's build does, beside them
    # (the .qm files are never committed; PyInstaller takes the resources folder whole).
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import TRANSLATIONS, compile_all  # noqa: PLC0415

    compile_all(TRANSLATIONS)
    run(pyinstaller_args())
    prune(DIST / NAME)
    return DIST / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def prune(bundle: Path) -> None:
    """Leave out Qt's translations into languages the app itself does not speak, the
    translations' sources, and Qt's network plugins with the library they need."""
    for plugin in NETWORK_PLUGINS:
        for found in bundle.rglob(f"{Path(plugin).name}*"):
            if found.is_file() and plugin in found.as_posix():
                found.unlink()
    for library in bundle.rglob(f"{NETWORK_LIBRARY}*"):
        library.unlink()
    for ts in bundle.rglob("netjournal/resources/translations/*.ts"):
        ts.unlink()
    for qm in bundle.rglob("translations/*.qm"):
        language = qm.stem.split("_", 1)[-1].split("_")[0]
        if language not in QT_LANGUAGES:
            qm.unlink()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check(program: Path) -> dict[str, float]:
    """Start the bundle offscreen: its version, then every screenshot, timed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="netjournal-bundle-") as folder:
        env["NETJOURNAL_DATA_DIR"] = str(Path(folder) / "data")
        started = time.perf_counter()
        version = subprocess.run(
            [str(program), "--version"], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        version_s = time.perf_counter() - started
        shots = Path(folder) / "shots"
        started = time.perf_counter()
        subprocess.run(
            [str(program), "screenshots", "--demo", str(shots)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        shots_s = time.perf_counter() - started
        count = len(list(shots.glob("*.png")))
        # In German too: the bundle carries the compiled translations.
        german = Path(folder) / "shots-de"
        subprocess.run(
            [str(program), "screenshots", "--demo", "--lang", "de", str(german)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        german_count = len(list(german.glob("*.png")))
    print(f"{version}: --version in {version_s:.2f} s, {count} screenshots in {shots_s:.1f} s")
    if count < 10 or german_count != count:
        raise SystemExit(f"the bundle saved only {count} screenshots ({german_count} in German)")
    missing = [
        lang
        for lang in ("de", "es", "en")
        if not any(program.parent.rglob(f"netjournal/resources/translations/netjournal_{lang}.qm"))
    ]
    if missing:
        raise SystemExit(f"the bundle lacks the translations into {', '.join(missing)}")
    networked = sorted(
        f.name
        for f in program.parent.rglob("*")
        if f.name.startswith(NETWORK_LIBRARY)
        or any(f.name.startswith(Path(p).name) for p in NETWORK_PLUGINS)
    )
    if networked:
        raise SystemExit(f"the bundle still holds Qt's network parts: {', '.join(networked)}")
    return {"version_s": version_s, "screenshots_s": shots_s, "screenshots": count}


def install_desktop(program: Path) -> None:
    """Add the bundle to this user's application menu (freedesktop: Linux, BSD)."""
    data = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    resources = ROOT / "netjournal" / "resources"
    for png in (resources / "icons" / "hicolor").glob("*/apps/netjournal.png"):
        target = data / "icons" / png.relative_to(resources / "icons")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    desktop = (resources / "org.netjournal.NetJournal.desktop").read_text(encoding="utf-8")
    desktop = desktop.replace("Exec=netjournal %F", f"Exec={program} %F")
    applications = data / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    (applications / "org.netjournal.NetJournal.desktop").write_text(desktop, encoding="utf-8")
    metainfo = data / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        resources / "org.netjournal.NetJournal.metainfo.xml",
        metainfo / "org.netjournal.NetJournal.metainfo.xml",
    )
    print(f"Installed the menu entry and icons under {data}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="start the bundle offscreen after")
    parser.add_argument(
        "--install-desktop", action="store_true", help="add it to this user's app menu (Linux)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    program = build()
    size = folder_size(program.parent)
    print(f"Built {program} in {time.perf_counter() - started:.0f} s: {size / 1e6:.0f} MB unpacked")
    if args.check:
        check(program)
    if args.install_desktop:
        install_desktop(program)
    return 0


if __name__ == "__main__":
    sys.exit(main())
