"""The plugin as a guest in a newsroom's own Material site: the explainer pages get the
packaged templates (sharing tags, embed layout, feed, sitemap, 404); the site's own
pages, navigation and files stay as they were and load nothing of the explainer's; a
generated page never takes the place of one of the site's own."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from tests.support.harness import mkdocs_build
from tests.support.host_site import HOST_NAV, SITE_URL, add_seed_story, host_site
from tests.support.project import SEED_SLUG, run_cli

pytestmark = pytest.mark.timeout(300)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = host_site(tmp_path_factory.mktemp("host"))
    done = mkdocs_build(root, root / "site")
    assert done.returncode == 0, done.stderr
    return root / "site"


def test_story_in_a_plain_material_site_has_its_sharing_tags_and_feed_link(built: Path) -> None:
    page = soup(built / SEED_SLUG / "index.html")
    assert page.select_one('meta[property="og:url"]')["content"] == f"{SITE_URL}{SEED_SLUG}/"
    assert page.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"
    assert page.select_one('script[type="application/ld+json"]') is not None
    feed = page.select_one('link[rel=alternate][type="application/atom+xml"]')
    assert feed["href"] == "../feed.xml"
    assert (built / "feed.xml").is_file()


def test_embed_in_a_plain_material_site_has_no_site_header_and_resizes(built: Path) -> None:
    page = soup(built / SEED_SLUG / "embed" / "chart-launches" / "index.html")
    assert page.select_one("header.md-header")["hidden"] == ""
    assert page.select(".md-nav, .md-footer") == []
    scripts = [s.get("src", "") for s in page.select("script")]
    assert "../../../assets/explainer/embed/embed-page.js" in scripts


def test_sitemap_and_404_come_from_the_package(built: Path) -> None:
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SITE_URL}{SEED_SLUG}/</loc>" in sitemap
    assert "/embed/" not in sitemap
    page = soup(built / "404.html")
    assert page.h1.get_text() == "Page not found"
    missing = f"{SITE_URL}no/such/page/"
    links = {a.get_text(): urljoin(missing, a["href"]) for a in page.select(".not-found-links a")}
    assert links == {
        "The home page": SITE_URL,
        "All explainers, month by month": f"{SITE_URL}explainers/",
    }


def test_host_pages_nav_and_files_are_untouched(built: Path) -> None:
    home = soup(built / "index.html")
    assert home.h1.get_text() == "Host News"
    assert home.select(".explainer-list") == []
    nav = [a.get_text(strip=True) for a in home.select("nav.md-nav--primary > ul > li > a")]
    assert nav == HOST_NAV
    assert soup(built / "about" / "index.html").h1.get_text() == "About us"
    assert (built / "api.yaml").read_text(encoding="utf-8") == "openapi: 3.1.0\n"
    assert not (built / "stories" / SEED_SLUG / "facts.yaml").exists()


def test_host_pages_load_no_explainer_asset(built: Path) -> None:
    for page in ("index.html", "about/index.html", "api/index.html"):
        html = (built / page).read_text(encoding="utf-8")
        assert "assets/explainer/" not in html, page
    assert "assets/explainer/explainer.css" in (built / SEED_SLUG / "index.html").read_text()


def test_story_slug_taking_a_host_pages_address_is_an_error_naming_both(tmp_path: Path) -> None:
    root = host_site(tmp_path / "host")
    add_seed_story(root, "api")
    done = mkdocs_build(root, tmp_path / "site", quiet=False)
    assert done.returncode == 1
    assert (
        "docs/api.md: docs/api.md and api/index.md (from docs/stories/api/facts.yaml) would "
        "both be published at /api/\n    every page needs its own address: rename one of them"
    ) in done.stderr
    assert not (tmp_path / "site" / "api" / "index.html").exists()


def test_hand_written_archive_page_is_never_overwritten(tmp_path: Path) -> None:
    root = host_site(tmp_path / "host")
    (root / "docs" / "explainers").mkdir()
    (root / "docs" / "explainers" / "index.md").write_text("# Ours\n", encoding="utf-8")
    done = mkdocs_build(root, tmp_path / "site", quiet=False)
    assert done.returncode == 1
    assert (
        "docs/explainers/index.md and explainers/index.md (from the generator) would both be "
        "published at /explainers/"
    ) in done.stderr


def test_archive_at_another_address_or_none(tmp_path: Path) -> None:
    root = host_site(tmp_path / "one", 'archive: "news/all/"')
    assert mkdocs_build(root, root / "site").returncode == 0
    assert (root / "site" / "news" / "all" / "index.html").is_file()
    assert not (root / "site" / "explainers").exists()
    root = host_site(tmp_path / "two", 'archive: ""')
    assert mkdocs_build(root, root / "site").returncode == 0
    assert not (root / "site" / "explainers").exists()
    assert (root / "site" / SEED_SLUG / "index.html").is_file()


def test_explainers_under_a_url_prefix_link_and_load_their_files(tmp_path: Path) -> None:
    root = host_site(tmp_path / "host", 'prefix: "news/explained"')
    done = mkdocs_build(root, root / "site")
    assert done.returncode == 0, done.stderr
    site = root / "site"
    story = f"news/explained/{SEED_SLUG}/"
    page = soup(site / story / "index.html")
    assert page.select_one('meta[property="og:url"]')["content"] == f"{SITE_URL}{story}"
    sheets = [link["href"] for link in page.select('link[rel=stylesheet][href*="explainer"]')]
    assert sheets and all((site / story / href).resolve().is_file() for href in sheets)
    archive = soup(site / "explainers" / "index.html")
    hrefs = [a["href"] for a in archive.select("article.explainer-entry a")]
    assert f"../{story}" in hrefs
    article = page.select_one("a.source-link")["href"].split("#")[0]
    assert (site / story / article / "index.html").is_file()
    assert (site / story / "embed" / "chart-launches" / "index.html").is_file()
    assert f"{SITE_URL}{story}" in (site / "feed.xml").read_text(encoding="utf-8")
    assert not (site / SEED_SLUG).exists()


def test_option_outside_the_docs_folder_is_refused(tmp_path: Path) -> None:
    root = host_site(tmp_path / "host", 'archive: "../elsewhere"')
    done = mkdocs_build(root, tmp_path / "site", quiet=False)
    assert done.returncode == 1
    assert (
        "explainer: archive: `../elsewhere` is not a folder inside the docs folder "
        '(write it like "stories" or "news/explainers/")'
    ) in done.stderr


def test_site_custom_dir_still_overrides_the_packaged_templates(tmp_path: Path) -> None:
    root = host_site(tmp_path / "host", extra_config="")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  font: false\n", "  font: false\n  custom_dir: ours\n")
    )
    (root / "ours").mkdir()
    (root / "ours" / "404.html").write_text(
        '{% extends "main.html" %}{% block content %}<h1>Lost</h1>{% endblock %}'
    )
    assert mkdocs_build(root, root / "site").returncode == 0
    assert soup(root / "site" / "404.html").h1.get_text() == "Lost"
    assert soup(root / "site" / SEED_SLUG / "index.html").select_one('meta[property="og:url"]')


def test_cli_finds_mkdocs_yaml_and_takes_f_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = host_site(tmp_path / "host")
    (root / "mkdocs.yml").rename(root / "mkdocs.yaml")
    monkeypatch.chdir(root / "docs")
    assert run_cli("check").stdout.startswith("1 fact sheet checked: 0 error(s)")
    monkeypatch.chdir(tmp_path)
    result = run_cli("-f", str(root / "mkdocs.yaml"), "check")
    assert result.stdout.startswith("1 fact sheet checked: 0 error(s)"), result.stderr
