"""`explainer import-airforce` on what cannot be imported: a file that cannot be read at
all gets one line and exit status 1 and nothing is written; --strict makes any skipped
row fatal; hostile rows and edited data files get a clean answer, never a traceback.
"""

from __future__ import annotations

import os
import shutil
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from generator.airforce import datafile
from generator.airforce.csvread import latest_moment
from tests.support.airforce_files import (
    DATA,
    LONG,
    SHORT,
    Variant,
    imported,
    imports,
    rows_of,
)
from tests.support.project import REPO


def _latest() -> str:
    """Two days after the import: read when a test asserts, so that a run across midnight
    agrees with the importer, which reads the clock when it runs."""
    return f"{latest_moment(date.today()):%Y-%m-%d}"


# --- files that cannot be read at all: one line, exit 1, nothing written -------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\r\n \r\n", "the file is empty"),
        (
            b"time_start,time_end,model,launched,destroyed,source\r\n",
            "has a header line but no rows",
        ),
        (
            b"time_start,time_end,model,launched\n2025-05-19,2025-05-20,Shahed-136/131,1\n",
            'the header line has no "destroyed", "source" columns; is this the Air Force reports '
            "dataset?",
        ),
        (
            "time_start,time_end,model,launched,destroyed,source\n2025-05-19,2025-05-20,Молнія,1,"
            "1,PvKPivden/posts/1\n".encode("cp1251"),
            "is not UTF-8 text (byte 0xcc on line 2); save it as UTF-8",
        ),
        (
            b"time_start,launched,time_end,model,Launched,destroyed,source\n",
            'the column "launched" appears twice in the header line',
        ),
        (
            b"\x00\x01\x02garbage\xff\xfe",
            "is not UTF-8 text (byte 0xff on line 1); save it as UTF-8",
        ),
    ],
)
def test_unreadable_file_gets_one_line_and_nothing_is_written(
    here: Path, content: bytes, message: str
) -> None:
    (here / "reports.csv").write_bytes(content)
    result = imports("reports.csv")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"reports.csv: {message}\n")
    assert not DATA.exists()


def test_missing_file_and_folder_are_reported(here: Path) -> None:
    result = imports("nowhere.csv")
    assert (result.exit_code, result.stderr) == (1, "nowhere.csv: no such file\n")
    result = imports(".")
    assert (result.exit_code, result.stderr) == (1, ".: is a folder, not a CSV file\n")


def test_a_cell_too_long_for_csv_stops_at_its_line(here: Path) -> None:
    variant = Variant().cell(3, "target", "x" * 200_000)
    variant.write(here / "reports.csv")
    result = imports("reports.csv")
    assert (result.exit_code, result.stderr) == (
        1,
        "reports.csv:3: cannot be read as CSV: field larger than field limit (131072)\n",
    )
    assert not DATA.exists()


def test_a_failed_import_leaves_the_existing_data_file_untouched(here: Path) -> None:
    assert imports(str(SHORT)).exit_code == 0
    before = DATA.read_bytes()
    (here / "reports.csv").write_text("time_start,model\n2025-05-19,Shahed-136/131\n")
    assert imports("reports.csv").exit_code == 1
    assert DATA.read_bytes() == before
    assert [p.name for p in DATA.parent.iterdir()] == ["airforce-nights.yaml"]


def test_strict_makes_any_skipped_row_fatal(here: Path) -> None:
    assert imports(str(SHORT)).exit_code == 0
    before = DATA.read_bytes()
    Variant().cell(4, "launched", "x").write(here / "reports.csv")
    result = imports("reports.csv", "--strict")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        (
            'reports.csv:4: launched "x" is not a count; row skipped\n'
            "reports.csv: 24 rows: 23 imported, 1 skipped. --strict: nothing written.\n"
        ),
    )
    assert DATA.read_bytes() == before
    clean = imports(str(SHORT), "--strict", "--out", "clean.yaml")
    assert (clean.exit_code, clean.stderr) == (0, "")


def test_file_where_no_row_can_be_read_writes_nothing(here: Path) -> None:
    variant = Variant()
    variant.lines = variant.lines[:3]
    variant.cell(2, "model", "Foo").cell(3, "launched", "x").write(here / "reports.csv")
    result = imports("reports.csv")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        (
            'reports.csv:2: unknown weapon model "Foo"; row skipped\n'
            'reports.csv:3: launched "x" is not a count; row skipped\n'
            'generator/airforce/weapons.yaml: does not list "Foo" (1 row)\n'
            "    add each name under its class and kind, then import again\n"
            "reports.csv: 2 rows: 0 imported, 2 skipped. Nothing written.\n"
        ),
    )
    assert not DATA.exists()


def test_out_naming_a_folder_is_reported(here: Path) -> None:
    (here / "data").mkdir()
    result = imports(str(SHORT), "--out", "data")
    assert (result.exit_code, result.stderr) == (1, "data: is a folder: name the data file\n")


def test_a_single_row_is_counted_in_the_singular(here: Path) -> None:
    variant = Variant()
    variant.lines = variant.lines[:2]
    variant.write(here / "reports.csv")
    assert imports("reports.csv").stdout == (
        f"reports.csv: 1 row: 1 imported, 0 skipped. Wrote {DATA}: 1 night (2025-05-18 to "
        "2025-05-18), 0 without a national report.\n"
    )


def test_hostile_rows_never_cause_a_traceback(here: Path) -> None:
    header = SHORT.read_text(encoding="utf-8").splitlines()[0]
    rows = [
        "\x00,\x00",
        ",,,,,,,,,,,,,,,,,,,,,",
        "2025-02-30,2025-13-01,X,,,,1e400,inf,,,,,,,,,,,,,,kpszsu/1",
        "2025-05-19 23:59,2025-05-20 01:00,Kalibr,,,,1e3,1E3,-0.0,,,,,,,,,,,,,kpszsu/2",
        "2025-05-20,2025-05-20,Kalibr,,,,1,1,,,,,,,,,,,,,,https://t.me/kpszsu/3",
        "0001-01-01,9999-12-31 23:59,Kalibr,,,,1,1,,,,,,,,,,,,,,kpszsu/4",
        '"unclosed,\n',
    ]
    (here / "reports.csv").write_text(header + "\n" + "\n".join(rows), encoding="utf-8")
    result = imports("reports.csv")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "reports.csv:2: has 2 cells, the header has 22; row skipped\n"
        "reports.csv:3: the row is empty; row skipped\n"
        'reports.csv:4: time_start "2025-02-30" is not a date (YYYY-MM-DD) or a date and time '
        '(YYYY-MM-DD HH:MM); time_end "2025-13-01" is not a date (YYYY-MM-DD) or a date and '
        'time (YYYY-MM-DD HH:MM); launched "1e400" is not a count; destroyed "inf" is not a '
        "count; row skipped\n"
        'reports.csv:7: time_start "0001-01-01" is not a date of the war (2022-02-24 to '
        f'{_latest()}); time_end "9999-12-31 23:59" is not a date of the war (2022-02-24 to '
        f"{_latest()}); row skipped\n"
        "reports.csv:8: has 1 cells, the header has 22; row skipped\n"
    )
    assert result.stdout == (
        "reports.csv: 7 rows: 2 imported, 5 skipped. Wrote "
        f"{DATA}: 1 night (2025-05-19 to 2025-05-19), 0 without a national "
        "report.\n"
    )
    assert [(r["launched"], r["shot_down"], r["suppressed"]) for r in rows_of(DATA)] == [
        (1000, 1000, 0),
        (1, 1, None),
    ]


def test_data_file_that_was_edited_into_something_else_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "airforce-nights.yaml"
    shutil.copy(REPO / "content" / "drone-strikes-trump-putin-call" / "facts.yaml", path)
    hint = "\n    import the dataset again: explainer import-airforce CSV"
    data, problems = datafile.read(path, "nights.yaml")
    assert (data, [str(p) for p in problems]) == (
        None,
        [
            "nights.yaml:8: is not an Air Force data file (its first key should be `format: "
            "explainer-airforce-nights/1`)" + hint
        ],
    )
    good = datafile.dump(imported(LONG).data)
    seed = '"launched": 108, "shot_down": 35, "suppressed": 58, "still_attacking": null}'
    for old, new, message in (
        (
            seed,
            seed.replace("108", "-1"),
            "nights.yaml:231: launched -1 is not a count (0 to 10,000) or null",
        ),
        (
            seed,
            seed.replace("108", "1.5"),
            "nights.yaml:231: launched 1.5 is not a count (0 to 10,000) or null",
        ),
        (  # imported before counts were bounded: every build said "internal error"
            seed,
            seed.replace("108", "1" + "0" * 400),
            "nights.yaml:231: launched 100000000000… is not a count (0 to 10,000) or null",
        ),
        (
            '"source": "kpszsu/posts/pfbid02bm',
            '"source": 7, "x": "',
            "nights.yaml:231: `source` should be str, not int",
        ),
        (seed, seed[:-1], "nights.yaml:231: an item of `national` is not valid"),
        (
            'night: "2025-04-20"',
            'night: "2025-04-21"',
            "nights.yaml: the nights skip from 2025-04-19 to 2025-04-21",
        ),
        (
            "    national:\n",
            "    national: &a\n",
            "nights.yaml:28: expected `national:` alone on its line",
        ),
        ("days:\n", "days:\n  - *a\n", "nights.yaml:235: expected the end of the file"),
        ("  rows: 114\n", "", "nights.yaml:17: expected `rows` of the dataset here"),
        (
            '{"source": "kpszsu/posts/pfbid02bm',
            '{"a": ' * 100_000,
            "nights.yaml:231: an item of `national` is not valid",
        ),
    ):
        path.write_text(good.replace(old, new, 1), encoding="utf-8")
        data, problems = datafile.read(path, "nights.yaml")
        place, _, detail = message.partition(": ")
        assert (data, [str(p) for p in problems]) == (
            None,
            [f"{place}: is not as `explainer import-airforce` writes it: {detail}" + hint],
        )


def test_data_file_is_valid_yaml_with_the_same_content(here: Path) -> None:
    data = imported(LONG).data
    document = yaml.safe_load(datafile.dump(data))
    assert document["format"] == "explainer-airforce-nights/1"
    assert len(document["nights"]) == 36
    assert document["nights"][-1]["national"][0]["launched"] == 108


@pytest.mark.parametrize("name", ["facts.yaml", "mkdocs.yml", "reports.csv"])
def test_out_naming_a_file_the_import_did_not_write_is_not_overwritten(
    here: Path, name: str
) -> None:
    shutil.copy(SHORT, here / "reports.csv")
    if name != "reports.csv":
        (here / name).write_text("site_name: mine\n", encoding="utf-8")
    before = (here / name).read_bytes()
    result = imports("reports.csv", "--out", name)
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        f"{name}: exists and is not a data file of `explainer import-airforce`: not "
        "overwritten (name another --out, or add --force to replace it)\n",
    )
    assert (here / name).read_bytes() == before


def test_out_is_replaced_when_it_is_an_earlier_data_file_or_forced(here: Path) -> None:
    assert imports(str(SHORT), "--out", "nights.yaml").exit_code == 0
    assert imports(str(SHORT), "--out", "nights.yaml").exit_code == 0  # its own file again
    (here / "mine.yaml").write_text("site_name: mine\n", encoding="utf-8")
    assert imports(str(SHORT), "--out", "mine.yaml", "--force").exit_code == 0
    assert (here / "mine.yaml").read_bytes() == (here / "nights.yaml").read_bytes()


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_data_file_has_the_mode_the_umask_gives(here: Path, umask: int) -> None:
    before = os.umask(umask)
    try:
        assert imports(str(SHORT)).exit_code == 0
    finally:
        os.umask(before)
    assert stat.S_IMODE(DATA.stat().st_mode) == 0o666 & ~umask


def test_implausible_counts_and_dates_are_rows_skipped_with_their_reason(here: Path) -> None:
    """A count of 10^400 (or of 5,000 digits, which Python will not read) and a year typed
    2099 are typos: each row is skipped with its line and reason, the others imported."""
    variant = Variant().cell(3, "launched", "1" + "0" * 400).cell(4, "destroyed", "9" * 5000)
    future = f"{date.today() + timedelta(days=3):%Y-%m-%d}"
    variant.cell(5, "time_start", "2099-05-19 19:00").cell(6, "time_end", future)
    variant.cell(7, "launched", "1e300").write(here / "reports.csv")
    result = imports("reports.csv")
    assert result.exit_code == 0, result.stderr
    too_many = "is more than 10,000, a typo?; row skipped"
    assert result.stderr == (
        f'reports.csv:3: launched "{"1" + "0" * 38}…" {too_many}\n'
        f'reports.csv:4: destroyed "{"9" * 39}…" {too_many}\n'
        'reports.csv:5: time_start "2099-05-19 19:00" is not a date of the war (2022-02-24 '
        f"to {_latest()}); row skipped\n"
        f'reports.csv:6: time_end "{future}" is not a date of the war (2022-02-24 to '
        f"{_latest()}); row skipped\n"
        f'reports.csv:7: launched "1e300" {too_many}\n'
    )
    assert result.stdout.startswith("reports.csv: 24 rows: 19 imported, 5 skipped. Wrote ")
    assert max(row["launched"] or 0 for row in rows_of(DATA)) < 10_000


@pytest.mark.timeout(60)
def test_out_naming_a_named_pipe_is_refused_without_waiting(here: Path) -> None:
    os.mkfifo(here / "nights.yaml")
    result = imports(str(SHORT), "--out", "nights.yaml")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        "nights.yaml: exists and is not a data file of `explainer import-airforce`: not "
        "overwritten (name another --out, or add --force to replace it)\n",
    )
    assert stat.S_ISFIFO(os.lstat(here / "nights.yaml").st_mode)


def test_out_linked_to_a_data_file_is_not_taken_for_one(here: Path) -> None:
    assert imports(str(SHORT), "--out", "nights.yaml").exit_code == 0
    (here / "linked.yaml").symlink_to(here / "nights.yaml")
    result = imports(str(SHORT), "--out", "linked.yaml")
    assert result.exit_code == 1 and "linked.yaml: exists and is not a data file" in result.stderr
