"""Who an editor may pick as a quote's speaker when the rules cannot tell: the people and
institutions named near the quote, each with the sentence that names them (a TODO's
comment lists them, so the editor decides without searching the article)."""

from __future__ import annotations

from generator.drafting.attribution import Cast
from generator.drafting.people import Found
from generator.drafting.sentences import sentence_at


def named_nearby(cast: Cast, at: tuple[int, int]) -> str:
    """For a quote with no attribution: who was named in its paragraph before it or in the
    paragraph before, each with the sentence naming them last (the last three)."""
    seen: dict[str, tuple[int, int]] = {}
    for where, pid in cast.mentions():
        if at[0] - 1 <= where[0] and where < at:
            seen.pop(pid, None)
            seen[pid] = where
    named = [
        f"{found.name} ({sentence_at(cast.article, where)})"
        for pid, where in list(seen.items())[-3:]
        if (found := cast.by_id(pid)) is not None
    ]
    return "candidates: " + "; ".join(named) if named else ""


def named_between(
    cast: Cast, start: tuple[int, int], end: tuple[int, int]
) -> list[tuple[Found, str]]:
    """The people and institutions mentioned between two places, each with the sentence
    naming it, first mention first."""
    seen: dict[str, tuple[int, int]] = {}
    for where, pid in cast.mentions():
        if start <= where < end:
            seen.setdefault(pid, where)
    return [
        (found, sentence_at(cast.article, where))
        for pid, where in seen.items()
        if (found := cast.by_id(pid)) is not None
    ]
