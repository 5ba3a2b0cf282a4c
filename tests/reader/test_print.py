"""Printing an explainer (or saving it as PDF) from Chromium: the facts on paper, the
chart's numbers and every cell of the positions table, link addresses printed, and no
navigation, search or buttons."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from generator.article.model import normalize
from tests.building.test_site_build import text_of
from tests.support.project import SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def printed(chromium: Any, seed_site: BuiltSite) -> str:
    """The explainer printed to A4 by Chromium, as the PDF's text, whitespace collapsed."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{seed_site.url}{SEED_SLUG}/", wait_until="networkidle")
        # explainer.js writes each link's address for print.css once Material has shown
        # the page; on a loaded machine that can come after the network is idle
        page.wait_for_selector(".md-content a[data-print-href]", state="attached")
        pdf = page.pdf(format="A4", print_background=True)
    finally:
        context.close()
    reader = PdfReader(io.BytesIO(pdf))
    return readable(" ".join(p.extract_text() for p in reader.pages))


def readable(extracted: str) -> str:
    """A PDF's extracted text as the page's text reads: NFKC undoes the ligatures ("ﬁ")
    that some installed fonts print with, whitespace is collapsed, and typographic
    apostrophes and quotes are made plain as text_of makes them."""
    text = " ".join(unicodedata.normalize("NFKC", extracted).split())
    return normalize(text).text


def test_printed_text_reads_the_same_whatever_ligatures_the_font_has() -> None:
    assert readable("Cease\ufb01re  at\n#ev-\ufb01g-1 \u2019") == "Ceasefire at #ev-fig-1 '"


def test_printed_explainer_has_every_positions_table_cell(
    printed: str, seed_site: BuiltSite
) -> None:
    page = BeautifulSoup(seed_site.html(SEED_SLUG), "html.parser")
    cells = page.select("#positions td, #positions th")
    assert len(cells) == 28  # 6 issues by 3 parties, with their headers
    # What a cell shows: its header, or its stance (or "Not stated in the article"),
    # summary and quote (the link's accessible name is visually hidden; its printed
    # address is checked below; the cell's own heading shows only on phones).
    parts = ".stance, .not-stated, .position-summary, .position-quote"
    shown = [[text_of(part) for part in cell.select(parts)] or [text_of(cell)] for cell in cells]
    missing = [part for parts in shown for part in parts if part not in printed]
    assert missing == []


def test_printed_explainer_has_the_charts_numbers(printed: str, seed_site: BuiltSite) -> None:
    page = BeautifulSoup(seed_site.html(SEED_SLUG), "html.parser")
    rows = [
        " ".join(text_of(cell) for cell in row.select("th, td"))
        for row in page.select("#chart-launches tbody tr")
    ]
    assert rows == [
        "Russia on Ukraine (Ukraine's Air Force) 108 35 (32%) 58 (54%) 15 (14%), derived",
        "Ukraine on Russia (Russia's Ministry of Defense) Not reported 8 (intercepted) "
        "Not reported Cannot be worked out",
    ]
    missing = [row for row in rows if row not in printed]
    assert missing == []


def test_printed_explainer_leaves_out_navigation_and_buttons(printed: str) -> None:
    left = [
        text for text in ("Skip to content", "All explainers", "Search", "Back to top",
                          "Made with", "Embed", "Copy code", "Switch to dark mode")
        if text in printed
    ]  # fmt: skip
    assert left == []


def test_printed_explainer_gives_each_links_address(printed: str, seed_site: BuiltSite) -> None:
    squeezed = printed.replace(" ", "")
    source = f"<{seed_site.url}{SEED_SLUG}/article/#ev-fig-russian-drones-on-ukraine-launched>"
    assert source in squeezed
    assert "#quote-zelenskyy-decisive-moment" not in squeezed  # on the same page: no address


def test_printed_explainer_unfolds_where_a_party_said_nothing(printed: str) -> None:
    # the screen folds these cells behind a checkbox; paper has every one, not the control
    assert printed.count("Not stated in the article") == 7
    assert "Show issues they did not address" not in printed
