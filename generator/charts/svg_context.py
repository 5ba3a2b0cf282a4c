"""The static chart of one night among the nights before it (`Layout.CONTEXT`): a small
column a night, the whole only, the nights before in grey and the night itself in a
colour of its own with its date in bold under it (colour is never the only cue), the
median of the nights before as a dashed rule labelled in the margin at its end (clear
of every column), the most labelled above its column; a night without a report a grey
band (never a column of 0), and a night whose report gives no figure nothing at all.

The grid, the gap bands and the scale are the series charts' (svg_columns.py).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from generator.charts.model import Bar, ChartData, Reference
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.svg_columns import Box, gap_band, grid, short_day
from generator.charts.svgparts import LIGHT, NARROW, Canvas, text_attrs
from generator.charts.svgwriter import AttrDict, element, empty, svg, text, title
from generator.charts.textwidth import text_width
from generator.charts.ticks import Scale, largest_drawn, nice_scale, tick_label

LANE = 12.0  # room above the plot for the label of a column that reaches its top
HALO = 3  # the background's stroke around a label that crosses a column


def context_svg(data: ChartData, canvas: Canvas, labelledby: str) -> Markup:
    scale, plot, slot = geometry(data, canvas)
    out: list[str] = []
    out.append(text(0, canvas.line - 6, unit_caption(data),
                    text_attrs(canvas, muted=True, small=True, cls="c-unit")))  # fmt: skip
    grid(out, scale, plot, canvas)
    for number, bar in enumerate(data.bars):
        out.append(_column(data, bar, scale, plot, plot[0] + number * slot, slot))
    for reference in data.references:
        out += _reference(data, reference, scale, plot, slot, canvas)
    for index, words, strong in date_ticks(data, canvas):
        out.append(_date(index, words, strong, plot, slot, canvas))
    return svg(canvas.width, plot[3] + canvas.line + 2, out, f"chart-svg chart-svg-{canvas.name}",
               labelledby=labelledby, title_text=data.title, chart_id=data.id)  # fmt: skip


def unit_caption(data: ChartData) -> str:
    """ "Drones launched per night" """
    return f"{data.unit.capitalize()} {data.total.phrase} per night"


def geometry(data: ChartData, canvas: Canvas) -> tuple[Scale, Box, float]:
    """The value axis, the plot's box (under the unit's caption and a lane for labels)
    and the width of a night's slot."""
    largest = max([largest_drawn(data), *(r.number for r in data.references)])
    scale = nice_scale(largest, 4 if canvas is NARROW else 5)
    top = canvas.line + LANE
    gutter = max(text_width(tick_label(t), canvas.small) for t in scale.ticks) + 6
    margin = max([0.0, *(_rule_label_width(r, canvas) + 6 for r in data.references
                         if r.night is None)])  # fmt: skip
    plot = (gutter, top, canvas.width - 1 - margin, top + (120 if canvas is NARROW else 160))
    return scale, plot, (plot[2] - plot[0]) / max(1, len(data.bars))


def _rule_label_width(reference: Reference, canvas: Canvas) -> float:
    """The widest line of a rule's label: its name, its number, "derived"."""
    widths = [text_width(words, canvas.small, bold=True)
              for words in (reference.label, reference.number_text)]  # fmt: skip
    if reference.derived:
        widths.append(text_width("derived", canvas.small))
    return max(widths)


def _y(value: float, scale: Scale, plot: Box) -> float:
    return plot[3] - value / scale.maximum * (plot[3] - plot[1])


def column_style(data: ChartData, bar: Bar) -> str:
    return "highlight" if _strong(data, bar) else "context"


def _column(data: ChartData, bar: Bar, scale: Scale, plot: Box, x: float, slot: float) -> str:
    """One night: its column, a band (no report), or nothing (no figure in its report);
    named by its figure, or by why it has none (a tooltip on hover)."""
    shapes: list[str] = []
    if bar.gap:
        shapes.append(gap_band(x, slot, plot))
    total = bar.total.number
    if total is not None:
        width = max(1.0, slot * 0.72)
        style = column_style(data, bar)
        shapes.append(
            empty("rect", {"x": x + (slot - width) / 2, "y": _y(total, scale, plot),
                           "width": width, "height": _y(0, scale, plot) - _y(total, scale, plot),
                           "class": f"c-fill-{style}", "fill": SWATCHES[LIGHT][style].fill})
        )  # fmt: skip
        words = f"{bar.label}: {bar.total.text()} {data.total.phrase}"
    else:
        words = f"{bar.label}: {bar.detail or data.total.phrase + ' ' + bar.total.missing_words}"
    attrs = {"class": "c-night", "data-bar": bar.key, "data-style": column_style(data, bar)}
    return element("g", attrs, [title(words), *shapes])


def _reference(
    data: ChartData, reference: Reference, scale: Scale, plot: Box, slot: float, canvas: Canvas
) -> list[str]:
    """A rule across the plot labelled in the margin at its right end, clear of every
    column (the median), or the label above a night's column (the most), in the text's
    colour, with a halo of the background where it crosses a neighbouring column."""
    y = _y(reference.number, scale, plot)
    attrs: AttrDict = {**text_attrs(canvas, small=True, bold=True, cls="c-reference c-halo"),
                       "data-reference": reference.key, **_halo()}  # fmt: skip
    if reference.night is None:
        rule = empty("line", {"class": "c-rule", "x1": plot[0], "x2": plot[2] + 3, "y1": y,
                              "y2": y, "stroke": PAGE[LIGHT]["text"], "stroke-width": 1.5,
                              "stroke-dasharray": "5 3"})  # fmt: skip
        step = canvas.small * 1.15
        lines = [
            element("tspan", {"x": plot[2] + 6, "y": y - 2 + row * step}, [escape(words)])
            for row, words in enumerate((reference.label, reference.number_text))
        ]
        if reference.derived:  # as every figure worked out by us is labelled
            muted = {"class": "c-t-muted c-derived", "fill": PAGE[LIGHT]["muted"],
                     "font-weight": "400"}  # fmt: skip
            lines.append(element("tspan", {"x": plot[2] + 6, "y": y - 2 + 2 * step, **muted},
                                 ["derived"]))  # fmt: skip
        return [rule, element("text", attrs, lines)]
    index = next((i for i, b in enumerate(data.bars) if b.night == reference.night), None)
    if index is None:
        return []
    words = f"{reference.label} {reference.number_text}"
    half = text_width(words, canvas.small, bold=True) / 2
    # into the margin only where no rule's label is at its height
    rules = [_y(r.number, scale, plot) for r in data.references if r.night is None]
    clear = all(y - 5 < rule - canvas.small - 2 or y - 5 - canvas.small > rule + 2 * canvas.small
                for rule in rules)  # fmt: skip
    right = canvas.width if clear else plot[2]
    centre = min(max(plot[0] + (index + 0.5) * slot, plot[0] + half), right - half)
    return [text(centre, y - 5, words, {**attrs, "text-anchor": "middle"})]


def _halo() -> AttrDict:
    return {"stroke": PAGE[LIGHT]["background"], "stroke-width": HALO, "paint-order": "stroke",
            "stroke-linejoin": "round"}  # fmt: skip


def date_ticks(data: ChartData, canvas: Canvas) -> list[tuple[int, str, bool]]:
    """(index, words, strong) of the dates under the columns, left to right: the night
    set in context in bold (its label), then every `step`th night back from the latest,
    as many as fit without touching it or each other."""
    _, plot, slot = geometry(data, canvas)
    size = canvas.small
    widest = max((text_width(short_day(b.night), size) for b in data.bars), default=0.0)
    step = next((s for s in range(1, len(data.bars)) if s * slot >= widest + 8), len(data.bars))
    last = len(data.bars) - 1
    order = sorted(range(len(data.bars)), key=lambda i: (not _strong(data, data.bars[i]), -i))
    placed: list[tuple[float, float]] = []
    chosen = []
    for index in order:
        bar = data.bars[index]
        strong = _strong(data, bar)
        if not strong and (last - index) % step:
            continue
        words = (data.highlight_label or short_day(bar.night)) if strong else short_day(bar.night)
        left, right = _extent(words, strong, index, plot, slot, canvas)
        if any(left < r + 8 and right > lft - 8 for lft, r in placed):
            continue
        placed.append((left, right))
        chosen.append((index, words, strong))
    return sorted(chosen)


def _strong(data: ChartData, bar: Bar) -> bool:
    return bar.night is not None and bar.night == data.highlight


def _extent(words: str, strong: bool, index: int, plot: Box, slot: float,
            canvas: Canvas) -> tuple[float, float]:  # fmt: skip
    half = text_width(words, canvas.small, bold=strong) / 2
    centre = min(max(plot[0] + (index + 0.5) * slot, half), canvas.width - half)
    return centre - half, centre + half


def _date(index: int, words: str, strong: bool, plot: Box, slot: float, canvas: Canvas) -> str:
    left, right = _extent(words, strong, index, plot, slot, canvas)
    attrs: AttrDict = {**text_attrs(canvas, muted=not strong, small=True, bold=strong,
                                    cls="c-tick"), "text-anchor": "middle"}  # fmt: skip
    if strong:  # the night's label, in its column's colour
        attrs.update({"class": "c-fill-highlight c-highlight-label",
                      "fill": SWATCHES[LIGHT]["highlight"].fill})  # fmt: skip
    return text((left + right) / 2, plot[3] + canvas.line * 0.72, words, attrs)
