"""Pieces both static layouts draw: the canvases (a phone's width and a desktop's), the
hatching of derived parts, swatches, and labelled items that wrap like words.

Colours are CSS classes (charts.css maps them to the palette's custom properties, so the
SVG follows Material's palette toggle without a reload), with the light palette as
presentation attributes for an SVG read without the site's CSS.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.charts.palette import PAGE, SWATCHES
from generator.charts.svgwriter import AttrDict, Attrs, element, empty, num, text
from generator.charts.textwidth import text_width, wrap

LIGHT = "default"


@dataclass(frozen=True)
class Canvas:
    """A drawing width in SVG units; the SVG is scaled to its container, so 1 unit is
    about 1 CSS pixel where this canvas is shown (see charts.css)."""

    name: str
    width: float
    font: float = 13.0

    @property
    def line(self) -> float:
        return round(self.font * 1.4, 1)

    @property
    def small(self) -> float:
        return self.font - 1


NARROW = Canvas("narrow", 328.0)  # a 360 px phone, less Material's margins
WIDE = Canvas("wide", 560.0)
CANVASES = (NARROW, WIDE)


class DrawStyle:
    """How a value is drawn (and its swatch)."""

    FILL = "fill"
    HATCH = "hatch"  # derived
    MISSING = "missing"  # not reported: a dashed outline
    LINE = "line"  # a line over the bars (legend swatch only)
    GAP = "gap"  # a night without a report: a grey band
    MARK = "mark"  # a night singled out (it has an explainer): a dashed rule


def hatch_id(prefix: str, style: str) -> str:
    return f"{prefix}-hatch-{style}"


def hatch_patterns(prefix: str) -> str:
    """<defs> with a hatch for every style that has stripes (derived values)."""
    patterns = []
    for style, sw in SWATCHES[LIGHT].items():
        if not sw.stripe:
            continue
        pattern_attrs: Attrs = {
            "id": hatch_id(prefix, style),
            "patternUnits": "userSpaceOnUse",
            "width": 7,
            "height": 7,
            "patternTransform": "rotate(45)",
        }
        patterns.append(
            element(
                "pattern",
                pattern_attrs,
                [
                    empty(
                        "rect",
                        {"width": 7, "height": 7, "class": f"c-fill-{style}", "fill": sw.fill},
                    ),
                    empty(
                        "rect",
                        {"width": 3, "height": 7, "class": f"c-stripe-{style}", "fill": sw.stripe},
                    ),
                ],
            )
        )
    return element("defs", {}, patterns)


def shape_attrs(kind: str, style: str, prefix: str) -> AttrDict:
    """Fill and stroke of a bar segment or swatch."""
    if kind == DrawStyle.MISSING:
        return {
            "class": "c-missing",
            "fill": "none",
            "stroke": PAGE[LIGHT]["outline"],
            "stroke-dasharray": "4 3",
            "stroke-width": 1.5,
        }
    if kind == DrawStyle.GAP:
        return {
            "class": "c-gap c-gap-edge",
            "fill": PAGE[LIGHT]["gap"],
            "stroke": PAGE[LIGHT]["axis"],
            "stroke-width": 1,
        }
    colour = SWATCHES[LIGHT][style].fill
    if kind == DrawStyle.HATCH:
        return {
            "class": f"c-edge-{style}",
            "fill": f"url(#{hatch_id(prefix, style)})",
            "stroke": colour,
            "stroke-width": 1.5,
        }
    return {"class": f"c-fill-{style}", "fill": colour}


def mark_attrs() -> AttrDict:
    """The rule through a night that has an explainer: the text colour, dashed."""
    return {"class": "c-mark", "stroke": PAGE[LIGHT]["text"], "stroke-width": 1.5,
            "stroke-dasharray": "3 2"}  # fmt: skip


def marker(symbol: str, style: str, x: float, y: float, size: float = 7.0) -> str:
    """A point of a line, centred on (x, y): a circle, a square or a triangle (Plotly's
    names), so that lines differ by shape as well as by colour."""
    colour = {"class": f"c-fill-{style}", "fill": SWATCHES[LIGHT][style].fill}
    half = size / 2
    if symbol == "square":
        return empty("rect", {"x": x - half, "y": y - half, "width": size, "height": size,
                              **colour})  # fmt: skip
    if symbol == "triangle-up":
        top, bottom = y - half * 1.15, y + half * 0.85
        points = f"{num(x)},{num(top)} {num(x + half * 1.1)},{num(bottom)} " \
                 f"{num(x - half * 1.1)},{num(bottom)}"  # fmt: skip
        return empty("polygon", {"points": points, **colour})
    return empty("circle", {"cx": x, "cy": y, "r": half, **colour})


def label_attrs(kind: str, style: str) -> AttrDict:
    """A number written on a segment: the ink that contrasts with its fill."""
    if kind == DrawStyle.MISSING:
        return {"class": "c-t", "fill": PAGE[LIGHT]["text"]}
    return {"class": f"c-ink-{style}", "fill": SWATCHES[LIGHT][style].ink}


def text_attrs(
    canvas: Canvas,
    *,
    muted: bool = False,
    bold: bool = False,
    small: bool = False,
    cls: str = "",
    data: dict[str, str] | None = None,
) -> AttrDict:
    """A line of chart text in the page's text colour (or the muted one)."""
    attrs: AttrDict = {
        "class": ("c-t-muted" if muted else "c-t") + (f" {cls}" if cls else ""),
        "fill": PAGE[LIGHT]["muted" if muted else "text"],
        "font-size": canvas.small if small else canvas.font,
    }
    if bold:
        attrs["font-weight"] = "700"
    attrs.update({f"data-{name}": value for name, value in (data or {}).items()})
    return attrs


def swatch_shape(
    kind: str, style: str, prefix: str, x: float, y: float, size: float = 11.0, symbol: str = ""
) -> str:
    """A legend's square (or, for a line, a short stroke with its marker; for a mark, a
    dashed rule) at (x, y)."""
    if kind == DrawStyle.LINE:
        stroke = empty(
            "line",
            {
                "class": f"c-line-{style}",
                "x1": x,
                "x2": x + size,
                "y1": y + size / 2,
                "y2": y + size / 2,
                "stroke": SWATCHES[LIGHT][style].fill,
                "stroke-width": 3,
            },
        )
        return stroke + (marker(symbol, style, x + size / 2, y + size / 2) if symbol else "")
    if kind == DrawStyle.MARK:
        return empty("line", {**mark_attrs(), "x1": x + size / 2, "x2": x + size / 2,
                              "y1": y, "y2": y + size})  # fmt: skip
    return empty(
        "rect",
        {
            "x": x + 0.75,
            "y": y + 0.75,
            "width": size - 1.5,
            "height": size - 1.5,
            **shape_attrs(kind, style, prefix),
        },
    )


@dataclass(frozen=True)
class Item:
    """A swatch and its words: "■ Shot down 35 (32%)"."""

    kind: str
    style: str
    words: str
    data: tuple[tuple[str, str], ...] = ()  # data-* attributes of the words, for tests
    symbol: str = ""  # a line's marker


SWATCH = 11.0
SWATCH_GAP = 5.0
ITEM_GAP = 14.0


def flow(
    items: list[Item], x0: float, y0: float, width: float, canvas: Canvas, prefix: str
) -> tuple[list[str], float]:
    """Items laid out like words in a paragraph from (x0, y0), top of the first line;
    returns the markup and the height used. An item too long for a line wraps its words."""
    out: list[str] = []
    x, y = x0, y0
    size = canvas.small
    for item in items:
        room = width - SWATCH - SWATCH_GAP
        lines = wrap(item.words, room, size)
        item_width = SWATCH + SWATCH_GAP + max(text_width(line, size) for line in lines)
        if x > x0 and x + item_width > x0 + width:
            x, y = x0, y + canvas.line
        top = y + (canvas.line - SWATCH) / 2
        # A swatch only for what is drawn: a value not reported is words alone.
        indent = 0.0 if item.kind == DrawStyle.MISSING else SWATCH + SWATCH_GAP
        if indent:
            out.append(swatch_shape(item.kind, item.style, prefix, x, top, symbol=item.symbol))
        else:
            item_width -= SWATCH + SWATCH_GAP
        baseline = y + canvas.line / 2 + size * 0.36
        attrs = text_attrs(canvas, small=True, cls="c-item", data=dict(item.data))
        for number, line in enumerate(lines):
            out.append(text(x + indent, baseline + number * canvas.line, line, attrs))
        if len(lines) > 1:
            x, y = x0, y + canvas.line * len(lines)
        else:
            x += item_width + ITEM_GAP
    height = (y - y0) + (canvas.line if x > x0 else 0)
    return out, height
