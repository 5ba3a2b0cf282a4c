"""A name with an unterminated right-to-left override (U+202E), pasted from anywhere, turns
only its own letters around: the page's words after it read left to right as before.

The seed story is built with U+202E at the end of every free-text value of its fact
sheet; every page is opened in Chromium, which lays out each character: no two
characters of one line may stand right to left (each value's override ends with the
value, so on a correct page nothing at all is reversed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from generator.web.bidi import FSI, PDI, isolate, needs_isolation
from tests.support.harness import SiteServer, copy_project, mkdocs_build
from tests.support.project import SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(300)

RLO = "\u202e"
# Values the check finds in the article (names, titles, weapons, the dateline) start with
# the override, there and wherever they appear in the article (at their start, so that a
# speaker's surname is still found as a word). Other one-line text ends with it.
IN_ARTICLE = re.compile(
    r"^\s*(?:name|title|weapon|dateline|united-states|russia|ukraine): (.+?)\s*(?:#.*)?$",
    re.MULTILINE,
)
FREE_TEXT = re.compile(
    r"^(\s*(?:headline|publication|byline|article_source|context|label|when|summary): )"
    r"(.+?)(\s*(?:#.*)?)$"
)
NOT_TEXT = {"not stated", "not reported", ">", "|"}


def with_overrides(facts: str, article: str) -> tuple[str, str]:
    """The fact sheet and its article with U+202E after every one-line free-text value."""
    names = {v.strip('"') for v in IN_ARTICLE.findall(facts)} - NOT_TEXT
    every_name = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    facts = every_name.sub(lambda found: RLO + found.group(0), facts)
    article = every_name.sub(lambda found: RLO + found.group(0), article)
    lines = []
    for line in facts.splitlines():
        found = FREE_TEXT.match(line)
        if found and found.group(2) not in NOT_TEXT and not found.group(2).endswith(":"):
            key, value, comment = found.groups()
            value = value[:-1] + RLO + '"' if value.endswith('"') else value + RLO
            line = key + value + comment
        lines.append(line)
    return "\n".join(lines) + "\n", article


@pytest.fixture(scope="module")
def override_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    base = tmp_path_factory.mktemp("bidi")
    project = copy_project(base / "project")
    facts_file = project / "content" / SEED_SLUG / "facts.yaml"
    facts = facts_file.read_text(encoding="utf-8")
    article_file = project / re.findall(r"^article: (.+)$", facts, re.MULTILINE)[0]
    facts, article = with_overrides(facts, article_file.read_text(encoding="utf-8"))
    assert facts.count(RLO) > 40
    facts_file.write_text(facts, encoding="utf-8")
    article_file.write_text(article, encoding="utf-8")
    server = SiteServer(base / "site")
    done = mkdocs_build(project, server.root, site_url=server.url)
    assert done.returncode == 0, done.stderr
    with server.running():
        yield BuiltSite(project, server.root, server)


def texts_of(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value.strip()
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_of(item)


def overridden_values(site: BuiltSite) -> list[str]:
    """The fact sheet's text values that hold the override: their own letters may be
    reversed (as their writer asked); the page's words around them may not."""
    facts = yaml.safe_load((site.project / "content" / SEED_SLUG / "facts.yaml").read_text())
    values = {text for text in texts_of(facts) if RLO in text}
    # A value's last word is printed joined to its source link (so the link never wraps
    # away from it), in an isolate of its own: the words before it are a value too.
    values |= {text.rsplit(" ", 1)[0] for text in values if " " in text}
    return sorted(values, key=len, reverse=True)


# Each laid-out character of the page's own words, in document order (the characters of
# a fact sheet value holding the override are skipped); two neighbours on one line of one
# block must stand left to right. Spaces are skipped (they collapse), and so are controls.
REVERSED_CHARACTERS = """(values) => {
  const found = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let previous = null;
  const blockOf = (element) => {
    while (element && getComputedStyle(element).display.startsWith("inline")) {
      element = element.parentElement;
    }
    return element;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // The article's own paragraphs are its writer's text, reversed as written.
    if (!parent || parent.closest("script, style, textarea, select, svg, template,"
        + " .source-article")) continue;
    const block = blockOf(parent);
    const text = node.data;
    const theirs = new Array(text.length).fill(false);
    for (const value of values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        theirs.fill(true, at, at + value.length);
      }
    }
    for (let i = 0; i < text.length; i++) {
      if (theirs[i] || /[\\s\\u2066-\\u2069\\u202a-\\u202e]/.test(text[i])) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      if (rects.length !== 1 || rects[0].width < 1) continue;
      const here = {block, top: Math.round(rects[0].top), left: rects[0].left, at: i, node};
      if (previous && previous.block === block && Math.abs(previous.top - here.top) < 2
          && here.left < previous.left - 0.5) {
        found.push((previous.node.data.slice(Math.max(0, previous.at - 20), previous.at + 1)
          + " | " + text.slice(i, i + 20)).replace(/[\\u202e]/g, "<RLO>"));
      }
      previous = here;
    }
  }
  return found;
}"""


def site_pages(site: BuiltSite) -> list[str]:
    return sorted(
        str(path.relative_to(site.site).parent).replace(".", "", 1)
        for path in site.site.rglob("index.html")
    )


def test_text_after_an_unterminated_override_reads_left_to_right_on_every_page(
    chromium: Any, override_site: BuiltSite
) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    reversed_text: dict[str, list[str]] = {}
    try:
        page = context.new_page()
        values = overridden_values(override_site)
        for path in site_pages(override_site):
            page.goto(override_site.url + (path + "/" if path else ""), wait_until="load")
            found = page.evaluate(REVERSED_CHARACTERS, values)
            # The theme sets the page's title before its own words in the browser's tab.
            title = page.title().removesuffix(" - Newsroom Explainers")
            if needs_isolation(title):
                found.append(f"<title>: {title}")
            if found:
                reversed_text[path] = found
    finally:
        context.close()
    assert reversed_text == {}, "\n".join(
        f"{p}: {x}" for p, xs in reversed_text.items() for x in xs[:400]
    )


def test_text_that_cannot_reorder_its_surroundings_is_left_alone() -> None:
    for text in ("Donald Trump", "Ukraine’s Air Force", "108 drones", "", f"{FSI}اب{PDI}"):
        assert not needs_isolation(text)
        assert isolate(text) == text


def test_right_to_left_text_and_bidi_controls_are_fenced_off() -> None:
    assert isolate("Name" + RLO) == f"{FSI}Name{RLO}{PDI}"
    assert isolate("محمد") == f"{FSI}محمد{PDI}"
    # A stray PDI would close the fence early: it is dropped; an open isolate is closed.
    assert isolate(f"{PDI}{RLO}x") == f"{FSI}{RLO}x{PDI}"
    assert isolate("\u2067x") == f"{FSI}\u2067x{PDI}{PDI}"
