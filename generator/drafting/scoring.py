"""A draft against an answer key written by hand (tests/fixtures/drafting/*/answers.yaml):
precision and recall for numbers with their role, and for quotes with their speaker.

A number matches when the draft finds it at the same place in the article with the same
value, role and qualifier; a quote matches when its fragments are the same words and its
speaker has the answer's name. Used by the test suite and by bench/bench_drafting.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.article.model import Article, normalize
from generator.article.numbers import QUALIFIERS
from generator.drafting.draft import Draft


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


@dataclass(frozen=True)
class CaseScore:
    numbers: Score  # every number, with its role ("other" for a candidate)
    figures: Score  # strike and casualty figures only (the answers' role is not "other")
    quotes: Score  # quotes with their speaker
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
    quotes, any_speaker, channels = _score_quotes(draft, answers["quotes"], misses)
    return CaseScore(
        numbers,
        figures,
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


def _score_quotes(
    draft: Draft, expected: list[dict[str, Any]], misses: list[str]
) -> tuple[Score, Score, Score]:
    found = [item.quote for item in draft.quotes]
    by_words = {tuple(_key(f.text) for f in q.fragments): q for q in found}
    matched = any_speaker = channels = 0
    for answer in expected:
        quote = by_words.get(tuple(_key(f) for f in answer["fragments"]))
        if quote is None:
            misses.append(f"quote {answer['fragments'][0]!r}: fragments differ")
            continue
        any_speaker += 1
        name = quote.speaker.name if quote.speaker else None
        if name is None or _key(name) != _key(answer["speaker"]):
            misses.append(
                f"quote {answer['fragments'][0]!r}: speaker {name}, not {answer['speaker']}"
            )
            continue
        matched += 1
        channel = (quote.channel.name if quote.channel else "").lower()
        wanted = (answer.get("channel") or "").lower()
        channels += (wanted in channel) if wanted else not channel
    return (
        Score(len(found), len(expected), matched),
        Score(len(found), len(expected), any_speaker),
        Score(matched, matched, channels),
    )


def _score_people(draft: Draft, expected: list[dict[str, Any]]) -> Score:
    names = {_key(p.name) for p in draft.speakers if p.kind == "person"}
    wanted = {_key(p["name"]) for p in expected}
    return Score(len(names), len(wanted), len(names & wanted))
