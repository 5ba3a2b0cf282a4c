"""The positions table of the built seed explainer, read back as HTML: what a screen
reader gets cell by cell, what the filters match, and where every link of the page's
fact sections leads."""

from __future__ import annotations

import dataclasses

import pytest
from bs4 import BeautifulSoup, Tag

from generator.factsheet.loader import Story, load_story
from generator.factsheet.model import TableRows
from generator.pages.explainer import render_explainer
from generator.web.urls import Urls
from tests.building.test_site_build import resolve, soup, text_of
from tests.support.project import REPO, SEED_FACTS, SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(300)

PARTIES = ["united-states", "russia", "ukraine"]
ISSUES = ["ceasefire", "peace-talks", "sanctions", "territory", "nato", "demilitarisation"]
ISSUE_NAMES = [
    "Ceasefire",
    "Peace talks",
    "New sanctions on Russia",
    "Russian annexation of Ukrainian land",
    "Ukraine joining NATO",
    "Ukraine’s demilitarisation",
]
NOT_STATED = [
    "pos-sanctions-russia",
    "pos-territory-united-states",
    "pos-territory-ukraine",
    "pos-nato-united-states",
    "pos-nato-ukraine",
    "pos-demilitarisation-united-states",
    "pos-demilitarisation-ukraine",
]
ARTICLE = (REPO / "seeds" / "000_ae606ad9438aac58.txt").read_text(encoding="utf-8")


def seed_story() -> Story:
    result = load_story(SEED_FACTS, REPO)
    assert result.story is not None
    return result.story


def explainer(site: BuiltSite) -> BeautifulSoup:
    return soup(site.html(SEED_SLUG))


def table_of(page: BeautifulSoup) -> Tag:
    table = page.select_one("#positions table.positions-table")
    assert table is not None
    return table


def test_positions_table_has_a_caption_and_scoped_headers(seed_site: BuiltSite) -> None:
    table = table_of(explainer(seed_site))
    assert table.caption.get_text() == "Where each party stands, issue by issue"
    headers = [(th["scope"], th.get_text()) for th in table.select("thead th")]
    assert headers == [
        ("col", "Issue"),
        ("col", "United States"),
        ("col", "Russia"),
        ("col", "Ukraine"),
    ]
    rows = table.select("tbody tr")
    assert [(th["scope"], th.get_text()) for r in rows for th in r.select("th")] == [
        ("row", name) for name in ISSUE_NAMES
    ]
    assert [[td["id"] for td in r.select("td")] for r in rows] == [
        [f"pos-{issue}-{party}" for party in PARTIES] for issue in ISSUES
    ]


def test_positions_table_keeps_its_table_roles_when_restyled_as_cards(
    seed_site: BuiltSite,
) -> None:
    table = table_of(explainer(seed_site))
    assert table["role"] == "table"
    assert {g["role"] for g in table.select("thead, tbody")} == {"rowgroup"}
    assert {r["role"] for r in table.select("tr")} == {"row"}
    assert [th["role"] for th in table.select("thead th")] == ["columnheader"] * 4
    assert [th["role"] for th in table.select("tbody th")] == ["rowheader"] * 6
    assert [td["role"] for td in table.select("td")] == ["cell"] * 18


def test_every_stance_is_an_icon_and_a_word(seed_site: BuiltSite) -> None:
    table = table_of(explainer(seed_site))
    icons = {"supports": "✓", "opposes": "✕", "conditional": "◐", "unclear": "?"}
    for issue in seed_story().facts.issues:
        for party, position in issue.positions.items():
            if position is None:
                continue
            stance = table.find(id=f"pos-{issue.id}-{party}").select_one(".stance")
            icon = stance.select_one(".stance-icon")
            assert icon["aria-hidden"] == "true"
            assert icon.get_text() == icons[position.stance.value]
            assert stance.get_text() == f"{icon.get_text()} {position.stance.value.title()}"


def test_uncovered_cells_say_not_stated_and_never_look_like_a_stance(
    seed_site: BuiltSite,
) -> None:
    table = table_of(explainer(seed_site))
    uncovered = table.select('td[data-stance="not-stated"]')
    assert [td["id"] for td in uncovered] == NOT_STATED
    for cell in uncovered:
        assert "stance-not-stated" in cell["class"]
        assert cell.select_one(".not-stated").get_text() == "— Not stated in the article"
        assert cell.select(".stance, .position-summary, a") == []


def test_cells_name_their_column_for_the_phone_layout_but_not_twice_to_screen_readers(
    seed_site: BuiltSite,
) -> None:
    table = table_of(explainer(seed_site))
    for row in table.select("tbody tr"):
        headings = row.select("td > .cell-heading")
        assert [h.get_text() for h in headings] == ["United States", "Russia", "Ukraine"]
        assert {h["aria-hidden"] for h in headings} == {"true"}


def test_a_position_links_to_the_quote_it_names_which_is_shown_once(seed_site: BuiltSite) -> None:
    page = explainer(seed_site)
    quotes = {
        cell["id"]: (text_of(cell.select_one(".position-quote")), by["href"])
        for cell in table_of(page).select("td")
        if (by := cell.select_one("a.quote-by")) is not None
    }
    assert quotes == {
        "pos-ceasefire-ukraine": (
            "In their own words: Volodymyr Zelenskyy, Telegram post",
            "#quote-zelenskyy-decisive-moment",
        ),
        "pos-peace-talks-united-states": (
            "In their own words: Donald Trump, Truth Social post",
            "#quote-trump-talks-immediately",
        ),
        "pos-peace-talks-russia": (
            "In their own words: Vladimir Putin, Kremlin statement",
            "#quote-putin-position-unchanged",
        ),
        "pos-sanctions-ukraine": (
            "In their own words: Volodymyr Zelenskyy, where: not stated in the article",
            "#quote-zelenskyy-pressure-essential",
        ),
    }
    # The words themselves are placed once, in "In their own words", which links back.
    for cell_id, (_, href) in quotes.items():
        quote = page.find(id=href[1:])
        assert quote.select_one("blockquote") is not None
        assert f"#{cell_id}" in [a["href"] for a in quote.select(".quote-cited a")]
    assert table_of(page).select("blockquote, .position-quote-words") == []


def test_filters_are_listed_in_the_page_but_hidden_until_javascript_runs(
    seed_site: BuiltSite,
) -> None:
    form = explainer(seed_site).select_one("#positions form.positions-filter")
    assert form.has_attr("hidden")
    radios = [
        (r["value"], r.find_next_sibling("label").get_text(), r.has_attr("checked"))
        for r in form.select("input[type=radio][name=party]")
    ]
    assert radios == [
        ("", "All parties", True),
        ("united-states", "United States", False),
        ("russia", "Russia", False),
        ("ukraine", "Ukraine", False),
    ]
    assert form.select_one("legend").get_text() == "Party"
    assert form.select_one("label[for=positions-issue]").get_text() == "Issue"
    options = [(o["value"], o.get_text()) for o in form.select("select#positions-issue option")]
    assert options == [("", "All issues"), *zip(ISSUES, ISSUE_NAMES, strict=True)]
    status = form.select_one(".positions-status")
    assert (status["role"], status.get_text()) == (
        "status",
        "Showing all 3 parties on all 6 issues.",
    )


def test_cells_rows_and_headers_carry_what_the_filters_match(seed_site: BuiltSite) -> None:
    table = table_of(explainer(seed_site))
    assert [th.get("data-party") for th in table.select("thead th")] == [None, *PARTIES]
    assert [tr["data-issue"] for tr in table.select("tbody tr")] == ISSUES
    assert [(td["data-issue"], td["data-party"]) for td in table.select("td")] == [
        (issue, party) for issue in ISSUES for party in PARTIES
    ]


def test_every_link_of_the_sections_leads_somewhere_real(seed_site: BuiltSite) -> None:
    page = explainer(seed_site)
    links = page.select("#positions a, .speaker a, ol.timeline a, section.report a")
    # figures 6, positions 11 and the quotes they name 4, quotes 6 and their cells 4, events 8
    assert len(links) == 6 + 11 + 4 + 6 + 4 + 8
    for link in links:
        target, fragment = resolve(seed_site, SEED_SLUG, link["href"])
        assert target.find(id=fragment) is not None, link["href"]


# --- rendering without a build: the other orientation, and the article's characters ---


def page_of(story: Story) -> BeautifulSoup:
    return BeautifulSoup(render_explainer(story, Urls()), "html.parser")


def test_parties_as_rows_gives_one_row_per_party_with_issues_as_columns() -> None:
    story = seed_story()
    facts = dataclasses.replace(story.facts, table_rows=TableRows.PARTIES)
    table = page_of(dataclasses.replace(story, facts=facts)).select_one("table.positions-table")
    assert [th.get_text() for th in table.select("thead th")] == ["Party", *ISSUE_NAMES]
    assert [th.get("data-issue") for th in table.select("thead th")] == [None, *ISSUES]
    rows = table.select("tbody tr")
    assert [(tr["data-party"], tr.th.get_text()) for tr in rows] == [
        ("united-states", "United States"),
        ("russia", "Russia"),
        ("ukraine", "Ukraine"),
    ]
    assert [[td["id"] for td in tr.select("td")] for tr in rows] == [
        [f"pos-{issue}-{party}" for issue in ISSUES] for party in PARTIES
    ]
    assert [h.get_text() for h in rows[0].select(".cell-heading")] == ISSUE_NAMES


def test_status_line_names_a_lone_issue_as_such() -> None:
    story = seed_story()
    facts = dataclasses.replace(story.facts, issues=story.facts.issues[:1])
    status = page_of(dataclasses.replace(story, facts=facts)).select_one(".positions-status")
    assert status.get_text() == "Showing all 3 parties on the one issue."


def test_cells_where_a_party_said_nothing_fold_behind_one_checkbox_that_needs_no_script(
    seed_site: BuiltSite,
) -> None:
    positions = explainer(seed_site).select_one("#positions")
    toggle = positions.select_one("input#positions-unaddressed")
    assert toggle["type"] == "checkbox" and not toggle.has_attr("checked")
    label = positions.select_one("label[for=positions-unaddressed]")
    assert label.get_text() == f"Show issues they did not address ({len(NOT_STATED)})"
    # positions.css folds by the checkbox's state, so it stands before the table's box
    siblings = [tag["class"][0] for tag in toggle.find_next_siblings()]
    assert siblings[:2] == ["positions-unaddressed-label", "positions-scroll"]
    # what folds on a desktop is the label's words, never the cell or its dash
    for cell in positions.select('td[data-stance="not-stated"]'):
        assert cell.select_one(".not-stated-label").get_text() == "Not stated in the article"


def test_a_table_where_every_party_addressed_every_issue_has_no_fold_control() -> None:
    story = seed_story()
    facts = dataclasses.replace(story.facts, issues=story.facts.issues[:1])
    page = page_of(dataclasses.replace(story, facts=facts))
    assert page.select("#positions-unaddressed, label[for=positions-unaddressed]") == []
