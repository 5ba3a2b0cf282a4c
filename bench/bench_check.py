"""`explainer check` on large inputs: 1, 100 and 1,000 fact sheets, and one fact sheet
near the size limit.

    .venv/bin/python bench/bench_check.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from measure import machine, median, run, table  # noqa: E402
from stories import SEED_SLUG, make_project  # noqa: E402

PYTHON = sys.executable


def large_fact_sheet(project: Path) -> Path:
    """The seed fact sheet with its timeline repeated until the file is near 500 KB."""
    text = (project / "content" / SEED_SLUG / "facts.yaml").read_text(encoding="utf-8")
    start = text.index("timeline:\n") + len("timeline:\n")
    end = text.index("\neditor_notes:")
    events = text[start:end].rstrip("\n") + "\n"
    repeats = (490 * 1024 - len(text)) // len(events.encode("utf-8"))
    path = project / "large.yaml"
    path.write_text(text[:start] + events * repeats + text[end:], encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = make_project(Path(tmp) / "project", size)
            times = [
                run([PYTHON, "-m", "generator", "check"], cwd=project).seconds
                for _ in range(args.repeat)
            ]
            rows.append(
                [
                    f"{size} fact sheet(s)",
                    f"{median(times):.2f}",
                    f"{1000 * median(times) / size:.1f}",
                ]
            )
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "project", 1)
        large = large_fact_sheet(project)
        times = [
            run([PYTHON, "-m", "generator", "check", str(large)], cwd=project).seconds
            for _ in range(args.repeat)
        ]
        kb = large.stat().st_size // 1024
        rows.append([f"one fact sheet of {kb} KB", f"{median(times):.2f}", "—"])
    print(f"Machine: {machine()}; median of {args.repeat} runs, including Python's start.\n")
    print(table(["input", "explainer check (s)", "ms per fact sheet"], rows))


if __name__ == "__main__":
    main()
