"""The site around the stories, as a newsroom's and not documentation's: story cards whose
headlines are not underlined until pointed at, a 404 page with the site's header, a way
home and a search field a reader can see in both palettes, a closed phone drawer the
keyboard never enters, and an Embed box that offers no dead button without JavaScript.

Headless Debian chromium on the seed site (tests/conftest.py's page_opener).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.harness import set_palette
from tests.support.project import DESKTOP, PHONE, SEED_SLUG

pytestmark = pytest.mark.timeout(180)

NOT_FOUND = "no-such-story/"
CARD_HEADLINES = ".explainer-entry-title a, .tracker-teaser h2 a"

# WCAG's contrast ratio of two CSS colours, the first blended onto the second.
CONTRAST = """([fg, bg]) => {
  const channel = (c) => {
    c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const parse = (css) => css.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const [f, b] = [parse(fg), parse(bg)];
  const a = f.length > 3 ? f[3] : 1;
  const blended = [0, 1, 2].map((i) => f[i] * a + b[i] * (1 - a));
  const [light, dark] = [luminance(blended), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}"""


def underline(page: Any, selector: str) -> str:
    return str(page.locator(selector).evaluate("e => getComputedStyle(e).textDecorationLine"))


@pytest.mark.parametrize("path", ["", "explainers/"], ids=["home", "archive"])
def test_story_card_headlines_are_underlined_only_when_pointed_at_or_focused(
    page_opener: Any, path: str
) -> None:
    page, watch = page_opener(path, PHONE)
    headlines = page.locator(CARD_HEADLINES)
    assert headlines.count() == (2 if path == "" else 1)  # the home page has the tracker's
    for n in range(headlines.count()):
        assert headlines.nth(n).evaluate("e => getComputedStyle(e).textDecorationLine") == "none"
    card = f'article[data-slug="{SEED_SLUG}"] .explainer-entry-title a'
    page.locator(card).hover()
    assert underline(page, card) == "underline"
    page.mouse.move(0, 0)
    page.locator(card).focus()
    assert underline(page, card) == "underline"
    watch.assert_clean()


def test_story_card_on_a_phone_gives_the_standfirst_the_cards_whole_width(
    page_opener: Any,
) -> None:
    page, watch = page_opener("", PHONE)
    card = page.locator(f'article[data-slug="{SEED_SLUG}"]')
    summary = card.locator(".explainer-entry-summary").bounding_box()
    image = card.locator(".explainer-entry-image").bounding_box()
    title = card.locator(".explainer-entry-title").bounding_box()
    assert summary["width"] >= card.bounding_box()["width"] - 1
    assert summary["y"] >= max(image["y"] + image["height"], title["y"] + title["height"])
    assert image["x"] > title["x"] + title["width"]  # the thumbnail beside the headline
    watch.assert_clean()


@pytest.mark.parametrize("palette", ["default", "slate"])
@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_not_found_page_is_the_newsrooms_with_a_way_home_and_a_visible_search_field(
    page_opener: Any, device: str, palette: str
) -> None:
    viewport = PHONE if device == "phone" else DESKTOP
    page, watch = page_opener(NOT_FOUND, viewport)
    set_palette(page, palette)
    assert page.locator("header.md-header").is_visible()
    headline = page.locator(".md-content h1")
    assert headline.inner_text() == "Page not found"
    assert int(headline.evaluate("e => getComputedStyle(e).fontWeight")) >= 700
    assert page.locator(".not-found-links a").all_inner_texts() == [
        "The newest explainers", "All explainers, month by month"
    ]  # fmt: skip
    # No documentation chrome: neither the site's navigation nor a table of contents.
    on_screen = page.evaluate("""() => [...document.querySelectorAll(".md-sidebar")]
        .filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.right > 0 && r.left < window.innerWidth).length""")
    assert on_screen == 0
    # The field's edge stands out from the page (WCAG 1.4.11: at least 3:1).
    field = page.locator("#not-found-query")
    assert field.is_visible() and field.bounding_box()["width"] >= 200
    edge = field.evaluate("""e => [getComputedStyle(e).borderTopColor,
        getComputedStyle(document.body).backgroundColor, getComputedStyle(e).borderTopWidth]""")
    assert float(edge[2].removesuffix("px")) >= 1
    assert page.evaluate(CONTRAST, edge[:2]) >= 3
    field.fill("sanctions")
    page.locator(".not-found-search button").click()
    page.wait_for_url("**/?q=sanctions")
    watch.console_errors = [e for e in watch.console_errors if "404" not in e]
    watch.assert_clean()


@pytest.mark.parametrize(
    ("path", "javascript"),
    [("", False), ("explainers/", False), (f"{SEED_SLUG}/", False),
     (f"{SEED_SLUG}/article/", False), ("tracker/", False), (NOT_FOUND, False),
     (NOT_FOUND, True)],
    ids=["home", "archive", "explainer", "article", "tracker", "404", "404 with script"],
)  # fmt: skip
def test_phone_never_scrolls_sideways_and_tab_never_enters_the_closed_drawer(
    page_opener: Any, path: str, javascript: bool
) -> None:
    page, watch = page_opener(path, PHONE, java_script_enabled=javascript)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    in_drawer = []
    for _ in range(12):
        page.keyboard.press("Tab")
        in_drawer.append(page.evaluate(
            "() => Boolean(document.activeElement.closest('.md-sidebar--primary'))"
        ))  # fmt: skip
    assert not any(in_drawer)
    # Opened, the drawer is there for the keyboard (a label: no script needed). Reloaded
    # first: the Tabs may have reached Material's search, which covers the page.
    page.reload()
    page.locator(".md-header label[for=__drawer]").click()
    assert page.locator(".md-sidebar--primary a.md-nav__link").first.is_visible()
    if path == NOT_FOUND:
        watch.console_errors = [e for e in watch.console_errors if "404" not in e]
    watch.assert_clean()


def test_embed_box_without_javascript_offers_the_code_and_no_dead_copy_button(
    page_opener: Any,
) -> None:
    page, watch = page_opener(f"{SEED_SLUG}/", PHONE, java_script_enabled=False)
    box = page.locator('details[data-embed="positions"]')
    # a plain disclosure, not one of Material's admonition boxes
    assert box.evaluate("e => [getComputedStyle(e).borderTopStyle, getComputedStyle(e)"
                        ".boxShadow]") in (["none", "none"], ["hidden", "none"])  # fmt: skip
    box.locator("summary").click()
    assert page.locator("#embed-code-positions").is_visible()
    assert box.get_by_role("button").count() == 0
    assert box.locator("text=Open the embed on its own").is_visible()
    watch.assert_clean()
