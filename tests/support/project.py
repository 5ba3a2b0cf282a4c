"""What the tests share besides fixtures: the repository's places, the real CLI, a small
project to break one rule at a time, and the built sites the fixtures hand out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli
from tests.support.harness import REPO

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


ONE_ERROR = "1 fact sheet checked: 1 error(s), 0 warning(s)\n"


def assert_reports(result: object, *lines: str, summary: str = ONE_ERROR) -> None:
    assert result.exit_code == 1, result.stderr  # type: ignore[attr-defined]
    assert result.stderr == "\n".join(lines) + "\n" + summary  # type: ignore[attr-defined]


from tests.support.harness import SiteServer  # noqa: E402
from tests.support.workflow import StepRun  # noqa: E402


@dataclass
class BuiltSite:
    project: Path
    site: Path
    server: SiteServer

    @property
    def url(self) -> str:
        return self.server.url

    def html(self, path: str) -> str:
        return (self.site / path / "index.html").read_text(encoding="utf-8")


@dataclass
class PublishedSite(BuiltSite):
    """The site built by the Pages workflow's own commands, served under a sub-path."""

    steps: list[StepRun]


PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
