"""Where exports go: safe file names, never outside the chosen folder, never over a file unasked.

A person's or goal's name becomes a file name that is valid on Windows, macOS and
Linux at once: no path separators or characters Windows refuses, no reserved device
names (CON, aux.txt…), no leading dot (hidden) or trailing dot or space, not too
long in any of the three systems' units, and distinct from every other name in the
folder even where the file system ignores case and Unicode normalisation. Every
file is written whole or not at all (a temporary file beside it, renamed at the
end), readable by its owner alone, and an existing file is replaced only when asked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, NetJournalError, Words
from netjournal.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE

# Bytes of UTF-8 a whole file name may take, suffix included. ext4 and most Linux file
# systems allow 255 bytes, APFS 255 characters, NTFS 255 UTF-16 units; a UTF-8 byte
# count bounds the other two. Kept well below, so a deep folder on Windows (260
# characters for the whole path in older programs) still takes it.
MAX_NAME_BYTES = 120
FALLBACK_NAME = "unnamed"

# Refused by Windows (and ":" by macOS's Finder); "#^[]|" break Obsidian's [[links]].
_FORBIDDEN = re.compile(r'[<>:"/\\|?*#^\[\]\x00-\x1f\x7f-\x9f]')
# Bidirectional controls can disguise a name ("txt.exe" shown as "exe.txt").
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{base}{digit}" for base in ("com", "lpt") for digit in "0123456789¹²³"}
)
# What may not end a shortened name: half of an emoji sequence or an accent without its letter.
_DANGLING = frozenset("\u200d\ufe0e\ufe0f")


class ExportCancelled(NetJournalError):
    """The export was cancelled; no file was left half-written."""


@dataclass(frozen=True)
class Exported:
    """What an export wrote.

    `counts` says how many of each thing went in (people, photos, events…), `files`
    the files written, `notes` what a person should know (files left as they were
    in a folder that was not empty, things that could not go in).
    """

    path: Path
    counts: dict[str, int]
    files: tuple[Path, ...]
    notes: tuple[str, ...] = ()


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def _shorten(text: str, max_bytes: int) -> str:
    """`text` cut to at most `max_bytes` of UTF-8, never inside a character or its marks."""
    if _utf8_len(text) <= max_bytes:
        return text
    cut = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    # Cut before a combining mark or joiner too: it belongs to the character before it.
    while cut and (unicodedata.combining(cut[-1]) or cut[-1] in _DANGLING):
        cut = cut[:-1]
    return cut.rstrip(" .")


def safe_stem(name: str, max_bytes: int = MAX_NAME_BYTES - 3) -> str:
    """A file name (without suffix) for `name` that is valid and harmless on every system."""
    text = unicodedata.normalize("NFC", str(name))
    text = _BIDI.sub("", text)
    text = " ".join(text.split())  # newlines, tabs and runs of spaces become one space
    text = _FORBIDDEN.sub("_", text)
    text = text.strip(" .")  # a leading dot hides a file; Windows drops trailing ones
    text = _shorten(text, max_bytes)
    if not text.strip("_ ."):
        return FALLBACK_NAME
    device = text.split(".", 1)[0].rstrip(" ").casefold()
    if device in _WINDOWS_RESERVED:
        head, dot, rest = text.partition(".")
        text = _shorten(head.rstrip(" ") + "_", max_bytes) + dot + rest
        text = _shorten(text, max_bytes)
    return text


def name_key(name: str) -> str:
    """What two names share when a file system takes them for the same file.

    Windows and macOS ignore case; macOS also ignores Unicode normalisation (é typed
    as one character or as e and an accent).
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


class UniqueNames:
    """Hands out distinct safe file names within one folder: "Ana Silva.md", "Ana Silva (2).md"."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = {name_key(n) for n in taken}

    def claim(self, name: str, suffix: str = ".md") -> str:
        room = MAX_NAME_BYTES - _utf8_len(suffix)
        stem = safe_stem(name, room)
        candidate = stem + suffix
        number = 1
        while name_key(candidate) in self._taken:
            number += 1
            tail = f" ({number})"
            candidate = _shorten(stem, room - len(tail)) + tail + suffix
        self._taken.add(name_key(candidate))
        return candidate


# --- places --------------------------------------------------------------------------


def _already_there(target: Path) -> InvalidInput:
    """The refusal to write over `target` unless replacing was allowed."""
    return InvalidInput.of(
        QT_TRANSLATE_NOOP(
            "Validation", "“{target}” already exists; choose another name, or allow replacing it."
        ),
        "path",
        target=target,
    )


def _reason(exc: OSError) -> str:
    """An operating system's refusal in words (no errno numbers, no class names)."""
    words = {
        errno.EACCES: "you do not have permission to write there",
        errno.EPERM: "you do not have permission to write there",
        errno.EROFS: "the disk is read-only",
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "your disk quota is used up",
        errno.ENAMETOOLONG: "the name is too long",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "part of the path is a file, not a folder",
        errno.EISDIR: "it is a folder",
        errno.EEXIST: "a file of that name already exists",
        errno.EINVAL: "the name is not allowed there",
    }
    found = words.get(exc.errno or 0)
    if found:
        return found
    text = (exc.strerror or "the system refused").rstrip(".")
    return text[:1].lower() + text[1:]


def cannot_write(path: Path, exc: OSError) -> InvalidInput:
    return InvalidInput(f"“{path}” cannot be written: {_reason(exc)}.", "path")


def output_file(path: str | os.PathLike[str], *, overwrite: bool) -> Path:
    """The file an export goes to, checked before anything is read or written."""
    target = Path(path).expanduser()
    if not target.name or target.name in (".", ".."):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "“{path}” is not a file name."), "path", path=path
        )
    folder = target.parent
    try:
        if target.is_dir():
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "“{target}” is a folder; choose a file name inside it."
                ),
                "path",
                target=target,
            )
        if target.exists() or target.is_symlink():
            if not overwrite:
                raise _already_there(target)
            if target.is_symlink() or not target.is_file():
                raise InvalidInput.of(
                    QT_TRANSLATE_NOOP(
                        "Validation", "“{target}” is not an ordinary file; it was left as it was."
                    ),
                    "path",
                    target=target,
                )
        if not folder.is_dir():
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "The folder “{folder}” does not exist."),
                "path",
                folder=folder,
            )
    except OSError as exc:
        raise cannot_write(target, exc) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "“{target}” cannot be written: you do not have permission to write in “{folder}”.",
            ),
            "path",
            target=target,
            folder=folder,
        )
    return target


def output_folder(path: str | os.PathLike[str], own: Iterable[str] = ()) -> tuple[Path, int]:
    """The folder an export writes into, made (owner-only) if missing; and how many
    things it already held, which are left as they are (not counting the `own` names
    the export itself writes, from an earlier export)."""
    folder = Path(path).expanduser()
    try:
        if folder.exists() and not folder.is_dir():
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP("Validation", "“{folder}” is a file, not a folder."),
                "path",
                folder=folder,
            )
        if not folder.exists():
            folder.mkdir(parents=True, mode=PRIVATE_DIR_MODE)
        mine = set(own)
        held = sum(1 for item in folder.iterdir() if item.name not in mine)
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "“{folder}” cannot be written: you do not have permission to write there.",
            ),
            "path",
            folder=folder,
        )
    return folder.resolve(), held


def subfolder(root: Path, name: str) -> Path:
    """`root/name`, made if missing, refused if it is (or leads) anywhere but inside `root`."""
    place = inside(root, name)
    try:
        if place.is_symlink() or (place.exists() and not place.is_dir()):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "“{place}” is in the way: it is not a folder of this export."
                ),
                "path",
                place=place,
            )
        place.mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
    except OSError as exc:
        raise cannot_write(place, exc) from None
    return place


def inside(root: Path, *parts: str) -> Path:
    """`root` joined with `parts`, checked to stay inside `root` once resolved."""
    base = root.resolve()
    target = base.joinpath(*parts)
    resolved = target.resolve()
    if resolved != base and base not in resolved.parents:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "“{value}” would be written outside “{base}”; nothing was written there.",
            ),
            "path",
            value="/".join(parts),
            base=base,
        )
    return target


def left_alone_note(folder: Path, held: int) -> tuple[str, ...]:
    """What to tell someone whose folder was not empty."""
    if not held:
        return ()
    if held == 1:
        return (
            Words.of(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "“{folder}” already held 1 other thing; the export was written beside it "
                    "and it was not changed or removed.",
                ),
                folder=folder,
            ),
        )
    return (
        Words.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "“{folder}” already held {count:,} other things; the export was written beside "
                "them and none of them was changed or removed.",
            ),
            folder=folder,
            count=held,
        ),
    )


@contextmanager
def writing(
    target: Path,
    *,
    overwrite: bool,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = "",
    durable: bool = True,
) -> Iterator[IO[Any]]:
    """A file to write the export into; it becomes `target` only once complete.

    Written to a hidden temporary file beside `target` (so the rename is atomic) and
    made owner-only, as the journal is: an export holds the same private things. A
    failure or a cancel removes the temporary file and leaves `target` as it was;
    without `overwrite` an existing `target` is never replaced, even one that
    appeared while writing.
    """
    partial = target.with_name(f".{_shorten(target.name, 100)}.{secrets.token_hex(4)}.partial")
    try:
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except OSError as exc:
        raise cannot_write(target, exc) from None
    try:
        try:
            if binary:
                stream: IO[Any] = os.fdopen(handle, "wb")
            else:
                stream = os.fdopen(handle, "w", encoding=encoding, newline=newline)
        except BaseException:
            os.close(handle)
            raise
        with stream:
            yield stream
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        _put_in_place(partial, target, overwrite)
    except OSError as exc:
        raise cannot_write(target, exc) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _put_in_place(partial: Path, target: Path, overwrite: bool) -> None:
    if overwrite:
        if target.is_symlink() or (target.exists() and not stat.S_ISREG(target.lstat().st_mode)):
            raise InvalidInput.of(
                QT_TRANSLATE_NOOP(
                    "Validation", "“{target}” is not an ordinary file; it was left as it was."
                ),
                "path",
                target=target,
            )
        partial.replace(target)
        return
    try:
        os.link(partial, target)  # fails if `target` exists: never replaces anything
    except FileExistsError:
        raise _already_there(target) from None
    except OSError:
        # A file system without hard links (FAT, some network shares): check, then rename.
        if target.exists() or target.is_symlink():
            raise _already_there(target) from None
        partial.replace(target)


Progress = Callable[[int, int | None], bool | None]
# How many ids one read asks for: SQLite takes a bounded number of parameters per query.
CHUNK = 500


def in_chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    """`ids` in slices small enough for one query each."""
    listed = list(ids)
    for start in range(0, len(listed), CHUNK):
        yield listed[start : start + CHUNK]


def report(progress: Progress | None, done: int, total: int | None) -> None:
    """Tell `progress` how far the export is; it returns False to cancel it."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled.of(
            QT_TRANSLATE_NOOP(
                "Validation", "The export was cancelled; no file was left half-written."
            )
        )
