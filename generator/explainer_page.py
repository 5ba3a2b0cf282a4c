"""The explainer page of one story, assembled from its sections (`generator/sections/`).

Every fact gets an element with a stable id (see `ids.py`) and a link to its passage on
the article page; figures the source did not give say "Not reported", and derived figures
say how they were worked out.
"""

from __future__ import annotations

from generator.citations import citations, first_anchor
from generator.loader import Story
from generator.sections.key_figures import report_views
from generator.sections.positions import positions_table
from generator.sections.quotes import events, speakers
from generator.templating import long_date, render
from generator.urls import Urls, article_src, explainer_src


def render_explainer(
    story: Story, urls: Urls, intro_markdown: str = "", draft_banner: bool = False
) -> str:
    """The Markdown of the explainer page at /<slug>/."""
    facts = story.facts
    src = explainer_src(facts.slug)
    found = citations(facts, story.article)

    def href(fact_id: str) -> str | None:
        anchor = first_anchor(found, fact_id)
        return urls.link(src, article_src(facts.slug), anchor) if anchor else None

    def quoted(words: str) -> str:
        # The check matched these words while ignoring quote marks, dashes and spacing;
        # the page shows the article's own characters for them.
        passage = story.article.find_quoted(words)
        return story.article.passage_text(passage) if passage else words

    return render(
        "explainer.md.j2",
        facts=facts,
        intro=intro_markdown.strip(),
        draft_banner=draft_banner,
        reports=report_views(facts, href),
        table=positions_table(facts, href, quoted),
        speakers=speakers(facts, href, quoted),
        events=events(facts, href),
        article_href=urls.link(src, article_src(facts.slug)),
        long_date=long_date,
    )
