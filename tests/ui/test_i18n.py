"""Translations: the language chosen, Qt's translator and locale put into effect, and
every shipped language complete against the current sources."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from netjournal import cli
from netjournal.journal import Journal
from netjournal.ui import format as display
from netjournal.ui import i18n
from netjournal.ui.settings import LANGUAGE, AppSettings, check
from netjournal.ui.settings_dialog import SettingsDialog

from .conftest import Facts

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "netjournal"
LUPDATE = [str(Path(i18n.lrelease_tool()[0]).with_name("lupdate"))]


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The messages of a .ts by (context, source, disambiguation)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], ET.Element]:
    """What lupdate finds in the sources today, in a .ts of its own."""
    ts = tmp_path_factory.mktemp("lupdate") / "current.ts"
    files = [str(p) for p in sorted(PACKAGE.rglob("*.py"))]
    subprocess.run([*LUPDATE, "-silent", *files, "-ts", str(ts)], check=True)
    return _messages(ts)


# --- complete translations -----------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "es"])
def test_each_shipped_language_translates_every_source_string(
    extracted: dict[tuple[str, str, str], ET.Element], language: str
) -> None:
    shipped = _messages(i18n.ts_file(language))
    missing = sorted(k for k in extracted if k not in shipped)
    unfinished = []
    for key, message in shipped.items():
        if key not in extracted:
            continue
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            t.strip() for t in texts
        ):
            unfinished.append(key)
    assert not missing, f"{language}: {len(missing)} source strings missing: {missing[:20]}"
    assert not unfinished, (
        f"{language}: {len(unfinished)} unfinished or empty: {sorted(unfinished)[:20]}"
    )


def _marks(text: str) -> tuple[list[str], bool, int]:
    """What a translation must keep of its source: {placeholders}, %n, one accelerator."""
    return (
        sorted(re.findall(r"\{[^{}]*\}", text)),
        "%n" in text or "%Ln" in text,
        text.replace("&&", "").count("&"),
    )


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_translations_keep_the_placeholders_plurals_and_accelerators(language: str) -> None:
    """A lost {name} shows a gap; an unknown one raises when formatted; a lost %n hides the
    number; two "&" make no mnemonic."""
    wrong = []
    for (context, source, _), message in _messages(i18n.ts_file(language)).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        want = _marks(source)
        for form in forms:
            got = _marks(form)
            plural_ok = message.get("numerus") == "yes" or got[1] == want[1]
            if got[0] != want[0] or not plural_ok or got[2] != want[2]:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, f"{language}: {len(wrong)} translations differ: {wrong[:10]}"


def test_english_gives_both_forms_of_every_plural(
    extracted: dict[tuple[str, str, str], ET.Element],
) -> None:
    shipped = _messages(i18n.ts_file("en"))
    plurals = [k for k, m in extracted.items() if m.get("numerus") == "yes"]
    assert plurals
    for key in plurals:
        assert key in shipped, f"{key} has no English forms (scripts/translations.py update)"
        forms = [f.text or "" for f in shipped[key].iter("numerusform")]
        assert len(forms) == 2, key
        assert all(forms), key


# --- the sources: every string lupdate can attribute --------------------------------------


def test_no_message_is_in_the_empty_context(
    extracted: dict[tuple[str, str, str], ET.Element],
) -> None:
    assert not [k for k in extracted if not k[0]]


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str]]:
    """Each tr/translate/QT_TRANSLATE_NOOP call, with the name it was called by."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            yield node, name


def test_lupdate_sees_every_literal_translation_call_and_its_plurals(
    extracted: dict[tuple[str, str, str], ET.Element],
) -> None:
    """A call lupdate's Python parser misreads is never translated: an argument it cannot
    parse drops the message, and `translate(ctx, text, None, n)` with a variable `n` is
    not taken as a plural (use `Context.tr(text, None, n)`)."""
    unseen, not_plural = [], []
    by_source = {(k[1], k[2]): m for k, m in extracted.items()}
    for path in sorted(PACKAGE.rglob("*.py")):
        for call, name in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            first = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
            args = call.args
            if len(args) <= first or not isinstance(args[first], ast.Constant):
                continue  # a text held elsewhere (a QT_TRANSLATE_NOOP table)
            text = args[first].value
            disambiguation = args[first + 1] if len(args) > first + 1 else None
            comment = disambiguation.value if isinstance(disambiguation, ast.Constant) else ""
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            message = by_source.get((text, comment or ""))
            if message is None:
                unseen.append(f"{where} {text!r}")
            elif len(args) > first + 2 and message.get("numerus") != "yes":
                not_plural.append(f"{where} {text!r}")
    assert not unseen, f"lupdate does not see: {unseen}"
    assert not not_plural, f"lupdate does not see these as plurals: {not_plural}"


def test_each_translation_context_is_named_as_it_is_called() -> None:
    """lupdate takes the context of `Today.tr(...)` from the name before `.tr`: the
    TranslationContext bound to it must carry that very name."""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
                continue
            func = node.value.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called != "TranslationContext":
                continue
            (target,) = node.targets
            (given,) = node.value.args
            if not (isinstance(target, ast.Name) and given.value == target.id):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong


# --- which language ------------------------------------------------------------------------


def test_the_system_language_is_matched_to_a_shipped_one() -> None:
    assert i18n.chosen_language("", ["de-DE", "en-US"]) == "de"
    assert i18n.chosen_language("", ["de_AT"]) == "de"
    assert i18n.chosen_language("", ["es-MX"]) == "es"
    assert i18n.chosen_language("", ["fr-FR"]) == "en"
    assert i18n.chosen_language("", ["fr-FR", "es-ES"]) == "es"  # the first one shipped
    assert i18n.chosen_language("", []) == "en"


def test_the_settings_override_wins_over_the_system() -> None:
    assert i18n.chosen_language("es", ["de-DE"]) == "es"
    assert i18n.chosen_language("en", ["de-DE"]) == "en"
    assert i18n.chosen_language("fr", ["de-DE"]) == "de"  # not shipped: the system's


def test_the_language_setting_is_checked(settings) -> None:
    app_settings = AppSettings(settings)
    assert app_settings.language() == ""
    assert check(LANGUAGE, "de") == "de"
    with pytest.raises(Exception, match="leave it empty"):
        check(LANGUAGE, "fr")
    assert app_settings.save({LANGUAGE: "es"}) == [LANGUAGE]
    assert app_settings.language() == "es"
    settings.setValue(LANGUAGE, "klingon")  # edited by hand
    assert app_settings.language() == ""


def test_the_settings_dialog_offers_each_language_in_itself(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[0].startswith("System (")
    assert names[1:] == ["English", "Deutsch", "Español"]
    assert "next starts" in dialog.findChild(type(dialog.date_example), "languageNote").text()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    with qtbot.waitSignal(dialog.changed) as changed:
        assert dialog.save()
    assert changed.args == [[LANGUAGE]]
    assert AppSettings(settings).language() == "de"


# --- putting it into effect ----------------------------------------------------------------


@pytest.fixture
def tiny_catalogue(tmp_path: Path) -> Path:
    """A folder with a small German .ts of a known string, not the big translations."""
    folder = tmp_path / "translations"
    folder.mkdir()
    i18n.ts_file("de", folder).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de"><context><name>Format</name>'
        "<message><source>today</source><translation>heute</translation></message>"
        '<message numerus="yes"><source>%n days ago</source><translation>'
        "<numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform>"
        "</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def german(qapp: object, tiny_catalogue: Path, tmp_path: Path) -> Iterator[i18n.Installed]:
    installed = i18n.install(
        "de",
        folder=tiny_catalogue,
        cache=tmp_path / "cache",
        system=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    )
    yield installed
    i18n.uninstall(installed)


def test_the_installed_translator_shows_a_known_string_in_german(
    german: i18n.Installed, tmp_path: Path
) -> None:
    assert display.relative_day(date(2025, 3, 4), date(2025, 3, 4)) == "heute"
    assert display.relative_day(date(2025, 3, 1), date(2025, 3, 4)) == "vor 3 Tagen"
    # The .ts was compiled into the cache, not beside it.
    assert (tmp_path / "cache" / "netjournal_de.qm").is_file()
    assert not list((tmp_path / "translations").glob("*.qm"))


def test_qt_own_strings_follow_the_language(german: i18n.Installed) -> None:
    # Qt's qtbase catalogue: the names of keys and standard buttons.
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Strg"


def test_dates_read_in_german_month_names(german: i18n.Installed) -> None:
    assert QLocale().language() == QLocale.Language.German
    assert display.format_date(date(2025, 3, 4), "long") == "4. März 2025"
    assert display.format_date(date(2025, 3, 4), "short") == "04.03.2025"


def test_uninstalling_gives_english_and_the_locale_back(
    qapp: object, tiny_catalogue: Path, tmp_path: Path
) -> None:
    before = QLocale().name()
    installed = i18n.install("de", folder=tiny_catalogue, cache=tmp_path / "cache")
    i18n.uninstall(installed)
    assert display.relative_day(date(2025, 3, 4), date(2025, 3, 4)) == "today"
    assert QLocale().name() == before


def test_the_week_starts_where_the_locale_says_unless_chosen(qapp: object) -> None:
    before = QLocale()
    try:
        display.set_week_start(0)
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert display.first_day_of_week() == Qt.DayOfWeek.Monday
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert display.first_day_of_week() == Qt.DayOfWeek.Sunday
        display.set_week_start(3)
        assert display.first_day_of_week() == Qt.DayOfWeek.Wednesday
    finally:
        display.set_week_start(0)
        QLocale.setDefault(before)


def test_a_language_keeps_the_system_territory_when_it_is_the_same_language() -> None:
    austria = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    assert i18n.language_locale("de", austria).territory() == QLocale.Country.Austria
    assert i18n.language_locale("es", austria).language() == QLocale.Language.Spanish
    usa = i18n.language_locale("en", austria)
    assert (usa.language(), usa.territory()) == (
        QLocale.Language.English,
        QLocale.Country.UnitedStates,
    )


@pytest.mark.slow
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_screenshots_lang_de_saves_every_tab(
    small_journal: tuple[Journal, Facts], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal, _ = small_journal
    folder = journal.path.parent
    journal.close()
    before = QLocale().name()
    shots = tmp_path / "shots"
    assert cli.main(["screenshots", "--data-dir", str(folder), str(shots), "--lang", "de"]) == 0
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names[:2] == ["01-today.png", "02-contacts.png"]
    assert len(names) >= 11
    assert capsys.readouterr().out.count(".png") == len(names)
    assert QLocale().name() == before  # given back afterwards
