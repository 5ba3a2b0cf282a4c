"""The night in context on the seed explainer, in a real browser on a phone (360×740) and
a desktop (1280×800): a small column chart of the 30 nights before the story's night and
the night itself, highlighted by colour and by its label, the median and the most
written on it, nights without a report drawn as grey bands and never as a column; read
without JavaScript, made interactive on request without moving the page, axe clean."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reader.test_browser_chart import OVERLAPS
from tests.support.harness import axe_violations, set_palette
from tests.support.project import DESKTOP, PHONE, SEED_SLUG

pytestmark = pytest.mark.timeout(180)

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
EXPLAINER = f"{SEED_SLUG}/"
FIGURE = "#chart-context-russian-drones-on-ukraine"
STATIC_SVG = f"{FIGURE} .chart-static svg.chart-svg"
PLOT = f"{FIGURE}-plot"
GAPS = ["2025-04-19", "2025-05-08", "2025-05-09"]

# What the reader sees of the static drawing on screen (one of its two is hidden).
SEEN = """(svg) => {
  const drawing = [...document.querySelectorAll(svg)].find((e) => e.getClientRects().length);
  const visible = (e) => {
    const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const nights = [...drawing.querySelectorAll("g.c-night")];
  const columns = nights.filter((g) => [...g.querySelectorAll("rect:not(.c-gap)")].some(visible));
  const highlighted = drawing.querySelector("rect.c-fill-highlight").getBoundingClientRect();
  const label = drawing.querySelector("text.c-highlight-label");
  const box = label.getBoundingClientRect();
  return {
    nights: nights.length,
    columns: columns.map((g) => g.dataset.bar),
    bands: nights.filter((g) => g.querySelector("rect.c-gap")).map((g) => g.dataset.bar),
    highlight: getComputedStyle(drawing.querySelector("rect.c-fill-highlight")).fill,
    others: [...new Set([...drawing.querySelectorAll("rect.c-fill-context")]
      .map((r) => getComputedStyle(r).fill))],
    label: label.textContent,
    labelColour: getComputedStyle(label).fill,
    labelUnderColumn: box.left < highlighted.right && box.right > highlighted.left
      && box.top >= highlighted.bottom,
    references: [...drawing.querySelectorAll("text[data-reference]")]
      .filter(visible).map((t) => t.dataset.reference + ": " + t.textContent),
  };
}"""


@pytest.mark.parametrize("palette", ["default", "slate"])
@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_the_night_stands_out_among_the_30_before_it_by_colour_and_label(
    page_opener: Any, device: str, palette: str
) -> None:
    page, watch = page_opener(EXPLAINER, VIEWPORTS[device])
    set_palette(page, palette)
    seen = page.evaluate(SEEN, STATIC_SVG)
    assert seen["nights"] == 31
    assert len(seen["columns"]) == 28 and not set(GAPS) & set(seen["columns"])
    assert seen["bands"] == GAPS  # grey bands, no column of 0
    assert seen["columns"][-1] == "2025-05-19"
    assert len(seen["others"]) == 1 and seen["highlight"] not in seen["others"]
    assert seen["label"] == "This night, 19 May" and seen["labelUnderColumn"]
    assert seen["labelColour"] == seen["highlight"]  # the label is in the column's colour
    assert seen["references"] == ["median: Median114derived", "maximum: Most 273"]
    assert page.locator(f"{FIGURE} .context-gaps").inner_text() == (
        "Shaded: no report on 19 April, 8 and 9 May, not counted as 0."
    )
    watch.assert_clean()


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_the_context_chart_reads_without_javascript(page_opener: Any, device: str) -> None:
    page, watch = page_opener(EXPLAINER, VIEWPORTS[device], java_script_enabled=False)
    seen = page.evaluate(SEEN, STATIC_SVG)
    assert (seen["nights"], len(seen["columns"]), seen["bands"]) == (31, 28, GAPS)
    assert seen["label"] == "This night, 19 May"
    assert seen["references"] == ["median: Median114derived", "maximum: Most 273"]
    assert not page.locator(f"{FIGURE} .chart-activate").is_visible()
    page.locator(f"{FIGURE} summary").click()  # "Show the figures" opens without a script
    assert page.locator(f"{FIGURE} table.chart-figures tbody tr").count() == 31
    watch.assert_clean()


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_the_context_chart_is_small_and_its_labels_never_overlap(
    page_opener: Any, device: str
) -> None:
    page, watch = page_opener(EXPLAINER, VIEWPORTS[device])
    drawing = page.evaluate(
        f"() => [...document.querySelectorAll('{STATIC_SVG}')]"
        ".find((e) => e.getClientRects().length).getBoundingClientRect().height"
    )
    assert 150 <= drawing <= 300
    static = page.evaluate(OVERLAPS, f"{STATIC_SVG} text")
    assert static["overlaps"] == [] and static["count"] >= 10
    watch.assert_clean()


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_the_interactive_context_chart_draws_the_same_and_moves_nothing_below_it(
    page_opener: Any, device: str
) -> None:
    page, watch = page_opener(EXPLAINER, VIEWPORTS[device])
    below = f"() => document.querySelector('{FIGURE} .chart-sources').getBoundingClientRect().top"
    page.locator(FIGURE).scroll_into_view_if_needed()
    before = page.evaluate(below)
    page.locator(f"{FIGURE} .chart-activate").click()
    page.wait_for_selector(f"{FIGURE}[data-chart-state=interactive] .main-svg")
    assert page.evaluate(below) == pytest.approx(before, abs=1)
    bars = page.evaluate(
        f"() => [...document.querySelectorAll('{PLOT} .barlayer .trace')]"
        ".map((t) => [...t.querySelectorAll('.point path')]"
        ".filter((p) => p.getBoundingClientRect().height > 0).length)"
    )
    assert bars == [3, 28]  # the grey bands, then the columns: none for a night without
    notes = page.eval_on_selector_all(
        f"{PLOT} text.annotation-text", "els => els.map((e) => e.textContent)"
    )
    assert notes == ["Drones launched per night", "Median114derived", "Most 273"]
    ticks = page.eval_on_selector_all(f"{PLOT} .xtick text", "els => els.map((e) => e.textContent)")
    assert ticks[-1] == "This night, 19 May"
    plot = page.evaluate(OVERLAPS, f"{PLOT} .main-svg text")
    assert plot["overlaps"] == []
    watch.assert_clean()


def test_the_context_chart_has_no_serious_violation_in_either_palette(page_opener: Any) -> None:
    page, watch = page_opener(EXPLAINER, PHONE)
    page.locator(f"{FIGURE} summary").click()  # its table too, with each night's report
    for palette in ("default", "slate"):
        set_palette(page, palette)
        assert axe_violations(page, within=f"#{FIGURE[1:]}") == []
    page.locator(f"{FIGURE} .chart-activate").click()
    page.wait_for_selector(f"{FIGURE}[data-chart-state=interactive] .main-svg")
    for palette in ("default", "slate"):
        set_palette(page, palette)
        assert axe_violations(page, within=FIGURE) == []
    watch.assert_clean()
