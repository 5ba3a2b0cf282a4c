"""A rebuild renders only the stories that changed, and gives exactly the pages a fresh
build would: the cache can make a build faster, never different."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.airforce import datafile
from generator.build.cache import CACHE_DIR, cache_key
from generator.build.site import SiteOptions, generate
from tests.support.harness import copy_project
from tests.support.project import SEED_SLUG, run_cli


def entries(project: Path) -> set[str]:
    return {p.name for p in (project / CACHE_DIR).iterdir() if not p.name.startswith(".")}


def add_copy(project: Path, slug: str) -> Path:
    text = (project / "content" / SEED_SLUG / "facts.yaml").read_text(encoding="utf-8")
    (project / "content" / slug).mkdir()
    facts = project / "content" / slug / "facts.yaml"
    facts.write_text(text.replace(f"slug: {SEED_SLUG}", f"slug: {slug}"), encoding="utf-8")
    return facts


def test_rebuild_gives_the_pages_of_a_fresh_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    add_copy(project, "second-story")
    first = generate(project, project / "content", SiteOptions())
    again = generate(project, project / "content", SiteOptions())
    fresh = generate(project, project / "content", SiteOptions(cache=False))
    assert first.files == again.files == fresh.files
    assert len(entries(project)) == 2


def test_only_the_changed_story_is_rendered_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    facts = add_copy(project, "second-story")
    generate(project, project / "content", SiteOptions())
    before = entries(project)
    facts.write_text(facts.read_text().replace('"108 drones,', '"Edited: 108 drones,'))
    site = generate(project, project / "content", SiteOptions())
    after = entries(project)
    assert len(before & after) == 1 and len(after) == 2  # the old entry is gone
    page = next(f for f in site.files if f.src == "second-story/index.md")
    assert "Edited: 108 drones," in str(page.content)


def test_a_damaged_cache_entry_is_rendered_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    fresh = generate(project, project / "content", SiteOptions())
    (entry,) = entries(project)
    (project / CACHE_DIR / entry / "0").write_text("damaged")
    (project / CACHE_DIR / entry / "manifest.json").write_text("{not json")
    assert generate(project, project / "content", SiteOptions()).files == fresh.files


def test_the_key_changes_with_every_input() -> None:
    base = cache_key("options", "facts", "article", "intro", b"dataset")
    assert (
        len(
            {
                base,
                cache_key("options", "facts", "article", "intro", b"dataset2"),
                cache_key("options", "facts", "article!", "intro", b"dataset"),
                cache_key("options", "facts", "article", "intro!", b"dataset"),
                cache_key("optionsfacts", "", "article", "intro", b"dataset"),
            }
        )
        == 5
    )


def test_a_data_file_rewritten_within_the_same_instant_is_read_again(tmp_path: Path) -> None:
    """`mkdocs serve` keeps the parsed data file between builds: a new import of the same
    size and timestamp (a fast script, a coarse file system) must still be seen."""
    project = copy_project(tmp_path / "project")
    data_file = datafile.data_file_path(project / "content")
    stamp = data_file.stat().st_mtime_ns
    seed_night = '"launched": 108, "shot_down": 35, "suppressed": 58'
    text = data_file.read_text(encoding="utf-8")
    assert text.count(seed_night) == 1
    first = generate(project, project / "content", SiteOptions())
    data_file.write_text(text.replace(seed_night, seed_night.replace("108", "109")), "utf-8")
    os.utime(data_file, ns=(stamp, stamp))
    again = generate(project, project / "content", SiteOptions())
    fresh = generate(project, project / "content", SiteOptions(cache=False))
    assert again.files == fresh.files != first.files
    page = next(f for f in again.files if f.src == f"{SEED_SLUG}/index.md")
    assert isinstance(page.content, str) and "109" in page.content


def tamper(project: Path, src: str) -> None:
    """Rewrite the one cache entry so that its explainer page claims to be `src`."""
    (entry,) = entries(project)
    manifest_path = project / CACHE_DIR / entry / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["files"][0]["src"] = src
    (project / CACHE_DIR / entry / "0").write_text("<script>alert(1)</script>", "utf-8")
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize(
    "src",
    [
        "index.md",  # the home page
        "about/index.md",  # another page of the site
        f"{SEED_SLUG}/../index.md",
        f"{SEED_SLUG}/../../../outside.md",  # out of `render --out`
        "/tmp/outside.md",
        f"{SEED_SLUG}//index.md",
    ],
)
def test_a_cache_entry_naming_a_file_outside_its_story_is_rendered_again(
    tmp_path: Path, src: str
) -> None:
    project = copy_project(tmp_path / "project")
    fresh = generate(project, project / "content", SiteOptions(cache=False))
    generate(project, project / "content", SiteOptions())
    tamper(project, src)
    again = generate(project, project / "content", SiteOptions())
    assert again.files == fresh.files
    assert all("alert(1)" not in str(f.content) for f in again.files)


def test_a_cache_entry_of_another_format_is_rendered_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    fresh = generate(project, project / "content", SiteOptions(cache=False))
    generate(project, project / "content", SiteOptions())
    (entry,) = entries(project)
    manifest_path = project / CACHE_DIR / entry / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    (project / CACHE_DIR / entry / "0").write_text("stale", "utf-8")
    manifest_path.write_text(json.dumps(manifest["files"]), encoding="utf-8")  # format 1
    assert generate(project, project / "content", SiteOptions()).files == fresh.files


def test_a_project_whose_cache_cannot_be_written_builds_uncached(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    fresh = generate(project, project / "content", SiteOptions(cache=False))
    (project / CACHE_DIR).parent.mkdir(parents=True, exist_ok=True)
    (project / CACHE_DIR).write_text("a file where the cache folder goes", "utf-8")
    assert generate(project, project / "content", SiteOptions()).files == fresh.files


def test_a_cache_entry_file_linked_elsewhere_is_never_published(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    fresh = generate(project, project / "content", SiteOptions())
    (entry,) = entries(project)
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    page = project / CACHE_DIR / entry / "0"
    page.unlink()
    page.symlink_to(secret)
    again = generate(project, project / "content", SiteOptions())
    assert again.files == fresh.files
    assert all("root:x:0:0" not in str(f.content) for f in again.files)
    assert not page.is_symlink()  # the entry was written again, whole


def test_a_linked_cache_entry_is_rendered_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    fresh = generate(project, project / "content", SiteOptions())
    (entry,) = entries(project)
    elsewhere = tmp_path / "elsewhere"
    (project / CACHE_DIR / entry).rename(elsewhere)
    (elsewhere / "0").write_text("<script>alert(1)</script>", "utf-8")
    (project / CACHE_DIR / entry).symlink_to(elsewhere)
    assert generate(project, project / "content", SiteOptions()).files == fresh.files
    assert (elsewhere / "0").read_text("utf-8") == "<script>alert(1)</script>"


@pytest.mark.parametrize("linked", [".cache", CACHE_DIR])
def test_a_linked_cache_folder_is_an_error_and_nothing_is_written_there(
    tmp_path: Path, linked: str
) -> None:
    project = copy_project(tmp_path / "project")
    victim = tmp_path / "victim"
    victim.mkdir()
    (project / linked).parent.mkdir(parents=True, exist_ok=True)
    (project / linked).symlink_to(victim)
    site = generate(project, project / "content", SiteOptions())
    assert [str(p) for p in site.errors] == [
        f"{linked}: is a symbolic link: the build's cache is never read or written there\n"
        f"    remove it (rm {linked}): the build makes its own cache folder"
    ]
    assert list(victim.iterdir()) == []


def test_render_with_a_linked_cache_folder_stops_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "project")
    victim = tmp_path / "victim"
    victim.mkdir()
    (project / ".cache").symlink_to(victim)
    monkeypatch.chdir(project)
    result = run_cli("render", "--out", str(tmp_path / "out"))
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        ".cache: is a symbolic link: the build's cache is never read or written there\n"
        "    remove it (rm .cache): the build makes its own cache folder\n",
    )
    assert list(victim.iterdir()) == [] and not (tmp_path / "out").exists()
