"""The article page: the article verbatim, escaped, each paragraph anchored (#p1, #p2 …),
each cited passage highlighted, anchored and linked back to the fact it supports."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.factsheet.loader import Story
from generator.pages.citations import Citation, citations
from generator.web.templating import render
from generator.web.urls import Urls, article_src, explainer_src


@dataclass(frozen=True)
class ParagraphView:
    id: str
    number: int
    html: Markup


def render_article(story: Story, urls: Urls) -> str:
    facts = story.facts
    src = article_src(urls.story(facts.slug))
    explainer = urls.link(src, explainer_src(urls.story(facts.slug)))
    found = citations(facts, story.article)
    paragraphs = [
        ParagraphView(
            f"p{number}",
            number,
            _paragraph_html(text, [c for c in found if c.passage.paragraph == number], explainer),
        )
        for number, text in enumerate(story.article.paragraphs, start=1)
    ]
    return render("article.md.j2", facts=facts, paragraphs=paragraphs, explainer_href=explainer)


def _paragraph_html(text: str, cited: list[Citation], explainer: str) -> Markup:
    """The paragraph with every cited passage in <mark>, then the links back to the facts.

    Overlapping passages are split at each boundary so that marks never nest; the links
    back come after the paragraph's text so that they never interrupt a sentence."""
    bounds = sorted(
        {0, len(text)} | {c.passage.start for c in cited} | {c.passage.end for c in cited}
    )
    out: list[Markup] = []
    for start, end in itertools.pairwise(bounds):
        for citation in cited:
            if citation.passage.start == start:
                out.append(
                    Markup('<span class="evidence-anchor" id="{}"></span>').format(citation.anchor)
                )
        covering = [c for c in cited if c.passage.start <= start and end <= c.passage.end]
        chunk = escape(text[start:end])
        if covering:
            facts = " ".join(dict.fromkeys(c.fact_id for c in covering))
            out.append(
                Markup('<mark class="evidence" data-facts="{}">{}</mark>').format(facts, chunk)
            )
        else:
            out.append(chunk)
    links = [
        # a no-break space: the arrow never wraps away from its label
        Markup(
            '<a class="backref" href="{}#{}"><span aria-hidden="true">↩\u00a0</span>{}</a>'
        ).format(explainer, fact_id, label)
        for fact_id, label in dict.fromkeys((c.fact_id, c.label) for c in cited)
    ]
    if links:
        out.append(
            Markup(
                ' <span class="backrefs"><span class="visually-hidden">Cited in the '
                "explainer: </span>{}</span>"
            ).format(Markup(" ").join(links))
        )
    return Markup("").join(out)
