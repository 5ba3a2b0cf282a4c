"""What a site build produces: generated files, and each fact sheet's outcome."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import Problem
from generator.factsheet.loader import Story


@dataclass(frozen=True)
class GeneratedFile:
    src: str  # path relative to the docs folder, with forward slashes
    content: str | bytes


@dataclass(frozen=True)
class StoryOutcome:
    """One fact sheet's fate in a build."""

    folder: Path
    display: str
    story: Story | None
    problems: tuple[Problem, ...]

    @property
    def slug(self) -> str:
        return self.story.facts.slug if self.story else self.folder.name

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]
