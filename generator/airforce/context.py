"""One night set in context: its national launches against the nights before it (median
and maximum), each figure with the nights and reports it comes from, for an explainer
page to show and cite.

Nights without a national figure (gaps, or a report that does not mention the weapon)
are left out of the comparison and listed, never counted as 0; so is a night whose
launch total is only a lower bound (some of its rows do not give launched). With fewer
than half of the previous nights to compare, there is no median or maximum: "the most in
the previous 30 nights" taken over three of them would overstate what the data says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from generator.airforce.model import (
    CREDIT,
    DATASET_URL,
    DRONES,
    DRONES_AND_MISSILES,
    MISSILES,
    AirforceData,
    Totals,
    WeaponClass,
    selection_name,
)
from generator.factsheet.model import FactSheet, StrikeReport, WeaponKind

PREVIOUS_NIGHTS = 30


@dataclass(frozen=True)
class NightFigure:
    """One night's national launches, with the reports (post ids) they come from."""

    night: date
    launched: int
    sources: tuple[str, ...]


@dataclass(frozen=True)
class LaunchContext:
    """How one night's launches compare with the `previous` nights before it."""

    night: date
    weapons: frozenset[WeaponClass]
    totals: Totals  # the night's national figures and the reports they come from
    previous: int
    compared: tuple[NightFigure, ...]  # the previous nights with a figure, oldest first
    without_figure: tuple[date, ...]  # the previous nights without one (not counted as 0)
    median: float | None  # None when fewer than half the previous nights have a figure
    median_nights: tuple[NightFigure, ...]  # the middle night, or the two middle ones
    maximum: int | None
    maximum_nights: tuple[NightFigure, ...]  # every previous night with the maximum
    credit: str = CREDIT
    dataset_url: str = DATASET_URL
    data_begins: date = date.min  # the data's first night

    @property
    def launched(self) -> int:
        assert self.totals.launched is not None  # a context exists only for a launch figure
        return self.totals.launched

    @property
    def weapons_name(self) -> str:
        return selection_name(self.weapons)

    @property
    def before_data(self) -> tuple[date, ...]:
        """The nights without a figure because the data begins after them."""
        return tuple(d for d in self.without_figure if d < self.data_begins)

    @property
    def first_compared(self) -> date:
        return self.night - timedelta(days=self.previous)


def night_context(
    data: AirforceData,
    night: date,
    weapons: frozenset[WeaponClass] = DRONES,
    previous: int = PREVIOUS_NIGHTS,
) -> LaunchContext | None:
    """The context of the night that begins on `night`, or None when the data has no
    national launch figure for it."""
    period = data.night(night)
    if period is None:
        return None
    totals = period.totals(weapons)
    if not _exact_launches(totals):
        return None
    compared: list[NightFigure] = []
    without: list[date] = []
    for back in range(previous, 0, -1):
        day = night - timedelta(days=back)
        earlier = data.night(day)
        figures = earlier.totals(weapons) if earlier is not None else None
        if figures is None or not _exact_launches(figures):
            without.append(day)
        else:
            assert figures.launched is not None
            compared.append(NightFigure(day, figures.launched, figures.sources))
    enough = 2 * len(compared) >= previous
    median, median_nights = _median(compared) if enough else (None, ())
    maximum = max((n.launched for n in compared), default=None) if enough else None
    return LaunchContext(
        night=night,
        weapons=weapons,
        totals=totals,
        previous=previous,
        compared=tuple(compared),
        without_figure=tuple(without),
        median=median,
        median_nights=median_nights,
        maximum=maximum,
        maximum_nights=tuple(n for n in compared if n.launched == maximum),
        data_begins=data.first or night,
    )


def _exact_launches(totals: Totals) -> bool:
    return totals.launched is not None and "launched" not in totals.partial


def _median(nights: list[NightFigure]) -> tuple[float | None, tuple[NightFigure, ...]]:
    if not nights:
        return None, ()
    ranked = sorted(nights, key=lambda n: (n.launched, n.night))
    middle = len(ranked) // 2
    if len(ranked) % 2:
        return float(ranked[middle].launched), (ranked[middle],)
    pair = ranked[middle - 1 : middle + 1]
    return (pair[0].launched + pair[1].launched) / 2, tuple(sorted(pair, key=lambda n: n.night))


_SELECTIONS = {
    WeaponKind.DRONES: DRONES,
    WeaponKind.MISSILES: MISSILES,
    WeaponKind.MIXED: DRONES_AND_MISSILES,
}


def weapons_of(report: StrikeReport) -> frozenset[WeaponClass] | None:
    """The weapon classes a fact sheet's strike report counts (None while it is TODO)."""
    return _SELECTIONS.get(report.weapon_kind)


def is_strike_on_ukraine(facts: FactSheet, report: StrikeReport) -> bool:
    """The dataset counts strikes on Ukraine only: not, say, Ukrainian drones on Russia."""
    target = facts.party(report.target)
    return target is not None and "ukraine" in {target.id, target.name.casefold()}


def report_context(
    data: AirforceData, facts: FactSheet, report: StrikeReport
) -> LaunchContext | None:
    """The context of a fact sheet's strike report on Ukraine, when the data covers its
    night (whoever reports the figures: the context is the dataset's own)."""
    weapons = weapons_of(report)
    if weapons is None or report.night_of is None or not is_strike_on_ukraine(facts, report):
        return None
    return night_context(data, report.night_of, weapons)
