"""The tracker's charts, from the committed data file (the 114-row excerpt) and the seed
story: the seed night's figures, gaps never drawn or written as 0, the interception rate
as lines, the seed night marked and linked, and the ranges a reader can choose, each
with the axis and the table rows that fit it."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from functools import cache
from typing import Any

import pytest
from bs4 import BeautifulSoup

from generator.airforce import datafile
from generator.airforce.model import AirforceData
from generator.charts.chart import build_chart, chart_view
from generator.charts.describe import describe
from generator.charts.model import ChartData
from generator.charts.plotly_spec import _figure, figure_spec, validated
from generator.charts.svgparts import NARROW, WIDE
from generator.charts.table import table_rows
from generator.pages.tracker import Tracker, tracker
from generator.web.urls import TRACKER_SRC, Urls
from tests.support.chart_facts import seed_facts
from tests.support.project import REPO

SEED = "2025-05-19"
GAPS = ["2025-04-14", "2025-04-19", "2025-05-08", "2025-05-09"]


@cache
def data() -> AirforceData:
    found, problems = datafile.read(REPO / "content" / "data" / "airforce-nights.yaml", "data")
    assert found is not None, problems
    return found


@cache
def page() -> Tracker:
    return tracker(data(), [seed_facts()], Urls())


def chart(chart_id: str) -> ChartData:
    return next(c for c in page().charts if c.id == chart_id)


def svgs(data: ChartData) -> list[BeautifulSoup]:
    return [BeautifulSoup(str(svg), "html.parser") for svg in build_chart(data).svgs]


def test_seed_night_is_108_launched_35_shot_down_58_suppressed_in_every_rendering() -> None:
    drones = chart("drones")
    row = next(r for r in table_rows(drones) if r.key == SEED)
    assert [c.text for c in row.cells] == [
        "108",
        "35 (32%)",
        "58 (54%)",
        "15 (14%), derived",
        "131.7, derived",
    ]
    for svg in svgs(drones):
        assert svg.select_one(f'g[data-bar="{SEED}"] title').get_text() == (
            "19 May: 108 launched, 35 shot down, 58 suppressed by electronic warfare, "
            "15 unaccounted for"
        )
    spec = figure_spec(drones)
    index = spec["data"][1]["x"].index(SEED)
    assert [(t["name"], t["y"][index]) for t in spec["data"][:4]] == [
        ("No report", None),
        ("Shot down", 35),
        ("Suppressed", 58),
        ("Unaccounted for", 15),
    ]
    rows = list(csv.DictReader(io.StringIO(build_chart(drones).csv.removeprefix("\ufeff"))))
    assert [(r["measure"], r["value"]) for r in rows if r["bar"] == SEED][:3] == [
        ("launched", "108"),
        ("shot_down", "35"),
        ("suppressed", "58"),
    ]


def test_nights_without_a_national_report_are_gaps_never_zeros() -> None:
    drones = chart("drones")
    assert [b.key for b in drones.bars if b.gap] == GAPS
    rows = {r.key: r for r in table_rows(drones)}
    # No average on a night without a report either: the line breaks at the gap instead
    # of being drawn across it.
    gap = rows["2025-05-08"]
    assert (gap.note, gap.note_span, [c.text for c in gap.cells]) == ("No national report", 5, [])
    spec = figure_spec(drones)
    x = spec["data"][0]["x"]
    for key in GAPS:
        assert spec["data"][0]["y"][x.index(key)] == 300  # a band the axis' height
        assert [t["y"][x.index(key)] for t in spec["data"][1:4]] == [None, None, None]
        average = next(t for t in spec["data"] if t.get("mode", "").startswith("lines"))
        assert average["y"][x.index(key)] is None
    csv_rows = csv.DictReader(io.StringIO(build_chart(drones).csv.removeprefix("\ufeff")))
    gap = [(r["measure"], r["value"], r["status"]) for r in csv_rows if r["bar"] == "2025-05-08"]
    assert gap[:3] == [
        ("launched", "", "not reported"),
        ("shot_down", "", "not reported"),
        ("suppressed", "", "not reported"),
    ]
    for svg in svgs(drones):  # the latest 30 nights hold two of the gaps
        bands = [g["data-bar"] for g in svg.select("g.c-night") if g.select_one("rect.c-gap")]
        assert bands == ["2025-05-08", "2025-05-09"]


def test_a_night_whose_report_has_no_missiles_is_neither_a_gap_nor_zero() -> None:
    missiles = chart("missiles")
    night = next(b for b in missiles.bars if b.key == "2025-04-21")
    assert (night.gap, night.total.number, night.total.status.value) == (
        False,
        None,
        "not reported",
    )
    rows = {r.key: r for r in table_rows(missiles)}
    assert rows["2025-04-21"].note == "No missiles in the national report"
    assert [c.text for c in rows["2025-04-23"].cells] == [
        "70",
        "48 (69%)",
        "Not reported",
        "Cannot be worked out",
    ]
    for svg in svgs(missiles):
        night_group = svg.select_one('g[data-bar="2025-04-21"]')
        assert night_group.select_one("rect") is None
        assert night_group.title.get_text() == "21 Apr: no missiles in the national report"
    assert missiles.lines == ()  # no 7-night average of the few nights with missiles


def test_regional_figures_are_never_added_to_the_national_ones() -> None:
    # 16 April: 75 drones in the national report; Air Command South reported 7 more.
    drones = {b.key: b for b in chart("drones").bars}
    assert drones["2025-04-16"].total.number == 75
    assert drones["2025-04-14"].gap  # regional rows only: still no national report


def test_interception_rate_is_lines_of_shares_broken_where_a_share_is_missing() -> None:
    rate = chart("interception")
    assert [line.measure.label for line in rate.lines] == [
        "Drones shot down or suppressed",
        "Drones shot down",
        "Missiles shot down",
    ]
    row = next(r for r in table_rows(rate) if r.key == SEED)
    assert [c.text for c in row.cells] == ["86.1%, derived", "32.4%, derived", "Not reported"]
    quiet = next(r for r in table_rows(rate) if r.key == "2025-05-12")  # no EW figure
    assert [c.text for c in quiet.cells] == [
        "Cannot be worked out",
        "100.0%, derived",
        "Not reported",
    ]
    spec = figure_spec(rate)
    x = spec["data"][1]["x"]
    assert [t["y"][x.index(SEED)] for t in spec["data"][1:]] == pytest.approx(
        [93 / 108 * 100, 35 / 108 * 100, None]
    )
    assert [t["marker"]["symbol"] for t in spec["data"][1:]] == [
        "square",
        "circle",
        "triangle-up",
    ]
    assert spec["data"][2]["hovertext"][x.index(SEED)] == (
        "Drones shot down: 32.4% (35 of 108 drones shot down)"
    )
    for svg in svgs(rate):
        assert [" ".join(p["class"]) for p in svg.select("path[d]")] == [
            "c-line-suppressed",
            "c-line-shot-down",
            "c-line-missiles",
        ]
        assert svg.select_one(f'g[data-bar="{SEED}"] title').get_text() == (
            "19 May: drones shot down or suppressed 86.1%, drones shot down 32.4%"
        )
        assert [t.get_text() for t in svg.select("text.c-tick")][:5] == [
            "0%",
            "25%",
            "50%",
            "75%",
            "100%",
        ]
    rows = list(csv.DictReader(io.StringIO(build_chart(rate).csv.removeprefix("\ufeff"))))
    assert len(rows) == 36 * 3  # lines only: no bars in this chart


def test_rate_description_gives_each_lines_range_and_latest_night() -> None:
    assert describe(chart("interception")) == (
        "Percent of what was launched per night, 14 April 2025 to 19 May 2025: 36 nights, 4 "
        "of them without a report. Drones shot down or suppressed: 31 nights with a figure, "
        "from 54.3% (4 May 2025) to 100.0% (21 April 2025); on the latest, 19 May 2025, "
        "86.1%. Drones shot down: 32 nights with a figure, from 24.1% (27 April 2025) to "
        "100.0% (12 May 2025); on the latest, 19 May 2025, 32.4%. Missiles shot down: 11 "
        "nights with a figure, from 0.0% (16 April 2025) to 68.6% (23 April 2025); on the "
        "latest, 13 May 2025, 0.0%. Night with an explainer: 19 May 2025. The chart shows "
        "the latest 30 nights; the downloads hold every night."
    )


def test_missiles_description_tells_gaps_from_nights_without_missiles() -> None:
    assert describe(chart("missiles")).startswith(
        "Launched missiles per night, 14 April 2025 to 19 May 2025: 36 nights, 4 of them "
        "without a report; on 21 other nights the report gives no figure for missiles. The "
        "most in one night: 70 on 23 April 2025. The latest night with a report, 13 May "
        "2025: 1 missile launched, of which 0 shot down (0%);"
    )


def test_seed_night_is_marked_and_linked_to_its_explainer_in_every_rendering() -> None:
    href = "../drone-strikes-trump-putin-call/"
    for data in page().charts:
        assert [(m.night, m.label, m.href) for m in data.marks] == [
            (date(2025, 5, 19), "Explainer", href)
        ]
        for svg in svgs(data):
            rules = [ln for ln in svg.select("line.c-mark") if float(ln["y2"]) > 100]
            assert len(rules) == 1  # (and the legend's swatch)
            assert [t.get_text() for t in svg.select("text.c-mark-label")] == ["Explainer"]
        layout = figure_spec(data)["layout"]
        assert [(a["x"], a["text"], a["xanchor"]) for a in layout["annotations"]] == [
            (SEED, f'<a href="{href}" target="_self">Explainer</a>', "right")
        ]
        assert [(s["x0"], s["line"]["dash"]) for s in layout["shapes"]] == [(SEED, "dot")]
        view = chart_view(build_chart(data), TRACKER_SRC, "tracker", Urls())
        marked = [r for r in view.rows if r.mark]
        assert [(r.key, r.mark.href if r.mark else "") for r in marked] == [(SEED, href)]


def test_ranges_offered_open_on_the_latest_30_nights() -> None:
    assert [(s.key, s.label, s.first, s.last) for s in page().ranges] == [
        ("30", "Last 30 nights", date(2025, 4, 20), date(2025, 5, 19)),
        ("all", "All 36 nights", date(2025, 4, 14), date(2025, 5, 19)),
    ]
    around = chart("drones").spans[-1]
    assert (around.key, around.label, around.first, around.last) == (
        SEED,
        "Around 19 May 2025",
        date(2025, 4, 19),
        date(2025, 5, 19),
    )


def test_each_range_has_its_own_axis_caption_and_table_rows() -> None:
    spec = figure_spec(chart("missiles"))
    ranges = spec["ranges"]
    assert sorted(ranges) == ["2025-05-19", "30", "all"]
    assert ranges["all"]["caption"] == (
        "The chart’s figures, night by night: all 36 nights, 14 April 2025 to 19 May 2025"
    )
    assert ranges["all"]["status"] == "Showing all 36 nights: 14 April 2025 to 19 May 2025."
    assert ranges["all"]["layouts"]["narrow"]["xaxis"]["range"] == [
        "2025-04-13 12:00:00",
        "2025-05-19 12:00:00",
    ]
    assert ranges["all"]["layouts"]["narrow"]["yaxis"]["ticktext"] == ["0", "20", "40", "60", "80"]
    # the opening range is the static chart's: its axis, not the whole series'
    assert (
        spec["layout"]["yaxis"]["ticktext"]
        == ranges["30"]["layouts"]["narrow"]["yaxis"]["ticktext"]
    )
    assert "rangeselector" not in spec["layout"]["xaxis"]  # the page's form chooses
    table = spec["table"]
    assert len(table) == 36 and table[0] == {
        "key": "2025-04-14",
        "header": "14 Apr",
        "cells": [],
        "note": ["No national report", 4],
    }
    seed_row = next(row for row in table if row["key"] == SEED)
    assert seed_row["mark"] == {
        "label": "Explainer",
        "title": seed_facts().headline,
        "href": "../drone-strikes-trump-putin-call/",
    }


def test_static_table_opens_on_the_latest_30_nights_and_downloads_have_all_36() -> None:
    built = build_chart(chart("drones"))
    view = chart_view(built, TRACKER_SRC, "tracker", Urls())
    assert (len(view.rows), view.rows[0].key, view.rows[-1].key, view.nights) == (
        30,
        "2025-04-20",
        SEED,
        36,
    )
    assert view.table_caption == (
        "The chart’s figures, night by night: last 30 nights, 20 April 2025 to 19 May 2025"
    )
    assert len(json.loads(built.json)["rows"]) == 36 * 5


@pytest.mark.parametrize("chart_id", ["drones", "missiles", "interception"])
def test_every_palette_and_width_of_each_tracker_chart_is_valid_plotly(chart_id: str) -> None:
    data = chart(chart_id)
    for scheme in ("default", "slate"):
        for canvas in (NARROW, WIDE):
            figure: dict[str, Any] = _figure(data, scheme, canvas)
            assert validated(figure) == figure, (scheme, canvas.name)
