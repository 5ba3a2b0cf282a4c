"""Quotes grouped by speaker, each with where it was said; the timeline of events."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.factsheet import FactSheet
from generator.ids import event_id, quote_id, speaker_id
from generator.sections import Href
from generator.templating import long_date

CHANNEL_NOT_STATED = "Where: not stated in the article"


@dataclass(frozen=True)
class QuoteView:
    id: str
    fragments: tuple[str, ...]
    channel: str
    context: str
    href: str | None


@dataclass(frozen=True)
class SpeakerView:
    id: str
    name: str
    title: str
    party: str
    quotes: list[QuoteView] = field(default_factory=list)


@dataclass(frozen=True)
class EventView:
    id: str
    when: str
    date: str
    text: str
    href: str | None


def speakers(facts: FactSheet, href: Href) -> list[SpeakerView]:
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
        channel = quote.channel.name if quote.channel else CHANNEL_NOT_STATED
        found[quote.speaker].quotes.append(
            QuoteView(
                quote_id(quote.id),
                tuple(w.text for w in quote.words),
                channel,
                quote.context or "",
                href(quote_id(quote.id)),
            )
        )
    return list(found.values())


def events(facts: FactSheet, href: Href) -> list[EventView]:
    return [
        EventView(
            event_id(n), e.when, long_date(e.date) if e.date else "", e.text, href(event_id(n))
        )
        for n, e in enumerate(facts.timeline, start=1)
    ]
