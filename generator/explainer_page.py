"""The explainer page of one story, assembled from its sections (`generator/sections/`).

Every fact gets an element with a stable id (see `ids.py`) and a link to its passage on
the article page; figures the source did not give say "Not reported", and derived figures
say how they were worked out.
"""

from __future__ import annotations

from generator.charts.chart import Chart, chart_files
from generator.citations import citations, first_anchor
from generator.loader import Story
from generator.sections.chart import chart_section, launches_chart
from generator.sections.key_figures import report_views
from generator.sections.positions import positions_table
from generator.sections.quotes import events, speakers
from generator.site_types import GeneratedFile
from generator.templating import long_date, render
from generator.urls import Urls, article_src, explainer_src


def explainer_files(
    story: Story, urls: Urls, intro_markdown: str = "", draft_banner: bool = False
) -> list[GeneratedFile]:
    """The explainer page at /<slug>/ and the files beside it (its chart's data)."""
    slug = story.facts.slug
    chart = launches_chart(story.facts)
    page = render_explainer(story, urls, intro_markdown, draft_banner, chart)
    return [GeneratedFile(explainer_src(slug), page), *(chart_files(slug, chart) if chart else [])]


def render_explainer(
    story: Story,
    urls: Urls,
    intro_markdown: str = "",
    draft_banner: bool = False,
    chart: Chart | None = None,
) -> str:
    """The Markdown of the explainer page at /<slug>/ (`chart`: its launches chart)."""
    facts = story.facts
    src = explainer_src(facts.slug)
    found = citations(facts, story.article)

    def href(fact_id: str) -> str | None:
        anchor = first_anchor(found, fact_id)
        return urls.link(src, article_src(facts.slug), anchor) if anchor else None

    return render(
        "explainer.md.j2",
        facts=facts,
        intro=intro_markdown.strip(),
        draft_banner=draft_banner,
        reports=report_views(facts, href),
        chart=chart_section(chart, facts.slug, urls),
        table=positions_table(facts, href),
        speakers=speakers(facts, href),
        events=events(facts, href),
        article_href=urls.link(src, article_src(facts.slug)),
        long_date=long_date,
    )
