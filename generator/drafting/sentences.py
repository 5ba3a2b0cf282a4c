"""An article's sentences and the parts of its text outside quotation marks, with places.

Offsets always point into the article's own paragraphs, so every passage the drafting
copies is a substring of the article and passes provenance as it is.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from generator.article.model import Article, quoted_spans
from generator.article.sentences import sentence_bounds


@dataclass(frozen=True)
class Sentence:
    """A sentence of one paragraph: paragraph number (from 1), span and text."""

    paragraph: int
    start: int
    end: int
    text: str


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article, in reading order."""
    return tuple(
        Sentence(number, start, end, paragraph[start:end])
        for number, paragraph in enumerate(article.paragraphs, start=1)
        for start, end in sentence_bounds(paragraph)
    )


@functools.lru_cache(maxsize=64)  # asked once per sentence: once per paragraph is enough
def unquoted(paragraph: str) -> str:
    """The paragraph with quoted words (and their marks) blanked out, offsets kept, so that
    names and verbs inside someone's quote are never taken for the article's own."""
    chars = list(paragraph)
    for start, end in quoted_spans(paragraph):
        for i in range(max(start - 1, 0), min(end + 1, len(chars))):
            chars[i] = " "
    return "".join(chars)


def collapse(text: str) -> str:
    """Text with runs of whitespace made single spaces (for matching, never for copying)."""
    return " ".join(text.split())


def sentence_span(article: Article, where: tuple[int, int]) -> tuple[int, int]:
    """(start, end) of the sentence holding a place (paragraph, offset) of the article."""
    paragraph = article.paragraphs[where[0] - 1]
    return next(
        ((a, b) for a, b in sentence_bounds(paragraph) if a <= where[1] < b + 1),
        (0, len(paragraph)),
    )


def sentence_at(article: Article, where: tuple[int, int]) -> str:
    """The sentence holding a place, as the article writes it, for an editor's comment:
    'paragraph 2: “…”' (a long one cut)."""
    start, end = sentence_span(article, where)
    text = " ".join(article.paragraphs[where[0] - 1][start:end].split())
    return f"paragraph {where[0]}: “{text if len(text) <= 160 else text[:157] + '…'}”"
