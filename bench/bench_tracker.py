"""What the tracker costs with the whole dataset: building it, and a reader's download.

Generates a CSV of the full dataset's shape and size (bench_import.py: about 3,600 rows,
some 1,300 nights), imports it into a copy of the project, then measures

- the tracker's charts and page, built by the core: first build, and a rebuild with the
  same data and explainers (what every save costs under `mkdocs serve`);
- the whole site build, with the committed 114-row excerpt and with the full-size data;
- what a phone downloads (gzipped, as GitHub Pages serves it) for the tracker page before
  any chart is touched, and after choosing "All" (plotly.js and the three figures).

Not part of the tests: timings belong here, never in assertions.

    .venv/bin/python bench/bench_tracker.py [--rows 3600] [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_import import HEADER, generate

from generator.airforce import datafile
from generator.airforce.importer import import_file
from generator.airforce.weapons import load_weapon_map
from generator.factsheet.loader import load_story
from generator.pages import tracker as tracker_module
from generator.web.urls import Urls
from tests.support.harness import SiteServer, copy_project, launch_chromium, mkdocs_env

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "content" / "drone-strikes-trump-putin-call" / "facts.yaml"


def seconds(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def full_data(project: Path, rows: int) -> Path:
    source = project / "missile_attacks_daily.csv"
    with source.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(generate(rows))
    target = datafile.data_file_path(project / "content")
    import_file(source, target, display="bench.csv", out_display="bench.yaml",
                weapons=load_weapon_map())  # fmt: skip
    source.unlink()
    return target


def build_times(project: Path, runs: int) -> float:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(project / "site")]
    env = mkdocs_env()
    return statistics.median(
        seconds(lambda: subprocess.run(command, cwd=project, env=env, check=True))
        for _ in range(runs)
    )


def downloads(site: Path) -> tuple[int, int]:
    """Bytes a phone transfers for the tracker page on load, and after choosing All."""
    server = SiteServer(site, gzip=True)
    sizes: list[int] = []
    with server.running(), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
        client = page.context.new_cdp_session(page)
        client.send("Network.enable")
        client.on("Network.loadingFinished", lambda e: sizes.append(int(e["encodedDataLength"])))
        page.goto(server.url + "tracker/", wait_until="networkidle")
        on_load = sum(sizes)
        page.get_by_label("All", exact=False).first.check()
        for chart in ("drones", "missiles", "interception"):
            page.wait_for_selector(f"#chart-{chart}[data-chart-state=interactive]", timeout=60000)
        page.wait_for_load_state("networkidle")
        browser.close()
    return on_load, sum(sizes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3600)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    story = load_story(SEED, REPO).story
    assert story is not None
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder) / "project")
        excerpt_build = build_times(project, args.runs)
        data, problems = datafile.read(full_data(project, args.rows), "bench.yaml")
        assert data is not None, problems
        first, again = [], []
        for _ in range(args.runs):
            tracker_module._last.clear()
            first.append(seconds(lambda: tracker_module.tracker_files(data, [story.facts], Urls())))
            again.append(seconds(lambda: tracker_module.tracker_files(data, [story.facts], Urls())))
        full_build = build_times(project, args.runs)
        site = project / "site"
        page = (site / "tracker" / "index.html").read_bytes()
        on_load, after = downloads(site)
        specs = sum(
            len(gzip.compress((site / "tracker" / "data" / f"{c}.plotly.json").read_bytes()))
            for c in ("drones", "missiles", "interception")
        )
    print(f"{args.rows} rows, {len(data.nights):,} nights; {os.cpu_count()} CPUs; medians of "
          f"{args.runs}")  # fmt: skip
    print(f"tracker charts and page: first build {statistics.median(first):.2f} s, "
          f"rebuild with the same data {statistics.median(again) * 1000:.0f} ms")  # fmt: skip
    print(f"site build: with the 114-row excerpt {excerpt_build:.2f} s, with the full-size "
          f"data {full_build:.2f} s")  # fmt: skip
    print(f"tracker page HTML: {len(page) / 1024:.0f} KB, "
          f"{len(gzip.compress(page, mtime=0)) / 1024:.0f} KB gzipped; the three Plotly "
          f"figures {specs / 1024:.0f} KB gzipped")  # fmt: skip
    print(
        f"a phone downloads {on_load / 1024:.0f} KB on load, {after / 1024:.0f} KB once "
        "every chart is interactive (plotly.js included)"
    )


if __name__ == "__main__":
    main()
