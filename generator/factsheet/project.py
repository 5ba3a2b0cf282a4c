"""Where a project's parts are: its root (the folder with mkdocs.yml), content and seeds."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

CONFIG_NAME = "mkdocs.yml"
DEFAULT_CONTENT_DIR = "content"


@dataclass(frozen=True)
class Project:
    root: Path
    content_dir: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The project containing `start` (default: the current folder)."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file():
                return cls(folder, folder / _docs_dir(folder / CONFIG_NAME, _mtime(folder)))
        return cls(here, here / DEFAULT_CONTENT_DIR)


def _mtime(folder: Path) -> float:
    return (folder / CONFIG_NAME).stat().st_mtime


class _ConfigLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Reads mkdocs.yml far enough to find docs_dir, ignoring MkDocs' own tags (!ENV…)."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@functools.lru_cache(maxsize=64)  # `explainer check` asks once per fact sheet
def _docs_dir(config: Path, mtime: float) -> str:
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return DEFAULT_CONTENT_DIR
    value = data.get("docs_dir") if isinstance(data, dict) else None
    return value if isinstance(value, str) else "docs"
