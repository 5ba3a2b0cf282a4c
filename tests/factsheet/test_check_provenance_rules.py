"""`explainer check` against the article: every number, quote, name and place of a fact
sheet must be found in its article, where the fact sheet says it is.

Each test breaks one rule in the small valid fact sheet of tests/fixtures/rules and
asserts the whole report: `file:line:col: message`, the hint below it, the exit status.
"""

from __future__ import annotations

from tests.support.project import RulesProject, assert_reports

# --- provenance --------------------------------------------------------------------


def test_number_not_in_its_evidence_is_reported(rules: RulesProject) -> None:
    rules.edit("count: 25", "count: 52")
    assert_reports(
        rules.check(),
        "night.yaml:35:7: shot down (52) + suppressed (10) = 62, more than the 40 launched",
        "    check the three figures against the article",
        "night.yaml:38:7: shot_down: 52 is not in its evidence passage (numbers there: 25)",
        "    check the count, or copy the passage that states 52",
        summary="1 fact sheet checked: 2 error(s), 0 warning(s)\n",
    )


def test_evidence_not_in_article_names_the_closest_passage(rules: RulesProject) -> None:
    rules.edit(
        "evidence: Air defences shot down 25 of them", "evidence: Air defence shot down 25 of them"
    )
    assert_reports(
        rules.check(),
        "night.yaml:39:17: this passage is not in the article",
        "    copy it from the article exactly; closest in paragraph 2: “Air defences shot "
        "down 25 of them, while another 10 were lost to electronic warfare.”; the article "
        "has “defences” where this has “defence”",
    )


def test_misquote_is_reported_with_the_closest_passage(rules: RulesProject) -> None:
    rules.edit("- We will not be intimidated,", "- We shall not be intimidated,")
    assert_reports(
        rules.check(),
        "night.yaml:57:9: the quoted words are not in the article",
        "    copy them exactly (for a quote split around 'he said', list each fragment); "
        "closest in paragraph 3: ““We will not be intimidated,” Mayor Olena Petrenko said "
        "on Telegram.”; the article has “will” where this has “shall”",
    )


def test_narration_cannot_be_passed_off_as_a_quote(rules: RulesProject) -> None:
    rules.edit("- Kyiv stands.", "- the strikes hit military targets")
    assert_reports(
        rules.check(),
        "night.yaml:58:9: these words are in the article, but not inside quotation marks",
        "    a quote must be the speaker's own words as the article quotes them; put a "
        "paraphrase in a position's summary instead",
    )


def test_quotes_match_whatever_the_quotation_marks_and_dashes(rules: RulesProject) -> None:
    rules.edit("name: Ukraine’s Air Force", "name: Ukraine's  Air Force")
    assert rules.check().exit_code == 0


def test_hedged_number_needs_its_qualifier(rules: RulesProject) -> None:
    rules.edit("      qualifier: at least\n", "")
    assert_reports(
        rules.check(),
        "night.yaml:46:7: the article says 'at least three', not exactly 3",
        "    add `qualifier: at least`",
    )


def test_headline_number_must_come_from_the_article(rules: RulesProject) -> None:
    rules.edit("headline: Russia launches 40 drones", "headline: Russia launches 400 drones")
    assert_reports(
        rules.check(),
        "night.yaml:3:1: the headline says 400, but the article does not",
        "    numbers here must be the article's, a derived figure (unaccounted, a share of "
        "launched) or part of a date of the story",
    )


def test_headline_may_state_a_derived_figure(rules: RulesProject) -> None:
    rules.edit(
        "headline: Russia launches 40 drones at Ukraine", "headline: 5 of 40 drones unaccounted for"
    )
    assert rules.check().exit_code == 0


def test_name_not_in_the_article_is_reported(rules: RulesProject) -> None:
    rules.edit("name: Olena Petrenko", "name: Olena Petrenco")
    assert_reports(
        rules.check(),
        "night.yaml:22:5: the name `Olena Petrenco` is not in the article",
        "    write it as the article does; closest in paragraph 3: ““We will not be "
        "intimidated,” Mayor Olena Petrenko said on Telegram.”; the article has "
        "“Petrenko” where this has “Petrenco”",
    )


def test_article_must_live_under_seeds(rules: RulesProject) -> None:
    rules.edit("article: seeds/night.txt", "article: ../night.txt")
    assert_reports(
        rules.check(),
        "night.yaml:8:1: the article `../night.txt` is not a file under seeds/",
        "    articles live in seeds/: write a path like seeds/my-story.txt",
    )


def test_missing_article_is_reported_at_the_article_line(rules: RulesProject) -> None:
    rules.edit("article: seeds/night.txt", "article: seeds/day.txt")
    assert_reports(
        rules.check(),
        "night.yaml:8:1: the article `seeds/day.txt`: file not found",
        "    check the path and the file name",
    )


def test_dateline_must_be_where_the_article_was_filed(rules: RulesProject) -> None:
    rules.edit("dateline: KYIV", "dateline: LVIV")
    assert_reports(
        rules.check(),
        "night.yaml:5:1: the dateline `LVIV` is not where the article says it was filed",
        "    the article opens with `KYIV`",
    )


def test_split_quote_fragments_keep_the_articles_order(rules: RulesProject) -> None:
    rules.edit(
        "      - We will not be intimidated,\n      - Kyiv stands.",
        "      - Kyiv stands.\n      - We will not be intimidated,",
    )
    assert_reports(
        rules.check(),
        "night.yaml:58:9: this fragment comes before the previous one in the article",
        "    list the fragments in the article's order",
    )


def test_quote_far_from_its_speaker_is_a_warning(rules: RulesProject) -> None:
    rules.edit(
        "name: Olena Petrenko\n    title: Mayor", "name: Ukraine’s Air Force\n    title: Mayor"
    )
    result = rules.check()
    assert result.exit_code == 0
    assert result.stderr == (
        "night.yaml:52:5: warning: Ukraine’s Air Force is not named in the quote's "
        "paragraph or the one before\n"
        "    check the speaker: the article may attribute these words to someone else\n"
    )


def test_numbers_in_editors_notes_must_come_from_the_article(rules: RulesProject) -> None:
    rules.write(
        rules.valid + "\neditor_notes:\n  - Russia fired 99 missiles.\n"
        "  - The night ran from 19 to 20 May 2025.\n"
    )
    assert_reports(
        rules.check(),
        "night.yaml:72:5: the editor's note says 99, but the article does not",
        "    numbers here must be the article's, a derived figure (unaccounted, a share of "
        "launched) or part of a date of the story",
    )


# --- what a passage alone cannot show ----------------------------------------------

SWAPPED = """    shot_down:
      count: 10
      evidence: Air defences shot down 25 of them, while another 10 were lost
    suppressed:
      count: 25
      evidence: Air defences shot down 25 of them, while another 10 were lost
"""


def with_figures(rules: RulesProject, figures: str) -> None:
    start = rules.valid.index("    shot_down:")
    end = rules.valid.index("    killed:")
    rules.write(rules.valid[:start] + figures + rules.valid[end:])


def test_two_figures_citing_one_sentence_cannot_swap_their_counts(rules: RulesProject) -> None:
    with_figures(rules, SWAPPED)
    assert_reports(
        rules.check(),
        "night.yaml:38:7: shot_down: in its passage “shot down” goes with 25, not with 10",
        "    the passage reads 10 as suppressed: check the count, or copy a passage that ties "
        "10 to shot_down",
        "night.yaml:41:7: suppressed: in its passage “lost” goes with 10, not with 25",
        "    the passage reads 25 as shot_down: check the count, or copy a passage that ties "
        "25 to suppressed",
        summary="1 fact sheet checked: 2 error(s), 0 warning(s)\n",
    )


def test_figures_sharing_one_sentence_each_with_its_own_number_pass(
    rules: RulesProject,
) -> None:
    with_figures(rules, SWAPPED.replace("count: 10", "count: x").replace("count: 25", "count: 10")
                 .replace("count: x", "count: 25"))  # fmt: skip
    result = rules.check()
    assert result.exit_code == 0, result.stderr


def test_a_label_the_passage_uses_ties_the_count_too(rules: RulesProject) -> None:
    article = rules.root / "seeds" / "night.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Debris fell", "Crews downed 5; 10 vanished. Debris fell"))
    rules.edit(
        "      count: 10\n      evidence: another 10 were lost to electronic warfare",
        "      count: 5\n      label: Vanished\n      evidence: Crews downed 5; 10 vanished.",
    )
    assert_reports(
        rules.check(),
        "night.yaml:41:7: suppressed: in its passage “vanished” goes with 10, not with 5",
        "    the passage reads 5 as shot_down: check the count, or copy a passage that ties "
        "5 to suppressed",
    )


def test_an_invented_channel_is_not_published(rules: RulesProject) -> None:
    rules.edit(
        "evidence: Mayor Olena Petrenko said on Telegram",
        "evidence: in a Kremlin-approved press release",
    )
    assert_reports(
        rules.check(),
        "night.yaml:55:17: this passage is not in the article",
        "    copy it from the article exactly; closest in paragraph 2: “Air defences shot down "
        "25 of them, while another 10 were lost to electronic warfare.”",
    )


def test_a_number_in_a_label_must_be_in_its_passage(rules: RulesProject) -> None:
    rules.edit("      count: 25\n", "      count: 25\n      label: Shot down by 12 crews\n")
    assert_reports(
        rules.check(),
        "night.yaml:38:7: the label says 12, but its evidence passage does not",
        "    numbers must come from the passage: check the number or the passage",
    )


def test_a_number_in_a_quote_context_must_be_the_articles(rules: RulesProject) -> None:
    rules.edit("    speaker: petrenko\n", "    speaker: petrenko\n    context: After 7 nights\n")
    assert_reports(
        rules.check(),
        "night.yaml:52:5: the context says 7, but the article does not",
        "    numbers must come from the passage: check the number or the passage",
    )


def test_a_number_in_a_timeline_time_must_be_in_its_passage(rules: RulesProject) -> None:
    rules.write(
        rules.valid
        + "\ntimeline:\n  - when: 4 a.m.\n    text: Debris fell\n"
        + "    evidence: Debris fell in at least three regions.\n"
    )
    assert_reports(
        rules.check(),
        "night.yaml:72:5: the time says 4, but its evidence passage does not",
        "    numbers must come from the passage: check the number or the passage",
    )


IMPACT = """
impact:
  reported_by: petrenko
  killed: not reported
  regions_hit:
    count: 3
    qualifier: at least
    evidence: Debris fell in at least three regions.
"""


def test_the_attacks_toll_is_checked_like_any_figure(rules: RulesProject) -> None:
    rules.write(rules.valid + IMPACT)
    assert rules.check().exit_code == 0, rules.check().stderr
    rules.write(rules.valid + IMPACT.replace("count: 3", "count: 5"))
    assert_reports(
        rules.check(),
        "night.yaml:75:5: regions_hit: 5 is not in its evidence passage (numbers there: 3)",
        "    check the count, or copy the passage that states 5",
    )


def test_the_tolls_source_must_be_declared(rules: RulesProject) -> None:
    rules.write(rules.valid + IMPACT.replace("reported_by: petrenko", "reported_by: mayor"))
    assert_reports(
        rules.check(),
        "night.yaml:72:16: `mayor` is not declared under `people`",
        "    declared people: air-force, petrenko",
    )
