"""`mkdocs serve` while an editor works: saving updates the page, a broken fact sheet shows
its problems on the page and in the terminal, warnings are on the story's page with one
summary line per rebuild in the terminal, and the server keeps going.

A real `mkdocs serve` process on localhost, polled over HTTP.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.harness import copy_project, free_port, mkdocs_env
from tests.support.project import REPO, SEED_SLUG

pytestmark = pytest.mark.timeout(240)


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def make_serve_flags() -> list[str]:
    """The flags `make serve` gives `mkdocs serve` (besides the address), so these tests
    run the server as editors do."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if "mkdocs serve" in x and "\t" in x)
    words = line.split("mkdocs serve", 1)[1].split()
    return [w for i, w in enumerate(words) if w != "--dev-addr" and words[i - 1] != "--dev-addr"]


class Server:
    def __init__(self, project: Path, log: Path, flags: list[str] | None = None) -> None:
        self.project = project
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log
        flags = make_serve_flags() if flags is None else flags
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}",
             "-f", str(project / "mkdocs.yml"), *flags],
            cwd=project, env=mkdocs_env(self.url), stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )  # fmt: skip

    def page(self, path: str) -> str:
        return fetch(self.url + path)

    def terminal(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Server]:
    project = copy_project(tmp_path / "project")
    server = Server(project, tmp_path / "serve.log")
    try:
        wait_for(lambda: "108" in server.page(f"{SEED_SLUG}/"), "the first build")
        yield server
    finally:
        server.stop()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_saving_a_fact_sheet_updates_its_page(served: Server) -> None:
    facts = served.project / "content" / SEED_SLUG / "facts.yaml"
    edit(facts, 'headline: "108 drones, one phone call', 'headline: "Edited: 108 drones')
    wait_for(lambda: "Edited: 108 drones" in served.page(f"{SEED_SLUG}/"), "the new headline")


def test_make_serve_rebuilds_only_what_changed() -> None:
    assert make_serve_flags() == ["--dirty"]


def test_plain_mkdocs_serve_updates_the_page_too(tmp_path: Path) -> None:
    server = Server(copy_project(tmp_path / "project"), tmp_path / "serve.log", flags=[])
    try:
        wait_for(lambda: "108" in server.page(f"{SEED_SLUG}/"), "the first build")
        edit(server.project / "content" / SEED_SLUG / "facts.yaml", 'headline: "108 drones',
             'headline: "Edited: 108 drones')  # fmt: skip
        wait_for(lambda: "Edited: 108 drones" in server.page(f"{SEED_SLUG}/"), "the headline")
    finally:
        server.stop()


def search_locations(server: Server) -> list[str]:
    index = json.loads(server.page("search/search_index.json") or "{}")
    return [doc["location"] for doc in index.get("docs", [])]


def test_saving_one_story_renders_only_its_pages_and_search_stays_whole(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    other = project / "content" / "second-story"
    other.mkdir()
    (other / "facts.yaml").write_text(
        (project / "content" / SEED_SLUG / "facts.yaml")
        .read_text(encoding="utf-8")
        .replace(f"slug: {SEED_SLUG}", "slug: second-story")
        .replace('headline: "108 drones', 'headline: "Second story: 108 drones'),
        encoding="utf-8",
    )
    server = Server(project, tmp_path / "serve.log", [*make_serve_flags(), "--verbose"])
    try:
        wait_for(lambda: "Second story" in server.page("second-story/"), "the first build")
        # the folder the server builds into, as `--verbose` logs it
        found = re.search(r"Config value 'site_dir' = '([^']+)'", server.terminal())
        assert found is not None
        built = Path(found[1])
        other_page, seed_page = built / "second-story/index.html", built / SEED_SLUG / "index.html"
        stamps = (other_page.stat().st_mtime_ns, seed_page.stat().st_mtime_ns)
        edit(project / "content" / SEED_SLUG / "facts.yaml", 'headline: "108 drones',
             'headline: "Edited: 108 drones')  # fmt: skip
        wait_for(lambda: "Edited: 108 drones" in server.page(f"{SEED_SLUG}/"), "the headline")
        wait_for(lambda: "Edited: 108 drones" in server.page(""), "the home page's list")
        assert seed_page.stat().st_mtime_ns != stamps[1]
        assert other_page.stat().st_mtime_ns == stamps[0]  # not rendered again
        assert "Second story: 108 drones" in server.page("second-story/article/")
        locations = search_locations(server)
        assert len(locations) == len(set(locations))  # no page indexed twice
        assert {"", f"{SEED_SLUG}/", "second-story/"} <= set(locations)
        assert "Edited: 108 drones" in server.page("search/search_index.json")

        shutil.rmtree(other)  # a story taken down: its pages leave the preview
        wait_for(lambda: server.page("second-story/") == "", "the story's pages to go")
        assert server.page("second-story/article/") == ""
        locations = search_locations(server)
        assert f"{SEED_SLUG}/" in locations and "" in locations
        assert not [x for x in locations if x.startswith("second-story/")]
        assert len(locations) == len(set(locations))
        assert "Traceback" not in server.terminal()
    finally:
        server.stop()


def test_saving_the_article_updates_the_article_page(served: Server) -> None:
    article = served.project / "seeds" / "000_ae606ad9438aac58.txt"
    edit(article, "at the highest levels.", "at the highest levels. (Edited.)")
    wait_for(lambda: "(Edited.)" in served.page(f"{SEED_SLUG}/article/"), "the edited article")


def test_broken_fact_sheet_shows_its_problems_and_the_server_recovers(served: Server) -> None:
    facts = served.project / "content" / SEED_SLUG / "facts.yaml"
    message = "shot_down: 53 is not in its evidence passage (numbers there: 35)"
    edit(facts, "count: 35", "count: 53")
    wait_for(lambda: message in served.page(f"{SEED_SLUG}/"), "the problems on the page")
    page = served.page(f"{SEED_SLUG}/")
    assert f"content/{SEED_SLUG}/facts.yaml:66:7</code>: {message}" in page
    assert f"content/{SEED_SLUG}/facts.yaml:66:7: {message}" in served.terminal()
    assert "Fact sheet has errors" in served.page("")  # the home page says so too
    assert served.process.poll() is None
    edit(facts, "count: 53", "count: 35")
    wait_for(lambda: 'data-value="35"' in served.page(f"{SEED_SLUG}/"), "the fixed page")
    assert "Traceback" not in served.terminal()


def test_drafts_are_previewed_with_a_banner(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    edit(facts, "status: ready", "status: draft")
    server = Server(project, tmp_path / "serve.log")
    try:
        wait_for(lambda: "108" in server.page(f"{SEED_SLUG}/"), "the first build")
        page = server.page(f"{SEED_SLUG}/")
        assert 'class="explainer-draft"' in page
        assert "Draft" in server.page("")
    finally:
        server.stop()


def test_warnings_are_on_the_preview_page_and_summed_up_in_the_terminal(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    edit(facts, "status: ready", "status: draft")
    edit(facts, "byline: Explainer desk", "byline: TODO")
    server = Server(project, tmp_path / "serve.log")
    try:
        wait_for(lambda: "explainer-warnings" in server.page(f"{SEED_SLUG}/"), "the warnings")
        page = server.page(f"{SEED_SLUG}/")
        assert "1 warning for the editor" in page
        where = f"<code>content/{SEED_SLUG}/facts.yaml:19:9</code>"
        assert f"{where}: TODO: `byline` is not filled in yet" in page
        terminal = server.terminal()
        assert "is not filled in yet" not in terminal
        assert (
            "1 story (1 draft(s), 1 TODO(s)), 0 error(s), 0 other warning(s): each story's "
            "problems are on its preview page" in terminal
        )
    finally:
        server.stop()
