"""A draft against an answer key written by hand (tests/fixtures/drafting/*/answers.yaml):
precision and recall for numbers with their role, and for quotes with their speaker.

A number matches when the draft finds it at the same place in the article with the same
value, role and qualifier. A strike figure is scored as the draft states it: placed in a
strike report (a candidate left in a TODO comment is not stated), with the answer's role,
its report's source (`reported_by`) and, when the answer names a weapon, the same kind of
weapon. A quote matches when its fragments are the same words and the speaker the draft
states (not a TODO) has the answer's name. Used by the test suite and by
bench/bench_drafting.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.article.model import Article, normalize
from generator.article.numbers import QUALIFIERS
from generator.article.roles import FIGURE_KEY_OF_ROLE
from generator.article.sides import first_side
from generator.drafting.draft import Draft
from generator.drafting.people import Found


@dataclass(frozen=True)
class Score:
    found: int  # items in the draft
    expected: int  # items in the answer key
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.found + other.found, self.expected + other.expected, self.matched + other.matched
        )


@dataclass(frozen=True)
class CaseScore:
    numbers: Score  # every number, with its role ("other" for a candidate)
    figures: Score  # strike and casualty figures only (the answers' role is not "other")
    reported: Score  # strike figures as stated in the draft's reports: role, source, weapon
    quotes: Score  # quotes with their speaker (a TODO speaker is not stated)
    quotes_any_speaker: Score
    channels: Score  # of the quotes matched, those with the answer's channel
    people: Score  # people by name
    misses: tuple[str, ...]  # what the draft got wrong, for a test's failure message


def load_answers(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        answers: dict[str, Any] = yaml.safe_load(handle)
    return answers


def score(article: Article, draft: Draft, answers: dict[str, Any]) -> CaseScore:
    misses: list[str] = []
    numbers, figures = _score_numbers(article, draft, answers["numbers"], misses)
    reported = _score_reports(article, draft, answers["numbers"], misses)
    quotes, any_speaker, channels = _score_quotes(draft, answers["quotes"], misses)
    return CaseScore(
        numbers,
        figures,
        reported,
        quotes,
        any_speaker,
        channels,
        _score_people(draft, answers.get("people") or []),
        tuple(misses),
    )


def _key(text: str) -> str:
    return normalize(text).text.strip()


def _canonical(qualifier: str | None) -> str | None:
    if qualifier is None:
        return None
    lowered = qualifier.lower()
    return next((c for c, forms in QUALIFIERS.items() if lowered in forms), lowered)


def _place(article: Article, sentence: str, text: str) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of `text` as a whole word inside `sentence`."""
    where = article.find(sentence)
    if where is None:
        return None
    paragraph = article.paragraphs[where.paragraph - 1]
    for found in article.find_all(text):
        inside = found.paragraph == where.paragraph and where.start <= found.start < where.end
        if not inside:
            continue
        left = found.start == 0 or not paragraph[found.start - 1].isalnum()
        right = found.end >= len(paragraph) or not paragraph[found.end].isalnum()
        if left and right:
            return found.paragraph, found.start, found.end
    return None


def _score_numbers(
    article: Article, draft: Draft, expected: list[dict[str, Any]], misses: list[str]
) -> tuple[Score, Score]:
    found = [number for number, _ in draft.numbers]
    used: set[int] = set()
    matched = figures_matched = 0
    for answer in expected:
        place = _place(article, answer["sentence"], answer["text"])
        hit = None
        if place is not None:
            paragraph, start, end = place
            hit = next(
                (
                    i
                    for i, n in enumerate(found)
                    if i not in used
                    and n.paragraph == paragraph
                    and n.start < end
                    and start < n.end
                    and n.value == answer["value"]
                    and n.role == answer["role"]
                    and n.qualifier == _canonical(answer["qualifier"])
                ),
                None,
            )
        if hit is None:
            misses.append(f"number {answer['text']!r} as {answer['role']}: not found so")
            continue
        used.add(hit)
        matched += 1
        figures_matched += answer["role"] != "other"
    for i, number in enumerate(found):
        if i not in used:
            misses.append(f"number {number.text!r} as {number.role}: not in the answers")
    strike = [a for a in expected if a["role"] != "other"]
    drafted = [n for n in found if n.role != "other"]
    return (
        Score(len(found), len(expected), matched),
        Score(len(drafted), len(strike), figures_matched),
    )


_DRONE = re.compile(r"drone|uav|shahed|geran|gerbera|lancet", re.IGNORECASE)
_MISSILE = re.compile(
    r"missile|rocket|kh-|iskander|kinzhal|kalibr|zircon|tsirkon|oniks|onyx|s-[34]00|atacms"
    r"|storm shadow|scalp|neptune|tochka",
    re.IGNORECASE,
)
_NAME_NOISE = re.compile(r"['’]s\b|\b(?:the|a|an|of|for|in|on)\b", re.IGNORECASE)


def weapon_kind_of(text: str | None) -> str | None:
    """ "drones", "missiles" or "drones and missiles" for a weapon in any words."""
    if not text:
        return None
    drones, missiles = bool(_DRONE.search(text)), bool(_MISSILE.search(text))
    if drones and missiles:
        return "drones and missiles"
    return "drones" if drones else "missiles" if missiles else None


def _words(name: str) -> set[str]:
    """A name's significant words, "Russia's" and "Russian" alike."""
    words = _NAME_NOISE.sub(" ", normalize(name).text.replace("’", "'")).split()
    out = set()
    for word in (w.strip(".,") for w in words):
        side = first_side(word)
        if word:
            out.add(side.id if side else word.lower())
    return out


_VAGUE = re.compile(
    r"^(?:the\s+)?(?:\w+\s+)?(?:officials|authorities|sources|monitors)$", re.IGNORECASE
)


def _vague(name: str | None) -> bool:
    """ "Officials said", "Ukrainian officials said": no source the editor can name (answer
    keys write these either as the words or as null)."""
    return name is not None and bool(_VAGUE.match(name.strip()))


def same_source(found: str | None, wanted: str | None) -> bool:
    """One source in other words: "Air Force" and "Ukraine's Air Force", a surname and the
    full name."""
    found, wanted = (None if _vague(n) else n for n in (found, wanted))
    if not found or not wanted:
        return not found and not wanted
    a, b = _words(found), _words(wanted)
    return bool(a and b) and (a <= b or b <= a)


def _score_reports(
    article: Article, draft: Draft, expected: list[dict[str, Any]], misses: list[str]
) -> Score:
    stated: list[tuple[int, int, int, int, str, str | None, Found | None, str | None]] = []
    for report in draft.reports:
        for key, figure in report.figures:
            n = figure.number
            stated.append(
                (
                    n.paragraph,
                    n.start,
                    n.end,
                    n.value,
                    key,
                    n.qualifier,
                    report.reporter,
                    report.weapon_kind,
                )
            )
    toll = draft.impact
    for key, figure in toll.figures.items() if toll else ():
        n = figure.number
        stated.append(
            (n.paragraph, n.start, n.end, n.value, key, n.qualifier, toll.reporter, None)  # type: ignore[union-attr]
        )
    strike = [a for a in expected if a["role"] != "other"]
    used: set[int] = set()
    for answer in strike:
        place = _place(article, answer["sentence"], answer["text"])
        hit = None
        if place is not None:
            paragraph, start, end = place
            wanted_kind = weapon_kind_of(answer.get("weapon"))
            weapon_role = answer["role"] in ("launched", "shot_down", "intercepted", "suppressed")
            hit = next(
                (
                    i
                    for i, (p, s, e, value, key, qualifier, reporter, kind) in enumerate(stated)
                    if i not in used
                    and p == paragraph
                    and s < end
                    and start < e
                    and value == answer["value"]
                    and key == FIGURE_KEY_OF_ROLE.get(answer["role"])
                    and qualifier == _canonical(answer["qualifier"])
                    and same_source(reporter.name if reporter else None, answer.get("reported_by"))
                    and (not weapon_role or wanted_kind is None or kind == wanted_kind)
                ),
                None,
            )
        if hit is None:
            misses.append(
                f"figure {answer['text']!r} as {answer['role']} by {answer.get('reported_by')}"
                f" ({answer.get('weapon')}): not in a report so"
            )
            continue
        used.add(hit)
    for i, item in enumerate(stated):
        if i not in used:
            who = item[6].name if item[6] else None
            misses.append(f"figure {item[3]} as {item[4]} by {who} ({item[7]}): not in the answers")
    return Score(len(stated), len(strike), len(used))


def _score_quotes(
    draft: Draft, expected: list[dict[str, Any]], misses: list[str]
) -> tuple[Score, Score, Score]:
    found = [item.quote for item in draft.quotes]
    by_words = {tuple(_key(f.text) for f in q.fragments): q for q in found}
    stated = sum(q.speaker is not None for q in found)
    matched = any_speaker = channels = 0
    for answer in expected:
        quote = by_words.get(tuple(_key(f) for f in answer["fragments"]))
        if quote is None:
            misses.append(f"quote {answer['fragments'][0]!r}: fragments differ")
            continue
        any_speaker += 1
        name = quote.speaker.name if quote.speaker else None
        if not same_source(name, answer["speaker"]):
            misses.append(
                f"quote {answer['fragments'][0]!r}: speaker {name}, not {answer['speaker']}"
            )
            continue
        matched += 1
        channel = (quote.channel.name if quote.channel else "").lower()
        wanted = (answer.get("channel") or "").lower()
        channels += (wanted in channel) if wanted else not channel
    keys = {tuple(_key(f) for f in answer["fragments"]) for answer in expected}
    for words, quote in by_words.items():
        if quote.speaker is not None and words not in keys:
            misses.append(f"quote {words[0]!r} by {quote.speaker.name}: not in the answers")
    return (
        Score(stated, len(expected), matched),
        Score(len(found), len(expected), any_speaker),
        Score(matched, matched, channels),
    )


def _score_people(draft: Draft, expected: list[dict[str, Any]]) -> Score:
    names = {_key(p.name) for p in draft.speakers if p.kind == "person"}
    wanted = {_key(p["name"]) for p in expected}
    return Score(len(names), len(wanted), len(names & wanted))
