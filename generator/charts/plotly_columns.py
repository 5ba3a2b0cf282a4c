"""The interactive chart of a series of nights: stacked columns, lines over them, nights
without a report as grey bands, the nights that have an explainer marked and linked,
every figure of a night in one label on hover or tap, and buttons to choose the range
shown (the latest 7 or 30 nights, or all) unless the page offers its own (`spans`)."""

from __future__ import annotations

from typing import Any

from generator.charts.model import ChartData, ValueStatus
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.plotly_common import Figure, base_layout, derived_hatch, plotly_text
from generator.charts.plotly_series import (
    gap_trace,
    marks_layout,
    opening_bars,
    opening_range,
    scale_of,
    styled_y_axis,
    x_values,
)
from generator.charts.plotly_views import date_ticks, night_trace
from generator.charts.svg_rows import part_words, total_phrase
from generator.charts.svgparts import Canvas

DRAWN = (ValueStatus.REPORTED, ValueStatus.DERIVED)
HEIGHT = 340
# room on the right for the latest night's date, centred under its column (as the static
# chart writes it: always)
MARGIN = {"l": 44, "r": 20, "t": 44, "b": 36, "pad": 0}


def columns_figure(data: ChartData, scheme: str, canvas: Canvas) -> Figure:
    page = PAGE[scheme]
    # the axis of the nights the chart opens on, as in the static chart
    scale = scale_of(data, opening_bars(data), canvas)
    x = x_values(data)
    # a band as high as any range's axis goes (the plot clips it to the axis shown)
    tallest = scale_of(data, range(len(data.bars)), canvas).maximum
    traces: list[dict[str, Any]] = [gap_trace(data, scheme, tallest)]
    traces += _part_traces(data, x, scheme)
    traces.append(_rest_trace(data, x, page))
    for line in data.lines:
        traces.append(
            dict(
                type="scatter",
                name=plotly_text(line.measure.label),
                x=x,
                mode="lines",
                connectgaps=False,
                y=[v.number for v in line.values],
                line={"color": SWATCHES[scheme][line.measure.style].fill, "width": 2.5},
                hovertemplate=plotly_text(line.measure.label) + f": %{{y:,.{line.decimals}f}}"
                "<extra></extra>",
            )
        )
    traces.append(night_trace(data, x))
    layout = {
        **base_layout(scheme, HEIGHT),
        **marks_layout(data, scheme),
        "barmode": "stack",
        "bargap": 0.25,
        "hovermode": "x unified",
        "margin": MARGIN,
        "xaxis": {**date_axis(data, page), **date_ticks(data, opening_bars(data), canvas)},
        "yaxis": {
            **styled_y_axis(scale, page),
            "title": {
                "text": plotly_text(f"Number of {data.unit}"),
                "font": {"size": 12, "color": page["muted"]},
                "standoff": 4,
            },
        },
    }
    return {"data": traces, "layout": layout}


def date_axis(data: ChartData, page: dict[str, str]) -> dict[str, Any]:
    axis: dict[str, Any] = {
        "type": "date",
        "range": opening_range(data),
        "tickformat": "%-d %b",
        "hoverformat": "%-d %B %Y",
        "tickfont": {"size": 12, "color": page["muted"]},
        "showgrid": False,
        "linecolor": page["axis"],
    }
    if not data.spans:  # the page offers no ranges of its own: the chart does
        axis["rangeselector"] = _range_buttons(data, page)
    return axis


def _part_traces(data: ChartData, x: list[str], scheme: str) -> list[dict[str, Any]]:
    traces = []
    for index, measure in enumerate(data.parts):
        swatch = SWATCHES[scheme][measure.style]
        values = [
            b.parts[index].number if b.parts[index].status in DRAWN else None for b in data.bars
        ]
        hovers = [plotly_text(part_words(b, index, measure, b.parts[index])) for b in data.bars]
        marker: dict[str, Any] = {"color": swatch.fill, "line": {"width": 0}}
        if measure.derived and swatch.stripe:
            marker["pattern"] = derived_hatch(swatch, 6)
        traces.append(
            dict(
                type="bar",
                name=plotly_text(measure.label),
                x=x,
                y=values,
                marker=marker,
                hovertext=hovers,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    return traces


def _rest_trace(data: ChartData, x: list[str], page: dict[str, str]) -> dict[str, Any]:
    """The outline of a known whole above its parts, where the source did not break it
    down (its height is drawn, never written as a number)."""
    heights: list[float | None] = []
    for bar in data.bars:
        drawn = sum(float(v.number or 0) for v in bar.parts if v.status in DRAWN)
        total = bar.total.number
        heights.append(float(total) - drawn if total is not None and total > drawn else None)
    hovers = [plotly_text(total_phrase(data, b.total)) for b in data.bars]
    return dict(
        type="bar",
        name="Not broken down",
        x=x,
        y=heights,
        hovertext=hovers,
        hovertemplate="%{hovertext}<extra></extra>",
        marker={"color": "rgba(0,0,0,0)", "line": {"color": page["outline"], "width": 1}},
    )


def _range_buttons(data: ChartData, page: dict[str, str]) -> dict[str, Any]:
    counts = [n for n in (7, 30, 90, 365) if n < len(data.bars)]
    buttons = [
        {"count": n, "label": f"{n} nights", "step": "day", "stepmode": "backward"}
        for n in counts[:2]
    ]
    buttons.append({"step": "all", "label": "All"})
    return {
        "buttons": buttons,
        "x": 0,
        "y": 1.02,
        "yanchor": "bottom",
        "bgcolor": page["gap"],
        "activecolor": page["grid"],
        "font": {"size": 12, "color": page["text"]},
    }
