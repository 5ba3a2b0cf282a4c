"""The night in context as a chart (generator/charts/context.py): a title worked out from
the data that says where the night stands, a column for each night with a figure and
none for a night without, the night highlighted, the median and the most as annotations,
and the same drawing in the static SVG and the Plotly figure, in both palettes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from bs4 import BeautifulSoup

from generator.airforce.context import night_context
from generator.airforce.model import AirforceData, WeaponClass
from generator.charts.chart import build_chart
from generator.charts.context import context_chart_data
from generator.charts.model import ChartData
from generator.charts.palette import PAGE, SWATCHES
from generator.charts.plotly_spec import _figure, validated
from generator.charts.svg_context import date_ticks
from generator.charts.svgparts import CANVASES, NARROW
from tests.support.airforce_files import made_data, national_row

NIGHT = date(2025, 6, 10)


def nights(*launched: int | None, night: date = NIGHT) -> AirforceData:
    """One national row a night, the last on `night`; None: no report that night."""
    first = night - timedelta(days=len(launched) - 1)
    return made_data(
        *(national_row(first + timedelta(days=n), count) for n, count in enumerate(launched)
          if count is not None)
    )  # fmt: skip


def chart_of(data: AirforceData, previous: int = 4) -> ChartData:
    context = night_context(data, NIGHT, previous=previous)
    assert context is not None
    return context_chart_data(context, data, "context-test")


@pytest.mark.parametrize(
    ("launched", "title"),
    [
        ((10, 20, 30, 40, 50), "More drones than on any of the 4 nights before"),
        ((60, 20, 30, 40, 5), "Fewer drones than on any of the 4 nights before"),
        ((10, 20, 30, 40, 35), "More drones than on 3 of the 4 nights before"),
        ((10, 20, 30, 40, 15), "Fewer drones than on 3 of the 4 nights before"),
        ((10, 20, 30, 40, 25), "As many drones as the median of the 4 nights before"),
        ((10, None, 30, 40, 35), "More drones than on 2 of the 3 nights before with a report"),
        ((None, None, None, 40, 35), "Only 1 of the 4 nights before has a figure for drones: "
                                     "too few to compare with"),
        ((None, None, None, None, 35), "None of the 4 nights before has a figure for drones"),
    ],
)  # fmt: skip
def test_the_title_says_where_the_night_stands(
    launched: tuple[int | None, ...], title: str
) -> None:
    assert chart_of(nights(*launched)).title == title


def test_the_night_is_highlighted_and_set_against_the_median_and_the_most() -> None:
    data = chart_of(nights(10, 40, 30, 40, 25))
    assert [b.total.number for b in data.bars] == [10, 40, 30, 40, 25]
    assert (data.highlight, data.highlight_label) == (NIGHT, "This night, 10 Jun")
    median, most = data.references
    assert (median.key, median.label, median.number_text, median.night) == (
        "median",
        "Median",
        "35",
        None,
    )
    # several nights with the most: the latest is labelled
    assert (most.key, most.label, most.number_text, most.night) == (
        "maximum",
        "Most",
        "40",
        date(2025, 6, 9),
    )
    assert median.derived and not most.derived  # the most is a night's reported figure
    assert most.sentence == "The most of those nights: 40, on 9 June 2025."


def test_a_night_without_a_report_is_a_band_and_one_without_a_figure_has_no_column() -> None:
    missiles_only = national_row(date(2025, 6, 8), 3)
    missiles_only = replace(missiles_only, weapon=WeaponClass.MISSILE, kind="cruise missile")
    data = made_data(
        national_row(date(2025, 6, 6), 10),
        national_row(date(2025, 6, 9), 30),
        missiles_only,
        national_row(NIGHT, 25),
    )
    chart = chart_of(data)
    assert [(b.label, b.total.text(), b.gap, b.detail) for b in chart.bars] == [
        ("6 Jun", "10", False, ""),
        ("7 Jun", "Not reported", True, "no national report"),
        ("8 Jun", "Not reported", False, "no drones in the national report"),
        ("9 Jun", "30", False, ""),
        ("10 Jun", "25", False, ""),
    ]
    for svg in build_chart(chart).svgs:
        drawn = BeautifulSoup(str(svg), "html.parser")
        shapes = {g["data-bar"]: [r["class"] for r in g.select("rect")]
                  for g in drawn.select("g.c-night")}  # fmt: skip
        assert shapes == {
            "2025-06-06": [["c-fill-context"]],
            "2025-06-07": [["c-gap"]],
            "2025-06-08": [],
            "2025-06-09": [["c-fill-context"]],
            "2025-06-10": [["c-fill-highlight"]],
        }


def test_every_palette_and_width_of_the_context_chart_is_valid_plotly() -> None:
    data = chart_of(nights(10, None, 30, 40, 25))
    for scheme in ("default", "slate"):
        for canvas in CANVASES:
            figure: dict[str, Any] = _figure(data, scheme, canvas)
            assert validated(figure) == figure, (scheme, canvas.name)


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_the_plotly_chart_draws_what_the_static_one_does(scheme: str) -> None:
    data = chart_of(nights(10, None, 30, 40, 25))
    figure: dict[str, Any] = _figure(data, scheme, NARROW)
    bands, columns = figure["data"]
    assert bands["y"][1] is not None and [y is None for y in bands["y"]].count(False) == 1
    assert columns["y"] == [10, None, 30, 40, 25]  # nothing for the night without a report
    colours = columns["marker"]["color"]
    swatches = SWATCHES[scheme]
    assert colours == [swatches["context"].fill] * 4 + [swatches["highlight"].fill]
    ticks = figure["layout"]["xaxis"]["ticktext"]
    assert [words for _, words, _ in date_ticks(data, NARROW)][-1] == "This night, 10 Jun"
    assert "This night, 10 Jun" in ticks[-1] and swatches["highlight"].fill in ticks[-1]
    notes = [a["text"] for a in figure["layout"]["annotations"]]
    derived = f'<span style="color:{PAGE[scheme]["muted"]}">derived</span>'
    assert notes == [
        "Drones launched per night",
        f"<b>Median</b><br><b>30</b><br>{derived}",  # worked out by us, and labelled so
        "<b>Most 40</b>",
    ]
