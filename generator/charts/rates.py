"""The interception rate over time, for the tracker: night by night, the share of the
drones launched that were shot down, of those shot down or suppressed, and of the
missiles shot down, as lines (`Layout.LINES`).

A share is worked out only from exact figures of the same night's national report
(generator.airforce.series); where it cannot be, the line breaks, never drops to 0%.
Missiles are rarely reported as suppressed, so their rate is the share shot down.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.airforce.model import CREDIT
from generator.airforce.series import NightPoint
from generator.charts.launches import LAUNCHED
from generator.charts.model import Bar, ChartData, Layout, Line, Mark, Measure, Span, Value
from generator.charts.svg_columns import short_day

UNIT = "percent of what was launched"
DRONES_STOPPED = Measure(
    "drones_stopped_percent", "Drones shot down or suppressed",
    "of the drones shot down or suppressed", "suppressed",
)  # fmt: skip
DRONES_SHOT_DOWN = Measure(
    "drones_shot_down_percent", "Drones shot down", "of the drones shot down", "shot-down"
)
MISSILES_SHOT_DOWN = Measure(
    "missiles_shot_down_percent", "Missiles shot down", "of the missiles shot down", "missiles"
)


def rate_chart_data(
    drones: Sequence[NightPoint],
    missiles: Sequence[NightPoint],
    *,
    chart_id: str,
    title: str,
    recent: int | None = 30,
    marks: Sequence[Mark] = (),
    spans: Sequence[Span] = (),
) -> ChartData:
    """The two series (same nights, generator.airforce.series.nightly_series) as lines."""
    if [p.night for p in drones] != [p.night for p in missiles]:
        raise ValueError("drones and missiles must cover the same nights")
    lines = (
        Line(DRONES_STOPPED, tuple(_stopped(p) for p in drones), 1, "%", "square"),
        Line(DRONES_SHOT_DOWN, tuple(_shot_down(p, "drones") for p in drones), 1, "%", "circle"),
        Line(MISSILES_SHOT_DOWN, tuple(_shot_down(p, "missiles") for p in missiles), 1, "%",
             "triangle-up", dashed=True),
    )  # fmt: skip
    return ChartData(
        id=chart_id,
        title=title,
        unit=UNIT,
        total=LAUNCHED,  # not drawn: a chart of lines alone
        parts=(),
        bars=tuple(_night(p) for p in drones),
        layout=Layout.LINES,
        lines=lines,
        sources=(
            f"Worked out by us from the national figures of the Ukrainian Air Force’s daily "
            f"reports, from {CREDIT}: shot down ÷ launched, and (shot down + suppressed) ÷ "
            "launched, for the nights whose report gives both figures.",
        ),
        recent=recent,
        marks=tuple(marks),
        spans=tuple(spans),
    )


def _night(point: NightPoint) -> Bar:
    return Bar(
        key=point.night.isoformat(),
        label=short_day(point.night),
        detail="" if point.has_report else "no national report",
        source="",
        night=point.night,
        total=Value.not_reported(),
        parts=(),
        gap=not point.has_report,
    )


def _percent(share: float) -> float:
    return share * 100


def _shot_down(point: NightPoint, unit: str) -> Value:
    if point.shot_down_share is not None:
        note = f"{point.shot_down:,} of {point.launched:,} {unit} shot down"
        return Value.derived(_percent(point.shot_down_share), note)
    return _missing(point, unit)


def _stopped(point: NightPoint) -> Value:
    if point.stopped_share is not None:
        stopped = (point.shot_down or 0) + (point.suppressed or 0)
        note = f"{stopped:,} of {point.launched:,} drones shot down or suppressed"
        return Value.derived(_percent(point.stopped_share), note)
    if point.launched is not None and point.suppressed is None:
        return Value.not_derivable("suppressed not reported")
    if _exceeds(point):
        return Value.not_derivable("shot down and suppressed add up to more than launched")
    return _missing(point, "drones")


def _exceeds(point: NightPoint) -> bool:
    """Each row's parts fit within its launched, but the rows of a night can add up to
    more: series.py then gives no share."""
    if point.launched is None or point.shot_down is None or point.suppressed is None:
        return False
    return point.shot_down + point.suppressed > point.launched


def _missing(point: NightPoint, unit: str) -> Value:
    if not point.has_report:
        return Value.not_reported()
    if point.launched is None:
        note = "launched not reported" if point.has_rows else f"no {unit} in the report"
        return Value(None, Value.not_reported().status, note=note)
    return Value.not_derivable("a figure is missing or only a lower bound")
