"""`explainer check`: what an editor is told about each kind of bad fact sheet.

Each test breaks one rule in the small valid fact sheet of tests/fixtures/rules and
asserts the whole report: `file:line:col: message`, the hint below it, the exit status.
"""

from __future__ import annotations

from tests.conftest import RulesProject

ONE_ERROR = "1 fact sheet checked: 1 error(s), 0 warning(s)\n"


def assert_reports(result: object, *lines: str, summary: str = ONE_ERROR) -> None:
    assert result.exit_code == 1, result.stderr  # type: ignore[attr-defined]
    assert result.stderr == "\n".join(lines) + "\n" + summary  # type: ignore[attr-defined]


def test_valid_fact_sheet_passes(rules: RulesProject) -> None:
    result = rules.check()
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        "1 fact sheet checked: 0 error(s), 0 warning(s)\n",
        "",
    )


# --- YAML itself -------------------------------------------------------------------


def test_yaml_syntax_error_is_reported_at_its_line(rules: RulesProject) -> None:
    rules.edit(
        "headline: Russia launches 40 drones at Ukraine",
        'headline: "Russia launches 40 drones at Ukraine',
    )
    assert_reports(
        rules.check(),
        "night.yaml:3:11: YAML syntax: while scanning a quoted scalar found unexpected end "
        "of stream",
        "    a quotation mark or bracket is not closed",
    )


def test_tabs_in_indentation_are_each_reported(rules: RulesProject) -> None:
    rules.edit("  russia: Russia\n  ukraine: Ukraine", "\trussia: Russia\n\tukraine: Ukraine")
    assert_reports(
        rules.check(),
        "night.yaml:13:1: tab character in the indentation",
        "    YAML indents with spaces only: replace the tab with spaces",
        "night.yaml:14:1: tab character in the indentation",
        "    YAML indents with spaces only: replace the tab with spaces",
        summary="1 fact sheet checked: 2 error(s), 0 warning(s)\n",
    )


def test_bad_indentation_is_reported_where_it_breaks(rules: RulesProject) -> None:
    rules.edit("  ukraine: Ukraine", "   ukraine: Ukraine")
    assert_reports(
        rules.check(),
        "night.yaml:14:11: YAML syntax: mapping values are not allowed in this context",
        "    a value that contains ': ' must be put in quotes",
    )


def test_empty_file_is_reported(rules: RulesProject) -> None:
    rules.write("# nothing yet\n")
    assert_reports(
        rules.check(),
        "night.yaml:1:1: the fact sheet is empty",
        "    start from the seed story's facts.yaml, or run `explainer new ARTICLE`",
    )


def test_file_that_is_a_list_is_reported(rules: RulesProject) -> None:
    rules.write("- slug: night\n- status: ready\n")
    assert_reports(
        rules.check(),
        "night.yaml:1:1: a fact sheet is a mapping of keys (slug:, headline:, …), not a list",
        "    see FACTSHEET.md for the format",
    )


def test_bytes_that_are_not_utf8_are_each_reported(rules: RulesProject) -> None:
    data = rules.valid.encode("utf-8")
    rules.write(data.replace(b"Test Desk", b"Test D\xe9sk").replace(b"A. Editor", b"A. \xc9ditor"))
    assert_reports(
        rules.check(),
        "night.yaml:6:20: byte 0xe9 is not UTF-8 text",
        "    save the file as UTF-8 (most editors: 'Save with encoding')",
        "night.yaml:7:12: byte 0xc9 is not UTF-8 text",
        "    save the file as UTF-8 (most editors: 'Save with encoding')",
        summary="1 fact sheet checked: 2 error(s), 0 warning(s)\n",
    )


def test_byte_order_mark_is_accepted(rules: RulesProject) -> None:
    rules.write(b"\xef\xbb\xbf" + rules.valid.encode("utf-8"))
    assert rules.check().exit_code == 0


def test_duplicate_key_is_an_error_not_silently_overwritten(rules: RulesProject) -> None:
    rules.edit("status: ready\n", "status: ready\nstatus: draft\n")
    assert_reports(
        rules.check(),
        "night.yaml:3:1: duplicate key `status` (first given at line 2)",
        "    YAML would silently keep only the last one: remove or rename one of them",
    )


def test_unknown_key_suggests_the_known_one(rules: RulesProject) -> None:
    rules.edit(
        "      count: 3\n      qualifier: at least", "      count: 3\n      qualifer: at least"
    )
    assert_reports(
        rules.check(),
        "night.yaml:46:7: the article says 'at least three', not exactly 3",
        "    add `qualifier: at least`",
        "night.yaml:47:7: unknown key `qualifer` in a figure",
        "    did you mean `qualifier`?",
        summary="1 fact sheet checked: 2 error(s), 0 warning(s)\n",
    )


def test_missing_required_key_is_reported_with_what_it_is(rules: RulesProject) -> None:
    rules.edit("byline: A. Editor\n", "")
    assert_reports(
        rules.check(),
        "night.yaml:1:1: `the fact sheet` is missing `byline`",
        "    add `byline:` (who wrote the explainer)",
    )


def test_a_derived_figure_cannot_be_typed_in(rules: RulesProject) -> None:
    rules.edit("    killed: not reported", "    unaccounted: 5\n    killed: not reported")
    assert_reports(
        rules.check(),
        "night.yaml:43:5: `unaccounted` is not typed in: the generator works it out as "
        "launched - shot_down - suppressed",
        "    remove the `unaccounted` line",
    )


# --- types -------------------------------------------------------------------------


def test_yes_no_words_where_text_is_meant_must_be_quoted(rules: RulesProject) -> None:
    rules.edit("  russia: Russia", "  russia: no")
    assert_reports(
        rules.check(),
        "night.yaml:13:11: YAML reads `no` as a yes/no value, not as text",
        '    put it in quotes: russia: "no"',
    )


def test_bare_date_where_text_is_meant_must_be_quoted(rules: RulesProject) -> None:
    rules.edit("byline: A. Editor", "byline: 2025-05-19")
    assert_reports(
        rules.check(),
        "night.yaml:7:9: YAML reads `2025-05-19` as a date, not as text",
        '    put it in quotes: byline: "2025-05-19"',
    )


def test_scientific_notation_is_not_a_count(rules: RulesProject) -> None:
    rules.edit("count: 40", "count: 4e1")
    assert_reports(
        rules.check(),
        "night.yaml:35:14: `4e1` is scientific notation: write the digits",
        "    like count: 108",
    )


def test_count_with_decimal_point_is_reported(rules: RulesProject) -> None:
    rules.edit("count: 40", "count: 40.0")
    assert_reports(
        rules.check(),
        "night.yaml:35:14: a count is a whole number: leave out the decimal point",
        "    like count: 108",
    )


def test_negative_count_is_reported(rules: RulesProject) -> None:
    rules.edit("count: 25", "count: -25")
    assert_reports(
        rules.check(),
        "night.yaml:38:14: a count cannot be negative",
        "    like count: 108",
    )


def test_quoted_count_is_reported(rules: RulesProject) -> None:
    rules.edit("count: 25", 'count: "25"')
    assert_reports(
        rules.check(),
        "night.yaml:38:14: `count` is a count, but it is in quotes",
        "    remove the quotes: count: 25",
    )


def test_zero_is_not_a_way_to_say_not_reported(rules: RulesProject) -> None:
    rules.edit("    killed: not reported", "    killed: 0")
    assert_reports(
        rules.check(),
        "night.yaml:43:13: `killed` is a figure with its evidence, not a bare number",
        "    write `count: 0` and `evidence:` (the passage that says so) under it, or "
        "`not reported` if the article does not give it",
    )


def test_text_where_a_mapping_is_expected_is_reported(rules: RulesProject) -> None:
    rules.edit(
        "    channel:\n      name: Telegram\n      evidence: Mayor Olena Petrenko said on Telegram",
        "    channel: Telegram",
    )
    assert_reports(
        rules.check(),
        "night.yaml:53:14: `channel` should be `not stated` or a mapping of keys (name, "
        "evidence), not `Telegram`",
        "    write `not stated`, or the keys indented under it",
    )


def test_unknown_stance_suggests_the_closest(rules: RulesProject) -> None:
    rules.edit("stance: opposes", "stance: oppose")
    assert_reports(
        rules.check(),
        "night.yaml:66:17: `oppose` is not a valid stance",
        "    did you mean `opposes`? choose one of: `supports`, `opposes`, `conditional`, "
        "`unclear`",
    )


# --- references and arithmetic -----------------------------------------------------


def test_undeclared_speaker_is_reported_with_a_suggestion(rules: RulesProject) -> None:
    rules.edit("speaker: petrenko", "speaker: petrenco")
    assert_reports(
        rules.check(),
        "night.yaml:52:14: `petrenco` is not declared under `people`",
        "    did you mean `petrenko`? declared people: air-force, petrenko",
    )


def test_undeclared_party_is_reported(rules: RulesProject) -> None:
    rules.edit("    attacker: russia", "    attacker: belarus")
    assert_reports(
        rules.check(),
        "night.yaml:29:15: `belarus` is not declared under `parties`",
        "    declared parties: russia, ukraine",
    )


def test_undeclared_quote_is_reported(rules: RulesProject) -> None:
    rules.edit("quote: not-intimidated", "quote: intimidated")
    assert_reports(
        rules.check(),
        "night.yaml:69:16: `intimidated` is not declared under `quotes`",
        "    did you mean `not-intimidated`? declared quotes: not-intimidated",
    )


def test_every_party_needs_a_cell_on_every_issue(rules: RulesProject) -> None:
    rules.edit("      russia: not stated\n", "")
    assert_reports(
        rules.check(),
        "night.yaml:62:5: issue `talks` gives no position for `russia`",
        "    add `russia: not stated` under its positions if the article does not say "
        "(every party is shown in the table)",
    )


def test_parts_larger_than_the_whole_are_reported(rules: RulesProject) -> None:
    rules.edit("count: 40", "count: 30")
    assert_reports(
        rules.check(),
        "night.yaml:35:7: shot down (25) + suppressed (10) = 35, more than the 30 launched",
        "    check the three figures against the article",
        "night.yaml:35:7: launched: 30 is not in its evidence passage (numbers there: 40)",
        "    check the count, or copy the passage that states 30",
        summary="1 fact sheet checked: 2 error(s), 0 warning(s)\n",
    )


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
        "down 25 of them, while another 10 were lost to electronic warfare.”",
    )


def test_misquote_is_reported_with_the_closest_passage(rules: RulesProject) -> None:
    rules.edit("- We will not be intimidated,", "- We shall not be intimidated,")
    assert_reports(
        rules.check(),
        "night.yaml:57:9: the quoted words are not in the article",
        "    copy them exactly (for a quote split around 'he said', list each fragment); "
        "closest in paragraph 3: ““We will not be intimidated,” Mayor Olena Petrenko said "
        "on Telegram.”",
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
        "intimidated,” Mayor Olena Petrenko said on Telegram.”",
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
