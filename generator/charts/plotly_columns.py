"""The interactive chart of a series of nights: stacked columns, lines over them, nights
without a report as grey bands, every figure of a night in one label on hover or tap,
and buttons to choose the range shown (the latest 7 or 30 nights, or all)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from generator.charts.model import Bar, ChartData, Status
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.plotly_common import Figure, base_layout, plotly_text
from generator.charts.svg_rows import part_words, total_phrase
from generator.charts.svgparts import NARROW, Canvas
from generator.charts.ticks import largest_drawn, nice_scale, tick_label

DRAWN = (Status.REPORTED, Status.DERIVED)
DAY_MS = 86_400_000
HEIGHT = 340


def columns_figure(data: ChartData, scheme: str, canvas: Canvas) -> Figure:
    page = PAGE[scheme]
    scale = nice_scale(largest_drawn(data), 4 if canvas is NARROW else 6)
    x = [_x(bar) for bar in data.bars]
    no_report = [None if _has_figures(b) else scale.maximum for b in data.bars]
    traces: list[dict[str, Any]] = [
        dict(
            type="bar",
            name="No report",
            x=x,
            y=no_report,
            width=DAY_MS,
            marker={"color": page["gap"]},
            hovertemplate="No report<extra></extra>",
        ),
    ]
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
    layout = {
        **base_layout(scheme, HEIGHT),
        "barmode": "stack",
        "bargap": 0.25,
        "hovermode": "x unified",
        "margin": {"l": 44, "r": 8, "t": 44, "b": 36, "pad": 0},
        "xaxis": {
            "type": "date",
            "range": _opening_range(data),
            "tickformat": "%-d %b",
            "hoverformat": "%-d %B %Y",
            "tickfont": {"size": 12, "color": page["muted"]},
            "showgrid": False,
            "linecolor": page["axis"],
            "rangeselector": _range_buttons(data, page),
        },
        "yaxis": {
            "range": [0, scale.maximum],
            "tickvals": list(scale.ticks),
            "ticktext": [tick_label(t) for t in scale.ticks],
            "tickfont": {"size": 12, "color": page["muted"]},
            "gridcolor": page["grid"],
            "zerolinecolor": page["axis"],
            "fixedrange": True,
            "title": {
                "text": plotly_text(f"Number of {data.unit}"),
                "font": {"size": 12, "color": page["muted"]},
                "standoff": 4,
            },
        },
    }
    return {"data": traces, "layout": layout}


def _x(bar: Bar) -> str:
    return bar.night.isoformat() if bar.night else bar.key


def _has_figures(bar: Bar) -> bool:
    return bar.total.has_number or any(v.has_number for v in bar.parts)


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
            marker["pattern"] = {
                "shape": "/",
                "fgcolor": swatch.stripe,
                "bgcolor": swatch.fill,
                "fillmode": "replace",
                "size": 6,
                "solidity": 0.4,
            }
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


def _opening_range(data: ChartData) -> list[str] | None:
    nights = [b.night for b in data.bars if b.night]
    if not nights:
        return None
    first = nights[-data.recent] if data.recent and len(nights) > data.recent else nights[0]
    return [_edge(first, -12), _edge(nights[-1], 12)]


def _edge(day: date, hours: int) -> str:
    return (datetime.combine(day, time(0)) + timedelta(hours=hours)).isoformat(" ")


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
