"""The Atom feed of published explainers (`feed.xml`), newest first, for feed readers and
newsletters.

Only ready explainers are listed, drafts never (not even in preview). Dates come from the
fact sheets (`published`, `updated`), never from the clock, so the same sources give the
same feed. Fact sheets give days, not times: each is written as midnight UTC.
"""

from __future__ import annotations

import re
from datetime import date
from xml.etree import ElementTree

from generator.factsheet.model import FactSheet
from generator.pages.sharing import absolute_url, authors
from generator.web.files import GeneratedFile
from generator.web.urls import FEED_SRC, HOME_SRC, Urls, explainer_src, social_image_src

FEED_LIMIT = 50  # feed readers only look at recent entries; the archive page lists all
_ATOM = "http://www.w3.org/2005/Atom"
_EPOCH = date(1970, 1, 1)


def _timestamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _updated(facts: FactSheet) -> date:
    return facts.updated or facts.published or _EPOCH


def atom_feed(
    stories: list[FactSheet], site_url: str, site_title: str, urls: Urls
) -> GeneratedFile:
    """The feed of the ready explainers among `stories`, published under `site_url`."""
    ready = sorted(
        (facts for facts in stories if not facts.is_draft),
        key=lambda f: (f.published or _EPOCH, _updated(f), f.slug),
        reverse=True,
    )[:FEED_LIMIT]
    ElementTree.register_namespace("", _ATOM)
    feed = ElementTree.Element(f"{{{_ATOM}}}feed", {"xml:lang": "en"})
    home = absolute_url(site_url, urls, HOME_SRC)
    _add(feed, "id", home)
    _add(feed, "title", f"{site_title}: explainers")
    newest = max((_updated(f) for f in ready), default=_EPOCH)
    _add(feed, "updated", _timestamp(newest))
    _add(feed, "link", rel="alternate", type="text/html", href=home)
    _add(feed, "link", rel="self", type="application/atom+xml",
         href=absolute_url(site_url, urls, FEED_SRC))  # fmt: skip
    for facts in ready:
        _entry(feed, facts, site_url, urls)
    ElementTree.indent(feed)
    xml = ElementTree.tostring(feed, encoding="unicode", xml_declaration=False)
    return GeneratedFile(FEED_SRC, '<?xml version="1.0" encoding="utf-8"?>\n' + xml + "\n")


def _entry(feed: ElementTree.Element, facts: FactSheet, site_url: str, urls: Urls) -> None:
    entry = _add(feed, "entry")
    url = absolute_url(site_url, urls, explainer_src(urls.story(facts.slug)))
    _add(entry, "id", url)
    _add(entry, "title", facts.headline)
    _add(entry, "link", rel="alternate", type="text/html", href=url)
    if facts.published:
        _add(entry, "published", _timestamp(facts.published))
    _add(entry, "updated", _timestamp(_updated(facts)))
    for author in authors(facts.byline, facts.publication):
        _add(_add(entry, "author"), "name", author["name"])
    _add(entry, "summary", facts.summary.strip(), type="text")
    _add(entry, "link", rel="enclosure", type="image/png",
         href=absolute_url(site_url, urls, social_image_src(urls.story(facts.slug))))  # fmt: skip


def _add(
    parent: ElementTree.Element, tag: str, text: str = "", **attributes: str
) -> ElementTree.Element:
    element = ElementTree.SubElement(
        parent, f"{{{_ATOM}}}{tag}", {k: _xml_text(v) for k, v in attributes.items()}
    )
    if text:
        element.text = _xml_text(text)
    return element


# What XML 1.0 cannot carry at all, escaped or not. Fact sheets refuse these characters
# (spec.py); the site's name and addresses come from mkdocs.yml, so the feed drops them
# too: one stray character would make the whole feed unreadable.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
