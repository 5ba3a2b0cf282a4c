"""Every fact on an explainer page and the article passage it comes from.

One list serves both pages: the explainer links each fact's element (`fact_id`) to the
passage's anchor on the article page, and the article page highlights the passage,
anchors it, and links back to the fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.article.model import Article, Passage
from generator.factsheet.derived import unaccounted
from generator.factsheet.model import FactSheet, Figure
from generator.pages.ids import event_id, figure_id, impact_figure_id, position_id, quote_id


@dataclass(frozen=True)
class Citation:
    fact_id: str  # the element's id on the explainer page
    anchor: str  # the passage's id on the article page
    label: str  # what the fact is, for the link back ("Launched: 108")
    passage: Passage


def figure_value(figure: Figure) -> str:
    """A count as the page shows it: "108", "at least 4", "1,000"."""
    number = f"{figure.count:,}" if figure.count is not None else "?"
    return f"{figure.shown_qualifier} {number}" if figure.shown_qualifier else number


FIGURE_LABELS = {
    "launched": "Launched",
    "shot_down": "Shot down",
    "suppressed": "Suppressed",
    "killed": "Killed",
    "injured": "Injured",
    "regions_hit": "Regions hit",
}


def figure_label(figure: Figure) -> str:
    return figure.label or FIGURE_LABELS[figure.key]


def citations(facts: FactSheet, article: Article) -> list[Citation]:
    """The citations of a validated fact sheet, in page order."""
    found: list[Citation] = []

    def cite(fact_id: str, anchor: str, label: str, passage: Passage | None) -> None:
        if passage is not None:
            found.append(Citation(fact_id, anchor, label, passage))

    for report in facts.strike_reports:
        for figure in report.figures:
            if figure.is_reported and figure.evidence is not None:
                fid = figure_id(report.id, figure.key)
                label = f"{figure_label(figure)}: {figure_value(figure)}"
                cite(fid, f"ev-{fid}", label, article.find(figure.evidence.text))
        left = unaccounted(report)
        if left.value is not None and report.launched.evidence is not None:
            fid = figure_id(report.id, "unaccounted")
            cite(
                fid,
                f"ev-{fid}",
                f"Unaccounted for (derived): {left.value}",
                article.find(report.launched.evidence.text),
            )
    for figure in facts.impact.figures if facts.impact else ():
        if figure.is_reported and figure.evidence is not None:
            fid = impact_figure_id(figure.key)
            label = f"{figure_label(figure)} (whole attack): {figure_value(figure)}"
            cite(fid, f"ev-{fid}", label, article.find(figure.evidence.text))
    for quote in facts.quotes:
        fid = quote_id(quote.id)
        speaker = facts.person(quote.speaker)
        for number, words in enumerate(quote.words, start=1):
            anchor = f"ev-{fid}" if number == 1 else f"ev-{fid}-{number}"
            label = f"Quote by {speaker.name if speaker else quote.speaker}"
            cite(fid, anchor, label, article.find_quoted(words.text))
    for issue in facts.issues:
        for party_id, position in issue.positions.items():
            if position is None or position.evidence is None:
                continue
            fid = position_id(issue.id, party_id)
            party = facts.party(party_id)
            label = f"{party.name if party else party_id} on {issue.name}"
            cite(fid, f"ev-{fid}", label, article.find(position.evidence.text))
    for number, event in enumerate(facts.timeline, start=1):
        if event.evidence is not None:
            fid = event_id(number)
            cite(fid, f"ev-{fid}", f"Timeline: {event.when}", article.find(event.evidence.text))
    return found


def first_anchor(found: list[Citation], fact_id: str) -> str | None:
    return next((c.anchor for c in found if c.fact_id == fact_id), None)


def source_paragraph(found: list[Citation], fact_id: str) -> int | None:
    """The article paragraph (from 1) of a fact's first passage."""
    return next((c.passage.paragraph for c in found if c.fact_id == fact_id), None)
