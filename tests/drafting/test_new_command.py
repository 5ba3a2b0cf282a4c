"""`explainer new ARTICLE`: a draft fact sheet that `explainer check` accepts apart from
its TODOs, or a one-line error with nothing written."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.support.project import FIXTURES, REPO, run_cli

SEED_ARTICLE = REPO / "seeds" / "000_ae606ad9438aac58.txt"
CASES = ("border-shelling-sumy", "drone-attack-energy-grid", "missile-barrage-odesa")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project: mkdocs.yml, content/ and seeds/."""
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "mkdocs.yml").write_text("site_name: t\ndocs_dir: content\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def assert_only_todo_warnings(path: str) -> None:
    result = run_cli("check", path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1 fact sheet checked: 0 error(s), ")
    reports = [line for line in result.stderr.splitlines() if not line.startswith("    ")]
    assert reports and all(": warning: TODO: " in line for line in reports)


def test_seed_article_gets_a_draft_that_check_accepts_apart_from_todos(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "seed.txt")
    result = run_cli("new", "seeds/seed.txt")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("wrote content/seed/facts.yaml: 5 figure(s), 6 quote(s), ")
    assert lines[1] == "next: explainer check content/seed/facts.yaml"
    assert lines[2] == "preview: make serve, then open http://127.0.0.1:8000/seed/"
    assert_only_todo_warnings("content/seed/facts.yaml")
    text = (project / "content" / "seed" / "facts.yaml").read_text(encoding="utf-8")
    assert "status: draft\n" in text
    assert 'article: "seeds/seed.txt"\n' in text


@pytest.mark.parametrize("case", CASES)
def test_fixture_articles_get_drafts_that_check_accepts(case: str, project: Path) -> None:
    shutil.copy(FIXTURES / "drafting" / case / "seeds" / f"{case}.txt", project / "seeds")
    assert run_cli("new", f"seeds/{case}.txt").exit_code == 0
    assert_only_todo_warnings(f"content/{case}/facts.yaml")


def test_article_from_elsewhere_is_copied_into_seeds(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "Odesa strikes.txt"
    shutil.copy(
        FIXTURES / "drafting" / "missile-barrage-odesa" / "seeds" / "missile-barrage-odesa.txt",
        outside,
    )
    result = run_cli("new", str(outside))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"copied {outside} to seeds/Odesa strikes.txt"
    assert (project / "seeds" / "Odesa strikes.txt").read_bytes() == outside.read_bytes()
    assert (project / "content" / "odesa-strikes" / "facts.yaml").is_file()
    assert_only_todo_warnings("content/odesa-strikes/facts.yaml")


def test_slug_option_names_the_story(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds")
    assert run_cli("new", "seeds/000_ae606ad9438aac58.txt", "--slug", "trump-putin").exit_code == 0
    assert files_under(project / "content") == ["trump-putin", "trump-putin/facts.yaml"]


def test_installed_projects_draft_names_a_schema_copy_beside_mkdocs_yml(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "a.txt")
    assert run_cli("new", "seeds/a.txt", "--slug", "one").exit_code == 0
    draft = (project / "content" / "one" / "facts.yaml").read_text(encoding="utf-8")
    assert draft.splitlines()[0] == "# yaml-language-server: $schema=../../factsheet.schema.json"
    schema = project / "factsheet.schema.json"
    assert schema.read_text(encoding="utf-8") == run_cli("schema").stdout
    schema.write_text("{}", encoding="utf-8")  # an older version's copy is brought up to date
    assert run_cli("new", "seeds/a.txt", "--slug", "two").exit_code == 0
    assert schema.read_text(encoding="utf-8") == run_cli("schema").stdout


def test_same_article_gives_the_same_bytes(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "a.txt")
    run_cli("new", "seeds/a.txt", "--slug", "one")
    run_cli("new", "seeds/a.txt", "--slug", "two")
    one = (project / "content" / "one" / "facts.yaml").read_text(encoding="utf-8")
    two = (project / "content" / "two" / "facts.yaml").read_text(encoding="utf-8")
    assert one.replace("slug: one", "slug: two") == two


def refused(project: Path, *args: str) -> str:
    """Run `explainer new`, expect exit 1 and nothing written; the error line."""
    before = files_under(project)
    result = run_cli("new", *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert files_under(project) == before
    assert result.stderr.count("\n") == 1
    return result.stderr


def test_missing_article_is_refused_with_nothing_written(project: Path) -> None:
    assert refused(project, "nowhere.txt") == (
        "nowhere.txt: article not found (check the path and the file name)\n"
    )


def test_folder_instead_of_article_is_refused(project: Path) -> None:
    assert refused(project, "seeds") == (
        "seeds: is a folder, not an article (name the article's file)\n"
    )


def test_empty_article_is_refused_with_nothing_written(project: Path) -> None:
    (project / "seeds" / "empty.txt").write_text(" \n\n", encoding="utf-8")
    assert refused(project, "seeds/empty.txt") == (
        "seeds/empty.txt: the article is empty (paste the article text, one paragraph per line)\n"
    )


def test_binary_article_is_refused_with_nothing_written(project: Path) -> None:
    (project / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    assert refused(project, "photo.jpg") == (
        "photo.jpg: is a binary file, not an article (save the article as plain text)\n"
    )


def test_not_utf8_article_is_refused_with_nothing_written(project: Path) -> None:
    (project / "latin1.txt").write_bytes(b"KYIV - Ukraine\nKyiv said 2 caf\xe9s closed\n")
    assert refused(project, "latin1.txt") == (
        "latin1.txt:2:16: byte 0xe9 is not UTF-8 text (save the article as UTF-8)\n"
    )


def test_existing_fact_sheet_is_never_overwritten(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "story.txt")
    (project / "content" / "story").mkdir()
    (project / "content" / "story" / "facts.yaml").write_text("# mine\n", encoding="utf-8")
    assert refused(project, "seeds/story.txt") == (
        "content/story/facts.yaml already exists (choose another --slug, or edit that fact sheet)\n"
    )
    assert (project / "content" / "story" / "facts.yaml").read_text() == "# mine\n"


def test_other_text_under_the_same_name_in_seeds_is_refused(project: Path, tmp_path: Path) -> None:
    (project / "seeds" / "story.txt").write_text("KYIV — Another story.\n", encoding="utf-8")
    shutil.copy(SEED_ARTICLE, tmp_path / "story.txt")
    assert refused(project, str(tmp_path / "story.txt")) == (
        "seeds/story.txt already exists with other text (rename the article's file, or draft "
        "from the copy in seeds/)\n"
    )


def test_file_name_without_letters_needs_a_slug(project: Path) -> None:
    (project / "seeds" / "___.txt").write_text("KYIV — Text.\n", encoding="utf-8")
    assert refused(project, "seeds/___.txt") == (
        "cannot make an address from the file name `___.txt` (give one with --slug, like "
        "--slug odesa-strikes)\n"
    )


def test_bad_slug_is_bad_usage(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "story.txt")
    result = run_cli("new", "seeds/story.txt", "--slug", "My Story")
    assert result.exit_code == 2
    assert "`My Story` is not an address: use lowercase letters, digits and hyphens" in (
        result.stderr
    )
    assert files_under(project / "content") == []


def test_slug_with_a_line_break_is_bad_usage(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "story.txt")
    result = run_cli("new", "seeds/story.txt", "--slug", "abc\n")
    assert result.exit_code == 2
    assert "`abc\\n` is not an address: use lowercase letters, digits and hyphens" in (
        result.stderr
    )
    assert files_under(project / "content") == []


def test_file_name_with_a_line_break_is_refused(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "a\nb.txt")
    assert refused(project, "seeds/a\nb.txt") == (
        "seeds/a\\nb.txt: the file name has a line break or another control character "
        "(rename the file, then draft from it)\n"
    )


def test_file_name_too_long_for_the_fact_sheet_is_refused(project: Path) -> None:
    name = "x" * 240 + ".txt"
    shutil.copy(SEED_ARTICLE, project / "seeds" / name)
    assert refused(project, f"seeds/{name}") == (
        f"seeds/{name}: the article's place in the project (250 characters) is longer than "
        "a fact sheet takes (200): give the file a shorter name\n"
    )


def test_nul_byte_far_into_the_article_is_refused_at_its_place(project: Path) -> None:
    text = "KYIV — Russia launched drones.\n" + "Ukraine said it shot them down.\n" * 400
    (project / "seeds" / "story.txt").write_text(text + "Then\x00 it ended.\n", "utf-8")
    assert len(text.encode()) > 8192
    assert refused(project, "seeds/story.txt") == (
        "seeds/story.txt:402:5: a NUL byte is not text (save the article as plain text)\n"
    )


def test_unwritable_place_leaves_no_folder_behind(project: Path, tmp_path: Path) -> None:
    """No content/ yet and `seeds` a file: the copy cannot be written, and the folders made
    for the fact sheet on the way are gone again."""
    (project / "content").rmdir()
    (project / "seeds").rmdir()
    (project / "seeds").write_text("not a folder\n", encoding="utf-8")
    shutil.copy(SEED_ARTICLE, tmp_path / "story.txt")
    assert refused(project, str(tmp_path / "story.txt")) == (
        "seeds: cannot be written (File exists); nothing was written\n"
    )
    assert not (project / "content").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_content_folder_is_refused(project: Path) -> None:
    shutil.copy(SEED_ARTICLE, project / "seeds" / "story.txt")
    (project / "content").chmod(0o555)
    try:
        assert refused(project, "seeds/story.txt") == (
            "content/story: cannot be written (Permission denied); nothing was written\n"
        )
    finally:
        (project / "content").chmod(0o755)


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_written_files_have_the_mode_the_umask_gives(
    project: Path, tmp_path: Path, umask: int
) -> None:
    shutil.copy(SEED_ARTICLE, tmp_path / "story.txt")
    before = os.umask(umask)
    try:
        assert run_cli("new", str(tmp_path / "story.txt")).exit_code == 0
    finally:
        os.umask(before)
    for path in (project / "content" / "story" / "facts.yaml", project / "seeds" / "story.txt"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_an_article_linked_into_seeds_is_refused_before_drafting(
    project: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "downloads" / "story.txt"
    outside.parent.mkdir()
    shutil.copy(SEED_ARTICLE, outside)
    (project / "seeds" / "story.txt").symlink_to(outside)
    for named in ("seeds/story.txt", str(outside)):
        result = run_cli("new", named)
        assert (result.exit_code, result.stdout, result.stderr) == (
            1,
            "",
            "seeds/story.txt: is a symbolic link: it is never read or published\n"
            "    replace the link with a copy of the file: only files inside the project "
            "are used\n",
        )
    assert files_under(project / "content") == []


def test_a_linked_seeds_folder_is_refused_before_drafting(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (project / "seeds").rename(elsewhere)
    (project / "seeds").symlink_to(elsewhere, target_is_directory=True)
    shutil.copy(SEED_ARTICLE, elsewhere / "story.txt")
    result = run_cli("new", "seeds/story.txt")
    assert (result.exit_code, result.stderr.split("\n")[0]) == (
        1,
        "seeds: is a symbolic link: it is never read or published",
    )
    assert files_under(project / "content") == []
