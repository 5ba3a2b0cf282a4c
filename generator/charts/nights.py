"""The Air Force data's nights as a series chart (for the tracker): one column per night,
launched as the whole, split into shot down, suppressed and unaccounted for (derived),
with the 7-night average of launches as a line. A night without a national report is a
gap, never 0; a night whose report gives no figure for these weapons (missiles, on a
night of drones only) is neither a gap nor 0: its figures are "not reported"."""

from __future__ import annotations

from collections.abc import Sequence

from generator.airforce.model import CREDIT
from generator.airforce.series import NightPoint
from generator.charts.launches import LAUNCHED, SHOT_DOWN, SUPPRESSED, UNACCOUNTED
from generator.charts.model import Bar, ChartData, Layout, Line, Mark, Measure, Span, Value
from generator.charts.svg_columns import short_day
from generator.factsheet.derived import count_share, unaccounted_counts

AVERAGE = Measure("launched_average", "7-night average", "launched on average", "average")


def nightly_chart_data(
    points: Sequence[NightPoint],
    *,
    chart_id: str,
    title: str,
    unit: str,
    recent: int | None = 30,
    marks: Sequence[Mark] = (),
    spans: Sequence[Span] = (),
    average: bool = True,
) -> ChartData:
    """`points` (generator.airforce.series.nightly_series) as a chart; `unit` is what
    they count ("drones"); the static chart shows the `recent` latest nights. `marks`
    single out nights (those with an explainer); `spans` are the ranges a page offers.
    `average` False leaves the 7-night average out: it counts only nights with a figure,
    which for weapons most reports do not mention (missiles) would overstate them."""
    bars = tuple(_bar(point, unit) for point in points)
    lines = (Line(AVERAGE, tuple(_average(p) for p in points)),) if average else ()
    return ChartData(
        id=chart_id,
        title=title,
        unit=unit,
        total=LAUNCHED,
        parts=(SHOT_DOWN, SUPPRESSED, UNACCOUNTED),
        bars=bars,
        layout=Layout.COLUMNS,
        lines=lines,
        sources=(
            f"National figures of the Ukrainian Air Force’s daily reports, from {CREDIT}.",
            "Unaccounted for is derived by us: launched − shot down − suppressed"
            + ("; the 7-night average counts only nights with a report." if average else "."),
        ),
        recent=recent,
        marks=tuple(marks),
        spans=tuple(spans),
    )


def _bar(point: NightPoint, unit: str) -> Bar:
    # A share or a derived figure needs exact parts: series.py leaves `stopped_share`
    # None when a total is only a lower bound (some rows without the figure).
    exact = point.stopped_share is not None
    left = unaccounted_counts(point.launched, point.shot_down, point.suppressed)
    if exact and left.value is not None:
        rest = Value.derived(left.value, f"launched − shot down − suppressed = {left.formula}",
                             count_share(left.value, point.launched))  # fmt: skip
    else:
        rest = Value.not_derivable(left.reason or "a figure is a lower bound")
    if not point.has_report:
        detail = "no national report"
    elif point.launched is None:
        detail = "launched not reported" if point.has_rows else f"no {unit} in the national report"
    else:
        detail = ""
    return Bar(
        key=point.night.isoformat(),
        label=short_day(point.night),
        detail=detail,
        source="Ukrainian Air Force",
        night=point.night,
        total=Value.of_count(point.launched),
        parts=(
            # shot down has a share of its own where suppressed is not given (missiles)
            _part(point.shot_down, point.launched, point.shot_down_share is not None),
            _part(point.suppressed, point.launched, exact),
            rest,
        ),
        gap=not point.has_report,
    )


def _part(count: int | None, whole: int | None, exact: bool) -> Value:
    if count is None:
        return Value.not_reported()
    return Value.reported(count, share=count_share(count, whole) if exact else None)


def _average(point: NightPoint) -> Value:
    # No point on a night without a report: the line breaks at the gap, not across it.
    if not point.has_report:
        return Value.not_derivable("no national report that night")
    if point.launched_average is None:
        return Value.not_derivable("fewer than 4 of the 7 nights have a report")
    return Value.derived(point.launched_average, "mean of the nights with a report")
