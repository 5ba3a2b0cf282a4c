"""Nothing on the page that the article does not say.

Every figure, position, timeline event and channel carries a passage copied from the
article, and a figure's passage ties its count to its role; every quote's words are in the
article, inside quotation marks; every number the editor writes (a headline, a summary, a
label, a quote's context, a timeline's time) is stated by the article or derived from its
figures. Problems point at the fact sheet's line and name the article passage that comes
closest, so the editor can see the typo.
"""

from __future__ import annotations

from datetime import timedelta

from generator.article.model import Article, normalize
from generator.article.numbers import numbers_in
from generator.factsheet.checks.consistency import facts_loc
from generator.factsheet.checks.passages import check_passage, closest_hint
from generator.factsheet.checks.quotes import check_quote
from generator.factsheet.checks.role_ties import check_role_tie
from generator.factsheet.derived import derived_numbers, unaccounted
from generator.factsheet.model import TODO, FactSheet, Figure, Loc, TimelineEvent
from generator.yamlformat.spec import Reader


def check_provenance(
    facts: FactSheet, article: Article, r: Reader, derived_complete: bool = True
) -> None:
    """`derived_complete` is False when some entries could not be read: derived figures
    are then unknown, and numbers in the headline and summary are not checked."""
    _check_mentions(facts, article, r)
    for report in facts.strike_reports:
        for figure in report.figures:
            _check_figure(figure, article, r)
    for figure in facts.impact.figures if facts.impact else ():
        _check_figure(figure, article, r)
    for quote in facts.quotes:
        check_quote(facts, quote, article, r)
    for issue in facts.issues:
        for position in issue.positions.values():
            if position is not None and position.evidence is not None:
                if check_passage(position.evidence, article, r):
                    _check_numbers_in(
                        position.summary, position.evidence.text, position.loc, "summary", r
                    )
    for event in facts.timeline:
        if event.evidence is not None and check_passage(event.evidence, article, r):
            _check_numbers_in(event.text, event.evidence.text, event.loc, "text", r)
            _check_numbers_in(event.when, event.evidence.text, event.loc, "time", r, dates=event)
    in_article: set[int] | None = None  # read once for all the quotes, not once for each
    for quote in facts.quotes:
        if quote.context and quote.context != TODO:
            if in_article is None:
                in_article = {m.value for m in numbers_in(" ".join(article.paragraphs))}
            _check_numbers_stated(quote.context, in_article, quote.loc, "context", r)
    if derived_complete:  # derived figures are unknown while a strike report is unreadable
        _check_free_text_numbers(facts, article, r)


def _check_mentions(facts: FactSheet, article: Article, r: Reader) -> None:
    """Names, titles, weapons and the dateline are the article's words, not new facts."""
    _check_dateline(facts, article, r)
    named: list[tuple[str, str, Loc]] = []
    named += [("party name", p.name, p.loc) for p in facts.parties]
    for person in facts.people:
        named.append(("name", person.name, person.loc))
        if person.title:
            named.append(("title", person.title, person.loc))
    for report in facts.strike_reports:
        named.append(("weapon", report.weapon, report.loc))
        named += [("region", region, report.loc) for region in report.regions]
    for what, text, loc in named:
        if text == TODO or article.find(text) is not None:
            continue
        r.error(
            loc,
            f"the {what} `{text}` is not in the article",
            "write it as the article does" + closest_hint(article, text),
        )


def _check_dateline(facts: FactSheet, article: Article, r: Reader) -> None:
    """The dateline is where the article says it was filed: the start of its first line."""
    if not facts.dateline or facts.dateline == TODO:
        return
    opening = article.dateline
    wanted = normalize(facts.dateline).text.lower()
    if opening is not None and normalize(opening).text.lower().startswith(wanted):
        return
    if opening is None and normalize(article.paragraphs[0]).text.lower().startswith(wanted):
        return
    hint = f"the article opens with `{opening}`" if opening else "the article has no dateline"
    r.error(facts_loc(facts, "dateline"),
            f"the dateline `{facts.dateline}` is not where the article says it was filed",
            hint)  # fmt: skip


def _check_figure(figure: Figure, article: Article, r: Reader) -> None:
    if not figure.is_reported or figure.evidence is None:
        return
    if not check_passage(figure.evidence, article, r):
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
    if figure.label:
        _check_numbers_in(figure.label, figure.evidence.text, figure.loc, "label", r)
    stated_qualifiers = {m.qualifier for m in mentions}
    if figure.qualifier in stated_qualifiers:
        check_role_tie(figure, r)
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


def _check_numbers_in(
    text: str, evidence: str, at: Loc, label: str, r: Reader, dates: TimelineEvent | None = None
) -> None:
    """Numbers in an editor's words come from the passage (a time may also be its
    event's date: "May 19")."""
    stated = {m.value for m in numbers_in(evidence)}
    if dates is not None and dates.date is not None:
        stated |= {dates.date.day, dates.date.year}
    _check_numbers_stated(text, stated, at, label, r)


def _check_numbers_stated(text: str, stated: set[int], at: Loc, label: str, r: Reader) -> None:
    source = "the article" if label == "context" else "its evidence passage"
    for mention in numbers_in(text):
        if mention.value not in stated and mention.value > 1:
            r.error(
                at,
                f"the {label} says {mention.text}, but {source} does not",
                "numbers must come from the passage: check the number or the passage",
            )


def _check_free_text_numbers(facts: FactSheet, article: Article, r: Reader) -> None:
    """A number in the headline, summary or an editor's note is the article's, derived,
    or part of a date of the story (a night runs into the next day).

    Small numbers written as words ("the three leaders") are conversation, not figures,
    and are left alone; digits and larger number words are checked. Corrections are not
    checked: they may quote the wrong number they correct."""
    allowed = {m.value for p in article.paragraphs for m in numbers_in(p)}
    for report in facts.strike_reports:
        allowed |= derived_numbers(report)
    for day in (facts.events_date, facts.published, facts.updated,
                *(rep.night_of for rep in facts.strike_reports)):  # fmt: skip
        if day is not None:
            following = day + timedelta(days=1)
            allowed |= {day.year, day.day, following.day, following.year}
    texts = [("headline", facts.headline, facts_loc(facts, "headline")),
             ("summary", facts.summary, facts_loc(facts, "summary"))]  # fmt: skip
    texts += [("editor's note", note.text, note.loc) for note in facts.editor_notes]
    for what, text, loc in texts:
        for mention in numbers_in(text):
            small_word = mention.value < 10 and not mention.text[0].isdigit()
            if mention.value in allowed or mention.value <= 1 or small_word:
                continue
            r.error(loc, f"the {what} says {mention.text}, but the article does not",
                    _free_number_hint(facts))  # fmt: skip


def _free_number_hint(facts: FactSheet) -> str:
    hint = ("numbers here must be the article's, a derived figure (unaccounted, a share of "
            "launched) or part of a date of the story")  # fmt: skip
    underived = [rep.id for rep in facts.strike_reports if unaccounted(rep).value is None]
    if underived:
        hint += (f"; `{underived[0]}` has no derived figures: "
                 f"unaccounted needs {unaccounted(facts.strike_reports[0]).formula}, "
                 "all reported exactly")  # fmt: skip
    return hint
