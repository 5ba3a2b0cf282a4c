"""Is a passage copied from the article? If not, which sentence did the editor mean, and
which of its words differ?"""

from __future__ import annotations

import difflib

from generator.article.model import COMPARED_CHARS, Article, normalize
from generator.factsheet.model import Evidence
from generator.yamlformat.spec import Reader

_SNIPPET = 110
_MAX_DIFFERENCES = 3
_PUNCTUATION = ".,;:!?\"'“”‘’()[]—–-"


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
    differences = words_that_differ(text, sentence)
    if len(sentence) > _SNIPPET:
        sentence = sentence[: _SNIPPET - 1].rstrip() + "…"
    return f"; closest in paragraph {number}: “{sentence}”" + differences


def words_that_differ(text: str, sentence: str) -> str:
    """ "; the article has “defences” where this has “defence”": the words of a near-miss
    copy that are not the sentence's, within the part of the sentence it copies (words the
    copy leaves off at either end are not differences). Empty when it shares too little
    with the sentence for a word-by-word comparison to help."""
    ours, theirs = _compared_words(text), _compared_words(sentence)
    matcher = difflib.SequenceMatcher(None, _bare(ours), _bare(theirs), autojunk=False)
    opcodes = matcher.get_opcodes()
    while opcodes and opcodes[0][0] == "insert":  # the article's words before the copy
        opcodes.pop(0)
    while opcodes and opcodes[-1][0] == "insert":  # and after it
        opcodes.pop()
    if opcodes and opcodes[-1][0] == "replace":  # the article runs on past the copy's end
        tag, i1, i2, j1, j2 = opcodes[-1]
        opcodes[-1] = (tag, i1, i2, j1, min(j2, j1 + i2 - i1))
    if opcodes and opcodes[0][0] == "replace":  # the copy starts inside the article's words
        tag, i1, i2, j1, j2 = opcodes[0]
        opcodes[0] = (tag, i1, i2, max(j1, j2 - (i2 - i1)), j2)
    changed = [op for op in opcodes if op[0] != "equal"]
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")
    if not changed or len(changed) > _MAX_DIFFERENCES or shared < len(ours) / 2:
        return ""
    parts = []
    for _, i1, i2, j1, j2 in changed:
        mine, article = " ".join(ours[i1:i2]), " ".join(theirs[j1:j2])
        if not mine:
            parts.append(f"“{article}” where this has nothing")
        elif not article:
            parts.append(f"nothing where this has “{mine}”")
        else:
            parts.append(f"“{article}” where this has “{mine}”")
    return "; the article has " + ", and ".join(parts)


def _compared_words(text: str) -> list[str]:
    """The words of `text` as far as `Article.closest` compares it: a megabyte sentence (an
    article with no full stop) costs its first words, not a comparison with every word."""
    normalized = normalize(text).text
    if len(normalized) <= COMPARED_CHARS:
        return normalized.split()
    return normalized[:COMPARED_CHARS].split()[:-1]  # the last word may be cut


def _bare(words: list[str]) -> list[str]:
    """Words as compared: case and the punctuation around them do not count."""
    return [w.lower().strip(_PUNCTUATION) for w in words]
