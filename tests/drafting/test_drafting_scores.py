"""Drafts against the answer keys written by hand (tests/fixtures/drafting/*/answers.yaml):
precision and recall for numbers with their role and for quotes with their speaker.

Targets (issue 7): on the seed, every quote with the right speaker and every strike
figure with the right role; on each fixture, recall of at least 0.8 for quotes with
speaker and 0.7 for numbers with role. (bench/bench_drafting.py prints the table.)

Issue 17's targets on the sets of tests/fixtures/drafting-new/ the rules are tuned on (A,
B, C and, each since it was scored once, D and E): strike figures with role, source and
weapon, and quotes with speaker, each at precision 0.95 and recall 0.85 over the set. A
set never tuned on (F, `untouched-4/`) is scored once with the bench and recorded, not
asserted here: a test would invite tuning.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.article.model import parse_article
from generator.drafting.draft import draft_from
from generator.drafting.scoring import CaseScore, load_answers, score
from tests.support.project import FIXTURES, REPO

DRAFTING = FIXTURES / "drafting"
NEW = FIXTURES / "drafting-new"
TUNED_ON = ("tune", "fresh", "untouched", "untouched-2", "untouched-3")  # sets A to E
CASES = sorted(p.name for p in DRAFTING.iterdir() if (p / "answers.yaml").is_file())


def article_of(case: str) -> Path:
    if case == "seed":
        return REPO / "seeds" / "000_ae606ad9438aac58.txt"
    return DRAFTING / case / "seeds" / f"{case}.txt"


def scored(case: str) -> CaseScore:
    path = article_of(case)
    article = parse_article(f"seeds/{path.name}", path.read_text(encoding="utf-8"))
    return score(article, draft_from(article), load_answers(DRAFTING / case / "answers.yaml"))


def test_there_are_three_fixtures_besides_the_seed() -> None:
    assert "seed" in CASES
    assert len(CASES) >= 4


def test_seed_draft_has_every_quote_with_its_speaker() -> None:
    result = scored("seed")
    assert result.quotes.recall == 1.0, result.misses


def test_seed_draft_has_every_strike_figure_with_its_role() -> None:
    result = scored("seed")
    assert result.figures.recall == 1.0, result.misses


@pytest.mark.parametrize("case", [c for c in CASES if c != "seed"])
def test_fixture_drafts_meet_the_recall_targets(case: str) -> None:
    result = scored(case)
    assert result.quotes.recall >= 0.8, result.misses
    assert result.numbers.recall >= 0.7, result.misses


def test_a_wrong_role_or_speaker_is_not_counted_as_found() -> None:
    path = article_of("seed")
    article = parse_article(f"seeds/{path.name}", path.read_text(encoding="utf-8"))
    draft = draft_from(article)
    numbers = tuple(
        (replace(n, role="killed") if n.value == 108 else n, who) for n, who in draft.numbers
    )
    quotes = tuple(
        replace(q, quote=replace(q.quote, speaker=None)) if i == 0 else q
        for i, q in enumerate(draft.quotes)
    )
    result = score(
        article,
        replace(draft, numbers=numbers, quotes=quotes),
        load_answers(DRAFTING / "seed" / "answers.yaml"),
    )
    assert (result.numbers.matched, result.numbers.expected) == (8, 9)
    assert (result.quotes.matched, result.quotes.expected) == (5, 6)
    assert "number '108' as launched: not found so" in result.misses


def test_a_strike_figure_counts_only_with_its_source() -> None:
    # the seed's figures, as stated in the draft's reports, with the Air Force as source;
    # the same figures credited to nobody are stated but not found
    path = article_of("seed")
    article = parse_article(f"seeds/{path.name}", path.read_text(encoding="utf-8"))
    draft = draft_from(article)
    answers = load_answers(DRAFTING / "seed" / "answers.yaml")
    before = score(article, draft, answers).reported
    anonymous = tuple(replace(r, reporter=None) for r in draft.reports)
    after = score(article, replace(draft, reports=anonymous), answers).reported
    assert after.found == before.found
    assert after.matched < before.matched


def set_score(folder: str) -> tuple[CaseScore, list[str]]:
    results, misses = [], []
    for case in sorted(p for p in (NEW / folder).iterdir() if (p / "answers.yaml").is_file()):
        path = case / "seeds" / f"{case.name}.txt"
        article = parse_article(f"seeds/{path.name}", path.read_text(encoding="utf-8"))
        result = score(article, draft_from(article), load_answers(case / "answers.yaml"))
        results.append(result)
        misses += [f"{case.name}: {m}" for m in result.misses]
    total = results[0]
    for r in results[1:]:
        total = replace(total, reported=total.reported + r.reported, quotes=total.quotes + r.quotes)
    return total, misses


@pytest.mark.parametrize("folder", TUNED_ON)
def test_sets_tuned_on_meet_issue_17s_targets(folder: str) -> None:
    result, misses = set_score(folder)
    assert result.reported.precision >= 0.95, misses
    assert result.reported.recall >= 0.85, misses
    assert result.quotes.precision >= 0.95, misses
    assert result.quotes.recall >= 0.85, misses
