"""The static chart, as written at build time: what a reader without JavaScript (or a
search engine) gets, for a phone's width and for wider columns."""

from __future__ import annotations

from datetime import date

import pytest
from bs4 import BeautifulSoup, Tag

from generator.airforce.datafile import read
from generator.airforce.model import DRONES
from generator.airforce.series import nightly_series
from generator.charts.chart import build_chart
from generator.charts.describe import describe
from generator.charts.launches import launches_data
from generator.charts.model import ChartData
from generator.charts.nights import nightly_chart_data
from generator.charts.svgparts import CANVASES
from generator.charts.textwidth import text_width
from tests.support.chart_facts import facts_with, figure, report, seed_facts
from tests.support.project import REPO


def svgs_of(data: ChartData | None) -> list[Tag]:
    assert data is not None
    chart = build_chart(data)
    found = []
    for svg in chart.svgs:
        root = BeautifulSoup(str(svg), "html.parser").svg
        assert root is not None
        found.append(root)
    return found


def seed_svgs() -> list[Tag]:
    return svgs_of(launches_data(seed_facts()))


@pytest.mark.parametrize("index", range(len(CANVASES)))
def test_static_chart_writes_every_figure_as_real_text(index: int) -> None:
    svg = seed_svgs()[index]
    values = {(t["data-bar"], t["data-measure"]): t.get_text() for t in svg.select("text.c-value")}
    assert values == {
        ("russian-drones-on-ukraine", "shot_down"): "35",
        ("russian-drones-on-ukraine", "suppressed"): "58",
        ("russian-drones-on-ukraine", "unaccounted"): "15",
        ("ukrainian-drones-on-russia", "shot_down"): "8",
    }
    # A number written on its segment is not written again under the bar.
    items = [t.get_text() for t in svg.select("text.c-item")]
    assert items == [
        "Shot down (32%)",
        "Suppressed (54%)",
        "Unaccounted for (14%), derived",
        "Intercepted",
        "Suppressed: not reported",
        "Unaccounted for: cannot be worked out",
    ]
    assert [t.get_text() for t in svg.select("text.c-bar-label")] == [
        "Russia on Ukraine: 108 launched",
        "Ukraine on Russia: 8 intercepted",
    ]


def test_static_chart_is_an_image_named_by_the_description_with_a_title() -> None:
    for svg in seed_svgs():
        assert svg["role"] == "img"
        assert svg["aria-labelledby"] == "chart-launches-desc"
        title = svg.find("title")
        assert title is not None and title.get_text() == (
            "Ukraine’s Air Force: 86% of the drones shot down or suppressed"
        )


def test_not_reported_is_words_with_nothing_drawn_never_a_zero_bar() -> None:
    for svg in seed_svgs():
        # No shape stands for a whole the source did not give: a box spanning the axis
        # would read as a quantity. Its words stand where the bar would be.
        assert (
            svg.select('rect[data-bar="ukrainian-drones-on-russia"][data-measure="launched"]') == []
        )
        assert svg.select("rect.c-missing") == []
        assert svg.select_one("text.c-missing-label").get_text() == "Launched: not reported"
        assert all(float(r["width"]) > 0 for r in svg.select("rect[data-bar]"))
        assert "0" not in [t.get_text() for t in svg.select("text.c-value")]
        # (and no dashed legend swatch for a part not reported: only what is drawn has one)


def test_derived_part_is_hatched_so_colour_is_not_the_only_cue() -> None:
    for svg in seed_svgs():
        derived = svg.select_one('rect[data-measure="unaccounted"]')
        assert derived is not None and derived["fill"].startswith("url(#chart-launches-")
        assert svg.select_one(derived["fill"][4:-1]).name == "pattern"


def test_a_known_whole_not_broken_down_is_outlined_beyond_its_parts() -> None:
    facts = facts_with(report(launched=figure("launched", 100), shot_down=figure("shot_down", 40)))
    for svg in svgs_of(launches_data(facts)):
        rest = svg.select_one('rect[data-measure="launched"]')
        assert rest is not None and rest["class"] == ["c-missing"]
        shot = svg.select_one('rect[data-measure="shot_down"]')
        assert shot is not None
        assert float(rest["x"]) == pytest.approx(float(shot["x"]) + float(shot["width"]))
        assert svg.select_one("text.c-missing-label").get_text() == "not broken down"


def test_a_drafts_figures_still_to_fill_in_say_todo() -> None:
    facts = facts_with(report(launched=figure("launched", todo=True)))
    for svg in svgs_of(launches_data(facts)):
        assert svg.select_one("text.c-bar-label").get_text() == "Russia on Ukraine: launched: TODO"
        assert svg.select_one("text.c-missing-label").get_text() == "Launched: TODO"


def test_long_labels_wrap_inside_the_drawing() -> None:
    long_weapon = "Shahed-136 and Gerbera decoy drones launched from five directions " * 3
    facts = facts_with(report(launched=figure("launched", 100), weapon=long_weapon.strip()))
    for svg, canvas in zip(svgs_of(launches_data(facts)), CANVASES, strict=True):
        for text in svg.select("text"):
            size = float(text.get("font-size", 13))
            bold = text.get("font-weight") == "700"
            anchor = text.get("text-anchor", "start")
            width = text_width(text.get_text(), size, bold)
            left = float(text["x"]) - {"start": 0, "middle": width / 2, "end": width}[anchor]
            assert left >= -0.01 and left + width <= canvas.width + 0.01, text.get_text()


def nights_chart() -> ChartData:
    data, problems = read(REPO / "content" / "data" / "airforce-nights.yaml", "nights.yaml")
    assert data is not None, problems
    return nightly_chart_data(
        nightly_series(data, DRONES),
        chart_id="nights",
        title="Drones launched at Ukraine, night by night",
        unit="drones",
        recent=30,
    )


def test_tracker_nights_read_as_a_series_with_gaps_never_drawn_as_zero() -> None:
    chart = nights_chart()
    assert len(chart.bars) == 36 and chart.bars[-1].night == date(2025, 5, 19)
    gaps = [b.key for b in chart.bars if not b.total.has_number]
    assert gaps == ["2025-04-14", "2025-04-19", "2025-05-08", "2025-05-09"]
    for svg in svgs_of(chart):
        nights = svg.select("g.c-night")
        assert len(nights) == 30  # the latest 30 nights; the table has all 36
        bands = [g["data-bar"] for g in nights if g.select_one("rect.c-gap")]
        assert bands == ["2025-05-08", "2025-05-09"]
        assert "M" in svg.select_one("path.c-line-average")["d"]
        assert svg.select_one('g[data-bar="2025-05-19"] title').get_text() == (
            "19 May: 108 launched, 35 shot down, 58 suppressed by electronic warfare, "
            "15 unaccounted for"
        )


def test_tracker_description_names_range_gaps_peak_and_latest_night() -> None:
    assert describe(nights_chart()) == (
        "Launched drones per night, 14 April 2025 to 19 May 2025: 36 nights, 4 of them "
        "without a report. The most in one night: 273 on 17 May 2025. The latest night with a "
        "report, 19 May 2025: 108 drones launched, of which 35 shot down (32%), 58 suppressed "
        "by electronic warfare (54%) and 15 unaccounted for (14%; derived: launched − shot "
        "down − suppressed). 7-night average that night: 131.7. The chart shows the latest "
        "30 nights; the downloads hold every night."
    )


def test_files_of_the_series_chart_hold_every_night() -> None:
    chart = build_chart(nights_chart())
    assert chart.csv.count("\r\n") == 1 + 36 * 5
    assert chart.spec.count('"No report"') == 1
