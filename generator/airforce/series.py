"""Night-by-night national figures for the tracker: launched, shot down and suppressed,
a 7-night average and the share stopped, for drones or for missiles.

Every night of the data's range is a point, gaps included (with None, never 0), so a
chart breaks its line where there was no report instead of drawing a quiet night.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.airforce.model import AirforceData, Count, WeaponClass

AVERAGE_NIGHTS = 7
AVERAGE_MIN_NIGHTS = 4  # fewer nights with a figure in the 7 and the average is not shown


@dataclass(frozen=True)
class NightPoint:
    night: date
    launched: Count
    shot_down: Count
    suppressed: Count
    sources: tuple[str, ...]  # the national reports (post ids) of the night
    launched_average: float | None  # mean over this night and the 6 before it (see module)
    shot_down_share: float | None  # shot down ÷ launched
    stopped_share: float | None  # (shot down + suppressed) ÷ launched
    has_report: bool = True  # False: no national report that night (a gap); True with
    # no figures: the report gives none for these weapons (say, a night of drones only)
    has_rows: bool = True  # the report has rows for these weapons (launched may still be
    # empty in them: "not reported", which is not "none launched")


def nightly_series(data: AirforceData, weapons: frozenset[WeaponClass]) -> tuple[NightPoint, ...]:
    """One point per night, oldest first. The average counts only nights with a figure,
    and needs at least `AVERAGE_MIN_NIGHTS` of the 7; shares need exact parts."""
    points: list[NightPoint] = []
    launched_so_far: list[Count] = []
    for night in data.nights:
        totals = night.totals(weapons)
        launched_so_far.append(totals.launched)
        recent = [n for n in launched_so_far[-AVERAGE_NIGHTS:] if n is not None]
        average = sum(recent) / len(recent) if len(recent) >= AVERAGE_MIN_NIGHTS else None
        partial = set(totals.partial)  # a share of a lower bound would mislead
        shot_down = None if partial & {"launched", "shot_down"} else totals.shot_down
        stopped = (
            None
            if partial & {"launched", "shot_down", "suppressed"}
            else _plus(totals.shot_down, totals.suppressed)
        )
        if stopped is not None and totals.launched is not None and stopped > totals.launched:
            # Each row's parts fit within its launched, but a night's rows can add up to
            # more: a rate above 100% is no rate (derived.unaccounted_counts refuses it too).
            stopped = None
        points.append(
            NightPoint(
                night=night.date,
                launched=totals.launched,
                shot_down=totals.shot_down,
                suppressed=totals.suppressed,
                sources=totals.sources,
                launched_average=average,
                shot_down_share=_share(shot_down, totals.launched),
                stopped_share=_share(stopped, totals.launched),
                has_report=night.has_national_report,
                has_rows=totals.rows > 0,
            )
        )
    return tuple(points)


def _plus(a: Count, b: Count) -> Count:
    """A sum only when both parts are reported (suppressed is often not given)."""
    return None if a is None or b is None else a + b


def _share(part: Count, whole: Count) -> float | None:
    if part is None or not whole:
        return None
    return part / whole
