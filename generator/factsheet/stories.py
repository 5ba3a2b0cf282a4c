"""Every fact sheet of a project, found, loaded and given its own address.

`explainer check` and the site build both load stories through `load_all`, so they find
the same fact sheets and report the same problems (a slug used twice among them, above
all); the build then renders what loaded.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from generator.errors import Problem, shown_path
from generator.factsheet.loader import (
    FACT_SHEET_NAME,
    LoadResult,
    Story,
    is_misnamed_fact_sheet,
    load_story,
)


@dataclass(frozen=True)
class StoryOutcome:
    """One fact sheet's fate: its story when it loaded, and every problem found in it."""

    folder: Path
    display: str
    story: Story | None
    problems: tuple[Problem, ...]
    draft: bool = False  # `status: draft`: never published, its problems never fatal

    @property
    def slug(self) -> str:
        return self.story.facts.slug if self.story else self.folder.name

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def todos(self) -> int:
        """TODOs left for the editor."""
        return sum(p.message.startswith("TODO") for p in self.problems)

    def with_problems(self, found: Iterable[Problem]) -> StoryOutcome:
        return StoryOutcome(
            self.folder, self.display, self.story, (*self.problems, *found), self.draft
        )


def draft_line(outcome: StoryOutcome) -> str:
    """ "content/x/facts.yaml: draft, not published (12 TODO(s) left, 1 error(s))"."""
    errors = len(outcome.errors)
    left = f"{outcome.todos} TODO(s) left" + (f", {errors} error(s)" if errors else "")
    return f"{outcome.display}: draft, not published ({left})"


def find_fact_sheets(content_dir: Path) -> list[Path]:
    """Every fact sheet under the content folder, in a stable order. Linked folders are
    not entered; a linked fact sheet is listed, so that reading it reports the link."""
    found = []
    for folder, dirs, files in os.walk(content_dir, followlinks=False):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        if FACT_SHEET_NAME in files:
            found.append(Path(folder) / FACT_SHEET_NAME)
        else:  # facts.yml, Facts.yaml: loading one says what its name must be
            found += [Path(folder) / name for name in files if is_misnamed_fact_sheet(name)]
    return sorted(found)


# Runs the loads and returns their results in order (the build's worker processes).
Runner = Callable[[Sequence[Callable[[], LoadResult]]], list[LoadResult]]


def load_all(
    root: Path,
    paths: Iterable[Path],
    display: Callable[[Path], str] | None = None,
    run: Runner | None = None,
) -> list[StoryOutcome]:
    """The fact sheets at `paths` (articles relative to `root`), each with its problems;
    a slug that an earlier one already uses is an error of the later one. `display` names
    a file in messages (default: relative to `root`). Each file loads on its own, by
    `run` if given (the slugs are compared afterwards, in order)."""
    shown = display or (lambda path: shown_path(path, root))
    paths = list(paths)
    loads = [partial(load_story, path, root, shown(path)) for path in paths]
    results = run(loads) if run is not None else [load() for load in loads]
    checked: list[StoryOutcome] = []
    first: dict[str, StoryOutcome] = {}
    for path, result in zip(paths, results, strict=True):
        outcome = StoryOutcome(
            path.parent, shown(path), result.story, result.problems, result.draft
        )
        slug = _address(path, outcome)
        if slug is not None and slug in first:
            problem = Problem(
                outcome.display,
                1,
                1,
                f"slug `{slug}` is already used by {first[slug].display}",
                "every explainer needs its own address: choose another slug",
            )
            outcome = StoryOutcome(
                outcome.folder, outcome.display, None, (*outcome.problems, problem), outcome.draft
            )
        elif slug is not None:
            first[slug] = outcome
        checked.append(outcome)
    return checked


def _address(path: Path, outcome: StoryOutcome) -> str | None:
    """The slug a fact sheet would be published at: its own, or, when it did not load, its
    folder's name (a fact sheet under another name than facts.yaml has none)."""
    if outcome.story is not None:
        return outcome.story.facts.slug
    return path.resolve().parent.name if path.name == FACT_SHEET_NAME else None
