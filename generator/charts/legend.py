"""A chart's colour key: an entry for each thing the chart draws, and for nothing it
does not draw (a part no bar has a number for, a line without a value, "No report"
without a gap, "Not broken down" where every whole is split).

One key serves the static and the interactive chart (the page's HTML list under the
title, chart.py), so activating a chart never changes it; a series keys the nights it
opens on, and each range of nights a page offers has its own list of entries drawn
(plotly_series.py), which charts.js shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.charts.model import Bar, ChartData, Layout, ValueStatus
from generator.charts.svgparts import DrawStyle

DRAWN = (ValueStatus.REPORTED, ValueStatus.DERIVED)


@dataclass(frozen=True)
class LegendEntry:
    key: str  # stable, for the page: a measure's key, "gap", "rest", "mark"
    label: str
    kind: str  # a DrawStyle
    style: str  # the palette's role
    symbol: str = ""  # a line's marker


def legend_entries(
    data: ChartData, indexes: Sequence[int] | None = None
) -> tuple[LegendEntry, ...]:
    """The entries for the bars at `indexes` (all of them when None)."""
    chosen = range(len(data.bars)) if indexes is None else indexes
    bars = [data.bars[i] for i in chosen]
    entries = [
        LegendEntry(
            m.key,
            m.label + (" (derived)" if m.derived else ""),
            DrawStyle.HATCH if m.derived else DrawStyle.FILL,
            m.style,
        )
        for index, m in enumerate(data.parts)
        if any(bar.parts[index].status in DRAWN and bar.parts[index].has_number for bar in bars)
    ]
    entries += [
        LegendEntry(ln.measure.key, ln.measure.label, DrawStyle.LINE, ln.measure.style, ln.symbol)
        for ln in data.lines
        if any(ln.values[i].has_number for i in chosen)
    ]
    if data.layout is Layout.COLUMNS and any(_outlined(bar) for bar in bars):
        entries.append(LegendEntry("rest", "Not broken down", DrawStyle.MISSING, ""))
    if data.layout.is_series and any(bar.gap for bar in bars):
        entries.append(LegendEntry("gap", "No report", DrawStyle.GAP, ""))
    nights = {bar.night for bar in bars}
    if any(mark.night in nights for mark in data.marks):
        entries.append(LegendEntry("mark", "Night with an explainer", DrawStyle.MARK, ""))
    # No entry for "not reported": nothing is drawn for it (the bars say it in words).
    return tuple(entries)


def _outlined(bar: Bar) -> bool:
    """A known whole its drawn parts do not fill (an outline draws the rest)."""
    drawn = sum(float(v.number or 0) for v in bar.parts if v.status in DRAWN)
    return bar.total.number is not None and bar.total.number > drawn
