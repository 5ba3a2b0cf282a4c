"""The night in context: for each of a fact sheet's strike reports on Ukraine whose
night the Air Force data covers, a small column chart of the dataset's national launches
that night and on the previous 30 nights (generator.charts.context), the night
highlighted, the median and the most of the nights before as annotations, and a title
that says where the night stands among them; the nights without a national report
named under it, never counted as 0; the dataset credited and the tracker linked.

Where the article's figure differs from the dataset's, the section says so, naming both:
the page never shows two numbers for one thing without saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.airforce.context import LaunchContext, report_context
from generator.airforce.crosscheck import is_air_force_report
from generator.airforce.model import AirforceData
from generator.charts.chart import Chart, ChartView, build_chart, chart_view
from generator.charts.context import context_chart_data
from generator.factsheet.model import FactSheet, StrikeReport
from generator.pages.ids import context_id
from generator.web.templating import long_date
from generator.web.urls import TRACKER_SRC, Urls, explainer_src


@dataclass(frozen=True)
class ContextView:
    id: str
    chart: ChartView
    gaps: str  # the nights without a figure (left out, never 0); "" if none
    differences: tuple[str, ...]  # the article's figures that differ from the dataset's
    credit: str
    dataset_url: str
    tracker_href: str

    @property
    def built(self) -> Chart:
        return self.chart.chart


def night_contexts(facts: FactSheet, data: AirforceData, urls: Urls) -> tuple[ContextView, ...]:
    """A view for each strike report whose night the data covers (none otherwise)."""
    views = []
    page = explainer_src(urls.story(facts.slug))
    for report in facts.strike_reports:
        context = report_context(data, facts, report)
        if context is not None:
            views.append(_view(facts, report, context, data, urls, page))
    return tuple(views)


def _view(
    facts: FactSheet, report: StrikeReport, context: LaunchContext, data: AirforceData,
    urls: Urls, page: str,
) -> ContextView:  # fmt: skip
    base = context_id(report.id)
    gaps = _gaps(context, data)
    sources = (f"National figures of the Ukrainian Air Force’s daily reports, from "
               f"{context.credit}.", *((gaps,) if gaps else ()))  # fmt: skip
    chart = build_chart(context_chart_data(context, data, base, sources))
    return ContextView(
        id=base,
        chart=chart_view(chart, page, urls.story(facts.slug), urls),
        gaps=gaps,
        differences=_differences(facts, report, context),
        credit=context.credit,
        dataset_url=context.dataset_url,
        tracker_href=urls.link(page, TRACKER_SRC),
    )


def _day(day: date) -> str:
    return long_date(day)


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _gaps(context: LaunchContext, data: AirforceData) -> str:
    """The chart's note on the nights before without a figure: "Shaded: no report on
    19 April, 8 and 9 May, not counted as 0." """
    if not context.without_figure:
        return ""
    said = []
    if context.before_data:
        said.append(f"The data begins on the night of {_day(context.data_begins)}.")
    missing = [d for d in context.without_figure if d not in context.before_data]
    unreported = [d for d in missing if data.reported_night(d) is None]
    unnamed = [d for d in missing if d not in unreported]
    if unreported:
        said.append(f"Shaded: no report on {_days(unreported)}, not counted as 0.")
    if unnamed:
        said.append(f"No exact figure for {context.weapons_name} in the report of "
                    f"{_days(unnamed)}: no column, not counted as 0.")  # fmt: skip
    return " ".join(said)


def _days(days: list[date]) -> str:
    """ "19 April, 8 and 9 May" (the year is the chart's)."""
    months: dict[tuple[int, int], list[date]] = {}
    for day in days:
        months.setdefault((day.year, day.month), []).append(day)
    return ", ".join(
        _join([str(d.day) for d in group]) + " " + long_date(group[0]).split(" ")[1]
        for group in months.values()
    )


def _differences(facts: FactSheet, report: StrikeReport, context: LaunchContext) -> tuple[str, ...]:
    """The article's exact Air Force figures that the dataset's differ from."""
    if not is_air_force_report(facts, report):
        return ()
    found = []
    for key, words in (("launched", "launched"), ("shot_down", "shot down"),
                       ("suppressed", "suppressed")):  # fmt: skip
        figure, theirs = getattr(report, key), getattr(context.totals, key)
        if key in context.totals.partial:  # the dataset's figure is only a lower bound
            continue
        if figure.is_exact and theirs is not None and figure.count != theirs:
            found.append(
                f"{words.capitalize()}: the article gives {figure.count:,}, the dataset {theirs:,}."
            )
    return tuple(found)
