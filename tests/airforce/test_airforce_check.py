"""`explainer check` compares the Air Force's figures in a fact sheet with the dataset's
national figures for the same night, and warns where they differ."""

from __future__ import annotations

import dataclasses
from datetime import date

from generator.airforce.crosscheck import check_against_data, is_air_force_report
from generator.factsheet.loader import load_story
from generator.factsheet.model import FigureState
from tests.support.airforce_files import LONG, SEED_POST, imported
from tests.support.project import REPO, SEED_FACTS, RulesProject, run_cli

DATA = "content/data/airforce-nights.yaml"
HINT = (
    f"    compare the article with the report, https://www.facebook.com/{SEED_POST} "
    f"(data: {DATA}); keep the figure the article gives"
)


def warning(line: int, label: str, ours: int, theirs: int) -> str:
    return (
        f"night.yaml:{line}:7: warning: {label}: the fact sheet says {ours}, the Air Force "
        f"dataset says {theirs} for drones on the night of 19 May 2025 (national report "
        f"{SEED_POST})\n{HINT}\n"
    )


def with_data(rules: RulesProject) -> None:
    assert run_cli("import-airforce", str(LONG)).exit_code == 0


def test_figures_that_differ_from_the_dataset_are_warnings_naming_both(
    rules: RulesProject,
) -> None:
    with_data(rules)
    result = rules.check()
    assert (result.exit_code, result.stdout) == (
        0,
        "1 fact sheet checked: 0 error(s), 3 warning(s)\n",
    )
    assert result.stderr == (
        warning(35, "launched", 40, 108)
        + warning(38, "shot down", 25, 35)
        + warning(41, "suppressed", 10, 58)
    )
    strict = rules.check("--strict", "night.yaml")
    assert strict.exit_code == 1


def test_without_a_data_file_nothing_is_compared(rules: RulesProject) -> None:
    result = rules.check()
    assert (result.exit_code, result.stderr) == (0, "")


def test_night_the_data_does_not_cover_is_not_compared(rules: RulesProject) -> None:
    with_data(rules)
    rules.edit("night_of: 2025-05-19", "night_of: 2025-05-08")  # a gap in the data
    assert rules.check().stderr == ""
    rules.edit("night_of: 2025-05-19", "night_of: 2025-06-19")  # after the data
    assert rules.check().stderr == ""


def test_a_broken_data_file_is_an_error_of_its_own(rules: RulesProject) -> None:
    (rules.root / "content" / "data").mkdir(parents=True)
    (rules.root / DATA).write_text("format: something else\n", encoding="utf-8")
    result = rules.check()
    assert (result.exit_code, result.stderr) == (
        1,
        f"{DATA}:1: is not an Air Force data file (its first key should be `format: "
        "explainer-airforce-nights/1`)\n"
        "    import the dataset again: explainer import-airforce CSV\n"
        "1 fact sheet checked: 1 error(s), 0 warning(s)\n",
    )


def test_seed_figures_agree_with_the_dataset() -> None:
    story = load_story(SEED_FACTS, REPO).story
    assert story is not None
    assert check_against_data(story.facts, imported(LONG).data, DATA) == []


def test_only_the_air_forces_exact_figures_are_compared() -> None:
    story = load_story(SEED_FACTS, REPO).story
    assert story is not None
    facts = story.facts
    ukraine, russia = facts.strike_reports
    assert (is_air_force_report(facts, ukraine), is_air_force_report(facts, russia)) == (
        True,
        False,
    )
    hedged = dataclasses.replace(ukraine.launched, count=100, qualifier="at least")
    other = dataclasses.replace(ukraine, launched=hedged, night_of=date(2025, 5, 19))
    russian = dataclasses.replace(russia, shot_down=dataclasses.replace(russia.shot_down, count=1))
    edited = dataclasses.replace(facts, strike_reports=(other, russian))
    assert check_against_data(edited, imported(LONG).data, DATA) == []
    todo = dataclasses.replace(ukraine.shot_down, state=FigureState.TODO, count=None)
    edited = dataclasses.replace(
        facts, strike_reports=(dataclasses.replace(ukraine, shot_down=todo),)
    )
    assert check_against_data(edited, imported(LONG).data, DATA) == []
