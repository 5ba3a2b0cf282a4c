"""Where each generated page lives, and relative links between them.

Generated pages are always `<folder>/index.md`, so their address is the folder both with
MkDocs' directory URLs (`slug/`) and without (`slug/index.html`). Links are relative, so the
site works under a project sub-path (`https://org.github.io/repo/`) and from a folder.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

ASSETS_DIR = "assets/explainer"


def explainer_src(slug: str) -> str:
    return f"{slug}/index.md"


def article_src(slug: str) -> str:
    return f"{slug}/article/index.md"


HOME_SRC = "index.md"
ARCHIVE_SRC = "explainers/index.md"


@dataclass(frozen=True)
class Urls:
    """Relative URLs between pages, for directory-style (`a/`) or file-style addresses."""

    directory_urls: bool = True

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
        from_dir = posixpath.dirname(from_src)
        rel = posixpath.relpath(target_dir or ".", from_dir or ".")
        return "" if rel == "." else rel + "/"
