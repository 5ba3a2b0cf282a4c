"""Stories rendered in worker processes give the site one process gives, in its order:
the workers can make a build faster, never different."""

from __future__ import annotations

from pathlib import Path

from generator.build.site import SiteOptions, generate
from generator.build.workers import run_all
from tests.support.harness import copy_project
from tests.support.project import SEED_SLUG


def test_a_build_in_worker_processes_gives_the_pages_of_one_process(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    text = (project / "content" / SEED_SLUG / "facts.yaml").read_text(encoding="utf-8")
    for number in range(3):
        slug = f"story-{number}"
        (project / "content" / slug).mkdir()
        (project / "content" / slug / "facts.yaml").write_text(
            text.replace(f"slug: {SEED_SLUG}", f"slug: {slug}"), encoding="utf-8"
        )
    (project / "content" / "broken").mkdir()  # its problems come back from a worker
    (project / "content" / "broken" / "facts.yaml").write_text(
        text.replace("slug: " + SEED_SLUG, "slug: broken") + "\nnot_a_field: 1\n",
        encoding="utf-8",
    )
    for preview in (False, True):
        options = SiteOptions(
            site_url="https://example.org/explainers/", cache=False, preview=preview
        )
        alone = generate(project, project / "content", options, workers=1)
        shared = generate(project, project / "content", options, workers=2)
        assert shared.files == alone.files
        assert shared.problems == alone.problems
        assert shared.errors  # the broken fact sheet's, as one process reports them
        assert ("broken/index.md" in {f.src for f in shared.files}) == preview  # its page


def test_worker_results_come_back_in_the_tasks_order() -> None:
    tasks = [lambda n=n: n * n for n in range(40)]  # a fork runs closures as they are
    assert run_all(tasks, workers=2) == [n * n for n in range(40)]
    assert run_all(tasks, workers=1) == [n * n for n in range(40)]
    assert run_all(tasks[:1], workers=2) == [0]
    assert run_all([], workers=2) == []
