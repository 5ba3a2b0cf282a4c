"""`explainer render --out DIR`: the whole site as files any MkDocs-style builder reads,
with no plugin: the way off MkDocs 1.x.

DIR/docs/ holds the site's own files (less what the site withholds: the explainers'
sources, files read into a page) and every generated page and asset; DIR/theme/ the
packaged theme templates (generator/theme/); DIR/mkdocs.yml a configuration naming both,
with the settings the templates read under `extra.explainer`. MkDocs, ProperDocs and
Zensical build it as it is. With `--no-theme` the pages alone go straight into DIR,
naming no template. Either way nothing is written over a file an earlier render did not
write (render_out.py).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator import __version__
from generator.build.render_out import write_files, write_site
from generator.build.site import Site, SiteOptions
from generator.build.theme import EXTRA_KEY, theme_dir, theme_extra
from generator.errors import ExplainerError, Problem
from generator.web.urls import HOME_SRC
from generator.yamlformat.source_files import LINK_HINT, RefusedFile, read_regular

DOCS = "docs"
THEME = "theme"
CONFIG = "mkdocs.yml"


def write_rendered(
    site: Site, content_dir: Path, options: SiteOptions, out: Path, force: bool = False
) -> int:
    """Write the site under `out`; the number of files written."""
    if not options.page_template:
        return len(write_site(site, out, force))
    contents: dict[str, bytes] = {}
    for src in site.scan.files:
        if not site.withholds(src):
            contents[f"{DOCS}/{src}"] = _site_file(content_dir / src)
    for generated in site.files:
        data = generated.content
        contents[f"{DOCS}/{generated.src}"] = data.encode() if isinstance(data, str) else data
    theme = theme_dir()
    for path in sorted(theme.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            contents[f"{THEME}/{path.relative_to(theme).as_posix()}"] = path.read_bytes()
    contents[CONFIG] = config_text(options).encode("utf-8")
    return len(write_files(contents, out, force))


# The site's own files (images, PDFs) are copied whole, but never through a link (one made
# since the content folder was scanned) and never without limit.
_MAX_SITE_FILE_BYTES = 512 * 1024 * 1024


def _site_file(path: Path) -> bytes:
    try:
        return read_regular(path, _MAX_SITE_FILE_BYTES)
    except RefusedFile as exc:
        raise ExplainerError([Problem(str(path), 0, 0, exc.reason, LINK_HINT)]) from None
    except OSError as exc:
        message = f"cannot be read: {exc.strerror or exc}; nothing was written"
        raise ExplainerError([Problem(str(path), 0, 0, message)]) from None


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
