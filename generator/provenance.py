"""Nothing on the page that the article does not say.

Every figure, position, timeline event and channel carries a passage copied from the
article; every quote's words are in the article, inside quotation marks; every number the
editor writes in a headline or summary is stated by the article or derived from its
figures. Problems point at the fact sheet's line and name the article passage that comes
closest, so the editor can see the typo.
"""

from __future__ import annotations

from generator.article import Article
from generator.consistency import facts_loc
from generator.derived import derived_numbers
from generator.factsheet import TODO, Evidence, FactSheet, Figure, Loc
from generator.numbers import numbers_in
from generator.spec import Reader

_SNIPPET = 110


def check_provenance(
    facts: FactSheet, article: Article, r: Reader, derived_complete: bool = True
) -> None:
    """`derived_complete` is False when some entries could not be read: derived figures
    are then unknown, and numbers in the headline and summary are not checked."""
    _check_mentions(facts, article, r)
    for report in facts.strike_reports:
        for figure in report.figures:
            _check_figure(figure, article, r)
    for quote in facts.quotes:
        for fragment in quote.words:
            _check_quoted(fragment, article, r)
        if quote.channel is not None and quote.channel.evidence is not None:
            _check_passage(quote.channel.evidence, article, r)
    for issue in facts.issues:
        for position in issue.positions.values():
            if position is not None and position.evidence is not None:
                if _check_passage(position.evidence, article, r):
                    _check_numbers_in(
                        position.summary, position.evidence.text, position.loc, "summary", r
                    )
    for event in facts.timeline:
        if event.evidence is not None and _check_passage(event.evidence, article, r):
            _check_numbers_in(event.text, event.evidence.text, event.loc, "text", r)
    if derived_complete:
        _check_free_text_numbers(facts, article, r)


def _check_mentions(facts: FactSheet, article: Article, r: Reader) -> None:
    """Names, titles, weapons and the dateline are the article's words, not new facts."""
    named: list[tuple[str, str, Loc]] = []
    if facts.dateline:
        named.append(("dateline", facts.dateline, facts_loc(facts, "dateline")))
    named += [("party name", p.name, p.loc) for p in facts.parties]
    for person in facts.people:
        named.append(("name", person.name, person.loc))
        if person.title:
            named.append(("title", person.title, person.loc))
    for report in facts.strike_reports:
        named.append(("weapon", report.weapon, report.loc))
        named += [("region", region, report.loc) for region in report.regions]
    for what, text, loc in named:
        if text == TODO or _mentioned(article, text):
            continue
        r.error(
            loc,
            f"the {what} `{text}` is not in the article",
            "write it as the article does" + _closest(article, text),
        )


def _mentioned(article: Article, text: str) -> bool:
    if article.find(text) is not None:
        return True
    lowered = text.lower()  # a dateline is often in capitals: "LONDON —"
    return any(lowered in paragraph.lower() for paragraph in article.paragraphs[:1])


def _check_passage(evidence: Evidence, article: Article, r: Reader) -> bool:
    if article.find(evidence.text) is not None:
        return True
    r.error(
        evidence.loc,
        "this passage is not in the article",
        "copy it from the article exactly" + _closest(article, evidence.text),
    )
    return False


def _check_quoted(words: Evidence, article: Article, r: Reader) -> None:
    if article.find_quoted(words.text) is not None:
        return
    if article.find(words.text) is not None:
        r.error(
            words.loc,
            "these words are in the article, but not inside quotation marks",
            "a quote must be the speaker's own words as the article quotes them; "
            "put a paraphrase in a position's summary instead",
        )
        return
    r.error(
        words.loc,
        "the quoted words are not in the article",
        "copy them exactly (for a quote split around 'he said', list each fragment)"
        + _closest(article, words.text),
    )


def _check_figure(figure: Figure, article: Article, r: Reader) -> None:
    if not figure.is_reported or figure.evidence is None:
        return
    if not _check_passage(figure.evidence, article, r):
        return
    assert figure.count is not None
    mentions = [m for m in numbers_in(figure.evidence.text) if m.value == figure.count]
    if not mentions:
        stated = ", ".join(str(m.value) for m in numbers_in(figure.evidence.text)) or "none"
        r.error(
            figure.loc,
            f"{figure.key}: {figure.count} is not in its evidence passage "
            f"(numbers there: {stated})",
            f"check the count, or copy the passage that states {figure.count}",
        )
        return
    stated_qualifiers = {m.qualifier for m in mentions}
    if figure.qualifier in stated_qualifiers:
        return
    said = sorted(q for q in stated_qualifiers if q)
    if said and figure.qualifier is None:
        r.error(
            figure.loc,
            f"the article says '{said[0]} {mentions[0].text}', not exactly {figure.count}",
            f"add `qualifier: {said[0]}`",
        )
    else:
        r.error(
            figure.loc,
            f"the article does not say '{figure.qualifier} {figure.count}'",
            "remove the qualifier, or copy the passage that hedges the number",
        )


def _check_numbers_in(text: str, evidence: str, at: Loc, label: str, r: Reader) -> None:
    stated = {m.value for m in numbers_in(evidence)}
    for mention in numbers_in(text):
        if mention.value not in stated and mention.value > 1:
            r.error(
                at,
                f"the {label} says {mention.text}, but its evidence passage does not",
                "numbers must come from the passage: check the number or the passage",
            )


def _check_free_text_numbers(facts: FactSheet, article: Article, r: Reader) -> None:
    """A number in the headline or summary is the article's, derived, or a story date.

    Small numbers written as words ("the three leaders") are conversation, not figures,
    and are left alone; digits and larger number words are checked."""
    allowed = {m.value for p in article.paragraphs for m in numbers_in(p)}
    for report in facts.strike_reports:
        allowed |= derived_numbers(report)
    for day in (
        facts.events_date,
        facts.published,
        facts.updated,
        *(rep.night_of for rep in facts.strike_reports),
    ):
        if day is not None:
            allowed |= {day.year, day.day}
    for key, text in (("headline", facts.headline), ("summary", facts.summary)):
        for mention in numbers_in(text):
            small_word = mention.value < 10 and not mention.text[0].isdigit()
            if mention.value in allowed or mention.value <= 1 or small_word:
                continue
            r.error(
                facts_loc(facts, key),
                f"the {key} says {mention.text}, but the article does not",
                "numbers in the headline and summary must be the article's, a derived "
                "figure (unaccounted, a share of launched) or a date of the story",
            )


def _closest(article: Article, text: str) -> str:
    found = article.closest(text)
    if found is None:
        return ""
    number, sentence = found
    if len(sentence) > _SNIPPET:
        sentence = sentence[: _SNIPPET - 1].rstrip() + "…"
    return f"; closest in paragraph {number}: “{sentence}”"
