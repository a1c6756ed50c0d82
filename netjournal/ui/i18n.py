"""The languages NetJournal speaks, which one to use, and putting it into effect.

English is the source language; German and Spanish ship as Qt Linguist files in
resources/translations (netjournal_<lang>.ts, kept up to date by
`scripts/translations.py update`), compiled into .qm files by pyside6-lrelease when the
package is built (setup.py). English has a .ts of its own for its plural forms only
("%n days ago": "1 day ago" / "%n days ago").

The language is the one chosen in Settings, else the first of the system's UI
languages that NetJournal ships, else English. `install` puts it on the application
before any window is built: NetJournal's translator, Qt's own (standard buttons, key
names) and the default QLocale, so that dates, times and numbers follow it.

In a source checkout (an editable install, or running from the tree) a .qm may be
missing or older than its .ts: the .ts is then compiled into the user's cache folder
(never beside the sources), so that a translation just merged shows without a rebuild.

Code outside a QObject names its context with a `TranslationContext` bound to a
module-level name equal to the context, as in `Today = TranslationContext("Today")`
and then `Today.tr("Snooze")`: pyside6-lupdate reads `Name.tr(...)` as context "Name"
and sees plural calls (`Today.tr("%n days overdue", None, n)`), which it does not for
`QCoreApplication.translate` with a variable count.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netjournal import APP_NAME

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# Each shipped language, named in itself (as the Settings list shows it).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
CATALOGUE = "netjournal"


class TranslationContext:
    """`tr` for code outside a QObject, in a context of its own (see the module's note)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)

    def __repr__(self) -> str:
        return f"TranslationContext({self.name!r})"


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def qm_name(language: str) -> str:
    return f"{CATALOGUE}_{language}.qm"


def _base(tag: str) -> str:
    """ "de" of "de-AT", "de_AT" or "de-Latn-AT"; lower case."""
    return tag.replace("_", "-").split("-")[0].lower()


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's UI languages (`QLocale.system().uiLanguages()`, most
    preferred first) that NetJournal ships; English when none is."""
    tags = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in tags:
        if _base(tag) in LANGUAGES:
            return _base(tag)
    return SOURCE_LANGUAGE


def chosen_language(override: str = "", ui_languages: Iterable[str] | None = None) -> str:
    """The language to use: the Settings override when it names a shipped language,
    else the system's (`system_language`)."""
    if override in LANGUAGES:
        return override
    return system_language(ui_languages)


def language_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers follow in `language`: the system's own when it is
    in that language (so de_AT keeps Austrian formats, en_GB its day-month order), else
    the language's main territory (German in Germany, Spanish in Spain, US English)."""
    system = QLocale.system() if system is None else system
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    if wanted.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return wanted


# --- compiling -----------------------------------------------------------------------------


def lrelease_tool() -> list[str]:
    """The command that runs Qt's lrelease: the binary PySide6 ships, or
    pyside6-lrelease on the PATH."""
    import PySide6  # noqa: PLC0415 - only to find its folder

    name = "lrelease.exe" if os.name == "nt" else "lrelease"
    binary = Path(PySide6.__file__).resolve().parent / name
    if binary.is_file():
        return [str(binary)]
    script = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if script:
        return [script]
    raise FileNotFoundError("pyside6-lrelease was not found (it comes with PySide6).")


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one .ts into `qm` with lrelease (unfinished messages are left out, so
    they show in English); `qm`."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*lrelease_tool(), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease could not compile {ts}: {done.stderr.strip()}")
    return qm


def cache_folder() -> Path:
    """Where .qm files compiled at run time from a source checkout go."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_file(language: str, folder: Path = TRANSLATIONS, cache: Path | None = None) -> Path | None:
    """The compiled catalogue of `language`: the one built into the package, or, in a
    source checkout where it is missing or older than its .ts, the .ts compiled into
    `cache` (the user's cache folder); None when there is neither."""
    ts = ts_file(language, folder)
    built = folder / qm_name(language)
    if _fresh(built, ts):
        return built
    if not ts.is_file():
        return None
    cached = (cache or cache_folder()) / qm_name(language)
    if _fresh(cached, ts):
        return cached
    try:
        return compile_ts(ts, cached)
    except (OSError, RuntimeError) as exc:
        log.info("showing NetJournal in English: %s", exc)
        return built if built.is_file() else None


# --- putting a language into effect ------------------------------------------------------


@dataclass
class Installed:
    """What `install` put on the application, to take off again (`uninstall`)."""

    language: str
    locale: QLocale
    previous_locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)


def install(
    language: str,
    *,
    folder: Path = TRANSLATIONS,
    cache: Path | None = None,
    system: QLocale | None = None,
) -> Installed:
    """Show the application in `language` from now on: NetJournal's translation, Qt's
    own (qtbase: standard buttons, key names) and the default locale of dates and
    numbers. Call it once the QCoreApplication exists and before any window is built."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the application made first.")
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    locale = language_locale(language, system)
    installed = Installed(language, locale, QLocale())
    QLocale.setDefault(locale)
    catalogues: list[tuple[str, Path | None]] = [
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
        (CATALOGUE, qm_file(language, folder, cache)),
    ]
    for name, where in catalogues:
        if where is None:
            continue
        translator = QTranslator(app)
        loaded = (
            translator.load(str(where))
            if where.suffix == ".qm"
            else translator.load(f"{name}_{language}", str(where))
        )
        if loaded and app.installTranslator(translator):
            installed.translators.append(translator)
        elif language != SOURCE_LANGUAGE or name == CATALOGUE:
            log.info("no %s translation for %s in %s", name, language, where)
    return installed


def uninstall(installed: Installed) -> None:
    """Take the translators of `installed` off the application and give the default
    locale back (screenshots in another language; tests)."""
    app = QCoreApplication.instance()
    for translator in installed.translators:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    installed.translators.clear()
    QLocale.setDefault(installed.previous_locale)


def shipped_languages(order: Sequence[str] = tuple(LANGUAGES)) -> list[tuple[str, str]]:
    """(code, name in itself) of each shipped language, English first."""
    return [(code, LANGUAGES[code]) for code in order]


# --- without an application (the command line) ---------------------------------------------

# (context, source, disambiguation, n) -> the translated text, as QCoreApplication.translate
Translate = Callable[[str, str, str | None, int], str]


def standalone_translate(
    language: str,
    *,
    folder: Path = TRANSLATIONS,
    cache: Path | None = None,
    system: QLocale | None = None,
) -> Translate:
    """A translate function for `language` that needs no QCoreApplication (the command
    line must not make one: the window makes its QApplication later in the same process).

    It also makes the language's locale the default, so that numbers follow it. A text
    without a translation is its English source; "%n" becomes the count, written as the
    locale writes it (QTranslator leaves that to QCoreApplication.translate). English
    loads no catalogue: the source is the text.
    """
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    locale = language_locale(language, system)
    QLocale.setDefault(locale)
    translator: QTranslator | None = None
    if language != SOURCE_LANGUAGE:
        where = qm_file(language, folder, cache)
        translator = QTranslator()
        if where is None or not translator.load(str(where)):
            log.info("showing the command line in English: no %s catalogue in %s", language, folder)
            translator = None

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # The closure keeps the translator alive for as long as the function is used.
        found = translator.translate(context, text, disambiguation, n) if translator else ""
        said = found or text
        return said.replace("%n", locale.toString(n)) if n >= 0 else said

    return translate
