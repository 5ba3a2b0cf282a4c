"""Whatever the article says, the draft `explainer new` writes passes `explainer check`
apart from its TODOs: the rules may miss things, but never write a broken fact sheet."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.article.model import parse_article
from generator.drafting.draft import draft_from
from generator.drafting.writer import fact_sheet_text
from generator.factsheet.loader import load_story

# Pieces of wire copy, and the characters that trip up rules and YAML.
WORDS = st.sampled_from([
    "Russia", "Ukraine’s", "Air", "Force", "said", "he", "she", "it", "the", "spokeswoman",
    "Governor", "Ivan", "Petrov", "President", "Olena", "Kuzmenko", "launched", "downed",
    "were", "disrupted", "killing", "injuring", "at", "least", "nearly", "more", "than", "108",
    "1,000", "two-hour", "a", "dozen", "three", "hundred", "drones", "missiles", "regions",
    "of", "them", "according", "to", "on", "Telegram", "told", "reporters", "“", "”", '"',
    "‘", "’", ",", ".", ":", "—", "-", "Kh-59", "#", "&", "*", "!", "{", "}", "[", "]", "%",
    "yes", "no", "null", "~", "TODO", "\\", "\t", "Col.", "U.S.", "2022", "81-year-old",
    "in", "a", "statement", "who", "added", "that", "“immediately.”", "ceasefire", "urged",
])  # fmt: skip
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPH, min_size=1, max_size=6))
def test_any_article_gets_a_draft_with_no_errors(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs) + "\n"
    article = parse_article("seeds/a.txt", text)
    if not article.paragraphs:
        return
    sheet = fact_sheet_text(draft_from(article), "story", None)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "seeds").mkdir()
        (root / "seeds" / "a.txt").write_text(text, encoding="utf-8")
        facts = root / "content" / "story" / "facts.yaml"
        facts.parent.mkdir(parents=True)
        facts.write_text(sheet, encoding="utf-8")
        result = load_story(facts, root)
    assert [str(p) for p in result.errors] == [], sheet
