"""Where a project's parts are: its root (the folder with mkdocs.yml), content and seeds."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")  # the names MkDocs looks for, in its order
DEFAULT_CONTENT_DIR = "content"


@dataclass(frozen=True)
class Project:
    root: Path
    content_dir: Path

    @classmethod
    def find(cls, start: Path | None = None, config_file: Path | None = None) -> Project:
        """The project of `config_file` if given (`explainer -f PATH`), else the one
        containing `start` (default: the current folder)."""
        if config_file is not None:
            return cls.of_config(config_file)
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            for name in CONFIG_NAMES:
                if (folder / name).is_file():
                    return cls.of_config(folder / name)
        return cls(here, here / DEFAULT_CONTENT_DIR)

    @classmethod
    def of_config(cls, config_file: Path) -> Project:
        config = config_file.resolve()
        return cls(config.parent, config.parent / _docs_dir(config, config.stat().st_mtime))

    def settings(self) -> dict[str, str]:
        """The configuration's plain-text settings (site_name, site_url...): what `render`
        takes as its defaults. A value MkDocs computes (`!ENV`) is left out."""
        return {k: v for k, v in self._config().items() if isinstance(v, str)}

    @property
    def directory_urls(self) -> bool:
        """MkDocs' `use_directory_urls` (on unless the configuration turns it off)."""
        return self._config().get("use_directory_urls") is not False

    def plugin_settings(self, plugin: str) -> dict[str, object]:
        """The settings the configuration gives the plugin (`plugins: [{explainer: {...}}]`;
        {} when it names the plugin without settings, or not at all)."""
        plugins = self._config().get("plugins")
        named: list[object] = [plugins] if isinstance(plugins, dict) else []
        if isinstance(plugins, list):
            named = [entry for entry in plugins if isinstance(entry, dict)]
        for entry in named:
            value = entry.get(plugin) if isinstance(entry, dict) else None
            if isinstance(value, dict):
                return {str(k): v for k, v in value.items()}
        return {}

    def _config(self) -> dict[str, object]:
        for name in CONFIG_NAMES:
            path = self.root / name
            if path.is_file():
                return _read_config(path, path.stat().st_mtime) or {}
        return {}


class _ConfigLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Reads mkdocs.yml far enough to find docs_dir, ignoring MkDocs' own tags (!ENV…)."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@functools.lru_cache(maxsize=64)  # `explainer check` asks once per fact sheet
def _read_config(config: Path, mtime: float) -> dict[str, object] | None:
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else {}


def _docs_dir(config: Path, mtime: float) -> str:
    data = _read_config(config, mtime)
    if data is None:
        return DEFAULT_CONTENT_DIR
    value = data.get("docs_dir")
    return value if isinstance(value, str) else "docs"
