"""Fixtures: real files in temporary folders, the real CLI, real MkDocs builds, a real
browser. What the tests import besides fixtures lives in tests/support/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.support.harness import PageWatch, SiteServer, copy_project, launch_chromium, mkdocs_build
from tests.support.project import FIXTURES, BuiltSite, PublishedSite, RulesProject
from tests.support.workflow import git_project, run_build_job

# Every property test is derandomised (the same examples on every run, so a failure is
# reproducible) and has no per-example deadline: a loaded 2-core CI machine is slow, and
# what a slow example proves is the machine's load, not a bug. Tests assert no timings.
settings.register_profile("explainer", derandomize=True, deadline=None)
settings.load_profile("explainer")


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


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PublishedSite]:
    """The repository's site as GitHub Pages publishes a project site
    (https://ORG.github.io/REPO/): built by the workflow's build job, served under /repo/."""
    project = git_project(tmp_path_factory.mktemp("published") / "project")
    server = SiteServer(project / "site", prefix="repo/")
    steps = run_build_job(project, server.url.rstrip("/"))
    with server.running():
        yield PublishedSite(project, server.root, server, steps)
