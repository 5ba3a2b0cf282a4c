"""`explainer render --out DIR` writes over nothing it did not write itself: a mistyped
folder (the project's own content/) keeps the site owner's files, unless --force."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.build.render_out import write_site
from generator.build.site import Site
from generator.errors import ExplainerError
from generator.web.files import GeneratedFile
from tests.support.harness import copy_project
from tests.support.project import REPO, SEED_SLUG, run_cli


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def test_render_into_the_project_keeps_its_configuration_written_by_hand(
    tmp_path: Path, in_repo: None
) -> None:
    out = tmp_path / "project"
    out.mkdir()
    (out / "mkdocs.yml").write_text("site_name: Ours, by hand\n", encoding="utf-8")
    result = run_cli("render", "--out", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        f"{out / 'mkdocs.yml'}: not written by `explainer render`, so not overwritten (render "
        "into a new folder, or add --force); nothing was written\n",
    )
    assert [p.name for p in out.iterdir()] == ["mkdocs.yml"]
    assert (out / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Ours, by hand\n"


def test_render_no_theme_into_content_keeps_the_home_page_written_by_hand(
    tmp_path: Path, in_repo: None
) -> None:
    out = tmp_path / "content"
    out.mkdir()
    (out / "index.md").write_text("# Our explainers, introduced by hand\n", encoding="utf-8")
    result = run_cli("render", "--out", str(out), "--no-theme")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{out / 'index.md'}: not written by `explainer render`")
    assert [p.name for p in out.iterdir()] == ["index.md"]


def test_render_again_replaces_what_it_wrote(tmp_path: Path, in_repo: None) -> None:
    out = tmp_path / "out"
    assert run_cli("render", "--out", str(out)).exit_code == 0
    page = out / "docs" / SEED_SLUG / "index.md"
    page.write_text("stale\n", encoding="utf-8")
    assert run_cli("render", "--out", str(out)).exit_code == 0
    assert page.read_text(encoding="utf-8") != "stale\n"


def test_render_with_force_replaces_any_file(tmp_path: Path, in_repo: None) -> None:
    out = tmp_path / "project"
    out.mkdir()
    (out / "mkdocs.yml").write_text("site_name: By hand\n", encoding="utf-8")
    assert run_cli("render", "--out", str(out), "--force").exit_code == 0
    assert (out / "mkdocs.yml").read_text(encoding="utf-8") != "site_name: By hand\n"


@pytest.mark.parametrize("src", ["../outside.md", "a/../../outside.md", "/tmp/outside.md"])
def test_render_never_writes_outside_its_folder(tmp_path: Path, src: str) -> None:
    site = Site((GeneratedFile(src, "<p>x</p>"),), ())
    with pytest.raises(ExplainerError, match="not a path inside --out; nothing was written"):
        write_site(site, tmp_path / "out", force=True)
    assert not (tmp_path / "outside.md").exists() and not (tmp_path / "out").exists()


def test_render_never_writes_through_a_linked_folder_in_out(tmp_path: Path, in_repo: None) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "docs").symlink_to(victim)
    result = run_cli("render", "--out", str(out), "--force")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        f"{out / 'docs'}: is a symbolic link: `render` never writes through one; nothing "
        "was written\n    remove it, or render into a new folder: `render` writes only real "
        "folders and files\n",
    )
    assert list(victim.iterdir()) == [] and [p.name for p in out.iterdir()] == ["docs"]


def test_render_never_writes_through_a_linked_file_even_when_it_wrote_it_before(
    tmp_path: Path, in_repo: None
) -> None:
    out = tmp_path / "out"
    assert run_cli("render", "--out", str(out)).exit_code == 0
    page = out / "docs" / SEED_SLUG / "index.md"
    elsewhere = tmp_path / "bashrc"
    elsewhere.write_text("export PATH\n", encoding="utf-8")
    page.unlink()
    page.symlink_to(elsewhere)  # the page is listed in .explainer-render
    for args in ((), ("--force",)):
        result = run_cli("render", "--out", str(out), *args)
        assert (result.exit_code, result.stderr.split("\n")[0]) == (
            1,
            f"{page}: is a symbolic link: `render` never writes through one; nothing was written",
        )
    assert elsewhere.read_text(encoding="utf-8") == "export PATH\n"


def test_render_refuses_a_named_pipe_where_a_page_goes(tmp_path: Path, in_repo: None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "mkdocs.yml")
    result = run_cli("render", "--out", str(out), "--force")
    assert (result.exit_code, result.stderr.split("\n")[0]) == (
        1,
        f"{out / 'mkdocs.yml'}: is not a regular file: `render` writes only files; nothing was "
        "written",
    )
    assert [p.name for p in out.iterdir()] == ["mkdocs.yml"]


def test_render_refuses_a_linked_record_of_what_it_wrote(tmp_path: Path, in_repo: None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    record = tmp_path / "record"
    record.write_text("index.md\n", encoding="utf-8")
    (out / ".explainer-render").symlink_to(record)
    result = run_cli("render", "--out", str(out))
    assert (result.exit_code, result.stderr.split("\n")[0]) == (
        1,
        f"{out / '.explainer-render'}: is a symbolic link: `render` never writes through one; "
        "nothing was written",
    )
    assert record.read_text(encoding="utf-8") == "index.md\n"


def test_render_into_a_file_says_so(tmp_path: Path, in_repo: None) -> None:
    out = tmp_path / "out"
    out.write_text("notes\n", encoding="utf-8")
    result = run_cli("render", "--out", str(out))
    assert (result.exit_code, result.stderr.split("\n")[0]) == (
        1,
        f"{out}: is not a folder, so nothing can be written inside it; nothing was written",
    )


def test_rendered_drafts_carry_no_preview_desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`render --drafts` exports drafts as drafts: the preview's list of warnings for the
    editor and its "preview only" wording stay in the preview."""
    project = copy_project(tmp_path / "project")
    facts = project / "content" / SEED_SLUG / "facts.yaml"
    text = facts.read_text(encoding="utf-8").replace("status: ready", "status: draft", 1)
    facts.write_text(text.replace("byline: ", "byline: TODO # ", 1), encoding="utf-8")
    monkeypatch.chdir(project)
    result = run_cli("render", "--drafts", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "out" / "docs" / SEED_SLUG / "index.md").read_text(encoding="utf-8")
    assert "Draft</strong> — not published until its status is <code>ready</code>." in page
    assert "for the editor" not in page
    assert "preview only" not in page
