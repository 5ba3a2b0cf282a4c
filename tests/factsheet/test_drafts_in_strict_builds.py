"""Drafts never hold up publishing: a story committed as `status: draft`, with its TODOs
or even an error, is listed with what is left, never published and never fatal to
`explainer check --strict` or `mkdocs build --strict` (the Pages workflow's two steps).
Only a ready story's problems fail a strict build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.harness import copy_project, mkdocs_build
from tests.support.project import FIXTURES, SEED_SLUG, run_cli

ARTICLE = FIXTURES / "drafting-new" / "tune" / "kyiv-missile-barrage" / "seeds"
DRAFT = "content/kyiv-missile-barrage/facts.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed project, plus a draft just written by `explainer new` (with its TODOs)
    and a draft whose YAML is broken."""
    root = copy_project(tmp_path / "project")
    monkeypatch.chdir(root)
    assert run_cli("new", str(ARTICLE / "kyiv-missile-barrage.txt")).exit_code == 0
    broken = root / "content" / "half-written"
    broken.mkdir()
    (broken / "facts.yaml").write_text('slug: half-written\nstatus: draft\nheadline: "oops\n')
    return root


def test_drafts_do_not_fail_a_strict_check_of_the_project(project: Path) -> None:
    result = run_cli("check", "--strict")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    todos = result.stdout.splitlines()[1].split("(")[1].split(" ")[0]
    assert result.stdout.splitlines() == [
        "content/half-written/facts.yaml: draft, not published (0 TODO(s) left, 1 error(s)): "
        "`explainer check content/half-written/facts.yaml` lists them",
        f"{DRAFT}: draft, not published ({todos} TODO(s) left): "
        f"`explainer check {DRAFT}` lists them",
        "1 fact sheet checked: 0 error(s), 0 warning(s); 2 draft(s) left out",
    ]
    assert int(todos) > 10


def test_a_draft_checked_by_name_shows_its_todos(project: Path) -> None:
    result = run_cli("check", "--strict", DRAFT)
    assert result.exit_code == 1
    assert "TODO: `headline` is not filled in yet" in result.stderr


def test_a_ready_storys_todo_still_fails_a_strict_check(project: Path) -> None:
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("byline: Explainer desk", "byline: TODO"), encoding="utf-8")
    result = run_cli("check", "--strict")
    assert result.exit_code == 1
    assert f"content/{SEED_SLUG}/facts.yaml:19:9: warning: TODO: `byline` is not filled in yet" in (
        result.stderr
    )


def test_drafts_do_not_fail_a_strict_build_and_are_not_published(
    project: Path, tmp_path: Path
) -> None:
    done = mkdocs_build(project, tmp_path / "site", quiet=False)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "site" / "kyiv-missile-barrage").exists()
    assert not (tmp_path / "site" / "half-written").exists()
    assert (tmp_path / "site" / SEED_SLUG / "index.html").is_file()
    assert "WARNING" not in done.stderr
    assert f"{DRAFT}: draft, not published (" in done.stderr


def test_a_ready_storys_error_still_fails_a_strict_build(project: Path, tmp_path: Path) -> None:
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    facts.write_text(facts.read_text().replace("count: 35", "count: 53"), encoding="utf-8")
    done = mkdocs_build(project, tmp_path / "site", quiet=False)
    assert done.returncode != 0
    assert "count" in done.stderr or "53" in done.stderr
