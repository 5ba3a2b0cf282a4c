"""The numbers of an article, each with its qualifier and, where its sentence makes it
clear, its role (article/roles.py), and what it counts ("drones", "missiles").

A sentence about another night or period ("smaller than the assault of Feb. 23", "since
2022", "On Saturday night") keeps its numbers' roles to itself: they are left to the
editor as candidates, with the role the rules read. A dateline's numbers are not counts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from generator.article.count_parts import corrects, is_running_total
from generator.article.datelines import dateline_of
from generator.article.model import Article, quoted_spans
from generator.article.numbers import NumberMention, numbers_in
from generator.article.roles import OTHER, REACH, roles_in
from generator.article.weapons import weapon_of
from generator.drafting.sentences import Sentence, sentences_of

MAX_PASSAGE = 600  # the longest evidence the format takes
_OF_WEAPON = re.compile(r"\b[Oo]f (?:the )?[\w,]+ ((?:[\w-]+ ){0,2}?(?:drones|missiles)),")
# A sentence about another night or period, or a total since some date: context, never
# the night's report ("smaller than the assault of Feb. 23", "since the invasion").
_CONTEXT = re.compile(
    r"\b(?:[Ss]ince|compared (?:with|to)|a month in which|monthly|the night of|[Ll]ast (?:week"
    r"|month|year)|[Ee]arlier this (?:week|month|year)|(?:smaller|larger|bigger|higher|lower"
    r"|fewer|greater) than)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+(?:\d{1,2}\b|\d{4}\b)"
    r"|\b(?:in|of) (?:19|20)\d\d\b"
    # "In July alone", "in February", "A night earlier", "The night before the talks"
    r"|\b(?:in|In) (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
    r"|\b(?:night|day) (?:before|earlier)\b|\bthe previous (?:week|month|year)\b"
    # "it was the second time in a week that Russia had used more than 400 drones"
    r"|\bthe (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd"
    r"|th)) time (?:in|this|since|that)\b"
)
# "On Saturday night", and "On Sunday," opening a sentence: another night unless the lead
# names that day
_OTHER_NIGHT = re.compile(
    r"\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) night\b"
    r"|^On ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+est|most|biggest|worst|heaviest|deadliest)\b(?:\s+[\w-]+){0,3}\s+$"
)
# a toll for the whole country ("Russian attacks across Ukraine killed nine people")
_COUNTRY_WIDE = re.compile(
    r"\bacross (?:Ukraine|Russia|the country)\b|\bnationwide\b|\bover the past (?:day|24 hours)\b"
)
# one place's toll ("In Donetsk Oblast, three people died", "in Zaporizhzhia Oblast")
_IN_ONE_PLACE = re.compile(r"\b[Ii]n (?:the )?[A-Z][\w’'-]+ (?:Oblast|region|province)\b")
_OVERNIGHT_ON = re.compile(r"\bovernight (?:on|into|to)\s+$")
# "…, regional authorities reported on the morning of Dec. 2.": the day of the report, when
# the date ends the sentence (not "said on Feb. 23 Russia had launched 267")
_REPORTED_ON = re.compile(
    r"\b(?:said|reported|announced|added|wrote)\s+(?:on\s+)?(?:the\s+(?:morning|evening)\s+of\s+)?$"
)


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
    lead = article.paragraphs[0][:REACH] if article.paragraphs else ""
    for sentence in sentences_of(article):
        opens = sentence.paragraph not in quoted  # the paragraph's first sentence
        if sentence.paragraph not in quoted:
            spans = quoted_spans(article.paragraphs[sentence.paragraph - 1])
            quoted[sentence.paragraph] = ([a for a, _ in spans], [b for _, b in spans])
        starts, ends = quoted[sentence.paragraph]
        text = sentence.text
        for mention, role, cue in _in_context(sentence, opens, lead, roles_in(text)):
            kind, weapon = weapon_of(text[mention.end : mention.end + REACH])
            of_the = _OF_WEAPON.search(text, max(mention.start - REACH, 0), mention.start)
            if kind is None and of_the:  # "Of the 12 missiles, nine were intercepted"
                kind, weapon = weapon_of(of_the.group(1))
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
    return _places_beside_a_total(_earlier_counts_of_a_total(_inherit_weapons(found)))


def _earlier_counts_of_a_total(found: list[FoundNumber]) -> list[FoundNumber]:
    """ "Four people were killed … Two more died, he said, bringing the death toll to six":
    the paragraph's earlier counts of the same role are the total's parts (its own
    sentence's are already)."""
    out = list(found)
    for total in found:
        if total.role not in ("killed", "injured") or not is_running_total(total.cue):
            continue
        for i, number in enumerate(out):
            if (
                number.paragraph == total.paragraph
                and number.start < total.sentence.start
                and number.role == total.role
            ):
                cue = f"{number.role}? an earlier count (the toll grew to {total.text})"
                out[i] = replace(number, role=OTHER, cue=cue)
    return out


def _places_beside_a_total(found: list[FoundNumber]) -> list[FoundNumber]:
    """ "Russian attacks across Ukraine killed at least nine people", then "In Donetsk
    Oblast, three people died": one place's count beside the lead's total is its part."""
    out = list(found)
    for total in found:
        wide = total.paragraph <= 2 and _COUNTRY_WIDE.search(total.sentence.text)
        if total.role not in ("killed", "injured") or not wide:
            continue
        for i, number in enumerate(out):
            if (
                number.paragraph > total.paragraph
                and number.role == total.role
                and _IN_ONE_PLACE.search(number.sentence.text)
            ):
                cue = f"{number.role}? one place's count beside the total ({total.text})"
                out[i] = replace(number, role=OTHER, cue=cue)
    return out


def _in_context(
    sentence: Sentence, opens: bool, lead: str, read: list[tuple[NumberMention, str, str]]
) -> list[tuple[NumberMention, str, str]]:
    """The roles of a sentence's numbers, unless the sentence is about another night or
    period, or corrects a figure: then the editor decides, with the rules' guess shown."""
    if not read:
        return []  # most sentences hold no number: nothing to place in a context
    text = sentence.text
    # the dateline opens the first paragraph, or the second after a headline ("Russia hits
    # Ukraine with 426 drones" / "KYIV, Dec 3 (Reuters) - Russia launched …")
    found = dateline_of(text) if opens and sentence.paragraph <= 2 else None
    dateline_end = found.end if found else 0
    body = text[dateline_end:]
    out = []
    context = next(
        (m for m in _CONTEXT.finditer(body) if not _is_own_night(body, m, sentence)), None
    )
    # "…, the largest attack since the start of the war": the counts before it are this
    # night's; after it ("since mid-January, when Russia downed 51") another's
    ranked = next((m for m in _CONTEXT.finditer(body) if _is_ranked(body, m)), None)
    ranked_at = ranked.start() + len(text) - len(body) if ranked else len(text)
    night = _OTHER_NIGHT.search(body)
    day = night and (night.group(1) or night.group(2))
    if night and sentence.paragraph > 1 and day and day.lower() in lead.lower():
        night = None
    corrected = corrects(text)
    for mention, role, cue in read:
        if mention.start < dateline_end:
            out.append((mention, OTHER, "the dateline"))
        elif corrected:
            out.append((mention, role, cue))
        elif role != OTHER and (context or night or mention.start > ranked_at):
            marker = (context or night or ranked).group()  # type: ignore[union-attr]
            out.append(
                (mention, OTHER, f"{role.replace('_', ' ')}? another night or period ('{marker}')")
            )
        else:
            out.append((mention, role, cue))
    return out


def _is_own_night(body: str, marker: re.Match[str], sentence: Sentence) -> bool:
    """The lead's "overnight on Dec. 2": the date of the night it reports, not another
    night's (a later "On the night of Feb. 23" is another); "the largest attack since the
    start of the war": this night, ranked against the others."""
    before = body[max(marker.start() - 40, 0) : marker.start()]
    if _is_ranked(body, marker):
        return True
    reported = _REPORTED_ON.search(before) and not re.search(r"\w", body[marker.end() :])
    return sentence.paragraph <= 2 and bool(_OVERNIGHT_ON.search(before) or reported)


def _is_ranked(body: str, marker: re.Match[str]) -> bool:
    """ "the largest attack since …": "since" after a superlative ranks this night."""
    return marker.group() in ("since", "Since") and bool(
        _SUPERLATIVE_BEFORE.search(body, max(marker.start() - 40, 0), marker.start())
    )


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
        elif number.weapon_kind:  # "an attack involving 50 drones, … 40 were downed"
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
