"""Candidate positions: sentences in which a side advocates, demands, rejects or is ready
for something on a known issue ("Kyiv has long advocated for a 30-day ceasefire").

Only candidates: the stance and summary are the editor's, so they are left TODO with the
words that suggested them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.article.model import Article
from generator.article.sides import sides_in
from generator.drafting.attribution import Cast
from generator.drafting.quotes import FoundQuote
from generator.drafting.sentences import sentences_of, unquoted

TOPICS = (
    ("ceasefire", "Ceasefire", r"cease-?fire|truce"),
    ("peace-talks", "Peace talks", r"\btalks\b|negotiat\w+|delegation"),
    ("sanctions", "Sanctions", r"\bsanctions?\b"),
    ("air-defence", "Air defence", r"air defen[cs]e|\bPatriots?\b"),
    ("territory", "Territory", r"annex\w*|occupied|buffer|territor\w*"),
    ("nato", "NATO membership", r"\bNATO\b"),
    ("military-aid", "Military aid", r"military aid|weapons|deliveries"),
)
_CUES = re.compile(
    r"\b(?:advocat\w+ for|call(?:s|ed)? for|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|insist\w*"
    r"|reject(?:s|ed)?|oppos(?:es|ed)|support(?:s|ed)?|ready to|readiness to|prepared to"
    r"|refus(?:es|ed) to|wants?|wanted|not interested in|welcom(?:es|ed)|yet to embrace"
    r"|back(?:s|ed))\b"
)
_LOOK_AHEAD = 100
# The side whose position it is is named within this many characters before the verb (a
# bound, so that a long sentence of cues is not read again from its start for each one).
_LOOK_BACK = 300


@dataclass(frozen=True)
class PositionCandidate:
    issue: str  # a topic id
    party: str  # a side's id
    evidence: str
    cue: str
    paragraph: int


def topic_name(issue: str) -> str:
    return next(name for key, name, _ in TOPICS if key == issue)


def find_positions(article: Article, cast: Cast) -> list[PositionCandidate]:
    """Every (issue, side) that a sentence states a position on, first one first."""
    found: list[PositionCandidate] = []
    for sentence in sentences_of(article):
        text = unquoted(article.paragraphs[sentence.paragraph - 1])[sentence.start : sentence.end]
        whole: list[str | None] = []  # the sentence's own topic, found once if needed
        for cue in _CUES.finditer(text):
            topic = _topic(text[cue.end() : cue.end() + _LOOK_AHEAD])
            if topic is None:
                whole = whole or [_topic(text)]
                topic = whole[0]
            before = text[max(cue.start() - _LOOK_BACK, 0) : cue.start()]
            party = _party(before, (sentence.paragraph, sentence.start), cast)
            if topic is None or party is None:
                continue
            if not any(c.issue == topic and c.party == party for c in found):
                found.append(
                    PositionCandidate(
                        topic, party, sentence.text.strip(), cue.group(), sentence.paragraph
                    )
                )
    return found


# "We support every measure…", "We will not lift a single sanction…": a side's position
# in its speaker's own words
_FIRST_PERSON = re.compile(
    r"\b[Ww]e\s+(?:(?:will|would|do|can|shall)\s*(?:not|n['’]t)\s+|cannot\s+|are\s+)?"
    r"(support|back|want|need|reject|oppose|demand|insist|accept|agree|lift|negotiate|give up"
    r"|welcome|ready|call for|urge|expect)\w*\b"
)


def quoted_positions(quotes: list[FoundQuote]) -> list[PositionCandidate]:
    """Positions stated in first-person quotes, for the speaker's side: the quoted words are
    the evidence (the editor decides the stance, as for any candidate)."""
    found: list[PositionCandidate] = []
    for quote in quotes:
        party = quote.speaker.party if quote.speaker else None
        if party is None:
            continue
        for fragment in quote.fragments:
            cue = _FIRST_PERSON.search(fragment.text)
            topic = _topic(fragment.text[cue.start() :]) if cue else None
            if cue is None or topic is None:
                continue
            if not any(c.issue == topic and c.party == party for c in found):
                found.append(
                    PositionCandidate(topic, party, fragment.text, cue.group(), fragment.paragraph)
                )
    return found


def _topic(text: str) -> str | None:
    hits = [(m.start(), key) for key, _, pattern in TOPICS for m in re.finditer(pattern, text)]
    return min(hits)[1] if hits else None


def _party(before: str, at: tuple[int, int], cast: Cast) -> str | None:
    """The side whose position it is: the nearest side, person or pronoun before the verb."""
    references: list[tuple[int, str | None]] = [(o, s.id) for o, s in sides_in(before)]
    for person in cast.people:
        for form in (person.name, person.surname):
            references += [(m.start(), person.party) for m in re.finditer(re.escape(form), before)]
    pronouns = list(re.finditer(r"\b(?:He|She|he|she)\b", before))
    last = cast.last_person(at) if pronouns else None
    references += [(m.start(), last.party if last else None) for m in pronouns]
    known = [ref for ref in sorted(references, key=lambda r: r[0]) if ref[1]]
    return known[-1][1] if known else None
