"""An article's sentences and the parts of its text outside quotation marks, with places.

Offsets always point into the article's own paragraphs, so every passage the drafting
copies is a substring of the article and passes provenance as it is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.article.model import Article, quoted_spans


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string (long vocabularies stay readable)."""
    return frozenset(text.split())


# Words written with a full stop that does not end a sentence ("Col. Andriy Lysenko").
ABBREVIATIONS = word_set(
    "Col Gen Lt Maj Capt Sgt Adm Cmdr Gov Sen Rep Dr Mr Mrs Ms Prof St Jr Sr No Jan Feb Mar Apr "
    "Aug Sept Sep Oct Nov Dec Corp Inc Ltd Co vs"
)
RANKS = word_set("Col Gen Lt Maj Capt Sgt Adm Cmdr Dr Mr Mrs Ms Prof")

_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """A sentence of one paragraph: paragraph number (from 1), span and text."""

    paragraph: int
    start: int
    end: int
    text: str


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, splitting inside quotations too."""
    bounds: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        bounds.append((start, match.start(1)))
        start = match.end()
    end = len(text.rstrip())
    if start < end:
        bounds.append((start, end))
    return bounds


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = _word_before(text, dot)
    if not word:
        return False
    return word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isupper())


def _word_before(text: str, end: int) -> str:
    """The run of word characters and full stops that ends at `end` ("Col", "U.S").

    Read backwards from `end` (never a search over the text before it, which made every
    full stop cost the length of the paragraph: "Col. " repeated took minutes).
    """
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    return text[start:end]


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
