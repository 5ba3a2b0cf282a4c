"""The folder `explainer render --out` writes: the generated pages and assets, for any
Markdown site builder, written over nothing the command did not write itself.

A mistyped --out (`content`, the project's own folder) must not replace the site owner's
files, such as content/index.md: each render records what it wrote in `.explainer-render`
in the folder, and a later render replaces only those files (or a file that already holds
exactly what it would write). Anything else is refused, unless forced.

Nothing is ever written through a link or into anything but a regular file, forced or
not: a link planted in the folder (`out/assets -> /victim`, `out/index.md -> ~/.bashrc`)
would make the command write wherever it points. Every folder on the way to a file and
the file itself are checked before anything is written, then opened without following a
link (O_NOFOLLOW, folder by folder), so a link made in between is refused too.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import ExplainerError, Problem
from generator.web.files import new_file_mode
from generator.yamlformat.source_files import read_regular

if TYPE_CHECKING:  # the site builder brings Plotly and Pillow: only its type is needed
    from generator.build.site import Site

RECORD_NAME = ".explainer-render"  # one path a line: the files the last renders wrote
_MAX_RECORD_BYTES = 4 * 1024 * 1024
_NOT_THROUGH = "remove it, or render into a new folder: `render` writes only real folders and files"


def write_site(site: Site, out: Path, force: bool = False) -> list[Path]:
    """Write the generated files under `out`; `ExplainerError` (nothing written) if that
    would replace a file an earlier render did not write, unless `force`."""
    return write_files({g.src: _bytes(g.content) for g in site.files}, out, force)


def write_files(contents: dict[str, bytes], out: Path, force: bool = False) -> list[Path]:
    """Write `contents` (paths relative to `out`) as `write_site` does."""
    for src in contents:
        if not _inside(src):
            raise ExplainerError(f"{src}: not a path inside --out; nothing was written")
    _refuse_links(out, [*contents, RECORD_NAME])
    written_before = _record(out)
    if not force:
        foreign = [
            src
            for src, data in contents.items()
            if src not in written_before and _differs(out / src, data)
        ]
        if foreign:
            others = f" and {len(foreign) - 1} other file(s)" if len(foreign) > 1 else ""
            raise ExplainerError(
                f"{out / foreign[0]}{others}: not written by `explainer render`, so not "
                "overwritten (render into a new folder, or add --force); nothing was written"
            )
    out.mkdir(parents=True, exist_ok=True)  # --out itself is the user's to name
    written = []
    for src, data in contents.items():
        _write_file(out, src, data)
        written.append(out / src)
    lines = sorted(written_before | contents.keys())
    _write_file(out, RECORD_NAME, "".join(f"{src}\n" for src in lines).encode("utf-8"))
    return written


def _refuse_links(out: Path, srcs: list[str]) -> None:
    """`ExplainerError` (nothing written) naming each link or non-folder on the way to
    a file of `srcs` under `out`, and each file there that is a link or not a regular file."""
    bad: dict[Path, str] = {}
    if (out.exists() or out.is_symlink()) and not out.is_dir():  # --out may be a link to a folder
        bad[out] = "is not a folder, so nothing can be written inside it"
    for src in srcs if not bad else []:
        parts = src.split("/")
        for depth in range(1, len(parts) + 1):
            path = out.joinpath(*parts[:depth])
            why = _not_writable(path, folder=depth < len(parts))
            if why is not None:
                bad.setdefault(path, why)
                break
    if bad:
        (first, why), *others = bad.items()
        more = f" (and {len(others)} other path(s) in --out)" if others else ""
        raise ExplainerError(
            [Problem(str(first), 0, 0, f"{why}{more}; nothing was written", _NOT_THROUGH)]
        )


def _not_writable(path: Path, folder: bool) -> str | None:
    """Why `render` never writes at or through `path` (a folder on the way to a file, or
    the file): None when it is absent or of the kind it should be."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISLNK(mode):
        return "is a symbolic link: `render` never writes through one"
    if folder and not stat.S_ISDIR(mode):
        return "is not a folder, so nothing can be written inside it"
    if not folder and not stat.S_ISREG(mode):
        return "is not a regular file: `render` writes only files"
    return None


def _write_file(out: Path, src: str, data: bytes) -> None:
    """Write `data` at `out/src`, making missing folders, opening each folder and the file
    without following a link."""
    *folders, name = src.split("/")
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    directory = os.open(out, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for part in folders:
            with contextlib.suppress(FileExistsError):
                os.mkdir(part, dir_fd=directory)
            inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | nofollow, dir_fd=directory)
            os.close(directory)
            directory = inner
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | nofollow | getattr(os, "O_NONBLOCK", 0)
        handle = os.open(name, flags, new_file_mode(), dir_fd=directory)
    except OSError as exc:  # a link or a pipe put there since the check
        raise ExplainerError(
            [Problem(str(out / src), 0, 0, f"cannot be written ({exc.strerror or exc})",
                     _NOT_THROUGH)]
        ) from None  # fmt: skip
    finally:
        os.close(directory)
    with os.fdopen(handle, "wb") as file:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise ExplainerError(
                [Problem(str(out / src), 0, 0, "is not a regular file", _NOT_THROUGH)]
            )
        file.write(data)


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _inside(src: str) -> bool:
    parts = src.split("/")
    return all(part not in ("", ".", "..") and "\\" not in part for part in parts)


def _record(out: Path) -> set[str]:
    try:
        text = read_regular(out / RECORD_NAME, _MAX_RECORD_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {line for line in text.split("\n") if line and _inside(line)}


def _differs(target: Path, data: bytes) -> bool:
    """Is there a file (or anything else) at `target` that is not exactly `data`?"""
    try:
        return read_regular(target, len(data)) != data
    except FileNotFoundError:
        return False
    except OSError:  # a link, a pipe, a larger file
        return True
