"""The interactive chart of a few reports: the static chart's horizontal bars, drawn by
Plotly, with each segment's exact figures and source on hover or tap.

The vertical axis counts pixels (its range is the figure's height), so labels are placed
exactly, as in the static SVG, and wrapped to the canvas' width, never overlapping: one
figure for a phone's width, one for wider plots (plotly_spec.py `widths`).
"""

from __future__ import annotations

from typing import Any

from generator.charts.model import Bar, ChartData, ValueStatus
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.plotly_common import Figure, base_layout, derived_hatch, plotly_text
from generator.charts.plotly_views import as_shares
from generator.charts.svg_rows import DRAWN, bar_heading, first_upper, part_words, total_phrase
from generator.charts.svgparts import NARROW, Canvas
from generator.charts.textwidth import text_width, wrap
from generator.charts.ticks import Scale, largest_drawn, nice_scale, tick_label

PERCENT = Scale(100.0, 25.0)

MARGIN = {"l": 10, "r": 14, "t": 4, "b": 48, "pad": 0}  # room for the first and last tick
TRACK = 28.0
HEAD_LINE, SMALL_LINE = 18.0, 16.0
BAR_GAP = 20.0


def rows_figure(data: ChartData, scheme: str, canvas: Canvas, shares: bool = False) -> Figure:
    """The figure for a plot about `canvas.width` pixels wide: labels are wrapped to it.
    `shares`: each bar drawn as the shares of its whole (plotly_views.py `as_shares`),
    its words still the counts'."""
    wrap_width = canvas.width - MARGIN["l"] - MARGIN["r"] - 4
    drawn = as_shares(data) if shares else data
    scale = PERCENT if shares else nice_scale(largest_drawn(data), 5 if canvas is NARROW else 8)
    page = PAGE[scheme]
    annotations: list[dict[str, Any]] = []
    shapes: list[dict[str, Any]] = []
    centres: list[float] = []
    y = 0.0
    for bar, drawn_bar in zip(data.bars, drawn.bars, strict=True):
        y = _labels(annotations, data, bar, y, page, wrap_width)
        centres.append(y + TRACK / 2)
        _grid(shapes, scale, y, page)
        _rest(shapes, annotations, data, drawn_bar, scale, y, page, wrap_width)
        y += TRACK + 6
        words = " · ".join(
            part_words(bar, i, m, v)
            for i, (m, v) in enumerate(zip(data.parts, bar.parts, strict=True))
        )
        lines = wrap(words, wrap_width, 12)
        annotations.append(_note(lines, y, 12, page["muted"]))
        y += len(lines) * SMALL_LINE + BAR_GAP
    height = y - BAR_GAP + 6
    layout = {
        **base_layout(scheme, height + MARGIN["t"] + MARGIN["b"]),
        "barmode": "stack",
        "margin": {**MARGIN, "l": 16, "r": 24} if shares else MARGIN,  # room for "100%"
        "hovermode": "closest",
        "annotations": annotations,
        "shapes": shapes,
        "xaxis": _xaxis(data, scale, page, "%" if shares else ""),
        "yaxis": {"range": [height, 0], "visible": False, "fixedrange": True},
    }
    return {"data": _traces(data, centres, scheme, drawn if shares else None), "layout": layout}


def _labels(
    annotations: list[dict[str, Any]],
    data: ChartData,
    bar: Bar,
    y: float,
    page: dict[str, str],
    wrap_width: float,
) -> float:
    heading = wrap(bar_heading(data, bar), wrap_width, 13, bold=True)
    annotations.append(
        _note(
            [f"<b>{plotly_text(line)}</b>" for line in heading], y, 13, page["text"], escape=False
        )
    )
    y += len(heading) * HEAD_LINE
    if bar.detail:
        detail = wrap(bar.detail, wrap_width, 12)
        annotations.append(_note(detail, y, 12, page["muted"]))
        y += len(detail) * SMALL_LINE
    return y + 6


def _note(
    lines: list[str], y: float, size: int, colour: str, escape: bool = True
) -> dict[str, Any]:
    text = "<br>".join(plotly_text(line) if escape else line for line in lines)
    return {
        "text": text,
        "x": 0,
        "xref": "paper",
        "xanchor": "left",
        "y": y,
        "yref": "y",
        "yanchor": "top",
        "showarrow": False,
        "align": "left",
        "font": {"size": size, "color": colour},
        "captureevents": False,
    }


def _grid(shapes: list[dict[str, Any]], scale: Scale, y: float, page: dict[str, str]) -> None:
    for tick in scale.ticks:
        colour = page["axis"] if tick == 0 else page["grid"]
        shapes.append(
            {
                "type": "line",
                "x0": tick,
                "x1": tick,
                "y0": y - 3,
                "y1": y + TRACK + 3,
                "xref": "x",
                "yref": "y",
                "layer": "below",
                "line": {"color": colour, "width": 1},
            }
        )


def _rest(
    shapes: list[dict[str, Any]],
    annotations: list[dict[str, Any]],
    data: ChartData,
    bar: Bar,
    scale: Scale,
    y: float,
    page: dict[str, str],
    wrap_width: float,
) -> None:
    """As in the static chart: a dashed outline for the rest of a whole the source did
    not break down; for a whole it did not give, words only (nothing drawn)."""
    end = sum(v.number or 0 for v in bar.parts if v.status in DRAWN)
    total = bar.total
    known = total.number is not None and total.status in DRAWN
    right = float(total.number or 0) if known else scale.maximum
    words = "not broken down" if known else first_upper(total_phrase(data, total))
    if right > end and known:
        shapes.append(
            {
                "type": "rect",
                "x0": end,
                "x1": right,
                "y0": y + 1,
                "y1": y + TRACK - 1,
                "xref": "x",
                "yref": "y",
                "layer": "above",
                "line": {"color": page["outline"], "width": 1.5, "dash": "dash"},
            }
        )
    if right > end:
        room = (right - end) / scale.maximum * wrap_width
        if text_width(words, 12) + 12 <= room:
            annotations.append(
                {
                    "text": plotly_text(words),
                    "x": end,
                    "xref": "x",
                    "xshift": 6,
                    "xanchor": "left",
                    "y": y + TRACK / 2,
                    "yref": "y",
                    "showarrow": False,
                    "font": {"size": 12, "color": page["text"]},
                    "hovertext": plotly_text(f"{bar.label}: {words}"),
                }
            )


def _xaxis(data: ChartData, scale: Scale, page: dict[str, str], suffix: str = "") -> dict[str, Any]:
    title = f"Share of the {data.unit} launched" if suffix else f"Number of {data.unit}"
    return {
        "range": [0, scale.maximum],
        "tickvals": list(scale.ticks),
        "ticktext": [tick_label(t) + suffix for t in scale.ticks],
        "tickfont": {"size": 12, "color": page["muted"]},
        "title": {
            "text": plotly_text(title),
            "font": {"size": 12, "color": page["muted"]},
            "standoff": 6,
        },
        "showgrid": False,
        "zeroline": False,
        "showline": False,
        "fixedrange": True,
        "automargin": False,
    }


def _traces(
    data: ChartData, centres: list[float], scheme: str, shares: ChartData | None = None
) -> list[dict[str, Any]]:
    """One trace per part; a bar without a number for it has a gap (None), not 0. With
    `shares` (the data as shares) the segments are the shares, written "32%"."""
    traces = []
    page = PAGE[scheme]
    for index, measure in enumerate(data.parts):
        swatch = SWATCHES[scheme][measure.style]
        values, texts, hovers = [], [], []
        for number, bar in enumerate(data.bars):
            value = bar.parts[index]
            drawn = value.status in DRAWN and value.number is not None
            if shares is None:
                values.append(value.number if drawn else None)
                texts.append(value.text() if drawn else "")
            else:
                share = shares.bars[number].parts[index]
                values.append(share.number if share.has_number else None)
                texts.append(f"{value.share}%" if share.has_number else "")
            hovers.append(
                plotly_text(f"{bar.label} · {bar.source}")
                + "<br>"
                + plotly_text(part_words(bar, index, measure, value))
                + ("<br>" + plotly_text(value.note) if value.note and drawn else "")
            )
        hatched = measure.derived or any(
            b.parts[index].status is ValueStatus.DERIVED for b in data.bars
        )
        marker: dict[str, Any] = {
            "color": swatch.fill,
            "line": {"color": swatch.fill if hatched else page["background"], "width": 1.5},
        }
        if hatched and swatch.stripe:
            marker["pattern"] = derived_hatch(swatch, 8)
        traces.append(
            dict(
                type="bar",
                name=plotly_text(measure.label),
                x=values,
                y=centres,
                orientation="h",
                width=TRACK,
                text=texts,
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,
                textfont={"color": swatch.ink, "size": 13},
                marker=marker,
                hovertext=hovers,
                hovertemplate="%{hovertext}<extra></extra>",
                cliponaxis=False,
            )
        )
    return traces
