"""The positions table in a real browser: cards on a 360 px phone, one table on a desktop,
party and issue filters by mouse and by keyboard, and no serious accessibility violation
in either palette.

Headless Debian chromium on the seed site, served with `site_url` set to the server so
that Material's instant navigation is really used.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.harness import PageWatch, axe_violations, set_palette
from tests.support.project import DESKTOP, PHONE, SEED_SLUG

pytestmark = pytest.mark.timeout(180)

PARTIES = ["united-states", "russia", "ukraine"]
ISSUES = ["ceasefire", "peace-talks", "sanctions", "territory", "nato", "demilitarisation"]
VISIBLE_CELLS = "() => [...document.querySelectorAll('td[data-fact=position]')]" \
    ".filter(td => td.getClientRects().length).map(td => td.id)"  # fmt: skip
STATUS = ".positions-status"


@pytest.fixture
def open_page(page_opener: Any) -> Any:
    def opener(
        viewport: dict[str, int], path: str = f"{SEED_SLUG}/", javascript: bool = True
    ) -> tuple[Any, PageWatch]:
        return page_opener(path, viewport, java_script_enabled=javascript)  # type: ignore[no-any-return]

    return opener


def cells(parties: list[str], issues: list[str]) -> list[str]:
    return [f"pos-{issue}-{party}" for issue in issues for party in parties]


def test_phone_shows_each_issue_as_a_card_without_sideways_scrolling(open_page: Any) -> None:
    page, watch = open_page(PHONE)
    assert (
        page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        <= 0
    )
    box = page.locator(".positions-scroll")
    assert box.evaluate("e => e.scrollWidth - e.clientWidth") <= 0
    # The cells of an issue are stacked, each as wide as its card, under its party's name.
    row = page.locator("tr[data-issue=ceasefire]")
    card = row.bounding_box()
    tops = []
    for party, name in zip(PARTIES, ["United States", "Russia", "Ukraine"], strict=True):
        cell = row.locator(f"td[data-party={party}]")
        assert cell.locator(".cell-heading").inner_text() == name.upper()
        bounds = cell.bounding_box()
        assert card["x"] < bounds["x"] + 2 and bounds["width"] > card["width"] - 4
        tops.append(bounds["y"])
    assert tops == sorted(tops) and len(set(tops)) == 3
    # The column headers are left to screen readers: each cell names its party instead.
    assert page.locator("#positions thead").bounding_box()["height"] <= 1
    watch.assert_clean()


def test_desktop_shows_one_table_with_parties_side_by_side(open_page: Any) -> None:
    page, watch = open_page(DESKTOP)
    assert page.locator(".positions-table").evaluate("e => getComputedStyle(e).display") \
        == "table"  # fmt: skip
    row = page.locator("tr[data-issue=ceasefire]")
    tops = {row.locator(f"td[data-party={p}]").bounding_box()["y"] for p in PARTIES}
    assert len(tops) == 1
    assert page.locator(".cell-heading").first.is_hidden()
    assert page.locator("#positions thead th").all_inner_texts() == [
        "Issue", "United States", "Russia", "Ukraine"
    ]  # fmt: skip
    watch.assert_clean()


def accessibility_table(page: Any) -> dict[str, list[str]]:
    """Roles and names under the positions table in Chromium's own accessibility tree."""
    cdp = page.context.new_cdp_session(page)
    nodes = {n["nodeId"]: n for n in cdp.send("Accessibility.getFullAXTree")["nodes"]}

    def role(node: dict[str, Any]) -> str:
        return str(node.get("role", {}).get("value", ""))

    def name(node: dict[str, Any]) -> str:
        return str(node.get("name", {}).get("value", ""))

    table = next(
        n for n in nodes.values()
        if role(n) == "table" and name(n) == "Where each party stands, issue by issue"
    )  # fmt: skip
    found: dict[str, list[str]] = {}
    stack = list(reversed(table.get("childIds", [])))
    while stack:
        node = nodes[stack.pop()]
        if role(node) in ("row", "columnheader", "rowheader", "cell"):
            found.setdefault(role(node), []).append(name(node))
        if role(node) not in ("columnheader", "rowheader", "cell"):
            stack.extend(reversed(node.get("childIds", [])))
    return found


def test_phone_cards_are_still_a_table_to_a_screen_reader(open_page: Any) -> None:
    page, watch = open_page(PHONE)
    tree = accessibility_table(page)
    assert tree["columnheader"] == ["Issue", "United States", "Russia", "Ukraine"]
    assert tree["rowheader"] == [
        "Ceasefire", "Peace talks", "New sanctions on Russia",
        "Russian annexation of Ukrainian land", "Ukraine joining NATO",
        "Ukraine’s demilitarisation",
    ]  # fmt: skip
    assert len(tree["row"]) == 7
    assert len(tree["cell"]) == 18
    watch.assert_clean()


def test_party_and_issue_filters_work_by_mouse(open_page: Any) -> None:
    page, watch = open_page(PHONE)
    assert page.evaluate(VISIBLE_CELLS) == cells(PARTIES, ISSUES)
    page.locator("label[for=positions-party-russia]").click()
    assert page.evaluate(VISIBLE_CELLS) == cells(["russia"], ISSUES)
    assert page.locator(STATUS).inner_text() == "Showing Russia on all 6 issues."
    page.locator("#positions-issue").select_option("nato")
    assert page.evaluate(VISIBLE_CELLS) == ["pos-nato-russia"]
    assert page.locator("#positions tbody tr:visible").count() == 1
    assert page.locator(STATUS).inner_text() == "Showing Russia on Ukraine joining NATO."
    page.locator("label[for=positions-party-all]").click()
    assert page.evaluate(VISIBLE_CELLS) == cells(PARTIES, ["nato"])
    assert page.locator(STATUS).inner_text() == "Showing all 3 parties on Ukraine joining NATO."
    page.locator("#positions-issue").select_option("")
    assert page.evaluate(VISIBLE_CELLS) == cells(PARTIES, ISSUES)
    assert page.locator(STATUS).inner_text() == "Showing all 3 parties on all 6 issues."
    watch.assert_clean()


def focus_outline(page: Any, selector: str) -> str:
    """ "solid 2px", or "none" where the element shows no outline."""
    return str(page.locator(selector).evaluate(
        "e => { const s = getComputedStyle(e); "
        "return s.outlineStyle === 'none' ? 'none' : s.outlineStyle + ' ' + s.outlineWidth }"
    ))  # fmt: skip


def test_filters_work_by_keyboard_with_visible_focus(open_page: Any) -> None:
    page, watch = open_page(DESKTOP)
    page.locator("#where-they-stand").click()  # where the next Tab starts from
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "positions-party-all"
    assert focus_outline(page, "label[for=positions-party-all]") == "solid 2px"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("() => document.activeElement.id") == "positions-party-russia"
    assert page.evaluate(VISIBLE_CELLS) == cells(["russia"], ISSUES)
    assert focus_outline(page, "label[for=positions-party-russia]") == "solid 2px"
    assert focus_outline(page, "label[for=positions-party-all]") == "none"
    page.keyboard.press("Enter")  # would submit the form: nothing may happen
    assert page.url.endswith(f"/{SEED_SLUG}/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "positions-issue"
    assert focus_outline(page, "#positions-issue") == "solid 2px"
    page.keyboard.press("ArrowDown")
    assert page.evaluate(VISIBLE_CELLS) == ["pos-ceasefire-russia"]
    assert page.locator(STATUS).inner_text() == "Showing Russia on Ceasefire."
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.id") == "positions-party-united-states"
    assert page.evaluate(VISIBLE_CELLS) == ["pos-ceasefire-united-states"]
    watch.assert_clean()


def test_filter_controls_are_tap_targets_of_at_least_24px(open_page: Any) -> None:
    page, watch = open_page(PHONE)
    targets = page.locator(
        ".positions-filter fieldset label, #positions-issue, #positions a.source-link"
    )
    assert targets.count() == 4 + 1 + 11
    for box in (targets.nth(n).bounding_box() for n in range(targets.count())):
        assert box["height"] >= 24 and box["width"] >= 24, box
    watch.assert_clean()


def test_link_to_a_position_the_filters_hide_shows_the_whole_table(open_page: Any) -> None:
    page, watch = open_page(PHONE)
    page.locator("label[for=positions-party-russia]").click()
    page.locator("#quote-zelenskyy-decisive-moment .quote-cited a").click()
    page.wait_for_url("**#pos-ceasefire-ukraine")
    assert page.locator("#pos-ceasefire-ukraine").is_visible()
    assert page.locator("#positions-party-all").is_checked()
    assert page.locator(STATUS).inner_text() == "Showing all 3 parties on all 6 issues."
    expect(page.locator("#pos-ceasefire-ukraine")).to_be_in_viewport()
    header = page.locator("header.md-header").bounding_box()
    assert page.locator("#pos-ceasefire-ukraine").bounding_box()["y"] >= header["height"]
    watch.assert_clean()


def test_without_javascript_every_position_shows_and_no_filter_does(open_page: Any) -> None:
    page, _ = open_page(PHONE, javascript=False)
    assert page.evaluate(VISIBLE_CELLS) == cells(PARTIES, ISSUES)
    assert page.locator("form.positions-filter").is_hidden()
    rights = page.locator("#positions td").evaluate_all(
        "cells => cells.map(td => td.getBoundingClientRect().right)"
    )
    assert len(rights) == 18 and max(rights) <= PHONE["width"]


def test_filters_work_after_instant_navigation_and_coming_back(open_page: Any) -> None:
    page, watch = open_page(DESKTOP, path="")
    page.evaluate("() => { window.__samePage = true }")
    page.click(f'article[data-slug="{SEED_SLUG}"] h2 a')
    page.wait_for_selector("form.positions-filter:not([hidden])")
    # explainer pages have no site navigation: leave by the tracker link in the context
    page.click(".context-source a[href$='tracker/']")
    page.wait_for_url("**/tracker/")
    page.go_back()
    page.wait_for_selector("form.positions-filter:not([hidden])")
    assert page.evaluate("() => window.__samePage === true")
    assert page.locator("form.positions-filter").count() == 1
    page.locator("label[for=positions-party-ukraine]").click()
    page.locator("#positions-issue").select_option("sanctions")
    assert page.evaluate(VISIBLE_CELLS) == ["pos-sanctions-ukraine"]
    assert page.locator(STATUS).inner_text() == "Showing Ukraine on New sanctions on Russia."
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_filtered_phone_table_has_no_serious_accessibility_violation(
    open_page: Any, scheme: str
) -> None:
    page, watch = open_page(PHONE)
    set_palette(page, scheme)
    page.locator("label[for=positions-party-russia]").click()
    page.locator("#positions-issue").focus()
    assert axe_violations(page) == []
    watch.assert_clean()


def test_filters_work_in_the_embedded_table(open_page: Any) -> None:
    page, watch = open_page(PHONE, path=f"{SEED_SLUG}/embed/positions/")
    page.locator("label[for=positions-party-ukraine]").click()
    assert page.evaluate(VISIBLE_CELLS) == cells(["ukraine"], ISSUES)
    assert page.locator(STATUS).inner_text() == "Showing Ukraine on all 6 issues."
    watch.assert_clean()


NOT_STATED = [
    "pos-sanctions-russia", "pos-territory-united-states", "pos-territory-ukraine",
    "pos-nato-united-states", "pos-nato-ukraine", "pos-demilitarisation-united-states",
    "pos-demilitarisation-ukraine",
]  # fmt: skip
SHOWN_NOT_STATED = "() => [...document.querySelectorAll('td[data-stance=not-stated]')]" \
    ".filter(td => td.getBoundingClientRect().height > 1).map(td => td.id)"  # fmt: skip
SHOWN_ROWS = "() => [...document.querySelectorAll('#positions tbody tr')]" \
    ".filter(tr => tr.getBoundingClientRect().height > 1).map(tr => tr.dataset.issue)"  # fmt: skip
FOLD = "label[for=positions-unaddressed]"


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no script"])
def test_phone_folds_where_a_party_said_nothing_until_the_reader_asks(
    open_page: Any, javascript: bool
) -> None:
    page, watch = open_page(PHONE, javascript=javascript)
    assert page.evaluate(SHOWN_NOT_STATED) == []
    # Folded for the eye only: a screen reader still gets every cell under its column.
    assert len(accessibility_table(page)["cell"]) == 18
    assert page.locator(FOLD).inner_text() == "Show issues they did not address (7)"
    page.locator(FOLD).click()
    assert page.evaluate(SHOWN_NOT_STATED) == NOT_STATED
    assert page.locator("#pos-nato-ukraine .not-stated").inner_text() == \
        "— Not stated in the article"  # fmt: skip
    watch.assert_clean()


def test_desktop_folds_to_a_dash_in_the_partys_own_column(open_page: Any) -> None:
    page, watch = open_page(DESKTOP)
    cell = page.locator("#pos-nato-ukraine")
    header = page.locator("#positions thead th[data-party=ukraine]")
    assert cell.bounding_box()["x"] == pytest.approx(header.bounding_box()["x"], abs=1)
    assert cell.locator(".stance-icon").is_visible()
    words = cell.locator(".not-stated-label")
    assert words.bounding_box()["width"] <= 1
    page.locator(FOLD).click()
    assert words.bounding_box()["width"] > 100
    assert cell.bounding_box()["x"] == pytest.approx(header.bounding_box()["x"], abs=1)
    watch.assert_clean()


def test_a_card_left_with_nothing_said_by_the_chosen_party_folds_too(open_page: Any) -> None:
    page, watch = open_page(PHONE)
    page.locator("label[for=positions-party-ukraine]").click()
    assert page.evaluate(SHOWN_ROWS) == ["ceasefire", "peace-talks", "sanctions"]
    page.locator(FOLD).click()
    assert page.evaluate(SHOWN_ROWS) == ISSUES
    assert page.evaluate(SHOWN_NOT_STATED) == [
        "pos-territory-ukraine", "pos-nato-ukraine", "pos-demilitarisation-ukraine"
    ]  # fmt: skip
    watch.assert_clean()


def test_fold_control_works_by_keyboard_with_visible_focus(open_page: Any) -> None:
    page, watch = open_page(PHONE)
    page.locator("#positions-issue").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "positions-unaddressed"
    assert focus_outline(page, "#positions-unaddressed") == "solid 2px"
    page.keyboard.press("Space")
    assert page.locator("#positions-unaddressed").is_checked()
    assert page.evaluate(SHOWN_NOT_STATED) == NOT_STATED
    assert page.locator(FOLD).bounding_box()["height"] >= 24
    watch.assert_clean()


def test_link_to_a_folded_cell_shows_it(open_page: Any) -> None:
    page, watch = open_page(PHONE, path=f"{SEED_SLUG}/#pos-nato-ukraine")
    assert page.evaluate(SHOWN_NOT_STATED) == ["pos-nato-ukraine"]
    watch.assert_clean()
