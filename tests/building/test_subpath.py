"""The site under a GitHub Pages project sub-path (https://ORG.github.io/REPO/): every
link, asset, image, feed entry and embed address, followed from the home page, leads to
a page or file of the site, and never outside /repo/.

The site is built by the Pages workflow's own commands (`published_site`)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tests.support.project import SEED_SLUG, PublishedSite

pytestmark = pytest.mark.timeout(300)

LINK_ATTRIBUTES = ("href", "src", "action", "poster")
URL_META = ("og:url", "og:image", "twitter:image")


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.read()


def links_in_html(body: bytes) -> tuple[list[str], set[str]]:
    """Every address a page refers to (links, assets, frames, sharing metadata, JSON-LD
    and data-*-url attributes), and the ids it has."""
    page = BeautifulSoup(body, "html.parser")
    found: list[str] = []
    for element in page.find_all(True):
        for name, value in element.attrs.items():
            is_data_url = name.startswith("data-") and name.endswith(("src", "href", "url"))
            if (name in LINK_ATTRIBUTES or is_data_url) and isinstance(value, str):
                found.append(value)
    for meta in page.select("meta[property], meta[name]"):
        if (meta.get("property") or meta.get("name")) in URL_META:
            found.append(meta["content"])
    for script in page.select('script[type="application/ld+json"]'):
        found += list(_strings_like_urls(json.loads(script.string)))
    ids = {element["id"] for element in page.find_all(id=True)}
    return found, ids


def _strings_like_urls(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [u for value in data.values() for u in _strings_like_urls(value)]
    if isinstance(data, list):
        return [u for value in data for u in _strings_like_urls(value)]
    return [data] if isinstance(data, str) and data.startswith("http") else []


def links_in_xml(body: bytes) -> list[str]:
    root = ElementTree.fromstring(body)
    found = [e.get("href", "") for e in root.iter() if e.tag.endswith("link")]
    return found + [e.text or "" for e in root.iter() if e.tag.endswith(("loc", "id"))]


def crawl(starts: list[str], base: str) -> tuple[dict[str, int], list[str]]:
    """Follow every address on the site from `starts`. Returns each fetched address's
    status, and the problems: addresses outside `base`, fragments that match no id."""
    statuses: dict[str, int] = {}
    ids: dict[str, set[str]] = {}
    fragments: list[tuple[str, str, str]] = []
    problems: list[str] = []
    queue = list(reversed(starts))
    while queue:
        url = queue.pop()
        if url in statuses:
            continue
        status, kind, body = fetch(url)
        statuses[url] = status
        if status != 200:
            continue
        if kind == "text/html":
            found, ids[url] = links_in_html(body)
        elif kind in ("application/xml", "text/xml", "application/atom+xml"):
            found = links_in_xml(body)
        else:
            continue
        for raw in found:
            target, fragment = urldefrag(urljoin(url, raw))
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
                continue  # other sites (the theme's credit) and mailto:, data:
            if not target.startswith(base):
                problems.append(f"{url} refers to {raw}, outside {base}")
                continue
            if fragment:
                fragments.append((url, target, fragment))
            queue.append(target)
    for page, target, fragment in fragments:
        if target in ids and fragment not in ids[target]:
            problems.append(f"{page} links to #{fragment}, which {target} does not have")
    return statuses, problems


def test_every_link_under_the_project_sub_path_leads_to_the_site(
    published_site: PublishedSite,
) -> None:
    base = published_site.url
    assert base.endswith("/repo/")
    # The home page, and the sitemap that search engines and Material's instant
    # navigation read.
    statuses, problems = crawl([base, base + "sitemap.xml"], base)
    assert problems == []
    assert {url: status for url, status in statuses.items() if status != 200} == {}
    visited = {url.removeprefix(base) for url in statuses}
    assert {
        "", f"{SEED_SLUG}/", f"{SEED_SLUG}/article/", f"{SEED_SLUG}/social.png",
        f"{SEED_SLUG}/embed/chart-launches/", f"{SEED_SLUG}/embed/positions/",
        "explainers/", "about/", "feed.xml", "sitemap.xml",
        "assets/explainer/print.css", "assets/explainer/embed/embed-page.js",
    } <= visited  # fmt: skip


def test_unknown_address_at_any_depth_gets_a_helpful_page_whose_links_work(
    published_site: PublishedSite,
) -> None:
    missing = published_site.url + "2024/no-such-story/embed/chart/"
    status, kind, body = fetch(missing)
    assert (status, kind) == (404, "text/html")
    page = BeautifulSoup(body, "html.parser")
    assert page.h1.get_text() == "Page not found"
    links = {a.get_text(): urljoin(missing, a["href"]) for a in page.select(".not-found-links a")}
    assert links == {
        "The newest explainers": published_site.url,
        "All explainers, month by month": published_site.url + "explainers/",
    }
    form = page.select_one("form.not-found-search")
    assert urljoin(missing, form["action"]) == published_site.url
    assert form.select_one("input")["name"] == "q"  # Material opens its search with ?q=
    found, _ = links_in_html(body)
    broken = [u for u in found if urlsplit(urljoin(missing, u)).netloc == urlsplit(missing).netloc
              and fetch(urljoin(missing, u))[0] != 200]  # fmt: skip
    assert broken == []
