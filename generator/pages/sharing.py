"""What social networks, search engines and feed readers read about an explainer: its
canonical address, Open Graph and Twitter card tags, and schema.org `NewsArticle` JSON-LD.

Values are plain text here. They travel to the page in its front matter and are escaped
where they are printed (`generator/theme/partials/explainer-head.html`: `| e` for
attributes, `| tojson` for the JSON-LD), so nothing an editor types can become markup or
end the script element.
Every address is absolute, built from the site's published address (`site_url`), as the
networks require; nothing else on the page depends on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from generator.factsheet.model import FactSheet
from generator.pages.social_image import CARD_SIZE, card_alt_text
from generator.web.urls import HOME_SRC, Urls, explainer_src, social_image_src

# Words that make a byline a desk or an organisation rather than people's names.
_ORGANISATION = re.compile(
    r"\b(desk|staff|team|newsroom|editors?|editorial|bureau|correspondents|agency|"
    r"reporters|service)\b",
    re.IGNORECASE,
)
_BYLINE_PREFIX = re.compile(r"^\s*by\s+", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*")


def absolute_url(site_url: str, urls: Urls, src: str) -> str:
    """The published address of the page or file written to `src`."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return urljoin(base, urls.link(HOME_SRC, src))


def authors(byline: str, publication: str) -> list[dict[str, str]]:
    """schema.org authors from a byline: "Explainer desk" is an organisation; "Jane Roe and
    John Doe" are two people."""
    text = _BYLINE_PREFIX.sub("", byline).strip()
    if not text:
        return [{"@type": "Organization", "name": publication}]
    if _ORGANISATION.search(text) or text == publication:
        return [{"@type": "Organization", "name": text}]
    names = [name for name in _NAME_SEPARATORS.split(text) if name]
    return [{"@type": "Person", "name": name} for name in names]


@dataclass(frozen=True)
class Sharing:
    canonical: str
    modified: str  # ISO 8601 date of the last change, for the sitemap ("" if unknown)
    open_graph: tuple[tuple[str, str], ...]
    twitter: tuple[tuple[str, str], ...]
    json_ld: dict[str, Any]

    def front_matter(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical,
            "modified": self.modified,
            "open_graph": [list(pair) for pair in self.open_graph],
            "twitter": [list(pair) for pair in self.twitter],
            "json_ld": self.json_ld,
        }


def sharing(facts: FactSheet, site_url: str, site_name: str, urls: Urls) -> Sharing:
    """The sharing metadata of the explainer page of `facts`, published under `site_url`."""
    canonical = absolute_url(site_url, urls, explainer_src(urls.story(facts.slug)))
    image = absolute_url(site_url, urls, social_image_src(urls.story(facts.slug)))
    alt = card_alt_text(facts)
    published = facts.published.isoformat() if facts.published else ""
    updated = facts.updated or facts.published
    modified = updated.isoformat() if updated else ""
    width, height = CARD_SIZE
    open_graph: list[tuple[str, str]] = [
        ("og:type", "article"),
        ("og:site_name", site_name),
        ("og:title", facts.headline),
        ("og:description", facts.summary),
        ("og:url", canonical),
        ("og:image", image),
        ("og:image:type", "image/png"),
        ("og:image:width", str(width)),
        ("og:image:height", str(height)),
        ("og:image:alt", alt),
    ]
    if published:
        open_graph.append(("article:published_time", published))
    if modified:
        open_graph.append(("article:modified_time", modified))
    twitter = (
        ("twitter:card", "summary_large_image"),
        ("twitter:title", facts.headline),
        ("twitter:description", facts.summary),
        ("twitter:image", image),
        ("twitter:image:alt", alt),
    )
    return Sharing(
        canonical, modified, tuple(open_graph), twitter,
        _news_article(facts, canonical, image, published, modified, site_url),
    )  # fmt: skip


def _news_article(
    facts: FactSheet, canonical: str, image: str, published: str, modified: str, site_url: str
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": facts.headline,
        "description": facts.summary,
        "url": canonical,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "image": [image],
        "author": authors(facts.byline, facts.publication),
        "publisher": {"@type": "Organization", "name": facts.publication, "url": site_url},
        "dateline": facts.dateline,
        "locationCreated": {"@type": "Place", "name": facts.dateline},
        "isAccessibleForFree": True,
        "inLanguage": "en",
    }
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return data
