"""`explainer render --out DIR`: the whole site as files any MkDocs-style builder reads,
with no plugin: the way off MkDocs 1.x.

DIR/docs/ holds the site's own files (less the explainers' sources, as the plugin leaves
them out) and every generated page and asset; DIR/theme/ the packaged theme templates
(generator/theme/); DIR/mkdocs.yml a configuration naming both, with the settings the
templates read under `extra.explainer`. MkDocs, ProperDocs and Zensical build it as it is.
With `--no-theme` the pages alone go straight into DIR, naming no template.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from generator import __version__
from generator.build.guest import check_no_collision, sources
from generator.build.site import Site, SiteOptions, write_site
from generator.build.theme import EXTRA_KEY, theme_dir, theme_extra
from generator.web.urls import HOME_SRC

DOCS = "docs"
THEME = "theme"
CONFIG = "mkdocs.yml"


def write_rendered(site: Site, content_dir: Path, options: SiteOptions, out: Path) -> int:
    """Write the site under `out`; the number of files written. `ExplainerError` (nothing
    written) if a generated page would take the place of one of the site's own files."""
    own = _own_files(site, content_dir, options)
    check_no_collision(own, site, content_dir, options.urls.directory_urls)
    docs = out / DOCS if options.page_template else out  # bare pages: straight into `out`
    for src in own:
        target = docs / src
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(content_dir / src, target)
    written = len(own) + len(write_site(site, docs))
    if options.page_template:
        shutil.copytree(theme_dir(), out / THEME, dirs_exist_ok=True)
        (out / CONFIG).write_text(config_text(options), encoding="utf-8")
        written += 1 + sum(1 for p in (out / THEME).rglob("*") if p.is_file())
    return written


def _own_files(site: Site, content_dir: Path, options: SiteOptions) -> list[str]:
    drop = sources(site, content_dir, options)
    found = (p.relative_to(content_dir).as_posix() for p in content_dir.rglob("*") if p.is_file())
    return sorted(src for src in found if src not in drop and not _hidden(src))


def _hidden(src: str) -> bool:
    return any(part.startswith(".") for part in src.split("/"))


def config_text(options: SiteOptions) -> str:
    """The output's mkdocs.yml: Material with the packaged templates, no plugin."""
    home = HOME_SRC if options.home else None
    config = {
        "site_name": options.site_title,
        **({"site_url": options.site_url} if options.site_url else {}),
        "docs_dir": DOCS,
        "use_directory_urls": options.urls.directory_urls,
        "theme": {"name": "material", "custom_dir": THEME, "font": False},
        "plugins": ["search"],
        "extra": {EXTRA_KEY: theme_extra(home, options.archive_src)},
    }
    header = (
        f"# Written by `explainer render` (newsroom-explainer {__version__}). No plugin:\n"
        "# MkDocs, ProperDocs and Zensical build it as it is. Add the site's own settings\n"
        "# (nav, palette, ...); its own template overrides go in theme/, where they take\n"
        "# the place of the explainer's.\n"
    )
    return header + yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
