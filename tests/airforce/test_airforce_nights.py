"""Rows into nights: what the tracker and the explainer pages are told about each night."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from generator.airforce.model import (
    DRONES,
    DRONES_AND_MISSILES,
    MISSILES,
    AirforceData,
    Figures,
    PeriodKind,
    Window,
)
from generator.airforce.nights import period_of
from tests.support.airforce_files import LONG, SEED_POST, SHORT, imported


@pytest.fixture(scope="module")
def data() -> AirforceData:
    return imported(LONG).data


def test_seed_night_has_the_national_figures_of_its_report(data: AirforceData) -> None:
    night = data.night(date(2025, 5, 19))
    assert night is not None
    drones = night.totals(DRONES)
    assert (drones.launched, drones.shot_down, drones.suppressed) == (108, 35, 58)
    assert drones.figures.still_attacking is None
    assert (drones.sources, drones.rows, drones.partial) == ((SEED_POST,), 1, ())
    assert str(night.national[0].window) == "2025-05-19 19:00 – 2025-05-20 09:00"
    assert night.national[0].url == "https://www.facebook.com/" + SEED_POST


def test_seed_night_keeps_the_regional_rows_apart(data: AirforceData) -> None:
    night = data.night(date(2025, 5, 19))
    assert night is not None
    assert [(r.model, r.figures.launched, r.command, str(r.window)) for r in night.regional] == [
        ("Молнія", 5, "Air Command South", "2025-05-20")
    ]
    everything = night.totals(DRONES_AND_MISSILES)
    assert (everything.launched, everything.shot_down) == (108, 35)  # never 113 or 40


def test_weapons_the_report_does_not_mention_are_not_reported_not_zero(
    data: AirforceData,
) -> None:
    night = data.night(date(2025, 5, 19))
    assert night is not None
    missiles = night.totals(MISSILES)
    assert (missiles.figures, missiles.rows, missiles.sources) == (Figures(), 0, ())


def test_night_without_a_national_report_is_a_gap(data: AirforceData) -> None:
    assert data.gaps == (date(2025, 4, 14), date(2025, 4, 19), date(2025, 5, 8), date(2025, 5, 9))
    easter = data.night(date(2025, 4, 19))
    assert easter is not None and not easter.has_national_report
    assert easter.totals(DRONES).launched is None
    only_regional = data.night(date(2025, 5, 9))
    assert only_regional is not None
    assert (only_regional.national, len(only_regional.regional)) == ((), 2)


def test_nights_run_every_day_from_the_first_to_the_last(data: AirforceData) -> None:
    assert (data.first, data.last, len(data.nights)) == (date(2025, 4, 14), date(2025, 5, 19), 36)
    assert data.night(date(2025, 4, 13)) is None
    assert data.night(date(2025, 5, 20)) is None


def test_a_report_with_several_windows_adds_up_in_its_night(data: AirforceData) -> None:
    night = data.night(date(2025, 4, 17))  # 19:30 – 09:30, and Iskander-K 04:30 – 05:30
    assert night is not None
    assert night.totals(MISSILES).launched == 6
    assert night.totals(DRONES).launched == 37
    combined = data.night(date(2025, 4, 23))  # drones 19:00 – 06:30, missiles 00:30 – 06:00
    assert combined is not None
    missiles = combined.totals(MISSILES)
    assert (missiles.launched, missiles.shot_down, missiles.suppressed) == (70, 48, None)
    assert len(combined.sources) == 1


def test_a_daytime_attack_stays_apart_from_the_nights_around_it(data: AirforceData) -> None:
    assert [(d.kind, d.date, d.totals(DRONES).launched) for d in data.days] == [
        (PeriodKind.DAY, date(2025, 4, 22), 77)
    ]
    before, after = data.night(date(2025, 4, 21)), data.night(date(2025, 4, 22))
    assert before is not None and after is not None
    assert (before.totals(DRONES).launched, after.totals(DRONES).launched) == (54, 134)


def test_partial_totals_say_which_figures_some_rows_leave_out(data: AirforceData) -> None:
    night = data.night(date(2025, 5, 13))  # Shahed 145/80/42 and Iskander-M 1/0/–
    assert night is not None
    both = night.totals(DRONES_AND_MISSILES)
    assert (both.launched, both.shot_down, both.suppressed, both.partial) == (
        146,
        80,
        42,
        ("suppressed",),
    )


def test_both_excerpts_agree_on_the_nights_they_share() -> None:
    short, long = imported(SHORT).data, imported(LONG).data
    for night in short.nights:
        other = long.night(night.date)
        assert other is not None
        assert night.national == other.national


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("start", "end", "timed", "period"),
    [
        ("2025-05-19 19:00", "2025-05-20 09:00", True, (PeriodKind.NIGHT, date(2025, 5, 19))),
        ("2025-05-16 00:00", "2025-05-16 09:00", True, (PeriodKind.NIGHT, date(2025, 5, 15))),
        ("2025-05-17 16:00", "2025-05-18 08:00", True, (PeriodKind.NIGHT, date(2025, 5, 17))),
        ("2025-05-07 14:30", "2025-05-07 20:30", True, (PeriodKind.NIGHT, date(2025, 5, 7))),
        ("2025-04-22 08:00", "2025-04-22 18:00", True, (PeriodKind.DAY, date(2025, 4, 22))),
        ("2025-04-18 04:30", "2025-04-18 05:30", True, (PeriodKind.NIGHT, date(2025, 4, 17))),
        ("2025-05-06 03:00", "2025-05-06 03:00", True, (PeriodKind.NIGHT, date(2025, 5, 5))),
        ("2025-05-06 18:00", "2025-05-08 09:00", True, (PeriodKind.NIGHT, date(2025, 5, 7))),
        ("2025-05-20 00:00", "2025-05-20 00:00", False, (PeriodKind.NIGHT, date(2025, 5, 19))),
        ("2022-10-10 00:00", "2022-10-11 00:00", False, (PeriodKind.NIGHT, date(2022, 10, 10))),
    ],
)
def test_each_window_belongs_to_one_night_or_day(
    start: str, end: str, timed: bool, period: tuple[PeriodKind, date]
) -> None:
    assert period_of(Window(at(start), at(end), timed, timed)) == period
