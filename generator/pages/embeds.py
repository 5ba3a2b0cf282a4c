"""Embeddable pages: each chart and the positions table alone at /<slug>/embed/<name>/,
for other sites to show in an <iframe>.

An embed renders the very section template of the explainer page, with the same context
(links made relative to the embed's own address), so the two never differ. Its page has
no site navigation (`generator/theme/embed.html`), is left out of search and the sitemap,
and reports its height to the host page (`assets/embed/embed-page.js`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from generator.charts.chart import Chart
from generator.factsheet.loader import Story
from generator.pages.embed_code import HOST_SCRIPT, EmbedCode, embed_code
from generator.pages.explainer import section_context
from generator.pages.sharing import absolute_url
from generator.web.files import GeneratedFile
from generator.web.templating import render
from generator.web.urls import ASSETS_DIR, Urls, embed_src, explainer_src


@dataclass(frozen=True)
class Embeddable:
    name: str  # the element id of the section on the explainer page, and the embed's folder
    section: str  # the section's template, shared with the explainer page
    title: str  # what it is, before the story's headline; a chart's own title replaces both
    height: int  # the iframe's height until its content reports its own, in CSS pixels
    views: frozenset[str]  # what the section reads of the page's context (section_context)


EMBEDDABLE = (
    Embeddable(
        "chart-launches", "sections/chart.md.j2", "Launches and interceptions", 560,
        frozenset({"chart"}),
    ),
    Embeddable(
        "positions", "sections/positions.md.j2", "Where they stand", 900, frozenset({"table"})
    ),
)  # fmt: skip


_FRAGMENT_LINK = re.compile(r'href="#([^"]+)"')
_ID = re.compile(r'\sid="([^"]+)"')


def _retarget_fragments(page: str, explainer_href: str) -> str:
    """Sections link to other facts of the explainer page by fragment (a position's
    quote: `#quote-…`). In an embed, a fragment the embed itself lacks leads to the
    explainer page instead of nowhere."""
    ids = set(_ID.findall(page))

    def retarget(match: re.Match[str]) -> str:
        fragment = match.group(1)
        return match.group(0) if fragment in ids else f'href="{explainer_href}#{fragment}"'

    return _FRAGMENT_LINK.sub(retarget, page)


def embed_title(embeddable: Embeddable, headline: str, chart: Chart | None) -> str:
    """The embed's page title and its iframe's name: a chart's title states its finding
    ("Ukraine’s Air Force: 86% of the drones shot down or suppressed"), as a newsroom
    titles a chart it shares; the table is named by what it is and the story."""
    if embeddable.name.startswith("chart-") and chart is not None:
        return chart.data.title
    return f"{embeddable.title} — {headline}"


@dataclass(frozen=True)
class Embeds:
    files: tuple[GeneratedFile, ...]
    codes: dict[str, EmbedCode]  # by name; empty without a site_url to build addresses on


def embeds(
    story: Story, urls: Urls, site_url: str, template: str = "", chart: Chart | None = None
) -> Embeds:
    """The embed pages of a story's sections that have something to show (`chart`: the
    story's launches chart, if it has one)."""
    facts = story.facts
    files: list[GeneratedFile] = []
    codes: dict[str, EmbedCode] = {}
    for embeddable in EMBEDDABLE:
        src = embed_src(urls.story(facts.slug), embeddable.name)
        context = section_context(story, urls, src, chart, embeddable.views)
        context["explainer_href"] = urls.link(src, explainer_src(urls.story(facts.slug)))
        section = render(embeddable.section, **context)
        if not section.strip():
            continue  # the story has no such section (no strike reports, no issues)
        embed_id = f"{facts.slug}/{embeddable.name}"
        title = embed_title(embeddable, facts.headline, chart)
        page = render(
            "embed.md.j2",
            embed=embeddable,
            title=title,
            embed_id=embed_id,
            layout=template,
            section=Markup(section),  # rendered, and its text escaped, once
            **context,
        )
        files.append(GeneratedFile(src, _retarget_fragments(page, context["explainer_href"])))
        if site_url:
            codes[embeddable.name] = embed_code(
                embeddable.name,
                embed_id,
                title,
                absolute_url(site_url, urls, src),
                urls.link(explainer_src(urls.story(facts.slug)), src),
                absolute_url(site_url, urls, f"{ASSETS_DIR}/{HOST_SCRIPT}"),
                embeddable.height,
            )
    return Embeds(tuple(files), codes)
