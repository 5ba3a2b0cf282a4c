"""Which characters a bundled font can draw, read from the font's own character map.

Pillow draws a character the font lacks as the font's "missing glyph" box (tofu) and
cannot say which characters those are; the font's `cmap` table can. It is read here
directly (formats 4 and 12, the two every TrueType font for Unicode text uses), which is
all the social image needs and spares a font library as a dependency.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=4)
def covered(font_file: str) -> frozenset[int]:
    """The code points that `generator/fonts/<font_file>` maps to a glyph."""
    data = (resources.files("generator") / "fonts" / font_file).read_bytes()
    return frozenset(_code_points(data))


def _code_points(data: bytes) -> set[int]:
    cmap = _table(data, b"cmap")
    found: set[int] = set()
    if cmap is None:
        return found
    (count,) = struct.unpack_from(">H", data, cmap + 2)
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        if (platform, encoding) not in _UNICODE:
            continue
        start = cmap + offset
        (form,) = struct.unpack_from(">H", data, start)
        if form == 4:
            found |= _format_4(data, start)
        elif form == 12:
            found |= _format_12(data, start)
    return found


_UNICODE = {(0, 3), (0, 4), (3, 1), (3, 10)}  # (platform, encoding) of Unicode maps


def _table(data: bytes, tag: bytes) -> int | None:
    (tables,) = struct.unpack_from(">H", data, 4)
    for index in range(tables):
        name, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if name == tag:
            return int(offset)
    return None


def _format_4(data: bytes, start: int) -> set[int]:
    """Segments of the Basic Multilingual Plane, each with a delta or a glyph array."""
    (double,) = struct.unpack_from(">H", data, start + 6)
    segments = double // 2
    ends = struct.unpack_from(f">{segments}H", data, start + 14)
    starts = struct.unpack_from(f">{segments}H", data, start + 16 + double)
    deltas = struct.unpack_from(f">{segments}H", data, start + 16 + 2 * double)
    offsets_at = start + 16 + 3 * double
    offsets = struct.unpack_from(f">{segments}H", data, offsets_at)
    found: set[int] = set()
    for k in range(segments):
        for code in range(starts[k], ends[k] + 1):
            if code == 0xFFFF:
                continue
            if offsets[k] == 0:
                glyph = (code + deltas[k]) & 0xFFFF
            else:
                at = offsets_at + 2 * k + offsets[k] + 2 * (code - starts[k])
                (glyph,) = struct.unpack_from(">H", data, at)
                glyph = (glyph + deltas[k]) & 0xFFFF if glyph else 0
            if glyph:  # glyph 0 is the missing-glyph box
                found.add(code)
    return found


def _format_12(data: bytes, start: int) -> set[int]:
    """Groups of consecutive code points, in any plane."""
    (groups,) = struct.unpack_from(">I", data, start + 12)
    found: set[int] = set()
    for index in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * index)
        found.update(range(first if glyph else first + 1, last + 1))
    return found
