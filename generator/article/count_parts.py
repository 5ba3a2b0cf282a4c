"""Counts that are parts or earlier versions of another count of the same sentence: a
weapon count's breakdown ("the missiles included 24 Kh-101 and 16 Iskander-M"), the
increment of a toll that grows ("two more died, bringing the death toll to six") and a
figure the article corrects or withdraws. Read by `roles.roles_in`, which gives such a
count no role of its own (the editor sees why, in the words returned here)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.article.numbers import NumberMention

# "The death toll rose to 12", "the number of injured climbed to 30"
TOLL_ROSE = re.compile(
    r"\b(?:death toll|toll|number of (?:dead|injured|wounded))\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:rose|has risen|had risen|climbed|increased|reached|jumped|stands|stood)\s+(?:to|at)\s+$"
    # "…, bringing the death toll in the region to six": a running total
    r"|\b(?:bringing|raising|taking|pushing|putting)\s+(?:the|its)\s+(?:death toll|toll"
    r"|number of (?:dead|injured|wounded))\s+(?:[\w’'-]+\s+){0,5}?(?:to|at)\s+$"
)
# "The missiles included 24 Kh-101, 16 Iskander-M and seven Kalibr": a breakdown of a
# weapon's count, not a count of its own (unlike "The attack included 400 drones")
_WEAPONS_INCLUDED = re.compile(
    r"\b(?:missiles|drones|rockets|weapons)\s+(?:[\w-]+\s+){0,2}?(?:included|include|includes"
    r"|comprised)\s"
)
_CORRECTED_EARLIER = re.compile(r"\b(?:initially|earlier|first|previously|originally)\b", re.I)
_CORRECTED_VERB = re.compile(r"\b(?:correct|lower|rais|revis|withdr|retract|updat)\w*\b", re.I)
_WITHDRAWN = re.compile(r"\b(?:withdr[ae]w|withdrawn|retracted|corrected)\b", re.I)

Read = Sequence[tuple[NumberMention, str, str]]  # a sentence's counts: mention, role, cue


def is_running_total(cue: str) -> bool:
    """Was the role read from a toll that grows ("the death toll rose to 12", "bringing
    the toll to six")? Such a count replaces the earlier one of the same source."""
    return bool(TOLL_ROSE.search(cue + " "))


def corrects(text: str) -> bool:
    """Does the sentence correct or withdraw a figure ("had earlier put … at 31, but later
    lowered it to 27"; "the ministry withdrew the figure")? Two searches, not one pattern
    with `.*` between, so a long sentence costs its length."""
    earlier = _CORRECTED_EARLIER.search(text)
    return bool(
        (earlier and _CORRECTED_VERB.search(text, earlier.end())) or _WITHDRAWN.search(text)
    )


def increments_of_a_total(found: Read) -> dict[int, str]:
    """ "Two more people died, bringing the death toll to six": the total is the count;
    the same role's counts before it in the sentence are its parts (by index, with why)."""
    totals = [(m, r) for m, r, c in found if r in ("killed", "injured") and is_running_total(c)]
    if not totals:
        return {}
    total, role = totals[-1]
    return {
        i: f"{r}? part of the toll that grew to {total.text}"
        for i, (m, r, _) in enumerate(found)
        if r == role and m.start < total.start
    }


def breakdown_of_weapons(text: str, found: Read, own_verb: re.Pattern[str]) -> dict[int, str]:
    """The counts after "the missiles included", up to a verb of their own role
    (`own_verb`), are parts (by index)."""
    included = _WEAPONS_INCLUDED.search(text)
    if included is None:
        return {}
    parts = {}
    for i, (mention, _, _) in enumerate(found):
        between = text[included.end() : mention.start]
        if mention.start >= included.end() and not (own_verb.search(between) or ";" in between):
            parts[i] = "part of a breakdown"
    return parts
