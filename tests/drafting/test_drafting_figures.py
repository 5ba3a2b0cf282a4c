"""Classes of wire copy found in new articles keyed without sight of the rules (issue 17),
one short article each: what a number is, which night, source and weapon it has."""

from __future__ import annotations

from tests.support.drafts import draft, reports, roles


def test_died_and_were_killed_are_deaths() -> None:
    d = draft(
        "Two people died and 14 were injured, Governor Ivan Fedorov said. "
        "Three more were killed in Kherson, he said."
    )
    assert roles(d)[:3] == [(2, "killed", None), (14, "injured", None), (3, "killed", None)]


def test_the_parts_of_a_list_of_missiles_are_not_figures() -> None:
    d = draft(
        "Ukraine's Air Force said Russia launched 94 drones as well as 41 missiles, "
        "including 24 Kh-101, 11 Iskander-M and six Kinzhal."
    )
    assert roles(d) == [
        (94, "launched", None),
        (41, "launched", None),
        (24, "other", None),
        (11, "other", None),
        (6, "other", None),
    ]
    assert reports(d) == [
        ("Ukraine's Air Force", "drones", [("launched", 94)]),
        ("Ukraine's Air Force", "missiles", [("launched", 41)]),
    ]


def test_of_twelve_missiles_nine_were_intercepted_counts_missiles() -> None:
    d = draft(
        "Russia fired 12 missiles and 110 drones, Ukraine's Air Force said. Of the 12 "
        "missiles, nine were intercepted, it said."
    )
    missiles = next(r for r in d.reports if r.weapon_kind == "missiles")
    assert [(k, f.number.value) for k, f in missiles.figures] == [
        ("launched", 12),
        ("shot_down", 9),
    ]


def test_a_range_is_its_first_end_with_between_as_the_keys_write_it() -> None:
    d = draft("Russia launched between 30 and 40 drones at the city, the Air Force said.")
    assert roles(d) == [(30, "launched", "between"), (40, "other", None)]
    d = draft("Between 40 and 50 drones were launched at the city, Governor Ivan Arefiev said.")
    assert roles(d) == [(40, "launched", "between"), (50, "other", None)]
    assert reports(d) == [("Ivan Arefiev", "drones", [("launched", 40)])]


def test_between_two_clock_times_is_no_hedge_and_no_range_of_counts() -> None:
    d = draft("The ministry said it downed 112 drones between 8 p.m. and 6 a.m.")
    assert roles(d) == [(112, "shot_down", None), (8, "other", None), (6, "other", None)]


def test_over_seven_regions_is_a_place_and_over_80_drones_is_more_than_80() -> None:
    d = draft(
        "Russia launched over 80 drones, Ukraine's Air Force said. Russia's Defence "
        "Ministry said it destroyed 23 Ukrainian drones over seven regions."
    )
    assert roles(d) == [
        (80, "launched", "more than"),
        (23, "shot_down", None),
        (7, "regions", None),
    ]


def test_two_dozen_and_money_are_read_as_the_article_writes_them() -> None:
    d = draft(
        "More than two dozen people were injured. The EU will send 1.9 billion euros and "
        "the U.S. $45 million."
    )
    assert [(n.value, n.text, n.role) for n, _ in d.numbers] == [
        (24, "two dozen", "injured"),
        (1_900_000_000, "1.9 billion", "other"),
        (45_000_000, "45 million", "other"),
    ]


def test_ranks_and_compound_words_are_not_counts() -> None:
    d = draft(
        "In one of its heaviest attacks, Russia hit a nine-storey block, killing four "
        "people, officials said."
    )
    assert roles(d) == [(1, "other", None), (9, "other", None), (4, "killed", None)]


def test_a_corrected_figure_is_not_the_nights() -> None:
    d = draft(
        "Governor Oleh Syniehubov had earlier put the number of injured at 31, but later "
        "lowered it to 27."
    )
    assert roles(d) == [(31, "other", None), (27, "injured", None)]


def test_a_comparison_with_another_night_is_context() -> None:
    d = draft(
        "The attack was smaller than the assault of Feb. 23, when Russia sent 267 drones.",
        "The war has killed more than 13,000 civilians since 2022, UN monitors say.",
    )
    assert [n.role for n, _ in d.numbers] == ["other"] * 4
    assert d.reports == ()


def test_drones_and_missiles_go_to_separate_reports() -> None:
    d = draft(
        "Russia launched 72 drones and three Iskander-M ballistic missiles, Ukraine's Air "
        "Force said. Fifty of the drones were shot down and 18 vanished from radar."
    )
    assert reports(d) == [
        (
            "Ukraine's Air Force",
            "drones",
            [("launched", 72), ("shot_down", 50), ("suppressed", 18)],
        ),
        ("Ukraine's Air Force", "missiles", [("launched", 3)]),
    ]


def test_a_dateline_with_its_date_and_agency() -> None:
    d = draft("KYIV, March 14 (Reuters) — Russia launched 94 drones overnight, officials said.")
    assert d.dateline == "KYIV"
    assert roles(d)[0] == (14, "other", None)


def test_a_toll_no_weapons_report_holds_is_the_attacks_not_an_empty_report() -> None:
    d = draft(
        "Russia launched 72 drones, Ukraine's Air Force said. Two people were killed and "
        "nine injured in Dnipro, Governor Serhiy Lysak said.",
        "Mayor Borys Filatov said four people were killed.",
    )
    assert reports(d) == [("Ukraine's Air Force", "drones", [("launched", 72)])]
    assert d.impact is not None and d.impact.reporter is not None
    assert d.impact.reporter.name == "Serhiy Lysak"
    assert {k: f.number.value for k, f in d.impact.figures.items()} == {"killed": 2, "injured": 9}
    assert [(c.number.value, c.note) for c in d.candidates] == [
        (4, "killed? another count, by Borys Filatov (the toll has one: check)")
    ]


def test_locationally_lost_in_british_quotation_marks_is_suppressed() -> None:
    d = draft(
        "Russia launched 100 drones, the air force said. Another 22 were ‘locationally "
        "lost’, it said."
    )
    assert roles(d) == [(100, "launched", None), (22, "suppressed", None)]


def test_the_verb_right_after_a_number_decides_before_a_later_one() -> None:
    d = draft(
        "It said 120 drones were shot down and 31 vanished from radar, suggesting they "
        "had been downed by electronic warfare."
    )
    assert roles(d) == [(120, "shot_down", None), (31, "suppressed", None)]


def test_two_more_people_died_is_a_death_toll() -> None:
    d = draft("Two more people died overnight in the Odesa region, the regional governor said.")
    assert roles(d) == [(2, "killed", None)]


def test_strikes_in_five_regions_opening_a_sentence_is_regions_hit() -> None:
    d = draft("Strikes were recorded in five regions.")
    assert roles(d) == [(5, "regions", None)]


def test_missiles_over_fourteen_regions_are_missiles_not_regions() -> None:
    d = draft("Air defences shot down 181 drones and 31 missiles over 14 regions.")
    assert roles(d) == [(181, "shot_down", None), (31, "shot_down", None), (14, "regions", None)]


def test_nine_of_the_dead_is_part_of_a_toll() -> None:
    d = draft("Nine of the dead were killed in the street near the railway station.")
    assert roles(d) == [(9, "other", None)]


def test_as_were_continues_the_verb_before_it() -> None:
    d = draft(
        "Russia launched 17 missiles and 61 drones. Eleven missiles were shot down, "
        "it said, as were 38 of the drones."
    )
    assert roles(d)[-1] == (38, "shot_down", None)


def test_a_month_or_the_night_before_is_another_period() -> None:
    d = draft(
        "In July alone, Russia launched more than 6,000 drones against Ukraine.",
        "A night earlier, it said Russia had launched 84 drones.",
        "The night before the talks began, Russia launched 99 drones.",
    )
    assert [n.role for n, _ in d.numbers] == ["other"] * 3
    assert d.reports == ()


def test_a_mayors_count_beside_a_ministrys_is_a_candidate() -> None:
    d = draft(
        "Russia’s Defence Ministry said it had destroyed 112 Ukrainian drones.",
        "Moscow Mayor Alexander Vorontsov said on Telegram that 24 drones had been shot "
        "down as they approached the city.",
    )
    assert reports(d) == [("Russia’s Defence Ministry", "drones", [("shot_down", 112)])]
    assert [(c.number.value, c.note) for c in d.candidates] == [
        (24, "shot down? a local count beside Russia’s Defence Ministry's (check)")
    ]


def test_a_mayors_count_with_no_national_count_is_the_figure() -> None:
    d = draft("Forty drones were launched at the city, Mayor Ivan Fedorov said on Telegram.")
    assert reports(d) == [("Ivan Fedorov", "drones", [("launched", 40)])]


def test_a_governor_of_one_place_is_not_carried_to_anothers_toll() -> None:
    d = draft(
        "In Poltava, a 71-year-old woman died when debris hit her house, the regional "
        "governor said. Four people were injured in Kharkiv, where a drone hit a block."
    )
    assert d.impact is not None
    assert d.impact.reporter is None
    assert {k: f.number.value for k, f in d.impact.figures.items()} == {"injured": 4}


def test_brought_down_is_shot_down() -> None:
    d = draft("Air defences brought down 50 drones, the air force said.")
    assert roles(d) == [(50, "shot_down", None)]


def test_one_count_for_shot_down_or_suppressed_is_left_to_the_editor() -> None:
    d = draft("The air defence forces shot down or suppressed 440 drones, the air force said.")
    assert roles(d) == [(440, "other", None)]
    assert d.reports == ()
    assert [c.number.cue for c in d.candidates] == [
        "'shot down or suppressed': one count for two roles"
    ]


def test_a_death_toll_that_rose_to_a_figure_is_that_toll() -> None:
    d = draft("The death toll rose to 12, the mayor said. The number of injured has risen to 30.")
    assert roles(d) == [(12, "killed", None), (30, "injured", None)]


def test_a_list_of_counts_before_a_passive_verb_shares_it() -> None:
    d = draft(
        "Russia fired 120 drones and 10 missiles, the air force said. Of these, 100 drones "
        "and eight missiles were shot down."
    )
    assert roles(d) == [
        (120, "launched", None),
        (10, "launched", None),
        (100, "shot_down", None),
        (8, "shot_down", None),
    ]


def test_the_total_after_of_the_is_the_count_launched() -> None:
    d = draft(
        "The air force said it had destroyed 25 of the 30 missiles. Air defences shot down "
        "35 drones out of 50."
    )
    assert roles(d) == [
        (25, "shot_down", None),
        (30, "launched", None),
        (35, "shot_down", None),
        (50, "launched", None),
    ]


def test_none_of_which_were_intercepted_is_not_intercepted() -> None:
    d = draft("Russia also launched 7 ballistic missiles, none of which were intercepted.")
    assert roles(d) == [(7, "launched", None)]


def test_fifty_of_the_ninety_drones_were_shot_down() -> None:
    d = draft(
        "Ukraine's air force said 50 of the 90 drones were shot down and 30 were lost to "
        "electronic warfare, as were 38 of the drones, while six more drones were lost."
    )
    assert roles(d)[:3] == [
        (50, "shot_down", None),
        (90, "launched", None),
        (30, "suppressed", None),
    ]


def test_all_of_which_were_shot_down_is_not_this_counts_verb() -> None:
    d = draft(
        "Russia fired 4 Iskander-M missiles and 3 Kh-101 missiles, all of which were shot down."
    )
    assert roles(d) == [(4, "launched", None), (3, "launched", None)]


def test_an_attack_involving_drones_and_a_count_downed_after_it() -> None:
    d = draft(
        "Russia's overnight attack involved 50 drones, according to Ukraine's air force, "
        "which said 40 were downed."
    )
    assert reports(d) == [("Ukraine's air force", "drones", [("launched", 50), ("shot_down", 40)])]
