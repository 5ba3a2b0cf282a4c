"""What a series' interactive chart adds to its static drawing, built from the same data:

- `night_trace`: an invisible trace whose hover line gives a night's whole and the
  source of its figures, so hovering, tapping or focusing a night shows them all;
- `night_words`: each night's figures and source as one sentence, which charts.js puts
  in the chart's live region when a night is chosen (screen readers hear it);
- `shares_view`: the same columns as shares of what was launched (the switch between
  counts and shares), a patch charts.js merges over the figure; `as_shares`, the data
  a chart of reports draws as shares (plotly_rows.py);
- `date_ticks`: the date labels the static chart draws (the latest night always, and a
  night that has an explainer), so the plot keeps them where Plotly would choose others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from generator.charts.model import Bar, ChartData, Layout, Value, ValueStatus
from generator.charts.plotly_common import plotly_text
from generator.charts.svg_columns import LABEL_STEPS, short_day
from generator.charts.svg_rows import part_words, total_phrase
from generator.charts.svgparts import Canvas
from generator.charts.textwidth import text_width
from generator.web.templating import long_date

DRAWN = (ValueStatus.REPORTED, ValueStatus.DERIVED)
NIGHT_TRACE = "Night"
MARGINS = 64  # the plot's left and right margins (plotly_columns.py MARGIN)


def night_trace(data: ChartData, x: list[str]) -> dict[str, Any]:
    """A zero-high bar on every night with a report: its hover lines are the night's
    whole and its source ("108 launched", "Source: Ukrainian Air Force"; two lines, so
    the label fits a phone)."""
    words = ["<br>".join(plotly_text(line) for line in _summary(data, bar)) for bar in data.bars]
    return dict(
        type="bar",
        name=NIGHT_TRACE,
        x=x,
        y=[None if bar.gap else 0 for bar in data.bars],
        hovertext=words,
        hovertemplate="%{hovertext}<extra></extra>",
        marker={"color": "rgba(0,0,0,0)", "line": {"width": 0}},
        showlegend=False,
    )


def _summary(data: ChartData, bar: Bar) -> list[str]:
    said = total_phrase(data, bar.total)
    if bar.detail and not bar.total.has_number:
        said = bar.detail
    return [f"{said[:1].upper()}{said[1:]}"] + ([f"Source: {bar.source}"] if bar.source else [])


def night_words(data: ChartData) -> list[str]:
    """ "19 May 2025: 108 launched; Shot down 35 (32%), …; 7-night average 131.7,
    derived. Source: Ukrainian Air Force." for each night, oldest first."""
    sentences = []
    for index, bar in enumerate(data.bars):
        day = long_date(bar.night) if bar.night else bar.label
        if bar.gap:
            sentences.append(f"{day}: no report.")
            continue
        parts = [part_words(bar, i, m, bar.parts[i]) for i, m in enumerate(data.parts)]
        if data.layout is Layout.LINES:
            parts = []
        lines = [f"{ln.measure.label} {ln.text(ln.values[index])}"
                 + (", derived" if ln.values[index].status is ValueStatus.DERIVED else "")
                 for ln in data.lines if ln.values[index].has_number]  # fmt: skip
        said = "; ".join(
            [total_phrase(data, bar.total)] * (data.layout is not Layout.LINES)
            + [", ".join(parts)] * bool(parts)
            + ["; ".join(lines)] * bool(lines)
        )
        if bar.detail and not bar.total.has_number and data.layout is not Layout.LINES:
            said = bar.detail  # "no missiles in the national report"
        # a night's own source, else the chart's (worked out by us, from whom)
        source = f" Source: {bar.source}." if bar.source else ""
        if not source and data.sources:
            source = f" {data.sources[0]}"
        sentences.append(f"{day}: {said or 'no figures'}.{source}")
    return sentences


def has_shares(data: ChartData) -> bool:
    """Bars with a share for some part: the page offers counts or shares."""
    return data.layout in (Layout.ROWS, Layout.COLUMNS) and any(
        v.share is not None for bar in data.bars for v in bar.parts
    )


def as_shares(data: ChartData) -> ChartData:
    """The data to draw as shares of each bar's whole (the chart of reports' shares
    view): a part with a share (exact figures only) as its percent of the whole, worked
    out from the counts; a part without one is not drawn; a known whole is 100."""
    bars = []
    for bar in data.bars:
        whole = bar.total.number
        if not whole or bar.total.status not in DRAWN:
            bars.append(replace(bar, parts=tuple(Value.not_reported() for _ in bar.parts)))
            continue
        parts = tuple(
            Value(float(v.number) / float(whole) * 100, v.status, share=v.share)
            if v.share is not None and v.status in DRAWN and v.number
            else Value.not_reported()
            for v in bar.parts
        )
        bars.append(replace(bar, total=Value.reported(100), parts=parts))
    return replace(data, bars=tuple(bars))


def shares_view(data: ChartData, traces: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A patch of the columns figure (its `traces`, in order) that draws each part as its
    share of what was launched (only parts that have a share: exact figures), the rest
    of a known whole outlined, no count lines, on an axis of 0 to 100%; `unkeyed`: the
    colour key's entries it does not draw."""
    by_name = {trace["name"]: number for number, trace in enumerate(traces)}
    patch: list[dict[str, Any]] = [{} for _ in traces]
    drawn = [[0.0] * len(data.bars) for _ in data.parts]
    for i, bar in enumerate(data.bars):
        whole = bar.total.number
        for p, value in enumerate(bar.parts):
            if whole and value.share is not None and value.status in DRAWN and value.number:
                drawn[p][i] = float(value.number) / float(whole) * 100
    for p, measure in enumerate(data.parts):
        ys = [round(drawn[p][i], 3) if drawn[p][i] else None for i in range(len(data.bars))]
        patch[by_name[plotly_text(measure.label)]] = {"y": ys}
    rest: list[float | None] = []
    for i, bar in enumerate(data.bars):
        left = 100.0 - sum(drawn[p][i] for p in range(len(data.parts)))
        rest.append(round(left, 3) if bar.total.number and left > 0.05 else None)
    patch[by_name["Not broken down"]] = {"y": rest}
    patch[by_name["No report"]] = {"y": [100 if bar.gap else None for bar in data.bars]}
    for line in data.lines:
        patch[by_name[plotly_text(line.measure.label)]] = {"y": [None] * len(data.bars)}
    ticks = [0, 25, 50, 75, 100]
    axis = {"range": [0, 100], "tickvals": ticks, "ticktext": [f"{t}%" for t in ticks],
            "title": {"text": plotly_text(f"Share of the {data.unit} launched")}}  # fmt: skip
    # the percent labels are wider than the counts'; no count line is drawn, nor keyed
    layout = {"yaxis": axis, "margin": {"l": 58}}
    return {"data": patch, "layout": layout, "unkeyed": [ln.measure.key for ln in data.lines]}


def date_ticks(data: ChartData, indexes: Sequence[int], canvas: Canvas) -> dict[str, Any]:
    """The static chart's date labels for the nights at `indexes`: from the latest night
    back, as many as fit without touching, and every night with an explainer (in place of
    the label nearest it)."""
    nights = [night for i in indexes if (night := data.bars[i].night) is not None]
    if not nights:
        return {}
    size = canvas.small
    slot = (canvas.width - MARGINS) / len(nights)
    widest = max(text_width(short_day(night), size) for night in nights)
    step = next((s for s in LABEL_STEPS if s * slot >= widest + 8), LABEL_STEPS[-1])
    chosen = list(range(len(nights) - 1, -1, -step))
    marked = {m.night for m in data.marks}
    for number, night in enumerate(nights):
        if night in marked and number not in chosen:
            nearest = min(chosen, key=lambda c: abs(c - number))
            chosen[chosen.index(nearest)] = number
    chosen.sort()
    return {
        "tickmode": "array",
        "tickvals": [nights[n].isoformat() for n in chosen],  # written by the axis's
        # tickformat, as short_day writes them (ticktext would also title the hover label)
    }
