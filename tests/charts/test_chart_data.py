"""The launches chart's data and the words generated from it: what a reader is told about
each report, including the figures its source did not give."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from generator.charts.describe import describe
from generator.charts.launches import launches_data
from generator.charts.model import ChartData, Value, ValueStatus
from generator.factsheet.model import Evidence
from tests.support.chart_facts import AT, facts_with, figure, report, seed_facts


def seed_chart() -> ChartData:
    data = launches_data(seed_facts())
    assert data is not None
    return data


def values(data: ChartData, bar: int) -> list[tuple[str, int | float | None, ValueStatus]]:
    chosen = data.bars[bar]
    return [(data.total.key, chosen.total.number, chosen.total.status)] + [
        (m.key, v.number, v.status) for m, v in zip(data.parts, chosen.parts, strict=True)
    ]


def test_seed_chart_has_one_bar_per_report_each_with_its_own_source() -> None:
    data = seed_chart()
    assert [(b.key, b.label, b.source) for b in data.bars] == [
        ("russian-drones-on-ukraine", "Russia on Ukraine", "Ukraine’s Air Force"),
        ("ukrainian-drones-on-russia", "Ukraine on Russia", "Russia’s Ministry of Defense"),
    ]
    assert values(data, 0) == [
        ("launched", 108, ValueStatus.REPORTED),
        ("shot_down", 35, ValueStatus.REPORTED),
        ("suppressed", 58, ValueStatus.REPORTED),
        ("unaccounted", 15, ValueStatus.DERIVED),
    ]


def test_russias_claim_is_intercepted_and_what_it_did_not_report_is_never_zero() -> None:
    data = seed_chart()
    assert values(data, 1) == [
        ("launched", None, ValueStatus.NOT_REPORTED),
        ("shot_down", 8, ValueStatus.REPORTED),
        ("suppressed", None, ValueStatus.NOT_REPORTED),
        ("unaccounted", None, ValueStatus.NOT_DERIVABLE),
    ]
    assert data.bars[1].part_label(0, data.parts[0]) == "Intercepted"
    assert data.bars[1].parts[2].note == "launched and suppressed not reported"


def test_unaccounted_is_derived_with_its_working_and_shares_come_from_derived() -> None:
    bar = seed_chart().bars[0]
    assert bar.parts[2] == Value(
        15, ValueStatus.DERIVED, note="launched − shot down − suppressed = 108 − 35 − 58", share=14
    )
    assert [v.share for v in bar.parts] == [32, 54, 14]


def test_title_states_the_finding_of_the_largest_report() -> None:
    # a share, not the counts: the counts are in the bars and the figures above
    assert seed_chart().title == "Ukraine’s Air Force: 86% of the drones shot down or suppressed"


def test_caption_names_the_source_of_each_figure_and_defines_the_charts_words() -> None:
    assert seed_chart().sources == (
        # Russia's word is shown, and where its figure is drawn is said, not implied
        "Ukraine’s Air Force (launched, shot down and suppressed) and Russia’s Ministry of "
        "Defense (“intercepted”, drawn as shot down), as reported in the article.",
        # one name for drones stopped by electronic warfare, with the source's own words
        "Suppressed: stopped by electronic warfare (“disrupted or neutralized mid-flight”, "
        "the article says).",
        "Unaccounted for: derived by us, launched − shot down − suppressed.",
    )


def test_a_sources_own_word_beside_other_figures_is_defined_in_a_sentence() -> None:
    seed = seed_facts().strike_reports[1]
    facts = facts_with(
        replace(seed, launched=figure("launched", 20), shot_down=figure("shot_down", 8,
                label="Intercepted"))
    )  # fmt: skip
    data = launches_data(facts)
    assert data is not None
    assert data.sources == (
        "Russia’s Ministry of Defense (launched and intercepted), as reported in the article.",
        "Intercepted: Russia’s word, drawn as shot down.",
    )


def test_the_source_words_for_suppressed_come_from_its_passage() -> None:
    facts = facts_with(
        report(
            launched=figure("launched", 100),
            suppressed=replace(
                figure("suppressed", 18),
                evidence=Evidence("18 were locationally lost, it said", AT),
            ),
        )
    )
    data = launches_data(facts)
    assert data is not None
    assert data.sources[1:] == (
        "Suppressed: stopped by electronic warfare (“locationally lost”, the article says).",
    )


def test_description_says_what_was_launched_stopped_unaccounted_and_not_reported() -> None:
    assert describe(seed_chart()) == (
        "Russia on Ukraine, night of 19 May 2025, according to Ukraine’s Air Force: 108 "
        "Iranian-made Shahed drones launched, of which 35 shot down (32%), 58 suppressed by "
        "electronic warfare (54%) and 15 unaccounted for (14%; derived: launched − shot down "
        "− suppressed). Ukraine on Russia, night of 19 May 2025, according to Russia’s "
        "Ministry of Defense: 8 Ukrainian drones intercepted; launched and suppressed not "
        "reported, so the number unaccounted for cannot be worked out."
    )


def test_description_of_a_report_without_suppressed_cannot_give_unaccounted() -> None:
    facts = facts_with(report(launched=figure("launched", 100), shot_down=figure("shot_down", 80)))
    data = launches_data(facts)
    assert data is not None
    assert describe(data) == (
        "Russia on Ukraine, night of 19 May 2025, according to Ukraine’s Air Force: 100 "
        "Shahed drones launched, of which 80 shot down (80%); suppressed not reported, so the "
        "number unaccounted for cannot be worked out."
    )
    assert data.title == "Ukraine’s Air Force: 80 of 100 drones shot down"


def test_description_of_hedged_figures_keeps_the_hedge_and_says_why_nothing_is_derived() -> None:
    facts = facts_with(
        report(
            launched=figure("launched", 100, qualifier="about"),
            shot_down=figure("shot_down", 60, qualifier="at least"),
            suppressed=figure("suppressed", 20),
        )
    )
    data = launches_data(facts)
    assert data is not None
    assert describe(data) == (
        "Russia on Ukraine, night of 19 May 2025, according to Ukraine’s Air Force: about 100 "
        "Shahed drones launched, of which at least 60 shot down and 20 suppressed by "
        "electronic warfare; the number unaccounted for cannot be worked out (launched and "
        "shot down not exact)."
    )
    assert [v.share for v in data.bars[0].parts] == [None, None, None]


def test_description_of_a_draft_tells_todo_apart_from_not_reported() -> None:
    facts = facts_with(
        report(launched=figure("launched", todo=True), shot_down=figure("shot_down", 5))
    )
    data = launches_data(facts)
    assert data is not None
    assert describe(data) == (
        "Russia on Ukraine, night of 19 May 2025, according to Ukraine’s Air Force: 5 Shahed "
        "drones shot down; suppressed not reported; launched still to be filled in, so the "
        "number unaccounted for cannot be worked out."
    )
    assert data.bars[0].total.status is ValueStatus.TODO


def test_report_with_no_figure_at_all_says_so() -> None:
    data = launches_data(facts_with(report()))
    assert data is not None
    assert describe(data) == (
        "Russia on Ukraine, night of 19 May 2025, according to Ukraine’s Air Force: no "
        "figures; launched, shot down and suppressed not reported, so the number unaccounted "
        "for cannot be worked out."
    )
    assert data.title == "What each source reports was launched, and what became of it"


def test_several_nights_read_as_a_series_oldest_first() -> None:
    launched = figure("launched", 50)
    facts = facts_with(
        report("third", launched=launched, night=date(2025, 5, 21)),
        report("undated", launched=launched, night=None),
        report("first", launched=launched, night=date(2025, 5, 19)),
        report("second", launched=launched, night=date(2025, 5, 20)),
    )
    data = launches_data(facts)
    assert data is not None
    assert [b.key for b in data.bars] == ["first", "second", "third", "undated"]
    assert [b.detail.rsplit(" · ", 1)[1] for b in data.bars] == [
        "night of 19 May 2025",
        "night of 20 May 2025",
        "night of 21 May 2025",
        "night not given",
    ]


def test_fact_sheet_without_strike_reports_has_no_chart() -> None:
    assert launches_data(facts_with()) is None
