"""Classes of wire copy found when set E (`untouched-3/`) became a tuning set (issue 17,
fourth round): tolls that grow or are corrected, a source after a dateline's dash, the
day a toll was reported, a count aimed at one place, a partial quote inside a sentence."""

from __future__ import annotations

from tests.support.drafts import candidate_notes, draft, quotes, reports, roles, toll


def test_a_source_named_after_the_datelines_dash_is_named_without_the_dash() -> None:
    d = draft(
        "Moscow (AFP) – Russia's defence ministry said Tuesday its air defences had downed "
        "40 Ukrainian drones overnight."
    )
    assert reports(d) == [("Russia's defence ministry", "drones", [("shot_down", 40)])]


def test_a_toll_corrected_by_its_source_is_that_sources_toll() -> None:
    d = draft(
        "Russia attacked Ukraine with drones overnight, killing three people, officials said.",
        "The regional governor, Ivan Petrenko, had initially said four people died, but "
        "later corrected the death toll to three. Nine people were injured, Petrenko said.",
    )
    assert toll(d) == ("Ivan Petrenko", [("killed", 3), ("injured", 9)])
    assert (3, "killed? given again with a source") in candidate_notes(d)


def test_a_toll_that_grows_keeps_the_total_and_lists_the_earlier_count() -> None:
    d = draft(
        "In Dnipro, Governor Ivan Petrenko said four people were killed when a missile hit "
        "a block of flats. Two more people died in hospital, he said, bringing the death "
        "toll in the region to six."
    )
    assert toll(d) == ("Ivan Petrenko", [("killed", 6)])
    assert roles(d) == [(4, "other", None), (2, "other", None), (6, "killed", None)]
    assert [c.number.cue for c in d.candidates][:2] == [
        "killed? an earlier count (the toll grew to six)",
        "killed? part of the toll that grew to six",
    ]


def test_the_day_a_toll_was_reported_is_not_another_night() -> None:
    d = draft(
        "Russian attacks across Ukraine killed at least nine people and injured 41 over the "
        "past day, regional authorities reported on the morning of Dec. 2."
    )
    assert roles(d) == [(9, "killed", "at least"), (41, "injured", None), (2, "other", None)]
    assert toll(d) == (None, [("killed", 9), ("injured", 41)])


def test_a_date_said_before_the_counts_is_still_another_night() -> None:
    d = draft(
        "Russia hit Kyiv overnight.",
        "The Air Force said on Feb. 23 Russia had launched 267 drones.",
    )
    assert roles(d) == [(23, "other", None), (267, "other", None)]


def test_an_unsourced_count_aimed_at_a_city_beside_a_named_count_is_a_candidate() -> None:
    d = draft(
        "Russia attacked the port of Odesa with two dozen drones overnight.",
        "Nationally, Ukraine's air force said Russia had launched 93 drones at Ukraine.",
    )
    assert reports(d) == [("Ukraine's air force", "drones", [("launched", 93)])]
    assert (24, "launched? no source, beside Ukraine's air force's (check)") in candidate_notes(d)


def test_a_partial_quote_the_sentence_goes_on_after_is_a_quote_of_its_own() -> None:
    d = draft(
        "President Donald Trump told reporters that he was “not happy” about the strikes. "
        "“I’m not happy with Russia,” he said."
    )
    assert [q[:2] for q in quotes(d)] == [
        ("Donald Trump", ("not happy",)),
        ("Donald Trump", ("I’m not happy with Russia,",)),
    ]


def test_the_counts_a_weapons_count_included_are_parts_of_it() -> None:
    d = draft(
        "Russia fired 30 missiles, the Air Force said. The missiles included 20 Kh-101 cruise "
        "missiles and ten Kalibr cruise missiles fired from ships."
    )
    assert roles(d) == [(30, "launched", None), (20, "other", None), (10, "other", None)]


def test_the_increment_of_a_toll_that_grows_is_a_part_of_it() -> None:
    d = draft("Two more people died in hospital, bringing the death toll to six, he said.")
    assert roles(d) == [(2, "other", None), (6, "killed", None)]


def test_places_attacked_beside_a_death_toll_are_not_people() -> None:
    d = draft(
        "Two people were killed as Russian forces attacked 14 settlements with glide bombs, "
        "Governor Yevhen Marko said."
    )
    assert roles(d) == [(2, "killed", None), (14, "other", None)]


def test_a_quote_opening_a_paragraph_takes_the_occasion_its_speaker_paraphrased_before() -> None:
    d = draft(
        "President Volodymyr Zelenskiy said on X that the strikes showed Moscow wanted war.",
        "“Every night Russia chooses missiles over talks,” he wrote.",
    )
    assert quotes(d) == [
        ("Volodymyr Zelenskiy", ("Every night Russia chooses missiles over talks,",), "X post")
    ]


def test_no_occasion_is_guessed_after_a_sentence_that_quoted_the_speaker_already() -> None:
    d = draft(
        "Kremlin spokesman Dmitry Peskov told journalists the attack was “a provocation "
        "aimed at derailing any dialogue”.",
        "“We are not going to change our position,” Peskov said.",
    )
    assert [q[2] for q in quotes(d)] == ["Remarks to reporters", None]


def test_speaking_at_a_news_conference_beside_another_minister_is_where_not_who() -> None:
    d = draft(
        "Foreign Minister Andrii Sybiha, speaking at a news conference in Helsinki with "
        "Finnish Foreign Minister Aino Lehtola, said Moscow was not preparing for peace.",
        "“We will not trade our land for a pause,” Sybiha said.",
    )
    assert quotes(d) == [
        ("Andrii Sybiha", ("We will not trade our land for a pause,",), "News conference")
    ]


def test_a_body_named_in_capitals_is_no_person() -> None:
    d = draft(
        "At least four people were killed, Ukraine’s State Emergency Service said. Poland’s "
        "Operational Command said it had scrambled aircraft. Later, the World Bank said it "
        "would help."
    )
    assert [p.name for p in d.speakers if p.kind == "person"] == []


def test_a_hyphenated_title_is_a_title_not_part_of_the_name() -> None:
    d = draft("NATO Secretary-General Mark Rutte said allies would send more air defence.")
    assert [p.name for p in d.speakers if p.kind == "person"] == ["Mark Rutte"]


def test_an_outlet_named_with_a_capital_the_is_the_channel() -> None:
    d = draft(
        "“We will not wait,” Deputy Defence Minister Marek Zawadzki told The Associated "
        "Press in a telephone interview."
    )
    assert quotes(d) == [("Marek Zawadzki", ("We will not wait,",), "The Associated Press")]


def test_money_in_british_shorthand_is_one_number_and_no_count() -> None:
    d = draft("Britain pledged a £2.1bn package and Germany €200m, the ministry said.")
    assert roles(d) == [(2_100_000_000, "other", None), (200_000_000, "other", None)]


def test_one_places_toll_beside_the_countrys_total_is_a_part_of_it() -> None:
    d = draft(
        "Russian attacks across Ukraine killed at least seven people over the past day, "
        "regional authorities said.",
        "In Donetsk Oblast, three people died, Governor Artem Hryban said.",
    )
    assert roles(d) == [(7, "killed", "at least"), (3, "other", None)]
    assert toll(d) == (None, [("killed", 7)])
