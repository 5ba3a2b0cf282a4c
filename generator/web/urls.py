"""Where each generated page lives, and relative links between them.

Generated pages are always `<folder>/index.md`, so their address is the folder both with
MkDocs' directory URLs (`slug/`) and without (`slug/index.html`). Links are relative, so the
site works under a project sub-path (`https://org.github.io/repo/`) and from a folder.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

# Every address the generator publishes is decided here; the modules that write a page
# or file ask for its source path (relative to the docs folder) and never spell it out.

ASSETS_DIR = "assets/explainer"
HOME_SRC = "index.md"
ARCHIVE_SRC = "explainers/index.md"
TRACKER_FOLDER = "tracker"
TRACKER_SRC = f"{TRACKER_FOLDER}/index.md"
FEED_SRC = "feed.xml"
_CHART_DATA_DIR = "data"
_SOCIAL_IMAGE_NAME = "social.png"


def explainer_src(slug: str) -> str:
    return f"{slug}/index.md"


def article_src(slug: str) -> str:
    return f"{slug}/article/index.md"


def embed_src(slug: str, name: str) -> str:
    """An embeddable part of an explainer (a chart, the positions table) alone."""
    return f"{slug}/embed/{name}/index.md"


def social_image_src(slug: str) -> str:
    return f"{slug}/{_SOCIAL_IMAGE_NAME}"


def chart_data_src(folder: str, chart_id: str, suffix: str) -> str:
    """A chart's downloads and Plotly figure, beside its page: <folder>/data/<id><suffix>."""
    return f"{folder}/{_CHART_DATA_DIR}/{chart_id}{suffix}"


# Addresses at the top of the site that are not explainers: the generator's own pages
# and folders (archive, tracker, feed, assets, the data folder), MkDocs' and Material's
# (search, 404, sitemap) and the pages sites usually add. An explainer at one of them
# would replace a page or be dropped, so no slug may be one of them (tests check that the
# generator's own are all here).
RESERVED_SLUGS = frozenset({
    "explainers", "tracker", "feed", "assets", "data", "search", "404", "sitemap",
    "index", "about", "contact", "privacy", "robots", "favicon", "site", "embed",
})  # fmt: skip


@dataclass(frozen=True)
class Urls:
    """Relative URLs between pages, for directory-style (`a/`) or file-style addresses."""

    directory_urls: bool = True
    # The folder explainers live under: "" for /<slug>/, "stories" for /stories/<slug>/.
    prefix: str = ""

    def story(self, slug: str) -> str:
        """The folder of an explainer's pages and files, relative to the docs folder: what
        explainer_src, article_src, embed_src and social_image_src take."""
        return f"{self.prefix}/{slug}" if self.prefix else slug

    def link(self, from_src: str, to_src: str, fragment: str = "") -> str:
        """From the page written to `from_src` to the page or file at `to_src`."""
        target_dir, target_name = posixpath.split(to_src)
        base = self._relative_dir(from_src, target_dir)
        if target_name == "index.md":
            path = base if self.directory_urls else base + "index.html"
        else:
            path = base + target_name
        if not path:
            path = "./"
        return path + (f"#{fragment}" if fragment else "")

    def asset(self, from_src: str, name: str) -> str:
        return self.link(from_src, f"{ASSETS_DIR}/{name}")

    @staticmethod
    def _relative_dir(from_src: str, target_dir: str) -> str:
        # Both from the docs folder's root ("/"): relpath asks the operating system for
        # the working folder of a relative path, twice per link, every link of every page.
        from_dir = posixpath.dirname(from_src)
        rel = posixpath.relpath(f"/{target_dir}", f"/{from_dir}")
        return "" if rel == "." else rel + "/"
