"""The words a reader reads on the built seed site: typographer's apostrophes and quotes
in all generated text, one name for drones stopped by electronic warfare (the source's
own words only where it is quoted), punctuation never pushed off by a source link, and
the article page's "↩" never wrapping away from its label."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup

from tests.support.project import SEED_SLUG, BuiltSite

# Machine-read text (code to paste, scripts, styles) keeps straight quotes.
NOT_PROSE = "script, style, code, pre, textarea"
READ_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
STRAIGHT = re.compile(r"['\"]")


def visible_text(html: str) -> str:
    page = BeautifulSoup(html, "html.parser")
    for element in page.select(NOT_PROSE):
        element.decompose()
    return page.get_text(" ")


def generated_pages(site: BuiltSite) -> Iterator[Path]:
    """Every page the generator writes: not Material's search or the site's own assets."""
    for path in sorted(site.site.rglob("*.html")):
        if path.relative_to(site.site).parts[0] not in ("assets", "search"):
            yield path


def strings_in(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, str):
        yield value


def test_generated_text_has_curly_apostrophes_and_quotes_never_straight_ones(
    seed_site: BuiltSite,
) -> None:
    """The seed article prints curly ones, so its page is checked too; an article that
    printed straight ones would be quoted as printed (README: "Typography")."""
    found = []
    for path in generated_pages(seed_site):
        html = path.read_text(encoding="utf-8")
        name = str(path.relative_to(seed_site.site))
        found += [(name, m.group()) for m in STRAIGHT.finditer(visible_text(html))]
        for element in BeautifulSoup(html, "html.parser").find_all(True):
            for attribute in READ_ATTRIBUTES:
                value = element.get(attribute)
                if isinstance(value, str) and STRAIGHT.search(value):
                    found.append((name, f"{attribute}={value}"))
            if element.name == "meta" and "description" in str(element.get("name", "")) + str(
                element.get("property", "")
            ):
                if STRAIGHT.search(element.get("content", "")):
                    found.append((name, element["content"]))
    feed = ElementTree.parse(seed_site.site / "feed.xml").getroot()
    found += [("feed.xml", t) for t in feed.itertext() if STRAIGHT.search(t)]
    for path in sorted(seed_site.site.rglob("*.plotly.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        # what a reader reads in a chart: its labels and hover texts, some of them HTML
        labels = [s for s in strings_in(spec) if " " in s and not s.startswith(("http", "#"))]
        found += [(path.name, s) for s in labels if STRAIGHT.search(visible_text(s))]
    assert found == []


EW_WORDS = re.compile(r"\b(disrupted|neutrali[sz]ed|jammed|locationally lost)\b")
QUOTED = re.compile(r"“[^”]*”")


def reader_text(site: BuiltSite, page: str) -> str:
    text = visible_text(site.html(page))
    return re.sub(r"\s+", " ", text)


def test_drones_stopped_by_electronic_warfare_have_one_name_defined_once(
    seed_site: BuiltSite,
) -> None:
    pages = (SEED_SLUG, f"{SEED_SLUG}/embed/chart-launches", "", "tracker")
    for page in pages:
        text = reader_text(seed_site, page)
        # the source's own words only inside quotation marks, where it is quoted
        assert EW_WORDS.findall(QUOTED.sub("", text)) == [], page
    explainer = reader_text(seed_site, SEED_SLUG)
    definition = (
        "Suppressed: stopped by electronic warfare (“disrupted or neutralized mid-flight”, "
        "the article says)."
    )
    assert explainer.count("stopped by electronic warfare") == 1
    assert definition in explainer
    embed = reader_text(seed_site, f"{SEED_SLUG}/embed/chart-launches")
    assert definition in embed  # an embed goes out alone: it defines the word too


def test_russias_intercepted_is_its_own_word_and_where_it_is_drawn_is_said(
    seed_site: BuiltSite,
) -> None:
    page = BeautifulSoup(seed_site.html(SEED_SLUG), "html.parser")
    row = page.select_one('table.chart-figures tr[data-bar="ukrainian-drones-on-russia"]')
    assert [td.get_text() for td in row.select("td")] == [
        "Not reported",
        "8 (intercepted)",
        "Not reported",
        "Cannot be worked out",
    ]
    assert (
        " Russia’s Ministry of Defense (“intercepted”, drawn as shot down), as reported in the"
        " article." in page.select_one(".chart-sources").get_text()
    )
    sentence = page.select_one("#report-ukrainian-drones-on-russia .report-sentence")
    assert sentence.get_text().startswith(
        "Russia’s Ministry of Defense gave only the number intercepted: 8."
    )


PUNCTUATION = tuple(".,;:!?)")


def test_punctuation_comes_before_a_source_link_never_after_it(seed_site: BuiltSite) -> None:
    """A source link is a 24 px tap target wider than its "¶2": punctuation after it would
    stand apart from its word ("at least 4 ¶2 ."). It goes first, as before a footnote's
    mark."""
    page = BeautifulSoup(seed_site.html(SEED_SLUG), "html.parser")
    links = page.select("a.source-link")
    assert len(links) > 20
    after = []
    for link in links:
        following = link.next_sibling
        if following is None and link.parent is not None:
            following = link.parent.next_sibling
        text = following if isinstance(following, str) else ""
        if text.startswith(PUNCTUATION):
            after.append(str(link.parent)[:80])
    assert after == []
    regions = page.select_one("#fig-russian-drones-on-ukraine-regions-hit")
    assert regions.get_text().startswith("Regions hit: at least 4.¶2")


def test_article_back_links_join_their_arrow_to_their_label(seed_site: BuiltSite) -> None:
    article = BeautifulSoup(seed_site.html(f"{SEED_SLUG}/article"), "html.parser")
    arrows = [a.select_one("span[aria-hidden]").get_text() for a in article.select("a.backref")]
    assert len(arrows) > 20
    assert set(arrows) == {"↩\u00a0"}
