"""Shared fixtures: real files in temporary folders, the real CLI, real MkDocs builds."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SEED_SLUG = "drone-strikes-trump-putin-call"
SEED_FACTS = REPO / "content" / SEED_SLUG / "facts.yaml"


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> CliResult:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return CliResult(result.exit_code, result.stdout, result.stderr)


class RulesProject:
    """A tiny project (tests/fixtures/rules) copied to a temporary folder: a valid fact
    sheet `night.yaml` and its article, to break one rule at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.valid = (root / "night.yaml").read_text(encoding="utf-8")

    def write(self, text: str | bytes, name: str = "night.yaml") -> Path:
        path = self.root / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def edit(self, old: str, new: str) -> Path:
        assert old in self.valid, f"fixture has no {old!r}"
        return self.write(self.valid.replace(old, new, 1))

    def check(self, *args: str) -> CliResult:
        return run_cli("check", *(args or ("night.yaml",)))


ONE_ERROR = "1 fact sheet checked: 1 error(s), 0 warning(s)\n"


def assert_reports(result: object, *lines: str, summary: str = ONE_ERROR) -> None:
    assert result.exit_code == 1, result.stderr  # type: ignore[attr-defined]
    assert result.stderr == "\n".join(lines) + "\n" + summary  # type: ignore[attr-defined]


@pytest.fixture
def rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> RulesProject:
    shutil.copytree(FIXTURES / "rules", tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return RulesProject(tmp_path)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch folder as the working directory (the importer writes under content/)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- built sites and the browser ------------------------------------------------------

from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402

from tests.harness import (  # noqa: E402
    PageWatch,
    SiteServer,
    copy_project,
    launch_chromium,
    mkdocs_build,
)
from tests.workflow import StepRun, git_project, run_build_job  # noqa: E402


@dataclass
class BuiltSite:
    project: Path
    site: Path
    server: SiteServer

    @property
    def url(self) -> str:
        return self.server.url

    def html(self, path: str) -> str:
        return (self.site / path / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The repository's site, built once per test session and served on localhost with
    `site_url` set to the server's address (so instant navigation is really exercised)."""
    base = tmp_path_factory.mktemp("seed-site")
    project = copy_project(base / "project")
    server = SiteServer(base / "site")
    done = mkdocs_build(project, server.root, site_url=server.url)
    assert done.returncode == 0, done.stderr
    with server.running():
        yield BuiltSite(project, server.root, server)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture
def page_opener(chromium: Any, seed_site: BuiltSite) -> Iterator[Any]:
    """Opens a page of the seed site in a fresh browser context (closed after the test),
    watched for console errors and requests to other hosts: `opener(path, viewport,
    **context_options)` returns the page and its PageWatch."""
    contexts = []

    def opener(path: str, viewport: dict[str, int], **options: Any) -> tuple[Any, PageWatch]:
        context = chromium.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(seed_site.server.origin)
        watch.attach(page)
        page.goto(seed_site.url + path, wait_until="networkidle")
        return page, watch

    yield opener
    for context in contexts:
        context.close()


@dataclass
class PublishedSite(BuiltSite):
    """The site built by the Pages workflow's own commands, served under a sub-path."""

    steps: list[StepRun]


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PublishedSite]:
    """The repository's site as GitHub Pages publishes a project site
    (https://ORG.github.io/REPO/): built by the workflow's build job, served under /repo/."""
    project = git_project(tmp_path_factory.mktemp("published") / "project")
    server = SiteServer(project / "site", prefix="repo/")
    steps = run_build_job(project, server.url.rstrip("/"))
    with server.running():
        yield PublishedSite(project, server.root, server, steps)
