"""The numbers of an article, each with its qualifier and, where its sentence makes it
clear, its role: launched, shot down, intercepted, suppressed, killed, injured, regions.

Rules over one sentence at a time, in this order: a year, an age or a duration is never a
figure; a passive verb after the number ("58 were disrupted") decides; else the nearest
verb before it in its clause ("downed 35 of them", "killing two people"); "in at least
four regions" of a sentence about damage is regions; "19 of them" and "including nine"
take the role of the figure they are part of. Anything else stays a candidate ("other").

Each rule reads a bounded stretch of text around the number (`_REACH` characters each
side, longer than any clause), never the whole sentence again per number: an article of
one long "sentence" of numbers ("1,000 1,000 …") must cost its length, not its square.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from generator.article.model import Article, quoted_spans
from generator.article.numbers import QUALIFIERS, NumberMention, numbers_in
from generator.drafting.sentences import Sentence, sentences_of

MAX_PASSAGE = 600  # the longest evidence the format takes
ROLES = ("launched", "shot_down", "intercepted", "suppressed", "killed", "injured", "regions")
OTHER = "other"
_REACH = 250  # characters read each side of a number (8 words from a cue, a clause)

_PARTICIPLES = {
    "launched": r"launched|fired|sent",
    "shot_down": r"shot down|downed|destroyed",
    "intercepted": r"intercepted",
    "suppressed": r"disrupted|suppressed|jammed|neutrali[sz]ed|locationally lost|lost|diverted"
    r"|vanished|disappeared",
    "killed": r"killed|dead",
    "injured": r"injured|wounded|hurt",
}
_PASSIVE = re.compile(
    r"\b(?:was|were|have been|has been|had been|are|is|being)\s+"
    r"(?:(?:also|reportedly|successfully|later|then)\s+)?[\"“']?("
    + "|".join(_PARTICIPLES.values())
    + r")\b"
    r"|\b(?:was|were|are|is) among the (dead|killed|injured|wounded)\b"
    r"|\b(?:had|have|has)\s+(vanished|disappeared)\b"
)
_DEAD_AFTER = re.compile(r"^\s+(?:people\s+|civilians\s+)?(dead|killed|injured|wounded)\b")
_ACTIVE = {
    "launched": r"launched|launching|launches|fired|firing|fires|sent|sending|sends|launch of"
    r"|used|using",
    "shot_down": r"downed|downing|shot down|shooting down|shoots down|destroyed|destroying",
    "intercepted": r"intercepted|intercepting|intercepts|interceptions? of",
    "suppressed": r"disrupted|suppressed|jammed|neutrali[sz]ed",
    "killed": r"killing|killed|kills",
    "injured": r"injuring|injured|wounding|wounded|injures|wounds",
}
_ACTIVE_CUE = re.compile(r"\b(" + "|".join(_ACTIVE.values()) + r")\b")
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|[()\u2014\u2013]|\bwhile\b|\bwhereas\b|\bbut\b")
_MAX_WORDS_FROM_CUE = 8
_WINDOW = 90  # characters after a number where its passive verb may be
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_UNIT_AFTER = re.compile(
    r"^[-\s](?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|times|kilomet\w*|km|miles?"
    r"|met(?:er|re)s?|percent|per cent|year-old)\b|^%"
)
_AGE_BEFORE = re.compile(
    r"\b(?:man|woman|wife|husband|son|daughter|boy|girl|mother|father|grandmother|grandfather"
    r"|resident|victim),\s*$"
)
_REGIONS_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:regions|oblasts|provinces)\b")
_DAMAGE = re.compile(
    r"\b(?:hit|damage|damaged|struck|strikes?|attacked|affected|debris|targeted)\b"
)
_NOT_DAMAGE = re.compile(r"\b(?:annex\w*|occupied|demands?|control)\b")
_PART_AFTER = re.compile(r"^\s+of (?:them|which|those)\b")
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+$")
_WITH_BEFORE = re.compile(r"\bwith\s+$")  # followed by a weapon: launched
_DESIGNATION = re.compile(r"[A-Za-z]-$")  # "Kh-59", "S-300": a weapon's name, not a count
_WEAPON = re.compile(
    r"^((?:[\w’'-]+\s+){0,4}?)(drones?|UAVs?|Shaheds|missiles?|rockets?)"
    r"(\s+and\s+(?:drones|missiles|rockets))?\b"
)
_WEAPON_STOP = re.compile(r"[,.;:]")
_WEAPON_LEAD = re.compile(r"^(?:of\s+the\s+|of\s+|more\s+|other\s+|additional\s+|another\s+)+")


@dataclass(frozen=True)
class FoundNumber:
    """A number of the article, where it is, and what the drafting made of it."""

    value: int
    text: str
    qualifier: str | None
    paragraph: int
    start: int  # in the paragraph
    end: int
    role: str  # one of ROLES, or OTHER: a candidate the editor places or drops
    cue: str  # the words that decided the role, for the editor's comment
    weapon_kind: str | None  # "drones", "missiles", "drones and missiles"
    weapon: str | None  # what was launched, in the article's words
    sentence: Sentence
    quoted: bool


def find_numbers(article: Article) -> list[FoundNumber]:
    """Every number of the article, in reading order, with its role where clear."""
    found: list[FoundNumber] = []
    quoted: dict[int, tuple[list[int], list[int]]] = {}  # paragraph: starts, ends of quotes
    for sentence in sentences_of(article):
        if sentence.paragraph not in quoted:
            spans = quoted_spans(article.paragraphs[sentence.paragraph - 1])
            quoted[sentence.paragraph] = ([a for a, _ in spans], [b for _, b in spans])
        starts, ends = quoted[sentence.paragraph]
        text = sentence.text
        mentions = [
            m
            for m in numbers_in(text)
            if not _DESIGNATION.search(text, max(m.start - 2, 0), m.start)
        ]
        damage = _DAMAGE.search(text) if not _NOT_DAMAGE.search(text) else None
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
        previous: tuple[str, str] | None = None  # the sentence's last figure: role, cue
        for i, mention in enumerate(mentions):
            role, cue = _role(text, mention, mentions, i, previous, damage, breaks)
            previous = (role, cue) if role != OTHER else previous
            kind, weapon = _weapon(text[mention.end : mention.end + _REACH])
            start = sentence.start + mention.start
            at = bisect.bisect_right(starts, start) - 1  # the last quote opened before it
            found.append(
                FoundNumber(
                    mention.value,
                    mention.text,
                    mention.qualifier,
                    sentence.paragraph,
                    start,
                    sentence.start + mention.end,
                    role,
                    cue,
                    kind,
                    weapon,
                    sentence,
                    at >= 0 and start < ends[at],
                )
            )
    return _inherit_weapons(found)


def _role(
    text: str,
    mention: NumberMention,
    mentions: list[NumberMention],
    index: int,  # of `mention` in `mentions` (the numbers after it are read, not copied)
    previous: tuple[str, str] | None,
    damage: re.Match[str] | None,
    breaks: list[int],
) -> tuple[str, str]:
    after = text[mention.end : mention.end + _REACH]
    if _YEAR.match(mention.text) and not re.match(r"^\s+(?:drones|missiles|people)", after):
        return OTHER, "a year"
    unit = _UNIT_AFTER.match(after)
    if unit:
        return OTHER, f"'{unit.group().strip(' -')}'"
    age = _AGE_BEFORE.search(text, max(mention.start - 40, 0), mention.start)
    if age and after.lstrip().startswith(","):
        return OTHER, "an age"
    stop = len(after)
    for m in (mentions[j] for j in range(index + 1, len(mentions))):
        if m.start - mention.end >= _WINDOW:  # the next number that is not a measure ends it
            break
        if not _UNIT_AFTER.match(text[m.end : m.end + _REACH]):  # `^`: a slice, not pos
            stop = m.start - mention.end
            break
    window = after[: min(stop, _WINDOW)]
    passive = _PASSIVE.search(window) or _DEAD_AFTER.match(window)
    if passive:
        cue = next(g for g in passive.groups() if g)
        return _role_of(cue, _PARTICIPLES), cue
    if _REGIONS_AFTER.match(after) and damage:
        return "regions", f"regions ({damage.group()})"
    clause = text[max(_clause_start(breaks, mention.start), mention.start - _REACH) : mention.start]
    bare = clause[: len(clause) - len(_qualifier_text(clause, mention))]
    if _WITH_BEFORE.search(bare) and _weapon(after)[0]:
        return "launched", "with"
    cues = list(_ACTIVE_CUE.finditer(clause))
    if cues and len(clause[cues[-1].end() :].split()) <= _MAX_WORDS_FROM_CUE:
        cue = cues[-1].group()
        if (
            cue not in ("used", "using") or _weapon(after)[0]
        ):  # "used 49 drones", not "used 3 buses"
            return _role_of(cue, _ACTIVE), cue
    if (_PART_AFTER.match(after) or _INCLUDING_BEFORE.search(bare)) and previous:
        return previous[0], f"part of an earlier figure ({previous[1]})"
    return OTHER, ""


def _role_of(cue: str, table: dict[str, str]) -> str:
    return next(role for role, words in table.items() if re.fullmatch(words, cue))


def _clause_start(breaks: list[int], start: int) -> int:
    """Where the clause holding `start` begins: the end of the last clause break before it
    (`breaks`: the ends of the sentence's clause breaks, found once for all its numbers)."""
    at = bisect.bisect_right(breaks, start) - 1
    return breaks[at] if at >= 0 else 0


def _qualifier_text(clause: str, mention: NumberMention) -> str:
    """The qualifier as written at the end of `clause` ("at least "), to look past it."""
    if mention.qualifier is None:
        return ""
    lowered = clause.rstrip().lower()
    form = next((f for f in QUALIFIERS[mention.qualifier] if lowered.endswith(f)), "")
    return clause[len(clause.rstrip()) - len(form) :] if form else ""


def _weapon(after: str) -> tuple[str | None, str | None]:
    """What the number counts, when the words after it say: ("drones", "Shahed drones")."""
    stop = _WEAPON_STOP.search(after)
    text = (after[: stop.start()] if stop else after).strip()
    if re.match(r"^of\s+them\b", text):
        return None, None
    m = _WEAPON.match(text)
    if not m:
        return None, None
    if m.group(3):
        kind = "drones and missiles"
    else:
        kind = "drones" if m.group(2).lower().startswith(("drone", "uav", "shahed")) else "missiles"
    words = _WEAPON_LEAD.sub("", m.group(0)).strip()
    return kind, words or None


def _inherit_weapons(found: list[FoundNumber]) -> list[FoundNumber]:
    """ "downed 35 of them", "another 58 were disrupted": the weapon of the figure before."""
    out: list[FoundNumber] = []
    last_kind: tuple[int, str] | None = None
    for number in found:
        if number.role in ("launched", "shot_down", "intercepted", "suppressed"):
            if number.weapon_kind is None and last_kind and last_kind[0] >= number.paragraph - 1:
                number = FoundNumber(**{**number.__dict__, "weapon_kind": last_kind[1]})
            if number.weapon_kind:
                last_kind = (number.paragraph, number.weapon_kind)
        out.append(number)
    return out


def figure_evidence(number: FoundNumber) -> str:
    """The number's sentence, or a part of it around the number if the sentence is longer
    than a passage may be (cut at spaces, so the words stay the article's)."""
    text = number.sentence.text
    if len(text) <= MAX_PASSAGE:
        return text
    at = number.start - number.sentence.start
    start = max(at - MAX_PASSAGE // 2, 0)
    start = text.find(" ", start) + 1 if start else 0
    end = text.rfind(" ", start, start + MAX_PASSAGE)
    return text[start : end if end > at else start + MAX_PASSAGE].strip()


def is_backed(number: FoundNumber) -> bool:
    """Will `explainer check` find this count, with this qualifier, in its evidence (read
    as the fact sheet reads it, with whitespace collapsed)?"""
    evidence = " ".join(figure_evidence(number).split())
    return len(evidence.split()) >= 3 and any(
        m.value == number.value and m.qualifier == number.qualifier for m in numbers_in(evidence)
    )
