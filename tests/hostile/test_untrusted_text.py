"""Articles and fact sheets are untrusted text: whatever they contain reaches the reader as
text and never runs as code.

One build of a story whose article and every free-text field that validation accepts carry
script-injection payloads; every published page is opened in Chromium, where the payloads
try to set a global that must stay unset.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.support.harness import SiteServer, copy_project, mkdocs_build
from tests.support.project import BuiltSite

pytestmark = pytest.mark.timeout(300)

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    "' onmouseover='window.__pwned=1' x='",
    "</script><script>window.__pwned=1</script>",
    "[click](javascript:window.__pwned=1)",
    '<a href="javascript:window.__pwned=1">link</a>',
    "javascript:window.__pwned=1",
    "{{ 7*7 }} {% raw %} ${7*7}",
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    "<math><style><img src=x onerror=window.__pwned=1>",
    "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
    "<!-- x --> ]]> <![CDATA[ \u2028 \u2029",
    "*em* `code` # not a heading <details open ontoggle=window.__pwned=1>",
]
NAME = PAYLOADS[4]  # in the article, so the name passes its check
PARTY = PAYLOADS[1]


def article() -> str:
    return "\n".join(
        [
            f"KYIV — Russia launched 40 drones at Ukraine overnight, {PAYLOADS[0]} the Air Force "
            "said.",
            "Air defences shot down 25 of them, while another 10 were lost to electronic warfare. "
            f"{PAYLOADS[2]}",
            # quoted words hold no straight double quote, which would end the quotation
            f"“We will not be intimidated {PAYLOADS[10]},” said Mayor Olena {NAME} Petrenko on "
            f"Telegram. “{PAYLOADS[5]} {PAYLOADS[4]} stands.” {PAYLOADS[1]} {PAYLOADS[6]}",
            f"The {PARTY} side and the {PAYLOADS[10]} side disagree about talks {PAYLOADS[8]}.",
            " ".join(PAYLOADS[i] for i in (9, 11, 12, 13, 3, 7)),
        ]
    )


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def fact_sheet() -> str:
    return f"""\
slug: hostile
status: ready
headline: {q("Drones " + PAYLOADS[0] + " 40")}
summary: {q(PAYLOADS[2] + " " + PAYLOADS[3] + " " + PAYLOADS[8])}
dateline: KYIV
publication: {q(PAYLOADS[5])}
byline: {q(PAYLOADS[6])}
article: seeds/hostile.txt
article_source: {q(PAYLOADS[7])}
events_date: 2025-05-19
published: 2025-05-20
corrections:
  - date: 2025-05-21
    text: {q(PAYLOADS[9] + " " + PAYLOADS[10])}
parties:
  russia: {q(PAYLOADS[10])}
  ukraine: {q(PARTY)}
people:
  petrenko:
    name: {q("Olena " + NAME + " Petrenko")}
    title: Mayor
    party: ukraine
  air-force:
    name: Air Force
    kind: institution
    party: ukraine
strike_reports:
  night:
    reported_by: air-force
    attacker: russia
    target: ukraine
    weapon: drones
    weapon_kind: drones
    night_of: 2025-05-19
    launched:
      count: 40
      evidence: {q("Russia launched 40 drones at Ukraine overnight, " + PAYLOADS[0])}
    shot_down:
      count: 25
      label: {q(PAYLOADS[11][:40])}
      evidence: Air defences shot down 25 of them
    suppressed:
      count: 10
      evidence: {q("another 10 were lost to electronic warfare. " + PAYLOADS[2])}
    killed: not reported
    injured: not reported
    regions_hit: not reported
quotes:
  intimidated:
    speaker: petrenko
    channel:
      name: {q(PAYLOADS[12])}
      evidence: {q("Petrenko on Telegram")}
    context: {q(PAYLOADS[13])}
    words:
      - {q("We will not be intimidated " + PAYLOADS[10] + ",")}
      - {q(PAYLOADS[5] + " " + PAYLOADS[4] + " stands.")}
issues:
  talks:
    name: {q(PAYLOADS[3][:60])}
    positions:
      russia: not stated
      ukraine:
        stance: opposes
        summary: {q(PAYLOADS[0] + PAYLOADS[4])}
        evidence: {q("We will not be intimidated " + PAYLOADS[10])}
        quote: intimidated
timeline:
  - when: {q(PAYLOADS[7])}
    text: {q(PAYLOADS[13])}
    evidence: {q(PAYLOADS[9] + " " + PAYLOADS[11])}
editor_notes:
  - {q(" ".join(PAYLOADS[:7]))}
  - {q(" ".join(PAYLOADS[7:]))}
internal_notes:
  - {q(PAYLOADS[0])}
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    base = tmp_path_factory.mktemp("hostile")
    project = copy_project(base / "project")
    (project / "seeds" / "hostile.txt").write_text(article(), encoding="utf-8")
    (project / "content" / "hostile").mkdir()
    (project / "content" / "hostile" / "facts.yaml").write_text(fact_sheet(), encoding="utf-8")
    server = SiteServer(base / "site")
    done = mkdocs_build(project, server.root, site_url=server.url)
    assert done.returncode == 0, done.stderr
    with server.running():
        yield BuiltSite(project, server.root, server)


def pages(site: BuiltSite) -> list[str]:
    return sorted(str(path.relative_to(site.site).parent) for path in site.site.rglob("index.html"))


def test_payloads_are_shown_as_text(hostile_site: BuiltSite) -> None:
    page = BeautifulSoup(hostile_site.html("hostile"), "html.parser")
    text = page.get_text()
    for payload in (PAYLOADS[0], PAYLOADS[2], PAYLOADS[6], PAYLOADS[9], PAYLOADS[13]):
        assert payload in text, payload
    article = BeautifulSoup(hostile_site.html("hostile/article"), "html.parser").get_text()
    assert PAYLOADS[1] in article and PAYLOADS[4] in article


def test_no_javascript_url_or_event_handler_is_emitted(hostile_site: BuiltSite) -> None:
    for path in hostile_site.site.rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for element in page.find_all(True):
            for name, value in element.attrs.items():
                values = value if isinstance(value, list) else [value]
                for item in values:
                    assert not item.strip().lower().startswith("javascript:"), (path, name)
                    if name.lower().startswith("on"):  # no payload became an event handler
                        assert "__pwned" not in item, (path, name)


def test_nothing_executes_on_any_page(chromium: Any, hostile_site: BuiltSite) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    dialogs: list[str] = []
    try:
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for path in pages(hostile_site):
            url = hostile_site.url + ("" if path == "." else path + "/")
            page.goto(url, wait_until="networkidle")
            page.mouse.move(200, 300)
            for element in page.locator("main a, main mark, main td").all()[:40]:
                element.hover(timeout=2000, trial=False) if element.is_visible() else None
            assert page.evaluate("() => window.__pwned") is None, url
        assert dialogs == []
    finally:
        context.close()
