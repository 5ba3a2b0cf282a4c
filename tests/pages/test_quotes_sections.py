"""Quotes, timeline and key figures of the built seed explainer, read back as HTML: who
said what and where, in the article's own words; the events in order; figures with their
qualifiers, and the derived one marked."""

from __future__ import annotations

import dataclasses
import re

import pytest
from bs4 import BeautifulSoup

from generator.article.model import normalize
from generator.factsheet.model import Evidence
from tests.building.test_site_build import linked_paragraph
from tests.pages.test_positions_sections import ARTICLE, explainer, page_of, seed_story
from tests.support.project import BuiltSite


def texts(elements) -> list[str]:
    """What a reader sees of each element: its text without the screen-reader-only parts."""
    found = []
    for element in elements:
        copy = BeautifulSoup(str(element), "html.parser")
        for hidden in copy.select(".visually-hidden"):
            hidden.decompose()
        found.append(copy.get_text().strip())
    return found


pytestmark = pytest.mark.timeout(300)


def test_quotes_are_grouped_by_speaker_each_with_where_it_was_said(seed_site: BuiltSite) -> None:
    page = explainer(seed_site)
    grouped = [
        (
            section.select_one("h3").get_text(),
            [
                (q["id"], q.select_one(".quote-channel").get_text())
                for q in section.select("figure.quote")
            ],
        )
        for section in page.select("section.speaker")
    ]
    assert grouped == [
        (
            "Donald Trump former President, United States",
            [
                (
                    "quote-trump-something-going-to-happen",
                    "Where: Oval Office remarks to reporters",
                ),
                ("quote-trump-talks-immediately", "Where: Truth Social post"),
                ("quote-trump-of-course", "Where: not stated in the article"),
            ],
        ),
        (
            "Vladimir Putin Russian President, Russia",
            [("quote-putin-position-unchanged", "Where: Kremlin statement")],
        ),
        (
            "Volodymyr Zelenskyy Ukrainian President, Ukraine",
            [
                ("quote-zelenskyy-decisive-moment", "Where: Telegram post"),
                ("quote-zelenskyy-pressure-essential", "Where: not stated in the article"),
            ],
        ),
    ]
    unstated = page.select(".quote-channel-not-stated")
    assert [c.find_parent("figure")["id"] for c in unstated] == [
        "quote-trump-of-course",
        "quote-zelenskyy-pressure-essential",
    ]


def test_a_split_quote_shows_its_fragments_joined_by_an_ellipsis(seed_site: BuiltSite) -> None:
    quote = explainer(seed_site).find(id="quote-trump-of-course")
    assert quote.select_one("blockquote").get_text() == (
        "“Of course,” … “I said to him, ‘When do we end this bloodshed, this bloodbath?’”"
    )
    assert quote.select_one(".quote-context").get_text() == (
        "Asked whether he proposed a face-to-face meeting with Putin:"
    )


def test_every_quote_is_the_articles_own_words_and_links_to_them(seed_site: BuiltSite) -> None:
    page = explainer(seed_site)
    for quote in seed_story().facts.quotes:
        element = page.find(id=f"quote-{quote.id}")
        fragments = re.findall(r"“(.*?)”(?: … |$)", element.select_one("blockquote").get_text())
        assert len(fragments) == len(quote.words)
        paragraph = linked_paragraph(seed_site, element)
        for fragment in fragments:
            assert fragment in ARTICLE  # character for character, not just after normalising
            assert normalize(fragment).text in paragraph


def test_a_quote_links_to_the_positions_it_supports(seed_site: BuiltSite) -> None:
    page = explainer(seed_site)
    cited = {
        figure["id"]: [(a.get_text(), a["href"]) for a in figure.select(".quote-cited a")]
        for figure in page.select("figure.quote")
    }
    assert cited == {
        "quote-trump-something-going-to-happen": [],
        "quote-trump-talks-immediately": [
            ("United States on Peace talks", "#pos-peace-talks-united-states")
        ],
        "quote-trump-of-course": [],
        "quote-putin-position-unchanged": [("Russia on Peace talks", "#pos-peace-talks-russia")],
        "quote-zelenskyy-decisive-moment": [("Ukraine on Ceasefire", "#pos-ceasefire-ukraine")],
        "quote-zelenskyy-pressure-essential": [
            ("Ukraine on New sanctions on Russia", "#pos-sanctions-ukraine")
        ],
    }


def test_timeline_lists_the_events_in_order_each_with_its_date_and_source(
    seed_site: BuiltSite,
) -> None:
    events = [
        (
            li.select_one(".timeline-when").contents[0].strip(),
            time["datetime"] if (time := li.select_one("time")) else None,
            li.select_one(".timeline-text").get_text(),
            li.select_one("a.source-link")["href"],
        )
        for li in explainer(seed_site).select("ol.timeline > li")
    ]
    monday, src = "2025-05-19", "article/#ev-event-"
    assert events == [
        ("Monday", monday, "Trump and Putin speak by phone for two hours", src + "1"),
        ("Monday", monday, "Zelenskyy also speaks with Trump", src + "2"),
        (
            "Monday, late",
            monday,
            "Hours after the call, Russia launches a sweeping drone offensive against Ukraine",
            src + "3",
        ),
        (
            "Overnight",
            monday,
            "Ukrainian forces down 35 drones; 58 more are disrupted or neutralized mid-flight",
            src + "4",
        ),
        (
            "After the call",
            None,
            "Trump tells reporters in the Oval Office he thinks something is going to happen",
            src + "5",
        ),
        (
            "Later",
            None,
            "Trump posts on Truth Social that peace talks will begin immediately",
            src + "6",
        ),
        (
            "After the call",
            None,
            "A Kremlin statement says Russia’s position remains unchanged",
            src + "7",
        ),
        (
            "After the call",
            None,
            "Zelenskyy says on Telegram that Ukraine is prepared to stop the fighting immediately",
            src + "8",
        ),
    ]


def test_key_figures_keep_qualifiers_and_mark_the_derived_figure(seed_site: BuiltSite) -> None:
    page = explainer(seed_site)
    strip = [
        (
            card.select_one(".figure-label").get_text(),
            texts([card.select_one(".figure-value")])[0],
            card["data-state"],
            note.get_text() if (note := card.select_one(".figure-note")) else "",
        )
        for card in page.select("#report-russian-drones-on-ukraine li.figure")
    ]
    # the paragraph sign of each source link is part of the number's line ("108¶2")
    assert strip == [
        ("launched", "108¶2", "reported", ""),
        ("shot down", "35¶2", "reported", ""),
        ("suppressed", "58¶2", "reported", ""),
        ("unaccounted for", "15¶2", "derived", "derived"),
    ]
    assert texts(page.select("#report-russian-drones-on-ukraine .report-derived")) == [
        "Unaccounted for is derived by us, not given by the source: launched − shot down − "
        "suppressed."
    ]
    regions = page.find(id="fig-russian-drones-on-ukraine-regions-hit")
    assert regions.select_one(".figure-qualifier").get_text() == "at least"
    assert "at least four regions" in linked_paragraph(seed_site, regions)
    # A report with fewer than two main figures is a sentence, not a row of empty cards,
    # and each figure keeps its element.
    other = page.select_one("#report-ukrainian-drones-on-russia")
    assert other.select("li") == []
    assert texts(other.select(".report-sentence")) == [
        "Russia’s Ministry of Defense gave only the number intercepted: 8¶3. It did not "
        "report how many were launched or suppressed, so the number unaccounted for cannot "
        "be worked out. Not reported: killed, injured, regions hit."
    ]
    states = {c["id"]: c["data-state"] for c in other.select("[data-fact=figure]")}
    assert states == {
        "fig-ukrainian-drones-on-russia-shot-down": "reported",
        "fig-ukrainian-drones-on-russia-launched": "not-reported",
        "fig-ukrainian-drones-on-russia-suppressed": "not-reported",
        "fig-ukrainian-drones-on-russia-unaccounted": "not-reported",
    }


def test_quotes_show_the_articles_characters_where_the_fact_sheet_typed_others() -> None:
    story = seed_story()
    quotes = tuple(
        dataclasses.replace(
            q, words=(Evidence("Russia's position remains unchanged,", q.words[0].loc),)
        )
        if q.id == "putin-position-unchanged"
        else q
        for q in story.facts.quotes
    )
    facts = dataclasses.replace(story.facts, quotes=quotes)
    page = page_of(dataclasses.replace(story, facts=facts))
    shown = page.find(id="quote-putin-position-unchanged").select_one("blockquote")
    assert shown.get_text() == "“Russia’s position remains unchanged,”"
