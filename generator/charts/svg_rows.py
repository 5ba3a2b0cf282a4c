"""The static chart of a few reports: one horizontal bar per report, its labels above it
and its parts named below it, on one axis. Drawn at build time, in Python.

Made for a phone first: labels never sit beside a bar (they would squeeze it), every
part is named with its number under the bar (so nothing depends on colour or hover),
and a number is written on its segment only where it fits.
"""

from __future__ import annotations

from markupsafe import Markup

from generator.charts.model import Bar, ChartData, Measure, Value, ValueStatus
from generator.charts.palette import PAGE
from generator.charts.svgparts import (
    LIGHT,
    NARROW,
    Canvas,
    DrawStyle,
    Item,
    flow,
    hatch_patterns,
    label_attrs,
    shape_attrs,
    text_attrs,
)
from generator.charts.svgwriter import empty, svg, text
from generator.charts.textwidth import text_width, wrap
from generator.charts.ticks import Scale, largest_drawn, nice_scale, tick_label

TRACK = 26.0  # bar height
BAR_GAP = 22.0  # between one report's names and the next report's label
INSET = 1.0  # keeps outlines inside the drawing
DRAWN = (ValueStatus.REPORTED, ValueStatus.DERIVED)


def rows_svg(data: ChartData, canvas: Canvas, labelledby: str) -> Markup:
    prefix = f"chart-{data.id}-{canvas.name}"
    scale = nice_scale(largest_drawn(data), 5 if canvas is NARROW else 8)
    out = [hatch_patterns(prefix)]
    y = 0.0
    for bar in data.bars:
        y = _bar(out, data, bar, scale, canvas, prefix, y) + BAR_GAP
    y = _axis(out, data, scale, canvas, y - BAR_GAP / 2)
    return svg(
        canvas.width,
        y,
        out,
        f"chart-svg chart-svg-{canvas.name}",
        labelledby=labelledby,
        title_text=data.title,
        chart_id=data.id,
    )


def total_phrase(data: ChartData, total: Value) -> str:
    """ "108 launched", "launched: not reported"."""
    if total.has_number:
        return f"{total.text()} {data.total.phrase}"
    return f"{data.total.phrase}: {total.missing_words}"


def bar_heading(data: ChartData, bar: Bar) -> str:
    """A report's heading states what its source gave: "Russia on Ukraine: 108 launched";
    without the whole, its parts ("Ukraine on Russia: 8 intercepted"), the missing whole
    told where the bar would be ("Launched: not reported"), not in the heading."""
    if bar.total.has_number:
        return f"{bar.label}: {total_phrase(data, bar.total)}"
    given = [
        f"{value.text()} {bar.part_phrase(i, measure)}"
        for i, (measure, value) in enumerate(zip(data.parts, bar.parts, strict=True))
        if value.has_number and value.status is ValueStatus.REPORTED
    ]
    return f"{bar.label}: {', '.join(given) if given else total_phrase(data, bar.total)}"


def part_words(
    bar: Bar, index: int, measure: Measure, value: Value, with_number: bool = True
) -> str:
    """How a part is named under its bar: "Shot down 35 (32%)", "Suppressed: not
    reported", "Unaccounted for 15 (14%), derived"; without the number ("Shot down
    (32%)") where it is written on its segment already."""
    label = bar.part_label(index, measure)
    if not value.has_number:
        return f"{label}: {value.missing_words}"
    words = f"{label} {value.text()}" if with_number else label
    if value.share is not None:
        words += f" ({value.share}%)"
    if value.status is ValueStatus.DERIVED:
        words += ", derived"
    return words


def _bar(
    out: list[str], data: ChartData, bar: Bar, scale: Scale, canvas: Canvas, prefix: str, y: float
) -> float:
    """Draws one report from `y` down; returns where it ends."""
    width = canvas.width
    heading = bar_heading(data, bar)
    for line in wrap(heading, width, canvas.font, bold=True):
        y += canvas.line
        out.append(
            text(
                0,
                y - canvas.line * 0.28,
                line,
                text_attrs(canvas, bold=True, cls="c-bar-label", data={"bar": bar.key}),
            )
        )
    for line in wrap(bar.detail, width, canvas.small) if bar.detail else []:
        y += canvas.line
        out.append(
            text(0, y - canvas.line * 0.28, line, text_attrs(canvas, muted=True, small=True))
        )
    y += 4
    _track(out, scale, canvas, y)
    end, written = _segments(out, data, bar, scale, canvas, prefix, y)
    _rest(out, data, bar, scale, canvas, y, end)
    y += TRACK + 4
    items = [
        Item(
            _kind(measure, value),
            measure.style,
            part_words(bar, i, measure, value, with_number=measure.key not in written),
            (("bar", bar.key), ("measure", measure.key)),
        )
        for i, (measure, value) in enumerate(zip(data.parts, bar.parts, strict=True))
    ]
    markup, height = flow(items, 0, y, width, canvas, prefix)
    out += markup
    return y + height


def _kind(measure: Measure, value: Value) -> str:
    if value.status not in DRAWN or value.number is None:
        return DrawStyle.MISSING
    return (
        DrawStyle.HATCH
        if measure.derived or value.status is ValueStatus.DERIVED
        else DrawStyle.FILL
    )


def _x(value: float, scale: Scale, canvas: Canvas) -> float:
    return INSET + value / scale.maximum * (canvas.width - 2 * INSET)


def _track(out: list[str], scale: Scale, canvas: Canvas, y: float) -> None:
    """Gridlines at the axis' ticks, behind the bar."""
    for tick in scale.ticks:
        role = "axis" if tick == 0 else "grid"
        out.append(
            empty(
                "line",
                {
                    "class": f"c-{role}",
                    "x1": _x(tick, scale, canvas),
                    "x2": _x(tick, scale, canvas),
                    "y1": y - 3,
                    "y2": y + TRACK + 3,
                    "stroke": PAGE[LIGHT][role],
                    "stroke-width": 1,
                },
            )
        )


def _segments(
    out: list[str], data: ChartData, bar: Bar, scale: Scale, canvas: Canvas, prefix: str, y: float
) -> tuple[float, set[str]]:
    """The parts with a number, stacked from 0; returns the x where they end and the
    measures whose number is written on their segment."""
    x = _x(0, scale, canvas)
    written: set[str] = set()
    for measure, value in zip(data.parts, bar.parts, strict=True):
        kind = _kind(measure, value)
        if kind == DrawStyle.MISSING or value.number is None:
            continue
        width = _x(value.number, scale, canvas) - INSET
        out.append(
            empty(
                "rect",
                {
                    "x": x,
                    "y": y,
                    "width": width,
                    "height": TRACK,
                    **shape_attrs(kind, measure.style, prefix),
                    "data-bar": bar.key,
                    "data-measure": measure.key,
                },
            )
        )
        if x > INSET:  # a hairline of page colour between two parts
            out.append(
                empty(
                    "line",
                    {
                        "class": "c-sep",
                        "x1": x,
                        "x2": x,
                        "y1": y,
                        "y2": y + TRACK,
                        "stroke": PAGE[LIGHT]["background"],
                        "stroke-width": 1.5,
                    },
                )
            )
        words = value.text()
        if text_width(words, canvas.font, bold=True) + 6 <= width:
            attrs = {
                **label_attrs(kind, measure.style),
                "font-size": canvas.font,
                "font-weight": "700",
                "text-anchor": "middle",
                "data-bar": bar.key,
                "data-measure": measure.key,
            }
            attrs["class"] = f"{attrs['class']} c-value"
            out.append(text(x + width / 2, y + TRACK / 2 + canvas.font * 0.36, words, attrs))
            written.add(measure.key)
        x += width
    return x, written


def _rest(
    out: list[str], data: ChartData, bar: Bar, scale: Scale, canvas: Canvas, y: float, end: float
) -> None:
    """What the parts leave unexplained. The rest of a known whole that the source did
    not break down is a quantity: a dashed outline, named. A whole the source did not
    give is no quantity at all: nothing is drawn for it, only words where it would be."""
    total = bar.total
    known = total.number is not None and total.status in DRAWN
    if known:
        assert total.number is not None
        right = _x(total.number, scale, canvas)
        words = "not broken down"
    else:
        right = canvas.width - INSET
        words = first_upper(total_phrase(data, total))
    if right - end < 2:
        return
    if known:
        out.append(
            empty(
                "rect",
                {
                    "x": end,
                    "y": y + 0.75,
                    "width": right - end,
                    "height": TRACK - 1.5,
                    **shape_attrs(DrawStyle.MISSING, "", ""),
                    "data-bar": bar.key,
                    "data-measure": data.total.key,
                },
            )
        )
    if text_width(words, canvas.small) + 12 <= right - end:
        out.append(
            text(
                end + 6,
                y + TRACK / 2 + canvas.small * 0.36,
                words,
                text_attrs(canvas, small=True, cls="c-missing-label", data={"bar": bar.key}),
            )
        )


def _axis(out: list[str], data: ChartData, scale: Scale, canvas: Canvas, y: float) -> float:
    """Tick labels under the last report, and the unit."""
    y += canvas.line
    ticks = scale.ticks
    for number, tick in enumerate(ticks):
        anchor = "start" if number == 0 else "end" if number == len(ticks) - 1 else "middle"
        out.append(
            text(
                _x(tick, scale, canvas),
                y - canvas.line * 0.28,
                tick_label(tick),
                {**text_attrs(canvas, muted=True, small=True, cls="c-tick"), "text-anchor": anchor},
            )
        )
    y += canvas.line
    out.append(
        text(
            0,
            y - canvas.line * 0.28,
            f"Number of {data.unit}",
            text_attrs(canvas, muted=True, small=True, cls="c-unit"),
        )
    )
    return y + 2


def first_upper(text: str) -> str:
    """ "launched: TODO" → "Launched: TODO" (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]
