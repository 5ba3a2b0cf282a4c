"""What can go wrong, said so that an editor on deadline can fix it.

A `Problem` is one finding about one place in one file; it prints as
``path:line:col: message`` with the fix on the next line. `ExplainerError` is the one
exception the command line and the MkDocs plugin turn into a clean exit without a
traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong (or left to do) at one place of a file.

    `line` and `col` count from 1; line 0 means "the whole file" (a file that cannot be
    read), col 0 "the whole line" (a row of a CSV file: ``path:line: message``).
    """

    path: str
    line: int
    col: int
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def location(self) -> str:
        if self.line <= 0:
            return self.path
        if self.col <= 0:
            return f"{self.path}:{self.line}"
        return f"{self.path}:{self.line}:{self.col}"

    def __str__(self) -> str:
        label = "warning: " if self.severity is Severity.WARNING else ""
        text = f"{self.location}: {label}{self.message}"
        if self.hint:
            text += f"\n    {self.hint}"
        return text


def shown_path(path: Path, base: Path) -> str:
    """How a file is named in messages: relative to `base` (the project's folder, or the
    folder a command runs in) when it lies inside, else as given."""
    try:  # a link at the path's end is not followed: it is named as itself
        return (path.parent.resolve() / path.name).relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(path)


def in_file_order(problems: Iterable[Problem]) -> list[Problem]:
    """Problems sorted by file, then line and column: the order an editor reads in.
    (The sort is stable: problems at one place keep the order they were found in.)"""
    return sorted(problems, key=lambda p: (p.path, p.line, p.col))


class ExplainerError(Exception):
    """Bad input: reported to the user without a traceback (exit status 1)."""

    def __init__(self, problems: Iterable[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(path="", line=0, col=0, message=problems)]
        self.problems: list[Problem] = in_file_order(problems)
        super().__init__(self.report())

    def report(self) -> str:
        return "\n".join(
            str(p) if p.path else p.message + (f"\n    {p.hint}" if p.hint else "")
            for p in self.problems
        )
