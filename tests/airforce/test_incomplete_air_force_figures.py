"""When the Air Force data is incomplete, the pages say so: a total that some of a night's
rows leave out is "at least", a share of it is not given, a comparison over too few
nights is not made, the nights before the data begins are named as such, and a report
address is always a web address."""

from __future__ import annotations

from datetime import date

from generator.airforce.crosscheck import check_against_data
from generator.airforce.model import (
    DRONES,
    post_url,
)
from generator.airforce.series import nightly_series
from generator.pages.sections.night_context import night_contexts
from generator.pages.tracker import explainer_nights
from generator.web.urls import Urls
from tests.support.airforce_files import made_data, national_row
from tests.support.chart_facts import seed_facts

SEED_NIGHT = date(2025, 5, 19)


# The seed night as two rows: the Gerbera decoys' row gives neither a shot-down nor a
# suppressed figure, so the night's 35 and 58 are lower bounds; three nights before it.
PARTIAL_SEED_NIGHT = made_data(
    national_row(date(2025, 5, 16), 100, 80, 10),
    national_row(date(2025, 5, 17), 273, 88, 128),
    national_row(date(2025, 5, 18), 112, 60, 40),
    national_row(SEED_NIGHT, 108, 35, 58),
    national_row(SEED_NIGHT, 10, None, None, model="Gerbera"),
)


def context_view():  # type: ignore[no-untyped-def]
    (view,) = night_contexts(seed_facts(), PARTIAL_SEED_NIGHT, Urls())
    return view


def test_a_lower_bound_is_never_shown_as_the_nights_figure() -> None:
    # The context charts launches only: the night's own shot down and suppressed are
    # the article's, above it. The dataset's lower bounds (shot down, suppressed) are
    # not shown, nor given a share; a launched figure that differs is named in a note.
    data = context_view().built.data
    assert [(b.label, b.total.text(), b.parts) for b in data.bars] == [
        ("16 May", "100", ()),
        ("17 May", "273", ()),
        ("18 May", "112", ()),
        ("19 May", "118", ()),
    ]


def test_no_median_or_maximum_over_three_of_thirty_nights() -> None:
    view = context_view()
    assert view.built.data.references == ()
    assert view.built.data.title == (
        "Only 3 of the 30 nights before have a figure for drones: too few to compare with"
    )
    # the chart begins with the data: no empty slots for the nights before it
    assert view.gaps == "The data begins on the night of 16 May 2025."


def test_the_article_is_not_said_to_disagree_with_a_lower_bound() -> None:
    # launched: 108 in the article, 118 in the data; the others: 35 and "at least 35" …
    assert context_view().differences == ("Launched: the article gives 108, the dataset 118.",)
    facts = seed_facts()
    warnings = [p.message for p in check_against_data(facts, PARTIAL_SEED_NIGHT, "data.yaml")]
    assert [w.split(":")[0] for w in warnings] == ["launched"]


def test_the_check_names_a_lower_bound_that_the_article_falls_short_of() -> None:
    data = made_data(
        national_row(SEED_NIGHT, 108, 40, 58),
        national_row(SEED_NIGHT, 10, None, 2, model="Gerbera"),
    )
    (shot_down,) = [
        p.message
        for p in check_against_data(seed_facts(), data, "data.yaml")
        if p.message.startswith("shot down")
    ]
    assert "the Air Force dataset says at least 40 for drones" in shot_down


def test_tracker_says_launched_not_reported_rather_than_no_drones() -> None:
    data = made_data(
        national_row(SEED_NIGHT, None, 35, 58),
        national_row(SEED_NIGHT, 10, 5, None, model="Gerbera"),
    )
    (night,) = explainer_nights(data, [seed_facts()], Urls(), nightly_series(data, DRONES))
    assert night.figures == ("at least 10 drones launched, 40 shot down, at least 58 suppressed")
    assert night.slug == seed_facts().slug
    empty = made_data(national_row(SEED_NIGHT, None, 35, None))
    (night,) = explainer_nights(empty, [seed_facts()], Urls(), nightly_series(empty, DRONES))
    assert night.figures == "drones: launched not reported, 35 shot down"


def test_report_addresses_are_web_addresses() -> None:
    assert post_url("kpszsu/posts/pfbid0x") == "https://www.facebook.com/kpszsu/posts/pfbid0x"
    assert post_url("t.me/kpszsu/3") == "https://t.me/kpszsu/3"
    assert post_url("https://t.me/kpszsu/3") == "https://t.me/kpszsu/3"
    assert post_url("javascript:alert(1)") == "https://www.facebook.com/javascript:alert(1)"
