"""Page weight per page type, gzipped as GitHub Pages serves it: what a reader downloads
when the page loads, and after reaching for its chart.

Builds the seed site, opens each page type in Debian chromium, records every request, and
adds up each file's gzipped size (the server compresses HTML, CSS, JS, JSON, SVG, CSV).

    .venv/bin/python bench/bench_pages.py
"""

from __future__ import annotations

import gzip
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from measure import machine, table  # noqa: E402
from stories import SEED_SLUG  # noqa: E402

from tests.support.harness import PageWatch, SiteServer, copy_project, launch_chromium, mkdocs_build  # noqa: E402

PAGES = {
    "home": "",
    "explainer": f"{SEED_SLUG}/",
    "article": f"{SEED_SLUG}/article/",
    "archive": "explainers/",
    "tracker": "tracker/",
    "about (no chart)": "about/",
    "chart embed": f"{SEED_SLUG}/embed/chart-launches/",
    "table embed": f"{SEED_SLUG}/embed/positions/",
}
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt")


def weight(site: Path, origin: str, urls: list[str]) -> tuple[int, int]:
    """(raw, gzipped) bytes of the site's files behind `urls`, each counted once."""
    raw = packed = 0
    for url in dict.fromkeys(urls):
        if not url.startswith(origin):
            continue
        path = site / unquote(urlparse(url).path).lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            continue
        data = path.read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, mtime=0)) if path.suffix in COMPRESSED else len(data)
    return raw, packed


def main() -> None:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        server = SiteServer(Path(tmp) / "site", gzip=True)
        done = mkdocs_build(project, server.root, site_url=server.url)
        assert done.returncode == 0, done.stderr
        with server.running(), sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for name, path in PAGES.items():
                if not (server.root / path / "index.html").is_file():
                    continue
                page = browser.new_page(viewport={"width": 360, "height": 740})
                watch = PageWatch(server.origin)
                watch.attach(page)
                page.goto(server.url + path, wait_until="networkidle")
                before = weight(server.root, server.origin, watch.requests)
                after = before
                charts = page.locator(".chart-activate")
                if charts.count():
                    for index in range(charts.count()):
                        button = charts.nth(index)
                        if button.is_visible():
                            button.click()
                    page.wait_for_load_state("networkidle")
                    after = weight(server.root, server.origin, watch.requests)
                rows.append(
                    [
                        name,
                        f"{before[1] / 1024:.0f}",
                        f"{before[0] / 1024:.0f}",
                        f"{after[1] / 1024:.0f}" if after != before else "—",
                    ]
                )
                page.close()
            browser.close()
    print(f"Machine: {machine()}; Debian chromium at 360×740.\n")
    print(
        table(
            [
                "page",
                "on load, gzipped (KB)",
                "on load, raw (KB)",
                "after activating its charts, gzipped (KB)",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    main()
