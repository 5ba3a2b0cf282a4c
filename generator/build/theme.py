"""The theme templates explainer pages need, shipped in the package (generator/theme/).

Any theme with a `main.html` (Material's, MkDocs' own) can use them: a builder puts the
folder on the theme's template path after the site's own overrides (so the site can
still replace any of them), sets `extra.explainer` from `theme_extra`, and every
generated page names `PAGE_TEMPLATE` in its front matter. Pages the generator did not
write keep the theme's own template and load none of the explainer's files.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from generator.web.urls import ASSETS_DIR

PAGE_TEMPLATE = "explainer.html"  # extends main.html: sharing tags, feed link, assets
EMBED_TEMPLATE = "embed.html"  # an embed without the site's header, nav and footer
EXTRA_KEY = "explainer"  # the templates read their settings from config.extra.explainer


def theme_dir() -> Path:
    return Path(str(resources.files("generator") / "theme"))


def page_assets(kind: str) -> list[str]:
    """The stylesheets (kind "css") or scripts ("js") every explainer page loads: the
    files at the top of generator/assets/ (vendor/ holds what only some load, on demand)."""
    root = resources.files("generator") / "assets"
    names = sorted(e.name for e in root.iterdir() if e.is_file() and e.name.endswith("." + kind))
    return [f"{ASSETS_DIR}/{name}" for name in names]


def theme_extra(home_src: str | None, archive_src: str | None) -> dict[str, Any]:
    """`extra.explainer`: the files explainer pages load and, for the 404 page, the
    addresses (relative to the site's root) of the generated home page and archive."""
    return {
        "css": page_assets("css"),
        "js": page_assets("js"),
        "home": _address(home_src),
        "archive": _address(archive_src),
    }


def _address(src: str | None) -> str | None:
    """A generated page's address from the site's root: "index.md" is ".", "a/index.md" "a/"."""
    if src is None:
        return None
    return src.removesuffix("index.md") or "."


def with_template(page: str, template: str) -> str:
    """A generated Markdown page naming `template` in its front matter (unless it names
    one already, like an embed)."""
    if not template or not page.startswith("---\n"):
        return page
    end = page.find("\n---\n", 3)
    front = page[4 : end + 1] if end > 0 else ""
    if any(line.startswith("template:") for line in front.splitlines()):
        return page
    return f"---\ntemplate: {json.dumps(template)}\n{page[4:]}"
