"""`mkdocs serve` while an editor works: saving updates the page, a broken fact sheet shows
its problems on the page and in the terminal, and the server keeps going.

A real `mkdocs serve` process on localhost, polled over HTTP.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED_SLUG
from tests.harness import copy_project, free_port, mkdocs_env

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


class Server:
    def __init__(self, project: Path, log: Path) -> None:
        self.project = project
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}",
             "-f", str(project / "mkdocs.yml")],
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
