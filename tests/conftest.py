"""Shared fixtures: real files in temporary folders, the real CLI, real MkDocs builds."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SEED_SLUG = "drone-strikes-trump-putin-call"
SEED_FACTS = REPO / "content" / SEED_SLUG / "facts.yaml"


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> CliResult:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return CliResult(result.exit_code, result.stdout, result.stderr)


class RulesProject:
    """A tiny project (tests/fixtures/rules) copied to a temporary folder: a valid fact
    sheet `night.yaml` and its article, to break one rule at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.valid = (root / "night.yaml").read_text(encoding="utf-8")

    def write(self, text: str | bytes, name: str = "night.yaml") -> Path:
        path = self.root / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def edit(self, old: str, new: str) -> Path:
        assert old in self.valid, f"fixture has no {old!r}"
        return self.write(self.valid.replace(old, new, 1))

    def check(self, *args: str) -> CliResult:
        return run_cli("check", *(args or ("night.yaml",)))


@pytest.fixture
def rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> RulesProject:
    shutil.copytree(FIXTURES / "rules", tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return RulesProject(tmp_path)
