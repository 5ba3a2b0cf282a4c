"""The interactive chart of one night among the nights before it (`Layout.CONTEXT`),
drawn as the static one is (svg_context.py): the same axis, the same dates under the
columns (the night's own in bold, in its colour), the median rule and the most labelled
on the plot, grey bands for nights without a report. Hover, tap or focus a night for its
date and figure."""

from __future__ import annotations

from typing import Any

from generator.charts.model import ChartData, Reference
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.plotly_common import FONT, Figure, base_layout, plotly_text
from generator.charts.plotly_series import gap_trace, styled_y_axis, x_range, x_values
from generator.charts.svg_context import LANE, column_style, date_ticks, geometry, unit_caption
from generator.charts.svgparts import Canvas

HEIGHT = 240  # charts.js draws it at the static chart's height


def context_figure(data: ChartData, scheme: str, canvas: Canvas) -> Figure:
    page = PAGE[scheme]
    scale, plot, _ = geometry(data, canvas)
    x = x_values(data)
    colours = [SWATCHES[scheme][column_style(data, bar)].fill for bar in data.bars]
    hovers = [
        plotly_text(f"{bar.total.text()} {data.total.phrase}" if bar.total.has_number
                    else bar.detail or f"{data.total.phrase}: {bar.total.missing_words}")
        for bar in data.bars
    ]  # fmt: skip
    columns = dict(
        type="bar",
        name=plotly_text(data.total.label),
        x=x,
        y=[bar.total.number for bar in data.bars],
        marker={"color": colours, "line": {"width": 0}},
        hovertext=hovers,
        hovertemplate="%{hovertext}<extra></extra>",
    )
    text_font = {"family": FONT, "size": canvas.small, "color": page["text"]}
    notes: list[dict[str, Any]] = [
        {"text": plotly_text(unit_caption(data)), "xref": "paper", "yref": "paper", "x": 0,
         "y": 1, "xanchor": "left", "yanchor": "bottom", "xshift": -plot[0], "yshift": LANE,
         "showarrow": False, "font": {**text_font, "color": page["muted"]}},
    ]  # fmt: skip
    shapes: list[dict[str, Any]] = []
    for reference in data.references:
        _reference(reference, page, text_font, shapes, notes)
    ticks = date_ticks(data, canvas)
    highlight = SWATCHES[scheme]["highlight"].fill
    layout = {
        **base_layout(scheme, HEIGHT),
        "barmode": "overlay",  # the gap bands behind, not beside, the columns
        "bargap": 0.28,
        "hovermode": "x unified",
        "margin": {"l": plot[0], "r": canvas.width - plot[2], "t": plot[1],
                   "b": canvas.line + 2, "pad": 0},
        "xaxis": {
            "type": "date",
            "range": x_range(data.bars[0].night, data.bars[-1].night)
            if data.bars[0].night and data.bars[-1].night else None,
            "tickmode": "array",
            "tickvals": [x[index] for index, _, _ in ticks],
            "ticktext": [
                f'<b><span style="color:{highlight}">{plotly_text(words)}</span></b>' if strong
                else plotly_text(words)
                for _, words, strong in ticks
            ],
            "hoverformat": "%-d %B %Y",
            "tickfont": {"size": canvas.small, "color": page["muted"]},
            "showgrid": False,
            "linecolor": page["axis"],
            "fixedrange": True,
        },
        "yaxis": styled_y_axis(scale, page),
        "shapes": shapes,
        "annotations": notes,
    }  # fmt: skip
    return {"data": [gap_trace(data, scheme, scale.maximum), columns], "layout": layout}


def _reference(reference: Reference, page: dict[str, str], font: dict[str, Any],
               shapes: list[dict[str, Any]], notes: list[dict[str, Any]]) -> None:  # fmt: skip
    """As the static chart draws it: a dashed rule labelled in the right margin, clear of
    the columns (the median), or the label above a night's column (the most)."""
    label, number = plotly_text(reference.label), plotly_text(reference.number_text)
    if reference.night is None:
        words = f"<b>{label}</b><br><b>{number}</b>"
        if reference.derived:  # as every figure worked out by us is labelled
            words += f'<br><span style="color:{page["muted"]}">derived</span>'
        shapes.append(
            {
                "type": "line",
                "xref": "paper",
                "yref": "y",
                "x0": 0,
                "x1": 1,
                "y0": reference.number,
                "y1": reference.number,
                "layer": "above",
                "line": {"color": page["text"], "width": 1.5, "dash": "dash"},
            }
        )
        notes.append(
            {
                "text": words,
                "xref": "paper",
                "yref": "y",
                "x": 1,
                "y": reference.number,
                "xanchor": "left",
                "yanchor": "top",
                "xshift": 4,
                "yshift": font["size"] + 2,  # its first line above the rule, as in the SVG
                "align": "left",
                "showarrow": False,
                "font": font,
            }
        )
        return
    notes.append(
        {
            "text": f"<b>{label} {number}</b>",
            "xref": "x",
            "yref": "y",
            "x": reference.night.isoformat(),
            "y": reference.number,
            "yanchor": "bottom",
            "showarrow": False,
            "font": font,
            "bgcolor": page["background"],
            "borderpad": 0,
        }
    )
