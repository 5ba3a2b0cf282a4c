"""The drafting rules, one behaviour at a time, on short articles written for each."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.article.model import parse_article
from generator.drafting.draft import Draft, _unique, draft_from
from generator.drafting.people import Found
from generator.drafting.writer import yaml_string


def draft(*paragraphs: str) -> Draft:
    return draft_from(parse_article("seeds/a.txt", "\n".join(paragraphs) + "\n"))


def quotes(d: Draft) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    return [
        (
            q.quote.speaker.name if q.quote.speaker else None,
            tuple(f.text for f in q.quote.fragments),
            q.quote.channel.name if q.quote.channel else None,
        )
        for q in d.quotes
    ]


def roles(d: Draft) -> list[tuple[int, str, str | None]]:
    return [(n.value, n.role, n.qualifier) for n, _ in d.numbers]


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


# --- classes of wire copy from new articles keyed without sight of the rules (issue 17) --


def reports(d: Draft) -> list[tuple[str | None, str | None, list[tuple[str, int]]]]:
    return [
        (
            r.reporter.name if r.reporter else None,
            r.weapon_kind,
            [(key, f.number.value) for key, f in r.figures],
        )
        for r in d.reports
    ]


def test_a_name_after_its_title_in_commas_is_the_speaker() -> None:
    d = draft(
        "A spokesperson for the Commission, Marta Lindqvist, said the money was ready. "
        "“It will go to air defence,” she said."
    )
    assert quotes(d) == [("Marta Lindqvist", ("It will go to air defence,",), None)]
    assert [(p.name, p.title) for p in d.speakers] == [
        ("Marta Lindqvist", "spokesperson for the Commission")
    ]


def test_an_unnamed_speaker_is_the_speaker_not_the_person_named_last() -> None:
    d = draft(
        "Mayor Olena Kuzmenko said the port was hit.",
        "Turkey’s foreign minister said shipping was at risk. “Freedom of navigation must "
        "be respected,” he told reporters in Ankara.",
        "In Washington, a State Department spokesperson said talks must go on. “We expect "
        "Russia to engage,” the spokesperson said.",
    )
    assert [q[0] for q in quotes(d)] == [
        "Turkey’s foreign minister",
        "a State Department spokesperson",
    ]


def test_a_source_and_its_appositive_is_the_source() -> None:
    d = draft(
        "A source in the SBU, Ukraine's security service, told Reuters the agency did it. "
        "“The unit was hit,” the source said."
    )
    assert quotes(d) == [("A source in the SBU", ("The unit was hit,",), None)]


def test_a_reporter_split_from_its_verb_by_an_aside_still_reports() -> None:
    d = draft(
        "Ukraine's Air Force, meanwhile, said Russia had launched 72 drones and that "
        "strikes had been recorded in six regions."
    )
    assert (
        reports(d) == [("Ukraine's Air Force", "drones", [("launched", 72)])]
        or reports(d)[0][0] == "Ukraine's Air Force"
    )


def test_british_single_quotation_marks_are_quotes() -> None:
    d = draft("‘It was a night of hell for Odesa,’ Governor Oleh Kiper wrote on Telegram.")
    assert quotes(d) == [("Oleh Kiper", ("It was a night of hell for Odesa,",), "Telegram post")]


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


def test_a_range_is_left_to_the_editor() -> None:
    d = draft("Russia launched between 30 and 40 drones at the city, the Air Force said.")
    assert roles(d) == [(30, "other", None), (40, "other", None)]


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


def test_a_name_with_a_particle_is_one_name() -> None:
    d = draft(
        "Commission President Ursula von der Leyen spoke. “We are increasing the "
        "pressure,” von der Leyen told a news conference."
    )
    assert quotes(d) == [("Ursula von der Leyen", ("We are increasing the pressure,",),
                          "News conference")]  # fmt: skip


def test_a_pronoun_far_from_any_name_is_a_todo_with_the_candidates() -> None:
    d = draft(
        "Mayor Olena Kuzmenko said the port was hit.",
        "Firefighters worked through the night.",
        "Cranes were damaged.",
        "“We will rebuild,” she said.",
    )
    quote = d.quotes[0].quote
    assert quote.speaker is None
    assert quote.how == "'she': nobody named nearby; candidates: Olena Kuzmenko (paragraph 1)"


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


def test_a_country_named_only_by_its_adjective_is_a_party_by_that_word() -> None:
    d = draft(
        "“We support every sanction on Russian oil,” the German government’s deputy "
        "spokesman, Jens Hartung, told reporters."
    )
    assert [(s.id, s.name) for s in d.parties] == [("germany", "German")]
    assert [(p.name, p.party) for p in d.speakers] == [("Jens Hartung", "germany")]


def test_a_position_in_a_first_person_quote_is_the_speakers_sides() -> None:
    d = draft(
        "“We will not lift a single sanction while drones fall on Ukraine,” a French "
        "foreign ministry spokesperson said in a statement."
    )
    [issue] = d.issues
    assert issue.id == "sanctions"
    positions = {party: c.cue if c else None for party, c in issue.positions}
    assert positions == {"france": "We will not lift"}


def test_a_channels_passage_keeps_the_quotations_inside_it() -> None:
    # the check reads a channel's passage in the article, quotation marks and all
    text = (
        "A German government spokesman said it was “too early” to talk about sanctions, "
        "while the French foreign ministry said in a statement that “only Russia is "
        "blocking a ceasefire.”"
    )
    d = draft(text)
    channels = [q.quote.channel for q in d.quotes if q.quote.channel]
    assert channels
    assert all(c.evidence in text for c in channels)


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


def test_a_dateline_with_a_country_before_the_date() -> None:
    d = draft(
        "DNIPRO, Ukraine, June 25 (Reuters) — A missile strike killed 17 people and "
        "injured 279, regional officials said."
    )
    assert d.dateline == "DNIPRO"
    assert roles(d) == [(25, "other", None), (17, "killed", None), (279, "injured", None)]


def test_according_to_a_title_then_a_name_is_that_person() -> None:
    d = draft(
        "At least 14 people were killed in Kyiv, according to the head of the city's "
        "military administration, Tymur Tkachenko.",
        "“This was a hunt,” Tkachenko said.",
    )
    assert d.impact is not None and d.impact.reporter is not None
    assert d.impact.reporter.name == "Tymur Tkachenko"
    assert quotes(d) == [("Tymur Tkachenko", ("This was a hunt,",), None)]


def test_a_statement_on_telegram_between_subject_and_verb_is_an_aside() -> None:
    d = draft(
        "Russia’s defence ministry, in a statement on Telegram, said air defence units had "
        "intercepted and destroyed 86 Ukrainian drones over eight regions."
    )
    assert reports(d) == [
        ("Russia’s defence ministry", "drones", [("shot_down", 86), ("regions_hit", 8)])
    ]


def test_plural_officials_by_title_are_a_source_and_vague_ones_are_not() -> None:
    d = draft(
        "Russia launched 50 drones, Ukraine's Air Force said.",
        "Two people died in the Belgorod region, and three were injured in the Kursk "
        "region, the regional governors said.",
        "Regional officials had initially reported seven dead.",
    )
    assert d.impact is not None and d.impact.reporter is not None
    assert d.impact.reporter.name == "regional governors"
    assert [c.reporter for c in d.candidates if c.number.value == 7] == [None]


def test_it_after_an_institution_that_reports_nothing_is_that_institution() -> None:
    d = draft(
        "A source in the SBU, Ukraine’s security service, told the BBC that it had found the unit.",
        "Russia’s defence ministry did not comment on the strike. It said its air defences "
        "had intercepted 41 Ukrainian drones.",
    )
    assert reports(d) == [("Russia’s defence ministry", "drones", [("shot_down", 41)])]


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


def test_a_partial_quote_of_another_speaker_in_the_same_sentence_is_a_quote_of_its_own() -> None:
    d = draft(
        'A German government spokesman said it was "too early" to talk about easing '
        'sanctions, while the French foreign ministry said in a statement that "only Russia '
        'is blocking an immediate ceasefire".'
    )
    assert quotes(d) == [
        ("A German government spokesman", ("too early",), None),
        ("French foreign ministry", ("only Russia is blocking an immediate ceasefire",),
         "Statement"),
    ]  # fmt: skip


def test_a_name_for_a_thing_after_a_possessive_or_a_verb_to_be_is_not_a_quote() -> None:
    d = draft(
        'The French presidency said in a statement that Paris "fully supports" the '
        "measures, while the German government said it would push for steps against "
        'Russia\'s "shadow fleet" of tankers.',
        "Air defences shot down 181 drones, the air force said, while a further 27 drones "
        "were ‘locationally lost’.",
    )
    assert quotes(d) == [("French presidency", ("fully supports",), "Statement")]


def test_a_governor_of_one_place_is_not_carried_to_anothers_toll() -> None:
    d = draft(
        "In Poltava, a 71-year-old woman died when debris hit her house, the regional "
        "governor said. Four people were injured in Kharkiv, where a drone hit a block."
    )
    assert d.impact is not None
    assert d.impact.reporter is None
    assert {k: f.number.value for k, f in d.impact.figures.items()} == {"injured": 4}


def test_since_opening_a_sentence_and_a_named_part_of_a_count_are_not_the_nights() -> None:
    d = draft(
        "Since January, at least 450 civilians have been killed across Ukraine.",
        "Russia fired 28 missiles overnight, 15 of them Kalibr cruise missiles.",
    )
    assert roles(d) == [(450, "other", "at least"), (28, "launched", None), (15, "other", None)]


def test_a_partial_quote_and_the_speakers_next_words_are_one_quote() -> None:
    d = draft(
        'Kremlin spokesman Dmitry Peskov told reporters that Kyiv was "not interested in '
        'peace". "Such attacks only confirm our goals," he said.'
    )
    assert quotes(d) == [
        ("Dmitry Peskov", ("not interested in peace", "Such attacks only confirm our goals,"),
         "Remarks to reporters"),
    ]  # fmt: skip


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


def test_said_a_title_then_a_name_is_that_person() -> None:
    d = draft("“We will respond,” said Zelenskyy's chief of staff, Andriy Yermak.")
    assert quotes(d) == [("Andriy Yermak", ("We will respond,",), None)]


def test_two_sources_in_one_sentence_each_keep_their_clauses_figures() -> None:
    d = draft(
        "Russia launched 100 drones, according to the air force, while Governor Ivan "
        "Petrov said five people were injured."
    )
    assert reports(d) == [("air force", "drones", [("launched", 100)])]
    assert d.impact is not None and d.impact.reporter is not None
    assert d.impact.reporter.name == "Ivan Petrov"


def test_on_a_day_the_lead_does_not_name_is_another_night() -> None:
    d = draft(
        "Russia launched 100 drones overnight into Tuesday, the air force said.",
        "On Sunday, Russia launched 200 drones and 12 missiles, it said.",
    )
    assert reports(d) == [("air force", "drones", [("launched", 100)])]


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


def test_a_short_quote_followed_by_a_verb_of_saying_is_words_said() -> None:
    d = draft("“It was terrifying,” said Olena, a 34-year-old resident.")
    assert quotes(d) == [(None, ("It was terrifying,",), None)]


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


def test_the_leads_toll_given_again_with_its_source_is_the_sourced_one() -> None:
    d = draft(
        "Russia struck Kyiv overnight, killing four people.",
        "Kyiv Mayor Vitali Klitschko said four people were killed and 19 were wounded.",
    )
    assert d.impact is not None and d.impact.reporter is not None
    assert d.impact.reporter.name == "Vitali Klitschko"
    assert {k: f.number.value for k, f in d.impact.figures.items()} == {"killed": 4, "injured": 19}
    assert [(c.number.value, c.note) for c in d.candidates] == [
        (4, "killed? given again with a source")
    ]


def test_a_short_full_sentence_after_an_attributed_quote_continues_it() -> None:
    d = draft(
        "Ukrainian President Volodymyr Zelenskyy spoke. “Russia does not want peace,” he "
        "wrote on Telegram. “We need pressure.”"
    )
    assert quotes(d) == [
        ("Volodymyr Zelenskyy", ("Russia does not want peace,", "We need pressure."),
         "Telegram post"),
    ]  # fmt: skip


def test_a_name_then_a_title_in_commas_then_said_is_the_person() -> None:
    d = draft("Volodymyr Zelenskyy, Ukraine’s president, said: “We need Patriots.”")
    assert quotes(d) == [("Volodymyr Zelenskyy", ("We need Patriots.",), None)]


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


def test_two_reports_cut_to_one_id_get_different_ids() -> None:
    """Report ids are cut to 60 characters: two reporters whose ids differ only after the
    cut (where it falls on a hyphen) must still give two ids, as a fact sheet needs."""
    base = "russia-drones-on-ukraine"
    first, second = (
        Found(
            f"southern-defence-forces-of-ukraine-press-{end}", "x", "institution", None, None, 1, 0
        )
        for end in ("office", "service")
    )
    taken = {_unique(base, set(), first)}
    one = _unique(base, taken, first)
    taken.add(one)
    two = _unique(base, taken, second)
    assert len({*taken, two}) == 3 and all(len(i) <= 60 for i in taken | {two})
