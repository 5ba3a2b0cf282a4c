"""`mkdocs build` with the explainer plugin: what an editor publishes and a reader gets.

Real builds of real projects (the repository's, or a copy changed by the test), read back
as HTML.
"""

from __future__ import annotations

import filecmp
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from generator.article.model import normalize
from generator.factsheet.loader import load_story
from tests.support.harness import copy_project, mkdocs_build
from tests.support.project import REPO, SEED_FACTS, SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(300)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def seed_facts():
    result = load_story(SEED_FACTS, REPO)
    assert result.story is not None
    return result.story.facts


def text_of(element) -> str:
    return normalize(element.get_text()).text


def resolve(site: BuiltSite, page: str, href: str) -> tuple[BeautifulSoup, str]:
    """The page a relative link from `page` leads to, and its fragment."""
    url = urlparse(urljoin(f"http://site/{page}/", href))
    path = url.path.strip("/")
    return soup(site.html(path)), url.fragment


def linked_paragraph(site: BuiltSite, element) -> str:
    """The text of the article paragraph that an element's source link points to."""
    link = element.select_one("a.source-link")
    assert link is not None, f"no source link in #{element.get('id')}"
    article, fragment = resolve(site, SEED_SLUG, link["href"])
    target = article.find(id=fragment)
    assert target is not None, f"{link['href']} points to nothing"
    paragraph = target.find_parent("p", id=re.compile(r"^p\d+$"))
    assert paragraph is not None
    for extra in paragraph.select(".paragraph-number, .backrefs"):
        extra.decompose()
    return text_of(paragraph)


def test_every_figure_is_in_its_element_and_links_to_its_passage(seed_site: BuiltSite) -> None:
    page = soup(seed_site.html(SEED_SLUG))
    for report in seed_facts().strike_reports:
        for figure in report.figures:
            if not figure.is_reported:
                continue
            element = page.find(id=f"fig-{report.id}-{figure.key.replace('_', '-')}")
            assert element is not None and element["data-value"] == str(figure.count)
            assert figure.evidence is not None
            assert normalize(figure.evidence.text).text in linked_paragraph(seed_site, element)


def test_derived_figure_is_labelled_and_not_typed_in(seed_site: BuiltSite) -> None:
    page = soup(seed_site.html(SEED_SLUG))
    card = page.find(id="fig-russian-drones-on-ukraine-unaccounted")
    assert card["data-state"] == "derived" and card["data-value"] == "15"
    assert card.select_one(".figure-note").get_text() == "derived"
    assert "derived by us, not given by the source: launched − shot down − suppressed" in (
        page.select_one("#report-russian-drones-on-ukraine .report-derived").get_text()
    )


def test_not_reported_is_never_shown_as_zero(seed_site: BuiltSite) -> None:
    page = soup(seed_site.html(SEED_SLUG))
    card = page.find(id="fig-ukrainian-drones-on-russia-launched")
    assert card["data-state"] == "not-reported"
    assert card.get_text() == "launched" and not card.has_attr("data-value")
    assert "did not report how many were launched" in text_of(card.parent)


def test_every_quote_is_in_its_element_and_links_to_its_words(seed_site: BuiltSite) -> None:
    page = soup(seed_site.html(SEED_SLUG))
    for quote in seed_facts().quotes:
        element = page.find(id=f"quote-{quote.id}")
        assert element is not None, quote.id
        for words in quote.words:
            assert normalize(words.text).text in text_of(element)
        assert normalize(quote.words[0].text).text in linked_paragraph(seed_site, element)


def test_every_position_is_in_its_cell_and_links_to_its_passage(seed_site: BuiltSite) -> None:
    page = soup(seed_site.html(SEED_SLUG))
    for issue in seed_facts().issues:
        for party, position in issue.positions.items():
            cell = page.find(id=f"pos-{issue.id}-{party}")
            assert cell is not None, (issue.id, party)
            if position is None:
                assert cell["data-stance"] == "not-stated"
                assert "Not stated in the article" in cell.get_text()
                continue
            assert cell["data-stance"] == position.stance.value
            assert position.evidence is not None
            assert normalize(position.evidence.text).text in linked_paragraph(seed_site, cell)


def test_every_timeline_event_links_to_its_passage(seed_site: BuiltSite) -> None:
    page = soup(seed_site.html(SEED_SLUG))
    for number, event in enumerate(seed_facts().timeline, start=1):
        element = page.find(id=f"event-{number}")
        assert event.text in element.get_text()
        assert event.evidence is not None
        assert normalize(event.evidence.text).text in linked_paragraph(seed_site, element)


def test_article_page_reproduces_the_article_verbatim(seed_site: BuiltSite) -> None:
    page = soup(seed_site.html(f"{SEED_SLUG}/article"))
    article = (REPO / "seeds" / "000_ae606ad9438aac58.txt").read_text(encoding="utf-8")
    paragraphs = article.split("\n")
    for number, text in enumerate(paragraphs, start=1):
        element = page.find("p", id=f"p{number}")
        for extra in element.select(".paragraph-number, .backrefs"):
            extra.decompose()
        assert element.get_text().strip() == text
    assert page.find("p", id=f"p{len(paragraphs) + 1}") is None


def test_article_passages_link_back_to_their_facts(seed_site: BuiltSite) -> None:
    article = soup(seed_site.html(f"{SEED_SLUG}/article"))
    explainer = soup(seed_site.html(SEED_SLUG))
    backrefs = article.select("a.backref")
    assert len(backrefs) > 20
    for link in backrefs:
        page, fragment = resolve(seed_site, f"{SEED_SLUG}/article", link["href"])
        assert page.find(id=fragment) is not None, link["href"]
        assert explainer.find(id=fragment) is not None


def test_fact_sheets_and_internal_notes_are_not_published(seed_site: BuiltSite) -> None:
    assert sorted(p.name for p in seed_site.site.rglob("*.y*ml")) == []
    internal = seed_facts().internal_notes[0]
    for page in seed_site.site.rglob("*.html"):
        assert internal not in page.read_text(encoding="utf-8"), page
    assert internal not in (seed_site.site / "search" / "search_index.json").read_text()


def test_search_finds_a_charts_title_not_its_tick_labels_or_tables(seed_site: BuiltSite) -> None:
    # the index is loaded by every page: tick labels, tables of figures, filters and
    # embed code would make it heavier and a search for "108" land on axis text
    index = json.loads((seed_site.site / "search" / "search_index.json").read_text())
    text = {doc["location"]: doc["text"] for doc in index["docs"]}
    explainer = " ".join(t for where, t in text.items() if where.startswith(f"{SEED_SLUG}/#"))
    tracker = " ".join(t for where, t in text.items() if where.startswith("tracker/"))
    assert "Fewer drones than on" in explainer  # the context chart's title
    for noise in ("Show the figures", "Get the data", "Explore the chart", "All parties"):
        assert noise not in explainer and noise not in tracker, noise
    assert "Nights shown in the charts" not in tracker
    assert len(json.dumps(index)) < 30_000


def test_home_page_lists_the_explainer(seed_site: BuiltSite) -> None:
    home = soup((seed_site.site / "index.html").read_text(encoding="utf-8"))
    entry = home.select_one(f'article.explainer-entry[data-slug="{SEED_SLUG}"]')
    assert entry.select_one("a")["href"] == f"{SEED_SLUG}/"
    assert seed_facts().headline == entry.select_one("h2").get_text()


# --- builds of changed projects ----------------------------------------------------


def add_story(project: Path, slug: str, published: str, status: str = "ready") -> Path:
    folder = project / "content" / slug
    folder.mkdir(parents=True)
    text = SEED_FACTS.read_text(encoding="utf-8")
    text = text.replace(f"slug: {SEED_SLUG}", f"slug: {slug}")
    text = text.replace("published: 2025-05-20", f"published: {published}")
    text = text.replace("updated: 2025-05-20", f"updated: {published}")
    text = text.replace("status: ready", f"status: {status}")
    text = text.replace("events_date: 2025-05-19", f"events_date: {published}")
    (folder / "facts.yaml").write_text(text, encoding="utf-8")
    return folder / "facts.yaml"


def test_home_lists_explainers_newest_first(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    add_story(project, "older-story", "2025-05-01")
    add_story(project, "newer-story", "2025-06-01")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    home = soup((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    slugs = [a["data-slug"] for a in home.select("article.explainer-entry")]
    assert slugs == ["newer-story", SEED_SLUG, "older-story"]


def test_drafts_are_left_out_of_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    add_story(project, "draft-story", "2025-06-01", status="draft")
    (project / "content" / "draft-story" / "more.md").write_text("# Draft notes\n")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "site" / "draft-story").exists()
    assert "draft-story" not in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_broken_fact_sheet_fails_the_build_cleanly(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    facts.write_text(facts.read_text().replace("count: 35", "count: 53"), encoding="utf-8")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert (
        f"content/{SEED_SLUG}/facts.yaml:66:7: shot_down: 53 is not in its evidence passage "
        "(numbers there: 35)\n    check the count, or copy the passage that states 53"
    ) in done.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_editor_prose_is_placed_on_the_explainer_page(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    intro = project / "content" / SEED_SLUG / "intro.md"
    intro.write_text("Our reporter in *Kyiv* adds context.\n", encoding="utf-8")
    (project / "content" / "index.md").write_text("Welcome to **our** explainers.\n")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "site" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert "Our reporter in <em>Kyiv</em> adds context." in page
    assert not (tmp_path / "site" / SEED_SLUG / "intro").exists()
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Welcome to <strong>our</strong> explainers." in home


def test_two_builds_from_clean_copies_are_byte_identical(tmp_path: Path) -> None:
    for name in ("one", "two"):  # two folders: no path or state of one build can leak
        project = copy_project(tmp_path / f"project-{name}")
        done = mkdocs_build(project, tmp_path / name)
        assert done.returncode == 0, done.stderr
    comparison = filecmp.dircmp(tmp_path / "one", tmp_path / "two")
    differing = _differences(comparison)
    assert differing == []


def _differences(comparison: filecmp.dircmp[str]) -> list[str]:
    found = list(comparison.left_only + comparison.right_only + comparison.diff_files)
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right,
                                           comparison.common_files, shallow=False)  # fmt: skip
    found += mismatch + errors
    for sub in comparison.subdirs.values():
        found += _differences(sub)
    return found


def test_render_no_theme_pages_build_with_plain_mkdocs(tmp_path: Path) -> None:
    pages = tmp_path / "plain" / "docs"
    done = subprocess.run([sys.executable, "-m", "generator", "render", "--out", str(pages),
                           "--no-theme"], capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (pages / SEED_SLUG / "index.md").is_file()
    (tmp_path / "plain" / "mkdocs.yml").write_text(
        "site_name: Plain\ndocs_dir: docs\ntheme: {name: mkdocs}\n"
        "extra_css: [assets/explainer/explainer.css]\n"
        "extra_javascript: [assets/explainer/explainer.js]\n"
    )
    built = mkdocs_build(tmp_path / "plain", tmp_path / "plain-site", strict=False)
    assert built.returncode == 0, built.stderr
    page = (tmp_path / "plain-site" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert 'id="fig-russian-drones-on-ukraine-launched"' in page
    assert 'href="article/#ev-fig-russian-drones-on-ukraine-launched"' in page


def test_home_stays_short_and_the_archive_lists_every_explainer(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    for number in range(24):
        add_story(project, f"story-{number:02d}", f"2025-0{6 + number % 3}-{1 + number:02d}")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    home = soup((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    assert len(home.select("article.explainer-entry")) == 20
    assert home.select_one(".explainer-more a")["href"] == "explainers/"
    assert "All 25 explainers" in home.select_one(".explainer-more").get_text()
    archive = soup((tmp_path / "site" / "explainers" / "index.html").read_text(encoding="utf-8"))
    assert len(archive.select("article.explainer-entry")) == 25
    months = [h.get_text() for h in archive.select("h2[id]")]
    assert months == ["August 2025", "July 2025", "June 2025", "May 2025"]
    link = archive.select_one(f'article[data-slug="{SEED_SLUG}"] a')["href"]
    assert link == f"../{SEED_SLUG}/"
