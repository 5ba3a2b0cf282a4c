"""The generated pages as guests of a site that has pages of its own.

A builder hands this module the site's own files (paths under its content folder). It
answers which of them are the explainers' sources, never published (fact sheets, the Air
Force data file, the intros the generated pages include, and in a build without preview
every file of a draft's or a broken fact sheet's folder), and which generated file would
take the place of one of the site's own: that is an error naming both, never a silent
replacement. Nothing else of the site is touched.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.airforce.datafile import DATA_FILE
from generator.build.site import INTRO_NAME, Site, SiteOptions
from generator.errors import ExplainerError, Problem
from generator.factsheet.loader import FACT_SHEET_NAME
from generator.web.urls import HOME_SRC


@dataclass(frozen=True)
class Sources:
    """The site's files that are the explainers' sources, as paths under its content folder."""

    files: frozenset[str]  # fact sheets, the data file, intros
    folders: tuple[str, ...]  # drafts' and broken fact sheets' folders, outside preview

    def __contains__(self, src: str) -> bool:
        return src in self.files or any(src.startswith(folder + "/") for folder in self.folders)


def sources(site: Site, content_dir: Path, options: SiteOptions) -> Sources:
    docs = content_dir.resolve()

    def under_docs(path: Path) -> str:
        return path.resolve().relative_to(docs).as_posix()

    files = {DATA_FILE, *(under_docs(o.folder / FACT_SHEET_NAME) for o in site.outcomes)}
    files |= {under_docs(o.folder / INTRO_NAME) for o in site.outcomes}
    if options.home:
        files.add(HOME_SRC)  # the home page's intro
    folders = tuple(
        under_docs(o.folder)
        for o in site.outcomes
        if not options.preview and (o.story is None or o.story.facts.is_draft)
    )
    return Sources(frozenset(files), folders)


_COLLISION_HINT = (
    "give the story another slug (or the generated page another address in the plugin's "
    "options), or move the site's page"
)


def check_no_collision(
    own_files: Iterable[str], site: Site, content_dir: Path, directory_urls: bool
) -> None:
    """Raise `ExplainerError` for each generated file that would take the address of one of
    the site's own files (those left once the sources are set aside)."""
    taken: dict[str, str] = {}
    for src in own_files:
        taken.setdefault(_address(src, directory_urls), src)
    owners = {o.slug: o.display for o in site.outcomes}
    problems = []
    for generated in site.files:
        own = taken.get(_address(generated.src, directory_urls))
        if own is None:
            continue
        slug = generated.src.split("/")[0]
        what = (
            f"the explainer `{slug}` ({owners[slug]})"
            if slug in owners
            else f"the generated page {generated.src}"
        )
        message = f"{what} would replace the site's own {content_dir.name}/{own}"
        problems.append(Problem("", 0, 0, message, _COLLISION_HINT))
    if problems:
        raise ExplainerError(problems)


def _address(src: str, directory_urls: bool) -> str:
    """The address MkDocs publishes a file at: `a.md` and `a/index.md` are both `a/`."""
    path = PurePosixPath(src)
    if path.suffix.lower() not in (".md", ".markdown"):
        return src
    if path.stem in ("index", "README"):
        return posixpath.join(str(path.parent), "") if str(path.parent) != "." else ""
    if directory_urls:
        return posixpath.join(str(path.parent), path.stem, "").removeprefix("./")
    return str(path.with_suffix(".html"))


def folder_option(name: str, value: str) -> str:
    """A folder option's value as a path under the content folder, without slashes at
    either end ("" for the folder itself); `ExplainerError` if it leaves the folder."""
    folder = value.strip().strip("/")
    parts = folder.split("/") if folder else []
    if value.strip().startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in value:
        raise ExplainerError(
            f"explainer: {name}: `{value}` is not a folder inside the docs folder "
            '(write it like "stories" or "news/explainers/")'
        )
    return folder


def archive_src(address: str) -> str | None:
    """The archive page's source for the `archive` option ("" or false: no archive)."""
    folder = folder_option("archive", address)
    return f"{folder}/index.md" if folder else None
