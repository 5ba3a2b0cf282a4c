"""Control characters and text YAML cannot carry: refused in the fact sheet at their place,
escaped by the emitter that writes every page's front matter, and, should a page's front
matter ever not read back, a failed build rather than raw YAML (and its HTML) on a page.

Before these defences, `headline: "\\x7f …"` passed `check --strict`, MkDocs left the page's
whole front matter in the Markdown, and the HTML after it ran in the reader's browser.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup
from markupsafe import escape

from generator.build.front_matter import readable_pages
from generator.web.files import GeneratedFile
from generator.web.templating import page_front_matter
from tests.support.harness import copy_project, mkdocs_build
from tests.support.project import RulesProject, assert_reports, run_cli

pytestmark = pytest.mark.timeout(300)

SEED_SLUG = "drone-strikes-trump-putin-call"
SCRIPT = "<img src=x onerror=window.__pwned=1>"
INVISIBLE = "delete it (it is invisible: pasted in from a web page, or written as an escape)"


@pytest.mark.parametrize(
    ("old", "new", "report"),
    [
        ("headline: Russia launches 40 drones at Ukraine",
         'headline: "Russia launches\\x7f 40 drones"',
         "night.yaml:3:11: `headline` contains the control character U+007F"),
        ("summary: Ukraine's Air Force says 25 of 40 drones were shot down.",
         'summary: "Ukraine\\u0080s Air Force says 25 of 40 drones were shot down."',
         "night.yaml:4:10: `summary` contains the control character U+0080\n"
         "    it is probably `€` from a text saved as Windows-1252: type `€` instead"),
        ("byline: A. Editor", 'byline: "A.\\x0bEditor"',
         "night.yaml:7:9: `byline` contains the control character U+000B"),
        ("  russia: Russia", '  russia: "Russia\\x1b[2J"',
         "night.yaml:13:11: `russia` contains the control character U+001B"),
        ("publication: Test Desk", 'publication: "Test\\uFFFE Desk"',
         "night.yaml:6:14: `publication` contains a code point that is not text, U+FFFE"),
    ],
)  # fmt: skip
def test_control_characters_are_refused_in_every_text_field(
    rules: RulesProject, old: str, new: str, report: str
) -> None:
    rules.edit(old, new)
    hint = "" if "\n" in report else f"\n    {INVISIBLE}"
    assert_reports(rules.check(), report + hint)


def test_a_control_character_in_a_key_is_refused(rules: RulesProject) -> None:
    rules.write(rules.valid + '"note\\x1b[2J": x\n')
    assert_reports(
        rules.check(),
        "night.yaml:70:1: `a key` contains the control character U+001B",
        f"    {INVISIBLE}",
    )


def test_a_windows_1252_character_is_named_for_what_it_meant(rules: RulesProject) -> None:
    rules.edit("byline: A. Editor", 'byline: "A. Editor\\u0092s desk"')
    assert_reports(
        rules.check(),
        "night.yaml:7:9: `byline` contains the control character U+0092",
        "    it is probably `’` from a text saved as Windows-1252: type `’` instead",
    )


def test_a_tab_in_one_line_is_refused_but_spacing_in_a_paragraph(rules: RulesProject) -> None:
    rules.edit("byline: A. Editor", 'byline: "A.\\tEditor"')
    assert_reports(
        rules.check(),
        "night.yaml:7:9: `byline` contains the control character U+0009",
        "    a tab: replace it with a space",
    )
    rules.edit(
        "summary: Ukraine's Air Force says 25 of 40 drones were shot down.",
        'summary: "Ukraine\'s Air Force says\\t25 of 40\\ndrones were shot down."',
    )
    assert rules.check().exit_code == 0


def _seed_headline(project: Path, headline: str) -> None:
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    text = facts.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(i for i, t in enumerate(text) if t.startswith("headline:"))
    text[line] = f"headline: {headline}\n"
    facts.write_text("".join(text), encoding="utf-8")


def test_a_control_character_in_the_article_is_refused_at_its_place(rules: RulesProject) -> None:
    article = rules.root / "seeds" / "night.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("overnight,", "overnight\x85", 1), encoding="utf-8")
    result = rules.check()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "night.yaml:8:1: the article `seeds/night.txt` (line 1, column 54): the control "
        "character U+0085\n"
        "    it is probably `…` from a text saved as Windows-1252: type `…` instead\n"
    )


def test_new_refuses_an_article_with_a_control_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\ndocs_dir: content\n", encoding="utf-8")
    (tmp_path / "wire.txt").write_text(
        "KYIV — Russia launched 40 drones, the Air Force said.\n"
        "“We will rebuild\x92,” said Mayor Olena Petrenko.\n",
        encoding="utf-8",
    )
    result = run_cli("new", "wire.txt")
    assert result.exit_code == 1
    assert result.stderr == (
        "wire.txt:2:17: the control character U+0092: it is probably `’` from a text saved as "
        "Windows-1252: type `’` instead\n"
    )
    assert list((tmp_path / "content").iterdir()) == []


def test_a_control_character_in_the_headline_fails_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    _seed_headline(project, f'"108 drones\\u0085 {SCRIPT}"')
    done = mkdocs_build(project, tmp_path / "site", site_url="https://example.org/")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert (
        f"content/{SEED_SLUG}/facts.yaml:10:11: `headline` contains the control character "
        "U+0085\n    it is probably `…` from a text saved as Windows-1252: type `…` instead"
    ) in done.stderr
    assert not (tmp_path / "site" / "feed.xml").exists()


def test_front_matter_is_written_by_the_emitter_whatever_the_text(tmp_path: Path) -> None:
    # The site's name (mkdocs.yml, not a fact sheet) reaches the home page's front matter
    # without passing the fact sheet's checks: the emitter alone must keep it readable.
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    name = 'News\\x7f\\u0085\\uFFFE\\\\ \\" <b>'  # mkdocs.yml is trusted: no script
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "site_name: Newsroom Explainers", f'site_name: "{name}"'
        ),
        encoding="utf-8",
    )
    _seed_headline(project, f'"108 drones \\u2028 ]]> \\u202e {SCRIPT} \\\\ \\" #"')
    done = mkdocs_build(project, tmp_path / "site", site_url="https://example.org/")
    assert done.returncode == 0, done.stderr
    home = BeautifulSoup((tmp_path / "site" / "index.html").read_text("utf-8"), "html.parser")
    assert "title:" not in home.get_text()
    page_html = (tmp_path / "site" / SEED_SLUG / "index.html").read_text("utf-8")
    page = BeautifulSoup(page_html, "html.parser")
    assert page.select("img[onerror]") == []
    assert "sharing:" not in page.get_text()
    assert page.select_one('meta[property="og:title"]')["content"] == (
        f'108 drones \u2028 ]]> \u202e {SCRIPT} \\ " #'
    )
    feed = ElementTree.parse(tmp_path / "site" / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert f'108 drones \u2028 ]]> \u202e {SCRIPT} \\ " #' in titles


@pytest.mark.parametrize(
    "text", ["\x00\x07\x0b\x1b\x7f\x85\x92\u2028\ufeff\ufffe", "---\n...\n---", "a: b #c"]
)
def test_front_matter_round_trips_any_text(text: str) -> None:
    written = str(page_front_matter(title=text, description=None, hide=["navigation"]))
    assert written.startswith("---\n") and written.endswith("\n---")
    assert yaml.load(written[4:-3], Loader=yaml.SafeLoader) == {
        "title": str(escape(text)),
        "hide": ["navigation"],
    }


def test_a_page_whose_front_matter_does_not_read_is_left_out_as_an_error() -> None:
    pages = [
        GeneratedFile("a/index.md", '---\ntitle: "a\x7f"\nsharing: x\n---\n\n<img>\n'),
        GeneratedFile("b/index.md", "---\ntitle: B\n"),
        GeneratedFile("c/index.md", "---\n- a list\n---\n"),
        GeneratedFile("d/index.md", "---\ntitle: D\n---\n\nfine\n"),
        GeneratedFile("e/index.md", "# no front matter\n"),
    ]
    kept, problems = readable_pages(pages)
    assert [p.src for p in kept] == ["d/index.md", "e/index.md"]
    assert [str(p).splitlines()[0] for p in problems] == [
        "(generated page) a/index.md: the page's front matter would not be read: character "
        "U+007F is not allowed in YAML (position 9)",
        "(generated page) b/index.md: the page's front matter would not be read: its closing "
        "`---` line is missing",
        "(generated page) c/index.md: the page's front matter would not be read: it is not a "
        "mapping of keys",
    ]
