"""How long `explainer import-airforce` takes on a file the size of the whole dataset.

Generates a CSV of the full dataset's shape (about 3,600 rows from September 2022, the 22
columns, newest first, float counts, empty cells, bare dates, Python-literal cells,
Cyrillic model names, national and regional rows), imports it several times and prints
the median. Not part of the tests: timings belong here, never in assertions.

    .venv/bin/python bench/bench_import.py [--rows 3600] [--runs 7]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from generator.airforce import datafile
from generator.airforce.importer import import_file
from generator.airforce.weapons import load_weapon_map

HEADER = [
    *("time_start", "time_end", "model", "launch_place", "target", "target_main", "launched"),
    *("destroyed", "not_reach_goal", "still_attacking", "border_crossing", "is_shahed"),
    *("num_hit_location", "num_fall_fragment_location", "carrier", "turbojet"),
    *("turbojet_destroyed", "affected region", "destroyed_details", "launched_details"),
    *("launch_place_details", "source"),
]
MISSILES = ("Iskander-M", "X-101/X-555", "Kalibr", "X-59/X-69", "Iskander-M/KN-23", "X-22")
REGIONAL = ("Молнія", "Reconnaissance UAV", "Lancet", "ZALA", "Orlan-10", "Unknown UAV")
REGIONS = ("Sumy oblast", "Kharkiv oblast", "Odesa oblast", "Kyiv oblast", "Donetsk oblast")


def generate(rows: int, seed: int = 20250519) -> list[list[str]]:
    """Rows of the dataset's shape, newest first."""
    rng = random.Random(seed)
    out: list[list[str]] = []
    night = date(2022, 9, 29)
    while len(out) < rows:
        out += _night_rows(rng, night)
        night += timedelta(days=1)
    return list(reversed(out[:rows]))


def _night_rows(rng: random.Random, night: date) -> list[list[str]]:
    start = datetime.combine(night, datetime.min.time()) + timedelta(hours=rng.randint(17, 23))
    end = start + timedelta(hours=rng.randint(9, 14), minutes=rng.choice((0, 30)))
    window = (f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}")
    post = f"kpszsu/posts/pfbid0{rng.getrandbits(240):060x}"
    rows = []
    if rng.random() < 0.85:
        launched = rng.randint(10, 400)
        shot = rng.randint(0, launched)
        lost = rng.randint(0, launched - shot)
        regions = repr(rng.sample(REGIONS, 3))
        rows.append(_row(window, "Shahed-136/131", launched, shot, lost, post, regions))
    if rng.random() < 0.3:
        for model in rng.sample(MISSILES, rng.randint(1, 4)):
            launched = rng.randint(1, 40)
            rows.append(_row(window, model, launched, rng.randint(0, launched), None, post, ""))
    if rng.random() < 0.6:
        day = (night + timedelta(days=1)).isoformat()
        regional = f"PvKPivden/posts/pfbid0{rng.getrandbits(240):060x}"
        for model in rng.sample(REGIONAL, rng.randint(1, 3)):
            launched = rng.randint(1, 9)
            rows.append(_row((day, day), model, launched, launched, None, regional, ""))
    return rows


def _row(
    window: tuple[str, str],
    model: str,
    launched: int,
    destroyed: int,
    lost: int | None,
    source: str,
    regions: str,
) -> list[str]:
    cells = dict.fromkeys(HEADER, "")
    cells.update(time_start=window[0], time_end=window[1], model=model, target="Ukraine")
    cells.update(launched=f"{launched}.0", destroyed=f"{destroyed}.0", border_crossing="{}")
    cells.update(not_reach_goal="" if lost is None else f"{lost}.0", source=source)
    cells["affected region"] = regions
    cells["destroyed_details"] = "{'north': NaN, 'east': NaN, 'center': NaN}" if regions else ""
    return [cells[name] for name in HEADER]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3600)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    weapons = load_weapon_map()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "missile_attacks_daily.csv"
        with source.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(HEADER)
            writer.writerows(generate(args.rows))
        target = Path(folder) / "airforce-nights.yaml"
        imports, reads = [], []
        for _ in range(args.runs):
            began = time.perf_counter()
            outcome = import_file(
                source, target, display="bench.csv", out_display="bench.yaml", weapons=weapons
            )
            imports.append(time.perf_counter() - began)
            began = time.perf_counter()
            data, problems = datafile.read(target, "bench.yaml")
            reads.append(time.perf_counter() - began)
            assert data is not None and not problems and not outcome.imported.problems
        size = source.stat().st_size // 1024
        print(outcome.message)
        print(
            f"{args.rows} rows ({size} KB), {os.cpu_count()} CPUs: import median "
            f"{statistics.median(imports):.3f} s (min {min(imports):.3f} s) over {args.runs} "
            f"runs; reading the data file back: median {statistics.median(reads):.3f} s"
        )


if __name__ == "__main__":
    main()
