"""JSON written the same way every time (sorted keys, fixed separators) and safe wherever it
ends up: `<`, `>`, `&` and the line separators U+2028/9 are escaped, so the text can never
close a <script> element or break a JavaScript string, even if it is one day inlined."""

from __future__ import annotations

import json
from typing import Any

_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def dumps(value: Any, indent: int | None = None) -> str:
    text = json.dumps(
        value,
        sort_keys=True,
        ensure_ascii=False,
        indent=indent,
        separators=(",", ": ") if indent is not None else (",", ":"),
        allow_nan=False,
    )
    for char, escaped in _ESCAPES.items():
        text = text.replace(char, escaped)
    return text + "\n"
