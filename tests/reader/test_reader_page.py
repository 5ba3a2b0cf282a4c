"""The seed explainer as a reader meets it, on a phone (360×740) and a desktop (1280×800),
in both palettes: the story first (a bold, full-contrast headline, the chart within a
screen and a half), each of the night's main figures said where it helps (at most four
times in the visible text), a page of at most ten phone screens, a chart that changes
nothing around it when it becomes interactive and draws nothing for a figure not
reported."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.harness import set_palette
from tests.support.project import DESKTOP, PHONE, SEED_SLUG

EXPLAINER = f"{SEED_SLUG}/"
MAIN_FIGURES = ("108", "58", "35", "15")
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
PALETTES = ("default", "slate")

# Every text node of the page's content a reader can see (not display:none, not in a
# closed <details>, not screen-reader-only text clipped to a pixel), content-visibility:
# auto sections included. Material's header, which shows the page's title once the
# headline is scrolled away, is the site's chrome, not the story's text.
VISIBLE_TEXT = """() => {
  const content = document.querySelector(".md-content");
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  const seen = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.textContent.trim()) continue;
    if (element.closest("script, style, template, .visually-hidden, .md-search")) continue;
    if (!element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    seen.push(node.textContent);
  }
  return seen.join(" ");
}"""

# WCAG's contrast ratio of an element's text on the page's background.
CONTRAST = """(selector) => {
  const channel = (c) => {
    c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const parse = (css) => css.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const blend = (fg, bg) => { const a = fg.length > 3 ? fg[3] : 1;
    return [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a)); };
  const element = document.querySelector(selector);
  const background = parse(getComputedStyle(document.body).backgroundColor);
  const colour = blend(parse(getComputedStyle(element).color), background);
  const [light, dark] = [luminance(colour), luminance(background)].sort((a, b) => b - a);
  return {ratio: (light + 0.05) / (dark + 0.05),
          weight: Number(getComputedStyle(element).fontWeight)};
}"""


SCROLL_THROUGH = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 600) {
    window.scrollTo(0, y); await new Promise(requestAnimationFrame); }
  window.scrollTo(0, 0); }"""


def open_explainer(page_opener: Any, viewport: dict[str, int], palette: str) -> Any:
    page, watch = page_opener(EXPLAINER, viewport)
    set_palette(page, palette)
    # Sections laid out only near the screen (content-visibility) get their real height.
    page.evaluate(SCROLL_THROUGH)
    watch.assert_clean()
    return page


def chart_top(page: Any) -> float:
    """Where the chart's frame begins: its title, which states the finding."""
    return float(page.evaluate(
        "() => document.querySelector('#chart-launches').getBoundingClientRect().top"
        " + window.scrollY"
    ))  # fmt: skip


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_the_story_comes_first_with_the_chart_within_a_screen_and_a_half(
    page_opener: Any, device: str, palette: str
) -> None:
    viewport = VIEWPORTS[device]
    page = open_explainer(page_opener, viewport, palette)
    assert chart_top(page) <= 1.5 * viewport["height"]
    headline = page.evaluate(CONTRAST, ".explainer-header h1")
    body = page.evaluate(CONTRAST, ".explainer-summary")
    # The headline is the page's strongest text: bold, and at least as dark (or light, in
    # the dark palette) as the text of the summary, far above WCAG's 7:1.
    assert headline["weight"] >= 700
    assert headline["ratio"] >= 12 and headline["ratio"] >= body["ratio"] - 0.01
    # No documentation chrome: neither the site's navigation nor a table of contents.
    # (On a phone Material keeps its navigation drawer off the screen until it is opened.)
    on_screen = page.evaluate("""() => [...document.querySelectorAll(".md-sidebar")]
        .filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.right > 0 && r.left < window.innerWidth).length""")
    assert on_screen == 0


@pytest.mark.parametrize("palette", PALETTES)
def test_each_main_figure_is_said_at_most_four_times_on_at_most_ten_phone_screens(
    page_opener: Any, palette: str
) -> None:
    page = open_explainer(page_opener, PHONE, palette)
    text = page.evaluate(VISIBLE_TEXT)
    counts = {
        figure: len(
            page.evaluate(f"(t) => t.match(/(?<![\\d,.])({figure})(?![\\d,.%])/g) || []", text)
        )
        for figure in MAIN_FIGURES
    }
    assert all(1 <= count <= 4 for count in counts.values()), counts
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height <= 10 * PHONE["height"], height / PHONE["height"]


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_activating_the_chart_moves_nothing_below_it(
    page_opener: Any, device: str, palette: str
) -> None:
    page = open_explainer(page_opener, VIEWPORTS[device], palette)
    where = """() => document.querySelector("#chart-launches .chart-sources")
        .getBoundingClientRect().top + window.scrollY"""
    before = page.evaluate(where)
    page.locator("#chart-launches .chart-activate").click()
    page.wait_for_selector("#chart-launches[data-chart-state=interactive] .main-svg")
    assert page.evaluate(where) == pytest.approx(before, abs=1)
    legend = page.locator("#chart-launches .chart-legend")
    assert legend.is_visible()


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_nothing_is_drawn_for_a_figure_not_reported(page_opener: Any, device: str) -> None:
    page = open_explainer(page_opener, VIEWPORTS[device], "default")
    drawn = page.evaluate(
        "() => [...document.querySelectorAll('#chart-launches .chart-static rect[data-bar]')]"
        ".filter((r) => r.getBoundingClientRect().width > 0)"
        ".map((r) => r.dataset.bar + ' ' + r.dataset.measure)"
    )
    assert "ukrainian-drones-on-russia launched" not in drawn
    assert "ukrainian-drones-on-russia suppressed" not in drawn
    assert "ukrainian-drones-on-russia shot_down" in drawn
    page.locator("#chart-launches .chart-activate").click()
    page.wait_for_selector("#chart-launches[data-chart-state=interactive] .main-svg")
    shapes = page.evaluate(
        "() => (document.querySelector('#chart-launches .chart-plot').layout.shapes || [])"
        ".filter((s) => s.type === 'rect' && s.line && s.line.dash).length"
    )
    assert shapes == 0


@pytest.mark.parametrize("path", ["", EXPLAINER, "tracker/"])
def test_a_phone_without_javascript_never_scrolls_sideways(page_opener: Any, path: str) -> None:
    page, watch = page_opener(path, PHONE, java_script_enabled=False)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    watch.assert_clean()


def test_tab_on_a_phone_does_not_enter_the_closed_navigation_drawer(page_opener: Any) -> None:
    page, watch = page_opener(EXPLAINER, PHONE)
    focused = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused.append(page.evaluate(
            "() => Boolean(document.activeElement.closest('.md-sidebar--primary'))"
        ))  # fmt: skip
    assert not any(focused)
    page.locator(".md-header label[for=__drawer]").click()
    assert page.evaluate("() => document.querySelector('.md-sidebar--primary').inert") is False
    watch.assert_clean()
