"""A chart, whole: its data, the description generated from it, the static SVG (for a
phone's width and a desktop's), the Plotly figure, and the downloads; and what a page
needs to show it (`chart_view`, for templates/charts/figure.html.j2).

Any page can show a chart in three steps:

    chart = build_chart(data)                       # data: a ChartData
    files += chart_files(folder, chart)             # folder: the page's, e.g. "<slug>"
    view = chart_view(chart, page_src, folder, urls)  # then include charts/figure.html.j2
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.charts.describe import describe
from generator.charts.downloads import to_csv, to_json
from generator.charts.legend import legend_entries
from generator.charts.model import ChartData, Layout
from generator.charts.plotly_spec import spec_json
from generator.charts.plotly_views import has_shares
from generator.charts.svg_columns import columns_svg, shown_bars
from generator.charts.svg_context import context_svg
from generator.charts.svg_lines import lines_svg
from generator.charts.svg_rows import rows_svg
from generator.charts.svgparts import CANVASES, DrawStyle, hatch_patterns, swatch_shape
from generator.charts.svgwriter import svg
from generator.charts.table import TableRow, opening_rows, table_caption
from generator.charts.vendor import PLOTLY_BUNDLE
from generator.web.files import GeneratedFile
from generator.web.urls import Urls, chart_data_src

# The reader's ways into an interactive chart (assets/reading/): not one of the files
# every page loads (assets/*.js), but fetched with plotly.js when a chart is activated.
READING_SCRIPT = "reading/chart-reading.js"


@dataclass(frozen=True)
class Chart:
    data: ChartData
    description: str
    svgs: tuple[Markup, ...]  # one per canvas (svgparts.CANVASES), narrowest first
    spec: str  # the Plotly figure, JSON
    csv: str
    json: str

    @property
    def element_id(self) -> str:
        return f"chart-{self.data.id}"


def build_chart(data: ChartData, description: str | None = None) -> Chart:
    """Everything about a chart from its data; the description is generated unless the
    caller has a better one (it must still come from the data)."""
    text = description or describe(data)
    labelledby = f"chart-{data.id}-desc"
    draw = {Layout.ROWS: rows_svg, Layout.COLUMNS: columns_svg, Layout.LINES: lines_svg,
            Layout.CONTEXT: context_svg}[data.layout]  # fmt: skip
    return Chart(
        data=data,
        description=text,
        svgs=tuple(draw(data, canvas, labelledby) for canvas in CANVASES),
        spec=spec_json(data),
        csv=to_csv(data),
        json=to_json(data, text),
    )


def chart_files(folder: str, chart: Chart) -> list[GeneratedFile]:
    """The CSV and JSON downloads and the Plotly figure, beside the page."""
    chart_id = chart.data.id
    return [
        GeneratedFile(chart_data_src(folder, chart_id, ".csv"), chart.csv),
        GeneratedFile(chart_data_src(folder, chart_id, ".json"), chart.json),
        GeneratedFile(chart_data_src(folder, chart_id, ".plotly.json"), chart.spec),
    ]


@dataclass(frozen=True)
class LegendItem:
    label: str
    swatch: Markup
    key: str = ""  # the entry's (legend.py), for charts.js
    shown: bool = True  # drawn on the nights the chart opens on


@dataclass(frozen=True)
class ChartView:
    """What templates/charts/figure.html.j2 shows."""

    chart: Chart
    id: str
    title_id: str
    desc_id: str
    plot_id: str
    spec_href: str
    plotly_href: str
    reading_href: str  # loaded with plotly.js, on the reader's request
    csv_href: str
    json_href: str
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]  # a series' table opens on the nights the chart shows
    legend: tuple[LegendItem, ...]
    table_caption: str
    row_heading: str  # "Night", "Report"
    nights: int  # in the downloads (a series), 0 for a chart of reports
    shares: bool = False  # the page offers its columns as counts or shares (charts.js)


def chart_view(chart: Chart, page_src: str, folder: str, urls: Urls) -> ChartView:
    data = chart.data
    element_id = chart.element_id

    def href(suffix: str) -> str:
        return urls.link(page_src, chart_data_src(folder, data.id, suffix))

    return ChartView(
        chart=chart,
        id=element_id,
        title_id=f"{element_id}-title",
        desc_id=f"{element_id}-desc",
        plot_id=f"{element_id}-plot",
        spec_href=href(".plotly.json"),
        plotly_href=urls.asset(page_src, PLOTLY_BUNDLE),
        reading_href=urls.asset(page_src, READING_SCRIPT),
        csv_href=href(".csv"),
        json_href=href(".json"),
        columns=tuple(m.label for m in data.measures),
        rows=opening_rows(data),
        legend=() if data.layout is Layout.CONTEXT else _legend(data),  # its note names the gaps
        table_caption=table_caption(data),
        row_heading="Night" if data.layout.is_series else "Report",
        nights=len(data.bars) if data.layout.is_series else 0,
        shares=has_shares(data),
    )


def _legend(data: ChartData) -> tuple[LegendItem, ...]:
    """The chart's colour key, under its title, for the static and the interactive chart
    alike: every entry some night draws, those the opening nights do not draw hidden
    (charts.js shows the entries of the range the reader chooses)."""
    start = shown_bars(data)[0] if data.layout.is_series else 0
    opening = {e.key for e in legend_entries(data, range(start, len(data.bars)))}
    return tuple(
        LegendItem(e.label, _swatch(e.kind, e.style, data.id, e.symbol), e.key, e.key in opening)
        for e in legend_entries(data)
    )


def _swatch(kind: str, style: str, chart_id: str, symbol: str = "") -> Markup:
    prefix = f"chart-{chart_id}-legend"
    body = [swatch_shape(kind, style, prefix, 0, 0, 14, symbol=symbol)]
    if kind == DrawStyle.HATCH:
        body.insert(0, hatch_patterns(prefix))
    return svg(14, 14, body, "chart-swatch")
