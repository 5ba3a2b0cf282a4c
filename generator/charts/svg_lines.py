"""The static chart of a series of nights drawn as lines alone (`Layout.LINES`): shares
in percent over time, such as the interception rate. Each line has its own marker shape
on every point, so lines differ by more than colour and a night alone between gaps still
shows; a night without a report is a grey band; a missing share is a break in its line,
never 0%.

It shares the grid, the date labels, the lines and the marks of the columns chart
(svg_columns.py), and draws the same latest `ChartData.recent` nights.
"""

from __future__ import annotations

from markupsafe import Markup

from generator.charts.model import Bar, ChartData
from generator.charts.svg_columns import (
    draw_marks,
    finish_series,
    gap_band,
    grid,
    marks_lane,
    shown_bars,
)
from generator.charts.svgparts import NARROW, Canvas, text_attrs
from generator.charts.svgwriter import element, empty, text, title
from generator.charts.textwidth import text_width
from generator.charts.ticks import Scale, tick_label

PERCENT = Scale(100.0, 25.0)


def lines_svg(data: ChartData, canvas: Canvas, labelledby: str) -> Markup:
    start, bars = shown_bars(data)
    suffix = data.lines[0].suffix if data.lines else ""
    out: list[str] = []
    top = canvas.line + 6  # the colour key is the page's, above the drawing (legend.py)
    out.append(text(0, top - 8, data.unit[:1].upper() + data.unit[1:],
                    text_attrs(canvas, muted=True, small=True, cls="c-unit")))  # fmt: skip
    top += marks_lane(data, bars)
    gutter = max(text_width(tick_label(t) + suffix, canvas.small) for t in PERCENT.ticks) + 6
    plot = (gutter, top, canvas.width - 1, top + (150 if canvas is NARROW else 200))
    slot = (plot[2] - plot[0]) / max(1, len(bars))
    for number, bar in enumerate(bars):
        if bar.gap:
            out.append(gap_band(plot[0] + number * slot, slot, plot))
    grid(out, PERCENT, plot, canvas, suffix)
    draw_marks(out, data, bars, plot, slot, canvas)
    for number, bar in enumerate(bars):
        out.append(_night(data, start + number, bar, plot[0] + number * slot, slot, plot))
    return finish_series(out, data, start, PERCENT, plot, slot, canvas, labelledby)


def night_words(data: ChartData, index: int, bar: Bar) -> str:
    """ "19 May: drones shot down 32%, …" (or why the night has no figures)."""
    if bar.gap:
        return f"{bar.label}: {bar.detail or 'no report'}"
    said = [f"{ln.measure.label.lower()} {ln.text(ln.values[index])}" for ln in data.lines
            if ln.values[index].has_number]  # fmt: skip
    return f"{bar.label}: " + (", ".join(said) if said else "no shares")


def _night(data: ChartData, index: int, bar: Bar, x: float, slot: float,
           plot: tuple[float, float, float, float]) -> str:  # fmt: skip
    """An invisible column over the night, named by its figures (a tooltip on hover)."""
    area = empty("rect", {"class": "c-hit", "x": x, "y": plot[1], "width": slot,
                          "height": plot[3] - plot[1], "fill": "transparent"})  # fmt: skip
    words = night_words(data, index, bar)
    return element("g", {"class": "c-night", "data-bar": bar.key}, [title(words), area])
