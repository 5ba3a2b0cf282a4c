"""A fact sheet's Ukrainian Air Force figures against the dataset's national figures for
the same night: a warning at the fact sheet's figure when they differ, naming both values
and the report the dataset's figure comes from.

A warning, not an error: articles often quote an early count, and the dataset can be
wrong too; the editor decides. Only exact figures are compared ("at least 100" is not).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.airforce import datafile
from generator.airforce.context import is_strike_on_ukraine, weapons_of
from generator.airforce.model import AirforceData, post_url, selection_name
from generator.errors import Problem, Severity
from generator.factsheet.model import FactSheet, StrikeReport
from generator.factsheet.stories import StoryOutcome

_COMPARED = (("launched", "launched"), ("shot_down", "shot down"), ("suppressed", "suppressed"))


def is_air_force_report(facts: FactSheet, report: StrikeReport) -> bool:
    """Figures the Ukrainian Air Force gives about strikes on Ukraine."""
    person = facts.person(report.reported_by)
    if person is None or not is_strike_on_ukraine(facts, report):
        return False
    return "air force" in f"{person.id} {person.name}".casefold().replace("-", " ")


def check_against_data(facts: FactSheet, data: AirforceData, data_display: str) -> list[Problem]:
    """A warning for each exact Air Force figure that the data's national figure for the
    same night contradicts."""
    problems = []
    for report in facts.strike_reports:
        weapons = weapons_of(report)
        if weapons is None or report.night_of is None or not is_air_force_report(facts, report):
            continue
        night = data.reported_night(report.night_of)
        if night is None:
            continue
        totals = night.totals(weapons)
        reports = ", ".join(totals.sources)
        for key, label in _COMPARED:
            figure = getattr(report, key)
            theirs = getattr(totals, key)
            if not figure.is_exact or theirs is None or figure.count == theirs:
                continue
            # Where some of the night's rows leave the figure empty, the dataset's total is
            # only a lower bound: a larger figure in the article does not contradict it.
            at_least = "at least " if key in totals.partial else ""
            if at_least and figure.count > theirs:
                continue
            problems.append(
                Problem(
                    facts.path,
                    figure.loc.line,
                    figure.loc.col,
                    f"{label}: the fact sheet says {figure.count}, the Air Force dataset says "
                    f"{at_least}{theirs} for {selection_name(weapons)} on the night of "
                    f"{_day(report.night_of)} (national report {reports})",
                    f"compare the article with the report, {post_url(totals.sources[0])} "
                    f"(data: {data_display}); keep the figure the article gives",
                    Severity.WARNING,
                )
            )
    return problems


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class ProjectData:
    """A project's Air Force data file, read once for a check or a build."""

    data: AirforceData | None  # None: no data file, or one that cannot be read
    raw: bytes  # the bytes parsed: a build keys each story's cache on them
    display: str  # how messages name the file
    problems: tuple[Problem, ...]  # why the file cannot be read, if it cannot


# `mkdocs serve` rebuilds on every save: the data file, thousands of rows, is parsed again
# only when its bytes change. Keyed by the bytes' digest, so what is kept can never be
# stale: the same bytes always parse to the same model.
_parsed: dict[str, tuple[AirforceData | None, list[Problem]]] = {}


def read_project_data(content_dir: Path, display: Callable[[Path], str]) -> ProjectData:
    """The project's data file (`content/data/airforce-nights.yaml`), if it has one."""
    path = datafile.data_file_path(content_dir)
    shown = display(path)
    if not path.exists() and not path.is_symlink():  # a link is read, and refused, below
        return ProjectData(None, b"", shown, ())
    raw, problems = datafile.read_bytes(path, shown)
    if raw is None:
        return ProjectData(None, b"", shown, tuple(problems))
    key = f"{hashlib.sha256(raw).hexdigest()} {shown}"
    if key not in _parsed:
        _parsed.clear()  # one data file per project: keep only the latest
        _parsed[key] = datafile.parse(raw, shown)
    data, problems = _parsed[key]
    return ProjectData(data, raw, shown, tuple(problems))


def checked_against_data(outcomes: list[StoryOutcome], data: ProjectData) -> list[StoryOutcome]:
    """Each outcome with the warnings of its check against the data, where there is data."""
    if data.data is None:
        return outcomes
    return [
        outcome.with_problems(check_against_data(outcome.story.facts, data.data, data.display))
        if outcome.story is not None
        else outcome
        for outcome in outcomes
    ]
