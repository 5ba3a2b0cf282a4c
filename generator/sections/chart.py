"""The launches-vs-interceptions section: the fact sheet's chart (generator/charts/)."""

from __future__ import annotations

from generator.charts.chart import Chart, ChartView, build_chart, chart_view
from generator.charts.launches import launches_data
from generator.factsheet import FactSheet
from generator.urls import Urls, explainer_src


def launches_chart(facts: FactSheet) -> Chart | None:
    """The chart of the fact sheet's strike reports (None without any)."""
    data = launches_data(facts)
    return build_chart(data) if data else None


def chart_section(chart: Chart | None, slug: str, urls: Urls) -> ChartView | None:
    if chart is None:
        return None
    return chart_view(chart, explainer_src(slug), slug, urls)
