"""The explainer page of one story, assembled from its sections (`generator/pages/sections/`).

Every fact gets an element with a stable id (see `ids.py`) and a link to its passage on
the article page; figures the source did not give say "Not reported", and derived figures
say how they were worked out. The same sections, with the same context, also make the
embeddable pages (`embeds.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.charts.chart import Chart
from generator.errors import Problem
from generator.factsheet.loader import Story
from generator.pages.citations import citations, first_anchor, source_paragraph
from generator.pages.embed_code import EmbedCode
from generator.pages.sections.chart import chart_section
from generator.pages.sections.key_figures import impact_view, report_views
from generator.pages.sections.night_context import ContextView
from generator.pages.sections.positions import positions_table
from generator.pages.sections.quotes import speakers
from generator.pages.sections.timeline import timeline
from generator.pages.sharing import Sharing
from generator.web.templating import long_date, render
from generator.web.urls import Urls, article_src, explainer_src


def section_context(
    story: Story,
    urls: Urls,
    src: str,
    chart: Chart | None = None,
    views: frozenset[str] | None = None,
) -> dict[str, Any]:
    """What the section templates read, with links made relative to the page at `src`;
    `chart` is the story's launches chart (sections/chart.py `launches_chart`), built
    once per story, shown on the explainer page and in its embed. `views`: which of the
    sections' views ("reports", "impact", "chart", "table", "speakers", "timeline") to make,
    for a page that shows only some (an embed: making the others was most of its cost);
    None for all."""
    facts = story.facts
    found = citations(facts, story.article)

    def href(fact_id: str) -> str | None:
        anchor = first_anchor(found, fact_id)
        return urls.link(src, article_src(urls.story(facts.slug)), anchor) if anchor else None

    def source_label(fact_id: str) -> str:
        """The accessible name of a fact's source link: "Source: paragraph 3 of the
        article" (its visible text is only the paragraph's sign, "¶3")."""
        paragraph = source_paragraph(found, fact_id)
        return f"Source: paragraph {paragraph} of the article" if paragraph else ""

    def quoted(words: str) -> str:
        # The check matched these words while ignoring quote marks, dashes and spacing;
        # the page shows the article's own characters for them.
        passage = story.article.find_quoted(words)
        return story.article.passage_text(passage) if passage else words

    makers: dict[str, Callable[[], object]] = {
        "reports": lambda: report_views(facts, href),
        "impact": lambda: impact_view(facts, href),
        "chart": lambda: chart_section(chart, facts.slug, urls, src),
        "table": lambda: positions_table(facts, href, quoted),
        "speakers": lambda: speakers(facts, href, quoted),
        "timeline": lambda: timeline(facts, href),
    }
    return {
        "facts": facts,
        **{name: make() for name, make in makers.items() if views is None or name in views},
        "article_href": urls.link(src, article_src(urls.story(facts.slug))),
        "long_date": long_date,
        "source_label": source_label,
        "source_paragraph": lambda fact_id: source_paragraph(found, fact_id),
    }


def render_explainer(
    story: Story,
    urls: Urls,
    intro_markdown: str = "",
    draft_banner: bool = False,
    sharing: Sharing | None = None,
    embeds: Mapping[str, EmbedCode] | None = None,
    chart: Chart | None = None,
    contexts: tuple[ContextView, ...] = (),
    warnings: tuple[Problem, ...] = (),
) -> str:
    """The Markdown of the explainer page at /<slug>/; `contexts` set its nights among
    the Air Force data's (sections/night_context.py `night_contexts`). `warnings` (in
    preview only) are listed at the top, for the editor: the page is the editor's desk."""
    return render(
        "explainer.md.j2",
        intro=intro_markdown.strip(),
        draft_banner=draft_banner,
        warnings=warnings,
        sharing=sharing.front_matter() if sharing else None,
        embeds=embeds or {},
        contexts=contexts,
        **section_context(story, urls, explainer_src(urls.story(story.facts.slug)), chart),
    )
