"""Whatever text a fact sheet's fields hold (any Unicode, control characters, bidi marks,
HTML and script payloads), `explainer check` either refuses it at a line, or the site
builds, every page's front matter is read (none of it shows on the page), the feed is
well-formed XML, and nothing runs in the reader's browser.

Property-based (Hypothesis, derandomised): each example edits several copies of the seed
fact sheet, checks each with the real CLI, builds one real site with the copies that
pass, and opens their pages in Chromium, where the payloads try to set a global."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.support.harness import SiteServer, copy_project, mkdocs_build
from tests.support.project import SEED_FACTS, SEED_SLUG, run_cli

pytestmark = pytest.mark.timeout(300)

STORIES = 4  # fact sheets per example, built as one site
EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "3"))  # each one is a site build

# Where a text goes: a path into the fact sheet. The first ones are free text; the last
# ones must be found in the article, so text put there is mostly refused.
FIELDS: tuple[tuple[str | int, ...], ...] = (
    ("headline",),
    ("summary",),
    ("publication",),
    ("byline",),
    ("article_source",),
    ("corrections", 0, "text"),
    ("editor_notes", 0),
    ("internal_notes", 0),
    ("quotes", "trump-talks-immediately", "context"),
    ("quotes", "putin-position-unchanged", "channel", "name"),
    ("issues", "ceasefire", "name"),
    ("issues", "ceasefire", "positions", "ukraine", "summary"),
    ("timeline", 0, "when"),
    ("timeline", 0, "text"),
    ("strike_reports", "ukrainian-drones-on-russia", "shot_down", "label"),
    ("dateline",),
    ("parties", "russia"),
    ("people", "putin", "name"),
    ("people", "putin", "title"),
    ("strike_reports", "russian-drones-on-ukraine", "weapon"),
    ("strike_reports", "russian-drones-on-ukraine", "launched", "evidence"),
    ("quotes", "trump-talks-immediately", "words"),
)
PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    "</script><script>window.__pwned=1</script>",
    "[x](javascript:window.__pwned=1)",
    "<iframe srcdoc='<script>parent.__pwned=1</script>'></iframe>",
    "---\nsharing: {x: 1}\n---",
    "{{ 7*7 }} {% raw %}",
    "&lt;script&gt;",
)
SPECIAL = (
    "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x80", "\x85", "\x9d", "\t", "\n", "\r",
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202d", "\u202e", "\u202c", "\u2066",
    "\u2067", "\u2068", "\u2069", "\u061c", "\ufeff", "\u2028", "\u2029", "\ufffe",
    "محمد", "שלום", "基辅", "🚀", "e\u0301", "`", "*", "#", ":", "'", '"', "\\",
)  # fmt: skip
BOUND = 7  # the last fields of FIELDS, which must be found in the article
PIECE = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=8),
    st.sampled_from(PAYLOADS),
    st.sampled_from(SPECIAL),
)
# Text without control characters passes the check more often and reaches the pages.
PRINTABLE = st.one_of(
    st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=8),
    st.sampled_from([payload for payload in PAYLOADS if "\n" not in payload]),
    st.sampled_from([s for s in SPECIAL if not s.isspace() and s.isprintable()]),
)
TEXT = st.one_of(
    st.lists(PIECE, min_size=1, max_size=3).map("".join),
    st.lists(PRINTABLE, min_size=1, max_size=3).map("".join),
    st.lists(PRINTABLE, min_size=1, max_size=2).map("".join),
)
FREE = list(range(len(FIELDS) - BOUND))
FIELD = st.sampled_from(FREE * 3 + list(range(len(FIELDS) - BOUND, len(FIELDS))))
EDITS = st.dictionaries(FIELD, TEXT, min_size=1, max_size=4)

SEED = yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))
SEED["corrections"] = [{"date": SEED["published"], "text": "A correction."}]
PROBLEM_LINE = re.compile(r"\S.*facts\.yaml:\d+:\d+: \S")


def edited_fact_sheet(slug: str, edits: dict[int, str]) -> str:
    data = yaml.safe_load(yaml.safe_dump(SEED))  # a deep copy
    data["slug"] = slug
    for field, text in edits.items():
        *parents, last = FIELDS[field]
        holder = data
        for key in parents:
            holder = holder[key]
        holder[last] = text
    return yaml.dump(data, Dumper=_Writer, allow_unicode=True, sort_keys=False)


class _Writer(yaml.SafeDumper):
    """Writes a shared value (a date) out each time: a fact sheet may not hold aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def refused_at_a_line(stderr: str) -> bool:
    lines = stderr.splitlines()
    return (
        "Traceback" not in stderr
        and bool(lines)
        and PROBLEM_LINE.match(lines[0]) is not None
        and re.match(r"1 fact sheet checked: [1-9]\d* error", lines[-1]) is not None
    )


def story_pages(slug: str) -> list[str]:
    return [f"{slug}/", f"{slug}/article/", f"{slug}/embed/chart-launches/",
            f"{slug}/embed/positions/"]  # fmt: skip


@settings(
    derandomize=True,
    deadline=None,
    max_examples=EXAMPLES,
    # No shrinking: each try is a site build, and an example of a few fields is short.
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(EDITS, min_size=STORIES, max_size=STORIES))
def test_any_text_in_any_field_is_refused_at_a_line_or_published_as_inert_text(
    chromium: Any, stories: list[dict[int, str]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = copy_project(Path(folder) / "project")
        shutil.rmtree(project / "content" / SEED_SLUG)
        published = []
        for number, edits in enumerate(stories):
            slug = f"hostile-{number}"
            facts = project / "content" / slug / "facts.yaml"
            facts.parent.mkdir()
            facts.write_text(edited_fact_sheet(slug, edits), encoding="utf-8")
            result = run_cli("check", str(facts))
            assert result.exit_code in (0, 1), result.stderr
            if result.exit_code == 1:
                assert refused_at_a_line(result.stderr), result.stderr
                shutil.rmtree(facts.parent)
            else:
                published.append(slug)
        if not published:
            return
        server = SiteServer(Path(folder) / "site")
        built = mkdocs_build(project, server.root, site_url=server.url, strict=False)
        assert built.returncode == 0, built.stderr
        ElementTree.parse(server.root / "feed.xml")  # well-formed
        pages = [page for slug in published for page in story_pages(slug)]
        for page in pages:
            html = (server.root / page / "index.html").read_text(encoding="utf-8")
            content = BeautifulSoup(html, "html.parser").select_one(".md-content")
            assert content is not None, page
            text = content.get_text()
            # Unread front matter is left on the page, its `explainer:` key included.
            assert "explainer: hostile-" not in text, page
        with server.running():
            context = chromium.new_context(viewport={"width": 1280, "height": 800})
            dialogs: list[str] = []
            try:
                browser_page = context.new_page()
                browser_page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                # The chart's embed shows nothing the explainer page does not: left out.
                for page in ["", *(p for p in pages if "chart-launches" not in p)]:
                    browser_page.goto(server.url + page, wait_until="load")
                    assert browser_page.evaluate("() => window.__pwned") is None, page
            finally:
                context.close()
            assert dialogs == []
