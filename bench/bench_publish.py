"""What publishing adds to a build and to a reader's or a host page's download.

Times the social preview image of the seed explainer (Pillow, the part of the publishing
work that grows with the number of stories) and the whole seed build, and prints the
gzipped weight of what an embed costs the page that shows it. Not part of the tests.

    .venv/bin/python bench/bench_publish.py [--runs 7]
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.factsheet.loader import load_story
from generator.pages.social_image import social_image

REPO = Path(__file__).resolve().parents[1]
SLUG = "drone-strikes-trump-putin-call"


def median_seconds(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), mtime=0))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    story = load_story(REPO / "content" / SLUG / "facts.yaml", REPO).story
    assert story is not None
    image = median_seconds(lambda: social_image(story.facts), runs)
    print(f"social image: {image * 1000:.0f} ms median, {len(social_image(story.facts)):,} bytes")
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1747699200"}
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)]
        build = median_seconds(
            lambda: subprocess.run(command, cwd=REPO, env=env, check=True), max(3, runs // 2)
        )
        print(f"seed site build: {build:.2f} s median")
        for name in ("chart-launches", "positions"):
            page = site / SLUG / "embed" / name / "index.html"
            print(f"embed {name}: page {gz(page):,} bytes gzipped")
        assets = site / "assets" / "explainer" / "embed"
        child = gz(assets / "embed-page.js") + gz(assets / "embed-page.css")
        host = gz(assets / "embed-host.js")
        print(
            f"embed-page.js + .css: {child:,} bytes gzipped; embed-host.js: {host:,} bytes gzipped"
        )
        print(f"print.css: {gz(site / 'assets' / 'explainer' / 'print.css'):,} bytes gzipped")


if __name__ == "__main__":
    main()
