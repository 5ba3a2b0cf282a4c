"""The night in context: for each of a fact sheet's strike reports on Ukraine whose night
the Air Force data covers, the dataset's national figures that night (launched, shot
down, suppressed) against the previous 30 nights (median, maximum), each figure linked
to the report it comes from, with the nights without a national report named, never
counted as 0 (generator.airforce.context works the figures out).

Where the article's figure differs from the dataset's, the section says so, naming both:
the page never shows two numbers for one thing without saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.airforce.context import LaunchContext, NightFigure, report_context
from generator.airforce.crosscheck import is_air_force_report
from generator.airforce.model import AirforceData, post_url
from generator.factsheet.model import FactSheet, StrikeReport
from generator.pages.ids import context_id
from generator.pages.sections.key_figures import party_name
from generator.web.templating import long_date
from generator.web.urls import TRACKER_SRC, Urls, explainer_src


@dataclass(frozen=True)
class PostCitation:
    """A report a figure comes from: its post on the Air Force's page."""

    href: str
    post: str  # the dataset's post id, kpszsu/posts/pfbid0…


@dataclass(frozen=True)
class ContextFigure:
    id: str
    key: str  # launched, shot_down, suppressed, median, maximum
    label: str
    value: str  # "108", "114.5"
    note: str  # the night(s) it comes from, or its share of launched
    reports: tuple[PostCitation, ...]
    number: float | None = None


@dataclass(frozen=True)
class ContextView:
    id: str
    title: str
    summary: str  # the comparison in one sentence
    figures: tuple[ContextFigure, ...]
    gaps: str  # which previous nights have no figure (left out, never 0); "" if none
    differences: tuple[str, ...]  # the article's figures that differ from the dataset's
    credit: str
    dataset_url: str
    tracker_href: str


def night_contexts(facts: FactSheet, data: AirforceData, urls: Urls) -> tuple[ContextView, ...]:
    """A view for each strike report whose night the data covers (none otherwise)."""
    views = []
    for report in facts.strike_reports:
        context = report_context(data, facts, report)
        if context is not None:
            tracker = urls.link(explainer_src(urls.story(facts.slug)), TRACKER_SRC)
            views.append(_view(facts, report, context, tracker))
    return tuple(views)


def _view(
    facts: FactSheet, report: StrikeReport, context: LaunchContext, tracker: str
) -> ContextView:
    base = context_id(report.id)
    weapons = context.weapons_name
    # Only the nights it is set against: the night's own figures are above it already.
    figures: list[ContextFigure] = []
    if context.median is not None:
        figures.append(
            _figure(
                base,
                "median",
                f"Median, {context.previous} nights before",
                context.median,
                _nights(context.median_nights),
                _posts(context.median_nights),
            )
        )
    if context.maximum is not None:
        figures.append(
            _figure(
                base,
                "maximum",
                f"Most, {context.previous} nights before",
                context.maximum,
                _nights(context.maximum_nights),
                _posts(context.maximum_nights),
            )
        )
    return ContextView(
        id=base,
        title=f"{party_name(facts, report.attacker)} on {party_name(facts, report.target)}: "
        f"{weapons}, night of {long_date(context.night)}",
        summary=_summary(context),
        figures=tuple(figures),
        gaps=_gaps(context),
        differences=_differences(facts, report, context),
        credit=context.credit,
        dataset_url=context.dataset_url,
        tracker_href=tracker,
    )  # fmt: skip


def _figure(base: str, key: str, label: str, number: float, note: str,
            posts: tuple[str, ...]) -> ContextFigure:  # fmt: skip
    return ContextFigure(
        id=f"{base}-{key.replace('_', '-')}",
        key=key,
        label=label,
        value=_number(number),
        note=note,
        reports=tuple(PostCitation(post_url(post), post) for post in posts),
        number=number,
    )


def _number(number: float) -> str:
    return f"{number:,.0f}" if number == int(number) else f"{number:,.1f}"


def _nights(nights: tuple[NightFigure, ...]) -> str:
    days = [n.night for n in nights]
    if len(days) == 2 and days[0] != days[1]:
        return f"between the nights of {_day(days[0])} ({nights[0].launched:,}) and " \
               f"{_day(days[1])} ({nights[1].launched:,})"  # fmt: skip
    return "night of " + _join([_day(d) for d in days])


def _posts(nights: tuple[NightFigure, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(post for n in nights for post in n.sources))


def _day(day: date) -> str:
    return long_date(day)


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _summary(context: LaunchContext) -> str:
    """ "Fewer drones than on a typical night of the previous 30 nights (the median, 114);
    the most in those nights was 273." The night's own count is above it on the page."""
    launched, weapons = context.launched, context.weapons_name
    previous = f"the previous {context.previous} nights"
    if not context.compared:
        return f"None of {previous} has a national figure for {weapons} to compare with."
    if context.median is None or context.maximum is None:
        have = len(context.compared)
        return (
            f"Only {have} of {previous} {'has' if have == 1 else 'have'} a national figure "
            f"for {weapons}, too few to compare with."
        )
    median = _number(context.median)
    if launched > context.maximum:
        return (
            f"More {weapons} than on any of {previous} (the most was {context.maximum:,}; "
            f"the median {median})."
        )
    compared = (
        f"More {weapons} than"
        if launched > context.median
        else (f"Fewer {weapons} than" if launched < context.median else f"As many {weapons} as")
    )
    return (
        f"{compared} on a typical night of {previous} (the median, {median}); the most in "
        f"those nights was {context.maximum:,}."
    )


def _gaps(context: LaunchContext) -> str:
    if not context.without_figure:
        return ""
    have = len(context.compared)
    said = (
        f"{have} of the previous {context.previous} nights {'has' if have == 1 else 'have'} "
        f"a national figure for {context.weapons_name}"
    )
    before = context.before_data
    missing = [d for d in context.without_figure if d not in before]
    if before:
        count = len(before)
        said += (
            f"; the data begins on the night of {_day(context.data_begins)}, so the "
            f"{'night' if count == 1 else f'{count} nights'} before it "
            f"{'is' if count == 1 else 'are'} not compared"
        )
    if missing:
        noun = "night" if len(missing) == 1 else "nights"
        other = "another" if before else "the other"
        said += (
            f"; {other} {len(missing)} {noun} ({_join([_day(d) for d in missing])}) "
            f"{'is' if len(missing) == 1 else 'are'} left out, not counted as 0"
        )
    return said + "."


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
