"""Every published page and file needs an address of its own. Two that would land at the
same one (an explainer whose slug is `about` and the content folder's about.md, a story
folder's index.md and its generated page) would silently drop one of them: that is a
build error naming both sources.

`explainer check` finds the same clashes between the content folder's own files and the
pages every build makes (`planned_pages`), without rendering a page; the pages only some
stories have (embeds, chart files) clash in the build alone.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Problem
from generator.factsheet.stories import StoryOutcome
from generator.web.urls import (
    HOME_SRC,
    TRACKER_SRC,
    Urls,
    article_src,
    explainer_src,
    social_image_src,
)

GENERATOR = "the generator"  # the origin of pages no source file stands for (home, feed…)
INTRO_NAME = "intro.md"  # a story's introduction, read into its page


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


def planned_pages(
    stories: list[tuple[str, str]],
    urls: Urls,
    home: bool,
    archive_src: str | None,
    tracker: bool,
) -> list[Published]:
    """The pages a build makes whatever its stories say, in the build's order: each
    published story's (`stories`: its slug and its fact sheet as messages name it) page,
    article and social image, then the home page, the archive and the tracker."""
    planned = [
        Published(src, display)
        for slug, display in stories
        for src in (
            explainer_src(urls.story(slug)),
            article_src(urls.story(slug)),
            social_image_src(urls.story(slug)),
        )
    ]
    shared = [HOME_SRC] if home else []
    shared += [archive_src] if archive_src else []
    shared += [TRACKER_SRC] if tracker else []
    return planned + [Published(src, GENERATOR) for src in shared]


def is_read_into_a_page(src: str, story_folders: frozenset[str], home: bool) -> bool:
    """Whether the content folder's file at `src` is read into a page (the home page's
    text, a story's intro), not published itself. `story_folders`: the folder of each
    fact sheet, relative to the content folder ("" for the folder itself)."""
    if src == HOME_SRC:
        return home
    folder, _, name = src.rpartition("/")
    return name == INTRO_NAME and folder in story_folders


def story_folders(outcomes: Sequence[StoryOutcome], content_dir: Path) -> frozenset[str]:
    """Each fact sheet's folder, relative to the content folder ("" for the folder)."""
    folders = (o.folder.relative_to(content_dir).as_posix() for o in outcomes)
    return frozenset("" if folder == "." else folder for folder in folders)
