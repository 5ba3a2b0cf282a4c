"""Quotes: the speaker's exact words, inside quotation marks, attributed where they stand.

A quote's words must be in the article inside quotation marks; the fragments of a split
quote come in the article's order; and since the words alone cannot say who spoke them,
the speaker should be named in the quote's paragraph or the one before (a warning, as
"he said" may reach further back); the channel's passage is the article's, like any other.
"""

from __future__ import annotations

from generator.article.model import Article, Passage, normalize
from generator.factsheet.checks.passages import check_passage, closest_hint
from generator.factsheet.model import TODO, Evidence, FactSheet, PartyKind, Person, Quote
from generator.yamlformat.spec import Reader


def check_quote(facts: FactSheet, quote: Quote, article: Article, r: Reader) -> None:
    channel_found = quote.channel is None or quote.channel.evidence is None
    if quote.channel is not None and quote.channel.evidence is not None:
        channel_found = check_passage(quote.channel.evidence, article, r)
    passages = [_quoted_passage(words, article, r) for words in quote.words]
    found = [p for p in passages if p is not None]
    if len(found) != len(passages) or not found:
        return
    _check_fragment_order(quote, found, r)
    speaker = facts.person(quote.speaker)
    if speaker is not None and speaker.name != TODO and article.find(speaker.name):
        # (a name missing from the article altogether is reported on its own line)
        _check_attribution(quote, speaker, found, article, r)
    channel = quote.channel
    if channel is not None and channel.evidence is not None and channel_found:
        _check_channel_nearby(channel.evidence, found, article, r)


def _quoted_passage(words: Evidence, article: Article, r: Reader) -> Passage | None:
    passage = article.find_quoted(words.text)
    if passage is not None:
        return passage
    if article.find(words.text) is not None:
        r.error(
            words.loc,
            "these words are in the article, but not inside quotation marks",
            "a quote must be the speaker's own words as the article quotes them; "
            "put a paraphrase in a position's summary instead",
        )
        return None
    r.error(
        words.loc,
        "the quoted words are not in the article",
        "copy them exactly (for a quote split around 'he said', list each fragment)"
        + closest_hint(article, words.text),
    )
    return None


def _check_fragment_order(quote: Quote, found: list[Passage], r: Reader) -> None:
    for before, after, words in zip(found, found[1:], quote.words[1:], strict=False):
        if (after.paragraph, after.start) < (before.paragraph, before.start):
            r.error(words.loc, "this fragment comes before the previous one in the article",
                    "list the fragments in the article's order")  # fmt: skip
        elif after.paragraph - before.paragraph > 1:
            r.warn(
                words.loc,
                f"this fragment is in paragraph {after.paragraph}, "
                f"{after.paragraph - before.paragraph} paragraphs after the previous one",
                "check that both belong to one quote; otherwise make them two quotes",
            )


def _name_forms(person: Person) -> list[str]:
    forms = [normalize(person.name).text]
    if person.kind is PartyKind.PERSON and len(person.name.split()) > 1:
        forms.append(person.name.split()[-1])  # "Zelenskyy said"
    return forms


def _check_attribution(quote: Quote, speaker: Person, found: list[Passage], article: Article,
                       r: Reader) -> None:  # fmt: skip
    numbers = {p.paragraph for p in found} | {p.paragraph - 1 for p in found}
    texts = [article.normalized(n).text for n in sorted(numbers) if n >= 1]
    if any(form in text for text in texts for form in _name_forms(speaker)):
        return
    r.warn(
        quote.loc,
        f"{speaker.name} is not named in the quote's paragraph or the one before",
        "check the speaker: the article may attribute these words to someone else",
    )


def _check_channel_nearby(evidence: Evidence, found: list[Passage], article: Article,
                          r: Reader) -> None:  # fmt: skip
    channel = article.find(evidence.text)
    assert channel is not None  # (found by the passage check)
    if all(abs(channel.paragraph - p.paragraph) > 1 for p in found):
        r.warn(
            evidence.loc,
            f"this passage is in paragraph {channel.paragraph}, away from the quote "
            f"(paragraph {found[0].paragraph})",
            "check that it says where these words were said",
        )
