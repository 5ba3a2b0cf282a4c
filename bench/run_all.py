"""Every benchmark, one after the other, into bench/RESULTS.md (the README's "Benchmarks"
section summarises it). `make bench` runs this; it takes about 45 minutes on a 2-core
machine, mostly the 1,000-explainer builds and Lighthouse.

    .venv/bin/python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from measure import machine  # noqa: E402

PYTHON = sys.executable

# (title, command, quick variant)
BENCHMARKS = [
    (
        "Build time and memory against plain MkDocs",
        ["bench/bench_build.py"],
        ["bench/bench_build.py", "--sizes", "1", "100", "--repeat", "1"],
    ),
    (
        "mkdocs serve: saving a fact sheet to the updated page",
        ["bench/bench_serve.py"],
        ["bench/bench_serve.py", "--sizes", "1", "--repeat", "3"],
    ),
    ("Page weight per page type", ["bench/bench_pages.py"], ["bench/bench_pages.py"]),
    ("Lighthouse, mobile", ["bench/lighthouse/run.py"], ["bench/lighthouse/run.py"]),
    (
        "explainer check on large inputs",
        ["bench/bench_check.py"],
        ["bench/bench_check.py", "--sizes", "1", "100", "--repeat", "1"],
    ),
    ("explainer new: quality and speed", ["bench/bench_drafting.py"], ["bench/bench_drafting.py"]),
    (
        "explainer check and new on 1 MB articles, ordinary and hostile",
        ["bench/bench_hostile_article.py"],
        ["bench/bench_hostile_article.py", "--repeat", "1"],
    ),
    (
        "explainer import-airforce on the whole dataset's size",
        ["bench/bench_import.py"],
        ["bench/bench_import.py", "--runs", "3"],
    ),
    (
        "Tracker page with the whole dataset's size",
        ["bench/bench_tracker.py"],
        ["bench/bench_tracker.py", "--runs", "1"],
    ),
    (
        "Positions table on a phone",
        ["bench/bench_positions.py"],
        ["bench/bench_positions.py", "--runs", "7"],
    ),
    (
        "Publishing: social images and embeds",
        ["bench/bench_publish.py"],
        ["bench/bench_publish.py", "--runs", "3"],
    ),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer sizes and runs")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "RESULTS.md")
    args = parser.parse_args()
    sections = [
        "# Benchmark results\n",
        f"Produced by `make bench` (`.venv/bin/python bench/run_all.py"
        f"{' --quick' if args.quick else ''}`) on {datetime.date.today().isoformat()}. "
        f"Machine: {machine()}. Timings vary with the machine's load; each script says how "
        "many runs its medians are of.\n",
    ]
    for title, full, quick in BENCHMARKS:
        command = [PYTHON, *(quick if args.quick else full)]
        print(f"== {title}: {' '.join(command[1:])}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        took = time.perf_counter() - start
        body = (
            done.stdout.strip()
            if done.returncode == 0
            else (
                f"Failed (exit {done.returncode}):\n\n```text\n{done.stderr.strip()[-2000:]}\n```"
            )
        )
        sections.append(
            f"## {title}\n\n`{' '.join(['.venv/bin/python', *command[1:]])}` "
            f"({took:.0f} s)\n\n{body}\n"
        )
    args.out.write_text("\n".join(sections), encoding="utf-8")
    print(f"wrote {args.out.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
