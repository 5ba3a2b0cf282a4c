"""What a count counts, read from the words after it: drones or missiles, in the
article's words ("Shahed drones", "Iskander-M ballistic missiles")."""

from __future__ import annotations

import re
from functools import lru_cache

_WEAPON = re.compile(
    r"^((?:[\w’'-]+\s+){0,4}?)(drones?|UAVs?|Shaheds|missiles?|rockets?)"
    r"(\s+and\s+(?:drones|missiles|rockets))?\b"
)
_WEAPON_STOP = re.compile(r"[,.;:]")
_WEAPON_LEAD = re.compile(r"^(?:of\s+the\s+|of\s+|more\s+|other\s+|additional\s+|another\s+)+")


# the same words after a number are read by several rules for one number
@lru_cache(maxsize=512)
def weapon_of(after: str) -> tuple[str | None, str | None]:
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
