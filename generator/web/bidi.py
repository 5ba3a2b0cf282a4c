"""Right-to-left text from a fact sheet stays inside its own words on the page.

A name may hold right-to-left letters (an Arabic or Hebrew name) or bidi controls such
as an unterminated right-to-left override (U+202E). Set inline among the page's own
words ("By {byline} · {publication}"), either would reorder the words after it, up to
the end of the paragraph. The Unicode bidi algorithm's isolates fence text off:
`isolate` puts text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, which a
browser treats as `<bdi>` (the direction follows the text's first letter), and which
also works where no element can go: attributes, `<option>`, `<title>`, plain text.

Text that cannot reorder its surroundings is left as it is (so pages in left-to-right
languages are unchanged, byte for byte), and text that already is isolated is not
isolated twice.
"""

from __future__ import annotations

import functools
import unicodedata

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_INITIATORS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
# LRE, RLE, LRO, RLO, PDF: embeddings and overrides, ended by the isolate's PDI.
_EMBEDDINGS = frozenset("\u202a\u202b\u202c\u202d\u202e")
_RIGHT_TO_LEFT = frozenset(("R", "AL", "AN"))


def needs_isolation(text: str) -> bool:
    """Whether `text` could reorder the text around it: right-to-left letters or digits,
    or a bidi control, outside isolates that the text itself opens and closes."""
    if text.isascii():
        return False  # the common case, at once: no ASCII character is right-to-left
    return _needs_isolation(text)


# A story's texts are printed again and again (a name on every quote, the headline on
# each page), and reading one character by character is what costs.
@functools.lru_cache(maxsize=4096)
def _needs_isolation(text: str) -> bool:
    depth = 0
    for char in text:
        if char in _INITIATORS:
            depth += 1
        elif char == PDI:
            if depth == 0:
                return True  # would close an isolate of the page's
            depth -= 1
        elif depth == 0 and (
            char in _EMBEDDINGS or unicodedata.bidirectional(char) in _RIGHT_TO_LEFT
        ):
            return True
    return depth > 0


def isolate(text: str) -> str:
    """`text` fenced off by an isolate when it needs one (see `needs_isolation`).

    Inside, a PDI without its initiator is dropped (it would end the fence early) and an
    initiator left open is closed, so the fence's own PDI closes the fence."""
    if not needs_isolation(text):
        return text
    kept: list[str] = []
    depth = 0
    for char in text:
        if char in _INITIATORS:
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    return FSI + "".join(kept) + PDI * depth + PDI
