"""An article's sentences: where one ends and the next begins, knowing the abbreviations
wire copy writes with a full stop ("Col. Andriy Lysenko", "Gov. Oleh Kiper", "U.S."), and
splitting inside quotations too. One splitter for the whole generator: the check's
"which sentence did you mean" (`Article.sentences`) and the drafting's sentences alike."""

from __future__ import annotations

import re


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
