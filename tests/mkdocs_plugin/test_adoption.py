"""Another newsroom adopts the project: the built wheel installed (not editable) into a
fresh virtual environment beside its own Material site (own nav, pages, about.md), the
plugin and a story added. In Chromium: the story's sharing tags, feed, embeds (no site
header, resizing in another site's page) and 404 work; the host's pages and navigation
are untouched and load nothing of the explainer's; a slug taking a host page's address
is an error."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.support.harness import PageWatch, SiteServer, mkdocs_env
from tests.support.host_site import HOST_NAV, add_seed_story, host_site
from tests.support.project import REPO, SEED_SLUG

pytestmark = pytest.mark.timeout(600)

# What a wheel is built from: the package and the files its metadata names.
PACKAGE_PARTS = ("pyproject.toml", "README.md", "LICENSE", "generator")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the sources (a build writes into its source tree)."""
    base = tmp_path_factory.mktemp("wheel")
    for part in PACKAGE_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, base / "src" / part,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))  # fmt: skip
        else:
            (base / "src").mkdir(exist_ok=True)
            shutil.copy2(source, base / "src" / part)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(base / "dist"), str(base / "src")],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (built,) = (base / "dist").glob("newsroom_explainer-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment: the pinned runtime packages, then the wheel."""
    env = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, timeout=300)
    pip = [str(env / "bin" / "pip"), "install", "--quiet", "--no-deps", "--no-compile",
           "--disable-pip-version-check"]  # fmt: skip
    subprocess.run([*pip, "--require-hashes", "-r", str(REPO / "requirements" / "runtime.txt")],
                   check=True, capture_output=True, timeout=600)  # fmt: skip
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True, timeout=300)
    return env


def build(venv: Path, root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv / "bin" / "mkdocs"), "build", "--strict", "-d", str(root / "site")],
        cwd=root, capture_output=True, text=True, env=mkdocs_env(), timeout=300,
    )  # fmt: skip


@dataclass
class Adopted:
    root: Path
    server: SiteServer


@pytest.fixture(scope="module")
def adopted(venv: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Adopted]:
    root = tmp_path_factory.mktemp("newsroom") / "site-src"
    server = SiteServer(root / "site")
    host_site(root, site_url=server.url)
    done = build(venv, root)
    assert done.returncode == 0, done.stderr
    with server.running():
        yield Adopted(root, server)


def open_page(chromium: Any, origin: str, url: str) -> tuple[Any, Any, PageWatch]:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    watch = PageWatch(origin)
    watch.attach(page)
    page.goto(url, wait_until="networkidle")
    return context, page, watch


def test_wheel_carries_the_licence_the_theme_and_the_metadata(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    info = wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info"
    assert f"{info}/licenses/LICENSE" in names
    for template in ("explainer.html", "embed.html", "404.html", "sitemap.xml"):
        assert f"generator/theme/{template}" in names
    metadata = zipfile.ZipFile(wheel).read(f"{info}/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert "Requires-Dist: plotly~=7.1.0" in metadata


def test_site_builds_with_the_installed_wheel_not_this_checkout(
    venv: Path, adopted: Adopted
) -> None:
    where = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import generator; print(generator.__file__)"],
                           capture_output=True, text=True, check=True, cwd="/")  # fmt: skip
    assert where.stdout.startswith(str(venv))
    assert (adopted.server.root / SEED_SLUG / "index.html").is_file()


def test_story_has_its_sharing_tags_feed_and_404_in_chromium(
    chromium: Any, adopted: Adopted
) -> None:
    server = adopted.server
    context, page, watch = open_page(chromium, server.origin, f"{server.url}{SEED_SLUG}/")
    try:
        og = page.locator('meta[property="og:url"]').get_attribute("content")
        assert og == f"{server.url}{SEED_SLUG}/"
        assert page.locator('meta[property="og:image"]').get_attribute("content") == (
            f"{server.url}{SEED_SLUG}/social.png"
        )
        assert page.locator("#fig-russian-drones-on-ukraine-launched").is_visible()
        feed_href = page.locator('link[rel=alternate][type="application/atom+xml"]')
        feed = page.request.get(page.evaluate("h => new URL(h, location).href",
                                              feed_href.get_attribute("href")))  # fmt: skip
        assert feed.status == 200 and f"{server.url}{SEED_SLUG}/" in feed.text()
        watch.assert_clean()
        missing = page.goto(f"{server.url}no/such/story/")
        assert missing is not None and missing.status == 404
        assert page.locator("h1").inner_text() == "Page not found"
    finally:
        context.close()


def test_embed_shows_no_site_header_and_resizes_in_another_sites_page(
    chromium: Any, adopted: Adopted, tmp_path: Path
) -> None:
    story = BeautifulSoup((adopted.server.root / SEED_SLUG / "index.html").read_text(),
                          "html.parser")  # fmt: skip
    code = story.select_one("#embed-code-positions").get_text()
    (tmp_path / "page.html").write_text(
        f"<!doctype html><html lang='en'><title>Other</title><h1>Other</h1>{code}<p>After.</p>"
    )
    other = SiteServer(tmp_path)
    with other.running():
        context, page, _ = open_page(chromium, other.origin, f"{other.url}page.html")
        try:
            frame = page.locator("iframe").element_handle().content_frame()
            frame.wait_for_selector("article .embed-credit")
            assert not frame.locator("header.md-header").is_visible()
            content = frame.evaluate("() => document.querySelector('article').scrollHeight")
            page.wait_for_function(
                "([h]) => Math.abs(document.querySelector('iframe').getBoundingClientRect()"
                ".height - h) <= 40", arg=[content], timeout=10000,
            )  # fmt: skip
        finally:
            context.close()


def test_host_pages_and_nav_are_untouched_and_load_no_explainer_asset(
    chromium: Any, adopted: Adopted
) -> None:
    server = adopted.server
    for path, heading in (("", "Host News"), ("about/", "About us"), ("api/", "API")):
        context, page, watch = open_page(chromium, server.origin, f"{server.url}{path}")
        try:
            assert page.locator("article h1").inner_text() == heading
            nav = page.locator("nav.md-nav--primary > ul > li > a").all_inner_texts()
            assert [n.strip() for n in nav] == HOST_NAV
            assert [r for r in watch.requests if "/assets/explainer/" in r] == [], path
            watch.assert_clean()
        finally:
            context.close()


def test_slug_taking_a_host_pages_address_is_an_error(venv: Path, tmp_path: Path) -> None:
    root = host_site(tmp_path / "site-src")
    add_seed_story(root, "api")
    done = build(venv, root)
    assert done.returncode == 1
    message = (
        "docs/api.md and api/index.md (from docs/stories/api/facts.yaml) would both be "
        "published at /api/"
    )
    assert message in done.stderr
