"""Publishing to GitHub Pages: the workflow's build job run here, and `mkdocs gh-deploy`
into a local bare repository standing in for GitHub."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.building.test_site_build import add_story
from tests.support.harness import mkdocs_env
from tests.support.project import SEED_SLUG, PublishedSite
from tests.support.workflow import build_steps, git, git_project, workflow

pytestmark = pytest.mark.timeout(300)


def test_workflow_deploys_with_the_official_pages_actions_on_push_to_main() -> None:
    flow = workflow()
    assert flow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as true
    assert flow["permissions"] == {"contents": "read"}
    build = [step.get("uses", "").split("@")[0] for step in flow["jobs"]["build"]["steps"]]
    assert "actions/configure-pages" in build
    assert build[-1] == "actions/upload-pages-artifact"
    assert flow["jobs"]["build"]["steps"][-1]["with"] == {"path": "site"}
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_workflow_checkout_leaves_no_token_for_the_build_to_read() -> None:
    steps = workflow()["jobs"]["build"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["persist-credentials"] is False


def test_workflow_installs_checks_strictly_and_builds_strictly_as_the_readme_says() -> None:
    commands = [step["run"].strip().splitlines()[-1] for step in build_steps()]
    assert commands == [
        "make setup",
        ".venv/bin/explainer check --strict",
        ".venv/bin/mkdocs build --strict",
    ]
    site_url = build_steps()[-1]["env"]["SITE_URL"]
    assert site_url == "${{ steps.pages.outputs.base_url }}/"


def test_workflow_build_commands_succeed_here(published_site: PublishedSite) -> None:
    failed = [(s.name, s.output) for s in published_site.steps if s.returncode != 0]
    assert failed == []
    assert [s.name for s in published_site.steps] == [
        "Install the project", "Check the fact sheets", "Build the site",
    ]  # fmt: skip
    assert (published_site.site / SEED_SLUG / "index.html").is_file()
    canonical = f'<link rel="canonical" href="{published_site.url}{SEED_SLUG}/">'
    assert canonical in published_site.html(SEED_SLUG)


def published_files(bare: Path, branch: str = "gh-pages") -> set[str]:
    listing = git(bare, "ls-tree", "-r", "--name-only", branch)
    return set(listing.split())


def built_files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def test_gh_deploy_publishes_the_built_site_and_no_sources_or_drafts(tmp_path: Path) -> None:
    bare = tmp_path / "github.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    project = git_project(tmp_path / "project")
    add_story(project, "unfinished-story", "2025-06-01", status="draft")
    (project / "content" / SEED_SLUG / "intro.md").write_text("Our reporter adds context.\n")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "A draft and an intro")
    git(project, "remote", "add", "pages", bare.as_uri())
    done = subprocess.run(
        [".venv/bin/mkdocs", "gh-deploy", "--strict", "--remote-name", "pages",
         "--message", "Publish the explainers"],
        cwd=project, capture_output=True, text=True, timeout=300,
        env=mkdocs_env("https://example.github.io/repo/", GIT_CONFIG_GLOBAL="/dev/null"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    published = published_files(bare)
    assert published == built_files(project / "site") | {".nojekyll"}
    assert {"index.html", "404.html", "feed.xml", "sitemap.xml", f"{SEED_SLUG}/index.html",
            f"{SEED_SLUG}/social.png", ".nojekyll"} <= published  # fmt: skip
    sources = [
        path for path in published
        if path.endswith((".yaml", ".yml", ".md", ".txt", ".py"))
        or path.split("/")[0] in ("content", "seeds", "generator", "site_overrides", ".venv")
        or "unfinished-story" in path or "intro" in path
    ]  # fmt: skip
    assert sources == []
    message = git(bare, "log", "-1", "--format=%s", "gh-pages")
    assert message.startswith("Publish the explainers")
