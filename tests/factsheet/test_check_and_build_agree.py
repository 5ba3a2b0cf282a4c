"""`explainer check` and the site build load fact sheets the same way (factsheet/stories.py
and the project's Air Force data), so an editor who gets a clean check gets a clean build,
and the other way round."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.harness import mkdocs_build, mkdocs_env
from tests.support.project import FIXTURES

CONFIG = "site_name: Agree\ndocs_dir: content\ntheme:\n  name: material\nplugins:\n  - explainer\n"


def _project(root: Path, folders: list[str], data: bytes | None = None) -> Path:
    (root / "seeds").mkdir(parents=True)
    shutil.copy(FIXTURES / "rules" / "seeds" / "night.txt", root / "seeds" / "night.txt")
    for folder in folders:
        (root / "content" / folder).mkdir(parents=True)
        shutil.copy(FIXTURES / "rules" / "night.yaml", root / "content" / folder / "facts.yaml")
    if data is not None:
        (root / "content" / "data").mkdir(parents=True)
        (root / "content" / "data" / "airforce-nights.yaml").write_bytes(data)
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    return root


def _check(project: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "check"],
        capture_output=True, text=True, cwd=project, env=mkdocs_env(), timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    return done.stderr.splitlines()[:-1]  # without the summary line


def _build(project: Path) -> list[str]:
    done = mkdocs_build(project, project / "site")
    assert done.returncode == 1, done.stderr
    lines = [line.removeprefix("ERROR   -  ") for line in done.stderr.splitlines()]
    return [line for line in lines if line and not line.startswith("Aborted with")]


@pytest.mark.parametrize(
    ("folders", "data", "link", "page"),
    [
        pytest.param(["a/night", "b/night"], None, None, None, id="one slug in two nested folders"),
        pytest.param(
            ["night"], b"format: x\n\xff\xfe\n", None, None, id="a data file that is not UTF-8"
        ),
        pytest.param(["night"], b"", None, None, id="an empty data file"),
        pytest.param(["night"], None, "/etc/passwd", None, id="a link in the content folder"),
        pytest.param(["night"], None, None, "explainers.md", id="a page at the archive's address"),
        pytest.param(["night"], None, None, "night/index.md", id="a page at a story's address"),
        pytest.param(["stories/night"], None, None, "night.md", id="a story's, from elsewhere"),
        pytest.param(["night"], None, None, "night/article.md", id="a page at a story's article"),
    ],
)  # fmt: skip
def test_check_and_build_report_the_same_problems(
    tmp_path: Path, folders: list[str], data: bytes | None, link: str | None, page: str | None
) -> None:
    project = _project(tmp_path, folders, data)
    if link:
        (project / "content" / "passwd.md").symlink_to(link)
    if page:  # a hand-written page at the address of a generated one
        (project / "content" / page).write_text("# Ours\n", encoding="utf-8")
    checked = _check(project)
    assert checked  # the project is broken: both must say so
    assert _build(project) == checked


def test_checking_needs_neither_plotly_nor_pillow(tmp_path: Path) -> None:
    project = _project(tmp_path, ["night"])
    code = (
        "import sys\n"
        "from generator.cli import main\n"
        "sys.argv = ['explainer', 'check']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'plotly', 'PIL', 'mkdocs'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=project, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr
