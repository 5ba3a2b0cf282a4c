"""How wide a line of chart text will be, worked out at build time, so that labels are
placed where they fit and never overlap, without a browser.

The reader's font is not known (the page uses the system's: San Francisco, Roboto, Segoe,
Helvetica, Arial, DejaVu Sans…), so the widths are DejaVu Sans', the widest of these
common sans-serif faces: text measured here is never narrower than drawn. Widths are in
thousandths of the font size, measured in Chromium.
"""

from __future__ import annotations

import functools

_CHARS = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
    "abcdefghijklmnopqrstuvwxyz{|}~’‘“”–—−·…é×"
)
_REGULAR = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
    770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732,
    684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
    634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
    525, 636, 337, 636, 838, 318, 318, 518, 518, 500, 1000, 838, 318, 1000, 615, 838,
)  # fmt: skip
_BOLD = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734,
    830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812,
    774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
    712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652,
    582, 712, 365, 712, 838, 380, 380, 657, 657, 500, 1000, 838, 380, 1000, 678, 838,
)  # fmt: skip
_WIDTHS = {False: dict(zip(_CHARS, _REGULAR, strict=True)),
           True: dict(zip(_CHARS, _BOLD, strict=True))}  # fmt: skip
_OTHER = 1000  # any other character (Cyrillic, accented, CJK): assume a full em


@functools.lru_cache(maxsize=4096)  # wrapping measures each growing line again
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` set at `size` (same unit as the result)."""
    widths = _WIDTHS[bold]
    return sum(widths.get(char, _OTHER) for char in text) * size / 1000


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` (a word longer than the
    width is broken inside, so nothing ever runs past the edge)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while text_width(word, size, bold) > width:
            cut = _longest_fit(word, width, size, bold)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


def _longest_fit(word: str, width: float, size: float, bold: bool) -> int:
    for cut in range(len(word) - 1, 0, -1):
        if text_width(word[:cut], size, bold) <= width:
            return cut
    return 1
