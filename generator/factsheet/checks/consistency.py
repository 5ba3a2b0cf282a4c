"""Checks across the fact sheet: references resolve, parts fit their whole, dates agree."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from generator.article.sides import SIDES, Side, side_by_id
from generator.factsheet.model import TODO, FactSheet, Loc, StrikeReport
from generator.yamlformat.scalars import ref_loc
from generator.yamlformat.spec import Reader


def check_consistency(facts: FactSheet, declared: dict[str, list[str]], r: Reader) -> None:
    """`declared` holds the ids of each section, including entries that had problems."""
    parties, people, quotes = declared["parties"], declared["people"], declared["quotes"]
    party_names = {p.name.lower().replace("-", " "): p.id for p in facts.parties}
    person_names = {p.name.lower(): p.id for p in facts.people}
    person_names |= {p.name.split()[-1].lower(): p.id for p in facts.people if p.name.split()}

    for person in facts.people:
        _check_ref(r, person.party, parties, "parties", person.loc, party_names)
    for report in facts.strike_reports:
        _check_ref(r, report.reported_by, people, "people", report.loc, person_names)
        _check_ref(r, report.attacker, parties, "parties", report.loc, party_names)
        _check_ref(r, report.target, parties, "parties", report.loc, party_names)
        _check_parts(r, report)
    if facts.impact is not None:
        _check_ref(r, facts.impact.reported_by, people, "people", facts.impact.loc, person_names)
    for quote in facts.quotes:
        _check_ref(r, quote.speaker, people, "people", quote.loc, person_names)
    for issue in facts.issues:
        for party_id, position in issue.positions.items():
            at = position.loc if position else issue.loc
            _check_ref(r, party_id, parties, "parties", at, party_names)
            if position is not None and position.quote:
                if _check_ref(r, position.quote, quotes, "quotes", position.loc):
                    _check_quote_speaks_for(r, facts, party_id, position.quote, position.loc)
        missing = [p for p in parties if p not in issue.positions]
        if missing and parties:
            r.error(
                issue.loc,
                f"issue `{issue.id}` gives no position for {_and(missing)}",
                f"add `{missing[0]}: not stated` under its positions if the article does not "
                "say (every party is shown in the table)",
            )
    _check_dates(r, facts)


def _check_ref(
    r: Reader,
    value: str | None,
    declared: list[str],
    where: str,
    at: Loc,
    names: dict[str, str] | None = None,
) -> bool:
    """`names`: the declared entries' names, lowercased, to their ids: "Russia" and
    "United States" suggest `russia` and `united-states` as "petrenco" suggests
    `petrenko`."""
    if value is None or value == TODO or value in declared:
        return True
    close = difflib.get_close_matches(value, declared, n=1, cutoff=0.6)
    by_name = (names or {}).get(value.lower().replace("_", " ").replace("-", " "))
    if by_name is None and names:
        near = difflib.get_close_matches(value.lower(), list(names), n=1, cutoff=0.75)
        by_name = names[near[0]] if near else None
    close = [by_name] if by_name else close
    hint = f"did you mean `{close[0]}`? " if close else ""
    if not close and where == "parties":
        side = _known_side(value)
        if side is not None:
            hint = f"add `{side.id}: {side.name}` under `parties` if the story needs it; "
    hint += f"declared {where}: " + (", ".join(declared) if declared else "none")
    r.error(ref_loc(value, at), f"`{value}` is not declared under `{where}`", hint)
    return False


def _known_side(value: str) -> Side | None:
    """A side the drafting knows by this id or word ("belarus", "us", "german")."""
    words = value.lower().replace("-", " ")
    return side_by_id(value) or next(
        (s for s in SIDES if words in {w.lower() for w in (s.name, *s.words)}), None
    )


def _check_quote_speaks_for(
    r: Reader, facts: FactSheet, party_id: str, quote_id: str, at: Loc
) -> None:
    quote = facts.quote(quote_id)
    speaker = facts.person(quote.speaker) if quote else None
    if speaker is None or speaker.party in (None, TODO) or speaker.party == party_id:
        return
    r.error(
        ref_loc(quote_id, at),
        f"quote `{quote_id}` is by {speaker.name} ({speaker.party}), "
        f"not by someone speaking for `{party_id}`",
        "link a quote by a speaker of this party, or remove `quote:`",
    )


def _check_parts(r: Reader, report: StrikeReport) -> None:
    """Shot down and suppressed cannot add up to more than were launched."""
    whole = report.launched
    parts = [f for f in (report.shot_down, report.suppressed) if f.is_reported]
    if not whole.is_exact or not parts or any(not p.is_exact for p in parts):
        return  # a hedged figure ("at least 30") cannot be compared
    assert whole.count is not None
    total = sum(p.count or 0 for p in parts)
    if total > whole.count:
        sums = " + ".join(f"{p.key.replace('_', ' ')} ({p.count})" for p in parts)
        r.error(
            whole.loc,
            f"{sums} = {total}, more than the {whole.count} launched",
            "check the three figures against the article",
        )


def _check_dates(r: Reader, facts: FactSheet) -> None:
    published, updated = facts.published, facts.updated
    if published and updated and updated < published:
        r.error(
            facts_loc(facts, "updated"),
            f"updated ({updated}) is before published ({published})",
            "updated is the date of the latest change: on or after published",
        )
    if published and facts.events_date and facts.events_date > published:
        r.error(
            facts_loc(facts, "events_date"),
            f"events_date ({facts.events_date}) is after published ({published})",
            "an explainer is published after the events it explains",
        )
    for correction in facts.corrections:
        if published and correction.date and correction.date < published:
            r.error(
                correction.loc,
                f"correction dated {correction.date}, before the story was published",
                "check the correction's date",
            )


def facts_loc(facts: FactSheet, key: str) -> Loc:
    return facts.field_locs.get(key, Loc(1, 1))


def _and(items: Iterable[str]) -> str:
    names = [f"`{i}`" for i in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
