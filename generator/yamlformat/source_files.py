"""What the generator may read and publish from a project: regular files inside it, never
through a symbolic link, and never more than a size limit.

A link in the content folder could publish any file the builder can read (`/etc/passwd`,
the checkout's `.git/config` with its token), one to `/dev/zero` would fill the disk, and
a link loop would never end. So the content folder is scanned without following links:
every link and every file that is not a regular file (device, pipe, socket) is an error
naming it, and is never read or published. Reads open the file without following a
final link and stop at the limit, whatever the file claims its size is.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Problem

LINK_HINT = "replace the link with a copy of the file: only files inside the project are used"
MAX_SOURCE_BYTES = 8 * 1024 * 1024  # intros, the home page's text, the Air Force data


class RefusedFile(OSError):
    """A path that is a symbolic link, not a regular file, or too large; `reason` says
    which, as the end of a message naming the file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_regular(
    path: Path, max_bytes: int = MAX_SOURCE_BYTES, follow_links: bool = False
) -> bytes:
    """The bytes of the regular file at `path`, opened without following a link there
    (unless `follow_links`: a file the user names on the command line).

    Raises FileNotFoundError, `RefusedFile` (a link, a device…) or OSError; a file larger
    than `max_bytes` raises `RefusedFile` too."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        why = refusal(path)
        if why is not None:
            raise RefusedFile(why) from None
        raise exc from None
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise RefusedFile(_NOT_REGULAR)
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise RefusedFile(f"is larger than {max_bytes // 1024} KB: it is never read")
    return data


_NOT_REGULAR = "is not a regular file (a device, pipe or socket): it is never read or published"


def read_head(path: Path, size: int) -> bytes:
    """The first `size` bytes of the regular file at `path` (b"" if it is not one)."""
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        with os.fdopen(os.open(path, flags), "rb") as f:  # a pipe would wait for a writer
            return f.read(size) if stat.S_ISREG(os.fstat(f.fileno()).st_mode) else b""
    except OSError:
        return b""


def refusal(path: Path) -> str | None:
    """Why the file at `path` is never read: it is a link or not a regular file."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISLNK(mode):
        return "is a symbolic link: it is never read or published"
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return _NOT_REGULAR
    return None


@dataclass(frozen=True)
class ContentScan:
    """The content folder's entries that are refused, and its regular files (those MkDocs
    sees: hidden names left out), as paths relative to it."""

    refused: tuple[str, ...]
    problems: tuple[Problem, ...]
    files: tuple[str, ...] = ()

    def is_refused(self, src: str) -> bool:
        """Whether the file at `src` (relative to the content folder) is, or is reached
        through, a refused entry: MkDocs follows linked folders, the generator does not."""
        return any(not r or src == r or src.startswith(r + "/") for r in self.refused)


def scan_content(content_dir: Path, shown: str, skip_names: frozenset[str]) -> ContentScan:
    """Every link and non-regular file under `content_dir` (named `shown` in messages),
    without following links. Names in `skip_names` are left to their own reader, which
    reports them (fact sheets)."""
    whole = refusal(content_dir)
    if whole is not None:
        return ContentScan(("",), (Problem(shown, 0, 0, f"the content folder {whole}", LINK_HINT),))
    refused: list[str] = []
    problems: list[Problem] = []
    regular: list[str] = []
    for folder, dirs, files in os.walk(content_dir, followlinks=False):
        base = Path(folder)
        for name in sorted([*dirs, *files]):
            why = refusal(base / name)
            relative = (base / name).relative_to(content_dir).as_posix()
            if why is None:
                if name in files and not name.startswith("."):
                    regular.append(relative)
                continue
            refused.append(relative)
            # Hidden names are never published (MkDocs leaves them out): an editor's lock
            # (Emacs' .#facts.yaml is a dangling link) is dropped without a word.
            if not name.startswith(".") and (name not in skip_names or name in dirs):
                problems.append(Problem(f"{shown}/{relative}", 0, 0, why, LINK_HINT))
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
    return ContentScan(tuple(refused), tuple(problems), tuple(sorted(regular)))
