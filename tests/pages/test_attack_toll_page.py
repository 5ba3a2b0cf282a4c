"""The attack's toll (`impact:`): killed, injured and regions hit for the whole attack
have a place of their own, with their own passages, shown first among the key figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from tests.support.harness import axe_violations, copy_project, mkdocs_build, set_palette
from tests.support.project import SEED_SLUG

TOLL = """
impact:
  killed: not reported
  regions_hit:
    count: 4
    qualifier: at least
    evidence: "Strikes caused damage in at least four regions, authorities said."
"""


def test_the_attacks_toll_is_shown_with_its_source_passage(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + TOLL, encoding="utf-8")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    page = BeautifulSoup(
        (tmp_path / "site" / SEED_SLUG / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    toll = page.select_one("section#report--impact")
    assert toll is not None
    assert toll.select_one("#report--impact-title").get_text() == "Across the attack"
    card = toll.select_one("#fig--impact-regions-hit")
    assert card is not None and card["data-value"] == "4"
    assert card.select_one("a.source-link")["href"].endswith("#ev-fig--impact-regions-hit")
    assert toll.select_one(".report-not-reported").get_text() == "Not reported: killed, injured."
    # the first section of the key figures
    assert page.select("section.report")[0] is toll


def test_the_attacks_toll_passes_axe_in_both_palettes(tmp_path: Path, chromium: Any) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + TOLL, encoding="utf-8")
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    page = chromium.new_page(viewport={"width": 360, "height": 740})  # type: ignore[attr-defined]
    try:
        page.goto((tmp_path / "site" / SEED_SLUG / "index.html").as_uri())
        assert page.locator("#report--impact .figure[data-fact=figure]").count() == 1
        for scheme in ("default", "slate"):
            set_palette(page, scheme)
            assert axe_violations(page, within="#report--impact") == []
    finally:
        page.close()
