"""Counts as a sentence gives them a role: launched, shot down, intercepted, suppressed,
killed, injured, regions hit; or none (OTHER), with the words that decided it.

Rules over one sentence (or passage) at a time, in this order: a year, an age, a
duration, a compound ("nine-storey"), money, a date, a rank ("one of its heaviest"), a
part of a breakdown ("including 20 Kh-101", "19 of them over Kursk") or a range is never
a figure; a passive verb after the number ("58 were disrupted", "18 vanished") decides;
else a list of weapons continues its first count's verb ("launched 94 drones as well as
33 missiles"); else the nearest verb before it in its clause ("downed 35 of them",
"killing two people"); "in at least four regions" of a sentence about damage or
interceptions is regions. A sentence that corrects a figure gives the role to the figure
it corrects to. `explainer new` drafts with these rules and `explainer check` reads a
figure's passage with them (factsheet/checks/role_ties.py).

Each rule reads a bounded stretch of text around the number (`REACH` characters each
side, longer than any clause), never the whole sentence again per number: an article of
one long "sentence" of numbers must cost its length, not its square.
"""

from __future__ import annotations

import bisect
import re

from generator.article.count_parts import (
    TOLL_ROSE,
    breakdown_of_weapons,
    corrects,
    increments_of_a_total,
)
from generator.article.numbers import QUALIFIERS, NumberMention, numbers_in
from generator.article.weapons import weapon_of

ROLES = ("launched", "shot_down", "intercepted", "suppressed", "killed", "injured", "regions")
OTHER = "other"

# The fact sheet's figure key each role is written under (a source's "intercepted" is its
# shot down, with the source's word as the figure's label).
FIGURE_KEY_OF_ROLE = {
    "launched": "launched",
    "shot_down": "shot_down",
    "intercepted": "shot_down",
    "suppressed": "suppressed",
    "killed": "killed",
    "injured": "injured",
    "regions": "regions_hit",
}
REACH = 250  # characters read each side of a number (8 words from a cue, a clause)

_PARTICIPLES = {
    "launched": r"launched|fired|sent",
    "shot_down": r"shot down|downed|destroyed|brought down",
    "intercepted": r"intercepted",
    "suppressed": r"disrupted|suppressed|jammed|neutrali[sz]ed|locationally lost|lost|diverted"
    r"|vanished|disappeared",
    "killed": r"killed|dead|died",
    "injured": r"injured|wounded|hurt|hospitali[sz]ed|taken to hospital",
}


def words_for(role: str, passage: str) -> str | None:
    """The passage's own words for a role, from its verb to the end of the clause:
    "disrupted or neutralized mid-flight" of "another 58 were disrupted or neutralized
    mid-flight"; None when the passage has none of the role's verbs."""
    found = re.search(r"\b(?:" + _PARTICIPLES[role] + r")\b", passage, re.IGNORECASE)
    if found is None:
        return None
    rest = passage[found.start() :]
    clause = re.split(r"[,;.]\s|[,;.]$", rest, maxsplit=1)[0]
    return clause.strip(" ,;.\"“”‘’'")


_PASSIVE = re.compile(
    r"\b(?:was|were|(?:have|has|had)(?:\s+(?:also|reportedly))?\s+been|are|is|being)\s+"
    r"(?:(?:also|reportedly|successfully|later|then)\s+)?[\"“‘']?("
    + "|".join(_PARTICIPLES.values())
    + r")\b"
    r"|\b(?:was|were|are|is) among the (dead|killed|injured|wounded)\b"
    r"|\b(?:had|have|has)\s+(vanished|disappeared|died)\b"
)
_TOLL_AFTER = re.compile(
    r"^\s+(?:(?:people|civilians|others|more)\s+)?(?:(lost their lives)"
    r"|(?:sustained|suffered|received)\s+(?:(?:minor|serious|severe|light|critical)\s+)?"
    r"(?:injuries|wounds))\b"
)
# "reported 70 drones launched at Ukraine": the participle after the weapon
_LAUNCHED_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets)\s+(launched|fired)\b"
)
# "18 vanished from radar", "17 suppressed by electronic warfare", "two people died"
_DEAD_AFTER = re.compile(
    r"^\s+(?:(?:people|persons?|civilians?|others|more|drones|missiles|m[ae]n|wom[ae]n|child"
    r"|children|residents?|workers?|employees?|passengers?|soldiers?|rescuers?|firefighters?"
    r"|volunteers?|miners?|patients?|pensioners?|students?|drivers?)\s+){0,2}"
    r"(dead|killed|injured|wounded|died|vanished|disappeared|suppressed|jammed|disrupted)\b"
)

_ACTIVE = {
    "launched": r"launched|launching|launches|fired|firing|fires|sent|sending|sends|launch of"
    r"|used|using|involved|involving",
    "shot_down": r"downed|downing|shot down|shooting down|shoots down|destroyed|destroying"
    r"|brought down|bringing down",
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
    r"|met(?:er|re)s?|percent|per cent|year-old|euros?|dollars?|hryvnias?|roubles?|rubles?"
    r"|pounds|barrels?|tonnes|tons|GMT|local time)\b|^\s(?:a\.m\.|p\.m\.)|^%"
)
_COMPOUND_AFTER = re.compile(r"^[-\u2010\u2011][A-Za-z]")  # "a nine-storey block", "30-day"
_MONEY_BEFORE = re.compile(r"[$€£]\s*$")
_DATE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
)
_DATE_AFTER = re.compile(
    r"^\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
# "one of its heaviest attacks", "one of Russia's ten largest": a rank, not a count
_RANK_AFTER = re.compile(
    r"^\s+(?:of\s+(?:the|its|their|his|her|[A-Z][\w’']*)\s+(?:[\w’'-]+\s+)?)?"
    r"(?:\w+est|most|largest|biggest|worst|first|last|few)\b"
)
_BREAKDOWN_AFTER = re.compile(
    r"^\s+of (?:them|which|those)\s+(?:over|in|at|near|across|on)\b"
    r"|^\s+of the (?:dead|killed|injured|wounded|victims)\b"  # "Nine of the dead were killed"
    r"|^\s+of them\s+[A-Z]"  # "28 missiles, 15 of them Kalibr cruise missiles"
    # "Fourteen people were hurt, three of them seriously"
    r"|^\s+of them\s+(?:seriously|critically|badly|severely|children|women|civilians)\b"
)
_CONTINUES = re.compile(r"^[^.;:]*?\b(?:and|as well as|plus|along with)\s+$")
_AGE_BEFORE = re.compile(
    r"\b(?:man|woman|wife|husband|son|daughter|boy|girl|mother|father|grandmother|grandfather"
    r"|resident|victim),\s*$"
)
_ADJECTIVE_CUE = re.compile(r"\s+(?:drones|missiles|rockets|UAVs)\b")
_AGED_BEFORE = re.compile(r"\baged\s+$")  # "a woman aged 64 was injured"
# "over eight regions", "in the five southern regions"; not "31 missiles over 14 regions"
_REGIONS_AFTER = re.compile(
    r"^(?:\s+(?!drones\b|missiles\b)[A-Za-z-]+){0,3}?\s+(?:regions|oblasts|provinces)\b"
)
_DAMAGE = re.compile(
    r"\b(?:hit|damage|damaged|struck|strikes?|attacked|affected|debris|targeted)\b", re.IGNORECASE
)
_DOWNED = re.compile(r"\b(?:intercepted|destroyed|downed|shot down)\b")
_NOT_DAMAGE = re.compile(r"\b(?:annex\w*|occupied|demands?|control)\b")
# "shot down or suppressed 440 drones": one count for two roles, the editor splits it
_EITHER = re.compile(
    r"\b(?:shot down|downed|destroyed|intercepted)\s+(?:or|and/or)\s+(?:suppressed|jammed"
    r"|lost|neutrali[sz]ed|disrupted)\b"
    r"|\b(?:suppressed|jammed|neutrali[sz]ed|disrupted)\s+(?:or|and/or)\s+(?:shot down|downed"
    r"|destroyed|intercepted)\b"
)
_LIST_BETWEEN = re.compile(r"^\s+(?:[\w’'-]+\s+){1,4}?(?:and|as well as|plus)\s+$")
_OF_TOTAL_AFTER = re.compile(
    r"^\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d[\d,]*\d|\d|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drones|missiles)\b"
)
# "7 missiles, none of which were intercepted", "3 missiles, all of which were shot down":
# the verb is about a part or the whole, not this count
_NEGATION = re.compile(r"\b(?:none|no|not|never|neither|all|most|both|some|many)\b")
_OF_TOTAL = re.compile(r"\s+(?:[a-z-]+\s+)?(?:out\s+)?of\s+(?:the\s+)?")
_AS_WERE = re.compile(r"\bas (?:were|was)\s+$")
_STRIKE_ROLES = ("launched", "shot_down", "intercepted", "suppressed")
_PART_AFTER = re.compile(r"^\s+of (?:them|which|those)\b")
_PLACES_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(settlements|villages|towns|cities|buildings|homes|houses|districts"
    r"|locations|sites|communities|facilities)\b"
)
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+$")
_WITH_BEFORE = re.compile(r"(?<!along )\bwith\s+$")  # followed by a weapon: launched
_DESIGNATION = re.compile(r"[A-Za-z]-$")  # "Kh-59", "S-300": a weapon's name, not a count


_RANGE = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
_RANGE_END = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+[\w,]+\s+(?:and|to)\s+$")
_BETWEEN = re.compile(r"\b[Bb]etween\s+$")
_RANGE_AND = re.compile(r"^\s+and\s+$")
_CORRECTED_TO = re.compile(r"\bto\s+$")
_TOLL_WORD = re.compile(r"\b(injured|wounded|dead|deaths|killed|death toll)\b")


def roles_in(text: str) -> list[tuple[NumberMention, str, str]]:
    """The counts of one sentence (or passage), each with its role (or OTHER) and the words
    that decided it. `explainer check` reads a figure's passage the same way. A sentence
    that corrects a figure ("had earlier put … at 31, but later lowered it to 27") gives
    the role to the figure it corrects to, and none to the one it corrects."""
    mentions = [
        m for m in numbers_in(text) if not _DESIGNATION.search(text, max(m.start - 2, 0), m.start)
    ]
    damage = _DAMAGE.search(text) or _DOWNED.search(text)
    damage = None if _NOT_DAMAGE.search(text) else damage
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    corrected = corrects(text)
    toll = _TOLL_WORD.search(text)
    found: list[tuple[NumberMention, str, str]] = []
    previous: tuple[str, str] | None = None  # the sentence's last figure: role, cue
    last = OTHER  # the role of the number just before
    for i, mention in enumerate(mentions):
        role, cue = _role(text, mention, mentions, i, previous, damage, breaks, last)
        before = text[max(mention.start - REACH, 0) : mention.start]
        if corrected and toll and _CORRECTED_TO.search(before):
            role = "injured" if toll.group(1) in ("injured", "wounded") else "killed"
            cue = f"corrected to ({toll.group(1)})"
        elif corrected:
            role, cue = OTHER, "a figure the article corrects"
        previous = (role, cue) if role != OTHER else previous
        last = role
        found.append((mention, role, cue))
    found = _lists_before_a_verb(text, found)
    parts = breakdown_of_weapons(text, found, _ACTIVE_CUE)
    parts |= increments_of_a_total(
        [(m, OTHER if i in parts else r, c) for i, (m, r, c) in enumerate(found)]
    )
    return [(m, OTHER, parts[i]) if i in parts else (m, r, c) for i, (m, r, c) in enumerate(found)]


def _lists_before_a_verb(
    text: str, found: list[tuple[NumberMention, str, str]]
) -> list[tuple[NumberMention, str, str]]:
    """ "100 drones and eight missiles were shot down": the first count of a list takes
    the verb after the list, as the last one does."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        mention, role, cue = out[i]
        following, next_role, next_cue = out[i + 1]
        if role != OTHER or cue or next_role not in _STRIKE_ROLES:
            continue
        between = text[mention.end : following.start]
        if len(between) < 60 and _LIST_BETWEEN.match(between) and weapon_of(between)[0]:
            out[i] = (mention, next_role, f"{next_cue} (a list)")
    return out


def _role(
    text: str,
    mention: NumberMention,
    mentions: list[NumberMention],
    index: int,  # of `mention` in `mentions` (the numbers after it are read, not copied)
    previous: tuple[str, str] | None,
    damage: re.Match[str] | None,
    breaks: list[int],
    last: str = OTHER,  # the role of the number just before (a list continues it)
    in_range: bool = False,  # read as a range's other end, for the range's role
) -> tuple[str, str]:
    after = text[mention.end : mention.end + REACH]
    if _YEAR.match(mention.text) and not re.match(r"^\s+(?:drones|missiles|people)", after):
        return OTHER, "a year"
    unit = _UNIT_AFTER.match(after)
    if unit:
        return OTHER, f"'{unit.group().strip(' -')}'"
    age = _AGE_BEFORE.search(text, max(mention.start - 40, 0), mention.start)
    if age and after.lstrip().startswith(","):
        return OTHER, "an age"
    before = text[max(mention.start - REACH, 0) : mention.start]
    if _AGED_BEFORE.search(before):
        return OTHER, "an age"
    if _COMPOUND_AFTER.match(after) and not weapon_of(after[1:])[0]:
        return OTHER, "part of a compound word"
    if _MONEY_BEFORE.search(before) or mention.value >= 1_000_000:
        return OTHER, "money or a quantity"
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return OTHER, "a date"
    if _RANK_AFTER.match(after):
        return OTHER, "a rank, not a count"
    if _BREAKDOWN_AFTER.match(after) or _INCLUDING_BEFORE.search(before):
        return OTHER, "part of a breakdown"
    if _BETWEEN.search(before) and not in_range and index + 1 < len(mentions):
        # "between 40 and 50 drones were launched": the range's first end carries the
        # range's role (as the answer keys do, with its qualifier), the other end none
        other_end = mentions[index + 1]
        if _RANGE_AND.match(text[mention.end : other_end.start]):
            role, cue = _role(
                text, other_end, mentions, index + 1, previous, damage, breaks, last, True
            )
            return role, f"{cue} (the first end of a range)" if role != OTHER else cue
    if not in_range and (_RANGE.search(before) or _RANGE_END.search(before)):
        return OTHER, "a range" if _RANGE.search(before) else "the other end of a range"
    stop = len(after)
    for m in (mentions[j] for j in range(index + 1, len(mentions))):
        if m.start - mention.end >= _WINDOW:  # the next number that is not a measure ends it
            break
        if not _UNIT_AFTER.match(text[m.end : m.end + REACH]):  # `^`: a slice, not pos
            stop = m.start - mention.end
            break
    window = after[: min(stop, _WINDOW)]
    near = text[max(mention.start - 40, 0) : mention.end + min(stop, 40)]
    either = _EITHER.search(near)
    if either:
        return OTHER, f"'{either.group()}': one count for two roles"
    rose = TOLL_ROSE.search(before[-80:])
    if rose:
        injured = re.search(r"injured|wounded", rose.group())
        return ("injured" if injured else "killed"), rose.group().strip()
    # the verb right after the number first: "31 vanished from radar, suggesting they had
    # been downed" is suppressed, not shot down
    toll = _TOLL_AFTER.match(window)
    if toll:  # "Three people lost their lives and 12 sustained injuries"
        return ("killed" if toll.group(1) else "injured"), toll.group().strip()
    passive = _DEAD_AFTER.match(window) or _PASSIVE.search(window) or _LAUNCHED_AFTER.match(window)
    if passive and _NEGATION.search(window, 0, passive.start()):
        passive = None
    of_total = _OF_TOTAL_AFTER.match(after)
    if passive is None and of_total:  # "50 of the 90 drones were shot down"
        passive = _PASSIVE.match(after[of_total.end() : of_total.end() + _WINDOW].lstrip())
    if index > 0:
        between = text[mentions[index - 1].end : mention.start]
        total = _OF_TOTAL.fullmatch(between)  # short: checked before the weapon is read
        if total and (weapon_of(after)[0] or weapon_of(between.lstrip())[0]):
            return "launched", "the total ('of the')"  # "destroyed 25 of the 30 missiles"
    if passive:
        cue = next(g for g in passive.groups() if g)
        return _role_of(cue, _PARTICIPLES), cue
    regions = _REGIONS_AFTER.match(after)
    if regions and index + 1 < len(mentions):
        # "at nine locations across five regions": the regions are the later count's
        regions = None if mentions[index + 1].start < mention.end + regions.end() else regions
    if regions and damage:
        return "regions", f"regions ({damage.group()})"
    clause = text[max(_clause_start(breaks, mention.start), mention.start - REACH) : mention.start]
    bare = clause[: len(clause) - len(_qualifier_text(clause, mention))]
    if previous and previous[0] in _STRIKE_ROLES and _AS_WERE.search(bare):
        return previous[0], f"{previous[1]} ('as were')"  # "11 were shot down, as were 38"
    if previous and last != OTHER and _in_a_list(text, mentions[index - 1], mention, previous):
        if weapon_of(after)[0]:
            return previous[0], f"{previous[1]} (a list)"
    if _WITH_BEFORE.search(bare) and weapon_of(after)[0]:
        return "launched", "with"
    cues = list(_ACTIVE_CUE.finditer(clause))
    if cues and _ADJECTIVE_CUE.match(clause, cues[-1].end()):
        cues.pop()  # "debris from downed drones fell at nine more": a participle as adjective
    if cues and len(clause[cues[-1].end() :].split()) <= _MAX_WORDS_FROM_CUE:
        cue = cues[-1].group()
        if cue.startswith("destroy") and re.search(r"\bintercepted and destroyed\b", clause):
            cue = "intercepted"  # the source's own word comes first
        if (
            cue not in ("used", "using", "involved", "involving") or weapon_of(after)[0]
        ):  # "used 49 drones", not "used 3 buses"
            role = _role_of(cue, _ACTIVE)
            thing = _PLACES_AFTER.match(after)
            if role in ("killed", "injured") and thing:
                # "were killed as Russian forces attacked 14 settlements": not people
                return OTHER, f"'{thing.group(1)}', not people"
            return role, cue
    if _PART_AFTER.match(after) and previous:
        return previous[0], f"part of an earlier figure ({previous[1]})"
    return OTHER, ""


def _in_a_list(
    text: str, earlier: NumberMention, mention: NumberMention, previous: tuple[str, str]
) -> bool:
    """ "launched 94 drones and decoys as well as 33 missiles": the second count of a list
    of weapons takes the verb of the first."""
    if previous[0] not in ("launched", "shot_down", "intercepted", "suppressed"):
        return False
    between = text[max(earlier.end, mention.start - REACH) : mention.start]
    bare = between[: len(between) - len(_qualifier_text(between, mention))]
    return bool(_CONTINUES.match(bare))


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
