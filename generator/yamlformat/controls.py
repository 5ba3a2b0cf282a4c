"""Control characters in text an editor supplies: which characters they are, and how the
editor is told to fix them.

They are invisible to the editor, and in a page's front matter or the feed they break the
file (a page then shows its raw front matter, HTML and all). YAML lets a fact sheet write
them as escapes ("\\x7f", "\\u0085"), and a wire article saved as Windows-1252 carries
them as C1 characters (U+0085 for "…", U+0092 for "’").
"""

from __future__ import annotations

import re

from generator.errors import Problem

# Unicode's control characters (category Cc), and what is not text at all: surrogate
# halves and the noncharacters U+FFFE, U+FFFF (neither YAML nor XML may carry them raw).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_MAX_REPORTS = 10


def control_character(text: str, allowed: str = "") -> str | None:
    """The first control character or non-character in `text` that is not in `allowed`."""
    return next((ch for ch in _CONTROL.findall(text) if ch not in allowed), None)


def control_message(ch: str) -> str:
    code = ord(ch)
    what = "the control character" if code <= 0x9F else "a code point that is not text,"
    return f"{what} U+{code:04X}"


def control_hint(ch: str) -> str:
    code = ord(ch)
    if ch == "\t":
        return "a tab: replace it with a space"
    if 0x80 <= code <= 0x9F:
        try:
            meant = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            return "delete it: it comes from a text saved as Windows-1252"
        return f"it is probably `{meant}` from a text saved as Windows-1252: type `{meant}` instead"
    return "delete it (it is invisible: pasted in from a web page, or written as an escape)"


def text_control_problems(display: str, text: str, allowed: str = "\t\n\r") -> list[Problem]:
    """Each control character of a plain-text file (an article), at its line and column."""
    problems = []
    for found in _CONTROL.finditer(text):
        ch = found.group()
        if ch in allowed:
            continue
        line = text.count("\n", 0, found.start()) + 1
        col = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        problems.append(Problem(display, line, col, control_message(ch), control_hint(ch)))
        if len(problems) == _MAX_REPORTS:
            break
    return problems
