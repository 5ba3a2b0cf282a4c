"""What the interactive charts add to the static ones, from the committed data and the
seed story: one colour key naming only what is drawn (for the opening nights and for
each range), counts or shares (the tracker's columns and the explainer's launches), a
night's figures and source in words, and the date labels the static chart has (the
latest and the highlighted night)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from generator.charts.chart import build_chart, chart_view
from generator.charts.launches import launches_data
from generator.charts.plotly_rows import rows_figure
from generator.charts.plotly_spec import figure_spec, validated
from generator.charts.plotly_views import as_shares, night_words
from generator.charts.svgparts import NARROW, WIDE
from generator.web.urls import TRACKER_SRC, Urls
from tests.charts.test_tracker_charts import SEED, chart
from tests.support.chart_facts import seed_facts


def legend(chart_id: str) -> list[tuple[str, str, bool]]:
    view = chart_view(build_chart(chart(chart_id)), TRACKER_SRC, "tracker", Urls())
    return [(item.key, item.label, item.shown) for item in view.legend]


def test_the_key_names_only_what_the_chart_draws() -> None:
    assert legend("missiles") == [  # no missile suppressed or unaccounted for in the data
        ("shot_down", "Shot down", True),
        ("rest", "Not broken down", True),
        ("gap", "No report", True),
        ("mark", "Night with an explainer", True),
    ]
    assert [key for key, _, _ in legend("drones")] == [
        "shot_down", "suppressed", "unaccounted", "launched_average", "gap", "mark",
    ]  # fmt: skip
    ranges = figure_spec(chart("missiles"))["ranges"]
    assert ranges["all"]["legend"] == ["shot_down", "rest", "gap", "mark"]


@pytest.mark.parametrize("chart_id", ["drones", "missiles", "interception"])
def test_the_static_drawing_has_no_key_of_its_own(chart_id: str) -> None:
    for svg in build_chart(chart(chart_id)).svgs:  # the page's key serves both drawings
        assert BeautifulSoup(str(svg), "html.parser").select("text.c-item") == []


def test_shares_draw_each_part_as_its_share_of_what_was_launched() -> None:
    spec = figure_spec(chart("drones"))
    shares = spec["views"]["shares"]
    seed = spec["data"][1]["x"].index(SEED)
    drawn = {trace["name"]: patch.get("y", [None] * 99)[seed]
             for trace, patch in zip(spec["data"], shares["data"], strict=True)}  # fmt: skip
    assert drawn == {"No report": None, "Shot down": 32.407, "Suppressed": 53.704,
                     "Unaccounted for": 13.889, "Not broken down": None,
                     "7-night average": None, "Night": None}  # fmt: skip
    assert shares["layout"]["yaxis"]["ticktext"] == ["0%", "25%", "50%", "75%", "100%"]
    assert shares["unkeyed"] == ["launched_average"]  # a count: not on a share's axis
    assert "views" not in figure_spec(chart("interception"))  # shares already


def test_a_nights_figures_and_source_in_words() -> None:
    assert night_words(chart("drones"))[-1] == (
        "19 May 2025: 108 launched; Shot down 35 (32%), Suppressed 58 (54%), Unaccounted "
        "for 15 (14%), derived; 7-night average 131.7, derived. Source: Ukrainian Air Force."
    )
    assert night_words(chart("missiles"))[-1] == (
        "19 May 2025: no missiles in the national report. Source: Ukrainian Air Force."
    )
    assert night_words(chart("drones"))[24] == "8 May 2025: no report."
    assert night_words(chart("interception"))[-1].startswith(
        "19 May 2025: Drones shot down or suppressed 86.1%, derived; Drones shot down 32.4%, "
        "derived. Worked out by us from the national figures"
    )


@pytest.mark.parametrize("chart_id", ["drones", "missiles", "interception"])
def test_the_interactive_chart_keeps_the_highlighted_nights_date_label(chart_id: str) -> None:
    spec = figure_spec(chart(chart_id))
    assert spec["layout"]["xaxis"]["tickvals"][-1] == SEED
    for span in spec["ranges"].values():
        for layout in span["layouts"].values():
            assert SEED in layout["xaxis"]["tickvals"]


def test_the_launches_chart_as_shares_draws_only_wholes_it_knows() -> None:
    data = launches_data(seed_facts())
    assert data is not None
    drawn = as_shares(data)
    assert [[round(v.number, 1) if v.number else None for v in bar.parts]
            for bar in drawn.bars] == [[32.4, 53.7, 13.9], [None, None, None]]  # fmt: skip
    # (Russia's 8 intercepted: launched not reported, so no share is drawn for it)
    views = figure_spec(data)["views"]["shares"]["per"]
    for canvas in (NARROW, WIDE):
        for scheme in ("default", "slate"):
            shares = rows_figure(data, scheme, canvas, shares=True)
            assert validated(shares) == shares
            assert views[canvas.name][scheme]["layout"]["xaxis"]["ticktext"] == [
                "0%", "25%", "50%", "75%", "100%",
            ]  # fmt: skip
    assert [t["text"] for t in rows_figure(data, "default", NARROW, shares=True)["data"]] == [
        ["32%", ""], ["54%", ""], ["14%", ""],
    ]  # fmt: skip
