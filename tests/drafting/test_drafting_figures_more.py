"""More classes of wire copy (issue 17, third round): found when set D became a tuning
set, and in probes of other wording. What a number is, and whose night it is."""

from __future__ import annotations

from tests.support.drafts import draft, reports, roles


def test_a_dateline_after_a_headline_is_no_date_of_another_night() -> None:
    d = draft(
        "Russia hits Ukraine with 90 drones",
        "KYIV, Dec 3 (Reuters) - Russia launched 90 drones at Ukraine overnight, Ukraine's "
        "Air Force said on Wednesday.",
    )
    assert ("Ukraine's Air Force", "drones", [("launched", 90)]) in reports(d)


def test_the_leads_overnight_on_a_date_is_this_night_and_a_later_date_another() -> None:
    d = draft(
        "Russia attacked Ukraine with 120 drones overnight on Dec. 2, the Air Force reported.",
        "On the night of Nov. 23, Russia launched 267 drones, the Air Force said.",
    )
    assert roles(d) == [(120, "launched", None), (2, "other", None), (23, "other", None),
                        (267, "other", None)]  # fmt: skip


def test_one_worker_died_is_a_death_and_a_woman_aged_64_is_an_age() -> None:
    d = draft(
        "One worker died and two others were hurt at an oil depot, Governor Andrei Kornev "
        "said. A woman aged 64 was injured in the Sumy region, local authorities said."
    )
    assert roles(d) == [(1, "killed", None), (2, "injured", None), (64, "other", None)]


def test_locations_across_regions_are_not_regions_hit() -> None:
    d = draft("Drones and missiles hit targets at nine locations across five regions, the "
              "military said.")  # fmt: skip
    assert roles(d) == [(9, "other", None), (5, "regions", None)]


def test_debris_from_downed_drones_does_not_make_a_later_count_shot_down() -> None:
    d = draft(
        "Strikes were recorded at 21 locations, and debris from downed drones fell at nine "
        "more, according to the Air Force."
    )
    assert roles(d) == [(21, "other", None), (9, "other", None)]


def test_the_second_time_in_a_week_is_context_not_the_nights_report() -> None:
    d = draft(
        "The military said it was the second time in a week that Russia had used more than "
        "400 drones in a single night."
    )
    assert roles(d) == [(400, "other", "more than")]
    assert reports(d) == []


def test_the_largest_attack_since_ranks_this_night_and_a_count_after_it_is_another() -> None:
    d = draft(
        "A total of 810 drones and 13 missiles were launched, the air force said, the "
        "largest attack since the start of the war.",
        "It was the largest on Kyiv since January, when Russia said it had downed 51 drones.",
    )
    assert roles(d) == [(810, "launched", None), (13, "launched", None), (51, "other", None)]


def test_last_week_opening_a_sentence_is_another_period() -> None:
    d = draft("Last week Russia launched 1,300 drones, the air force said.")
    assert roles(d) == [(1300, "other", None)]


def test_three_of_them_seriously_is_part_of_the_injured() -> None:
    d = draft("Fourteen people were hurt, three of them seriously, the emergency service said.")
    assert roles(d) == [(14, "injured", None), (3, "other", None)]


def test_lost_their_lives_and_sustained_injuries_are_the_toll() -> None:
    d = draft("Three people lost their lives and 12 sustained injuries, the governor said.")
    assert roles(d) == [(3, "killed", None), (12, "injured", None)]


def test_a_death_toll_from_a_named_strike_that_has_risen_is_the_toll() -> None:
    d = draft("The death toll from the strike on Dnipro has risen to 11, the governor said.")
    assert roles(d) == [(11, "killed", None)]


def test_had_also_been_launched_and_drones_launched_after_a_count() -> None:
    d = draft(
        "Air defences shot down 15 of the 18 cruise missiles, the air force said, adding "
        "that 9 Iskander ballistic missiles had also been launched. Russia's defence "
        "ministry reported 70 drones launched at Russia."
    )
    assert roles(d) == [(15, "shot_down", None), (18, "launched", None),
                        (9, "launched", None), (70, "launched", None)]  # fmt: skip


def test_a_clause_whose_source_is_unnamed_is_not_the_other_clauses() -> None:
    d = draft(
        "Russia said it had shot down 30 drones, while Ukraine's air force reported 70 "
        "drones launched at Ukraine."
    )
    assert reports(d) == [
        (None, "drones", [("shot_down", 30)]),
        ("Ukraine's air force", "drones", [("launched", 70)]),
    ]
