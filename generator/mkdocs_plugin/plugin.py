"""`plugins: - explainer`: hands the core's generated pages to MkDocs.

Thin by design: `generator.build.site` does the work, so the same pages can be written to disk
(`explainer render`) and built by another Markdown site builder.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from generator.build.options import archive_src, folder_option
from generator.build.site import Site, SiteOptions, generate, preview_summary
from generator.build.theme import (
    EMBED_TEMPLATE,
    EXTRA_KEY,
    PAGE_TEMPLATE,
    theme_dir,
    theme_extra,
)
from generator.errors import ExplainerError
from generator.factsheet.loader import ARTICLES_DIR
from generator.factsheet.stories import draft_line
from generator.mkdocs_plugin.dirty import DirtyServe, UnchangedPage
from generator.web.urls import HOME_SRC, Urls

log = get_plugin_logger("explainer")  # log lines start `explainer:`


class ExplainerConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Show draft stories (with a banner) and broken fact sheets' problems as pages.
    # Default: on under `mkdocs serve`, off for `mkdocs build` and `gh-deploy`.
    preview = c.Optional(c.Type(bool))
    # Where the stories' folders are, under docs_dir ("" for anywhere in it).
    stories_dir = c.Type(str, default="")
    # The folder explainers are published under ("" for /<slug>/, "stories" for
    # /stories/<slug>/).
    prefix = c.Type(str, default="")
    # Generate the home page (index.md; the site's own index.md becomes its intro).
    home = c.Type(bool, default=True)
    # The archive's address under the site ("" for no archive).
    archive = c.Type(str, default="explainers/")


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def __init__(self) -> None:
        self.command = "build"
        self.dirty = False
        self.dirty_serve = DirtyServe()  # under `mkdocs serve --dirty`, what was built
        self.options = SiteOptions()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command
        self.dirty = dirty and command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        # The templates explainer pages need, as Material's own plugins add theirs: after
        # the site's custom_dir (which can still override any of them), before the theme.
        dirs, ours = config.theme.dirs, str(theme_dir())
        if ours not in dirs:
            dirs.insert(1 if config.theme.custom_dir else 0, ours)
        try:
            stories_dir = folder_option("stories_dir", self.config.stories_dir)
            prefix = folder_option("prefix", self.config.prefix)
            archive = archive_src(self.config.archive)
        except ExplainerError as error:
            raise PluginError(error.report()) from None
        self.options = SiteOptions(
            Urls(config.use_directory_urls, prefix), False, config.site_name, config.site_url or "",
            EMBED_TEMPLATE, PAGE_TEMPLATE, stories_dir=stories_dir, home=self.config.home,
            archive_src=archive,
        )  # fmt: skip
        config.extra[EXTRA_KEY] = theme_extra(HOME_SRC if self.config.home else None, archive)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        preview = self.config.preview
        if preview is None:
            preview = self.command == "serve"
        root = Path(config.config_file_path or ".").resolve().parent
        site = generate(root, Path(config.docs_dir), replace(self.options, preview=preview))
        if preview:
            # the preview shows each story's problems on its page: here, the errors, the
            # problems that are on no story's page, and one line instead of every warning
            on_pages = {p for o in site.outcomes for p in o.problems}
            for problem in site.problems:
                if problem.is_error or problem not in on_pages:
                    (log.error if problem.is_error else log.warning)(str(problem))
            log.info(preview_summary(site))
        else:
            # drafts are listed, never published, and their problems never fail a build
            problems = site.publishing_problems
            if any(p.is_error for p in problems):
                raise PluginError(ExplainerError(problems).report())
            for problem in problems:
                log.warning(str(problem))
            for draft in site.drafts:
                log.info(draft_line(draft))
        if site.sources.leftovers:
            log.info("kept out of the site (leftovers and copies of sources): "
                     + ", ".join(site.sources.leftovers))  # fmt: skip
        if site.absent_pages and config.nav:
            config.nav = _without_pages(config.nav, set(site.absent_pages))
        unchanged = self.dirty_serve.unchanged(site.files, config) if self.dirty else set()
        files = _publishable(files, site, config, unchanged)
        if self.dirty:
            self.dirty_serve.prepare(files, unchanged)
        return files

    @event_priority(100)  # before Material's search writes its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.dirty:
            self.dirty_serve.finished(config)

    def on_build_error(self, *, error: Exception) -> None:
        if self.dirty:
            self.dirty_serve.failed()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        articles = Path(config.config_file_path or ".").resolve().parent / ARTICLES_DIR
        if articles.is_dir():
            server.watch(str(articles))
        return server


def _without_pages(nav: list[Any], srcs: set[str]) -> list[Any]:
    """The nav (mkdocs.yml's list of entries and sections) without the entries of `srcs`."""
    kept: list[Any] = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            kept.append({next(iter(entry)): _without_pages(value, srcs)})
        elif value not in srcs:
            kept.append(entry)
    return kept


def _publishable(files: Files, site: Site, config: MkDocsConfig, unchanged: set[str]) -> Files:
    """The site's files as the core decided them: what it withholds out, its pages in."""
    for file in list(files):
        if site.withholds(file.src_uri):
            files.remove(file)
    for generated_file in site.files:
        kind = UnchangedPage if generated_file.src in unchanged else File
        files.append(kind.generated(config, generated_file.src, content=generated_file.content))
    return files
