"""The files a chart publishes: the downloads a reader takes away, the Plotly figure the
page fetches on activation, and the vendored plotly.js they are drawn with."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import plotly.offline
import pytest

from generator.charts.chart import build_chart, chart_files
from generator.charts.downloads import to_csv
from generator.charts.jsonout import dumps
from generator.charts.launches import launches_data
from generator.charts.model import Bar, ChartData, Measure, Value
from generator.charts.plotly_spec import figure_spec
from generator.charts.svgparts import NARROW, WIDE
from generator.charts.vendor import PLOTLY_BUNDLE, PLOTLY_JS_VERSION
from tests.support.chart_facts import seed_facts
from tests.support.project import REPO

ASSETS = REPO / "generator" / "assets"


def seed_chart_data() -> ChartData:
    data = launches_data(seed_facts())
    assert data is not None
    return data


def test_vendored_plotly_is_the_version_the_python_package_expects() -> None:
    expected = plotly.offline.get_plotlyjs_version()
    assert expected == PLOTLY_JS_VERSION
    bundle = ASSETS / PLOTLY_BUNDLE
    assert bundle.name == f"plotly-basic-{expected}.min.js"
    assert bundle.read_bytes()[:80].decode().splitlines()[1] == (
        f"* plotly.js (basic - minified) v{expected}"
    )
    package = json.loads((bundle.parent / "package.json").read_text())
    assert (package["name"], package["version"]) == ("plotly.js-basic-dist-min", expected)
    assert (bundle.parent / "LICENSE").read_text().startswith("MIT License")
    assert sorted(p.name for p in bundle.parent.iterdir()) == [
        "LICENSE",
        "package.json",
        bundle.name,
    ]


def test_csv_download_lists_every_figure_with_its_status_and_source() -> None:
    text = to_csv(seed_chart_data())
    assert text.startswith("\ufeffbar,night,label,source,measure,measure_label,value,")
    assert text.count("\r\n") == 9
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert [(r["measure_label"], r["value"], r["status"]) for r in rows] == [
        ("Launched", "108", "reported"),
        ("Shot down", "35", "reported"),
        ("Suppressed", "58", "reported"),
        ("Unaccounted for", "15", "derived"),
        ("Launched", "", "not reported"),
        ("Intercepted", "8", "reported"),
        ("Suppressed", "", "not reported"),
        ("Unaccounted for", "", "cannot be worked out"),
    ]
    assert rows[3]["note"] == "launched − shot down − suppressed = 108 − 35 − 58"
    assert {r["source"] for r in rows[:4]} == {"Ukraine’s Air Force"}
    assert {r["source"] for r in rows[4:]} == {"Russia’s Ministry of Defense"}


def hostile_chart(label: str) -> ChartData:
    measure = Measure("shot_down", label, label, "shot-down")
    bar = Bar(
        key="night",
        label=label,
        detail=label,
        source=label,
        night=None,
        total=Value.reported(10),
        parts=(Value.reported(4),),
        subject=label,
    )
    return ChartData("hostile", label, "drones", Measure("launched", "L", "l", "total"),
                     (measure,), (bar,), sources=(label,))  # fmt: skip


def test_csv_cells_a_spreadsheet_would_run_are_written_as_text() -> None:
    for start in ("=", "+", "-", "@"):
        label = f'{start}HYPERLINK("http://x.example","y")'
        rows = list(csv.reader(io.StringIO(to_csv(hostile_chart(label)).removeprefix("\ufeff"))))
        label_cells = {row[2] for row in rows[1:]} | {row[3] for row in rows[1:]}
        assert label_cells == {"'" + label}
        assert [row[6] for row in rows[1:]] == ["10", "4"]


def test_untrusted_text_never_reaches_the_page_or_plotly_as_markup() -> None:
    chart = build_chart(hostile_chart('<img src=x onerror="alert(1)">&'))
    for svg in chart.svgs:
        assert "<img" not in svg and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;&amp;" in svg
    assert (
        "<" not in chart.spec
        and "&lt;img" in json.loads(chart.spec)["layout"]["annotations"][0]["text"]
    )
    assert "<" not in chart.json and "\\u003cimg" in chart.json


def test_the_same_data_gives_the_same_bytes() -> None:
    one, two = build_chart(seed_chart_data()), build_chart(seed_chart_data())
    assert chart_files("story", one) == chart_files("story", two)
    assert one.svgs == two.svgs
    assert [f.src for f in chart_files("story", one)] == [
        "story/data/launches.csv",
        "story/data/launches.json",
        "story/data/launches.plotly.json",
    ]
    assert one.spec == dumps(json.loads(one.spec))  # sorted keys, no spaces


def merge(base: Any, patch: Any) -> Any:
    """charts.js `merge`, in Python."""
    if isinstance(patch, list):
        if (
            isinstance(base, list)
            and len(base) == len(patch)
            and all(isinstance(p, dict) for p in patch)
        ):
            return [merge(b, p) for b, p in zip(base, patch, strict=True)]
        return patch
    if isinstance(patch, dict) and isinstance(base, dict):
        return {**base, **{key: merge(base.get(key), value) for key, value in patch.items()}}
    return patch


def test_dark_palette_and_wide_layout_patches_rebuild_their_figures_exactly() -> None:
    from generator.charts.plotly_spec import _figure

    data = seed_chart_data()
    spec = figure_spec(data)
    base = {"data": spec["data"], "layout": spec["layout"]}
    wide = next(w for w in spec["widths"] if w["name"] == "wide")
    assert wide["min"] == WIDE.width
    assert merge(base, spec["themes"]["slate"]) == _figure(data, "slate", NARROW)
    assert merge(base, wide["patch"]) == _figure(data, "default", WIDE)
    assert merge(merge(base, wide["patch"]), wide["themes"]["slate"]) == _figure(
        data, "slate", WIDE
    )


@pytest.mark.parametrize("chart", ["launches", "nights"])
def test_every_palette_and_width_of_the_figure_is_valid_plotly_as_published(chart: str) -> None:
    import plotly.graph_objects as go

    from generator.charts.plotly_spec import _figure
    from tests.charts.test_chart_svg import nights_chart

    data = seed_chart_data() if chart == "launches" else nights_chart()
    for scheme in ("default", "slate"):
        for canvas in (NARROW, WIDE):
            figure = _figure(data, scheme, canvas)
            checked = go.Figure(figure).to_plotly_json()  # raises on anything plotly refuses
            checked["layout"].pop("template")
            assert checked == figure, (scheme, canvas.name)  # and changes nothing


def test_plotly_figure_draws_the_same_numbers_as_the_static_chart() -> None:
    spec = figure_spec(seed_chart_data())
    assert [(trace["name"], trace["x"], trace["text"]) for trace in spec["data"]] == [
        ("Shot down", [35, 8], ["35", "8"]),
        ("Suppressed", [58, None], ["58", ""]),
        ("Unaccounted for", [15, None], ["15", ""]),
    ]
    assert spec["config"]["displayModeBar"] is False
    texts = [a["text"] for a in spec["layout"]["annotations"]]
    assert "Intercepted 8 · Suppressed: not reported · Unaccounted for: cannot be worked" in (
        " ".join(texts).replace("<br>", " ")
    )
    assert "Launched: not reported" in texts
    # each report's heading states what its source gave, as the static chart's does
    assert "<b>Russia on Ukraine: 108 launched</b>" in texts
    assert "<b>Ukraine on Russia: 8 intercepted</b>" in texts


def test_chart_files_are_published_beside_the_explainer(seed_site: Any) -> None:
    folder: Path = seed_site.site / "drone-strikes-trump-putin-call" / "data"
    assert sorted(p.name for p in folder.iterdir()) == [
        "context-russian-drones-on-ukraine.csv",  # the night in context's chart
        "context-russian-drones-on-ukraine.json",
        "context-russian-drones-on-ukraine.plotly.json",
        "launches.csv",
        "launches.json",
        "launches.plotly.json",
    ]
    assert (folder / "launches.csv").read_bytes() == to_csv(seed_chart_data()).encode()
