"""The chart's numbers as files a reader can download: CSV for spreadsheets, JSON for code.

One row per number (a bar and a measure), so every chart, a few reports or a year of
nights, has the same columns. A number the source did not give is an empty value with
its status, never 0. CSV cells that a spreadsheet would run as a formula (starting with
=, +, -, @, a tab or a carriage return) are written as text, with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from generator.charts.jsonout import dumps
from generator.charts.model import Bar, ChartData, Layout, Measure, Value

CSV_COLUMNS = (
    "bar",
    "night",
    "label",
    "source",
    "measure",
    "measure_label",
    "value",
    "status",
    "qualifier",
    "share_percent",
    "note",
    "unit",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows(data: ChartData) -> list[dict[str, Any]]:
    """Every number of the chart with what it is, in the chart's order."""
    found = []
    for index, bar in enumerate(data.bars):
        entries: list[tuple[Measure, Value, str, int]] = []
        if data.layout is not Layout.LINES:  # a chart of lines alone has no bars
            entries.append((data.total, bar.total, data.total.label, 0))
            entries += [
                (measure, value, bar.part_label(i, measure), 0)
                for i, (measure, value) in enumerate(zip(data.parts, bar.parts, strict=True))
            ]
        entries += [
            (ln.measure, ln.values[index], ln.measure.label, ln.decimals) for ln in data.lines
        ]
        for measure, value, label, decimals in entries:
            found.append(_row(data, bar, measure, value, label, decimals))
    return found


def _row(
    data: ChartData, bar: Bar, measure: Measure, value: Value, label: str, decimals: int
) -> dict[str, Any]:
    number = value.number
    if isinstance(number, float):
        number = round(number, decimals)
    return {
        "bar": bar.key,
        "night": bar.night.isoformat() if bar.night else None,
        "label": bar.label,
        "source": bar.source,
        "measure": measure.key,
        "measure_label": label,
        "value": number,
        "status": value.status.value,
        "qualifier": value.qualifier,
        "share_percent": value.share,
        "note": value.note or None,
        "unit": data.unit,
    }


def to_csv(data: ChartData) -> str:
    """UTF-8 with a byte-order mark (so Excel reads "Ukraine’s" right), CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows(data):
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    return "\ufeff" + out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def to_json(data: ChartData, description: str) -> str:
    return dumps(
        {
            "chart": data.id,
            "title": data.title,
            "description": description,
            "unit": data.unit,
            "sources": list(data.sources),
            "measures": [
                {"key": m.key, "label": m.label, "derived": m.derived} for m in data.measures
            ],
            "rows": rows(data),
        },
        indent=2,
    )
