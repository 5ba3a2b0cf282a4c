"""The launches-vs-interceptions section: the fact sheet's chart (generator/charts/)."""

from __future__ import annotations

from generator.charts.chart import Chart, ChartView, build_chart, chart_view
from generator.charts.launches import launches_data
from generator.factsheet.model import FactSheet
from generator.web.urls import Urls


def launches_chart(facts: FactSheet) -> Chart | None:
    """The chart of the fact sheet's strike reports (None without any)."""
    data = launches_data(facts)
    return build_chart(data) if data else None


def chart_section(chart: Chart | None, slug: str, urls: Urls, src: str) -> ChartView | None:
    """The chart as the page at `src` shows it (the explainer page, or its embed); its
    data files are beside the explainer page, at <story folder>/data/."""
    if chart is None:
        return None
    return chart_view(chart, src, urls.story(slug), urls)
