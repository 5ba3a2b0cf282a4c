"""One night set in context as a chart (`Layout.CONTEXT`, for an explainer page): a
column for each of the nights it is compared with (generator.airforce.context) and for
the night itself, highlighted, with the median and the most of the nights before as
annotations, and a title that states where the night stands among them.

A night without a national report is a gap (a grey band, never a column of 0); a night
whose report gives no exact figure (no such weapons in it, or only a lower bound) has no
column and is left out of the comparison, as the median leaves it out.
"""

from __future__ import annotations

from datetime import date, timedelta

from generator.airforce.context import LaunchContext
from generator.airforce.model import AirforceData, post_url
from generator.charts.model import Bar, ChartData, Layout, Mark, Measure, Reference, Value
from generator.charts.svg_columns import short_day
from generator.web.templating import long_date

LAUNCHED = Measure("launched", "Launched", "launched", "context")


def context_chart_data(
    context: LaunchContext, data: AirforceData, chart_id: str, sources: tuple[str, ...] = ()
) -> ChartData:
    """The nights before `context.night` (from the data's first night at the earliest)
    and the night itself, oldest first."""
    compared = {n.night: n for n in context.compared}
    first = max(context.first_compared, context.data_begins)
    bars = []
    for back in range((context.night - first).days, -1, -1):
        day = context.night - timedelta(days=back)
        if day == context.night:
            bars.append(_bar(day, Value.reported(context.launched)))
        elif day in compared:
            bars.append(_bar(day, Value.reported(compared[day].launched)))
        else:
            bars.append(_without_figure(data, context, day))
    return ChartData(
        id=chart_id,
        title=context_title(context),
        unit=context.weapons_name,
        total=LAUNCHED,
        parts=(),
        bars=tuple(bars),
        layout=Layout.CONTEXT,
        sources=sources,
        marks=_reports(context),
        highlight=context.night,
        highlight_label=f"This night, {short_day(context.night)}",
        references=_references(context),
    )


def _bar(day: date, total: Value, detail: str = "", gap: bool = False) -> Bar:
    return Bar(key=day.isoformat(), label=short_day(day), detail=detail,
               source="Ukrainian Air Force", night=day, total=total, parts=(), gap=gap)  # fmt: skip


def _without_figure(data: AirforceData, context: LaunchContext, day: date) -> Bar:
    period = data.reported_night(day)
    if period is None:
        return _bar(day, Value.not_reported(), detail="no national report", gap=True)
    totals = period.totals(context.weapons)
    if not totals.rows:
        detail = f"no {context.weapons_name} in the national report"
    elif totals.launched is None:
        detail = "launched not reported"
    else:  # some rows without launched: the total is only a lower bound
        detail = f"at least {totals.launched:,} launched (not every row gives the figure)"
    return _bar(day, Value.not_reported(), detail)


def context_title(context: LaunchContext) -> str:
    """ "Fewer drones than on 17 of the 27 nights before with a report" (the night is
    named under its column)."""
    weapons, count = context.weapons_name, len(context.compared)
    nights = (
        f"the {count} nights before"
        if count == context.previous
        else f"the {count} night{'' if count == 1 else 's'} before with a report"
    )
    if context.median is None:
        if not count:
            return f"None of the {context.previous} nights before has a figure for {weapons}"
        return (
            f"Only {count} of the {context.previous} nights before "
            f"{'has' if count == 1 else 'have'} a figure for {weapons}: too few to compare with"
        )
    launched = context.launched
    above = sum(n.launched > launched for n in context.compared)
    below = sum(n.launched < launched for n in context.compared)
    if below == count:
        return f"More {weapons} than on any of {nights}"
    if above == count:
        return f"Fewer {weapons} than on any of {nights}"
    if below > above:
        return f"More {weapons} than on {below} of {nights}"
    if above > below:
        return f"Fewer {weapons} than on {above} of {nights}"
    return f"As many {weapons} as the median of {nights}"


def _reports(context: LaunchContext) -> tuple[Mark, ...]:
    """Each figure's report, for the table's rows (the downloads name every report)."""
    nights = [*((n.night, n.sources) for n in context.compared),
              (context.night, context.totals.sources)]  # fmt: skip
    return tuple(
        Mark(night, "Report", f"the Air Force’s post for the night of {long_date(night)}",
             post_url(posts[0]))
        for night, posts in nights
        if posts
    )  # fmt: skip


def _references(context: LaunchContext) -> tuple[Reference, ...]:
    if context.median is None or context.maximum is None:
        return ()
    median = _number(context.median)
    most = context.maximum_nights[-1].night  # the latest, where several tie
    nights = f"the {len(context.compared)} nights before with a report"
    return (
        Reference("median", "Median", context.median, derived=True,
                  sentence=f"The median of {nights}, worked out by us: {median}."),
        Reference("maximum", "Most", context.maximum, most,
                  sentence=f"The most of those nights: {context.maximum:,}, on "
                  f"{long_date(most)}."),
    )  # fmt: skip


def _number(number: float) -> str:
    return f"{number:,.0f}" if number == int(number) else f"{number:,.1f}"
