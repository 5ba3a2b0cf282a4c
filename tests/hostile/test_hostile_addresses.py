"""Addresses and messages from other sites are untrusted too: a malformed link to a page
does not switch off its scripts, and a page that embeds an explainer resizes its frame
only on the word of the explainer's own site."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.pages.test_embeds import embed_code
from tests.support.harness import PageWatch, SiteServer
from tests.support.project import SEED_SLUG, BuiltSite

pytestmark = pytest.mark.timeout(180)

MALFORMED_FRAGMENT = "#%E0%A4%A"  # a cut-off escape: decodeURIComponent throws on it


def test_a_malformed_fragment_leaves_print_addresses_and_the_copy_button_working(
    chromium: Any, seed_site: BuiltSite
) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seed_site.server.origin)
    try:
        page = context.new_page()
        watch = PageWatch(seed_site.server.origin)
        watch.attach(page)
        page.goto(f"{seed_site.url}{SEED_SLUG}/{MALFORMED_FRAGMENT}", wait_until="networkidle")
        addresses = page.evaluate(
            "() => [...document.querySelectorAll('.md-content a[href]')]"
            ".filter(a => !a.hasAttribute('data-print-href')).length"
        )
        assert addresses == 0  # every link got its printed address
        page.locator('details[data-embed="positions"] > summary').click()
        page.locator('details[data-embed="positions"] button.embed-copy').click()
        status = page.locator('details[data-embed="positions"] .embed-copy-status')
        status.filter(has_text="Copied.").wait_for(timeout=5000)
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert copied == page.locator("#embed-code-positions").input_value()
        watch.assert_clean()
    finally:
        context.close()


def test_a_malformed_fragment_on_the_article_page_raises_no_error(
    chromium: Any, seed_site: BuiltSite
) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        watch = PageWatch(seed_site.server.origin)
        watch.attach(page)
        page.goto(f"{seed_site.url}{SEED_SLUG}/article/", wait_until="networkidle")
        page.evaluate(f"() => {{ location.hash = '{MALFORMED_FRAGMENT}'; }}")
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => done()))")
        assert page.evaluate("() => location.hash") == MALFORMED_FRAGMENT
        watch.assert_clean()
    finally:
        context.close()


# Posts a height to the page around it, as an embed does, in both formats the host reads.
TALKER = """<!doctype html><html lang="en"><title>Not the explainer</title><script>
parent.postMessage({"datawrapper-height": {"x": 777}}, "*");
parent.postMessage("pymxPYMxxxPYMxheightxPYMx777", "*");
</script>"""
# Records every message the host page receives, after embed-host.js has seen it (all
# listeners of one message run in the same task).
RECORDER = """<script>window.seen = [];
addEventListener("message", (e) => window.seen.push(e.origin));</script>"""


@pytest.fixture(scope="module")
def stranger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """A third site, on a third port, that would like to resize the host's frames."""
    root = tmp_path_factory.mktemp("stranger")
    (root / "talk.html").write_text(TALKER, encoding="utf-8")
    server = SiteServer(root)
    with server.running():
        yield server


@pytest.fixture(scope="module")
def host_page(
    seed_site: BuiltSite, stranger: SiteServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteServer]:
    """A host site on its own port: our embed code, and a stranger's frame beside it."""
    root = tmp_path_factory.mktemp("host-with-stranger")
    page = (
        "<!doctype html><html lang='en'><title>Host</title><link rel='icon' href='data:,'>"
        f"{RECORDER}<h1>A host story</h1>{embed_code(seed_site, 'positions')}<p>After.</p>"
    )
    (root / "index.html").write_text(page, encoding="utf-8")
    server = SiteServer(root)
    with server.running():
        yield server


def frame_height(page: Any) -> float:
    return float(
        page.evaluate(
            "() => document.querySelector('iframe[data-explainer-embed]')"
            ".getBoundingClientRect().height"
        )
    )


def wait_for_messages_from(page: Any, origin: str, count: int) -> None:
    page.wait_for_function(
        "([origin, count]) => window.seen.filter(o => o === origin).length >= count",
        arg=[origin, count],
        timeout=10000,
    )


def test_the_embed_frame_is_resized_only_by_the_explainer_site(
    chromium: Any, seed_site: BuiltSite, host_page: SiteServer, stranger: SiteServer
) -> None:
    context = chromium.new_context(viewport={"width": 360, "height": 800})
    try:
        page = context.new_page()
        page.goto(host_page.url, wait_until="networkidle")
        wait_for_messages_from(page, seed_site.server.origin, 1)
        page.wait_for_function(
            "() => document.querySelector('iframe[data-explainer-embed]').hasAttribute('scrolling')"
        )
        sized = frame_height(page)
        assert sized != 777
        # A stranger's frame on the same page speaks: it is not the embed's frame.
        page.evaluate(
            "(url) => { const f = document.createElement('iframe'); f.src = url;"
            " document.body.append(f); }",
            stranger.url + "talk.html",
        )
        wait_for_messages_from(page, stranger.origin, 2)
        assert frame_height(page) == sized
        # The embed's own frame is sent to the stranger's site, which speaks through it.
        page.evaluate(
            "(url) => { document.querySelector('iframe[data-explainer-embed]')"
            ".contentWindow.location = url; }",
            stranger.url + "talk.html",
        )
        wait_for_messages_from(page, stranger.origin, 4)
        assert frame_height(page) == sized
    finally:
        context.close()
