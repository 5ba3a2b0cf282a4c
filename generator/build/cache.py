"""A cache of each story's generated files, so a build only renders what changed.

Rendering a story (pages, chart, social image) costs far more than checking it, and most
builds (every save under `mkdocs serve`, every publish) change one story of many. Checking
always runs; rendering is skipped when nothing it depends on has changed: the typed model
and the article (as their full text), the editor's prose, the dataset, the build options,
and the generator's own code, templates and assets (any change to the generator empties
the cache). Entries are plain files under `.cache/explainer/` in the project (a folder
MkDocs' Material theme uses for its own caches): manifest and outputs, never code.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from generator.web.files import GeneratedFile

CACHE_DIR = ".cache/explainer"
_MANIFEST = "manifest.json"


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

    def files(self, key: str, make: Callable[[], list[GeneratedFile]]) -> list[GeneratedFile]:
        """The files cached under `key`, or those `make` returns (then cached)."""
        self.used.add(key)
        if self.folder is None:
            return make()
        entry = self.folder / key
        cached = _read(entry)
        if cached is not None:
            return cached
        files = make()
        _write(entry, files)
        return files

    def prune(self) -> None:
        """Forget entries this build did not use (earlier versions of changed stories)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used and len(entry.name) == 64:
                shutil.rmtree(entry, ignore_errors=True)


def _read(entry: Path) -> list[GeneratedFile] | None:
    try:
        manifest = json.loads((entry / _MANIFEST).read_text(encoding="utf-8"))
        return [
            GeneratedFile(
                item["src"],
                (entry / str(number)).read_bytes().decode("utf-8")  # no newline translation
                if item["text"]
                else (entry / str(number)).read_bytes(),
            )
            for number, item in enumerate(manifest)
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or damaged: render again


def _write(entry: Path, files: list[GeneratedFile]) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=entry.parent, prefix=".new-"))
        manifest = []
        for number, generated in enumerate(files):
            text = isinstance(generated.content, str)
            target = staging / str(number)
            content = generated.content
            target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            manifest.append({"src": generated.src, "text": text})
        (staging / _MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        os.replace(staging, entry)  # whole or not at all, even with two builds at once
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # a read-only project builds uncached
