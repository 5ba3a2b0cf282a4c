"""The interactive chart: a Plotly figure built with the plotly Python package (which
checks every property name and value), written as a JSON file that charts.js fetches
only when the reader reaches for the chart.

The figure is built once per palette from the same data; the file holds the light one
and, under `themes`, what differs in the dark one, which charts.js merges in and hands
to `Plotly.react` whenever the reader flips Material's palette toggle.

A series whose page offers ranges of nights (`ChartData.spans`) also has, under
`ranges`, the layout that shows each range (per width) and, under `table`, every night's
row of the page's table, which charts.js shows for the range the reader chooses.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from generator.charts.jsonout import dumps
from generator.charts.model import ChartData, Layout
from generator.charts.palette import SCHEMES
from generator.charts.plotly_columns import columns_figure
from generator.charts.plotly_context import context_figure
from generator.charts.plotly_lines import lines_figure
from generator.charts.plotly_rows import rows_figure
from generator.charts.plotly_series import span_presets, x_values
from generator.charts.plotly_views import has_shares, night_words, shares_view
from generator.charts.svgparts import CANVASES, NARROW, Canvas
from generator.charts.table import table_rows

# No mode bar (its buttons have no accessible names, plotly.js issue 6645; the page
# offers the downloads), no logo link, no scroll zoom that would trap a page scroll.
CONFIG = {
    "displayModeBar": False,
    "displaylogo": False,
    "scrollZoom": False,
    "responsive": False,  # charts.js resizes with a ResizeObserver, also in hidden tabs
    "doubleClick": False,
}


def figure_spec(data: ChartData) -> dict[str, Any]:
    """{data, layout, config, themes, widths}: the light figure for a phone, what differs
    in the dark palette (`themes`), and, for each wider canvas, what differs where the
    plot is at least `min` pixels wide (labels wrapped for the room) with its own
    `themes`. charts.js merges a width's patch, then that width's palette patch."""
    # every width in every palette, built once: the patches below are differences
    # between them (a figure's build wraps and measures every label)
    figures = {(c.name, s): _figure(data, s, c) for c in CANVASES for s in SCHEMES}
    base = validated(figures[NARROW.name, SCHEMES[0]])
    widths = []
    for canvas in CANVASES:
        if canvas is NARROW:
            continue
        wide = figures[canvas.name, SCHEMES[0]]
        widths.append(
            {
                "name": canvas.name,
                "min": canvas.width,
                "patch": difference(base, wide),
                "themes": _themes(figures, wide, canvas),
            }
        )
    spec = {
        "data": base["data"],
        "layout": base["layout"],
        "config": CONFIG,
        "themes": _themes(figures, base, NARROW),
        "widths": widths,
    }
    if has_shares(data) and data.layout is Layout.COLUMNS:
        spec["views"] = {"shares": shares_view(data, base["data"])}
    elif has_shares(data):
        spec["views"] = {"shares": _rows_shares(data, figures)}
    if data.layout.is_series:
        spec["nights"] = {"x": x_values(data), "words": night_words(data)}
    if data.spans:
        spec["ranges"] = span_presets(data, CANVASES)
        spec["table"] = [row.as_json() for row in table_rows(data)]
    return spec


Figures = dict[tuple[str, str], dict[str, Any]]  # (canvas name, scheme) -> the counts figure


def _rows_shares(data: ChartData, figures: Figures) -> dict[str, Any]:
    """A chart of reports as shares: for each width and palette, what differs from its
    counts (labels and grid move with the axis, so one patch cannot serve all)."""
    per = {
        canvas.name: {
            scheme: difference(figures[canvas.name, scheme],
                               _plain(rows_figure(data, scheme, canvas, shares=True)))
            for scheme in SCHEMES
        }
        for canvas in CANVASES
    }  # fmt: skip
    return {"per": per, "unkeyed": []}


def _themes(figures: Figures, light: dict[str, Any], canvas: Canvas) -> dict[str, Any]:
    return {s: difference(light, figures[canvas.name, s]) for s in SCHEMES[1:]}


def spec_json(data: ChartData) -> str:
    return dumps(figure_spec(data))


def _figure(data: ChartData, scheme: str, canvas: Canvas) -> dict[str, Any]:
    build = {Layout.ROWS: rows_figure, Layout.COLUMNS: columns_figure,
             Layout.LINES: lines_figure, Layout.CONTEXT: context_figure}[data.layout]  # fmt: skip
    result: dict[str, Any] = _plain(build(data, scheme, canvas))
    return result


_CHECKED_SHAPES: set[str] = set()


def validated(figure: dict[str, Any]) -> dict[str, Any]:
    """The figure, checked by the plotly package: a property plotly.js does not know, or a
    value it would refuse, raises ValueError here, at build time, not in a reader's
    browser. (Only the base figure is checked, and a figure of a shape already checked in
    this process, the same properties holding the same types, is not checked again: the
    check is most of a chart's build time. The tests check every palette and width.)"""
    shape = _shape(figure)
    if shape not in _CHECKED_SHAPES:
        go.Figure(figure)
        _CHECKED_SHAPES.add(shape)
    result: dict[str, Any] = _plain(figure)
    return result


def _shape(value: Any) -> str:
    """Property names and value types, without the values."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{key}:{_shape(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list | tuple):
        if value and all(isinstance(item, dict) for item in value):
            return "[" + ",".join(_shape(item) for item in value) + "]"
        return "[]"
    return type(value).__name__


def _plain(value: Any) -> Any:
    """Lists for tuples, as the browser will see them after JSON."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def difference(base: Any, other: Any) -> Any:
    """What `other` changes in `base`: dicts key by key, lists of dicts item by item
    (an unchanged item is {}), anything else whole. charts.js `merge` undoes this."""
    if isinstance(base, dict) and isinstance(other, dict):
        changed = {}
        for key, value in other.items():
            if key not in base:
                changed[key] = value
            elif base[key] != value:
                changed[key] = difference(base[key], value)
        return changed
    if (
        isinstance(base, list)
        and isinstance(other, list)
        and len(base) == len(other)
        and all(isinstance(item, dict) for item in base + other)
    ):
        return [difference(b, o) if b != o else {} for b, o in zip(base, other, strict=True)]
    return other
