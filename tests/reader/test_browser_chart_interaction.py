"""What the interactive charts give a reader, in a real browser at 360×740 and 1280×800:
activation moves nothing (same height, same key, same type size, the page below stays
put) on the explainer and the tracker; a tapped night shows its figures and their source
every time; keyboard focus shows them too and reads them out; the tracker's columns
switch between counts and shares (announced, the axis and the values changing); the
highlighted night keeps its date label on a phone; the key names only what is drawn;
the 7-night average is never drawn across a night without a report.

Headless Debian chromium; the seed site served on localhost.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.harness import PageWatch, axe_violations, set_palette
from tests.support.project import DESKTOP, PHONE, SEED_SLUG

pytestmark = pytest.mark.timeout(180)

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
TRACKER = "tracker/"
SEED = "2025-05-19"
SEED_FIGURES = (
    "19 May 2025: 108 launched; Shot down 35 (32%), Suppressed 58 (54%), Unaccounted for 15 "
    "(14%), derived; 7-night average 131.7, derived. Source: Ukrainian Air Force."
)

# Where the chart and what follows it sit on the page, its key and its type size.
FRAME = """(id) => {
  const figure = document.getElementById(id);
  const box = e => { const r = e.getBoundingClientRect();
                     return [Math.round(r.top + scrollY), Math.round(r.height)]; };
  const text = [...figure.querySelectorAll(
      '.chart-static svg text.c-tick, .chart-static svg text.c-value, ' +
      '.chart-plot .xtick text, .chart-plot .ytick text, .chart-plot text.bartext')]
    .filter(e => e.getClientRects().length);
  return {figure: box(figure), legend: box(figure.querySelector('.chart-legend')),
          keys: [...figure.querySelectorAll('.chart-legend li')]
                  .filter(e => e.getClientRects().length).map(e => e.textContent),
          type: Math.round(parseFloat(getComputedStyle(text[0]).fontSize) *
                           text[0].getScreenCTM().a),
          next: box(figure.parentElement.querySelector('#' + id + ' ~ *'))};
}"""
# The lines of the plot's label (a text of several lines has a tspan for each).
HOVER = """(id) => [...document.querySelectorAll('#' + id + '-plot .hoverlayer text')]
  .map(e => { const lines = [...e.querySelectorAll('tspan.line')];
              return lines.length ? lines.map(t => t.textContent).join('\\n')
                                  : e.textContent; })"""
TICKS = """(id) => [...document.querySelectorAll('#' + id + '-plot .xtick text')]
  .filter(e => { const r = e.getBoundingClientRect();
                 return r.width && r.left >= 0 && r.right <= innerWidth; })
  .map(e => e.textContent)"""
PLOTTED = """([id, night]) => {
  const plot = document.getElementById(id + '-plot');
  return {y: Object.fromEntries(plot.data.map(t => [t.name, t.y[t.x.indexOf(night)]])),
          axis: plot._fullLayout.yaxis.range,
          ticks: [...plot.querySelectorAll('.ytick text')].map(e => e.textContent)};
}"""


@pytest.fixture
def open_page(page_opener: Any) -> Any:
    def opener(path: str, device: str, **options: Any) -> tuple[Any, PageWatch]:
        touch = {"has_touch": True} if device == "phone" else {}
        return page_opener(path, VIEWPORTS[device], **touch, **options)  # type: ignore[no-any-return]

    return opener


def activate(page: Any, chart_id: str, device: str) -> None:
    if device == "phone":
        page.locator(f"#{chart_id} .chart-static").tap()
    else:
        page.locator(f"#{chart_id} .chart-activate").click()
    page.wait_for_selector(f"#{chart_id}[data-chart-state=interactive]", timeout=30000)


def wait_for_label(page: Any, first_line: str, chart_id: str = "chart-drones") -> None:
    """Plotly draws a hover label at most every 50 ms: the last one asked for comes."""
    page.wait_for_function(
        f"() => ({HOVER})('{chart_id}')[0]?.split('\\n')[0] === '{first_line}'",
        polling=100,
        timeout=5000,
    )


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize(
    ("path", "chart_id"),
    [(f"{SEED_SLUG}/", "chart-launches"), (TRACKER, "chart-drones"),
     (TRACKER, "chart-missiles"), (TRACKER, "chart-interception")],
)  # fmt: skip
def test_activating_a_chart_changes_neither_its_height_nor_its_key_nor_its_type_size(
    open_page: Any, path: str, chart_id: str, device: str
) -> None:
    page, watch = open_page(path, device)
    before = page.evaluate(FRAME, chart_id)
    activate(page, chart_id, device)
    page.wait_for_timeout(200)
    after = page.evaluate(FRAME, chart_id)
    assert after == before
    watch.assert_clean()


def test_tapping_a_night_on_a_phone_shows_its_figures_and_source_every_time(
    open_page: Any,
) -> None:
    page, watch = open_page(TRACKER, "phone")
    activate(page, "chart-drones", "phone")
    area = page.locator("#chart-drones-plot .nsewdrag").bounding_box()
    latest = (area["x"] + area["width"] * 0.985, area["y"] + area["height"] * 0.9)
    earlier = (area["x"] + area["width"] * 0.955, area["y"] + area["height"] * 0.9)
    for x, y in (latest, latest, earlier, latest):
        page.touchscreen.tap(x, y)
        wait_for_label(page, "19 May 2025" if (x, y) == latest else "18 May 2025")
        shown = page.evaluate(HOVER, "chart-drones")
        said = page.locator("#chart-drones .chart-night").text_content()
        if (x, y) == latest:
            assert shown == [
                "19 May 2025",
                "Shot down 35 (32%)",
                "Suppressed 58 (54%)",
                "Unaccounted for 15 (14%), derived",
                "7-night average: 131.7",
                "108 launched\nSource: Ukrainian Air Force",
            ]
            assert said == SEED_FIGURES
        else:
            assert shown[0] == "18 May 2025"
            assert shown[-1] == "112 launched\nSource: Ukrainian Air Force"
    watch.assert_clean()


def test_keyboard_focus_on_a_chart_shows_and_reads_out_a_nights_figures(
    open_page: Any,
) -> None:
    page, watch = open_page(TRACKER, "desktop")
    activate(page, "chart-drones", "desktop")
    page.locator("#chart-drones .chart-view button").first.focus()
    for _ in range(3):  # back to the plot, before its link to the explainer and the switch
        page.keyboard.press("Shift+Tab")
        if page.evaluate("() => document.activeElement.id") == "chart-drones-plot":
            break
    assert page.evaluate("() => document.activeElement.id") == "chart-drones-plot"
    assert page.evaluate(HOVER, "chart-drones")[0] == "19 May 2025"
    assert page.locator("#chart-drones .chart-night").text_content() == SEED_FIGURES
    assert page.locator("#chart-drones .chart-night").get_attribute("aria-live") == "polite"
    page.keyboard.press("ArrowLeft")
    wait_for_label(page, "18 May 2025")
    assert (
        page.locator("#chart-drones .chart-night")
        .text_content()
        .startswith("18 May 2025: 112 launched; Shot down 41 (37%)")
    )
    page.keyboard.press("Home")  # the first night shown
    wait_for_label(page, "20 April 2025")
    watch.assert_clean()


def test_the_explainers_chart_opened_from_the_keyboard_reads_out_each_segment(
    open_page: Any,
) -> None:
    page, watch = open_page(f"{SEED_SLUG}/", "desktop")
    page.locator("#chart-launches .chart-activate").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#chart-launches[data-chart-state=interactive]", timeout=30000)
    # the button is gone: focus goes on into the chart it opened
    assert page.evaluate("() => document.activeElement.id") == "chart-launches-plot"
    said = page.locator("#chart-launches .chart-night")
    wait_for_label(page, "Russia on Ukraine · Ukraine’s Air Force", "chart-launches")
    assert page.evaluate(HOVER, "chart-launches") == [
        "Russia on Ukraine · Ukraine’s Air Force\nShot down 35 (32%)"
    ]
    assert said.text_content() == "Russia on Ukraine · Ukraine’s Air Force. Shot down 35 (32%)"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert said.text_content() == (
        "Russia on Ukraine · Ukraine’s Air Force. Unaccounted for 15 (14%), derived. "
        "launched − shot down − suppressed = 108 − 35 − 58"
    )
    page.keyboard.press("End")
    wait_for_label(page, "Ukraine on Russia · Russia’s Ministry of Defense", "chart-launches")
    assert said.text_content() == "Ukraine on Russia · Russia’s Ministry of Defense. Intercepted 8"
    watch.assert_clean()


def test_tapping_a_segment_of_the_explainers_chart_shows_and_reads_its_figures(
    open_page: Any,
) -> None:
    page, watch = open_page(f"{SEED_SLUG}/", "phone")
    activate(page, "chart-launches", "phone")
    said = page.locator("#chart-launches .chart-night")
    for label, segment in [("Shot down 35 (32%)", 0), ("Suppressed 58 (54%)", 2)] * 2:
        box = page.locator("#chart-launches-plot .trace.bars .point path").nth(segment)
        area = box.bounding_box()
        page.touchscreen.tap(area["x"] + area["width"] / 2, area["y"] + area["height"] / 2)
        wait_for_label(page, "Russia on Ukraine · Ukraine’s Air Force", "chart-launches")
        page.wait_for_function(
            f"() => ({HOVER})('chart-launches')[0].endsWith('{label}')", polling=100
        )
        assert said.text_content() == f"Russia on Ukraine · Ukraine’s Air Force. {label}"
    watch.assert_clean()


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_counts_and_shares_switch_the_drawn_values_and_the_axis_and_say_so(
    open_page: Any, device: str
) -> None:
    page, watch = open_page(TRACKER, device)
    assert page.locator("#chart-interception .chart-view").count() == 0  # shares already
    for chart_id in ("chart-drones", "chart-missiles"):
        counts = page.locator(f"#{chart_id} .chart-view button[data-view='']")
        shares = page.locator(f"#{chart_id} .chart-view button[data-view=shares]")
        assert (counts.get_attribute("aria-pressed"), shares.get_attribute("aria-pressed")) == (
            "true", "false",
        )  # fmt: skip
        shares.tap() if device == "phone" else shares.click()  # also makes it interactive
        page.wait_for_function(
            f"() => document.getElementById('{chart_id}-plot')._fullLayout?.yaxis.range[1] === 100"
        )
        assert (counts.get_attribute("aria-pressed"), shares.get_attribute("aria-pressed")) == (
            "false", "true",
        )  # fmt: skip
        assert page.locator(f"#{chart_id} .chart-status").text_content() == (
            "Showing each part as a share of what was launched."
        )
        drawn = page.evaluate(PLOTTED, [chart_id, SEED if chart_id == "chart-drones" else
                                        "2025-04-23"])  # fmt: skip
        assert drawn["ticks"] == ["0%", "25%", "50%", "75%", "100%"]
        if chart_id == "chart-drones":
            assert {k: round(v, 1) for k, v in drawn["y"].items() if v} == {
                "Shot down": 32.4, "Suppressed": 53.7, "Unaccounted for": 13.9,
            }  # fmt: skip
            assert drawn["y"]["7-night average"] is None  # a count: not on a share's axis
            key = page.locator("#chart-drones .chart-legend li[data-legend=launched_average]")
            assert key.evaluate("e => getComputedStyle(e).visibility") == "hidden"
        counts.click()
        page.wait_for_function(
            f"() => document.getElementById('{chart_id}-plot')._fullLayout.yaxis.range[1] !== 100"
        )
        assert page.locator(f"#{chart_id} .chart-status").text_content() == (
            "Showing the numbers launched, shot down and suppressed."
        )
    assert page.evaluate(PLOTTED, ["chart-drones", SEED])["y"]["Shot down"] == 35
    set_palette(page, "slate")
    assert axe_violations(page, within="#chart-drones") == []
    watch.assert_clean()


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_the_explainers_chart_switches_between_counts_and_shares_too(
    open_page: Any, device: str
) -> None:
    page, watch = open_page(f"{SEED_SLUG}/", device)
    static = page.evaluate(FRAME, "chart-launches")
    shares = page.locator("#chart-launches .chart-view button[data-view=shares]")
    shares.tap() if device == "phone" else shares.click()
    plot = "document.getElementById('chart-launches-plot')"
    page.wait_for_function(f"() => {plot}._fullLayout?.xaxis.range[1] === 100")
    assert shares.get_attribute("aria-pressed") == "true"
    drawn = page.evaluate(f"() => {plot}.data.map(t => [t.name, t.x, t.text])")
    assert [(name, [round(x, 1) if x else x for x in xs], texts)
            for name, xs, texts in drawn] == [
        ("Shot down", [32.4, None], ["32%", ""]),  # Russia's 8: no whole, so no share
        ("Suppressed", [53.7, None], ["54%", ""]),
        ("Unaccounted for", [13.9, None], ["14%", ""]),
    ]  # fmt: skip
    ticks = page.eval_on_selector_all(
        "#chart-launches-plot .xtick text", "els => els.map(e => e.textContent)"
    )
    assert ticks == ["0%", "25%", "50%", "75%", "100%"]
    moved = page.evaluate(FRAME, "chart-launches")
    assert (moved["figure"], moved["next"]) == (static["figure"], static["next"])
    page.locator("#chart-launches .chart-view button[data-view='']").click()
    page.wait_for_function(f"() => {plot}._fullLayout.xaxis.range[1] !== 100")
    watch.assert_clean()


def test_shares_are_kept_when_the_reader_chooses_another_range(open_page: Any) -> None:
    page, watch = open_page(TRACKER, "desktop")
    page.locator("#chart-drones .chart-view button[data-view=shares]").click()
    page.wait_for_selector("#chart-drones[data-chart-state=interactive]", timeout=30000)
    page.get_by_label("All 36 nights").click()
    page.wait_for_function("() => document.querySelector('.chart-range-status')"
                           ".textContent.startsWith('Showing all')")  # fmt: skip
    assert page.evaluate(PLOTTED, ["chart-drones", SEED])["axis"] == [0, 100]
    watch.assert_clean()


def test_the_highlighted_night_keeps_its_date_label_when_the_phone_chart_is_activated(
    open_page: Any,
) -> None:
    page, watch = open_page(TRACKER, "phone")
    for chart_id in ("chart-drones", "chart-interception"):
        static = page.eval_on_selector_all(
            f"#{chart_id} svg.chart-svg-narrow text.c-tick", "els => els.map(e => e.textContent)"
        )
        assert "19 May" in static
        activate(page, chart_id, "phone")
        assert page.evaluate(TICKS, chart_id)[-1] == "19 May"
    watch.assert_clean()


def test_the_key_names_only_what_the_chart_draws(open_page: Any) -> None:
    page, watch = open_page(TRACKER, "phone", java_script_enabled=False)
    keys = page.eval_on_selector_all(
        "#chart-missiles .chart-legend li",
        "els => els.filter(e => e.getClientRects().length).map(e => e.textContent)",
    )  # no missile suppressed or unaccounted for is drawn
    assert keys == ["Shot down", "Not broken down", "No report", "Night with an explainer"]
    assert page.locator("#chart-missiles svg text.c-item").count() == 0  # one key: the page's
    watch.assert_clean()


def test_the_average_line_is_never_drawn_across_a_night_without_a_report(
    open_page: Any,
) -> None:
    page, watch = open_page(TRACKER, "desktop")
    path = page.locator("#chart-drones svg.chart-svg-wide path.c-line-average").get_attribute("d")
    assert path.count("M") == 2  # broken at the nights without a report (8 and 9 May)
    activate(page, "chart-drones", "desktop")
    line = page.evaluate(
        """() => document.getElementById('chart-drones-plot')._fullData
             .find(t => t.name === '7-night average')"""
    )
    nights = [line["x"].index(f"2025-05-{day:02}") for day in (7, 8, 9, 10)]
    assert [line["y"][i] is None for i in nights] == [False, True, True, False]
    assert line["connectgaps"] is False
    watch.assert_clean()
