"""A night in context, and the tracker's night-by-night series: the figures an explainer
page and the tracker will show, each with the reports it comes from."""

from __future__ import annotations

from datetime import date

import pytest

from generator.airforce.context import NightFigure, night_context, report_context
from generator.airforce.model import (
    CREDIT,
    DRONES,
    MISSILES,
    AirforceData,
    DatasetInfo,
    ReportRow,
)
from generator.airforce.nights import assemble
from generator.airforce.series import nightly_series
from generator.factsheet.loader import load_story
from tests.support.airforce_files import LONG, SEED_POST, imported, made_data, national_row
from tests.support.project import REPO, SEED_FACTS

MEDIAN_POST = "kpszsu/posts/pfbid04F4kZPzZubc3XtzJ6MSStRwX7kDKtDDibDQ5yFkuEhDBWiPF4JQYpxVsAtFHG9Ggl"
MAXIMUM_POST = (
    "kpszsu/posts/pfbid098b1wLqRJTY1zEARExkkmiFhTsgNAw85ebeEw9nzENtvKYweEYUxLVvt3733A3JYl"
)


@pytest.fixture(scope="module")
def data() -> AirforceData:
    return imported(LONG).data


def test_seed_night_against_the_30_nights_before_it(data: AirforceData) -> None:
    context = night_context(data, date(2025, 5, 19))
    assert context is not None
    assert (context.launched, context.totals.shot_down, context.totals.suppressed) == (108, 35, 58)
    assert context.totals.sources == (SEED_POST,)
    assert (context.previous, context.first_compared, context.weapons_name) == (
        30,
        date(2025, 4, 19),
        "drones",
    )
    assert context.median == 114
    assert context.median_nights == (NightFigure(date(2025, 4, 25), 114, (MEDIAN_POST,)),)
    assert context.maximum == 273
    assert context.maximum_nights == (NightFigure(date(2025, 5, 17), 273, (MAXIMUM_POST,)),)
    assert len(context.compared) == 27
    assert context.without_figure == (date(2025, 4, 19), date(2025, 5, 8), date(2025, 5, 9))
    assert context.credit == CREDIT


def test_seed_explainer_gets_the_same_context_from_its_fact_sheet(data: AirforceData) -> None:
    story = load_story(SEED_FACTS, REPO).story
    assert story is not None
    ukraine, russia = story.facts.strike_reports
    facts = story.facts
    assert report_context(data, facts, ukraine) == night_context(data, date(2025, 5, 19), DRONES)
    assert report_context(data, facts, russia) is None  # Ukrainian drones on Russia


def test_no_context_without_a_national_figure_for_the_night(data: AirforceData) -> None:
    assert night_context(data, date(2025, 5, 20)) is None  # after the data
    assert night_context(data, date(2025, 1, 1)) is None  # before it
    assert night_context(data, date(2025, 5, 8)) is None  # a gap
    assert night_context(data, date(2025, 5, 19), MISSILES) is None  # no missiles reported


def test_missile_context_leaves_out_nights_without_missiles(data: AirforceData) -> None:
    context = night_context(data, date(2025, 4, 23), MISSILES)
    assert context is not None
    assert (context.launched, context.weapons_name) == (70, "missiles")
    assert [n.night for n in context.compared] == [
        date(2025, 4, 16),
        date(2025, 4, 17),
        date(2025, 4, 18),
        date(2025, 4, 20),
    ]
    assert date(2025, 4, 15) in context.without_figure  # drones only that night
    # the data begins on 14 April: the 21 nights before it are not in it at all
    assert (context.data_begins, len(context.before_data)) == (date(2025, 4, 14), 21)
    # 4 of 30 nights: too few for a "median of the previous 30 nights" or a maximum
    assert (context.median, context.median_nights, context.maximum) == (None, (), None)


def night(day: int, *figures: int | None, model: str = "Shahed-136/131") -> ReportRow:
    """The national report's row for the night of `day` June 2025."""
    return national_row(date(2025, 6, day), *figures, model=model)


def test_a_night_whose_launch_total_is_a_lower_bound_gets_no_context_and_is_not_compared() -> None:
    # on 3 June one row gives launched and another leaves it empty: 50 is "at least 50"
    rows = [night(d, 10 * d) for d in (1, 2, 4)]
    data = made_data(*rows, night(3, 50), night(3, None, 30, model="Gerbera"), night(5, 60))
    assert night_context(data, date(2025, 6, 3), previous=2) is None
    context = night_context(data, date(2025, 6, 5), previous=4)
    assert context is not None
    assert [n.night.day for n in context.compared] == [1, 2, 4]
    assert context.without_figure == (date(2025, 6, 3),)
    assert (context.median, context.maximum) == (20, 40)


def test_median_and_maximum_need_half_the_previous_nights_with_a_figure() -> None:
    data = made_data(night(1, 10), night(2, 20), night(6, 99))
    context = night_context(data, date(2025, 6, 6), previous=5)  # 2 of 5 nights
    assert context is not None
    assert [n.night.day for n in context.compared] == [1, 2]
    assert (context.median, context.maximum) == (None, None)
    more = made_data(night(1, 10), night(2, 20), night(3, 30), night(6, 99))
    enough = night_context(more, date(2025, 6, 6), previous=5)  # 3 of 5
    assert enough is not None and (enough.median, enough.maximum) == (20, 30)


def test_interception_rate_is_left_out_when_a_nights_rows_add_up_to_more_than_launched() -> None:
    # each row fits within its own launched; together shot down + suppressed exceed it
    data = made_data(night(1, 100, 80, 0), night(1, 0, 0, 30, model="Gerbera"))
    (point,) = nightly_series(data, DRONES)
    assert (point.launched, point.shot_down, point.suppressed) == (100, 80, 30)
    assert point.shot_down_share == pytest.approx(0.8)
    assert point.stopped_share is None  # never 110%


def test_median_of_an_even_number_of_nights_is_the_mean_of_the_middle_two() -> None:
    data = made_data(night(1, 10), night(2, 40), night(3, 20), night(4, 30), night(5, 99))
    context = night_context(data, date(2025, 6, 5), previous=4)
    assert context is not None
    assert context.median == 25
    assert [n.night.day for n in context.median_nights] == [3, 4]
    assert (context.maximum, [n.night.day for n in context.maximum_nights]) == (40, [2])


def test_tracker_series_has_every_night_and_the_seed_figures(data: AirforceData) -> None:
    series = nightly_series(data, DRONES)
    assert [p.night for p in series] == [n.date for n in data.nights]
    seed = series[-1]
    assert (seed.night, seed.launched, seed.shot_down, seed.suppressed) == (
        date(2025, 5, 19),
        108,
        35,
        58,
    )
    assert seed.sources == (SEED_POST,)
    assert seed.launched_average == pytest.approx((145 + 110 + 112 + 62 + 273 + 112 + 108) / 7)
    assert seed.shot_down_share == pytest.approx(35 / 108)
    assert seed.stopped_share == pytest.approx(93 / 108)


def test_tracker_series_shows_gaps_as_gaps(data: AirforceData) -> None:
    by_night = {p.night: p for p in nightly_series(data, DRONES)}
    gap = by_night[date(2025, 5, 8)]
    assert (gap.launched, gap.shot_down, gap.stopped_share) == (None, None, None)
    after_gap = by_night[date(2025, 5, 10)]  # the average counts the 5 nights with a figure
    assert after_gap.launched_average == pytest.approx((116 + 136 + 187 + 31 + 108) / 5)
    quiet_suppression = by_night[date(2025, 5, 12)]  # 10 launched, 10 shot down, no EW figure
    assert (quiet_suppression.shot_down_share, quiet_suppression.stopped_share) == (1.0, None)


def test_seven_night_average_needs_four_nights_with_a_figure() -> None:
    info = DatasetInfo("made.csv", "", 4, 4, ())
    rows = [night(1, 10), night(2, 20), night(3, 30), night(8, 50)]
    series = nightly_series(assemble(info, rows), DRONES)
    assert [(p.night.day, p.launched, p.launched_average) for p in series] == [
        (1, 10, None),
        (2, 20, None),
        (3, 30, None),
        (4, None, None),
        (5, None, None),
        (6, None, None),
        (7, None, None),
        (8, 50, None),
    ]
    series = nightly_series(assemble(info, [*rows, night(5, 40)]), DRONES)
    assert [p.launched_average for p in series][4] == 25
