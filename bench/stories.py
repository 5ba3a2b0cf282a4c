"""A project with N explainers, made from the seed story, for benchmarks."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.harness import copy_project  # noqa: E402

SEED_SLUG = "drone-strikes-trump-putin-call"


def make_project(target: Path, count: int) -> Path:
    """The repository's site with `count` explainers (the seed and count-1 copies)."""
    project = copy_project(target)
    text = (project / "content" / SEED_SLUG / "facts.yaml").read_text(encoding="utf-8")
    for number in range(1, count):
        slug = f"story-{number:05d}"
        day = date(2025, 5, 20) + timedelta(days=number % 400)
        story = (
            text.replace(f"slug: {SEED_SLUG}", f"slug: {slug}")
            .replace("published: 2025-05-20", f"published: {day}")
            .replace("updated: 2025-05-20", f"updated: {day}")
        )
        folder = project / "content" / slug
        folder.mkdir()
        (folder / "facts.yaml").write_text(story, encoding="utf-8")
    return project
