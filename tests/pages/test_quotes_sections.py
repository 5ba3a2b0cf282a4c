"""Quotes, timeline and key figures of the built seed explainer, read back as HTML: who
said what and where, in the article's own words; the events in order; figures with their
qualifiers, and the derived one marked."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

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


def timeline_of(page: BeautifulSoup) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """Each day's heading, its date as a machine reads it, and its events as a reader
    reads them (with their source link's address)."""
    return [
        (
            day.select_one("h3.timeline-date").get_text(),
            time["datetime"] if (time := day.select_one("h3 time")) else None,
            [
                (texts([li])[0], li.select_one("a.source-link")["href"])
                for li in day.select("li.timeline-event")
            ],
        )
        for day in page.select("ol.timeline > li.timeline-day")
    ]


def test_timeline_lists_the_events_by_day_and_says_which_the_article_does_not_date(
    seed_site: BuiltSite,
) -> None:
    src = "article/#ev-event-"
    assert timeline_of(explainer(seed_site)) == [
        (
            "Monday 19 May 2025",
            "2025-05-19",
            [
                ("Trump and Putin speak by phone for two hours¶4", src + "1"),
                ("Zelenskyy also speaks with Trump¶10", src + "2"),
                (
                    "Late: Hours after the call, Russia launches a sweeping drone offensive"
                    " against Ukraine¶1",
                    src + "3",
                ),
                (
                    "Overnight: Ukrainian forces down 35 drones; 58 more are “disrupted or"
                    " neutralized mid-flight”¶2",
                    src + "4",
                ),
            ],
        ),
        (
            "Date not given in the article",
            None,
            [
                (
                    "After the call: Trump tells reporters in the Oval Office he thinks"
                    " something is going to happen¶5",
                    src + "5",
                ),
                (
                    "Later: Trump posts on Truth Social that peace talks will begin immediately¶6",
                    src + "6",
                ),
                (
                    "After the call: A Kremlin statement says Russia’s position remains"
                    " unchanged¶8",
                    src + "7",
                ),
                (
                    "After the call: Zelenskyy says on Telegram that Ukraine is prepared to"
                    " stop the fighting immediately¶11",
                    src + "8",
                ),
            ],
        ),
    ]


def test_timeline_orders_days_by_date_and_keeps_an_undated_event_after_the_day_before_it() -> None:
    story = seed_story()
    seed = story.facts.timeline
    moved = (
        dataclasses.replace(seed[4], when="Earlier"),  # undated, before any date
        dataclasses.replace(seed[3], date=date(2025, 5, 20), when="Tuesday night"),
        dataclasses.replace(seed[5], when="Afterwards"),  # undated, after 20 May
        dataclasses.replace(seed[0], when="Monday morning"),
    )
    facts = dataclasses.replace(story.facts, timeline=moved)
    days = timeline_of(page_of(dataclasses.replace(story, facts=facts)))
    assert [(heading, iso, [text for text, _ in events]) for heading, iso, events in days] == [
        (
            "Date not given in the article",
            None,
            ["Earlier: Trump tells reporters in the Oval Office he thinks something is going to"
             " happen¶5"],
        ),
        (
            "Monday 19 May 2025",
            "2025-05-19",
            ["Morning: Trump and Putin speak by phone for two hours¶4"],
        ),
        (
            "Tuesday 20 May 2025",
            "2025-05-20",
            ["Night: Ukrainian forces down 35 drones; 58 more are “disrupted or neutralized"
             " mid-flight”¶2"],
        ),
        (
            "Date not given in the article",
            None,
            ["Afterwards: Trump posts on Truth Social that peace talks will begin immediately¶6"],
        ),
    ]  # fmt: skip


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
        "Russia’s Ministry of Defense gave only the number intercepted: 8.¶3 It did not "
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
