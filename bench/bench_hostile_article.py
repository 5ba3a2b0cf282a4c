"""`explainer check` and `explainer new` on 1 MB articles: the seed's text over and over,
and texts made to defeat the patterns that read an article (a megabyte of spaces after a
dateline, "Col. ", "1,000 " or "over 5 " repeated, a list of names, one sentence of a
megabyte). Every pattern over an article runs in time linear in its length: these stay
seconds, where a quadratic pattern took hours. The check runs twice: with the seed's
fact sheet, and with three of its passages mistyped (each then looked for, as the
sentence the editor meant, among all the article's sentences).

    .venv/bin/python bench/bench_hostile_article.py [--repeat 3] [--size 1000000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from measure import machine, median, run, table  # noqa: E402
from stories import SEED_SLUG, make_project  # noqa: E402

PYTHON = sys.executable
SEED_ARTICLE = "seeds/000_ae606ad9438aac58.txt"


def _names(size: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(
        f"Ivan Petrenko{letters[i % 26]}{letters[i // 26 % 26]}{letters[i // 676 % 26]} said."
        for i in range(size // 26)
    )


_DOWNED = "the drones were launched across the country overnight and downed "

# name -> (body of `size` characters, placed before the seed's text or after it)
ARTICLES: dict[str, tuple[Callable[[int], str], bool]] = {
    "the seed's text over and over": (lambda size: "", False),
    "a dateline, then spaces": (lambda size: "LONDON" + " " * size + "x", True),
    '"Col. " repeated': (lambda size: "Col. " * (size // 5), False),
    '"1,000 " repeated': (lambda size: "1,000 " * (size // 6), False),
    '"U.S. " repeated': (lambda size: "U.S. " * (size // 5), False),
    '"said " repeated': (lambda size: "said " * (size // 5), False),
    '"over 5 " repeated': (lambda size: "over 5 " * (size // 7), False),
    "a list of names": (_names, False),
    "one sentence of a megabyte": (lambda size: _DOWNED * (size // len(_DOWNED)), False),
}
# Passages of the seed's fact sheet, and the typos that make them not found
MISTYPED = {
    '"Ukrainian forces successfully downed 35 of them"': '"Ukrainian force downed 35 of them"',
    '"Trump told reporters from the Oval Office"': '"Trump told reporter at the Oval Office"',
    '"he said in a Kremlin statement"': '"he said in a statement of the Kremlin"',
}


def article_text(seed: str, name: str, size: int) -> str:
    """About `size` bytes: the seed's text with the made-up body before or after it."""
    make, first = ARTICLES[name]
    body = make(size - len(seed.encode("utf-8")) - 2)
    if not body:
        return (seed * (size // len(seed.encode("utf-8"))))[: size - 1]
    return body + "\n" + seed if first else seed + "\n" + body + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "project", 1)
        seed = (project / SEED_ARTICLE).read_text(encoding="utf-8")
        facts = (project / "content" / SEED_SLUG / "facts.yaml").read_text(encoding="utf-8")
        for number, name in enumerate(ARTICLES):
            text = article_text(seed, name, args.size)
            article = f"seeds/hostile-{number}.txt"
            (project / article).write_text(text, encoding="utf-8")
            sheet = project / f"hostile-{number}.yaml"  # the seed's facts, this article
            sheet.write_text(facts.replace(SEED_ARTICLE, article), encoding="utf-8")
            check = [PYTHON, "-m", "generator", "check", sheet.name]
            checks = [run(check, cwd=project).seconds for _ in range(args.repeat)]
            mistyped = facts.replace(SEED_ARTICLE, article)
            for passage, typo in MISTYPED.items():
                assert passage in mistyped, f"the seed's fact sheet has no {passage}"
                mistyped = mistyped.replace(passage, typo)
            sheet.write_text(mistyped, encoding="utf-8")
            wrong = []
            for _ in range(args.repeat):
                done = run(check, cwd=project)
                assert done.returncode == 1, f"explainer check passed mistyped passages on {name}"
                wrong.append(done.seconds)
            news = []
            for attempt in range(args.repeat):
                slug = f"hostile-{number}-{attempt}"
                command = [PYTHON, "-m", "generator", "new", article, "--slug", slug]
                done = run(command, cwd=project)
                assert done.returncode == 0, f"explainer new failed on {name}"
                news.append(done.seconds)
            size_kb = len(text.encode("utf-8")) // 1024
            rows.append(
                [
                    name,
                    size_kb,
                    f"{median(checks):.2f}",
                    f"{median(wrong):.2f}",
                    f"{median(news):.2f}",
                ]
            )
    print(
        f"Machine: {machine()}; median of {args.repeat} runs, including Python's start "
        "(`new` includes its own check of the draft and writing the files).\n"
    )
    headers = ["article", "KB", "explainer check (s)", "check, 3 passages mistyped (s)"]
    print(table([*headers, "explainer new (s)"], rows))


if __name__ == "__main__":
    main()
