"""Counts as a news article writes them: "108", "1,000", "two-hour", "nearly three hundred".

Used by provenance (does this passage state 108?) and by the drafting of new fact sheets.
English only; a handful of rules cover wire copy, so no library is needed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "two dozen" is 24 as "two thousand" is 2,000
_SCALES = {
    "hundred": 100,
    "dozen": 12,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
_NUMBER_WORDS = _UNITS.keys() | _SCALES.keys()

# Canonical qualifier -> the ways wire copy writes it (longest first when matching).
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "at least": ("at least", "no fewer than", "no less than"),
    "more than": ("more than", "over", "upwards of", "in excess of"),
    "nearly": ("nearly", "almost", "close to", "just under"),
    "about": ("about", "around", "roughly", "approximately", "some", "an estimated"),
    "up to": ("up to",),
    "at most": ("at most", "no more than"),
    "fewer than": ("fewer than", "less than", "under"),
    # a range's first end ("between 30 and 40 drones"), as the answer keys write it: the
    # count is not exact, and the passage gives the other end
    "between": ("between",),
}

_MOST_DIGITS = 40  # with thousands separators
_LONGEST_QUALIFIER = max(len(form) for forms in QUALIFIERS.values() for form in forms)
_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)")
_WORD = re.compile(r"[A-Za-z]+")
_LARGE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(million|billion)\b"
    # money in British shorthand: "£2.1bn", "€200m" (after a currency sign only: "a 2m
    # wall" is a length)
    r"|(?<=[$€£])(\d+(?:\.\d+)?)(bn|m)\b",
    re.IGNORECASE,
)
_SHORT_SCALES = {"bn": 1_000_000_000, "m": 1_000_000}
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b\.?|o['’]clock|GMT|UTC|:\d\d)", re.IGNORECASE)
# Characters read after a hedged number for the places it counts ("over seven regions"):
# two words and a noun, so a paragraph of "over 5 " is read once, not once per number.
REACH = 250
_PLACES_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:regions|oblasts|provinces|districts|areas|cities|towns"
    r"|villages|countries)\b"
)


@dataclass(frozen=True)
class NumberMention:
    """A count stated in a text: its value and where it is written."""

    value: int
    start: int
    end: int
    text: str
    qualifier: str | None = None


def numbers_in(text: str) -> list[NumberMention]:
    """Every whole number written in `text`, as digits or words, in reading order:
    "13 million" and "1.9 billion" are one number each."""
    large = [_large(m) for m in _LARGE.finditer(text)]
    mentions = [
        NumberMention(int(m.group(1).replace(",", "")), m.start(1), m.end(1), m.group(1))
        for m in _DIGITS.finditer(text)
        if len(m.group(1)) <= _MOST_DIGITS  # a longer run is no count (and int() refuses it)
    ]
    mentions.extend(_word_numbers(text))
    starts = [b.start for b in large]
    mentions = [m for m in mentions if not _inside_large(m, large, starts)]
    mentions = sorted([*mentions, *large], key=lambda m: m.start)
    return [NumberMention(m.value, m.start, m.end, m.text, _qualifier(text, m)) for m in mentions]


def _large(m: re.Match[str]) -> NumberMention:
    """ "13 million", "1.9 billion", "£2.1bn" as one number."""
    if m.group(1) is not None:
        scale = _SCALES[m.group(2).lower()]
        return NumberMention(
            round(float(m.group(1).replace(",", "")) * scale), m.start(1), m.end(2), m.group()
        )
    scale = _SHORT_SCALES[m.group(4).lower()]
    return NumberMention(round(float(m.group(3)) * scale), m.start(3), m.end(4), m.group())


def _inside_large(mention: NumberMention, large: list[NumberMention], starts: list[int]) -> bool:
    """Is the mention part of a "13 million"? `large` is in reading order (`starts`, their
    starts) and its spans do not overlap, so only the last one starting at or before the
    mention can hold it: a search, not a pass over all of them for every number."""
    at = bisect_right(starts, mention.start)
    return at > 0 and mention.start < large[at - 1].end


def _qualifier(text: str, mention: NumberMention) -> str | None:
    """The qualifier before a number; but "over seven regions" is a place, not a hedge."""
    found = _qualifier_and_form(text, mention.start)
    if found is None:
        return None
    canonical, form = found
    # matched at the start of a window after the number, never of all the text after it
    if form == "over" and _PLACES_AFTER.match(text[mention.end : mention.end + REACH]):
        return None
    if canonical == "between" and _CLOCK_AFTER.match(text, mention.end):
        return None  # "between 8 p.m. and 7 a.m.": a time of day, not a hedged count
    return canonical


def _word_numbers(text: str) -> list[NumberMention]:
    words = list(_WORD.finditer(text))
    found: list[NumberMention] = []
    i = 0
    while i < len(words):
        run = _number_run(text, words, i)
        if run is None:
            i += 1
            continue
        first, last, value = run
        start, end = words[first].start(), words[last].end()
        found.append(NumberMention(value, start, end, text[start:end]))
        i = last + 1
    return found


def _number_run(text: str, words: list[re.Match[str]], i: int) -> tuple[int, int, int] | None:
    """The longest run of number words starting at word `i` ("a dozen", "three hundred
    and forty-two"), as (first word, last word, value)."""
    first = i
    lower = words[i].group().lower()
    if lower == "a" and i + 1 < len(words) and _joined(text, words[i], words[i + 1]):
        nxt = words[i + 1].group().lower()
        if nxt in _SCALES or nxt == "dozen":
            i += 1
            lower = nxt
    if lower not in _NUMBER_WORDS:
        return None
    total = current = 0
    last = i
    while True:
        word = words[last].group().lower()
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        following = _next_number_word(text, words, last)
        if following is None:
            break
        last = following
    return first, last, total + current


def _next_number_word(text: str, words: list[re.Match[str]], i: int) -> int | None:
    """Index of the number word that continues the run after word `i`, if any."""
    j = i + 1
    if j < len(words) and words[j].group().lower() == "and" and _joined(text, words[i], words[j]):
        j += 1
    if j >= len(words) or not _joined(text, words[j - 1], words[j]):
        return None
    word, prev = words[j].group().lower(), words[j - 1].group().lower()
    if word not in _NUMBER_WORDS or (word in _UNITS and prev in _UNITS and _UNITS[prev] < 20):
        return None  # "one two" is a list, not a number; "twenty-five" and "two hundred" are
    if word in _UNITS and prev in _UNITS and _UNITS[word] >= 10:
        return None  # "twenty ten" is not a number either
    return j


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Are two words separated only by a space or a hyphen (so one number can span them)?"""
    return text[left.end() : right.start()] in {" ", "-", "\u2010", "\u2011"}


def _qualifier_and_form(text: str, start: int) -> tuple[str, str] | None:
    """The canonical qualifier ("at least", "nearly"...) written just before `start`, and
    the way it is written there ("no fewer than")."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1  # back over the spaces, never a copy of all the text before the number
    window = max(end - _LONGEST_QUALIFIER - 1, 0)
    before = text[window:end].lower()
    for canonical, forms in QUALIFIERS.items():
        for form in forms:
            if before.endswith(form) and (
                (window == 0 and len(before) == len(form))
                or (len(before) > len(form) and not before[-len(form) - 1].isalnum())
            ):
                return canonical, form
    return None
