"""What the positions table, quotes and key figures cost a reader on a phone.

Builds the seed site, then prints (as a Markdown table for the README):

- weight: the explainer page and the positions section's share of it, and the section
  styles and script every page loads, raw and gzipped;
- in Debian chromium at 360×740 with the CPU slowed 4× and a slow 4G network (150 ms
  round trip, 1.6 Mb/s down), as Lighthouse's mobile run does: first contentful paint,
  layout shift while loading (the filters appear when the script runs), and how long a
  filter change takes to apply and lay out again (median of `--runs` changes).

Not part of the tests: timings belong here, never in assertions.

    .venv/bin/python bench/bench_positions.py [--runs 21]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.harness import SiteServer, copy_project, launch_chromium, mkdocs_build  # noqa: E402

SEED_SLUG = "drone-strikes-trump-putin-call"
ASSETS = ("positions.css", "positions.js", "quotes.css", "figures.css")
SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8,
           "uploadThroughput": 750e3 / 8}  # fmt: skip

# One filter change as a reader makes it, then a forced layout: the time until the page
# could paint the narrowed table.
CHANGE = """party => {
  const start = performance.now();
  document.getElementById('positions-party-' + party).click();
  document.querySelector('.positions').offsetHeight;
  return performance.now() - start;
}"""
SHIFTS = """() => new Promise(done => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  setTimeout(() => done(total), 500);
})"""
PAINT = "() => performance.getEntriesByName('first-contentful-paint')[0].startTime"


def sizes(data: bytes) -> tuple[int, int]:
    return len(data), len(gzip.compress(data, mtime=0))


def kb(pair: tuple[int, int]) -> str:
    return f"{pair[0] / 1024:.1f} KB / {pair[1] / 1024:.1f} KB"


def weights(site: Path) -> list[tuple[str, str]]:
    from bs4 import BeautifulSoup

    html = (site / SEED_SLUG / "index.html").read_bytes()
    section = BeautifulSoup(html, "html.parser").select_one("#positions")
    assert section is not None
    assets = site / "assets" / "explainer"
    extra = b"".join((assets / name).read_bytes() for name in ASSETS)
    rows = [("explainer page (HTML)", kb(sizes(html))),
            ("positions section in it", kb(sizes(str(section).encode())))]  # fmt: skip
    rows += [(f"assets/explainer/{name}", kb(sizes((assets / name).read_bytes())))
             for name in ASSETS]  # fmt: skip
    rows.append(("the four together", kb(sizes(extra))))
    return rows


def in_browser(url: str, runs: int) -> list[tuple[str, str]]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        paints, shifts = [], []
        for _ in range(5):
            context = browser.new_context(viewport={"width": 360, "height": 740})
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            cdp.send("Network.emulateNetworkConditions", SLOW_4G)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            page.goto(url, wait_until="load")
            page.wait_for_selector("form.positions-filter:not([hidden])", state="attached")
            paints.append(page.evaluate(PAINT))
            shifts.append(page.evaluate(SHIFTS))
            if len(paints) == 5:
                changes = _changes(page, runs)
            context.close()
        browser.close()
    return [
        ("first contentful paint (slow 4G, 4× CPU; median of 5 loads)",
         f"{statistics.median(paints):.0f} ms"),
        ("layout shift while loading (CLS)", f"{max(shifts):.3f}"),
        (f"one filter change, applied and laid out (4× CPU; median of {runs})",
         f"{statistics.median(changes):.1f} ms (slowest {max(changes):.1f} ms)"),
    ]  # fmt: skip


def _changes(page: Any, runs: int) -> list[float]:
    parties = ["russia", "ukraine", "united-states", "all"]
    return [float(page.evaluate(CHANGE, parties[n % 4])) for n in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        server = SiteServer(Path(tmp) / "site")
        done = mkdocs_build(project, server.root, site_url=server.url)
        if done.returncode != 0:
            sys.exit(done.stderr)
        rows = weights(server.root)
        with server.running():
            rows += in_browser(server.url + f"{SEED_SLUG}/", args.runs)
    print("| measure | value |\n| --- | --- |")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
