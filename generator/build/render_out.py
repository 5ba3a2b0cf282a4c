"""The folder `explainer render --out` writes: the generated pages and assets, for any
Markdown site builder, written over nothing the command did not write itself.

A mistyped --out (`content`, the project's own folder) must not replace the site owner's
files, such as content/index.md: each render records what it wrote in `.explainer-render`
in the folder, and a later render replaces only those files (or a file that already holds
exactly what it would write). Anything else is refused, unless forced.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import ExplainerError

if TYPE_CHECKING:  # the site builder brings Plotly and Pillow: only its type is needed
    from generator.build.site import Site

RECORD_NAME = ".explainer-render"  # one path a line: the files the last renders wrote


def write_site(site: Site, out: Path, force: bool = False) -> list[Path]:
    """Write the generated files under `out`; `ExplainerError` (nothing written) if that
    would replace a file an earlier render did not write, unless `force`."""
    return write_files({g.src: _bytes(g.content) for g in site.files}, out, force)


def write_files(contents: dict[str, bytes], out: Path, force: bool = False) -> list[Path]:
    """Write `contents` (paths relative to `out`) as `write_site` does."""
    for src in contents:
        if not _inside(src):
            raise ExplainerError(f"{src}: not a path inside --out; nothing was written")
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
    written = []
    for src, data in contents.items():
        target = out / src
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    lines = sorted(written_before | contents.keys())
    (out / RECORD_NAME).write_text("".join(f"{src}\n" for src in lines), encoding="utf-8")
    return written


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _inside(src: str) -> bool:
    parts = src.split("/")
    return all(part not in ("", ".", "..") and "\\" not in part for part in parts)


def _record(out: Path) -> set[str]:
    try:
        text = (out / RECORD_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {line for line in text.split("\n") if line and _inside(line)}


def _differs(target: Path, data: bytes) -> bool:
    """Is there a file (or anything else) at `target` that is not exactly `data`?"""
    if not target.exists() and not target.is_symlink():
        return False
    try:
        return not target.is_file() or target.read_bytes() != data
    except OSError:
        return True
