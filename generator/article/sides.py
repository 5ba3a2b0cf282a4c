"""Countries and blocs an article's sides are, and the words that point to each.

A small gazetteer instead of a named-entity model: wire copy about strikes names a
handful of sides, by name, adjective, possessive or capital ("Kyiv said", "the Kremlin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    id: str
    name: str
    words: tuple[str, ...]  # how articles point to it, besides its name


SIDES = (
    Side("russia", "Russia", ("Russian", "Russia's", "Moscow", "Kremlin", "Moscow's")),
    Side("ukraine", "Ukraine", ("Ukrainian", "Ukraine's", "Kyiv", "Kyiv's", "Kiev")),
    Side("united-states", "United States", ("U.S.", "US", "American", "Washington", "White House")),
    Side("european-union", "European Union", ("EU", "EU's", "Brussels", "European Commission")),
    Side("nato", "NATO", ("NATO's", "alliance")),
    Side("belarus", "Belarus", ("Belarusian", "Minsk")),
    Side("turkey", "Turkey", ("Turkish", "Ankara", "Türkiye")),
    Side("poland", "Poland", ("Polish", "Warsaw")),
    Side("china", "China", ("Chinese", "Beijing")),
    Side("israel", "Israel", ("Israeli",)),
    Side("iran", "Iran", ("Tehran",)),  # not "Iranian": "Iranian-made drones" is no side
    Side("germany", "Germany", ("German", "Berlin")),
    Side("france", "France", ("French", "Paris")),
    Side("united-kingdom", "United Kingdom", ("British", "UK", "London")),
)

_PATTERNS = tuple(
    (
        side,
        re.compile(
            r"(?<![\w-])(?:"
            + "|".join(
                re.escape(w).replace("'", "['\u2019]")
                for w in sorted((side.name, *side.words), key=len, reverse=True)
            )
            + r")(?![\w-])"
        ),
    )
    for side in SIDES
)


def sides_in(text: str) -> list[tuple[int, Side]]:
    """(offset, side) for every word in `text` that points to a side, in reading order."""
    found = [(m.start(), side) for side, pattern in _PATTERNS for m in pattern.finditer(text)]
    return sorted(found, key=lambda pair: pair[0])


def first_side(text: str) -> Side | None:
    found = sides_in(text)
    return found[0][1] if found else None


def side_by_id(side_id: str) -> Side | None:
    return next((s for s in SIDES if s.id == side_id), None)
