"""Files an attacker or a tired editor leaves in a project: symbolic links, devices, editor
and merge leftovers, misnamed fact sheets, slugs that are the site's own pages.

Only regular files inside the project are read or published; every read is capped. Each
test builds a real site with MkDocs (or runs the real `explainer` command) on a small
real project.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import SEED_SLUG, RulesProject, assert_reports
from tests.harness import copy_project, mkdocs_build

pytestmark = pytest.mark.timeout(300)

LINK = "is a symbolic link: it is never read or published"
LINK_HINT = "    replace the link with a copy of the file: only files inside the project are used"


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir(exist_ok=True)
    secret.write_text("token=ghp_secret\n", encoding="utf-8")
    return secret


def test_links_in_the_content_folder_fail_the_build_naming_each(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    content = project / "content"
    secret = _secret(tmp_path)
    (content / "leak.txt").symlink_to(secret)
    (content / "git-config").symlink_to(project / "mkdocs.yml")
    (content / "zero.bin").symlink_to("/dev/zero")
    (content / "outside").symlink_to(secret.parent, target_is_directory=True)
    (content / "loop").symlink_to(".", target_is_directory=True)
    (content / "self").symlink_to(content / "self")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    for name in ("git-config", "leak.txt", "loop", "outside", "self", "zero.bin"):
        assert f"content/{name}: {LINK}\n{LINK_HINT}\n" in done.stderr
    assert not (tmp_path / "site").exists()


def test_links_are_never_published_even_in_preview(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - explainer\n", "  - explainer:\n      preview: true\n"
        ),
        encoding="utf-8",
    )
    content = project / "content"
    secret = _secret(tmp_path)
    (content / "leak.txt").symlink_to(secret)
    (content / "outside").symlink_to(secret.parent, target_is_directory=True)
    (content / "zero.bin").symlink_to("/dev/zero")
    (content / SEED_SLUG / "intro.md").symlink_to(secret)
    done = mkdocs_build(project, tmp_path / "site", strict=False)
    assert done.returncode == 0, done.stderr
    site = tmp_path / "site"
    published = [p.relative_to(site).as_posix() for p in site.rglob("*")]
    assert not [p for p in published if "leak" in p or "outside" in p or "zero" in p]
    assert all(
        "ghp_secret" not in p.read_text("utf-8", errors="replace")
        for p in site.rglob("*")
        if p.is_file()
    )


def test_a_linked_fact_sheet_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    story = project / "content" / "linked"
    story.mkdir()
    (story / "facts.yaml").symlink_to(project / "content" / SEED_SLUG / "facts.yaml")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"content/linked/facts.yaml: {LINK}\n{LINK_HINT}\n" in done.stderr


def test_a_linked_content_folder_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "content").rename(tmp_path / "elsewhere")
    (project / "content").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"content: the content folder {LINK}\n{LINK_HINT}\n" in done.stderr


def test_an_article_reached_through_a_link_is_refused(rules: RulesProject) -> None:
    article = rules.root / "seeds" / "night.txt"
    kept = rules.root / "kept-night.txt"
    article.rename(kept)
    article.symlink_to(kept)
    assert_reports(
        rules.check(),
        "night.yaml:8:1: the article `seeds/night.txt` is reached through a symbolic link",
        "    only files inside the project are read: put the article itself in seeds/",
    )


def test_an_article_in_a_linked_folder_is_refused(rules: RulesProject) -> None:
    (rules.root / "seeds").rename(rules.root / "elsewhere")
    (rules.root / "seeds").symlink_to(rules.root / "elsewhere", target_is_directory=True)
    assert_reports(
        rules.check(),
        "night.yaml:8:1: the article `seeds/night.txt` is reached through a symbolic link",
        "    only files inside the project are read: put the article itself in seeds/",
    )


def test_a_device_is_never_read_as_a_fact_sheet(rules: RulesProject) -> None:
    result = rules.check("/dev/zero")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "/dev/zero: is not a regular file (a device, pipe or socket): it is never read or "
        "published\n"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_never_read(rules: RulesProject) -> None:
    os.mkfifo(rules.root / "pipe.yaml")
    result = rules.check("pipe.yaml")  # a read would wait for a writer forever
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "pipe.yaml: is not a regular file (a device, pipe or socket): it is never read or "
        "published\n"
    )
