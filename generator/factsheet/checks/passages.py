"""Is a passage copied from the article? If not, which sentence did the editor mean?"""

from __future__ import annotations

from generator.article.model import Article
from generator.factsheet.model import Evidence
from generator.yamlformat.spec import Reader

_SNIPPET = 110


def check_passage(evidence: Evidence, article: Article, r: Reader) -> bool:
    if article.find(evidence.text) is not None:
        return True
    r.error(
        evidence.loc,
        "this passage is not in the article",
        "copy it from the article exactly" + closest_hint(article, evidence.text),
    )
    return False


def closest_hint(article: Article, text: str) -> str:
    found = article.closest(text)
    if found is None:
        return ""
    number, sentence = found
    if len(sentence) > _SNIPPET:
        sentence = sentence[: _SNIPPET - 1].rstrip() + "…"
    return f"; closest in paragraph {number}: “{sentence}”"
