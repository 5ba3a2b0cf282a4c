"""`explainer import-airforce`: the dataset as it is, every quirk handled or reported.

Each test of a quirk writes a variant of the real 24-row excerpt and asserts the whole
answer: the `file:line: message` of each skipped row, the summary, the exit status, and
what was (or was not) written.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import yaml

from generator.airforce import datafile
from generator.airforce.model import CREDIT, DRONES
from tests.support.airforce_files import (
    DATA,
    LONG,
    SEED_POST,
    SHORT,
    Variant,
    assert_skipped,
    imported,
    imports,
    rows_of,
    summary,
)
from tests.support.project import REPO

# --- the real excerpts -----------------------------------------------------------------


def test_both_real_excerpts_import_completely(here: Path) -> None:
    short = imports(str(SHORT), "--out", "short.yaml")
    assert (short.exit_code, short.stderr) == (0, "")
    assert short.stdout.startswith(f"{SHORT}: 24 rows: 24 imported, 0 skipped. Wrote short.yaml")
    long = imports(str(LONG), "--out", "long.yaml")
    assert (long.exit_code, long.stderr, long.stdout) == (
        0,
        "",
        (
            f"{LONG}: 114 rows: 114 imported, 0 skipped. Wrote long.yaml: 36 nights (2025-04-14 "
            "to 2025-05-19), 4 without a national report, and 1 daytime attack.\n"
        ),
    )


def test_row_counts_add_up(here: Path) -> None:
    for source, rows in ((SHORT, 24), (LONG, 114)):
        data = imported(source).data
        periods = data.nights + data.days
        in_file = sum(len(p.national) + len(p.regional) for p in periods)
        assert (data.info.rows, data.info.imported, len(data.info.skipped), in_file) == (
            rows,
            rows,
            0,
            rows,
        )
        assert len(source.read_text(encoding="utf-8").splitlines()) == rows + 1


def test_row_counts_add_up_when_rows_are_skipped(here: Path) -> None:
    (
        Variant()
        .cell(5, "launched", "many")
        .cell(9, "destroyed", "500.0")
        .edit(10, "ZALA", "Shahed-238")
        .write(here / "reports.csv")
    )
    result = imports("reports.csv")
    assert result.exit_code == 0
    document = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    assert document["dataset"] | {"sha256": ""} == {
        "credit": CREDIT,
        "sha256": "",
        "file": "reports.csv",
        "url": "https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine",
        "rows": 24,
        "imported": 21,
        "skipped": 3,
    }
    assert [s["line"] for s in document["skipped"]] == [5, 9, 10]
    assert len(rows_of(DATA)) == 21


def test_two_imports_are_byte_identical_and_a_reimport_changes_nothing(here: Path) -> None:
    assert imports(str(LONG), "--out", "one.yaml").exit_code == 0
    assert imports(str(LONG), "--out", "two.yaml").exit_code == 0
    first = (here / "one.yaml").read_bytes()
    assert first == (here / "two.yaml").read_bytes()
    assert imports(str(LONG), "--out", "one.yaml").exit_code == 0
    assert (here / "one.yaml").read_bytes() == first


def test_committed_data_file_is_current_and_covers_the_seed_night(here: Path) -> None:
    committed = REPO / "content" / "data" / "airforce-nights.yaml"
    data, problems = datafile.read(committed, "airforce-nights.yaml")
    assert problems == [] and data is not None
    night = data.night(date(2025, 5, 19))
    assert night is not None and night.totals(DRONES).launched == 108
    if data.info.sha256 == hashlib.sha256(LONG.read_bytes()).hexdigest():
        # imported from the excerpt (not a newer dataset): it must be today's import of it
        assert imports(str(LONG), "--out", "fresh.yaml").exit_code == 0
        assert committed.read_bytes() == (here / "fresh.yaml").read_bytes(), (
            "run: explainer import-airforce tests/fixtures/airforce/" + LONG.name
        )


def test_data_file_credits_the_dataset_and_cites_each_report(here: Path) -> None:
    assert imports(str(LONG)).exit_code == 0
    text = DATA.read_text(encoding="utf-8")
    assert f'credit: "{CREDIT}"' in text
    seed = [r for r in rows_of(DATA) if r["source"] == SEED_POST]
    assert seed == [
        {
            "source": SEED_POST,
            "start": "2025-05-19 19:00",
            "end": "2025-05-20 09:00",
            "model": "Shahed-136/131",
            "weapon": "drone",
            "kind": "attack drone",
            "launched": 108,
            "shot_down": 35,
            "suppressed": 58,
            "still_attacking": None,
        }
    ]


def test_data_file_reads_back_as_the_same_data(here: Path) -> None:
    data = imported(LONG).data
    datafile.write(data, here / "nights.yaml")
    assert datafile.read(here / "nights.yaml", "nights.yaml") == (data, [])


def test_default_data_file_is_under_the_content_folder(here: Path) -> None:
    (here / "mkdocs.yml").write_text("site_name: t\ndocs_dir: pages\n")
    Variant().write(here / "reports.csv")
    result = imports("reports.csv")
    assert result.exit_code == 0
    assert (here / "pages" / "data" / "airforce-nights.yaml").is_file()
    assert "Wrote pages/data/airforce-nights.yaml: " in result.stdout


# --- each quirk of the format --------------------------------------------------------


def test_float_counts_are_whole_numbers_and_fractions_are_reported(here: Path) -> None:
    Variant().cell(3, "launched", "273.5").write(here / "reports.csv")
    assert_skipped(
        imports("reports.csv"),
        'reports.csv:3: launched "273.5" is not a whole number; row skipped',
        nights="10 nights (2025-05-09 to 2025-05-18), 2 without a national report",
    )
    assert {r["launched"] for r in rows_of(DATA)} >= {112, 62, 108}


def test_text_where_a_count_belongs_is_reported_at_its_line(here: Path) -> None:
    Variant().cell(5, "launched", "about 60").cell(6, "destroyed", "-3").write(here / "reports.csv")
    assert_skipped(
        imports("reports.csv"),
        'reports.csv:5: launched "about 60" is not a count; row skipped',
        'reports.csv:6: destroyed "-3" is negative; row skipped',
        nights="10 nights (2025-05-09 to 2025-05-18), 3 without a national report",
    )


def test_more_destroyed_than_launched_is_reported(here: Path) -> None:
    Variant().cell(9, "destroyed", "111.0").cell(12, "not_reach_goal", "146").write(
        here / "reports.csv"
    )
    assert_skipped(
        imports("reports.csv"),
        "reports.csv:9: destroyed (111) is more than launched (110); row skipped",
        "reports.csv:12: not_reach_goal (146) is more than launched (145); row skipped",
        nights="10 nights (2025-05-09 to 2025-05-18), 2 without a national report",
    )


def test_empty_cells_are_not_reported_never_zero(here: Path) -> None:
    Variant().cell(2, "destroyed", "").cell(2, "not_reach_goal", "NaN").write(here / "reports.csv")
    assert imports("reports.csv").exit_code == 0
    first = next(r for r in rows_of(DATA) if r["start"] == "2025-05-18 23:00")
    assert (first["launched"], first["shot_down"], first["suppressed"]) == (112, None, None)
    text = DATA.read_text("utf-8")
    assert (
        '"launched": 112, "shot_down": null, "suppressed": null, "still_attacking": null}' in text
    )


def test_time_windows_with_or_without_a_time_of_day(here: Path) -> None:
    (
        Variant()
        .cell(5, "time_start", "2025-05-16 3:50")
        .cell(6, "time_end", "16 May")
        .cell(9, "time_end", "2025-05-14 08:00")
        .write(here / "reports.csv")
    )
    assert_skipped(
        imports("reports.csv"),
        'reports.csv:6: time_end "16 May" is not a date (YYYY-MM-DD) or a date and '
        "time (YYYY-MM-DD HH:MM); row skipped",
        "reports.csv:9: the window ends (2025-05-14 08:00) before it starts "
        "(2025-05-15 00:00); row skipped",
        nights="10 nights (2025-05-09 to 2025-05-18), 3 without a national report",
    )
    rows = rows_of(DATA)
    assert {(r["start"], r["end"]) for r in rows} >= {
        ("2025-05-16 03:50", "2025-05-17 12:00"),
        ("2025-05-18", "2025-05-18"),
    }


def test_python_literals_in_text_cells_are_never_evaluated(here: Path) -> None:
    (
        Variant()
        .cell(2, "affected region", "__import__('os').system('touch pwned')")
        .cell(3, "destroyed_details", "{'south': 7, 'west': NaN, \"x\": [1, 2], 'y': 'a,b'}")
        .cell(4, "border_crossing", "{{{")
        .write(here / "reports.csv")
    )
    assert_skipped(imports("reports.csv"))
    assert not (here / "pwned").exists()
    assert {r["launched"] for r in rows_of(DATA) if r["start"] < "2025-05-19"} >= {112, 273, 4}


def test_cyrillic_model_names_are_classified(here: Path) -> None:
    Variant().edit(13, "Iskander-M", "Іskander-M").write(here / "reports.csv")  # Cyrillic І
    assert_skipped(imports("reports.csv"))
    kinds = {(r["model"], r["weapon"], r["kind"]) for r in rows_of(DATA)}
    assert ("Молнія", "drone", "loitering munition") in kinds
    assert ("Іskander-M", "missile", "ballistic missile") in kinds


def test_unknown_models_are_reported_with_the_file_to_edit(here: Path) -> None:
    Variant().edit(8, "Supercam", "Shahed-238").edit(10, "ZALA", "Shahed-238").edit(
        11, "Lancet", "Гербера"
    ).write(here / "reports.csv")
    result = imports("reports.csv")
    assert (result.exit_code, result.stderr) == (
        0,
        (
            'reports.csv:8: unknown weapon model "Shahed-238"; row skipped\n'
            'reports.csv:10: unknown weapon model "Shahed-238"; row skipped\n'
            'reports.csv:11: unknown weapon model "Гербера"; row skipped\n'
            'generator/airforce/weapons.yaml: does not list "Shahed-238" (2 rows), '
            '"Гербера" (1 row)\n'
            "    add each name under its class and kind, then import again\n"
        ),
    )
    assert result.stdout == summary(21, 3)


def test_drones_and_missiles_counted_together_are_reported(here: Path) -> None:
    Variant().edit(13, "Iskander-M", "Shahed-136/131 and Iskander-M").write(here / "reports.csv")
    assert_skipped(
        imports("reports.csv"),
        "reports.csv:13: counts drones and missiles together in one row; row skipped",
    )


def test_byte_order_mark_crlf_and_newest_first_order_change_nothing(here: Path) -> None:
    plain = imported(Variant().write(here / "plain.csv")).data
    marked = imported(Variant().write(here / "marked.csv", newline="\r\n", bom=True)).data
    oldest_first = Variant()
    oldest_first.lines[1:] = reversed(oldest_first.lines[1:])
    reordered = imported(oldest_first.write(here / "reordered.csv")).data
    assert plain.nights == marked.nights == reordered.nights
    assert (plain.days, plain.info.skipped, marked.info.skipped) == ((), (), ())


def test_crlf_line_numbers_count_lines_as_an_editor_does(here: Path) -> None:
    Variant().cell(4, "launched", "x").write(here / "reports.csv", newline="\r\n", bom=True)
    assert_skipped(
        imports("reports.csv"), 'reports.csv:4: launched "x" is not a count; row skipped'
    )


def test_extra_and_reordered_columns_are_read_by_name(here: Path) -> None:
    variant = Variant()
    rows = [line.split(",", 2) for line in variant.lines]  # time_start, time_end, the rest
    variant.lines = [f"{rest},{end},{start},extra" for start, end, rest in rows]
    variant.lines[0] = variant.lines[0].replace(",extra", ",status_data")
    reordered = imported(variant.write(here / "reordered.csv")).data
    assert reordered.info.skipped == ()
    assert reordered.nights == imported(SHORT).data.nights


def test_rows_with_a_cell_too_many_or_too_few_are_reported(here: Path) -> None:
    variant = Variant()
    variant.lines[3] += ",surplus"
    variant.lines[4] = variant.lines[4].rsplit(",", 3)[0]
    variant.lines[6] += ","  # an empty extra cell is harmless
    variant.write(here / "reports.csv")
    assert_skipped(
        imports("reports.csv"),
        "reports.csv:4: has 23 cells, the header has 22; row skipped",
        "reports.csv:5: has 19 cells, the header has 22; row skipped",
        nights="10 nights (2025-05-09 to 2025-05-18), 2 without a national report",
    )


def test_a_repeated_row_is_reported_not_counted_twice(here: Path) -> None:
    variant = Variant()
    variant.lines.insert(3, variant.lines[1])
    variant.lines.pop()  # still 24 rows
    variant.write(here / "reports.csv")
    result = imports("reports.csv")
    assert result.stderr == "reports.csv:4: repeats line 2; row skipped\n"
    assert [r["launched"] for r in rows_of(DATA) if r["start"] == "2025-05-18 23:00"] == [112]


def test_rows_without_model_or_source_are_reported(here: Path) -> None:
    Variant().cell(7, "model", "").cell(8, "source", " ").write(here / "reports.csv")
    assert_skipped(
        imports("reports.csv"),
        "reports.csv:7: model is empty; row skipped",
        "reports.csv:8: source is empty, so national and regional reports cannot be "
        "told apart; row skipped",
    )


def test_every_reason_of_a_row_is_given_on_its_line(here: Path) -> None:
    Variant().cell(2, "time_start", "").cell(2, "launched", "1,000").write(here / "reports.csv")
    assert_skipped(
        imports("reports.csv"),
        'reports.csv:2: time_start is empty; launched "1,000" is not a count; row skipped',
        nights="9 nights (2025-05-09 to 2025-05-17), 1 without a national report",
    )
