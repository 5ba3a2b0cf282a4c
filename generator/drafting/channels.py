"""Where words were said, when the article names it: "on Telegram", "told reporters", "in
a Kremlin statement", with a passage of the article that names it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class FoundChannel:
    name: str
    evidence: str  # a passage of the article that names it


_CHANNELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:told|speaking to|spoke to|talking to) (?:reporters|journalists)\b"
            r"(?: (?:from|in|at) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?",
            re.IGNORECASE,
        ),
        "remarks to reporters",
    ),
    (re.compile(r"\btold ((?:national |state |local )?(?:television|radio|TV))"), "{0}"),
    (
        re.compile(
            r"\b(?:told|speaking at|spoke at|said at) (?:a|an|the|his|her) "
            r"((?:joint )?(?:news|press) conference|briefing)\b"
        ),
        "{0}",
    ),
    # the outlet told: "told Reuters", "told the BBC", "told the state news agency RIA
    # Novosti" (an agency, a broadcaster or a paper by its name, never a person's)
    (
        re.compile(
            r"\b(?:told|[Ss]peaking to|spoke to|in an interview with) (?:the (?:state |Russian "
            r"|Ukrainian )?news agency )?((?:[Tt]he )?(?:[A-Z]{2,6}|Reuters|Bloomberg|Interfax"
            r"|Politico|Axios|Bild|RIA Novosti|Associated Press|Kyiv Independent|Guardian"
            r"|[A-Z][a-z]+ (?:News|Times|Post|Journal|Pravda)))\b"
        ),
        "{0}",
    ),
    (
        re.compile(
            r"\b(?:in|during) (?:a|an|his|her|their|its) ((?:[\w-]+ ){0,3}?(?:statement|"
            r"post|address|interview|briefing|speech|message|broadcast|conference))\b"
        ),
        "{0}",
    ),
    (re.compile(r"\baccording to (?:a|an) ((?:[\w-]+ ){0,2}?(?:statement|post))\b"), "{0}"),
    (
        re.compile(
            r"\b(?:wrote|writes|posted|posts|said|says|announced) on (?:his |her |their "
            r"|its |the )?([A-Z][\w-]*(?: [A-Z][\w-]*)*)"
        ),
        "{0} post",
    ),
)


def channel_in(text: str) -> tuple[str, int, int] | None:
    """(name, start, end) of the first channel a text names."""
    found: list[tuple[int, int, str]] = []
    for pattern, name in _CHANNELS:
        m = pattern.search(text)
        if m:
            found.append((m.start(), m.end(), name.format(*m.groups()).strip()))
    if not found:
        return None
    start, end, name = min(found)
    return name[:1].upper() + name[1:] if name[:1].islower() else name, start, end


def channel_evidence(
    text: str, clause_start: int, channel: tuple[str, int, int]
) -> FoundChannel | None:
    """The channel, with the passage from the clause's start to the channel's end."""
    name, _, end = channel
    passage = text[clause_start:end].strip(" ,;:")
    if len(passage.split()) < 3:
        passage = text[clause_start:].strip(" ,;:.")
    if len(passage.split()) < 3 or len(passage) > 600:
        return None  # the format needs a passage of three words or more to find
    return FoundChannel(name[:60].strip(), passage)
