"""A fact sheet's Ukrainian Air Force figures against the dataset's national figures for
the same night: a warning at the fact sheet's figure when they differ, naming both values
and the report the dataset's figure comes from.

A warning, not an error: articles often quote an early count, and the dataset can be
wrong too; the editor decides. Only exact figures are compared ("at least 100" is not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator.airforce import datafile
from generator.airforce.context import is_strike_on_ukraine, weapons_of
from generator.airforce.model import AirforceData, post_url, selection_name
from generator.errors import Problem, Severity
from generator.factsheet.model import FactSheet, StrikeReport

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
        night = data.night(report.night_of)
        if night is None or not night.has_national_report:
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


@dataclass
class DatasetCheck:
    """Checks fact sheets against their project's data file, reading it once per project:
    what `explainer check` (and the site build) call for each fact sheet they load."""

    _read: dict[Path, AirforceData | None] = field(default_factory=dict)

    def problems(self, facts: FactSheet, content_dir: Path) -> list[Problem]:
        """The data file's own problems (the first time it is read), then the warnings."""
        path = datafile.data_file_path(content_dir).resolve()
        problems: list[Problem] = []
        if path not in self._read:
            data = None
            if path.is_file():
                data, problems = datafile.read(path, _shown(path))
            self._read[path] = data
        data = self._read[path]
        if data is not None:
            problems += check_against_data(facts, data, _shown(path))
        return problems


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
