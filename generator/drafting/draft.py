"""A draft fact sheet, worked out from an article alone: the typed result of the drafting
rules, before it is written as YAML (`writer.py`) or scored (`scoring.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.article.datelines import dateline_of
from generator.article.model import Article
from generator.article.sides import SIDES, Side, sides_in
from generator.drafting.attribution import Cast
from generator.drafting.figures import FoundNumber, find_numbers
from generator.drafting.people import Found, find_people, slug
from generator.drafting.positions import (
    PositionCandidate,
    find_positions,
    quoted_positions,
    topic_name,
)
from generator.drafting.quotes import FoundQuote, Fragment, find_quotes
from generator.drafting.reports import (
    Candidate,
    FoundFigure,
    Report,
    Toll,
    clause_reporters,
    group_reports,
    main_sides,
    reporter_of,
    sentence_reporters,
)
from generator.drafting.sentences import unquoted

_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|ch|li)$")  # "German", "French", "Polish"
_DAY = re.compile(
    r"\b(?:(?:late|early|on|overnight into|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening))?\b"
)


@dataclass(frozen=True)
class StrikeDraft:
    id: str
    reporter: Found | None
    attacker: str | None
    target: str | None
    weapon: str | None
    weapon_kind: str | None
    figures: tuple[tuple[str, FoundFigure], ...]  # (fact sheet key, figure), in the format's order


@dataclass(frozen=True)
class QuoteDraft:
    id: str
    quote: FoundQuote


@dataclass(frozen=True)
class IssueDraft:
    id: str
    name: str
    positions: tuple[tuple[str, PositionCandidate | None], ...]  # every party, in order


@dataclass(frozen=True)
class Draft:
    article: str  # the article's path in the project (under seeds/)
    dateline: str | None
    day_words: str | None  # how the article dates the events ("late Monday")
    parties: tuple[Side, ...]
    speakers: tuple[Found, ...]
    reports: tuple[StrikeDraft, ...]
    candidates: tuple[Candidate, ...]
    quotes: tuple[QuoteDraft, ...]
    terms: tuple[Fragment, ...]
    long_quotes: tuple[Fragment, ...]  # quotes too long for the format, for the editor
    issues: tuple[IssueDraft, ...]
    numbers: tuple[tuple[FoundNumber, Found | None], ...]  # every number and its reporter
    impact: Toll | None = None  # the attack's toll, when it belongs to no weapon's report
    left_out: tuple[str, ...] = ()  # what a very long article states beyond the limits


# A draft is for an editor to finish, and must fit the format (a fact sheet of 512 KB at
# most): from an article that states more than this (a long or repeated text), the first
# ones are drafted and the draft says how many more were found.
# (Issues need no limit: one per topic of positions.py, each one position per party.)
MOST = {
    "strike reports": 40,
    "quotes": 100,
    "other numbers": 100,
    "people": 60,
    "terms": 40,
    "quotes over 600 characters": 40,
}


_MAX_PASSAGE = 600
# The quotes' words in all: a quote may have many fragments, each up to a passage long.
_QUOTE_CHARS = 120_000
_DATELINE_REACH = 120  # a dateline is at the start of the first paragraph, and short
_ORDER = ("launched", "shot_down", "suppressed", "killed", "injured", "regions_hit")


def draft_from(article: Article) -> Draft:
    """Everything the rules find in the article, in the article's order."""
    cast = Cast(article, find_people(article))
    by_sentence = sentence_reporters(article, cast)
    quotes, terms = find_quotes(article, cast)
    # the format takes passages of up to 600 characters: longer quotes are left to the editor
    too_long = [q for q in quotes if any(len(f.text) > _MAX_PASSAGE for f in q.fragments)]
    quotes = [part for q in quotes if q not in too_long for part in _in_order(article, q)]
    numbers = find_numbers(article)
    clauses = clause_reporters(article, cast, by_sentence)
    reporters = [reporter_of(n, by_sentence, quotes, clauses) for n in numbers]
    sides = main_sides(article)
    reports, candidates, toll = group_reports(numbers, reporters, sides)
    positions = [
        p
        for p in [*find_positions(article, cast), *quoted_positions(quotes)]
        if len(p.evidence) <= _MAX_PASSAGE and len(p.evidence.split()) >= 3
    ]

    counts = {
        "strike reports": len(reports),
        "quotes": len(quotes),
        "other numbers": len(candidates),
        "terms": len(terms),
        "quotes over 600 characters": len(too_long),
    }
    drafted = MOST | {"quotes": _quotes_fitting(quotes)}  # how many of each the draft keeps
    reports, quotes = reports[: MOST["strike reports"]], quotes[: drafted["quotes"]]
    candidates, terms = candidates[: MOST["other numbers"]], terms[: MOST["terms"]]
    too_long = too_long[: MOST["quotes over 600 characters"]]
    named = _sides_named(article)
    used = {r.attacker for r in reports} | {r.target for r in reports}
    used |= {p.party for p in positions} | {s.party for s in cast.speakers()}
    parties = tuple(side for side in named if side.id in used)
    declared = {side.id for side in parties}

    speakers_used = {r.reporter.id for r in reports if r.reporter}
    speakers_used |= {toll.reporter.id} if toll and toll.reporter else set()
    speakers_used |= {q.speaker.id for q in quotes if q.speaker}
    people = [s for s in cast.speakers() if s.kind == "person"]
    counts["people"] = len(people)
    kept = {s.id for s in people[: MOST["people"]]} | speakers_used
    speakers = tuple(
        _with_party(s, declared)
        for s in cast.speakers()
        if s.id in kept and (s.kind == "person" or s.id in speakers_used)
    )
    return Draft(
        article=article.path,
        dateline=_dateline(article),
        day_words=_day_words(article),
        parties=parties,
        speakers=speakers,
        reports=_strike_drafts(reports, declared),
        candidates=tuple(candidates),
        quotes=_quote_drafts(quotes),
        terms=tuple(terms),
        long_quotes=tuple(q.fragments[0] for q in too_long),
        issues=_issue_drafts(positions, parties),
        numbers=tuple(zip(numbers, reporters, strict=True)),
        impact=toll,
        left_out=tuple(
            f"{count - drafted[what]} more {what}"
            for what, count in counts.items()
            if count > drafted[what]
        ),
    )


def _quotes_fitting(quotes: list[FoundQuote]) -> int:
    """How many of the first quotes a draft keeps: at most MOST["quotes"], and no more
    than _QUOTE_CHARS of words together."""
    total = 0
    for number, quote in enumerate(quotes[: MOST["quotes"]]):
        total += sum(len(f.text) for f in quote.fragments)
        if total > _QUOTE_CHARS:
            return number
    return min(len(quotes), MOST["quotes"])


def _in_order(article: Article, quote: FoundQuote) -> list[FoundQuote]:
    """The quote, split where a fragment's words first appear (quoted) before the previous
    fragment's: a fact sheet's fragments are looked up by their first quoted occurrence
    and must come in the article's order."""
    parts: list[list[Fragment]] = [[]]
    last: tuple[int, int] | None = None
    for fragment in quote.fragments:
        found = article.find_quoted(fragment.text)
        at = (found.paragraph, found.start) if found else (fragment.paragraph, fragment.start)
        if last is not None and at < last:
            parts.append([])
        parts[-1].append(fragment)
        last = at
    return [replace(quote, fragments=tuple(part)) for part in parts]


def _sides_named(article: Article) -> list[Side]:
    """Sides whose name the article writes, by first mention (a party's name must be the
    article's)."""
    first: dict[str, tuple[int, int]] = {}
    for number, paragraph in enumerate(article.paragraphs, start=1):
        for offset, side in sides_in(unquoted(paragraph)):
            first.setdefault(side.id, (number, offset))
    named = []
    for side in (s for s in SIDES if s.id in first):
        if article.find(side.name) is not None:
            named.append(side)
            continue
        # "French diplomats": the side by its adjective only, named as the article names
        # it (the editor may write the country's name there, where the article has it)
        word = next((w for w in side.words if _ADJECTIVE.match(w) and article.find(w)), None)
        if word is not None:
            named.append(Side(side.id, word, side.words))
    return sorted(named, key=lambda s: first[s.id])


def _with_party(found: Found, declared: set[str]) -> Found:
    if found.party in declared:
        return found
    return Found(found.id, found.name, found.kind, found.title, None, found.paragraph, found.offset)


def _strike_drafts(reports: list[Report], declared: set[str]) -> tuple[StrikeDraft, ...]:
    drafts: list[StrikeDraft] = []
    for report in reports:
        attacker = report.attacker if report.attacker in declared else None
        target = report.target if report.target in declared else None
        kind = (report.weapon_kind or "strikes").replace(" ", "-")
        base = f"{attacker or 'unknown'}-{kind}-on-{target or 'unknown'}"
        report_id = _unique(base, {d.id for d in drafts}, report.reporter)
        figures = tuple((key, report.figures[key]) for key in _ORDER if key in report.figures)
        weapon = report.weapon if report.weapon and len(report.weapon) <= 80 else None
        drafts.append(
            StrikeDraft(
                report_id,
                report.reporter,
                attacker,
                target,
                weapon,
                report.weapon_kind,
                figures,
            )
        )
    return tuple(drafts)


def _unique(base: str, taken: set[str], reporter: Found | None) -> str:
    if base not in taken:
        return base
    by_reporter = f"{base}-{reporter.id}"[:60].strip("-") if reporter is not None else base
    if by_reporter not in taken:  # the id as cut: a cut may end where `base` ends
        return by_reporter
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _quote_drafts(quotes: list[FoundQuote]) -> tuple[QuoteDraft, ...]:
    drafts: list[QuoteDraft] = []
    for quote in quotes:
        words = slug(" ".join(quote.fragments[0].text.split()[:4])) or "words"
        base = f"{quote.speaker.id if quote.speaker else 'quote'}-{words}"[:50].strip("-")
        drafts.append(QuoteDraft(_unique(base, {d.id for d in drafts}, None), quote))
    return tuple(drafts)


def _issue_drafts(
    positions: list[PositionCandidate], parties: tuple[Side, ...]
) -> tuple[IssueDraft, ...]:
    issues: list[IssueDraft] = []
    for issue in dict.fromkeys(p.issue for p in positions):
        cells = tuple(
            (side.id, next((p for p in positions if p.issue == issue and p.party == side.id), None))
            for side in parties
        )
        if any(cell for _, cell in cells):
            issues.append(IssueDraft(issue, topic_name(issue), cells))
    return tuple(issues)


def _dateline(article: Article) -> str | None:
    found = dateline_of(article.paragraphs[0][:_DATELINE_REACH])
    return found.place if found and len(found.place) <= 60 else None


def _day_words(article: Article) -> str | None:
    found = _DAY.search(" ".join(article.paragraphs[:2]))
    return found.group() if found else None
