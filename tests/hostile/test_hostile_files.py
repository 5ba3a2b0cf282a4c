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

from generator.build.site import SiteOptions, generate
from generator.web.urls import RESERVED_SLUGS
from tests.support.harness import copy_project, mkdocs_build
from tests.support.project import REPO, SEED_SLUG, RulesProject, assert_reports, run_cli

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


def test_an_editors_lock_link_does_not_stop_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    story = project / "content" / SEED_SLUG
    (story / ".#facts.yaml").symlink_to("editor@newsroom.4242:1764800000")  # Emacs' lock
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "site" / SEED_SLUG / ".#facts.yaml").exists()


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


# --- editor and merge leftovers ---------------------------------------------------------

LEFTOVERS = (
    "facts.yaml~", "#facts.yaml#", "facts.yaml.bak", "facts.yaml.orig", "facts.yaml.txt",
    "facts_BASE_1234.yaml", "intro.md~", "intro.md.orig", "notes.txt.swp",
)  # fmt: skip


def test_editor_and_merge_leftovers_are_kept_out_and_listed(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    story = project / "content" / SEED_SLUG
    sheet = (story / "facts.yaml").read_text(encoding="utf-8")
    internal = sheet + "internal_notes:\n  - text: SOURCE-X is our informant\n"
    for name in LEFTOVERS:
        (story / name).write_text(internal, encoding="utf-8")
    (story / "fact sheet copy").write_text(internal, encoding="utf-8")  # judged by content
    (story / "reading-list.txt").write_text("Further reading: the Air Force's reports.\n")
    (project / "content" / "index.md.bak").write_text("Draft of the home page text\n")
    done = mkdocs_build(project, tmp_path / "site", quiet=False)
    assert done.returncode == 0, done.stderr
    site = tmp_path / "site"
    assert (site / SEED_SLUG / "reading-list.txt").is_file()
    published = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert [p for p in published if "facts" in p or "intro" in p or ".bak" in p] == []
    assert not [p for p in site.rglob("*") if p.is_file() and b"SOURCE-X" in p.read_bytes()]
    kept = sorted(f"{SEED_SLUG}/{name}" for name in (*LEFTOVERS, "fact sheet copy"))
    assert (
        "INFO    -  explainer: kept out of the site (leftovers and copies of sources): "
        + ", ".join(sorted(["index.md.bak", *kept]))
        + "\n"
    ) in done.stderr


# --- misnamed fact sheets -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["facts.yml", "Facts.yaml", "fact-sheet.yaml"])
def test_a_misnamed_fact_sheet_says_what_its_name_must_be(rules: RulesProject, name: str) -> None:
    rules.write(rules.valid, name)
    result = rules.check(name)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"{name}: the fact sheet is named `{name}`: the site reads only `facts.yaml`\n"
        "    rename it to facts.yaml\n"
    )


def test_a_misnamed_fact_sheet_fails_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    story = project / "content" / SEED_SLUG
    (story / "facts.yaml").rename(story / "facts.yml")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert (
        f"content/{SEED_SLUG}/facts.yml: the fact sheet is named `facts.yml`: the site reads "
        "only `facts.yaml`\n    rename it to facts.yaml\n"
    ) in done.stderr


# --- reserved slugs and clashing addresses ------------------------------------------------


@pytest.mark.parametrize("slug", ["tracker", "explainers", "about", "search", "404", "data"])
def test_a_slug_that_is_a_page_of_the_site_is_refused(rules: RulesProject, slug: str) -> None:
    rules.edit("slug: night", f'slug: "{slug}"')
    assert_reports(
        rules.check(),
        f"night.yaml:1:1: slug `{slug}` is the address of one of the site's own pages",
        f"    choose another slug, like `{slug}-story`, and rename the folder to match",
    )


def test_a_slug_that_is_a_page_of_the_content_folder_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "content" / "corrections.md").write_text("# Corrections\n", encoding="utf-8")
    old = project / "content" / SEED_SLUG
    sheet = (old / "facts.yaml").read_text(encoding="utf-8")
    new = project / "content" / "corrections"
    new.mkdir()
    (new / "facts.yaml").write_text(
        sheet.replace(f"slug: {SEED_SLUG}", "slug: corrections"), encoding="utf-8"
    )
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert (
        "content/corrections/facts.yaml:8:1: slug `corrections` is the address of the page "
        "corrections.md\n"
        "    choose another slug, like `corrections-story`, and rename the folder to match\n"
    ) in done.stderr


def test_new_refuses_a_slug_that_is_a_page_of_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "mkdocs.yml").write_text("site_name: t\ndocs_dir: content\n", encoding="utf-8")
    article = root / "seeds" / "tracker.txt"
    article.write_text("KYIV — Russia launched 40 drones at Ukraine overnight.\n")
    monkeypatch.chdir(root)
    result = run_cli("new", "seeds/tracker.txt")
    assert result.exit_code == 1
    assert result.stderr == (
        "`tracker` is the address of one of the site's own pages "
        "(choose another with --slug, like --slug tracker-story)\n"
    )
    assert list((root / "content").iterdir()) == []


def test_two_files_at_one_address_fail_the_build_naming_both(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "content" / "explainers.md").write_text("# Our archive\n", encoding="utf-8")
    (project / "content" / SEED_SLUG / "index.md").write_text("# Mine\n", encoding="utf-8")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert (
        "content/explainers.md: content/explainers.md and explainers/index.md (from the "
        "generator) would both be published at /explainers/\n"
    ) in done.stderr
    assert (
        f"content/{SEED_SLUG}/index.md: content/{SEED_SLUG}/index.md and {SEED_SLUG}/index.md "
        f"(from content/{SEED_SLUG}/facts.yaml) would both be published at /{SEED_SLUG}/\n"
    ) in done.stderr


def test_reserved_slugs_cover_every_top_level_address_the_generator_writes() -> None:
    site = generate(
        REPO, REPO / "content", SiteOptions(site_url="https://example.org/", cache=False)
    )
    tops = {f.src.split("/")[0] for f in site.files} - {SEED_SLUG}
    assert {top.split(".")[0] for top in tops} <= RESERVED_SLUGS
    assert "data" in RESERVED_SLUGS  # the content folder's data/ (Air Force data file)


def test_new_never_reads_a_device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("new", "/dev/zero")  # a read of it would never end
    assert result.exit_code == 1
    assert "is not a regular file (a device, pipe or socket)" in result.stderr


def test_in_preview_a_clash_is_reported_and_the_builder_gets_one_file(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    story = project / "content" / "tracker"
    story.mkdir()
    sheet = (project / "content" / SEED_SLUG / "facts.yaml").read_text(encoding="utf-8")
    (story / "facts.yaml").write_text(sheet.replace(f"slug: {SEED_SLUG}", "slug: tracker"))
    site = generate(project, project / "content", SiteOptions(preview=True, cache=False))
    assert [str(p).splitlines()[0] for p in site.errors] == [
        "content/tracker/facts.yaml:8:1: slug `tracker` is the address of one of the site's "
        "own pages",
        "content/tracker/facts.yaml: tracker/index.md (from the generator) and "
        "tracker/index.md (from content/tracker/facts.yaml) would both be published at "
        "/tracker/",
    ]
    srcs = [f.src for f in site.files]
    assert len(srcs) == len(set(srcs))


def test_import_never_reads_a_device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("import-airforce", "/dev/zero")  # a read of it would never end
    assert result.exit_code == 1
    assert "is not a regular file (a device, pipe or socket)" in result.stderr


@pytest.mark.parametrize("where", [f"{SEED_SLUG}/intro.md", "index.md"])
def test_an_intro_that_is_not_utf8_is_an_error_at_its_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    project = copy_project(tmp_path / "project")
    (project / "content" / where).write_bytes(b"# Intro\n\nCaf\xe9 au lait\n")
    monkeypatch.chdir(project)
    result = run_cli("render", "--out", str(tmp_path / "out"))
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        f"content/{where}:3:4: byte 0xe9 is not UTF-8 text\n"
        "    save the file as UTF-8 (most editors: 'Save with encoding')\n",
    )
    assert not (tmp_path / "out").exists()
