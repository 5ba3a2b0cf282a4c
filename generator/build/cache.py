"""A cache of each story's generated files, so a build only renders what changed.

Rendering a story (pages, chart, social image) costs far more than checking it, and most
builds (every save under `mkdocs serve`, every publish) change one story of many. Checking
always runs; rendering is skipped when nothing it depends on has changed: the typed model
and the article (as their full text), the editor's prose, the dataset, the build options,
and the generator's own code, templates and assets (any change to the generator empties
the cache). Entries are plain files under `.cache/explainer/` in the project (a folder
MkDocs' Material theme uses for its own caches): manifest and outputs, never code.

What comes out of the cache is checked like any input, since anyone who can write the
project folder can write it: an entry whose format is not this one, or that names a file
outside its story's own folder (another story's page, the home page, `../../etc`), is
not used, and the story is rendered again. Its files are read without following a link
and up to a size limit (an entry linked to /etc/passwd would publish it), so an entry
with a link in it is not used either. A link on the way to the cache (`.cache` or
`.cache/explainer` linked elsewhere) would have the build write where it points: that is
an error naming it, and the build reads and writes no cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from generator.errors import Problem
from generator.web.files import GeneratedFile
from generator.yamlformat.source_files import read_regular, refusal

CACHE_DIR = ".cache/explainer"
_MANIFEST = "manifest.json"
FORMAT = 2  # the manifest's layout: {"format": FORMAT, "files": [{"src", "text"}, ...]}
_MAX_FILE_BYTES = 64 * 1024 * 1024  # a story's page, chart or image is far smaller


@lru_cache(maxsize=1)
def generator_version() -> str:
    """A digest of every file of the generator package: code, templates, assets."""
    digest = hashlib.sha256()
    for name, data in _walk(resources.files("generator"), ""):
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _walk(folder: Traversable, prefix: str) -> Iterable[tuple[str, bytes]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if entry.is_dir():
            yield from _walk(entry, f"{prefix}{entry.name}/")
        else:
            yield prefix + entry.name, entry.read_bytes()


def cache_key(*parts: str | bytes) -> str:
    digest = hashlib.sha256(generator_version().encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class BuildCache:
    """Generated files by key, under `root/.cache/explainer/`; `None` root: no cache."""

    def __init__(self, root: Path | None) -> None:
        self.folder = root / CACHE_DIR if root is not None else None
        self.used: set[str] = set()
        self.problems: tuple[Problem, ...] = ()  # a link on the way: no cache
        if root is not None:
            self.problems = _linked_folders(root)
            if self.problems:
                self.folder = None

    def cached(self, key: str, folder: str) -> list[GeneratedFile] | None:
        """The files cached under `key` (None: render them, then `store` them); every file
        lies in `folder` of the output (a story's slug), and a cached entry naming any
        other place is rendered again."""
        self.used.add(key)
        if self.folder is None:
            return None
        cached = _read(self.folder / key)
        if cached is not None and all(_inside(f.src, folder) for f in cached):
            return cached
        return None

    def store(self, key: str, files: list[GeneratedFile]) -> None:
        if self.folder is not None:
            _write(self.folder / key, files)

    def prune(self) -> None:
        """Forget entries this build did not use (earlier versions of changed stories)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used and len(entry.name) == 64:
                _remove(entry)


def _linked_folders(root: Path) -> tuple[Problem, ...]:
    """The folder on the way to the cache that is a link (or a device, a pipe): the build
    must neither read through it nor write where it points."""
    path = root
    for part in CACHE_DIR.split("/"):
        path = path / part
        why = refusal(path)  # "is a symbolic link: …", "is not a regular file (…): …"
        if why is not None:
            shown = path.relative_to(root).as_posix()
            what = why.split(":")[0]
            message = f"{what}: the build's cache is never read or written there"
            hint = f"remove it (rm {shown}): the build makes its own cache folder"
            return (Problem(shown, 0, 0, message, hint),)
    return ()


def _inside(src: str, folder: str) -> bool:
    """Is `src` a plain relative path (forward slashes, no `.`, `..` or empty part) inside
    `folder`?"""
    parts = src.split("/")
    return (
        len(parts) > 1
        and parts[0] == folder
        and all(part not in ("", ".", "..") and "\\" not in part for part in parts)
    )


def _read(entry: Path) -> list[GeneratedFile] | None:
    try:
        if refusal(entry) is not None:
            return None  # a linked entry: its files could be anywhere
        manifest = json.loads(read_regular(entry / _MANIFEST).decode("utf-8"))
        if manifest["format"] != FORMAT:
            return None
        files = []
        for number, item in enumerate(manifest["files"]):
            src, text = item["src"], item["text"]
            if not isinstance(src, str) or not isinstance(text, bool):
                return None
            data = read_regular(entry / str(number), _MAX_FILE_BYTES)  # never a link
            files.append(GeneratedFile(src, data.decode("utf-8") if text else data))
        return files  # text is decoded as bytes: no newline translation
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, damaged, linked or of another format: render again


def _write(entry: Path, files: list[GeneratedFile]) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=entry.parent, prefix=".new-"))
    except OSError:
        return  # a read-only project (or a file where the cache folder goes) builds uncached
    try:
        manifest = []
        for number, generated in enumerate(files):
            text = isinstance(generated.content, str)
            target = staging / str(number)
            content = generated.content
            target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            manifest.append({"src": generated.src, "text": text})
        document = {"format": FORMAT, "files": manifest}
        (staging / _MANIFEST).write_text(json.dumps(document), encoding="utf-8")
        _remove(entry)  # a damaged or linked entry (a rename never replaces a full folder)
        os.replace(staging, entry)  # whole or not at all, even with two builds at once
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # a full disk builds uncached


def _remove(entry: Path) -> None:
    """Remove what is at `entry`, a link itself (never what it points to)."""
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)  # removes the links inside, never follows
    else:
        with contextlib.suppress(OSError):
            entry.unlink(missing_ok=True)
