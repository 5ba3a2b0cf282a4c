"""A generated file: what every page, chart and asset of the site becomes; and new files
written whole, through a temporary file beside them, with the permissions any other new
file of the editor's would get."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GeneratedFile:
    src: str  # path relative to the docs folder, with forward slashes
    content: str | bytes


def new_file_mode() -> int:
    """The mode `open()` gives a new file: read and write for all, less the umask.

    `tempfile.mkstemp` makes its files private (0600) whatever the umask, which would leave
    a fact sheet or a data file unreadable to the rest of the newsroom's team and its web
    server; the umask is read by setting it and putting it back at once.
    """
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def temporary_file(folder: Path, prefix: str, suffix: str = "") -> tuple[int, Path]:
    """An open handle and the path of a new empty file in `folder`, with the mode a file
    the editor creates there would have (to be renamed or linked into place)."""
    handle, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    try:
        os.fchmod(handle, new_file_mode())
    except OSError:
        os.close(handle)
        Path(name).unlink(missing_ok=True)
        raise
    return handle, Path(name)
