"""Where an article says it was filed: the dateline that opens wire copy. One reading for
the whole generator: the check's (`Article.dateline`, the article's words before the
dash), the draft's `dateline:` (the place) and the drafting's reading of numbers (the
date in a dateline is no count).

"LONDON —", "ODESA, Ukraine —", "KYIV (Reuters) -", "KYIV, March 14 (Reuters) —",
"DNIPRO, Ukraine, June 25 (Reuters) —", "WASHINGTON, D.C. --", and a place written in
capitalised words: "Kyiv —", "Moscow (AFP) -", "Zaporizhzhia (Ukraine) (AFP) –".
Each part can end in one place only (words of capitals end before a space, the part
after the comma at a non-space), so a long run of spaces is read once, never once per way
to split it (which took an hour on a paragraph of spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATELINE = re.compile(
    r"^(?P<line>(?P<caps>[A-Z](?:[A-Z.'\u2019-]+(?:\s+[A-Z.'\u2019-]+)*|(?:\s+[A-Z.'\u2019-]+)+))"
    r"(?P<rest>\s*,[^\u2014\u2013]{0,39}?[^\u2014\u2013\s])?(?P<agency> \([^)]{1,30}\))?"
    r"|(?P<named>[A-Z][a-z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]+){0,3})(?: \([^)]{1,30}\)){0,2})"
    r"\s+(?:\u2014|\u2013|--|-)\s"
)
# ", Ukraine" after the place is part of it; ", March 14" is the date
_REGION = re.compile(r"\s*,\s*[A-Z][a-z][\w.'\u2019 -]*")


@dataclass(frozen=True)
class Dateline:
    text: str  # the article's words before the dash: "KYIV, March 14 (Reuters)"
    place: str  # where it was filed: "KYIV", "ODESA, Ukraine", "Moscow"
    end: int  # where the story's own words start, after the dash


def dateline_of(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph, if it has one."""
    found = _DATELINE.match(paragraph)
    if found is None:
        return None
    if found.group("named"):
        place = found.group("named")
    else:
        place = found.group("caps")
        rest = found.group("rest") or ""
        if _REGION.fullmatch(rest) and not found.group("agency"):
            place += rest  # "ODESA, Ukraine —"
    place = " ".join(place.split())
    return Dateline(found.group("line").strip(), place, found.end())
