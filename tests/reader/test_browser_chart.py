"""The launches chart in a real browser, on a phone (360×740) and a desktop (1280×800):
the static chart first, plotly.js only once the reader reaches for the chart, the same
numbers in both, the palette toggle, instant navigation, contrast and layout.

Headless Debian chromium; the seed site served on localhost with `site_url` set to the
server, so Material's instant navigation is really used.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.harness import PageWatch, axe_violations, set_palette
from tests.support.project import DESKTOP, PHONE, SEED_SLUG

pytestmark = pytest.mark.timeout(180)

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
EXPLAINER = f"{SEED_SLUG}/"
FIGURE = "#chart-launches"
STATIC_SVG = f"{FIGURE} .chart-static svg.chart-svg"
PLOT = f"{FIGURE}-plot"

BAR_NUMBERS = ["35", "58", "15", "8"]
# Under each bar of the static chart: a part's number only where its segment has no
# room for it (the number is on the segment otherwise).
PART_WORDS = [
    "Shot down (32%)",
    "Suppressed (54%)",
    "Unaccounted for (14%), derived",
    "Intercepted",
    "Suppressed: not reported",
    "Unaccounted for: cannot be worked out",
]
PLOT_PART_WORDS = [
    "Shot down 35 (32%)",
    "Suppressed 58 (54%)",
    "Unaccounted for 15 (14%), derived",
    "Intercepted 8",
    "Suppressed: not reported",
    "Unaccounted for: cannot be worked out",
]


@pytest.fixture
def open_page(page_opener: Any) -> Any:
    def opener(path: str = EXPLAINER, viewport: dict[str, int] = DESKTOP,
               **options: Any) -> tuple[Any, PageWatch]:  # fmt: skip
        return page_opener(path, viewport, **options)  # type: ignore[no-any-return]

    return opener


def chart_requests(watch: PageWatch) -> list[str]:
    return [
        url.rsplit("/", 1)[1]
        for url in watch.requests
        if "/vendor/plotly/" in url or url.endswith(".plotly.json")
    ]


def static_texts(page: Any, selector: str) -> list[str]:
    """The texts of the static drawing the reader sees (one of the two is hidden)."""
    return page.eval_on_selector_all(
        f"{STATIC_SVG} {selector}",
        "els => els.filter(e => e.getClientRects().length).map(e => e.textContent)",
    )


def plot_texts(page: Any, selector: str) -> list[str]:
    return page.eval_on_selector_all(
        f"{PLOT} .main-svg {selector}",
        "els => els.filter(e => e.getClientRects().length && "
        "getComputedStyle(e).opacity !== '0').map(e => e.textContent)",
    )


def activate(page: Any, how: str) -> None:
    if how == "tap":
        page.locator(f"{FIGURE} .chart-static").tap()
    elif how == "click":
        page.locator(f"{FIGURE} .chart-activate").click()
    elif how == "keyboard":
        page.locator(f"{FIGURE} .chart-activate").focus()
        page.keyboard.press("Enter")
    page.wait_for_selector(f"{FIGURE}[data-chart-state=interactive]", timeout=30000)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_static_chart_shows_the_numbers_without_javascript(open_page: Any, device: str) -> None:
    page, watch = open_page(viewport=VIEWPORTS[device], java_script_enabled=False)
    shown = page.eval_on_selector_all(
        STATIC_SVG, "els => els.filter(e => e.getClientRects().length).map(e => e.classList[1])"
    )
    assert shown == ["chart-svg-narrow" if device == "phone" else "chart-svg-wide"]
    assert static_texts(page, "text.c-value") == BAR_NUMBERS
    assert static_texts(page, "text.c-item") == PART_WORDS
    assert static_texts(page, "text.c-missing-label") == ["Launched: not reported"]
    assert not page.locator(f"{FIGURE} .chart-activate").is_visible()
    assert page.locator(f"{FIGURE} svg[role=img]:visible").get_attribute("aria-labelledby") == (
        "chart-launches-desc"
    )
    assert chart_requests(watch) == []
    watch.assert_clean()


@pytest.mark.parametrize(
    ("device", "how"),
    [("phone", "tap"), ("desktop", "click"), ("desktop", "keyboard")],
)
def test_plotly_loads_only_when_the_reader_reaches_for_the_chart_and_draws_the_same_numbers(
    open_page: Any, device: str, how: str
) -> None:
    options = {"has_touch": True} if how == "tap" else {}
    page, watch = open_page(viewport=VIEWPORTS[device], **options)
    page.wait_for_timeout(500)  # nothing arrives later either
    assert chart_requests(watch) == []
    activate(page, how)
    assert sorted(chart_requests(watch)) == ["launches.plotly.json", "plotly-basic-4.1.1.min.js"]
    assert not page.locator(f"{FIGURE} .chart-static").is_visible()
    assert sorted(plot_texts(page, "text.bartext")) == sorted(BAR_NUMBERS)
    notes = " ".join(plot_texts(page, "text.annotation-text"))
    for words in [*PLOT_PART_WORDS, "Launched: not reported", "Russia on Ukraine: 108 launched"]:
        assert words in notes
    watch.assert_clean()


def test_a_mouse_passing_over_the_chart_does_not_change_it(open_page: Any) -> None:
    page, watch = open_page(viewport=DESKTOP)
    page.locator(f"{FIGURE} .chart-static").hover()
    page.mouse.move(300, 200, steps=5)
    page.locator(f"{FIGURE} .chart-static").hover()
    page.wait_for_timeout(800)
    assert chart_requests(watch) == []
    assert page.locator(f"{FIGURE} .chart-static").is_visible()
    watch.assert_clean()


def test_chart_works_after_instant_navigation_from_the_home_page(open_page: Any) -> None:
    page, watch = open_page("")
    page.evaluate("() => { window.__samePage = true }")
    page.click(f'article[data-slug="{SEED_SLUG}"] h2 a')
    page.wait_for_selector(f"{FIGURE} .chart-static")
    assert page.evaluate("() => window.__samePage === true")
    assert static_texts(page, "text.c-value") == BAR_NUMBERS
    assert chart_requests(watch) == []
    activate(page, "click")
    assert sorted(plot_texts(page, "text.bartext")) == sorted(BAR_NUMBERS)
    # Away and back again: the new page's chart is attached afresh, the old plot let go.
    page.click(".md-header__button.md-logo")
    page.wait_for_selector(f'article[data-slug="{SEED_SLUG}"]')
    page.click(f'article[data-slug="{SEED_SLUG}"] h2 a')
    page.wait_for_selector(f"{FIGURE} .chart-static")
    activate(page, "click")
    assert sorted(plot_texts(page, "text.bartext")) == sorted(BAR_NUMBERS)
    assert page.evaluate("() => window.__samePage === true")
    assert sorted(chart_requests(watch)) == [
        "launches.plotly.json",
        "launches.plotly.json",
        "plotly-basic-4.1.1.min.js",
    ]
    watch.assert_clean()


def colours(page: Any) -> dict[str, str]:
    return page.evaluate(
        """() => {
          const fill = el => el ? getComputedStyle(el).fill : null;
          const svg = [...document.querySelectorAll('#chart-launches .chart-svg')]
            .find(e => e.getClientRects().length);
          return {
            static_bar: svg ? fill(svg.querySelector('.c-fill-shot-down')) : null,
            static_text: svg ? fill(svg.querySelector('.c-bar-label')) : null,
            plot_bar: fill(document.querySelector('#chart-launches-plot .trace.bars .point path')),
            plot_text: fill(document.querySelector('#chart-launches-plot .annotation-text')),
          };
        }"""
    )


def test_palette_toggle_recolours_both_renderings_without_a_reload(open_page: Any) -> None:
    page, watch = open_page()
    page.evaluate("() => { window.__samePage = true }")
    light_blue, dark_blue = "rgb(0, 114, 178)", "rgb(86, 180, 233)"
    light_text, dark_text = "rgb(31, 31, 31)", "rgb(226, 228, 233)"
    assert colours(page)["static_bar"] == light_blue
    set_palette(page, "slate")
    assert colours(page) == {"static_bar": dark_blue, "static_text": dark_text,
                                 "plot_bar": None, "plot_text": None}  # fmt: skip
    activate(page, "click")
    found = colours(page)
    assert (found["plot_bar"], found["plot_text"]) == (dark_blue, dark_text)
    set_palette(page, "default")
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector("
        "'#chart-launches-plot .trace.bars .point path')).fill === 'rgb(0, 114, 178)'"
    )
    page.locator(f"{FIGURE} .chart-static").evaluate("e => e.hidden = false")
    assert colours(page) == {"static_bar": light_blue, "static_text": light_text,
                             "plot_bar": light_blue, "plot_text": light_text}  # fmt: skip
    assert page.evaluate("() => window.__samePage === true")
    watch.assert_clean()


def test_interactive_chart_has_no_contrast_or_other_serious_violation_in_either_palette(
    open_page: Any,
) -> None:
    # The static chart is checked with the whole page (test_browser_site.py).
    page, watch = open_page()
    activate(page, "click")
    assert axe_violations(page, within=FIGURE) == []
    set_palette(page, "slate")
    assert axe_violations(page, within=FIGURE) == []
    watch.assert_clean()


OVERLAPS = """(selector) => {
  const boxes = [...document.querySelectorAll(selector)]
    .filter(e => e.getClientRects().length && e.textContent.trim()
                 && getComputedStyle(e).opacity !== '0')
    .map(e => { const r = e.getBoundingClientRect();
                return {text: e.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom}; });
  const found = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5)
        found.push([a.text, b.text]);
    }
  return {count: boxes.length, overlaps: found};
}"""

SIDEWAYS = """() => {
  const chart = document.querySelector('#chart-launches');
  const inner = [...chart.querySelectorAll('svg, .chart-plot, .main-svg')]
    .filter(e => e.getClientRects().length)
    .filter(e => e.getBoundingClientRect().right > chart.getBoundingClientRect().right + 0.5);
  return {page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          outside: inner.map(e => e.getAttribute('class'))};
}"""


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_labels_never_overlap_and_nothing_scrolls_sideways(open_page: Any, device: str) -> None:
    page, watch = open_page(viewport=VIEWPORTS[device], has_touch=device == "phone")
    static = page.evaluate(OVERLAPS, f"{STATIC_SVG} text")
    assert static == {"count": {"phone": 24, "desktop": 23}[device], "overlaps": []}
    assert page.evaluate(SIDEWAYS) == {"page": 0, "outside": []}
    activate(page, "tap" if device == "phone" else "click")
    plot = page.evaluate(OVERLAPS, f"{PLOT} .main-svg text")
    assert plot["count"] >= 17 and plot["overlaps"] == []
    assert page.evaluate(SIDEWAYS) == {"page": 0, "outside": []}
    watch.assert_clean()


def test_embedded_chart_becomes_interactive_from_its_own_address(open_page: Any) -> None:
    page, watch = open_page(f"{SEED_SLUG}/embed/chart-launches/")
    assert static_texts(page, "text.c-value") == BAR_NUMBERS
    assert chart_requests(watch) == []
    activate(page, "click")
    assert sorted(plot_texts(page, "text.bartext")) == sorted(BAR_NUMBERS)
    watch.assert_clean()
