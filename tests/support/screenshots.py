"""Screenshots of every page type, as a reader sees them: `make screenshots`.

Builds the repository's site, serves it on localhost and writes, for each page type, at a
phone's width (360×740) and a desktop's (1280×800), in both palettes:
- docs/screenshots/<page>-<width>-<palette>.png: the first screen, committed and shown
  in the README (small: one screen, 1× pixels);
- docs/screenshots/full/<page>-<width>-<palette>.png: the whole page, for reading it
  through (not committed).

The first screens are written with a 256-colour palette, so the committed set stays
small. Usage: python -m tests.support.screenshots [OUTPUT_FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.support.harness import REPO, SiteServer, copy_project, launch_chromium, mkdocs_build

SEED = "drone-strikes-trump-putin-call"
PAGES = {
    "home": "",
    "archive": "explainers/",
    "explainer": f"{SEED}/",
    "article": f"{SEED}/article/",
    "embed-chart": f"{SEED}/embed/chart-launches/",
    "embed-positions": f"{SEED}/embed/positions/",
    "tracker": "tracker/",
    "about": "about/",
    "not-found": "no-such-page/",
}
WIDTHS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
PALETTES = ("light", "dark")


# A full-page screenshot does not scroll: sections laid out only near the screen
# (content-visibility: auto) would be blank in it.
LAID_OUT = ".md-typeset .speaker, .md-typeset .timeline { content-visibility: visible !important; }"


def shoot(browser: Any, url: str, viewport: dict[str, int], palette: str, out: Path,
          name: str) -> None:  # fmt: skip
    from PIL import Image

    context = browser.new_context(viewport=viewport, color_scheme=palette)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.add_style_tag(content=LAID_OUT)
    page.wait_for_timeout(200)
    first = out / f"{name}.png"
    page.screenshot(path=str(first))
    Image.open(first).convert("RGB").quantize(256).save(first, optimize=True)
    page.screenshot(path=str(out / "full" / f"{name}.png"), full_page=True)
    context.close()


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    out = Path(argv[0]) if argv else REPO / "docs" / "screenshots"
    (out / "full").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        project = copy_project(Path(scratch) / "project")
        server = SiteServer(Path(scratch) / "site")
        done = mkdocs_build(project, server.root, site_url=server.url)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return 1
        with server.running(), sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for page_name, path in PAGES.items():
                for width_name, viewport in WIDTHS.items():
                    for palette in PALETTES:
                        name = f"{page_name}-{width_name}-{palette}"
                        shoot(browser, server.url + path, viewport, palette, out, name)
            browser.close()
    print(f"{len(PAGES) * len(WIDTHS) * len(PALETTES)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
