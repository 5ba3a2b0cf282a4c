"""Lighthouse on the seed explainer (with its chart) and on a Material page without a
chart, served gzipped as GitHub Pages serves them; then the bytes a reader downloads
before and after reaching for the chart.

    make bench-lighthouse   # or: cd bench/lighthouse && npm ci && ../../.venv/bin/python run.py

Lighthouse 12.8 (bench/lighthouse/package-lock.json) runs on Node 20 with Debian's
chromium (CHROME_PATH), mobile emulation with simulated throttling, its defaults. The
two pages alternate, run by run, so both see the same load on the machine. Medians of
RUNS runs are printed as a Markdown table for the README; every report is kept in
bench/results/lighthouse/.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from tests.support.harness import (  # noqa: E402
    CHROMIUM,
    SiteServer,
    copy_project,
    launch_chromium,
    mkdocs_build,
)

RUNS = int(os.environ.get("RUNS", "3"))
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
RESULTS = REPO / "bench" / "results" / "lighthouse"
SEED = "drone-strikes-trump-putin-call/"
PAGES = {"seed explainer (chart)": SEED, "about (Material, no chart)": "about/"}
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"


def lighthouse(url: str, out: Path) -> dict[str, Any]:
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={out}",
               f"--chrome-flags={CHROME_FLAGS}", "--only-categories=performance,accessibility",
               "--quiet"]  # fmt: skip
    subprocess.run(command, check=True, env=env, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    return {
        "performance": report["categories"]["performance"]["score"],
        "accessibility": report["categories"]["accessibility"]["score"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "fcp_ms": audits["first-contentful-paint"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "transfer_kb": audits["total-byte-weight"]["numericValue"] / 1024,
        "plotly_requests": sum("/vendor/plotly/" in r["url"] for r in requests),
        "requests": len(requests),
    }


def transfer(url: str) -> dict[str, float]:
    """Bytes over the wire (gzipped, headers included) before and after the reader taps
    the chart, measured with the DevTools protocol in a fresh phone-sized page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_context(
            viewport={"width": 360, "height": 740}, has_touch=True
        ).new_page()
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        received: list[float] = []
        cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(1000)
        before = sum(received)
        page.locator("#chart-launches .chart-static").tap()
        page.wait_for_selector("#chart-launches[data-chart-state=interactive]", timeout=60000)
        page.wait_for_timeout(1000)
        after = sum(received)
        browser.close()
    return {"before_kb": before / 1024, "after_kb": after / 1024}


def main() -> int:
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed: run `npm ci` in bench/lighthouse", file=sys.stderr)
        return 2
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        project = copy_project(base / "project")
        server = SiteServer(base / "site", gzip=True)
        built = mkdocs_build(project, server.root, site_url=server.url)
        if built.returncode != 0:
            print(built.stderr, file=sys.stderr)
            return 1
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in PAGES}
        with server.running():
            for number in range(1, RUNS + 1):
                for name, path in PAGES.items():
                    out = RESULTS / f"{path.strip('/').replace('/', '_')}-{number}.json"
                    runs[name].append(lighthouse(server.url + path, out))
                    print(f"run {number} {name}: {runs[name][-1]}", file=sys.stderr)
            weight = transfer(server.url + SEED)
    print(table(runs, weight))
    (RESULTS / "summary.json").write_text(
        json.dumps({"runs": runs, "transfer": weight}, indent=2, sort_keys=True) + "\n"
    )
    return 0


def table(runs: dict[str, list[dict[str, Any]]], weight: dict[str, float]) -> str:
    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    lines = [
        f"| page (median of {RUNS}) | performance | total blocking time | largest paint "
        "| accessibility | transfer on load | plotly.js requests on load |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in runs:
        lines.append(
            f"| {name} | {median(name, 'performance'):.2f} | {median(name, 'tbt_ms'):.0f} ms "
            f"| {median(name, 'lcp_ms') / 1000:.1f} s | {median(name, 'accessibility'):.2f} "
            f"| {median(name, 'transfer_kb'):.0f} KB | {median(name, 'plotly_requests'):.0f} |"
        )
    lines.append("")
    lines.append(
        f"Seed explainer on a 360 px phone: {weight['before_kb']:.0f} KB transferred before the "
        f"chart is touched, {weight['after_kb']:.0f} KB after tapping it (gzipped)."
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
