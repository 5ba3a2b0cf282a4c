"""The source article: plain text, one paragraph per line, never read as Markdown or HTML.

Passages are looked up the way an editor copies them: whitespace, straight or typographic
quotation marks and apostrophes, and the kind of dash (with or without spaces around it)
do not matter; every other character does.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from generator.article.datelines import dateline_of
from generator.article.sentences import sentence_bounds
from generator.errors import Problem
from generator.yamlformat.controls import text_control_problems
from generator.yamlformat.source import read_text

MAX_ARTICLE_BYTES = 1024 * 1024
# No figure an article states has more digits than this: a longer run is a paste gone wrong
# (and Python will not even read a number of over 4,300 digits).
MAX_DIGITS = 30
_DIGIT_RUN = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a`"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"
_CHAR_MAP = {**dict.fromkeys(_SINGLE_QUOTES, "'"), **dict.fromkeys(_DOUBLE_QUOTES, '"')}
# Of a passage and of a sentence, characters compared when looking for the sentence an
# editor meant: no sentence of a news article is that long.
COMPARED_CHARS = 2_000
# Characters times characters compared for one passage in all (under a second): a normal
# article takes a small part of it; a megabyte of sentences alike would take minutes.
_COMPARISON_BUDGET = 10_000_000


@dataclass(frozen=True)
class Normalized:
    """Text in comparable form, with the offset in the original of each character."""

    text: str
    origin: tuple[int, ...]


def normalize(text: str) -> Normalized:
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and text[j] in _DASHES:
                i = j  # spaces before a dash do not count
                continue
            if out and out[-1] not in "-" and j < len(text):
                out.append(" ")
                origin.append(i)
            i = j
            continue
        if ch in _DASHES:
            out.append("-")
            origin.append(i)
            i += 1
            while i < len(text) and text[i].isspace():
                i += 1  # nor spaces after it
            continue
        if ch == "\u2026":
            out.extend("...")
            origin.extend((i, i, i))
        else:
            out.append(_CHAR_MAP.get(ch, ch))
            origin.append(i)
        i += 1
    return Normalized("".join(out), tuple(origin))


_TRANSLATION = str.maketrans({**_CHAR_MAP, **dict.fromkeys(_DASHES, "-"), "\u2026": "..."})
_AROUND_DASH = re.compile(r"\s*-\s*")
_SPACES = re.compile(r"\s+")


def normalized_text(text: str) -> str:
    """`normalize(text).text`, faster, for text whose offsets are not needed."""
    text = _SPACES.sub(" ", text.translate(_TRANSLATION))
    return _AROUND_DASH.sub("-", text).strip()


@dataclass(frozen=True)
class Passage:
    """Where a piece of text was found: paragraph number (from 1) and character span."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    path: str
    paragraphs: tuple[str, ...]
    _normalized: dict[int, Normalized] = field(
        default_factory=dict, compare=False, repr=False, hash=False
    )
    _found: dict[str, Passage | None] = field(
        default_factory=dict, compare=False, repr=False, hash=False
    )

    def normalized(self, number: int) -> Normalized:
        if number not in self._normalized:
            self._normalized[number] = normalize(self.paragraphs[number - 1])
        return self._normalized[number]

    def find(self, text: str) -> Passage | None:
        """The first place the article says `text` (ignoring quotes, dashes, spacing)."""
        if text not in self._found:  # checks and both pages look up the same passages
            self._found[text] = next(self.find_all(text), None)
        return self._found[text]

    def find_all(self, text: str) -> Iterator[Passage]:
        """Every place the article says `text`, in reading order."""
        needle = normalized_text(text)
        if not needle:
            return
        for number in range(1, len(self.paragraphs) + 1):
            norm = self.normalized(number)
            at = norm.text.find(needle)
            while at >= 0:
                end = norm.origin[at + len(needle) - 1] + 1
                yield Passage(number, norm.origin[at], end)
                at = norm.text.find(needle, at + 1)

    def find_quoted(self, words: str) -> Passage | None:
        """The first place the article has `words` inside quotation marks."""
        return next((p for p in self.find_all(words) if self.is_quoted(p)), None)

    def passage_text(self, passage: Passage) -> str:
        return self.paragraphs[passage.paragraph - 1][passage.start : passage.end]

    def is_quoted(self, passage: Passage) -> bool:
        """Is the passage inside quotation marks in the article?"""
        return any(
            start <= passage.start and passage.end <= end
            for start, end in self._quoted_spans[passage.paragraph - 1]
        )

    @cached_property
    def _quoted_spans(self) -> tuple[list[tuple[int, int]], ...]:
        return tuple(quoted_spans(paragraph) for paragraph in self.paragraphs)

    @cached_property
    def dateline(self) -> str | None:
        """Where the article says it was filed: "LONDON" in "LONDON — Russia launched…"."""
        found = dateline_of(self.paragraphs[0]) if self.paragraphs else None
        return found.text if found else None

    @cached_property
    def sentences(self) -> tuple[tuple[int, str], ...]:
        """(paragraph number, sentence) for every sentence, in reading order."""
        return tuple(
            (number, paragraph[start:end])
            for number, paragraph in enumerate(self.paragraphs, start=1)
            for start, end in sentence_bounds(paragraph)
        )

    def closest(self, text: str) -> tuple[int, str] | None:
        """The sentence that shares most of `text`: what the editor probably meant.

        The characters shared with a sentence are counted by difflib, whose cost grows with
        the product of the two lengths: a sentence is compared only while the characters it
        has in common with `text` (a bound on what difflib can find) could still beat the
        best so far, and no more than a budget of characters in all, so a megabyte article
        and a wrong passage take a second, not a minute."""
        if not self.sentences:
            return None
        needle = normalize(text).text.lower()
        compared = needle[:COMPARED_CHARS]
        wanted = Counter(compared).items()
        bounds = []
        for index, (_, _, candidate, counts) in enumerate(self._comparable_sentences):
            common = sum(min(n, counts[ch]) for ch, n in wanted)
            bounds.append((_score(common, needle, candidate), index))
        bounds.sort(key=lambda bound: (-bound[0], bound[1]))
        best: tuple[float, int] | None = None
        spent = 0
        for bound, index in bounds:
            if best is not None and (bound < best[0] or spent > _COMPARISON_BUDGET):
                break
            candidate = self._comparable_sentences[index][2]
            matcher = difflib.SequenceMatcher(
                None, compared, candidate[:COMPARED_CHARS], autojunk=False
            )
            spent += len(compared) * min(len(candidate), COMPARED_CHARS)
            shared = sum(block.size for block in matcher.get_matching_blocks())
            score = _score(shared, needle, candidate)
            if best is None or score > best[0] or (score == best[0] and index < best[1]):
                best = (score, index)
        assert best is not None
        number, sentence, _, _ = self._comparable_sentences[best[1]]
        return number, sentence

    @cached_property
    def _comparable_sentences(self) -> tuple[tuple[int, str, str, Counter[str]], ...]:
        """(paragraph number, sentence, as compared, its characters counted) for each
        sentence but those said again: those score the same as the first, which wins."""
        comparable = []
        seen: set[str] = set()
        for number, sentence in self.sentences:
            candidate = normalize(sentence).text.lower()
            if candidate not in seen:
                seen.add(candidate)
                comparable.append((number, sentence, candidate, Counter(candidate)))
        return tuple(comparable)


def _score(shared: int, needle: str, candidate: str) -> float:
    """How much of `needle` a sentence has (`shared` characters), less a little for every
    character their lengths differ (so of two sentences that hold it, the tighter wins)."""
    return shared / max(len(needle), 1) - abs(len(candidate) - len(needle)) / 10_000


def quoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """Spans of a paragraph that lie inside double quotation marks (straight or curly), or
    inside single curly ones in a paragraph written in the British style (‘…’, and no
    double marks at all).

    A quotation left open at the end of a paragraph runs to its end, as wire copy does when
    a quote continues in the next paragraph.
    """
    if "\u2018" in paragraph and not any(c in paragraph for c in _DOUBLE_QUOTES + '"'):
        return _single_quoted_spans(paragraph)
    spans = []
    opened: int | None = None
    for i, ch in enumerate(paragraph):
        if ch == "\u201c" or (ch == '"' and opened is None):
            if opened is None:
                opened = i + 1
        elif (ch == "\u201d" or ch == '"') and opened is not None:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, len(paragraph)))
    return spans


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\u2014\u2013-]))\u2018(?=\S)")
_SINGLE_CLOSE = re.compile(r"(?<=\S)\u2019(?![^\W_])")


def _single_quoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """‘…’: an opening mark at a word's start, closed by the first ’ that is not an
    apostrophe inside a word (“Ukraine’s”)."""
    spans: list[tuple[int, int]] = []
    for opening in _SINGLE_OPEN.finditer(paragraph):
        if spans and opening.start() < spans[-1][1]:
            continue
        closing = _SINGLE_CLOSE.search(paragraph, opening.end())
        spans.append((opening.end(), closing.start() if closing else len(paragraph)))
    return spans


def parse_article(path: str, text: str) -> Article:
    lines = (line.rstrip("\r") for line in text.split("\n"))
    return Article(path, tuple(line for line in lines if line.strip()))


def digit_run_problem(display: str, text: str) -> Problem | None:
    """A run of more digits than any figure has, at its line and column, if the text has one."""
    run = _DIGIT_RUN.search(text)
    if run is None:
        return None
    line = text.count("\n", 0, run.start()) + 1
    col = run.start() - text.rfind("\n", 0, run.start())
    return Problem(
        display,
        line,
        col,
        f"{len(run.group()):,} digits in a row: no figure has more than {MAX_DIGITS}",
        "check the article's text there (a paste gone wrong?) and save it again",
    )


def load_article(root: Path, relative: str) -> tuple[Article | None, list[Problem]]:
    """Read the article a fact sheet names; problems are reported against that name."""
    source, problems = read_text(root / relative, relative, MAX_ARTICLE_BYTES, what="file")
    if source is None:
        return None, problems
    problems = text_control_problems(relative, source.text)
    if problems:  # they would reach pages as invisible characters, and break the feed
        return None, problems
    digits = digit_run_problem(relative, source.text)
    if digits is not None:
        return None, [digits]
    article = parse_article(relative, source.text)
    if not article.paragraphs:
        return None, [Problem(relative, 0, 0, "the article is empty", "paste the article text")]
    return article, []
