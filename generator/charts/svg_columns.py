"""The static chart of a series of nights: one column per night (the whole, split into
its parts), lines over them (a 7-night average), a night without a report drawn as a
grey band named "No report" (never as a quiet night), drawn at build time in Python.

A long series is drawn from its latest `ChartData.recent` nights (the table, the
downloads and the interactive chart have them all), so the page stays light.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from markupsafe import Markup

from generator.charts.model import Bar, ChartData, Status
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.svgparts import (
    LIGHT,
    NARROW,
    Canvas,
    Item,
    Kind,
    flow,
    hatch_patterns,
    shape_attrs,
    text_attrs,
)
from generator.charts.svgwriter import element, empty, svg, text, title
from generator.charts.textwidth import text_width
from generator.charts.ticks import Scale, largest_drawn, nice_scale, tick_label

DRAWN = (Status.REPORTED, Status.DERIVED)
LABEL_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 364)  # nights between two date labels
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def shown_bars(data: ChartData) -> tuple[int, tuple[Bar, ...]]:
    """The index of the first night drawn, and the nights drawn."""
    start = max(0, len(data.bars) - data.recent) if data.recent else 0
    return start, data.bars[start:]


def short_day(day: date | None) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}" if day else ""


def columns_svg(data: ChartData, canvas: Canvas, labelledby: str) -> Markup:
    prefix = f"chart-{data.id}-{canvas.name}"
    start, bars = shown_bars(data)
    shown = replace(data, bars=bars, lines=())
    scale = nice_scale(
        max(
            [largest_drawn(shown), *(v.number or 0 for ln in data.lines for v in ln.values[start:])]
        ),
        4 if canvas is NARROW else 6,
    )
    out = [hatch_patterns(prefix)]
    legend, height = flow(_legend(data, bars), 0, 0, canvas.width, canvas, prefix)
    out += legend
    top = height + canvas.line + 6
    out.append(
        text(
            0,
            top - 8,
            f"Number of {data.unit} per night",
            text_attrs(canvas, muted=True, small=True, cls="c-unit"),
        )
    )
    gutter = max(text_width(tick_label(t), canvas.small) for t in scale.ticks) + 6
    plot = (gutter, top, canvas.width - 1, top + (150 if canvas is NARROW else 200))
    _grid(out, scale, plot, canvas)
    slot = (plot[2] - plot[0]) / max(1, len(bars))
    for number, bar in enumerate(bars):
        _column(out, data, bar, scale, plot, plot[0] + number * slot, slot, prefix)
    for line in data.lines:
        _line(out, line.measure.style, line.values[start:], scale, plot, slot)
    bottom = _dates(out, bars, plot, slot, canvas)
    return svg(
        canvas.width,
        bottom,
        out,
        f"chart-svg chart-svg-{canvas.name}",
        labelledby=labelledby,
        title_text=data.title,
        chart_id=data.id,
    )


def _legend(data: ChartData, bars: tuple[Bar, ...]) -> list[Item]:
    items = [Item(Kind.HATCH if m.derived else Kind.FILL, m.style, m.label) for m in data.parts]
    items += [Item(Kind.LINE, line.measure.style, line.measure.label) for line in data.lines]
    if any(not b.total.has_number and not any(v.has_number for v in b.parts) for b in bars):
        items.append(Item(Kind.GAP, "", "No report"))
    if any(v.status not in DRAWN for b in bars for v in b.parts) and data.parts:
        items.append(Item(Kind.MISSING, "", "Not broken down"))
    return items


def _y(value: float, scale: Scale, plot: tuple[float, float, float, float]) -> float:
    return plot[3] - value / scale.maximum * (plot[3] - plot[1])


def _grid(
    out: list[str], scale: Scale, plot: tuple[float, float, float, float], canvas: Canvas
) -> None:
    for tick in scale.ticks:
        y = _y(tick, scale, plot)
        role = "axis" if tick == 0 else "grid"
        out.append(
            empty(
                "line",
                {
                    "class": f"c-{role}",
                    "x1": plot[0],
                    "x2": plot[2],
                    "y1": y,
                    "y2": y,
                    "stroke": PAGE[LIGHT][role],
                    "stroke-width": 1,
                },
            )
        )
        out.append(
            text(
                plot[0] - 6,
                y + canvas.small * 0.36,
                tick_label(tick),
                {**text_attrs(canvas, muted=True, small=True, cls="c-tick"), "text-anchor": "end"},
            )
        )


def _column(
    out: list[str],
    data: ChartData,
    bar: Bar,
    scale: Scale,
    plot: tuple[float, float, float, float],
    x: float,
    slot: float,
    prefix: str,
) -> None:
    """One night: its parts stacked, the rest of a known whole outlined, or a band."""
    width = max(1.0, slot * 0.72)
    left = x + (slot - width) / 2
    shapes: list[str] = []
    drawn = [
        (m, v)
        for m, v in zip(data.parts, bar.parts, strict=True)
        if v.status in DRAWN and v.number is not None
    ]
    if not bar.total.has_number and not drawn:
        shapes.append(
            empty(
                "rect",
                {
                    "class": "c-gap",
                    "x": x,
                    "y": plot[1],
                    "width": slot,
                    "height": plot[3] - plot[1],
                    "fill": PAGE[LIGHT]["gap"],
                },
            )
        )
    base = 0.0
    for measure, value in drawn:
        top = base + float(value.number or 0)
        kind = Kind.HATCH if measure.derived or value.status is Status.DERIVED else Kind.FILL
        shapes.append(
            empty(
                "rect",
                {
                    "x": left,
                    "y": _y(top, scale, plot),
                    "width": width,
                    "height": _y(base, scale, plot) - _y(top, scale, plot),
                    **shape_attrs(kind, measure.style, prefix),
                },
            )
        )
        base = top
    total = bar.total.number
    if total is not None and total > base:
        shapes.append(
            empty(
                "rect",
                {
                    "x": left,
                    "y": _y(total, scale, plot),
                    "width": width,
                    "height": _y(base, scale, plot) - _y(total, scale, plot),
                    **shape_attrs(Kind.MISSING, "", prefix),
                    "stroke-width": 1,
                },
            )
        )
    words = f"{bar.label}: " + ", ".join(
        [
            f"{bar.total.text()} {data.total.phrase}"
            if bar.total.has_number
            else f"{data.total.phrase} {bar.total.missing_words}"
        ]
        + [
            f"{v.text()} {bar.part_phrase(i, m)}"
            for i, (m, v) in enumerate(zip(data.parts, bar.parts, strict=True))
            if v.has_number
        ]
    )
    out.append(element("g", {"class": "c-night", "data-bar": bar.key}, [title(words), *shapes]))


def _line(
    out: list[str],
    style: str,
    values: tuple[object, ...],
    scale: Scale,
    plot: tuple[float, float, float, float],
    slot: float,
) -> None:
    """A line broken where a value is missing (never drawn through a gap as 0)."""
    path: list[str] = []
    pen_down = False
    for number, value in enumerate(values):
        amount = getattr(value, "number", None)
        if amount is None:
            pen_down = False
            continue
        x = plot[0] + (number + 0.5) * slot
        y = _y(float(amount), scale, plot)
        path.append(f"{'L' if pen_down else 'M'}{x:.1f} {y:.1f}")
        pen_down = True
    if path:
        out.append(
            empty(
                "path",
                {
                    "class": f"c-line-{style}",
                    "d": " ".join(path),
                    "fill": "none",
                    "stroke": SWATCHES[LIGHT][style].fill,
                    "stroke-width": 2.5,
                    "stroke-linejoin": "round",
                },
            )
        )


def _dates(
    out: list[str],
    bars: tuple[Bar, ...],
    plot: tuple[float, float, float, float],
    slot: float,
    canvas: Canvas,
) -> float:
    """Date labels under the columns, as many as fit without touching, the latest night
    always labelled; returns the drawing's height."""
    size = canvas.small
    widest = max((text_width(short_day(b.night) or b.label, size) for b in bars), default=0)
    step = next((s for s in LABEL_STEPS if s * slot >= widest + 8), LABEL_STEPS[-1])
    y = plot[3] + canvas.line
    next_left = canvas.width + 8.0  # where the label to the right (drawn before) begins
    for number in range(len(bars) - 1, -1, -step):
        bar = bars[number]
        words = short_day(bar.night) or bar.label
        half = text_width(words, size) / 2
        centre = min(max(plot[0] + (number + 0.5) * slot, half), canvas.width - half)
        if centre + half > next_left - 8:
            continue
        out.append(
            text(
                centre,
                y - canvas.line * 0.28,
                words,
                {
                    **text_attrs(canvas, muted=True, small=True, cls="c-tick"),
                    "text-anchor": "middle",
                },
            )
        )
        next_left = centre - half
    years = sorted({b.night.year for b in bars if b.night})
    caption = "Nights" + (
        f", {years[0]}" if len(years) == 1 else f", {years[0]}–{years[-1]}" if years else ""
    )
    y += canvas.line
    out.append(
        text(
            0,
            y - canvas.line * 0.28,
            caption,
            text_attrs(canvas, muted=True, small=True, cls="c-unit"),
        )
    )
    return y + 2
