"""Short articles drafted as `explainer new` drafts them, and the parts of a draft the
drafting tests compare: quotes with their speakers, numbers with their roles, reports."""

from __future__ import annotations

from generator.article.model import parse_article
from generator.drafting.draft import Draft, draft_from


def draft(*paragraphs: str) -> Draft:
    return draft_from(parse_article("seeds/a.txt", "\n".join(paragraphs) + "\n"))


def quotes(d: Draft) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    return [
        (
            q.quote.speaker.name if q.quote.speaker else None,
            tuple(f.text for f in q.quote.fragments),
            q.quote.channel.name if q.quote.channel else None,
        )
        for q in d.quotes
    ]


def roles(d: Draft) -> list[tuple[int, str, str | None]]:
    return [(n.value, n.role, n.qualifier) for n, _ in d.numbers]


def reports(d: Draft) -> list[tuple[str | None, str | None, list[tuple[str, int]]]]:
    return [
        (
            r.reporter.name if r.reporter else None,
            r.weapon_kind,
            [(key, f.number.value) for key, f in r.figures],
        )
        for r in d.reports
    ]


def toll(d: Draft) -> tuple[str | None, list[tuple[str, int]]] | None:
    """The attack-wide toll (the fact sheet's `impact:`): its source and its figures."""
    if d.impact is None:
        return None
    source = d.impact.reporter.name if d.impact.reporter else None
    return source, [(key, f.number.value) for key, f in d.impact.figures.items()]


def candidate_notes(d: Draft) -> list[tuple[int, str]]:
    return [(c.number.value, c.note) for c in d.candidates if c.note]
