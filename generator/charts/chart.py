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
from generator.charts.model import Bar, ChartData, Layout, Status, Value
from generator.charts.plotly_spec import spec_json
from generator.charts.svg_columns import columns_svg
from generator.charts.svg_rows import rows_svg
from generator.charts.svgparts import CANVASES, Kind, hatch_patterns, swatch_shape
from generator.charts.svgwriter import svg
from generator.charts.vendor import PLOTLY_BUNDLE
from generator.site_types import GeneratedFile
from generator.urls import Urls

DATA_DIR = "data"


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
    draw = columns_svg if data.layout is Layout.COLUMNS else rows_svg
    return Chart(
        data=data,
        description=text,
        svgs=tuple(draw(data, canvas, labelledby) for canvas in CANVASES),
        spec=spec_json(data),
        csv=to_csv(data),
        json=to_json(data, text),
    )


def data_src(folder: str, chart_id: str, suffix: str) -> str:
    """Where a chart's file is published: <folder>/data/<id><suffix>."""
    return f"{folder}/{DATA_DIR}/{chart_id}{suffix}"


def chart_files(folder: str, chart: Chart) -> list[GeneratedFile]:
    """The CSV and JSON downloads and the Plotly figure, beside the page."""
    chart_id = chart.data.id
    return [
        GeneratedFile(data_src(folder, chart_id, ".csv"), chart.csv),
        GeneratedFile(data_src(folder, chart_id, ".json"), chart.json),
        GeneratedFile(data_src(folder, chart_id, ".plotly.json"), chart.spec),
    ]


@dataclass(frozen=True)
class Cell:
    text: str
    status: str


@dataclass(frozen=True)
class TableRow:
    key: str
    header: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class LegendItem:
    label: str
    swatch: Markup


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
    csv_href: str
    json_href: str
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    legend: tuple[LegendItem, ...]


def chart_view(chart: Chart, page_src: str, folder: str, urls: Urls) -> ChartView:
    data = chart.data
    element_id = chart.element_id

    def href(suffix: str) -> str:
        return urls.link(page_src, data_src(folder, data.id, suffix))

    return ChartView(
        chart=chart,
        id=element_id,
        title_id=f"{element_id}-title",
        desc_id=f"{element_id}-desc",
        plot_id=f"{element_id}-plot",
        spec_href=href(".plotly.json"),
        plotly_href=urls.asset(page_src, PLOTLY_BUNDLE),
        csv_href=href(".csv"),
        json_href=href(".json"),
        columns=tuple(m.label for m in data.measures),
        rows=tuple(_table_row(data, i, bar) for i, bar in enumerate(data.bars)),
        legend=_legend(data),
    )


def _table_row(data: ChartData, index: int, bar: Bar) -> TableRow:
    cells = [_cell(bar.total)]
    for i, (measure, value) in enumerate(zip(data.parts, bar.parts, strict=True)):
        own = bar.part_labels[i] if i < len(bar.part_labels) else None
        cells.append(_cell(value, f" ({own.lower()})" if own and own != measure.label else ""))
    cells += [_cell(line.values[index], decimals=line.decimals) for line in data.lines]
    header = f"{bar.label} ({bar.source})" if bar.source else bar.label
    if data.layout is Layout.COLUMNS:
        header = bar.label
    return TableRow(bar.key, header, tuple(cells))


def _cell(value: Value, own_label: str = "", decimals: int = 0) -> Cell:
    text = value.text(decimals) + own_label
    if value.share is not None:
        text += f" ({value.share}%)"
    if value.status is Status.DERIVED:
        text += ", derived"
    return Cell(text, value.status.value)


def _legend(data: ChartData) -> tuple[LegendItem, ...]:
    """The colours of the interactive chart, named (the static one names its parts under
    each bar)."""
    items = [
        LegendItem(
            m.label + (" (derived)" if m.derived else ""),
            _swatch(Kind.HATCH if m.derived else Kind.FILL, m.style, data.id),
        )
        for m in data.parts
    ]
    items += [
        LegendItem(ln.measure.label, _swatch(Kind.LINE, ln.measure.style, data.id))
        for ln in data.lines
    ]
    if data.layout is Layout.COLUMNS:
        items.append(LegendItem("No report", _swatch(Kind.GAP, "", data.id)))
    items.append(LegendItem("Not reported", _swatch(Kind.MISSING, "", data.id)))
    return tuple(items)


def _swatch(kind: str, style: str, chart_id: str) -> Markup:
    prefix = f"chart-{chart_id}-legend"
    body = [swatch_shape(kind, style, prefix, 0, 0, 14)]
    if kind == Kind.HATCH:
        body.insert(0, hatch_patterns(prefix))
    return svg(14, 14, body, "chart-swatch")
