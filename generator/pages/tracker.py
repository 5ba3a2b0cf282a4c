"""The tracker page, /tracker/: the Ukrainian Air Force's national figures night by night
(drones, missiles and the interception rate), from the imported data file
(generator/airforce/), with the nights that have an explainer marked and linked.

Each chart opens, static, on the latest nights; a form above them lets the reader choose
another range (the latest 90 nights, all, or the nights around an explainer's night),
which charts.js shows in the interactive charts and their tables. Every chart's
downloads hold every night. No data file, no tracker page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from generator.airforce.context import PREVIOUS_NIGHTS, is_strike_on_ukraine
from generator.airforce.model import CREDIT, DATASET_URL, DRONES, MISSILES, AirforceData, Totals
from generator.airforce.series import NightPoint, nightly_series
from generator.charts.chart import ChartView, build_chart, chart_files, chart_view
from generator.charts.model import ChartData, Mark, Span
from generator.charts.nights import nightly_chart_data
from generator.charts.rates import rate_chart_data
from generator.factsheet.model import FactSheet
from generator.web.files import GeneratedFile
from generator.web.templating import long_date, render
from generator.web.urls import TRACKER_FOLDER, TRACKER_SRC, Urls, explainer_src

OPENING_NIGHTS = 30  # what the static charts and the tables show first
LONGER = (90, 365)  # other ranges offered, where the data is longer
AFTER_NIGHTS = 7  # an explainer's range: the nights before it (as its context) and a week after
MARK_LABEL = "Explainer"


@dataclass(frozen=True)
class RangeOption:
    key: str
    label: str
    checked: bool = False


@dataclass(frozen=True)
class ExplainerNight:
    """A night that has an explainer, as the page lists it."""

    night: date
    headline: str
    href: str
    figures: str  # the data's national figures that night: "108 drones launched, …"
    span: str  # the key of its range
    slug: str = ""  # the explainer's, for a list anchor that stays put as explainers come


@dataclass(frozen=True)
class Tracker:
    """What the page shows: its charts' data, the ranges it offers, the nights it links."""

    charts: tuple[ChartData, ...]  # drones, missiles, interception
    ranges: tuple[Span, ...]  # the radio buttons' ranges, the opening one first
    explainer_nights: tuple[ExplainerNight, ...]


def tracker(data: AirforceData, stories: Sequence[FactSheet], urls: Urls) -> Tracker:
    drones, missiles = nightly_series(data, DRONES), nightly_series(data, MISSILES)
    nights = explainer_nights(data, stories, urls, drones)
    fixed = _fixed_spans(data)
    spans = (*fixed, *_explainer_spans(data, nights))
    marks = _marks(nights)
    charts = (
        nightly_chart_data(drones, chart_id="drones", title=_title(drones, "drones"),
                           unit="drones", recent=OPENING_NIGHTS, marks=marks, spans=spans),
        nightly_chart_data(missiles, chart_id="missiles", title=_title(missiles, "missiles"),
                           unit="missiles", recent=OPENING_NIGHTS, marks=marks, spans=spans,
                           average=False),
        rate_chart_data(drones, missiles, chart_id="interception", title=_rate_title(drones),
                        recent=OPENING_NIGHTS, marks=marks, spans=spans),
    )  # fmt: skip
    return Tracker(charts, fixed, nights)


# `mkdocs serve` rebuilds the whole site on every save; the tracker's charts of years of
# nights take a second to build, and depend only on the data, the explainers' nights and
# the kind of addresses: the last result is kept and reused while those are unchanged.
_last: list[tuple[tuple[object, ...], list[GeneratedFile]]] = []


def tracker_files(
    data: AirforceData, stories: Sequence[FactSheet], urls: Urls
) -> list[GeneratedFile]:
    """The tracker page and its charts' files (none when the data has no nights)."""
    if not data.nights:
        return []
    key = (urls, explainer_nights(data, stories, urls, nightly_series(data, DRONES)), data)
    if _last and _last[0][0] == key:
        return list(_last[0][1])
    files = _tracker_files(data, stories, urls)
    _last[:] = [(key, files)]
    return list(files)


def _tracker_files(
    data: AirforceData, stories: Sequence[FactSheet], urls: Urls
) -> list[GeneratedFile]:
    page = tracker(data, stories, urls)
    built = [build_chart(chart) for chart in page.charts]
    views: dict[str, ChartView] = {
        chart.data.id: chart_view(chart, TRACKER_SRC, TRACKER_FOLDER, urls) for chart in built
    }
    text = render(
        "tracker.md.j2",
        data=data,
        charts=views,
        ranges=tuple(RangeOption(s.key, s.label, i == 0) for i, s in enumerate(page.ranges)),
        explainer_nights=page.explainer_nights,
        credit=CREDIT,
        dataset_url=DATASET_URL,
        long_date=long_date,
        reported_nights=len(data.nights) - len(data.gaps),
        regional_nights=sum(bool(n.regional) for n in data.nights),
    )
    files = [GeneratedFile(TRACKER_SRC, text)]
    for chart in built:
        files += chart_files(TRACKER_FOLDER, chart)
    return files


def explainer_nights(
    data: AirforceData, stories: Sequence[FactSheet], urls: Urls, drones: Sequence[NightPoint]
) -> tuple[ExplainerNight, ...]:
    """The nights of the stories' strikes on Ukraine that the data covers, oldest first
    (a story about several nights is listed under each)."""
    points = {point.night: point for point in drones}
    found: dict[tuple[date, str], ExplainerNight] = {}
    for facts in stories:
        for report in facts.strike_reports:
            night = report.night_of
            if night is None or night not in points or not is_strike_on_ukraine(facts, report):
                continue
            href = urls.link(TRACKER_SRC, explainer_src(urls.story(facts.slug)))
            found.setdefault(
                (night, facts.slug),
                ExplainerNight(
                    night,
                    facts.headline,
                    href,
                    _figures(data, night),
                    night.isoformat(),
                    facts.slug,
                ),
            )
    return tuple(found[key] for key in sorted(found))


def _figures(data: AirforceData, night: date) -> str:
    period = data.reported_night(night)
    if period is None:
        return "no national report that night"
    said = []
    for weapons, unit in ((DRONES, "drones"), (MISSILES, "missiles")):
        totals = period.totals(weapons)
        if not totals.rows:
            continue
        parts = [_count(totals, "launched", f"{unit} launched", f"{unit}: launched")]
        parts += [_count(totals, key, word, word) for key, word in
                  (("shot_down", "shot down"), ("suppressed", "suppressed"))
                  if getattr(totals, key) is not None]  # fmt: skip
        said.append(", ".join(parts))
    return "; ".join(said) if said else "no drones or missiles in the national report"


def _count(totals: Totals, key: str, words: str, missing_words: str) -> str:
    """ "108 drones launched", "at least 35 shot down" (some rows without the figure),
    "drones: launched not reported"."""
    count = getattr(totals, key)
    if count is None:
        return f"{missing_words} not reported"
    at_least = "at least " if key in totals.partial else ""
    return f"{at_least}{count:,} {words}"


def _fixed_spans(data: AirforceData) -> tuple[Span, ...]:
    """The ranges counted back from the latest night, the opening one first (the latest
    30 nights; longer ones where the data has more), then all."""
    first, last = data.first, data.last
    assert first is not None and last is not None
    total = len(data.nights)
    spans = [
        Span(str(count), f"Last {count} nights", last - timedelta(days=count - 1), last)
        for count in (OPENING_NIGHTS, *LONGER)
        if count < total
    ]
    spans.append(Span("all", f"All {total:,} nights", first, last))
    return tuple(spans)


def _explainer_spans(data: AirforceData, nights: Sequence[ExplainerNight]) -> tuple[Span, ...]:
    """Around each explainer's night: the nights its page compares it with, and a week
    after it."""
    first, last = data.first, data.last
    assert first is not None and last is not None
    spans = []
    for night in dict.fromkeys(n.night for n in nights):
        start = max(first, night - timedelta(days=PREVIOUS_NIGHTS))
        end = min(last, night + timedelta(days=AFTER_NIGHTS))
        spans.append(Span(night.isoformat(), f"Around {long_date(night)}", start, end))
    return tuple(spans)


def _marks(nights: Sequence[ExplainerNight]) -> tuple[Mark, ...]:
    """One mark a night (the first explainer of the night links from the chart; the
    page's list names them all)."""
    marks: dict[date, Mark] = {}
    for night in nights:
        marks.setdefault(night.night, Mark(night.night, MARK_LABEL, night.headline, night.href))
    return tuple(marks.values())


def _latest(points: Sequence[NightPoint]) -> NightPoint | None:
    return next((p for p in reversed(points) if p.launched is not None), None)


def _title(points: Sequence[NightPoint], unit: str) -> str:
    latest = _latest(points)
    if latest is None or latest.launched is None:
        return f"{unit.capitalize()} launched at Ukraine, night by night: none reported"
    noun = unit[:-1] if latest.launched == 1 else unit  # "1 missile", not "1 missiles"
    return (
        f"{unit.capitalize()} launched at Ukraine, night by night: {latest.launched:,} {noun} "
        f"on the night of {long_date(latest.night)}, the latest night with {unit} reported"
    )


def _rate_title(drones: Sequence[NightPoint]) -> str:
    latest = next((p for p in reversed(drones) if p.stopped_share is not None), None)
    if latest is None or latest.stopped_share is None:
        return "Share of drones and missiles shot down or suppressed, night by night"
    return (
        f"Interception rate, night by night: {latest.stopped_share * 100:.1f}% of the drones "
        f"launched on {long_date(latest.night)} were shot down or suppressed"
    )
