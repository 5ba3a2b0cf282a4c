"""The interactive chart of a series drawn as lines alone (`Layout.LINES`): shares in
percent over time, each line with its own marker shape, broken where a share is missing
(never 0%), nights without a report as grey bands, the nights that have an explainer
marked and linked. Hover or tap a night for every line's value and what it is made of."""

from __future__ import annotations

from typing import Any

from generator.charts.model import ChartData
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.plotly_columns import HEIGHT, MARGIN, date_axis
from generator.charts.plotly_common import Figure, base_layout, plotly_text
from generator.charts.plotly_series import (
    PERCENT,
    gap_trace,
    marks_layout,
    opening_bars,
    styled_y_axis,
    x_values,
)
from generator.charts.plotly_views import date_ticks
from generator.charts.svgparts import Canvas


def lines_figure(data: ChartData, scheme: str, canvas: Canvas) -> Figure:
    page = PAGE[scheme]
    x = x_values(data)
    traces: list[dict[str, Any]] = [gap_trace(data, scheme, PERCENT.maximum)]
    for line in data.lines:
        colour = SWATCHES[scheme][line.measure.style].fill
        hovers = [
            plotly_text(
                f"{line.measure.label}: {line.text(v)}" + (f" ({v.note})" if v.note else "")
            )
            for v in line.values
        ]
        traces.append(
            dict(
                type="scatter",
                name=plotly_text(line.measure.label),
                x=x,
                y=[v.number for v in line.values],
                mode="lines+markers" if line.symbol else "lines",
                connectgaps=False,
                line={"color": colour, "width": 1.75, "dash": "dash" if line.dashed else "solid"},
                marker={"symbol": line.symbol or "circle", "size": 7, "color": colour},
                hovertext=hovers,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    suffix = data.lines[0].suffix if data.lines else ""
    layout = {
        **base_layout(scheme, HEIGHT),
        **marks_layout(data, scheme),
        "hovermode": "x unified",
        "margin": MARGIN,
        "xaxis": {**date_axis(data, page), **date_ticks(data, opening_bars(data), canvas)},
        "yaxis": styled_y_axis(PERCENT, page, suffix),
    }
    return {"data": traces, "layout": layout}
