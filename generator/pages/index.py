"""The home page (newest explainers) and the archive of all explainers, by month.

Each explainer is a story card, as a newsroom's front page has them: kicker, headline,
standfirst, date, the night's main figure and the social image as a thumbnail; the
home page also points to the attack tracker when the site has one.

The home page shows a bounded number of stories so that it stays light on a phone
however many explainers the site holds; the archive lists every one. Neither is in the
navigation's every-page menu, which would grow every page with the number of stories.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from generator.factsheet.model import FactSheet, WeaponKind
from generator.factsheet.stories import StoryOutcome
from generator.pages.social_image import CARD_SIZE
from generator.web.files import GeneratedFile
from generator.web.templating import render
from generator.web.urls import (
    ARCHIVE_SRC,
    HOME_SRC,
    TRACKER_SRC,
    Urls,
    explainer_src,
    social_image_src,
)

HOME_LIMIT = 20
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class StoryCard:
    slug: str
    headline: str
    summary: str
    published: date | None
    state: str  # ready | draft | broken
    kicker: str = ""  # "Explainer · LONDON"
    figure: str = ""  # the night's main figure: "108 drones launched"
    image: bool = False  # the story has a social image (a thumbnail for its card)


THUMBNAIL = (240, 240 * CARD_SIZE[1] // CARD_SIZE[0])  # width, height in CSS pixels


def index_pages(listed: list[StoryOutcome], urls: Urls, site_title: str, home_intro: str,
                home: bool = True, archive_src: str | None = ARCHIVE_SRC,
                tracker: bool = False) -> list[GeneratedFile]:  # fmt: skip
    """The home page (if `home`) and the archive (at `archive_src`, unless None);
    `tracker`: the site has the attack tracker (Air Force data), and the home page
    points to it."""
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
        image=lambda slug: urls.link(HOME_SRC, social_image_src(urls.story(slug))),
        thumbnail=THUMBNAIL,
        tracker_href=urls.link(HOME_SRC, TRACKER_SRC) if tracker else "",
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
            image=lambda slug: urls.link(archive_src, social_image_src(urls.story(slug))),
            thumbnail=THUMBNAIL,
        )
        pages.append(GeneratedFile(archive_src, archive))
    return pages


def _entry(outcome: StoryOutcome) -> StoryCard:
    if outcome.story is None:
        return StoryCard(outcome.slug, outcome.slug, outcome.display, None, "broken")
    facts = outcome.story.facts
    state = "draft" if facts.is_draft else "ready"
    return StoryCard(
        facts.slug,
        facts.headline,
        facts.summary,
        facts.published,
        state,
        kicker=f"Explainer · {facts.dateline}" if facts.dateline else "Explainer",
        figure=main_figure(facts),
        image=True,
    )


def main_figure(facts: FactSheet) -> str:
    """The night's main figure, from the report with the most launched: "108 drones
    launched" ("" when no report gives an exact number launched)."""
    exact = [r for r in facts.strike_reports if r.launched.is_exact and r.launched.count]
    if not exact:
        return ""
    report = max(exact, key=lambda r: r.launched.count or 0)
    unit = "weapons" if report.weapon_kind is WeaponKind.TODO else report.weapon_kind.value
    return f"{report.launched.count:,} {unit} launched"


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
