"""Embeds: a chart or the positions table alone at /<slug>/embed/<name>/, shown on other
sites in an <iframe> whose height follows its content, with our host script, with
Datawrapper's published snippet, or with pym.js."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from tests.building.test_site_build import text_of
from tests.support.harness import PageWatch, SiteServer, axe_violations
from tests.support.project import REPO, SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(180)

EMBEDS = {"chart-launches": "chart-launches", "positions": "positions"}  # name: section id
# The resizing snippet Datawrapper publishes with its responsive embed code.
DATAWRAPPER_SNIPPET = (
    '<script type="text/javascript">!function(){"use strict";window.addEventListener('
    '"message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.'
    'querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;'
    'r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"]'
    '[t]+"px";e[r].style.height=i}}}))}();</script>'
)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def embed_code(site: BuiltSite, name: str) -> str:
    textarea = soup(site.html(SEED_SLUG)).select_one(f"#embed-code-{name}")
    return textarea.get_text()


def absolute_links(page_url: str, element: Any) -> list[str]:
    return [urljoin(page_url, a["href"]) for a in element.select("a[href]")]


@pytest.mark.parametrize("name", list(EMBEDS))
def test_embed_shows_the_same_section_without_the_site_around_it(
    seed_site: BuiltSite, name: str
) -> None:
    section = EMBEDS[name]
    explainer_url = f"{seed_site.url}{SEED_SLUG}/"
    embed_url = f"{explainer_url}embed/{name}/"
    explainer = soup(seed_site.html(SEED_SLUG)).find(id=section)
    for control in explainer.select(".embed-control"):  # the chart's footer offers its code
        control.decompose()
    embed = soup(seed_site.html(f"{SEED_SLUG}/embed/{name}"))
    in_embed = embed.find(id=section)
    assert text_of(in_embed) == text_of(explainer)
    # Every link leads where the explainer's does; a link to another fact of the
    # explainer page leads to the explainer page, not to nowhere in the embed.
    assert absolute_links(embed_url, in_embed) == absolute_links(explainer_url, explainer)
    shown = ".md-header:not([hidden]), .md-tabs, .md-sidebar, .md-footer, .md-search, nav"
    assert embed.select(shown) == []
    assert embed.select_one('meta[name="robots"]')["content"] == "noindex"
    credit = embed.select_one(".embed-credit a")
    assert urljoin(embed_url, credit["href"]) == explainer_url


@pytest.mark.parametrize("name", list(EMBEDS))
def test_embed_button_gives_an_iframe_and_the_host_script(seed_site: BuiltSite, name: str) -> None:
    code = soup(embed_code(seed_site, name))
    frame = code.select_one("iframe")
    assert frame["src"] == f"{seed_site.url}{SEED_SLUG}/embed/{name}/"
    assert frame["data-explainer-embed"] == f"{SEED_SLUG}/{name}"
    script = code.select_one("script")
    assert script["src"] == f"{seed_site.url}assets/explainer/embed/embed-host.js"


def test_embeds_are_titled_as_a_newsroom_shares_them(seed_site: BuiltSite) -> None:
    headline = soup(seed_site.html(SEED_SLUG)).h1.get_text()
    chart = "Ukraine’s Air Force: 86% of the drones shot down or suppressed"
    titles = {
        name: (
            soup(embed_code(seed_site, name)).select_one("iframe")["title"],
            soup(seed_site.html(f"{SEED_SLUG}/embed/{name}")).title.get_text(),
        )
        for name in EMBEDS
    }
    assert titles == {
        # the chart's finding, not "Launches and interceptions"
        "chart-launches": (chart, f"{chart} - Newsroom Explainers"),
        "positions": (
            f"Where they stand — {headline}",
            f"Where they stand — {headline} - Newsroom Explainers",
        ),
    }
    # The chart's reports state what each source gave; what it did not give is a note
    # where its bar would be, not the heading ("Ukraine on Russia: launched: not reported").
    embed = soup(seed_site.html(f"{SEED_SLUG}/embed/chart-launches"))
    for svg in embed.select("svg.chart-svg"):
        assert [t.get_text() for t in svg.select("text.c-bar-label")] == [
            "Russia on Ukraine: 108 launched",
            "Ukraine on Russia: 8 intercepted",
        ]
        assert [t.get_text() for t in svg.select("text.c-missing-label")] == [
            "Launched: not reported"
        ]


@pytest.fixture(scope="module")
def host(seed_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """Another site, on another port, with the embeds pasted into its pages."""
    root = tmp_path_factory.mktemp("host")
    shutil.copy(REPO / "node_modules" / "pym.js" / "dist" / "pym.v1.min.js", root)
    url = f"{seed_site.url}{SEED_SLUG}/embed/positions/"
    page = (
        "<!doctype html><html lang='en'><title>Host</title><link rel='icon' href='data:,'>"
        "<h1>A host story</h1>{}<p>After.</p>"
    )
    (root / "ours.html").write_text(page.format(embed_code(seed_site, "positions")))
    style = "width: 0; min-width: 100% !important; border: none;"
    datawrapper = (f'<iframe src="{url}" title="Positions" style="{style}" height="400">'
                   f"</iframe>{DATAWRAPPER_SNIPPET}")  # fmt: skip
    (root / "datawrapper.html").write_text(page.format(datawrapper))
    pym = (f'<div id="positions-embed"></div><script src="pym.v1.min.js"></script>'
           f'<script>new pym.Parent("positions-embed", "{url}", {{}});</script>')  # fmt: skip
    (root / "pym.html").write_text(page.format(pym))
    server = SiteServer(root)
    with server.running():
        yield server


CONTENT_HEIGHT = """() => {
  const last = [...document.querySelector('article').children].pop();
  return Math.ceil(last.getBoundingClientRect().bottom + window.scrollY);
}"""


@pytest.mark.parametrize(
    ("kind", "width"),
    [("ours", 360), ("ours", 1280), ("datawrapper", 360), ("pym", 360)],
)
def test_embed_frame_takes_the_height_of_its_content(
    chromium: Any, host: SiteServer, seed_site: BuiltSite, kind: str, width: int
) -> None:
    context = chromium.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        watch = PageWatch(host.origin)
        page.on("console", watch._console)
        page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
        page.goto(f"{host.url}{kind}.html", wait_until="networkidle")
        element = page.locator("iframe")
        frame = element.element_handle().content_frame()
        frame.wait_for_selector("article .embed-credit")
        content = frame.evaluate(CONTENT_HEIGHT)
        page.wait_for_function(
            "([h]) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height"
            " - h) <= 10", arg=[content], timeout=10000,
        )  # fmt: skip
        shown = element.bounding_box()["height"]
        assert abs(shown - content) <= 10, (shown, content)
        inner = frame.evaluate("() => [document.documentElement.scrollHeight, innerHeight]")
        assert inner[0] <= inner[1] + 1  # nothing is cut off inside the frame
        assert watch.console_errors == [] and watch.page_errors == []
    finally:
        context.close()


def test_embed_panel_opens_from_the_keyboard_and_copies_the_code(
    chromium: Any, seed_site: BuiltSite
) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seed_site.server.origin)
    try:
        page = context.new_page()
        page.goto(f"{seed_site.url}{SEED_SLUG}/", wait_until="networkidle")
        summary = page.locator('details[data-embed="positions"] > summary')
        summary.focus()
        page.keyboard.press("Enter")
        code = page.locator("#embed-code-positions")
        assert code.is_visible()
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.id") == "embed-code-positions"
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        status = page.locator('details[data-embed="positions"] .embed-copy-status')
        status.filter(has_text="Copied.").wait_for(timeout=5000)
        assert page.evaluate("() => navigator.clipboard.readText()") == code.input_value()
    finally:
        context.close()


@pytest.mark.parametrize("name", list(EMBEDS))
def test_embed_pages_have_no_serious_accessibility_violation(
    chromium: Any, seed_site: BuiltSite, name: str
) -> None:
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        watch = PageWatch(seed_site.server.origin)
        watch.attach(page)
        page.goto(f"{seed_site.url}{SEED_SLUG}/embed/{name}/", wait_until="networkidle")
        assert axe_violations(page) == []
        watch.assert_clean()
    finally:
        context.close()


def test_embed_links_open_outside_the_frame(seed_site: BuiltSite) -> None:
    html = seed_site.html(f"{SEED_SLUG}/embed/positions")
    assert '<base target="_blank">' in html
