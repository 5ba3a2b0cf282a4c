"""`mkdocs serve --dirty` (what `make serve` runs): a save renders only the pages that
changed. MkDocs otherwise renders every page of every story on each save (18 s for 100
explainers on the project's machine, against 1.5 s for one).

MkDocs skips a page under --dirty when its file says it is unmodified; a generated page
always says it is modified, so the plugin marks the ones whose Markdown, and everything
else every page's HTML depends on (mkdocs.yml, the navigation, the stylesheets and
scripts, the theme's overrides), is what the last build that finished had. What MkDocs'
--dirty leaves undone is done here: a settings change re-renders the hand-written pages
too, pages that a build no longer generates (a deleted story, a story that broke) are
removed from the served site, and Material's search index keeps the entries of the
pages skipped and only those (its own merge assumes one page was rebuilt).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from generator.web.files import GeneratedFile


class UnchangedPage(File):
    """A generated page as the last finished build had it: MkDocs keeps its HTML."""

    def is_modified(self) -> bool:
        return False


class DirtyServe:
    """What the server built last, kept between its rebuilds (the plugin object is)."""

    def __init__(self) -> None:
        self.built: dict[str, str] = {}  # page → digest, in the last build that finished
        self.building: dict[str, str] = {}
        self.outputs: dict[str, str] = {}  # generated file → its path in the site
        self.building_outputs: dict[str, str] = {}
        self.setting = ""
        self.settings_changed = False
        self.kept_urls: set[str] = set()

    def unchanged(self, generated: Iterable[GeneratedFile], config: MkDocsConfig) -> set[str]:
        """The generated pages to keep as they are."""
        setting = settings_digest(config)
        self.building = {
            g.src: hashlib.sha256(setting.encode() + _as_bytes(g.content)).hexdigest()
            for g in generated
            if g.src.endswith(".md")
        }
        self.settings_changed, self.setting = setting != self.setting, setting
        if self.settings_changed:
            return set()
        return {src for src, digest in self.building.items() if self.built.get(src) == digest}

    def prepare(self, files: Files, unchanged: set[str]) -> None:
        """Before the pages are built: note where each generated file goes, the addresses
        of the pages kept, and, when the settings changed, make MkDocs render the
        hand-written pages again (it judges them by their files' times alone)."""
        self.building_outputs = {f.src_uri: f.abs_dest_path for f in files if f.generated_by}
        self.kept_urls = {f.url for f in files if f.src_uri in unchanged}
        if self.settings_changed:
            for file in files.documentation_pages():
                if not file.generated_by:
                    Path(file.abs_dest_path).unlink(missing_ok=True)

    def finished(self, config: MkDocsConfig) -> None:
        """After a build that wrote every page (and before search writes its index)."""
        for src, output in self.outputs.items():
            if src not in self.building_outputs:
                Path(output).unlink(missing_ok=True)
        self.built, self.outputs = self.building, self.building_outputs
        _keep_search_entries(config, self.kept_urls)

    def failed(self) -> None:
        """A build that failed may have written some changed pages: they are no longer
        what `built` says."""
        self.built = {k: v for k, v in self.built.items() if self.building.get(k) == v}


def settings_digest(config: MkDocsConfig) -> str:
    """What every page's HTML depends on besides its Markdown: mkdocs.yml, the navigation
    and assets as the plugin leaves them, and the theme's override files."""
    digest = hashlib.sha256()
    if config.config_file_path:
        digest.update(Path(config.config_file_path).read_bytes())
    assets = [str(x) for x in (*config.extra_css, *config.extra_javascript)]
    digest.update(repr((config.nav, assets)).encode())
    custom = config.theme.custom_dir
    if custom and Path(custom).is_dir():
        for path in sorted(Path(custom).rglob("*")):
            digest.update(f"{path}:{path.stat().st_mtime_ns}".encode())
    return digest.hexdigest()


def _keep_search_entries(config: MkDocsConfig, kept_urls: set[str]) -> None:
    """Material's search, under --dirty, merges the previous index by dropping the
    entries under the first page rebuilt, which is wrong when several pages are (the home
    page, at address "", would drop them all). Instead: the previous entries of the pages
    kept, then this build's entries; Material is given no previous index to merge."""
    search: Any = config.plugins.get("material/search")
    previous = getattr(search, "search_index_prev", None)
    index = getattr(search, "search_index", None)
    if previous is None or index is None:
        return
    kept = [e for e in previous.entries if e["location"].split("#")[0] in kept_urls]
    index.entries[:0] = kept
    search.search_index_prev = None


def _as_bytes(content: str | bytes) -> bytes:
    return content.encode() if isinstance(content, str) else content
