"""The social preview image of an explainer (1200×630 PNG): what a link shows when it is
shared, with the headline and the night's main figures.

Drawn with Pillow and the DejaVu Sans fonts bundled in `generator/fonts/` (with their
licence), so it needs no browser, no network and no font installed on the machine, and
the same fact sheet always gives the same bytes (Pillow writes no timestamp into a PNG).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from PIL import Image, ImageDraw, ImageFont

from generator.factsheet.model import FactSheet
from generator.pages.citations import figure_label, figure_value
from generator.pages.glyphs import covered
from generator.web.templating import long_date

CARD_SIZE = (1200, 630)

_MARGIN = 72
_BACKGROUND = (26, 35, 126)  # Material's indigo 900: the site's own colour, darker
_TEXT = (255, 255, 255)
_MUTED = (197, 202, 233)  # indigo 100: 9.9:1 on the background
_RULE = (92, 107, 192)
_HEADLINE_SIZES = (64, 58, 52, 46, 40)

# The card is drawn in one 8-bit channel, then each level becomes a colour. There are two
# inks on one background and text never overlaps text of the other ink, so a level says
# both which ink covers a pixel and how much of it (Pillow blends anti-aliased text into
# a channel as it does into each of red, green and blue): from the background's level
# down to 0 is the muted ink, up to 254 the text's; 255 is the rule, which is not
# anti-aliased.
_PAPER = 128
_DIM = 0
_BRIGHT = 254
_RULE_LEVEL = 255


def _mix(ink: tuple[int, int, int], share: float) -> list[int]:
    return [round(b + (i - b) * share) for b, i in zip(_BACKGROUND, ink, strict=True)]


_PALETTE = [
    *(c for level in range(_PAPER) for c in _mix(_MUTED, (_PAPER - level) / (_PAPER - _DIM))),
    *(c for level in range(_PAPER, _BRIGHT + 1)
      for c in _mix(_TEXT, (level - _PAPER) / (_BRIGHT - _PAPER))),
    *_RULE,
]  # fmt: skip
_FIGURES_HEIGHT = 170  # the rule, the numbers and their labels, above the footer


@dataclass(frozen=True)
class CardFigure:
    value: str  # "108", "at least 4"
    label: str  # "launched"


@dataclass(frozen=True)
class Card:
    """What the image says, so that its alternative text says the same."""

    kicker: str
    headline: str
    figures: tuple[CardFigure, ...]
    source: str  # who gives the figures ("" when there are none)
    footer: str


def card(facts: FactSheet) -> Card:
    figures: tuple[CardFigure, ...] = ()
    source = ""
    if facts.strike_reports:
        report = facts.strike_reports[0]
        figures = tuple(
            CardFigure(figure_value(f), figure_label(f).lower())
            for f in (report.launched, report.shot_down, report.suppressed)
            if f.is_reported
        )
        person = facts.person(report.reported_by)
        source = person.name if person else report.reported_by
    date = long_date(facts.published) if facts.published else ""
    footer = " · ".join(part for part in (facts.publication, date) if part)
    return Card(f"Explainer · {facts.dateline}", facts.headline, figures, source, footer)


def card_alt_text(facts: FactSheet) -> str:
    """The image's alternative text: everything it shows, in reading order."""
    shown = card(facts)
    text = f"{shown.headline}."
    if shown.figures:
        listed = ", ".join(f"{f.value} {f.label}" for f in shown.figures)
        text += f" {listed}, according to {shown.source}."
    return text


def social_image(facts: FactSheet) -> bytes:
    """The PNG bytes of the explainer's social preview image."""
    shown = card(facts)
    width, height = CARD_SIZE
    image = Image.new("L", CARD_SIZE, _PAPER)
    draw = ImageDraw.Draw(image)
    inner = width - 2 * _MARGIN
    kicker, font = _fit_line(shown.kicker.upper(), True, (26, 22, 18), inner)
    draw.text((_MARGIN, _MARGIN - 8), kicker, font=font, fill=_DIM)
    top = _MARGIN + 44
    bottom = height - _MARGIN
    figures_top = bottom - _FIGURES_HEIGHT
    room = (figures_top - 40 if shown.figures else bottom - 40) - top
    size, lines = _fit_headline(_drawable(shown.headline, True), inner, room)
    font = _font(True, size)
    for line in lines:
        draw.text((_MARGIN, top), line, font=font, fill=_BRIGHT)
        top += _line_height(size)
    footer, font = _fit_line(shown.footer, False, (26, 22, 18), inner)
    draw.text((_MARGIN, bottom - 26), footer, font=font, fill=_DIM)
    if shown.figures:
        _draw_figures(draw, shown, figures_top, inner)
    return _png(image)


def _draw_figures(draw: ImageDraw.ImageDraw, shown: Card, top: int, inner: int) -> None:
    draw.line((_MARGIN, top, _MARGIN + inner, top), fill=_RULE_LEVEL, width=2)
    column = inner // max(len(shown.figures), 1)
    room = column - 24  # a gap between two columns
    for number, figure in enumerate(shown.figures):
        left = _MARGIN + number * column
        value, value_font = _fit_line(figure.value, True, (56, 48, 40, 32), room)
        draw.text((left, top + 16), value, font=value_font, fill=_BRIGHT)
        label, label_font = _fit_line(figure.label, False, (26, 22, 18), room)
        draw.text((left, top + 84), label, font=label_font, fill=_DIM)
    source, font = _fit_line(f"Figures: {shown.source}", False, (22, 18), inner)
    draw.text((_MARGIN + inner - draw.textlength(source, font=font), top - 34), source,
              font=font, fill=_DIM)  # fmt: skip


def _drawable(text: str, bold: bool) -> str:
    """`text` without the characters the font has no glyph for (CJK, emoji…), which
    Pillow would draw as empty boxes; the spaces around what was left out close up."""
    have = covered(_FONT_FILES[bold])
    kept = "".join(char if ord(char) in have else " " for char in text)
    return " ".join(kept.split())


def _fit_line(
    text: str, bold: bool, sizes: tuple[int, ...], width: int
) -> tuple[str, ImageFont.FreeTypeFont]:
    """One line of text at the largest of `sizes` at which it fits `width`; at the
    smallest, a line still too long is cut and ends with an ellipsis."""
    text = _drawable(text, bold)
    for size in sizes:
        font = _font(bold, size)
        if font.getlength(text) <= width:
            return text, font
    return _cut(text, font, width), font


def _cut(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """`text` cut at a word (or, for a word longer than the line, inside it) so that it
    ends with an ellipsis within `width`."""
    while text and font.getlength(text + " …") > width:
        shorter = text.rsplit(" ", 1)[0] if " " in text else ""
        if not shorter or font.getlength(shorter + " …") > width:
            shorter = text[:-1]
        text = shorter.rstrip()
    return text + " …" if text else "…"


def _line_height(size: int) -> int:
    return round(size * 1.18)


def _fit_headline(text: str, width: int, height: int) -> tuple[int, list[str]]:
    """The largest size at which the headline fits its room; at the smallest size a
    headline too long is cut at a word and ends with an ellipsis."""
    for size in _HEADLINE_SIZES:
        lines = _wrap(text, _font(True, size), width)
        if len(lines) * _line_height(size) <= height:
            return size, lines
    size = _HEADLINE_SIZES[-1]
    font = _font(True, size)
    lines = _wrap(text, font, width)[: max(1, height // _line_height(size))]
    lines[-1] = _cut(lines[-1], font, width)
    return size, lines


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines within `width`, broken between words; a word longer than a line (a long
    URL, a run of letters) is broken inside it, so nothing runs off the image."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while font.getlength(current) > width:
            cut = _longest_start(current, font, width)
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def _longest_start(word: str, font: ImageFont.FreeTypeFont, width: int) -> int:
    """How many characters of `word` fit `width` (at least one)."""
    fit = 1
    while fit < len(word) and font.getlength(word[: fit + 1]) <= width:
        fit += 1
    return fit


_FONT_FILES = {True: "DejaVuSans-Bold.ttf", False: "DejaVuSans.ttf"}


@lru_cache(maxsize=32)
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    data = (resources.files("generator") / "fonts" / _FONT_FILES[bold]).read_bytes()
    return ImageFont.truetype(io.BytesIO(data), size)


def _png(image: Image.Image) -> bytes:
    """The card as a palette PNG: each level of the drawing is its colour (`_PALETTE`).
    Writing the levels as they are takes a fifth of the time of reducing a full-colour
    drawing to a palette, and keeps every shade of the anti-aliased text. zlib's level 3
    writes it in half the time of level 6, for a file of 31 KB instead of 27."""
    image.putpalette(_PALETTE)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=3)
    return out.getvalue()
