"""The explainer's stylesheets and scripts belong to the generated pages alone, also
under Material's instant navigation: arriving from the site's own about page they come
in with the explainer (its filters work), and leaving for that page they go."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.project import DESKTOP, SEED_SLUG

pytestmark = pytest.mark.timeout(180)

EXPLAINER_SHEETS = (
    "() => [...document.querySelectorAll('link[rel=stylesheet]')]"
    ".filter(l => l.href.includes('/assets/explainer/')).length"
)


def test_about_page_loads_no_explainer_file_and_instant_navigation_brings_them(
    page_opener: Any,
) -> None:
    page, watch = page_opener("about/", DESKTOP)
    assert [r for r in watch.requests if "/assets/explainer/" in r] == []
    assert page.evaluate(EXPLAINER_SHEETS) == 0
    page.evaluate("() => { window.__samePage = true }")
    page.locator(".md-tabs a, nav.md-nav--primary a").filter(has_text="Home").first.click()
    page.click(f'article[data-slug="{SEED_SLUG}"] h2 a')
    page.wait_for_selector("#fig-russian-drones-on-ukraine-launched")
    assert page.evaluate("() => window.__samePage === true")  # no full load on the way
    assert page.evaluate(EXPLAINER_SHEETS) > 0
    page.wait_for_function("() => document.documentElement.classList.contains('explainer-js')")
    cells = "td[data-fact=position]"
    page.locator("label[for=positions-party-russia]").click()
    assert page.locator(f"{cells}:visible").count() == 6
    page.go_back()
    page.go_back()
    page.wait_for_url("**/about/")
    page.wait_for_function(f"() => ({EXPLAINER_SHEETS})() === 0")
    watch.assert_clean()
