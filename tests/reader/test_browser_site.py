"""The seed site in a real browser: reaching an explainer and its sources.

(Every page type at both sizes and in both palettes: test_every_page.py.)

Headless Debian chromium; the site served on localhost with `site_url` set to the
server, so Material's instant navigation is really used.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.harness import PageWatch
from tests.support.project import DESKTOP, SEED_SLUG

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def open_page(page_opener: Any) -> Any:
    def opener(path: str = "", viewport: dict[str, int] = DESKTOP) -> tuple[Any, PageWatch]:
        return page_opener(path, viewport)  # type: ignore[no-any-return]

    return opener


def test_link_from_home_opens_the_complete_explainer_by_instant_navigation(
    open_page: Any,
) -> None:
    page, watch = open_page("")
    page.evaluate("() => { window.__samePage = true }")
    page.click(f'article[data-slug="{SEED_SLUG}"] h2 a')
    page.wait_for_selector("#fig-russian-drones-on-ukraine-launched")
    # Instant navigation swaps the content without a full load: the page's globals survive.
    assert page.evaluate("() => window.__samePage === true")
    assert page.url.endswith(f"/{SEED_SLUG}/")
    launched = page.locator("#fig-russian-drones-on-ukraine-launched")
    assert launched.get_attribute("data-value") == "108"
    assert launched.locator(".figure-value").inner_text().startswith("108")
    assert page.locator("td[data-fact=position]").count() == 18
    assert page.locator("figure[data-fact=quote]").count() == 6
    assert page.locator("ol.timeline li.timeline-event").count() == 8
    watch.assert_clean()


def test_source_link_leads_to_the_highlighted_passage_and_back(open_page: Any) -> None:
    page, watch = open_page(f"{SEED_SLUG}/")
    page.click("#fig-russian-drones-on-ukraine-shot-down a.source-link")
    page.wait_for_url("**/article/#ev-fig-russian-drones-on-ukraine-shot-down")
    marks = page.locator("mark.evidence-current")
    marks.first.wait_for()  # the highlight follows the instant navigation's new content
    assert "downed 35 of them" in " ".join(marks.all_inner_texts())
    assert marks.first.is_visible()
    page.locator('#p2 a.backref[href$="#fig-russian-drones-on-ukraine-shot-down"]').click()
    page.wait_for_url(f"**/{SEED_SLUG}/#fig-russian-drones-on-ukraine-shot-down")
    watch.assert_clean()
