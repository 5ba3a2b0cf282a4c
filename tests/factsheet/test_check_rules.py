"""`explainer check`: what an editor is told about each kind of bad fact sheet.

Each test breaks one rule in the small valid fact sheet of tests/fixtures/rules and
asserts the whole report: `file:line:col: message`, the hint below it, the exit status.
"""

from __future__ import annotations

from tests.support.project import RulesProject, assert_reports


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
        "night.yaml:3:11: YAML syntax: the quoted value that opens here is not closed on its line",
        '    close it with " on the same line; a quotation mark inside the text is written \\" '
        "(or use curly quotes “ ”, which need no escaping)",
    )


def test_an_unclosed_quote_is_reported_where_it_opens_not_where_yaml_fails(
    rules: RulesProject,
) -> None:
    # the next quotation mark (line 7) closes it, and YAML fails only after that
    text = rules.valid.replace(
        "headline: Russia launches 40 drones at Ukraine", 'headline: "Russia says “40'
    ).replace("publication: Test Desk", 'publication: "Test Desk"')
    rules.write(text)
    assert_reports(
        rules.check(),
        "night.yaml:3:11: YAML syntax: the quoted value that opens here is not closed on its line",
        '    close it with " on the same line; a quotation mark inside the text is written \\" '
        "(or use curly quotes “ ”, which need no escaping)",
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
        "    add `belarus: Belarus` under `parties` if the story needs it; declared parties: "
        "russia, ukraine",
    )


def test_a_party_close_to_a_declared_one_suggests_it(rules: RulesProject) -> None:
    rules.edit("attacker: russia", "attacker: russian")
    assert_reports(
        rules.check(),
        "night.yaml:29:15: `russian` is not declared under `parties`",
        "    did you mean `russia`? declared parties: russia, ukraine",
    )


def test_a_party_by_its_short_name_suggests_its_id(rules: RulesProject) -> None:
    rules.edit("attacker: russia", "attacker: us")
    assert_reports(
        rules.check(),
        "night.yaml:29:15: `us` is not declared under `parties`",
        "    add `united-states: United States` under `parties` if the story needs it; "
        "declared parties: russia, ukraine",
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
