"""The tracker page in a real browser: static charts first, plotly.js only when the reader
chooses a range (by mouse, tap or keyboard), the same seed-night figures in both, gaps
never drawn as 0, the table following the range, no request off the site, nothing
sideways on a phone, and no serious accessibility violation in either palette.

Headless Debian chromium; the seed site served on localhost with `site_url` set to the
server (Material's instant navigation is really used).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.harness import PageWatch, axe_violations, set_palette
from tests.support.project import DESKTOP, PHONE

pytestmark = pytest.mark.timeout(180)

TRACKER = "tracker/"
CHARTS = ("drones", "missiles", "interception")
SEED = "2025-05-19"

# What Plotly drew for a night: each trace's value that night, by trace name.
PLOTTED = """([chart, night]) => {
  const plot = document.getElementById('chart-' + chart + '-plot');
  return Object.fromEntries(plot.data.map(t => [t.name, t.y[t.x.indexOf(night)]]));
}"""
X_RANGE = "(chart) => document.getElementById('chart-' + chart + '-plot')._fullLayout.xaxis.range"
SIDEWAYS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def open_page(page_opener: Any) -> Any:
    def opener(viewport: dict[str, int] = DESKTOP, **options: Any) -> tuple[Any, PageWatch]:
        return page_opener(TRACKER, viewport, **options)  # type: ignore[no-any-return]

    return opener


def plotly_requests(watch: PageWatch) -> list[str]:
    return sorted(
        url.rsplit("/", 1)[1]
        for url in watch.requests
        if "/vendor/plotly/" in url or url.endswith(".plotly.json")
    )


def wait_interactive(page: Any) -> None:
    for chart in CHARTS:
        page.wait_for_selector(f"#chart-{chart}[data-chart-state=interactive]", timeout=30000)


def table(page: Any, chart: str) -> dict[str, Any]:
    return page.evaluate(
        """(chart) => {
          const table = document.querySelector('#chart-' + chart + ' table.chart-figures');
          const rows = [...table.tBodies[0].rows];
          return {caption: table.caption.textContent, nights: rows.length,
                  first: rows[0].dataset.bar, last: rows[rows.length - 1].dataset.bar,
                  seed: [...table.querySelectorAll('tr[data-bar="2025-05-19"] td')]
                         .map(c => c.textContent),
                  link: (table.querySelector('tr[data-bar="2025-05-19"] th a') || {})
                         .textContent};
        }""",
        chart,
    )


def test_tracker_draws_static_then_interactive_with_the_seed_figures_and_gaps_never_zero(
    open_page: Any,
) -> None:
    page, watch = open_page()
    page.wait_for_timeout(500)  # nothing arrives later either
    assert plotly_requests(watch) == []
    title = page.locator(f'#chart-drones svg.chart-svg-wide g[data-bar="{SEED}"] title')
    assert title.text_content() == (
        "19 May: 108 launched, 35 shot down, 58 suppressed by electronic warfare, "
        "15 unaccounted for"
    )
    page.get_by_label("All 36 nights").click()
    wait_interactive(page)
    assert plotly_requests(watch) == [
        "drones.plotly.json",
        "interception.plotly.json",
        "missiles.plotly.json",
        "plotly-basic-4.1.1.min.js",
    ]
    assert page.evaluate(PLOTTED, ["drones", SEED]) == {
        "No report": None,
        "Shot down": 35,
        "Suppressed": 58,
        "Unaccounted for": 15,
        "Not broken down": None,
        "7-night average": pytest.approx(131.71, abs=0.01),
        "Night": 0,  # (a zero-high bar: its hover line is the night's whole and source)
    }
    gap = page.evaluate(PLOTTED, ["drones", "2025-05-08"])
    assert (gap["No report"], gap["Shot down"], gap["Suppressed"]) == (300, None, None)
    assert page.evaluate(X_RANGE, "drones") == ["2025-04-13 12:00:00", "2025-05-19 12:00:00"]
    seen = table(page, "drones")
    assert (seen["nights"], seen["first"], seen["last"]) == (36, "2025-04-14", SEED)
    assert seen["seed"] == ["108", "35 (32%)", "58 (54%)", "15 (14%), derived", "131.7, derived"]
    assert seen["link"] == "Explainer: 108 drones, one phone call: Russia strikes Ukraine " \
        "hours after the Trump–Putin talk"  # fmt: skip
    assert page.locator(".chart-range-status").text_content() == (
        "Showing all 36 nights: 14 April 2025 to 19 May 2025."
    )
    watch.assert_clean()
    # The mark over the seed night leads to its explainer, in the same tab.
    page.locator("#chart-drones-plot .annotation a").first.click()  # Plotly wraps the note
    page.wait_for_url("**/drone-strikes-trump-putin-call/")
    page.wait_for_selector("#context-russian-drones-on-ukraine")
    watch.assert_clean()


def test_range_is_chosen_by_keyboard_alone(open_page: Any) -> None:
    page, watch = open_page()
    page.locator("input[name=tracker-range][value='30']").focus()
    page.keyboard.press("ArrowRight")  # radio buttons: the arrow keys move the choice
    wait_interactive(page)
    page.wait_for_function("() => document.querySelector('.chart-range-status')"
                           ".textContent.startsWith('Showing all')")  # fmt: skip
    assert table(page, "missiles")["nights"] == 36
    page.keyboard.press("Tab")  # to the explainers' nights
    page.keyboard.press("ArrowDown")
    page.wait_for_function("() => document.querySelector('.chart-range-status')"
                           ".textContent.startsWith('Showing around')")  # fmt: skip
    assert page.locator("input[name=tracker-range]:checked").count() == 0
    for chart in CHARTS:
        seen = table(page, chart)
        assert (seen["caption"], seen["nights"], seen["first"], seen["last"]) == (
            "The chart’s figures, night by night: around 19 May 2025, 19 April 2025 to 19 May 2025",
            31,
            "2025-04-19",
            SEED,
        )
        assert page.evaluate(X_RANGE, chart) == ["2025-04-18 12:00:00", "2025-05-19 12:00:00"]
    # The palette toggle redraws with the chosen range kept.
    set_palette(page, "slate")
    page.wait_for_timeout(300)
    assert page.evaluate(X_RANGE, "drones") == ["2025-04-18 12:00:00", "2025-05-19 12:00:00"]
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_tracker_on_a_phone_never_scrolls_sideways_and_has_no_serious_violation(
    open_page: Any, scheme: str
) -> None:
    page, watch = open_page(PHONE, has_touch=True)
    set_palette(page, scheme)
    assert page.evaluate(SIDEWAYS) == 0
    assert axe_violations(page) == []
    page.get_by_label("All 36 nights").tap()
    wait_interactive(page)
    page.locator("#chart-drones details.chart-table-details summary").tap()
    assert page.evaluate(SIDEWAYS) == 0
    assert axe_violations(page) == []
    watch.assert_clean()
