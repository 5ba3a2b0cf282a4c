"""`explainer render --out DIR`: the site as files that builders without the plugin build
as they are (the way off MkDocs 1.x): plain MkDocs, ProperDocs (the MkDocs 1.x
continuation) and Zensical, each showing the seed explainer's facts, chart and working
filters in Chromium, with its sharing tags, embed layout and sitemap."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.support.harness import PageWatch, SiteServer, mkdocs_env
from tests.support.project import REPO, SEED_SLUG

pytestmark = pytest.mark.timeout(300)

SITE_URL = "https://news.example/"
BIN = Path(sys.executable).parent
# Each builder's command, run in the rendered folder (pinned in requirements/dev.in).
BUILDERS = {
    "mkdocs": [str(BIN / "mkdocs"), "build", "--strict", "-q"],
    "properdocs": [str(BIN / "properdocs"), "build", "--strict", "-q"],
    "zensical": [str(BIN / "zensical"), "build", "--strict"],
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rendered") / "out"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "render", "--out", str(out), "--site-url", SITE_URL],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module", params=list(BUILDERS))
def built(request: pytest.FixtureRequest, rendered: Path) -> Iterator[tuple[str, SiteServer]]:
    builder = request.param
    done = subprocess.run(BUILDERS[builder], cwd=rendered, capture_output=True, text=True,
                          env=mkdocs_env(), timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    server = SiteServer(rendered / "site")
    with server.running():
        yield builder, server
    subprocess.run(["rm", "-rf", str(rendered / "site")], check=True)


def test_rendered_configuration_needs_no_plugin(rendered: Path) -> None:
    config = yaml.safe_load((rendered / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["plugins"] == ["search"]
    assert config["theme"] == {"name": "material", "custom_dir": "theme", "font": False}
    assert config["site_url"] == SITE_URL
    assert (rendered / "theme" / "explainer.html").is_file()
    assert (rendered / "docs" / "about.md").is_file()  # the site's own pages come along
    assert not list((rendered / "docs").rglob("facts.yaml"))


def test_each_builder_shows_the_seed_explainer_with_its_chart_and_filters(
    built: tuple[str, SiteServer], chromium: Any
) -> None:
    builder, server = built
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        watch = PageWatch(server.origin)
        watch.attach(page)
        page.goto(f"{server.url}{SEED_SLUG}/", wait_until="networkidle")
        figure = page.locator("#fig-russian-drones-on-ukraine-launched")
        assert "108" in figure.inner_text(), builder
        assert page.locator("#chart-launches").is_visible(), builder
        cells = "td[data-fact=position]"
        assert page.locator(f"{cells}:visible").count() == 18, builder
        page.locator("label[for=positions-party-russia]").click()
        assert page.locator(f"{cells}:visible").count() == 6, builder
        assert page.locator(".positions-status").inner_text() == (
            "Showing Russia on all 6 issues."
        ), builder
        watch.assert_clean()
    finally:
        context.close()


def test_each_builder_keeps_sharing_tags_embed_layout_and_sitemap(
    built: tuple[str, SiteServer],
) -> None:
    builder, server = built
    site = server.root
    page = BeautifulSoup(
        (site / SEED_SLUG / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    og_url = page.select_one('meta[property="og:url"]')
    assert og_url is not None and og_url["content"] == f"{SITE_URL}{SEED_SLUG}/", builder
    embed = (site / SEED_SLUG / "embed" / "chart-launches" / "index.html").read_text()
    assert 'data-md-component="header" hidden' in embed, builder
    assert "embed-page.js" in embed, builder
    assert "assets/explainer/" not in (site / "about" / "index.html").read_text(), builder
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = [loc.text for loc in root.iter(f"{ns}loc")]
    assert f"{SITE_URL}{SEED_SLUG}/" in locs, builder
    assert not [loc for loc in locs if "/embed/" in (loc or "")], builder
    assert (site / "feed.xml").is_file() and (site / "404.html").is_file(), builder
