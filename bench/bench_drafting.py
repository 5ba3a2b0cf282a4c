"""How well `explainer new` drafts, against the hand-written answer keys, and how fast.

    .venv/bin/python bench/bench_drafting.py

Prints, per case (the seed and each tests/fixtures/drafting/<case>): precision and
recall for numbers with their role, for strike figures only, for quotes with their
speaker, and (information only) quotes' channels and people's names, for the fixtures
and for the articles in tests/fixtures/drafting-unseen (written after the rules); then the time to
draft one article (rules and YAML) and to run the whole command (with its own check and
the files written). Not part of the test suite: timings are never asserted.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.article.model import parse_article  # noqa: E402
from generator.drafting.draft import draft_from  # noqa: E402
from generator.drafting.new import new_story  # noqa: E402
from generator.drafting.scoring import Score, load_answers, score  # noqa: E402
from generator.drafting.writer import fact_sheet_text  # noqa: E402
from generator.factsheet.project import Project  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
CASES = FIXTURES / "drafting"
UNSEEN = FIXTURES / "drafting-unseen"  # written after the rules: no targets, just a check
REPEAT = 20


def article_path(folder: Path) -> Path:
    if folder.name == "seed":
        return ROOT / "seeds" / "000_ae606ad9438aac58.txt"
    return folder / "seeds" / f"{folder.name}.txt"


def cell(s: Score) -> str:
    return f"{s.precision:.2f} / {s.recall:.2f}"


def timed(action: object, repeat: int = REPEAT) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        action()  # type: ignore[operator]
    return (time.perf_counter() - start) / repeat * 1000


def whole_command(path: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "mkdocs.yml").write_text("site_name: b\ndocs_dir: content\n", encoding="utf-8")
        (root / "seeds").mkdir()
        shutil.copy(path, root / "seeds" / path.name)
        new_story(root / "seeds" / path.name, Project.find(root), "bench", str)


def main() -> None:
    cases = [
        p
        for base in (CASES, UNSEEN)
        for p in sorted(base.iterdir())
        if (p / "answers.yaml").is_file()
    ]
    header = (
        "case",
        "numbers+role P / R",
        "figures P / R",
        "quotes+speaker P / R",
        "channels",
        "people P / R",
        "draft ms",
        "new ms",
    )
    rows = []
    for folder in cases:
        path = article_path(folder)
        article = parse_article(f"seeds/{path.name}", path.read_text(encoding="utf-8"))
        result = score(article, draft_from(article), load_answers(folder / "answers.yaml"))
        case = folder.name + (" (unseen)" if folder.parent == UNSEEN else "")
        draft_ms = timed(lambda a=article: fact_sheet_text(draft_from(a), "bench", None))
        new_ms = timed(lambda p=path: whole_command(p), repeat=5)
        rows.append(
            (
                case,
                cell(result.numbers),
                cell(result.figures),
                cell(result.quotes),
                f"{result.channels.recall:.2f}",
                cell(result.people),
                f"{draft_ms:.1f}",
                f"{new_ms:.1f}",
            )
        )
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    for row in (header, tuple("-" * w for w in widths), *rows):
        print(" | ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
