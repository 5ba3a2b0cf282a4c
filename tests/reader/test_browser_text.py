"""The words as Chromium sets them, on a phone and a desktop: no false space before the
punctuation after a highlighted passage or a source link, and the article page's "↩"
never on another line than its label."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.project import DESKTOP, PHONE, SEED_SLUG

pytestmark = pytest.mark.timeout(180)

VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}

# For each element matched, the punctuation right after it (the first character of the
# next text in document order): the gap between the element's last character and that
# punctuation, in CSS pixels, where both sit on one line.
GAPS_BEFORE_PUNCTUATION = """(selector) => {
  const charBox = (node, index) => {
    const range = document.createRange();
    range.setStart(node, index); range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  };
  const lastText = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent.length && !n.parentElement.closest(".visually-hidden")) last = n;
    }
    return last;
  };
  const nextText = (element) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = element;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (element.contains(n)) continue;
      if (n.textContent.length) return n;
    }
    return null;
  };
  const found = [];
  for (const element of document.querySelectorAll(selector)) {
    const last = lastText(element);
    const next = nextText(element);
    if (!last || !next || !/^[.,;:!?]/.test(next.textContent)) continue;
    const before = charBox(last, last.textContent.length - 1);
    const after = charBox(next, 0);
    if (Math.abs(before.top - after.top) > 2) continue;  // a line break between them
    found.push({text: element.textContent.slice(-20) + next.textContent[0],
                gap: Math.round((after.left - before.right) * 10) / 10});
  }
  return found;
}"""

ARROWS_OFF_THEIR_LINE = """() => [...document.querySelectorAll("a.backref")].filter((link) => {
  const arrow = link.querySelector("span[aria-hidden]").getBoundingClientRect();
  const label = [...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
  const range = document.createRange();
  range.setStart(label, 0); range.setEnd(label, 1);
  return Math.abs(range.getBoundingClientRect().top - arrow.top) > 2;
}).map((link) => link.textContent)"""


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_no_false_space_before_punctuation_after_a_highlight_or_a_source_link(
    page_opener: Any, viewport: str
) -> None:
    page, watch = page_opener(f"{SEED_SLUG}/article/", VIEWPORTS[viewport])
    highlights = page.evaluate(GAPS_BEFORE_PUNCTUATION, "mark.evidence")
    # "…mid-flight." and "…35 of them" + ", while": both on the seed's article page
    assert len(highlights) >= 2
    assert [h for h in highlights if h["gap"] > 0.5] == []
    page, watch = page_opener(f"{SEED_SLUG}/", VIEWPORTS[viewport])
    # a figure's punctuation comes before its source link, never after its tap target
    values = page.evaluate(GAPS_BEFORE_PUNCTUATION, ".report .figure-value")
    assert [v["text"][-2:] for v in values] == ["4.", "8."]
    assert [v for v in values if v["gap"] > 0.5] == []
    assert page.evaluate(GAPS_BEFORE_PUNCTUATION, "a.source-link") == []
    watch.assert_clean()


@pytest.mark.parametrize("width", [320, 360, 412])
def test_back_link_arrows_never_wrap_away_from_their_labels(page_opener: Any, width: int) -> None:
    page, watch = page_opener(f"{SEED_SLUG}/article/", {"width": width, "height": 740})
    assert page.locator("a.backref").count() > 20
    assert page.evaluate(ARROWS_OFF_THEIR_LINE) == []
    watch.assert_clean()


@pytest.mark.parametrize("width", [320, 360])
def test_a_source_link_stays_on_the_line_of_the_word_before_it(
    page_opener: Any, width: int
) -> None:
    page, watch = page_opener(f"{SEED_SLUG}/", {"width": width, "height": 740})
    page.add_style_tag(content=".md-typeset .timeline { content-visibility: visible; }")
    joined = page.locator(".timeline .source-joined, .report .source-joined")
    # the eight events, the regions hit and Russia's intercepted
    assert joined.count() == 10
    split = page.evaluate(
        """() => [...document.querySelectorAll(".source-joined")]
          .filter((e) => e.getClientRects().length !== 1).map((e) => e.textContent)"""
    )
    assert split == []
    watch.assert_clean()
