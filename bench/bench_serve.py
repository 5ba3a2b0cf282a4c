"""`mkdocs serve`: the time from saving a fact sheet to the updated page being served.

Starts a real `mkdocs serve` on a copy of the project (the seed alone, and with 100
explainers), saves an edited headline, and polls the page until it shows it; once as
`mkdocs serve` (every page rebuilt on each save) and once as `mkdocs serve --dirty`, as
`make serve` runs it (only the pages whose Markdown changed).

    .venv/bin/python bench/bench_serve.py [--sizes 1 100] [--repeat 5]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from measure import machine, median, table  # noqa: E402
from stories import SEED_SLUG, make_project  # noqa: E402

from tests.support.harness import free_port, mkdocs_env  # noqa: E402


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(url: str, text: str, timeout: float = 120) -> float:
    """Seconds until the page at `url` contains `text`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise TimeoutError(f"{url} never showed {text!r}")


def measure(size: int, repeat: int, dirty: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "project", size)
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "--dev-addr",
                f"127.0.0.1:{port}",
                "-f",
                str(project / "mkdocs.yml"),
                *(["--dirty"] if dirty else []),
            ],
            cwd=project,
            env=mkdocs_env(url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            page = f"{url}{SEED_SLUG}/"
            wait_for(page, "108", timeout=600)
            facts = project / "content" / SEED_SLUG / "facts.yaml"
            original = facts.read_text(encoding="utf-8")
            times = []
            for number in range(repeat):
                # a letter, not a number: a headline's numbers must be the article's
                marker = f"Edit {chr(ord('A') + number)}: 108 drones"
                facts.write_text(
                    original.replace('headline: "108 drones', f'headline: "{marker}'),
                    encoding="utf-8",
                )
                times.append(wait_for(page, marker))
                time.sleep(1)  # let the watcher settle before the next save
            return times
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        for dirty in (False, True):
            times = measure(size, args.repeat, dirty)
            how = "mkdocs serve --dirty" if dirty else "mkdocs serve"
            rows.append(
                [size, how, f"{median(times):.2f}", f"{min(times):.2f}", f"{max(times):.2f}"]
            )
            print(f"{size} explainers, {how}: {median(times):.2f} s", file=sys.stderr)
    print(f"Machine: {machine()}; {args.repeat} saves each.\n")
    headers = ["explainers", "server", "save → updated page, median (s)", "fastest (s)"]
    print(table([*headers, "slowest (s)"], rows))


if __name__ == "__main__":
    main()
