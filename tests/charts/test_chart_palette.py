"""Chart colours a reader can tell apart and read, in both of Material's palettes, and the
stylesheet that applies them kept equal to the palette."""

from __future__ import annotations

import re

import pytest

from generator.charts.palette import PAGE, SCHEMES, SWATCHES, contrast, css_variables
from generator.charts.svgparts import WIDE
from tests.support.project import REPO

CHARTS_CSS = (REPO / "generator" / "assets" / "charts.css").read_text(encoding="utf-8")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_numbers_written_on_a_segment_are_legible(scheme: str) -> None:
    for style, swatch in SWATCHES[scheme].items():
        assert contrast(swatch.ink, swatch.fill) >= 4.5, (scheme, style)
        if swatch.stripe:
            assert contrast(swatch.ink, swatch.stripe) >= 4.5, (scheme, style)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_coloured_shape_stands_out_from_the_page(scheme: str) -> None:
    page = PAGE[scheme]
    for style, swatch in SWATCHES[scheme].items():
        assert contrast(swatch.fill, page["background"]) >= 3, (scheme, style)
    for role in ("outline", "axis"):
        assert contrast(page[role], page["background"]) >= 3, (scheme, role)
    for role in ("text", "muted"):
        assert contrast(page[role], page["background"]) >= 4.5, (scheme, role)


def test_parts_next_to_each_other_differ_in_lightness_not_only_in_hue() -> None:
    for scheme in SCHEMES:
        fills = [SWATCHES[scheme][s].fill for s in ("shot-down", "suppressed", "unaccounted")]
        assert contrast(fills[0], fills[1]) >= 1.3 and contrast(fills[1], fills[2]) >= 1.1


def css_block(selector: str) -> dict[str, str]:
    match = re.search(re.escape(selector) + r" \{(.*?)\}", CHARTS_CSS, re.S)
    assert match, selector
    return dict(re.findall(r"(--chart-[\w-]+): (#[0-9a-f]{6});", match.group(1)))


def test_stylesheet_colours_are_the_palettes() -> None:
    assert css_block("\n.chart") == css_variables("default")
    assert css_block('[data-md-color-scheme="slate"] .chart') == css_variables("slate")


def test_stylesheet_colours_every_style_of_the_palette() -> None:
    for style, swatch in SWATCHES["default"].items():
        if style == "average":
            assert f".chart .c-line-{style} {{ stroke: var(--chart-{style}); }}" in CHARTS_CSS
            continue
        assert f".chart .c-fill-{style} {{ fill: var(--chart-{style}); }}" in CHARTS_CSS
        assert f".chart .c-ink-{style} {{ fill: var(--chart-{style}-ink); }}" in CHARTS_CSS
        if swatch.stripe:
            assert f".chart .c-stripe-{style} {{ fill: var(--chart-{style}-stripe); }}" in (
                CHARTS_CSS
            )


def test_wide_drawing_is_shown_where_its_canvas_fits() -> None:
    assert f"@container (min-width: {WIDE.width:.0f}px)" in CHARTS_CSS
