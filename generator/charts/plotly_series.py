"""What both interactive series charts (columns and lines) share: nights on a date axis,
nights without a report as grey bands, the nights that have an explainer as dashed
rules with a link, and the ranges of nights a page lets the reader choose (`spans`), each
with the value axis that fits the nights it shows, as the static chart computes it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from markupsafe import escape

from generator.charts.legend import legend_entries
from generator.charts.model import Bar, ChartData, Layout, Span
from generator.charts.palette import PAGE
from generator.charts.plotly_common import FONT, plotly_text
from generator.charts.plotly_views import date_ticks
from generator.charts.svg_columns import shown_bars
from generator.charts.svgparts import NARROW, Canvas
from generator.charts.table import span_caption
from generator.charts.ticks import Scale, largest_drawn, nice_scale, tick_label
from generator.web.templating import long_date

DAY_MS = 86_400_000
PERCENT = Scale(100.0, 25.0)


def x_values(data: ChartData) -> list[str]:
    return [bar.night.isoformat() if bar.night else bar.key for bar in data.bars]


def gap_trace(data: ChartData, scheme: str, height: float) -> dict[str, Any]:
    """A grey band the plot's height on each night without a report."""
    return dict(
        type="bar",
        name="No report",
        x=x_values(data),
        y=[height if bar.gap else None for bar in data.bars],
        width=DAY_MS,
        marker={"color": PAGE[scheme]["gap"]},
        hovertemplate="No report<extra></extra>",
    )


def scale_of(data: ChartData, bars: range, canvas: Canvas) -> Scale:
    """The value axis for the nights at these indexes (as the static chart draws them)."""
    if data.layout is Layout.LINES:
        return PERCENT
    shown = [data.bars[i] for i in bars]
    largest = max(
        [
            largest_drawn(ChartData(data.id, "", "", data.total, data.parts, tuple(shown))),
            *(ln.values[i].number or 0 for ln in data.lines for i in bars),
        ]
    )
    return nice_scale(largest, 4 if canvas is NARROW else 6)


def opening_bars(data: ChartData) -> range:
    start, _ = shown_bars(data)
    return range(start, len(data.bars))


def y_axis(scale: Scale, suffix: str = "") -> dict[str, Any]:
    return {
        "range": [0, scale.maximum],
        "tickvals": list(scale.ticks),
        "ticktext": [tick_label(t) + suffix for t in scale.ticks],
    }


def styled_y_axis(scale: Scale, page: dict[str, str], suffix: str = "") -> dict[str, Any]:
    """The value axis as a series chart opens with it: fixed (a reader zooms in time, not
    in counts), muted ticks, the palette's grid."""
    return {
        **y_axis(scale, suffix),
        "tickfont": {"size": 12, "color": page["muted"]},
        "gridcolor": page["grid"],
        "zerolinecolor": page["axis"],
        "fixedrange": True,
    }


def x_range(first: date, last: date) -> list[str]:
    """From the middle of the evening before the first night to the morning after the
    last, so their columns are whole."""
    return [_edge(first, -12), _edge(last, 12)]


def _edge(day: date, hours: int) -> str:
    return (datetime.combine(day, time(0)) + timedelta(hours=hours)).isoformat(" ")


def opening_range(data: ChartData) -> list[str] | None:
    nights = [data.bars[i].night for i in opening_bars(data)]
    days = [n for n in nights if n is not None]
    return x_range(days[0], days[-1]) if days else None


def marks_layout(data: ChartData, scheme: str) -> dict[str, Any]:
    """A dashed rule through each night that has an explainer and, above the plot, the
    word linking to it (Plotly makes an annotation of a single link a link), anchored so
    that it stays inside the chart for the range it opens on."""
    page = PAGE[scheme]
    shapes, notes = [], []
    nights = [data.bars[i].night for i in opening_bars(data)]
    anchors = mark_anchors(data, nights[0], nights[-1]) if nights and nights[0] and nights[-1] \
        else ["center"] * len(data.marks)  # fmt: skip
    for mark, anchor in zip(data.marks, anchors, strict=True):
        day = mark.night.isoformat()
        shapes.append(
            {"type": "line", "xref": "x", "yref": "paper", "x0": day, "x1": day, "y0": 0,
             "y1": 1, "layer": "below", "line": {"color": page["text"], "width": 1.5,
                                                  "dash": "dot"}}
        )  # fmt: skip
        # _self: Plotly opens links in a new tab unless told otherwise; this is our site
        link = f'<a href="{escape(mark.href)}" target="_self">{escape(mark.label)}</a>'
        notes.append(
            {"x": day, "xref": "x", "y": 1, "yref": "paper", "yanchor": "bottom",
             "xanchor": anchor, "showarrow": False, "text": link,
             "hovertext": plotly_text(mark.title),
             "font": {"family": FONT, "size": 12, "color": page["text"]}}
        )  # fmt: skip
    return {"shapes": shapes, "annotations": notes} if shapes else {}


def span_presets(data: ChartData, canvases: tuple[Canvas, ...]) -> dict[str, Any]:
    """For each range a page offers: its nights, the caption of its table and, for each
    canvas, the layout that shows it (x range and the value axis that fits it)."""
    presets: dict[str, Any] = {}
    suffix = data.lines[0].suffix if data.layout is Layout.LINES and data.lines else ""
    for span in data.spans:
        indexes = [i for i, bar in enumerate(data.bars) if bar.night and _inside(bar, span)]
        if not indexes:
            continue
        bars = range(indexes[0], indexes[-1] + 1)
        presets[span.key] = {
            "first": span.first.isoformat(),
            "last": span.last.isoformat(),
            "caption": span_caption(span),
            "status": f"Showing {_lower(span.label)}: {long_date(span.first)} to "
            f"{long_date(span.last)}.",
            "legend": [entry.key for entry in legend_entries(data, bars)],
            "layouts": {
                canvas.name: {
                    "xaxis": {
                        "range": x_range(span.first, span.last),
                        **date_ticks(data, bars, canvas),
                    },
                    "yaxis": y_axis(scale_of(data, bars, canvas), suffix),
                    **_anchored(data, span),
                }
                for canvas in canvases
            },
        }
    return presets


def mark_anchors(data: ChartData, first: date, last: date) -> list[str]:
    """Where each mark's word sits against its rule, for the nights first to last: to
    its right near the left edge, to its left near the right edge, else centred."""
    length = max(1, (last - first).days)
    anchors = []
    for mark in data.marks:
        where = (mark.night - first).days / length
        anchors.append("left" if where < 0.2 else "right" if where > 0.8 else "center")
    return anchors


def _anchored(data: ChartData, span: Span) -> dict[str, Any]:
    if not data.marks:
        return {}
    anchors = mark_anchors(data, span.first, span.last)
    return {"annotations": [{"xanchor": anchor} for anchor in anchors]}


def _inside(bar: Bar, span: Span) -> bool:
    return bar.night is not None and span.first <= bar.night <= span.last


def _lower(label: str) -> str:
    return label[:1].lower() + label[1:]
