"""Quotes grouped by speaker, each with where it was said."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.factsheet.model import FactSheet, Quote
from generator.pages.ids import position_id, quote_id, speaker_id
from generator.pages.sections import Href, Quoted
from generator.web.bidi import isolate

CHANNEL_NOT_STATED = "not stated in the article"
FRAGMENT_GAP = " … "


@dataclass(frozen=True)
class Cited:
    """A position that cites a quote: "Ukraine on Ceasefire", linked to its cell."""

    label: str
    href: str


@dataclass(frozen=True)
class QuoteView:
    id: str
    fragments: tuple[str, ...]  # the article's own words, one per part of a split quote
    channel: str
    channel_stated: bool
    context: str
    href: str | None
    cited_by: tuple[Cited, ...] = ()


@dataclass(frozen=True)
class SpeakerView:
    id: str
    name: str
    title: str
    party: str
    quotes: list[QuoteView] = field(default_factory=list)


def channel_text(quote: Quote) -> str:
    return quote.channel.name if quote.channel else CHANNEL_NOT_STATED


def quote_text(quote: Quote, quoted: Quoted) -> str:
    """The quote in one line: a split quote's fragments joined by an ellipsis, so that
    nothing the article puts between them reads as the speaker's words."""
    return FRAGMENT_GAP.join(isolate(quoted(words.text)) for words in quote.words)


def speakers(facts: FactSheet, href: Href, quoted: Quoted) -> list[SpeakerView]:
    """Speakers in the order they are first quoted, each with their quotes in order."""
    found: dict[str, SpeakerView] = {}
    for quote in facts.quotes:
        if quote.speaker not in found:
            person = facts.person(quote.speaker)
            party = facts.party(person.party) if person else None
            found[quote.speaker] = SpeakerView(
                speaker_id(quote.speaker),
                person.name if person else quote.speaker,
                (person.title or "") if person else "",
                party.name if party else "",
            )
        found[quote.speaker].quotes.append(
            QuoteView(
                quote_id(quote.id),
                tuple(quoted(words.text) for words in quote.words),
                channel_text(quote),
                quote.channel is not None,
                quote.context or "",
                href(quote_id(quote.id)),
                _cited_by(facts, quote.id),
            )
        )
    return list(found.values())


def _cited_by(facts: FactSheet, quote: str) -> tuple[Cited, ...]:
    """The table's cells whose position this quote supports."""
    found = []
    for issue in facts.issues:
        for party_id, position in issue.positions.items():
            if position is not None and position.quote == quote:
                party = facts.party(party_id)
                label = f"{isolate(party.name if party else party_id)} on {isolate(issue.name)}"
                found.append(Cited(label, "#" + position_id(issue.id, party_id)))
    return tuple(found)
