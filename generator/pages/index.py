"""The home page (newest explainers) and the archive of all explainers, by month.

The home page shows a bounded number of stories so that it stays light on a phone
however many explainers the site holds; the archive lists every one. Neither is in the
navigation's every-page menu, which would grow every page with the number of stories.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from generator.factsheet.stories import StoryOutcome
from generator.web.files import GeneratedFile
from generator.web.templating import render
from generator.web.urls import ARCHIVE_SRC, HOME_SRC, Urls, explainer_src

HOME_LIMIT = 20
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Entry:
    slug: str
    headline: str
    summary: str
    published: date | None
    state: str  # ready | draft | broken


def index_pages(listed: list[StoryOutcome], urls: Urls, site_title: str, home_intro: str,
                home: bool = True, archive_src: str | None = ARCHIVE_SRC,
                ) -> list[GeneratedFile]:  # fmt: skip
    """The home page (if `home`) and the archive (at `archive_src`, unless None)."""
    entries = sorted(
        (_entry(outcome) for outcome in listed),
        key=lambda e: (str(e.published or "9999"), e.slug),
        reverse=True,
    )
    home_page = render(
        "home.md.j2",
        entries=entries[:HOME_LIMIT],
        total=len(entries),
        href=lambda slug: urls.link(HOME_SRC, explainer_src(urls.story(slug))),
        archive_href=urls.link(HOME_SRC, archive_src) if archive_src else "",
        intro=_strip_front_matter(home_intro),
        site_title=site_title,
    )
    months = [
        (_month_name(key), list(group))
        for key, group in groupby(entries, key=lambda e: e.published.isoformat()[:7]
                                  if e.published else "")
    ]  # fmt: skip
    pages = [GeneratedFile(HOME_SRC, home_page)] if home else []
    if archive_src:
        archive = render(
            "archive.md.j2",
            months=months,
            total=len(entries),
            href=lambda slug: urls.link(archive_src, explainer_src(urls.story(slug))),
        )
        pages.append(GeneratedFile(archive_src, archive))
    return pages


def _entry(outcome: StoryOutcome) -> Entry:
    if outcome.story is None:
        return Entry(outcome.slug, outcome.slug, outcome.display, None, "broken")
    facts = outcome.story.facts
    state = "draft" if facts.is_draft else "ready"
    return Entry(facts.slug, facts.headline, facts.summary, facts.published, state)


def _month_name(key: str) -> str:
    if not key:
        return "Date to be confirmed"
    year, month = key.split("-")
    return f"{_MONTHS[int(month) - 1]} {year}"


def _strip_front_matter(markdown: str) -> str:
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end >= 0:
            return markdown[end + 5 :]
    return markdown
