"""The drafting rules, one behaviour at a time, on short articles written for each."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.drafting.writer import yaml_string
from tests.support.drafts import draft, quotes, roles


def test_split_quote_becomes_fragments() -> None:
    d = draft("“The grid is holding,” regional governor Ivan Petrov said, “but only just.”")
    assert quotes(d) == [("Ivan Petrov", ("The grid is holding,", "but only just."), None)]


def test_quote_running_over_sentences_after_its_attribution_is_one_quote() -> None:
    d = draft("“We are ready,” Mayor Olena Kuzmenko said. “We have shelters. We have water.”")
    assert quotes(d) == [
        ("Olena Kuzmenko", ("We are ready,", "We have shelters. We have water."), None)
    ]


def test_second_attribution_starts_a_new_quote() -> None:
    d = draft(
        "“We will rebuild,” Mayor Olena Kuzmenko said in a statement. “The school is gone,” "
        "she added, “but not the town.”"
    )
    assert quotes(d) == [
        ("Olena Kuzmenko", ("We will rebuild,",), "Statement"),
        ("Olena Kuzmenko", ("The school is gone,", "but not the town."), "Statement"),
    ]


def test_straight_quotation_marks_are_quotes_too() -> None:
    d = draft('"Nobody slept," said Ivan Petrov, a local official.')
    assert quotes(d) == [("Ivan Petrov", ("Nobody slept,",), None)]


def test_attribution_before_the_quote_with_a_colon() -> None:
    d = draft("Asked about the winter, Energy Minister Petro Hrab replied: “It has to hold.”")
    assert quotes(d) == [("Petro Hrab", ("It has to hold.",), None)]


def test_pronoun_carries_the_speaker_to_the_next_paragraph() -> None:
    d = draft(
        "Defence Minister Taras Koval said the attack was expected.",
        "“They will come again,” he said.",
    )
    assert quotes(d) == [("Taras Koval", ("They will come again,",), None)]


def test_the_spokeswoman_is_the_last_spokeswoman_named() -> None:
    d = draft(
        "Foreign Ministry spokeswoman Irina Volkova and Governor Pavel Orlov spoke.",
        "“It was a legitimate target,” the spokeswoman said.",
    )
    assert quotes(d)[0][0] == "Irina Volkova"


def test_according_to_a_statement_names_speaker_and_channel() -> None:
    d = draft(
        "“Our doors remain open to both sides,” according to a statement from Turkish "
        "Foreign Ministry spokesman Emre Kaya."
    )
    assert quotes(d) == [("Emre Kaya", ("Our doors remain open to both sides,",), "Statement")]


def test_channel_named_earlier_in_the_paragraph_is_kept() -> None:
    d = draft(
        "Deputy Minister Jan Nowak posted on X that jets were scrambled. “Nothing "
        "crossed our border,” he wrote."
    )
    assert quotes(d) == [("Jan Nowak", ("Nothing crossed our border,",), "X post")]


def test_scare_quoted_term_is_not_a_quote() -> None:
    d = draft(
        "Moscow calls the strikes “retaliation” for attacks on its refineries.",
        "Russia wants a “buffer” zone, Governor Pavel Orlov said.",
    )
    assert d.quotes == ()
    assert [t.text for t in d.terms] == ["retaliation", "buffer"]


def test_one_word_reported_as_said_is_a_quote() -> None:
    d = draft("Governor Pavel Orlov later wrote on Telegram that repairs would start “today.”")
    assert quotes(d) == [("Pavel Orlov", ("today.",), "Telegram post")]


def test_unattributed_quote_has_no_speaker() -> None:
    d = draft("The banner read “We will not leave our homes, whatever happens to us.”")
    assert quotes(d) == [(None, ("We will not leave our homes, whatever happens to us.",), None)]


def test_numbers_keep_their_qualifier_and_role() -> None:
    d = draft(
        "Russia launched more than a hundred drones and nearly 40 missiles overnight, "
        "killing at least three people and wounding 17, Ukraine's Air Force said."
    )
    assert roles(d) == [
        (100, "launched", "more than"),
        (40, "launched", "nearly"),
        (3, "killed", "at least"),
        (17, "injured", None),
    ]


def test_passive_verb_after_the_number_decides_its_role() -> None:
    d = draft(
        "Air defences downed 81 drones, and another 37 were suppressed by electronic "
        "warfare, while 12 more were “locationally lost,” the Air Force said."
    )
    assert roles(d) == [(81, "shot_down", None), (37, "suppressed", None), (12, "suppressed", None)]


def test_parts_of_a_regional_breakdown_are_left_to_the_editor() -> None:
    # the night's figure is the total; "19 of them over Kursk" is not a second report
    d = draft(
        "Russia's Defence Ministry said it intercepted 54 Ukrainian drones, 19 of them "
        "over the Kursk region, including nine near Moscow."
    )
    assert roles(d) == [(54, "intercepted", None), (19, "other", None), (9, "other", None)]
    assert [(c.number.value, c.number.cue) for c in d.candidates] == [
        (19, "part of a breakdown"),
        (9, "part of a breakdown"),
    ]


def test_ages_durations_and_years_are_left_as_candidates() -> None:
    d = draft(
        "An 81-year-old man and his wife, 79, were killed after a two-hour attack, "
        "the worst since 2022, officials said."
    )
    assert [(v, r) for v, r, _ in roles(d)] == [
        (81, "other"),
        (79, "other"),
        (2, "other"),
        (2022, "other"),
    ]


def test_regions_count_only_where_strikes_hit_them() -> None:
    d = draft(
        "Strikes caused damage in at least four regions, officials said.",
        "Moscow demands the annexation of four regions.",
    )
    assert roles(d) == [(4, "regions", "at least"), (4, "other", None)]


def test_figures_of_one_source_and_weapon_form_one_strike_report() -> None:
    d = draft(
        "Ukraine's Air Force said Russia launched 215 drones and 24 missiles. Air defence "
        "destroyed 187 of the drones and 19 of the missiles, it said."
    )
    assert [
        (
            r.id,
            r.reporter.name if r.reporter else None,
            [(key, f.number.value) for key, f in r.figures],
        )
        for r in d.reports
    ] == [
        (
            "russia-drones-on-ukraine",
            "Ukraine's Air Force",
            [("launched", 215), ("shot_down", 187)],
        ),
        (
            "russia-missiles-on-ukraine",
            "Ukraine's Air Force",
            [("launched", 24), ("shot_down", 19)],
        ),
    ]


def test_people_get_the_titles_the_article_gives() -> None:
    d = draft(
        "Oksana Lysa, chief executive of the grid operator, said power was back. "
        "Viktor Ivanov, a senior Kremlin aide who led the talks, said nothing."
    )
    assert [(p.name, p.title, p.party) for p in d.speakers] == [
        ("Oksana Lysa", "chief executive of the grid operator", None),
        ("Viktor Ivanov", "senior Kremlin aide", None),
    ]


def test_dateline_is_read_from_the_first_paragraph() -> None:
    assert draft("ODESA, Ukraine — Russia struck the port.").dateline == "ODESA, Ukraine"
    assert draft("Russia struck the port.").dateline is None


def test_one_reading_of_datelines_for_the_draft_and_the_check() -> None:
    # the place for the draft, the words before the dash for the check, the end for the
    # numbers after it (a date in a dateline is no count)
    assert draft("Zaporizhzhia (Ukraine) (AFP) – Russia struck.").dateline == "Zaporizhzhia"
    assert draft("WASHINGTON, D.C. -- Russia struck.").dateline == "WASHINGTON"
    assert draft("KYIV, Ukraine (AP) — Russia struck.").dateline == "KYIV"
    d = draft("MOSCOW, Aug 3 (Reuters) - Ukraine launched 40 drones, the ministry said.")
    assert (d.dateline, roles(d)) == ("MOSCOW", [(3, "other", None), (40, "launched", None)])


@given(st.text())
def test_yaml_strings_read_back_as_the_same_text(text: str) -> None:
    assert yaml.safe_load(f"key: {yaml_string(text)}\n") == {"key": text}


def test_weapon_designations_are_not_counts() -> None:
    d = draft("Russia used 49 attack drones and four Kh-59 guided missiles, the Air Force said.")
    assert roles(d) == [(49, "launched", None), (4, "launched", None)]


def test_drones_that_vanished_from_radar_were_suppressed() -> None:
    d = draft("It said 31 drones had been shot down and 14 others had vanished from radar.")
    assert roles(d) == [(31, "shot_down", None), (14, "suppressed", None)]


def test_words_someone_called_something_are_their_quote() -> None:
    d = draft(
        "Foreign Minister Andrii Kovalenko called the strike “a deliberate act of terror” "
        "and urged partners to act."
    )
    assert quotes(d) == [("Andrii Kovalenko", ("a deliberate act of terror",), None)]
