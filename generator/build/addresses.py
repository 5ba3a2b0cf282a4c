"""Every published page and file needs an address of its own. Two that would land at the
same one (an explainer whose slug is `about` and the content folder's about.md, a story
folder's index.md and its generated page) would silently drop one of them: that is a
build error naming both sources.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from generator.errors import Problem

GENERATOR = "the generator"  # the origin of pages no source file stands for (home, feed…)


@dataclass(frozen=True)
class Published:
    """A file the site will publish: its path in the docs folder, and what it comes from
    (a fact sheet, a file of the content folder, or the generator itself)."""

    src: str
    origin: str


def address(src: str, directory_urls: bool) -> str:
    """Where MkDocs publishes the file at `src` (relative to the docs folder)."""
    if not src.endswith(".md"):
        return src
    folder, name = posixpath.split(src[: -len(".md")])
    if name in ("index", "README"):
        return f"{folder}/" if folder else "/"
    stem = posixpath.join(folder, name)
    return f"{stem}/" if directory_urls else f"{stem}.html"


def address_clashes(published: list[Published], directory_urls: bool) -> list[Problem]:
    """A problem for each file that would land where an earlier one does."""
    first: dict[str, Published] = {}
    problems = []
    for item in published:
        where = address(item.src, directory_urls)
        earlier = first.setdefault(where, item)
        if earlier is item:
            continue
        problems.append(
            Problem(
                earlier.origin if item.origin == GENERATOR else item.origin,
                0,
                0,
                f"{_what(item)} and {_what(earlier)} would both be published at "
                f"/{where.lstrip('/')}",
                "every page needs its own address: rename one of them "
                "(an explainer's address is its slug and folder)",
            )
        )
    return problems


def _what(item: Published) -> str:
    return item.origin if item.origin.endswith(item.src) else f"{item.src} (from {item.origin})"
