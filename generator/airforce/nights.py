"""Rows into nights: which night each report belongs to, with national and regional rows
kept apart and nights without a national report kept as gaps.

A night runs from 18:00 on the date it is named after to 06:00 the next morning (the
dataset's local time in Ukraine), so the seed story's night of 19 May 2025 holds the
national report for 19 May 19:00 – 20 May 09:00. A row belongs to the last night its
window overlaps; a window that overlaps none (08:00 – 18:00) is a daytime attack, kept
apart so it never inflates the night before or after it. A window given as bare dates
has no time of day: like the Air Force's morning reports, a row dated 20 May describes
the night before it, the night of 19 May.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from generator.airforce.model import (
    AirforceData,
    DatasetInfo,
    Period,
    PeriodKind,
    ReportRow,
    Window,
)

NIGHT_STARTS = time(18, 0)
NIGHT_ENDS = time(6, 0)  # the next morning


def period_of(window: Window) -> tuple[PeriodKind, date]:
    """The night (or, for a daytime attack, the day) a report's window belongs to."""
    if not window.start_timed and not window.end_timed:
        return PeriodKind.NIGHT, window.end.date() - timedelta(days=1)
    start, end = window.start, window.end
    night = end.date()
    while night >= start.date() - timedelta(days=1):
        begins = datetime.combine(night, NIGHT_STARTS)
        ends = datetime.combine(night + timedelta(days=1), NIGHT_ENDS)
        if (start < ends and end > begins) or (start == end and begins <= start < ends):
            return PeriodKind.NIGHT, night
        night -= timedelta(days=1)
    return PeriodKind.DAY, start.date()


def row_order(row: ReportRow) -> tuple[object, ...]:
    """A total order on rows, so that the same rows always come out in the same order."""
    counts = tuple(-1 if c is None else c for c in vars(row.figures).values())
    return (row.window, row.source, row.weapon.value, row.model, row.kind, counts)


def assemble(info: DatasetInfo, rows: Iterable[ReportRow]) -> AirforceData:
    """The imported rows as nights (every date from the first to the last) and days."""
    found: dict[tuple[PeriodKind, date], tuple[list[ReportRow], list[ReportRow]]] = {}
    for row in rows:
        national, regional = found.setdefault(period_of(row.window), ([], []))
        (national if row.is_national else regional).append(row)

    def period(kind: PeriodKind, day: date) -> Period:
        national, regional = found.get((kind, day), ([], []))
        return Period(
            kind,
            day,
            tuple(sorted(national, key=row_order)),
            tuple(sorted(regional, key=row_order)),
        )

    night_dates = sorted(day for kind, day in found if kind is PeriodKind.NIGHT)
    nights: list[Period] = []
    if night_dates:
        day = night_dates[0]
        while day <= night_dates[-1]:
            nights.append(period(PeriodKind.NIGHT, day))
            day += timedelta(days=1)
    days = [period(PeriodKind.DAY, day) for kind, day in sorted(found) if kind is PeriodKind.DAY]
    return AirforceData(info, tuple(nights), tuple(days))
