"""Errors keep their English message and carry a template the interface can translate;
no message of the domain is built in a way the translation tool cannot extract."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, JournalError, NotFound
from netjournal.journal import Journal
from netjournal.journal import validate as v

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "netjournal" / "journal"
# The file readers and writers, and the store (a journal that cannot be opened), whose
# problems and refusals a person reads too.
INTERCHANGE = ROOT / "netjournal" / "interchange"
STORE = ROOT / "netjournal" / "store"
RAISED = {
    "InvalidInput",
    "NotFound",
    "JournalError",
    "ImportCancelled",
    "NetJournalError",
    "PhotoRefused",
    "ExportCancelled",
    "BrokenCsv",
    "SchemaTooNew",
    "WrongPassphrase",
}
# Made from a template like an error: Problem.of(where, template, ...), Words.of(template).
WORDED = {"Problem": 1, "Words": 0}
# validate.ordered raises the template its callers marked (checked below); store.db.connect
# one marked at module level (_CANNOT_OPEN), used twice.
PASSED_ON = {("validate.py", "ordered"), ("db.py", "connect")}


def test_the_marker_returns_its_text_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("Validation", "Target date") == "Target date"


def test_of_formats_the_english_message_and_keeps_template_and_params() -> None:
    error = InvalidInput.of(
        QT_TRANSLATE_NOOP("Validation", "{label} cannot be empty."),
        "title",
        label="Title",
        labels=("label",),
    )
    assert error.message == str(error) == "Title cannot be empty."
    assert error.template == "{label} cannot be empty."
    assert error.params == {"label": "Title"}
    assert error.labels == ("label",)
    assert error.field == "title"
    assert isinstance(NotFound.of("There is no tag #{tag_id}.", "tag", tag_id=3), NotFound)
    assert JournalError.of("{path} is not encrypted.", path="a.db").message == (
        "a.db is not encrypted."
    )


def test_an_error_built_from_a_message_alone_has_no_template() -> None:
    error = InvalidInput("Plain words.", "x")
    assert (error.message, error.template, error.params, error.labels) == (
        "Plain words.",
        None,
        {},
        (),
    )


@pytest.mark.parametrize(
    ("check", "expected"),
    [
        (lambda: v.required_text("  ", "display_name", "Name"), "Name cannot be empty."),
        (
            lambda: v.text("x" * 1_001, "notes", "Notes"),
            "Notes is too long: 1,001 characters, at most 1,000.",
        ),
        (
            lambda: v.a_date("2025-02-30", "target_on", "Target date"),
            "Target date: “2025-02-30” is not a date that exists (expected YYYY-MM-DD).",
        ),
        (
            lambda: v.a_date("0202-01-01", "target_on", "Target date"),
            "Target date: 0202-01-01 is not a date the journal keeps (the years 1900 to 2200).",
        ),
        (
            lambda: v.text("a\ud800b", "title", "Title"),
            "Title contains U+D800, half of a character that cannot be stored; retype or "
            "remove it.",
        ),
        (lambda: v.page_size(0), "A page must hold at least one row, not 0."),
        (
            lambda: v.positive_days(0, "cadence", "Cadence", 30),
            "Cadence must be between 1 and 30 days.",
        ),
    ],
)
def test_templates_give_the_english_messages_of_before(check, expected: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check()
    assert caught.value.message == expected
    assert caught.value.template is not None


def test_a_real_domain_refusal_names_its_label_params(journal: Journal) -> None:
    with pytest.raises(InvalidInput) as caught:
        journal.goals.create("Run", target_on="2025-02-30")
    error = caught.value
    assert error.field == "target_on"
    assert error.params == {"label": "Target date", "value": "2025-02-30"}
    assert error.labels == ("label",)


def _is_marked(node: ast.expr) -> bool:
    """QT_TRANSLATE_NOOP("Validation", "literal"): what pyside6-lupdate extracts."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        and node.args[0].value == "Validation"
    )


def _raises(tree: ast.AST, function: str = "") -> list[tuple[ast.Raise, str]]:
    """Each raise with the name of the function it is in (innermost)."""
    found = []
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            found += _raises(child, child.name)
        else:
            if isinstance(child, ast.Raise):
                found.append((child, function))
            found += _raises(child, function)
    return found


def _untranslatable_raises(source: str, filename: str) -> list[int]:
    """Lines raising a domain error whose message is not a marked literal template."""
    bad = []
    for node, function in _raises(ast.parse(source)):
        if not isinstance(node.exc, ast.Call):
            continue
        func = node.exc.func
        if isinstance(func, ast.Name) and func.id in RAISED:
            bad.append(node.lineno)  # built from a bare message: never translated
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "of"
            and isinstance(func.value, ast.Name)
            and func.value.id in RAISED
        ):
            first = node.exc.args[0] if node.exc.args else None
            passed_on = (filename, function) in PASSED_ON and isinstance(first, ast.Name)
            if first is None or not (_is_marked(first) or passed_on):
                bad.append(node.lineno)
    return sorted(set(bad))


def test_the_check_catches_f_strings_and_unmarked_messages() -> None:
    source = (
        "def f(x):\n"
        "    raise InvalidInput(f'{x} is wrong.', 'x')\n"
        "def g(x):\n"
        "    raise NotFound.of('There is no #{x}.', 'x', x=x)\n"
        "def h(message):\n"
        "    raise JournalError.of(message)\n"
        "def ok(x):\n"
        "    raise InvalidInput.of(QT_TRANSLATE_NOOP('Validation', '{x} is wrong.'), 'x', x=x)\n"
    )
    assert _untranslatable_raises(source, "example.py") == [2, 4, 6]


def _sources() -> list[Path]:
    return sorted([*DOMAIN.glob("*.py"), *INTERCHANGE.glob("*.py"), *STORE.glob("*.py")])


def test_every_domain_error_is_raised_from_a_marked_literal_template() -> None:
    found = {
        f"{path.name}:{line}"
        for path in _sources()
        for line in _untranslatable_raises(path.read_text(encoding="utf-8"), path.name)
    }
    assert not found, f"raise with a message the translators never see: {sorted(found)}"


def _untranslatable_words(source: str) -> list[int]:
    """Lines making a Problem from a bare message, or a Problem or Words from a template
    that is a string of its own (an f-string, an unmarked literal) rather than a marked
    template or a name holding one."""
    bad = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "Problem":
            bad.append(node.lineno)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "of"
            and isinstance(func.value, ast.Name)
            and func.value.id in WORDED
        ):
            at = WORDED[func.value.id]
            template = node.args[at] if len(node.args) > at else None
            if not _names_a_template(template):
                bad.append(node.lineno)
    return sorted(set(bad))


def _names_a_template(node: ast.expr | None) -> bool:
    """A marked template, or a name, attribute or dict lookup that holds one."""
    if node is None:
        return False
    if isinstance(node, ast.Constant) and re.fullmatch(r"(\{\w+\}\s*)+", str(node.value)):
        return True  # only places to fill ("{what} {advice}"): nothing to translate
    if isinstance(node, ast.IfExp):
        return _names_a_template(node.body) and _names_a_template(node.orelse)
    if _is_marked(node) or isinstance(node, ast.Name | ast.Attribute | ast.Subscript):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
    )


def test_the_check_catches_problems_and_words_said_in_english_only() -> None:
    source = (
        "Problem(where, f'{x} is wrong.')\n"
        "Problem.of(where, 'Plain words.')\n"
        "Words.of(f'{x}')\n"
        "Problem.of(where, QT_TRANSLATE_NOOP('Validation', '{x} is wrong.'), x=x)\n"
        "Problem.of(where, LEFT_OUT, reason=exc)\n"
        "Words.of(limits.BIRTHDAY_NOT_A_DATE, text=t)\n"
    )
    assert _untranslatable_words(source) == [1, 2, 3]


def test_every_problem_of_a_file_is_said_from_a_marked_template() -> None:
    found = {
        f"{path.name}:{line}"
        for path in _sources()
        if path.name != "incoming.py"  # where Problem itself is defined
        for line in _untranslatable_words(path.read_text(encoding="utf-8"))
    }
    assert not found, f"a problem or reason the translators never see: {sorted(found)}"


def test_the_templates_passed_to_ordered_are_marked() -> None:
    unmarked = []
    for path in sorted(DOMAIN.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "ordered"
            ):
                template = node.args[3] if len(node.args) > 3 else None
                if template is None or not _is_marked(template):
                    unmarked.append(f"{path.name}:{node.lineno}")
    assert not unmarked


def test_the_error_module_stays_free_of_qt() -> None:
    tree = ast.parse((ROOT / "netjournal" / "errors.py").read_text(encoding="utf-8"))
    imported = [
        alias.name if isinstance(node, ast.Import) else node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (node.names if isinstance(node, ast.Import) else [node])
    ]
    assert not [name for name in imported if name.startswith("PySide6")]
