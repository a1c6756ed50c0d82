"""Safe file names and safe places: valid on Windows, macOS and Linux, never outside the folder."""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from pathlib import Path

import pytest

from netjournal.errors import InvalidInput
from netjournal.interchange.filenames import (
    MAX_NAME_BYTES,
    ExportCancelled,
    UniqueNames,
    cannot_write,
    inside,
    name_key,
    output_file,
    output_folder,
    report,
    safe_stem,
    subfolder,
    writing,
)

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
WINDOWS_DEVICES = {"con", "prn", "aux", "nul"} | {
    f"{b}{d}" for b in ("com", "lpt") for d in "123456789"
}

HOSTILE_NAMES = [
    "../../notes",
    "..",
    ".",
    "CON",
    "con",
    "aux.txt",
    "Nul.tar.gz",
    "LPT1",
    "COM9 .md",
    "a/b\\c",
    ".hidden",
    "trailing dot.",
    "trailing space ",
    "🦊",
    "👩🏽‍💻 Dev",
    "x" * 300,
    "é" * 300,
    "🦊" * 300,
    'what?<>:"|*',
    "tab\tnew\nline",
    "\u202eexe.txt",
    "[[link]] #tag ^block",
    "",
    "   ",
    "???",
]


def check_portable(name: str) -> None:
    """A name every one of Windows, macOS and Linux takes as an ordinary, visible file."""
    assert name, "an empty name"
    assert not set(name) & WINDOWS_FORBIDDEN, name
    assert not re.search(r"[\x00-\x1f\x7f]", name), name
    assert not name.startswith("."), name
    assert not name.endswith((".", " ")), name
    assert name.split(".", 1)[0].rstrip().casefold() not in WINDOWS_DEVICES, name
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES, name
    assert name == unicodedata.normalize("NFC", name)
    assert "\u202e" not in name


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_every_hostile_name_becomes_a_portable_one(name: str) -> None:
    stem = safe_stem(name)
    check_portable(stem)
    check_portable(stem + ".md")


def test_names_stay_as_readable_as_they_can() -> None:
    assert safe_stem("Ana Silva") == "Ana Silva"
    assert safe_stem("田中 美咲") == "田中 美咲"
    assert safe_stem("🦊") == "🦊"
    assert safe_stem("a/b\\c") == "a_b_c"
    assert safe_stem("CON") == "CON_"
    assert safe_stem("aux.txt") == "aux_.txt"
    assert safe_stem(".hidden") == "hidden"
    assert safe_stem("../../notes") == "_.._notes"
    assert safe_stem("") == "unnamed"
    assert safe_stem("tab\tnew\nline") == "tab new line"


def test_a_long_name_is_cut_between_characters_not_inside_one() -> None:
    for name in ("x" * 300, "é" * 300, "🦊" * 300, "👩🏽‍💻" * 100):
        stem = safe_stem(name)
        assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES
        assert name.startswith(stem)
        assert not stem.endswith("\u200d")  # never half of an emoji sequence


def test_unique_names_are_distinct_even_where_case_and_accents_are_ignored() -> None:
    names = UniqueNames()
    given = [
        "Ana Silva",
        "Ana Silva",
        "ana silva",
        "ANA SILVA",
        "Ana Silva.",
        "Zoë",
        "Zoe\u0308",  # the same name with a combining diaeresis (macOS writes names so)
        "CON",
        "con",
        "x" * 300,
        "x" * 301,
        *HOSTILE_NAMES,
    ]
    claimed = [names.claim(name) for name in given]
    assert claimed[:4] == [
        "Ana Silva.md",
        "Ana Silva (2).md",
        "ana silva (3).md",
        "ANA SILVA (4).md",
    ]
    assert len({name_key(c) for c in claimed}) == len(claimed)
    for name in claimed:
        check_portable(name)
        assert name.endswith(".md")


def test_every_claimed_name_can_really_be_created_side_by_side(tmp_path: Path) -> None:
    names = UniqueNames()
    for name in [*HOSTILE_NAMES, "Ana", "ana", "x" * 300, "x" * 300]:
        claimed = names.claim(name)
        target = inside(tmp_path, claimed)
        target.write_text(name, encoding="utf-8")
    files = list(tmp_path.iterdir())
    assert len(files) == len(HOSTILE_NAMES) + 4
    assert all(f.parent == tmp_path for f in files)


def test_inside_refuses_a_path_that_leaves_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    assert inside(root, "People", "Ana.md") == root.resolve() / "People" / "Ana.md"
    for parts in (("..", "x.md"), ("../../etc/passwd",), ("/etc/passwd",), ("a", "..", "..", "b")):
        with pytest.raises(InvalidInput, match="outside"):
            inside(root, *parts)


def test_inside_refuses_a_symlink_that_leads_out(tmp_path: Path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "People").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(InvalidInput, match="outside"):
        inside(root, "People", "Ana.md")
    with pytest.raises(InvalidInput):
        subfolder(root, "People")
    (root / "Goal.md").symlink_to(elsewhere / "stolen.md")
    with pytest.raises(InvalidInput, match="outside"):
        inside(root, "Goal.md")


def test_an_output_file_is_checked_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        output_file(tmp_path / "missing" / "x.vcf", overwrite=False)
    with pytest.raises(InvalidInput, match="is a folder"):
        output_file(tmp_path, overwrite=True)
    (tmp_path / "there.vcf").write_text("mine")
    with pytest.raises(InvalidInput, match="already exists"):
        output_file(tmp_path / "there.vcf", overwrite=False)
    assert output_file(tmp_path / "there.vcf", overwrite=True) == tmp_path / "there.vcf"
    assert (tmp_path / "there.vcf").read_text() == "mine"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_a_folder_one_cannot_write_in_is_refused_in_words(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(InvalidInput, match="permission") as refused:
            output_file(locked / "x.vcf", overwrite=False)
        assert "Errno" not in str(refused.value)
        with pytest.raises(InvalidInput, match="permission"):
            output_folder(locked)
        with pytest.raises(InvalidInput, match="permission"):
            output_folder(locked / "new")
    finally:
        locked.chmod(0o700)


def test_an_output_folder_is_made_or_kept_with_what_it_holds(tmp_path: Path) -> None:
    made, held = output_folder(tmp_path / "new" / "export")
    assert made.is_dir()
    assert held == 0
    (made / "mine.txt").write_text("keep me")
    again, held = output_folder(made)
    assert again == made
    assert held == 1
    (tmp_path / "file").write_text("x")
    with pytest.raises(InvalidInput, match="not a folder"):
        output_folder(tmp_path / "file")


def write_then_fail(target: Path) -> None:
    with writing(target, overwrite=False) as out:
        out.write("half")
        raise RuntimeError("boom")


def write(target: Path, text: str, *, overwrite: bool, meanwhile: str | None = None) -> None:
    with writing(target, overwrite=overwrite) as out:
        out.write(text)
        if meanwhile is not None:
            target.write_text(meanwhile)  # another program makes the file while we write


def test_writing_is_all_or_nothing_and_private(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError):
        write_then_fail(target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind
    write(target, "whole", overwrite=False)
    assert target.read_text() == "whole"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_writing_never_replaces_a_file_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(InvalidInput, match="already exists"):
        write(target, "new", overwrite=False, meanwhile="appeared meanwhile")
    # a file made while the export was writing is not overwritten: the export says so
    assert target.read_text() == "appeared meanwhile"
    with pytest.raises(InvalidInput, match="already exists"):
        write(target, "again", overwrite=False)
    assert target.read_text() == "appeared meanwhile"
    write(target, "replaced", overwrite=True)
    assert target.read_text() == "replaced"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_progress_that_says_no_cancels() -> None:
    report(None, 1, 2)
    report(lambda done, total: None, 1, 2)
    with pytest.raises(ExportCancelled):
        report(lambda done, total: False, 1, 2)


def test_a_path_through_a_file_is_refused_in_words(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(InvalidInput, match="part of the path is a file") as refused:
        output_folder(tmp_path / "file" / "export")
    assert "Errno" not in str(refused.value)
    with pytest.raises(InvalidInput, match="does not exist"):
        output_file(tmp_path / "file" / "x.vcf", overwrite=False)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "you do not have permission"),
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.ENAMETOOLONG, "the name is too long"),
        (errno.EIO, "input/output error"),
    ],
)
def test_what_the_system_refuses_is_said_in_words(code: int, words: str) -> None:
    message = str(cannot_write(Path("/x/y.vcf"), OSError(code, os.strerror(code))))
    assert words in message
    assert message.startswith("“/x/y.vcf” cannot be written: ")
    assert message.endswith(".")
    assert "Errno" not in message


def test_a_long_name_chosen_for_a_file_is_written_too(tmp_path: Path) -> None:
    target = tmp_path / ("🦊" * 60 + ".vcf")  # 244 bytes: its temporary name must fit as well
    write(target, "fox", overwrite=False)
    assert target.read_text() == "fox"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
