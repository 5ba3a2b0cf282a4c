"""Build time and peak memory for 1, 100 and 1,000 explainers, against plain MkDocs.

"Plain" is MkDocs with the same theme and navigation building the Markdown that
`explainer render --out` writes for the same stories, with the page templates it writes
beside them (no plugin): the difference is what reading, checking and rendering the fact
sheets costs. Growth should be linear.

Ours is measured twice per run: cold (no build cache: every story rendered, as on a new
clone) and warm (the cache of the previous build there: what `mkdocs serve`, a rebuild
and the Pages workflow, which keeps the cache between runs, mostly pay).

A cold build loads and renders its stories in one worker process per core
(generator/build/workers.py); plain MkDocs uses one process. The last column is the
processor time each used (workers included): on a machine whose cores other work keeps
busy, wall time follows the share of the cores a build gets more than its own cost.

    .venv/bin/python bench/bench_build.py [--sizes 1 100 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from measure import load, machine, median, run, table  # noqa: E402
from stories import make_project  # noqa: E402

from generator.build.cache import CACHE_DIR  # noqa: E402
from tests.support.harness import mkdocs_env  # noqa: E402

PYTHON = sys.executable
PLAIN_CONFIG = """\
site_name: Newsroom Explainers
site_url: https://example.github.io/explainers/
docs_dir: docs
theme:
  name: material
  custom_dir: overrides
  font: false
  features: [navigation.instant, navigation.top, search.highlight]
plugins: [search]
markdown_extensions: [toc]
nav:
  - Home: index.md
  - All explainers: explainers/index.md
  - About: about.md
extra: {extra}
"""


def plain_project(project: Path, target: Path) -> Path:
    """The same stories as `explainer render --out` writes them (its Markdown and its page
    templates), with a plugin-free config: the site's overrides over the render's theme."""
    from generator.build.theme import theme_extra
    from generator.web.urls import ARCHIVE_SRC, HOME_SRC

    rendered = target / "render"
    done = run([PYTHON, "-m", "generator", "render", "--out", str(rendered)], cwd=project)
    assert done.returncode == 0, "explainer render failed"
    shutil.move(rendered / "docs", target / "docs")
    shutil.copy2(project / "content" / "about.md", target / "docs" / "about.md")
    shutil.move(rendered / "theme", target / "overrides")
    shutil.copytree(project / "site_overrides", target / "overrides", dirs_exist_ok=True)
    shutil.rmtree(rendered)
    extra = json.dumps({"explainer": theme_extra(HOME_SRC, ARCHIVE_SRC)})
    (target / "mkdocs.yml").write_text(PLAIN_CONFIG.format(extra=extra))
    return target


def build(project: Path, site: Path) -> tuple[float, float, float]:
    """Wall seconds, peak MB and processor seconds (the build's workers included)."""
    command = [
        PYTHON,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "-f",
        str(project / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    result = run(command, cwd=project, env=mkdocs_env())
    assert result.returncode == 0, f"build failed in {project}"
    return result.seconds, result.peak_mb, result.cpu_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            project = make_project(work / "project", size)
            plain = plain_project(project, work / "plain")
            cold, warm, theirs = [], [], []
            for number in range(args.repeat):  # alternate, so load drifts hit all alike
                shutil.rmtree(project / CACHE_DIR, ignore_errors=True)
                cold.append(build(project, work / f"site-{number}"))
                warm.append(build(project, work / f"site-{number}"))
                theirs.append(build(plain, work / f"plain-site-{number}"))
            cold_seconds = median([t for t, _, _ in cold])
            warm_seconds = median([t for t, _, _ in warm])
            plain_seconds = median([t for t, _, _ in theirs])
            cold_cpu = median([c for _, _, c in cold])
            plain_cpu = median([c for _, _, c in theirs])
            rows.append(
                [
                    size,
                    f"{cold_seconds:.2f}",
                    f"{warm_seconds:.2f}",
                    f"{plain_seconds:.2f}",
                    f"{cold_seconds / plain_seconds:.2f}×",
                    f"{warm_seconds / plain_seconds:.2f}×",
                    f"{1000 * cold_seconds / size:.0f}",
                    f"{max(m for _, m, _ in cold + warm):.0f}",
                    f"{max(m for _, m, _ in theirs):.0f}",
                    f"{cold_cpu:.1f} / {plain_cpu:.1f} ({cold_cpu / plain_cpu:.2f}×)",
                ]
            )
            print(
                f"{size} explainers: cold {cold_seconds:.2f} s, warm {warm_seconds:.2f} s "
                f"(plain {plain_seconds:.2f} s)",
                file=sys.stderr,
            )
    print(
        f"Machine: {machine()}; median of {args.repeat} builds each; load average at the "
        f"end (1 / 5 / 15 min): {load()}.\n"
    )
    print(
        table(
            [
                "explainers",
                "cold build (s)",
                "warm build (s)",
                "plain MkDocs (s)",
                "cold ratio",
                "warm ratio",
                "cold ms per explainer",
                "peak MB",
                "plain peak MB",
                "processor s, cold / plain",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    main()
