"""The GitHub Pages workflow's build job, run on this machine.

The commands come from `.github/workflows/pages.yml` itself, so what the tests check is
what GitHub runs. Each `run:` is run as GitHub runs it (bash -e -o pipefail), in a copy
of the project that is a git repository (the build reads the last commit's time). The
one expression the runner fills in, the Pages address, is stood in for by a local one;
any other expression fails the test, so a changed workflow cannot slip past it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.support.harness import REPO, copy_project

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
BASE_URL = "${{ steps.pages.outputs.base_url }}"
# What `make setup` reads: with them, the copy's setup finds the repository's .venv current.
SETUP_PARTS = ("Makefile", "pyproject.toml", "requirements/runtime.txt")
GIT_IDENTITY = {"user.name": "Explainer Tests", "user.email": "tests@example.invalid"}


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def build_steps() -> list[dict[str, Any]]:
    """The build job's steps that run commands, in order."""
    return [step for step in workflow()["jobs"]["build"]["steps"] if "run" in step]


def git(project: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}  # the machine's settings aside
    done = subprocess.run(["git", *args], cwd=project, capture_output=True, text=True,
                          check=True, env=env)  # fmt: skip
    return done.stdout


def git_project(target: Path) -> Path:
    """A copy of the project, committed to a new git repository with a local identity."""
    project = copy_project(target)
    for part in SETUP_PARTS:
        (project / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / part, project / part)
    installed = REPO / ".venv" / "bin" / ".installed"
    stale = [p for p in SETUP_PARTS[1:] if (REPO / p).stat().st_mtime > installed.stat().st_mtime]
    # `make setup` in the copy must find the repository's environment current: were it to
    # reinstall, the editable install would point at this temporary copy.
    assert installed.is_file() and not stale, f"run `make setup` first ({stale} changed)"
    (project / ".venv").symlink_to(REPO / ".venv")
    (project / ".gitignore").write_text(".venv\nsite/\n", encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    for key, value in GIT_IDENTITY.items():
        git(project, "config", key, value)
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "The newsroom's explainers")
    return project


@dataclass
class StepRun:
    name: str
    command: str
    returncode: int
    output: str


def run_build_job(project: Path, base_url: str) -> list[StepRun]:
    """Every command of the build job, stopping at the first that fails."""
    runs = []
    for step in build_steps():
        env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "SOURCE_DATE_EPOCH")}
        for key, value in (step.get("env") or {}).items():
            text = str(value).replace(BASE_URL, base_url)
            assert "${{" not in text, f"the local run cannot stand in for {text}"
            env[key] = text
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=project, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        runs.append(StepRun(step.get("name", ""), step["run"], done.returncode,
                            done.stdout + done.stderr))  # fmt: skip
        if done.returncode != 0:
            break
    return runs
