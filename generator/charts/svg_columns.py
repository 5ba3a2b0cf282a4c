"""The static chart of a series of nights: one column per night (the whole, split into
its parts), lines over them (a 7-night average), a night without a report drawn as a
grey band named "No report" (never as a quiet night), the nights that have an explainer
marked by a dashed rule and the word, drawn at build time in Python.

A long series is drawn from its latest `ChartData.recent` nights (the downloads and the
interactive chart have them all), so the page stays light. The grid, the date labels,
the lines and the marks are shared with the chart of lines alone (svg_lines.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from markupsafe import Markup

from generator.charts.model import Bar, ChartData, Line, ValueStatus
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.svgparts import (
    LIGHT,
    NARROW,
    Canvas,
    DrawStyle,
    hatch_patterns,
    mark_attrs,
    marker,
    shape_attrs,
    text_attrs,
)
from generator.charts.svgwriter import AttrDict, element, empty, svg, text, title
from generator.charts.textwidth import text_width
from generator.charts.ticks import Scale, largest_drawn, nice_scale, tick_label

DRAWN = (ValueStatus.REPORTED, ValueStatus.DERIVED)
LABEL_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 364)  # nights between two date labels
Box = tuple[float, float, float, float]  # the plot's left, top, right, bottom
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
    top = canvas.line + 6  # the colour key is the page's, above the drawing (legend.py)
    out.append(
        text(
            0,
            top - 8,
            f"Number of {data.unit} per night",
            text_attrs(canvas, muted=True, small=True, cls="c-unit"),
        )
    )
    top += marks_lane(data, bars)
    gutter = max(text_width(tick_label(t), canvas.small) for t in scale.ticks) + 6
    plot = (gutter, top, canvas.width - 1, top + (150 if canvas is NARROW else 200))
    grid(out, scale, plot, canvas)
    slot = (plot[2] - plot[0]) / max(1, len(bars))
    draw_marks(out, data, bars, plot, slot, canvas)
    for number, bar in enumerate(bars):
        _column(out, data, bar, scale, plot, plot[0] + number * slot, slot, prefix)
    return finish_series(out, data, start, scale, plot, slot, canvas, labelledby)


def finish_series(
    out: list[str], data: ChartData, start: int, scale: Scale, plot: Box, slot: float,
    canvas: Canvas, labelledby: str,
) -> Markup:  # fmt: skip
    """The end every series chart shares: its lines over the drawn nights (from `start`),
    the date labels under them, and the <svg> around it all."""
    bars = data.bars[start:]
    for line in data.lines:
        series_line(out, line, line.values[start:], scale, plot, slot)
    bottom = date_labels(out, bars, plot, slot, canvas)
    return svg(
        canvas.width,
        bottom,
        out,
        f"chart-svg chart-svg-{canvas.name}",
        labelledby=labelledby,
        title_text=data.title,
        chart_id=data.id,
    )


def _y(value: float, scale: Scale, plot: Box) -> float:
    return plot[3] - value / scale.maximum * (plot[3] - plot[1])


def grid(out: list[str], scale: Scale, plot: Box, canvas: Canvas, suffix: str = "") -> None:
    """The value axis: a rule at each tick, labelled on the left."""
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
                tick_label(tick) + suffix,
                {**text_attrs(canvas, muted=True, small=True, cls="c-tick"), "text-anchor": "end"},
            )
        )


def _column(
    out: list[str],
    data: ChartData,
    bar: Bar,
    scale: Scale,
    plot: Box,
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
    if bar.gap:
        shapes.append(gap_band(x, slot, plot))
    base = 0.0
    for measure, value in drawn:
        top = base + float(value.number or 0)
        kind = (
            DrawStyle.HATCH
            if measure.derived or value.status is ValueStatus.DERIVED
            else DrawStyle.FILL
        )
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
                    **shape_attrs(DrawStyle.MISSING, "", prefix),
                    "stroke-width": 1,
                },
            )
        )
    if bar.total.has_number or not bar.detail:
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
    else:
        words = f"{bar.label}: {bar.detail}"
    out.append(element("g", {"class": "c-night", "data-bar": bar.key}, [title(words), *shapes]))


def gap_band(x: float, slot: float, plot: Box) -> str:
    """A night without a report: a grey band the plot's height, never a bar of 0."""
    return empty("rect", {"class": "c-gap", "x": x, "y": plot[1], "width": slot,
                          "height": plot[3] - plot[1], "fill": PAGE[LIGHT]["gap"]})  # fmt: skip


def series_line(
    out: list[str], line: Line, values: tuple[object, ...], scale: Scale, plot: Box, slot: float
) -> None:
    """A line broken where a value is missing (never drawn through a gap as 0), with its
    marker on every point when it has one (so a night alone between gaps still shows)."""
    path: list[str] = []
    points: list[str] = []
    pen_down = False
    style = line.measure.style
    for number, value in enumerate(values):
        amount = getattr(value, "number", None)
        if amount is None:
            pen_down = False
            continue
        x = plot[0] + (number + 0.5) * slot
        y = _y(float(amount), scale, plot)
        path.append(f"{'L' if pen_down else 'M'}{x:.1f} {y:.1f}")
        if line.symbol:
            points.append(marker(line.symbol, style, x, y))
        pen_down = True
    if path:
        attrs: AttrDict = {
            "class": f"c-line-{style}",
            "d": " ".join(path),
            "fill": "none",
            "stroke": SWATCHES[LIGHT][style].fill,
            "stroke-width": 2.5 if not line.symbol else 1.75,
            "stroke-linejoin": "round",
            "stroke-dasharray": "5 3" if line.dashed else None,
        }
        out.append(empty("path", attrs))
        out += points


MARK_LANE = 16.0  # room above the plot for the word "Explainer"


def shown_marks(data: ChartData, bars: tuple[Bar, ...]) -> list[tuple[int, str]]:
    """(index among the drawn nights, label) of each mark on a drawn night."""
    index = {bar.night: number for number, bar in enumerate(bars) if bar.night}
    return [(index[m.night], m.label) for m in data.marks if m.night in index]


def marks_lane(data: ChartData, bars: tuple[Bar, ...]) -> float:
    return MARK_LANE if shown_marks(data, bars) else 0.0


def draw_marks(
    out: list[str], data: ChartData, bars: tuple[Bar, ...], plot: Box, slot: float,
    canvas: Canvas,
) -> None:  # fmt: skip
    """A dashed rule through each night that has an explainer, behind its column, with
    the word above the plot (left out where it would touch the previous one)."""
    right_of_last = -1.0
    size = canvas.small
    for number, label in shown_marks(data, bars):
        x = plot[0] + (number + 0.5) * slot
        out.append(empty("line", {**mark_attrs(), "x1": x, "x2": x, "y1": plot[1] - 4,
                                  "y2": plot[3]}))  # fmt: skip
        half = text_width(label, size, bold=True) / 2
        centre = min(max(x, half), canvas.width - half)
        if centre - half < right_of_last + 6:
            continue
        attrs = {**text_attrs(canvas, small=True, bold=True, cls="c-mark-label"),
                 "text-anchor": "middle"}  # fmt: skip
        out.append(text(centre, plot[1] - 7, label, attrs))
        right_of_last = centre + half


def date_labels(out: list[str], bars: tuple[Bar, ...], plot: Box, slot: float,
                canvas: Canvas) -> float:  # fmt: skip
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
