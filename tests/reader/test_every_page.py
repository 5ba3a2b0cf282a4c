"""Every kind of page the site has, on a phone and on a desktop, in both palettes: no
error, no request to another host, no sideways scrolling, and no serious or critical
accessibility violation (axe-core with every rule on, on the whole page).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.harness import PageWatch, axe_violations, set_palette
from tests.support.project import REPO, SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(300)

PAGE_TYPES = {
    "home": "",
    "explainer": f"{SEED_SLUG}/",
    "article": f"{SEED_SLUG}/article/",
    "archive": "explainers/",
    "about": "about/",
    "tracker": "tracker/",
    "chart embed": f"{SEED_SLUG}/embed/chart-launches/",
    "table embed": f"{SEED_SLUG}/embed/positions/",
    "404": "no-such-story/",
}
VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}


@pytest.fixture
def context(chromium: Any) -> Iterator[Any]:
    contexts: list[Any] = []

    def make(viewport: dict[str, int]) -> Any:
        contexts.append(chromium.new_context(viewport=viewport))
        return contexts[-1]

    yield make
    for item in contexts:
        item.close()


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_page_is_clean_and_accessible(
    context: Any, seed_site: BuiltSite, kind: str, viewport: str, scheme: str
) -> None:
    page = context(VIEWPORTS[viewport]).new_page()
    watch = PageWatch(seed_site.server.origin)
    watch.attach(page)
    response = page.goto(seed_site.url + PAGE_TYPES[kind], wait_until="networkidle")
    assert response is not None
    if kind == "404":
        assert response.status == 404
        # the browser reports the missing page itself as a failed load; nothing else may fail
        watch.console_errors = [e for e in watch.console_errors if "404" not in e]
    else:
        assert response.status == 200
    if page.locator("form[data-md-component=palette]").count():
        set_palette(page, scheme)
    elif scheme == "slate":
        page.emulate_media(color_scheme="dark")  # embeds follow the reader's system setting
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert axe_violations(page) == []
    watch.assert_clean()


@pytest.mark.parametrize(("kind", "at_least"), [("explainer", 20), ("tracker", 10)])
def test_our_controls_show_where_the_keyboard_is(
    context: Any, seed_site: BuiltSite, kind: str, at_least: int
) -> None:
    """Tab through the page: each of our own controls and links in the content shows a
    visible focus indicator."""
    page = context(VIEWPORTS["desktop"]).new_page()
    page.goto(seed_site.url + PAGE_TYPES[kind], wait_until="networkidle")
    seen = 0
    for _ in range(80):
        page.keyboard.press("Tab")
        focus = page.evaluate(
            """() => { const e = document.activeElement;
              if (!e || !e.closest('.md-content')) return null;
              // a visually hidden radio button shows its focus on its label
              const shown = [e, ...(e.labels || [])].map(x => getComputedStyle(x));
              return {tag: e.tagName, text: (e.textContent || e.value || '').trim().slice(0, 40),
                      outline: shown.some(s => s.outlineStyle !== 'none'
                                               && parseFloat(s.outlineWidth) > 0),
                      shadow: shown.some(s => s.boxShadow !== 'none')} }"""
        )
        if focus is None:
            continue
        seen += 1
        assert focus["outline"] or focus["shadow"], focus
    assert seen >= at_least


def test_no_test_switches_off_an_accessibility_rule() -> None:
    """axe runs with every rule and on whole pages; a test that disabled a rule or excluded
    an element would hide exactly what this suite is here to catch."""
    forbidden = re.compile(r"disableRules|runOnly|\bexclude\b|enabled:\s*false|withRules|"
                           r"disable_rules|\.exclude\(")  # fmt: skip
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "tests").rglob("*.py"))
        if path.name != Path(__file__).name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if forbidden.search(line)
    ]
    assert offenders == []
