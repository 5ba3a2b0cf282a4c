"""What a link to an explainer shows on social networks and in search, the feed readers
read, and the sitemap: all from the fact sheet, with absolute addresses from site_url."""

from __future__ import annotations

import io
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from generator.build.site import SiteOptions, generate
from tests.building.test_site_build import add_story, seed_facts
from tests.support.harness import copy_project, mkdocs_build
from tests.support.project import SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(300)

ATOM = "{http://www.w3.org/2005/Atom}"
SUMMARY = " ".join(seed_facts().summary.split())


def head(site: BuiltSite, path: str) -> BeautifulSoup:
    return BeautifulSoup(site.html(path), "html.parser").head


def json_ld(site: BuiltSite, path: str) -> dict:
    scripts = head(site, path).select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_explainer_json_ld_is_a_news_article_with_every_field(seed_site: BuiltSite) -> None:
    url = f"{seed_site.url}{SEED_SLUG}/"
    data = json_ld(seed_site, SEED_SLUG)
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "108 drones, one phone call: Russia strikes Ukraine hours after the "
        "Trump–Putin talk",
        "description": SUMMARY,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [f"{url}social.png"],
        "datePublished": "2025-05-20",
        "dateModified": "2025-05-20",
        "author": [{"@type": "Organization", "name": "Explainer desk"}],
        "publisher": {"@type": "Organization", "name": "Newsroom Explainers",
                      "url": seed_site.url},
        "dateline": "LONDON",
        "locationCreated": {"@type": "Place", "name": "LONDON"},
        "isAccessibleForFree": True,
        "inLanguage": "en",
    }  # fmt: skip


def test_explainer_has_description_canonical_open_graph_and_twitter_card(
    seed_site: BuiltSite,
) -> None:
    url = f"{seed_site.url}{SEED_SLUG}/"
    page = head(seed_site, SEED_SLUG)
    properties = {m["property"]: m["content"] for m in page.select("meta[property]")}
    names = {m["name"]: m["content"] for m in page.select("meta[name]")}
    headline = seed_facts().headline
    alt = (f"{headline}. 108 launched, 35 shot down, 58 suppressed, according to "
           "Ukraine’s Air Force.")  # fmt: skip
    assert properties == {
        "og:type": "article", "og:site_name": "Newsroom Explainers", "og:title": headline,
        "og:description": SUMMARY, "og:url": url, "og:image": f"{url}social.png",
        "og:image:type": "image/png", "og:image:width": "1200", "og:image:height": "630",
        "og:image:alt": alt, "article:published_time": "2025-05-20",
        "article:modified_time": "2025-05-20",
    }  # fmt: skip
    assert names["description"] == SUMMARY
    assert {k: v for k, v in names.items() if k.startswith("twitter:")} == {
        "twitter:card": "summary_large_image", "twitter:title": headline,
        "twitter:description": SUMMARY, "twitter:image": f"{url}social.png",
        "twitter:image:alt": alt,
    }  # fmt: skip
    assert page.select_one("link[rel=canonical]")["href"] == url
    feed = page.select_one('link[rel=alternate][type="application/atom+xml"]')
    assert feed["href"] == "../feed.xml"


def test_social_preview_image_is_a_1200_by_630_png(seed_site: BuiltSite) -> None:
    data = (seed_site.site / SEED_SLUG / "social.png").read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size, image.mode) == ("PNG", (1200, 630), "P")  # 64 colours
        assert len(image.getcolors(1_000_000) or []) > 2  # text was drawn on it


def test_hostile_headline_stays_text_in_every_tag(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    hostile = "</script><script>alert(1)</script> \"quoted\" & 'single' \u2028<b>"
    text = facts.read_text(encoding="utf-8")
    text = text.replace(f'headline: "{seed_facts().headline}"', f"headline: {json.dumps(hostile)}")
    facts.write_text(text, encoding="utf-8")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "site" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<b>" not in html
    page = BeautifulSoup(html, "html.parser")
    scripts = page.select('script[type="application/ld+json"]')
    assert json.loads(scripts[0].string)["headline"] == hostile
    assert page.select_one('meta[property="og:title"]')["content"] == hostile
    assert page.select_one('meta[name="twitter:title"]')["content"] == hostile


def feed_entries(site: Path) -> list[ElementTree.Element]:
    root = ElementTree.parse(site / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    return root.findall(f"{ATOM}entry")


def test_feed_lists_ready_explainers_with_their_fact_sheet_dates(seed_site: BuiltSite) -> None:
    root = ElementTree.parse(seed_site.site / "feed.xml").getroot()
    assert root.findtext(f"{ATOM}id") == seed_site.url
    assert root.findtext(f"{ATOM}updated") == "2025-05-20T00:00:00Z"
    (entry,) = feed_entries(seed_site.site)
    url = f"{seed_site.url}{SEED_SLUG}/"
    assert entry.findtext(f"{ATOM}id") == url
    assert entry.findtext(f"{ATOM}title") == seed_facts().headline
    assert entry.find(f"{ATOM}link[@rel='alternate']").get("href") == url
    assert entry.findtext(f"{ATOM}published") == "2025-05-20T00:00:00Z"
    assert entry.findtext(f"{ATOM}updated") == "2025-05-20T00:00:00Z"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Explainer desk"
    assert entry.findtext(f"{ATOM}summary") == seed_facts().summary.strip()


def test_feed_never_lists_drafts_even_in_preview(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    add_story(project, "draft-story", "2025-06-01", status="draft")
    add_story(project, "newer-story", "2025-06-02")
    options = SiteOptions(preview=True, site_url="https://example.org/repo/")
    site = generate(project, project / "content", options)
    (feed,) = [f for f in site.files if f.src == "feed.xml"]
    root = ElementTree.fromstring(feed.content)
    ids = [e.findtext(f"{ATOM}id") for e in root.findall(f"{ATOM}entry")]
    assert ids == [
        "https://example.org/repo/newer-story/",
        f"https://example.org/repo/{SEED_SLUG}/",
    ]


def test_sitemap_dates_explainers_by_their_fact_sheet_and_leaves_out_embeds(
    seed_site: BuiltSite,
) -> None:
    root = ElementTree.parse(seed_site.site / "sitemap.xml").getroot()
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    dated = {u.findtext(f"{ns}loc"): u.findtext(f"{ns}lastmod") for u in root}
    base = seed_site.url
    assert dated == {
        f"{base}about/": "2025-05-20",  # the build's time: SOURCE_DATE_EPOCH
        f"{base}{SEED_SLUG}/": "2025-05-20",  # the fact sheet's `updated`
        f"{base}{SEED_SLUG}/article/": "2025-05-20",
        base: "2025-05-20",
        f"{base}explainers/": "2025-05-20",
        f"{base}tracker/": "2025-05-20",
    }


def test_sitemap_lastmod_follows_the_fact_sheet_update(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    facts.write_text(facts.read_text().replace("updated: 2025-05-20", "updated: 2025-07-04"))
    done = mkdocs_build(project, tmp_path / "site", site_url="https://example.org/repo/")
    assert done.returncode == 0, done.stderr
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert (f"<loc>https://example.org/repo/{SEED_SLUG}/</loc>\n"
            "         <lastmod>2025-07-04</lastmod>") in sitemap  # fmt: skip
    assert "embed" not in sitemap
