"""Fact sheets for chart tests: the seed's, with strike reports changed one figure at a
time (the typed model is the charts' only input, so no article is needed here)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from generator.factsheet.loader import load_story
from generator.factsheet.model import FactSheet, Figure, FigureState, Loc, StrikeReport
from tests.support.project import REPO, SEED_FACTS

AT = Loc(1, 1)


@cache
def seed_facts() -> FactSheet:
    result = load_story(SEED_FACTS, REPO)
    assert result.story is not None
    return result.story.facts


def figure(key: str, count: int | None = None, *, qualifier: str | None = None,
           label: str | None = None, todo: bool = False) -> Figure:  # fmt: skip
    """A figure: a count, or (count None) not reported, or TODO."""
    if todo:
        return Figure(key, FigureState.TODO, AT)
    if count is None:
        return Figure(key, FigureState.NOT_REPORTED, AT)
    return Figure(key, FigureState.REPORTED, AT, count, qualifier, label)


def report(report_id: str = "night", *, launched: Figure | None = None,
           shot_down: Figure | None = None, suppressed: Figure | None = None,
           night: date | None = date(2025, 5, 19), attacker: str = "russia",
           target: str = "ukraine", reported_by: str = "ukraine-air-force",
           weapon: str = "Shahed drones") -> StrikeReport:  # fmt: skip
    base = seed_facts().strike_reports[0]
    return replace(
        base,
        id=report_id,
        reported_by=reported_by,
        attacker=attacker,
        target=target,
        weapon=weapon,
        night_of=night,
        launched=launched or figure("launched"),
        shot_down=shot_down or figure("shot_down"),
        suppressed=suppressed or figure("suppressed"),
    )


def facts_with(*reports: StrikeReport) -> FactSheet:
    return replace(seed_facts(), strike_reports=tuple(reports))
