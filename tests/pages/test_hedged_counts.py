"""A hedged count reads as the source's hedge: "at least 4", "about 40". A range keeps
only its first end in the fact sheet, so the reader is told what the range implies."""

from __future__ import annotations

from generator.factsheet.model import Figure, FigureState
from generator.pages.citations import figure_value
from generator.yamlformat.spec import Loc


def _figure(count: int, qualifier: str | None) -> Figure:
    return Figure("launched", FigureState.REPORTED, Loc(1, 1), count, qualifier)


def test_a_hedged_count_is_shown_with_its_hedge() -> None:
    assert figure_value(_figure(4, "at least")) == "at least 4"
    assert figure_value(_figure(1200, "about")) == "about 1,200"
    assert figure_value(_figure(108, None)) == "108"


def test_the_first_end_of_a_range_reads_as_at_least_never_as_a_dangling_between() -> None:
    assert figure_value(_figure(30, "between")) == "at least 30"
