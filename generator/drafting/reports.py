"""Figures grouped into strike reports: what one source reports about one side's strikes
on the other, with one weapon kind ("drones", "missiles").

Who reports a figure is the subject of its sentence's verb of saying ("Ukraine’s Air
Force said", "according to …"), else of the sentence before it in the paragraph. Which
side attacked is the side named on the weapon ("Ukrainian drones"), else the side that
is not the reporter's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator.article.count_parts import is_running_total
from generator.article.model import Article
from generator.article.roles import FIGURE_KEY_OF_ROLE, OTHER
from generator.article.sides import first_side, sides_in
from generator.drafting.attribution import INSTITUTION_HEADS, Cast, speaker_of
from generator.drafting.figures import FoundNumber, is_backed
from generator.drafting.people import SPEECH_VERB, Found
from generator.drafting.quotes import FoundQuote
from generator.drafting.sentences import Sentence, sentences_of, unquoted

_WEAPON_ROLES = ("launched", "shot_down", "intercepted", "suppressed")
_WEAPON_NOUN = re.compile(r"\b(?:drones?|missiles?|rockets?)\b")
_VAGUE = ("authorities", "officials")
# A source that speaks for one place: a mayor, a governor, a city or regional administration.
_LOCAL = re.compile(r"\b(?:[Mm]ayor|[Gg]overnors?|administration|[Rr]egional|[Cc]ity)\b")
_CLAUSE_JOIN = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+")
# A clause that opens on its verb ("but later corrected …") shares the subject before it.
_NO_SUBJECT = re.compile(
    r"(?:(?:later|then|also|subsequently|afterwards)\s+)?(?:[a-z]+ed|had|has|was|were)"
    r"\s+(?:the|a|an|it|its|that|to|on|been)\b"
)
# "attacked the port of Odesa with …", "fired at the city": a count aimed at one place
_PLACE_TARGET = re.compile(
    r"\b(?:port|city|town|village|capital|district) of [A-Z]|\bthe (?:city|town|capital)\b"
)
_IN_PLACE = re.compile(r"\b[Ii]n (?:the )?([A-Z][\w’'-]+)")
# An institution as the subject of a sentence that is not a report ("Ukraine’s air force had
# not published its figures"), for the "it said" after it.
_INSTITUTION_SUBJECT = re.compile(
    r"^((?:The |[A-Z][\w’'-]*(?:’s|'s) )(?:[\w’'-]+ ){0,3}?([A-Za-z]+))"
    r"\s+(?:did|does|has|had|have|was|is|were|would|will|could)\b"
)
_VAGUE_SOURCE = re.compile(
    r"^(?:the\s+)?(?:(?:local|regional|city|Russian|Ukrainian|Western|U\.S\.|US|European|"
    r"military|government|emergency)\s+)?(?:officials|authorities|sources|monitors)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundFigure:
    number: FoundNumber
    reporter: Found | None


@dataclass
class Report:
    reporter: Found | None
    attacker: str | None
    target: str | None
    weapon_kind: str | None
    weapon: str | None = None
    figures: dict[str, FoundFigure] = field(default_factory=dict)  # by fact sheet key


@dataclass
class Toll:
    """Killed, injured and regions hit for the whole attack (the fact sheet's `impact:`):
    the casualty figures that belong to no one weapon's report."""

    reporter: Found | None
    figures: dict[str, FoundFigure] = field(default_factory=dict)  # by fact sheet key


@dataclass(frozen=True)
class Candidate:
    """A number the editor places or drops, with the role the rules guessed, if any."""

    number: FoundNumber
    reporter: Found | None
    note: str


def sentence_reporters(article: Article, cast: Cast) -> dict[Sentence, Found | None]:
    """Who reports what each sentence says (carried on within a paragraph). "Officials
    said" names no source: the editor finds one (a TODO), the draft does not invent it."""
    reporters: dict[Sentence, Found | None] = {}
    carried: tuple[int, Found | None] = (0, None)
    said_in = ""  # the text of the sentence the carried source spoke in
    for sentence in sentences_of(article):
        text = unquoted(article.paragraphs[sentence.paragraph - 1])[sentence.start : sentence.end]
        found, _ = speaker_of(text, (sentence.paragraph, sentence.start), cast)
        subject = _INSTITUTION_SUBJECT.match(text)
        if found is None and subject and subject.group(2).lower() in INSTITUTION_HEADS:
            # "Russia’s defence ministry did not comment. It said …": "it" is the ministry
            cast.institution(subject.group(1), (sentence.paragraph, sentence.start))
        vague = found is not None and _VAGUE_SOURCE.match(found.name)
        if vague:
            found = None
        elif found is None and carried[0] == sentence.paragraph:
            found = carried[1]
            place = _IN_PLACE.search(text)
            if _is_local(found) and place and place.group(1) not in said_in:
                # "In Poltava, …, the regional governor said. Four people were injured in
                # Kharkiv": the governor of one place does not report another's toll
                found = None
        else:
            said_in = text
        carried = (sentence.paragraph, found)
        reporters[sentence] = found
    return reporters


def clause_reporters(
    article: Article, cast: Cast, reporters: dict[Sentence, Found | None]
) -> dict[Sentence, list[tuple[int, Found | None]]]:
    """Sentences that join two reports ("Russia launched 100 drones, according to the air
    force, while Governor Ivan Petrov said five people were injured"): where each clause
    starts (in the paragraph) and who reports it, when two clauses name different sources.
    A clause whose source the rules cannot name ("Russia said it had shot down 30 drones,
    while Ukraine's air force reported 70") reports for nobody, not for the other clause's."""
    split: dict[Sentence, list[tuple[int, Found | None]]] = {}
    for sentence in reporters:
        text = unquoted(article.paragraphs[sentence.paragraph - 1])[sentence.start : sentence.end]
        cuts = [0, *(m.end() for m in _CLAUSE_JOIN.finditer(text))][:6]
        if len(cuts) < 2:
            continue
        parts: list[tuple[int, Found | None]] = []
        for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
            at = (sentence.paragraph, sentence.start + start)
            found, _ = speaker_of(text[start:end], at, cast)
            if found is not None and not _VAGUE_SOURCE.match(found.name):
                parts.append((sentence.start + start, found))
            elif _NO_SUBJECT.match(text[start:end]) and parts:
                # "X said four died, but later corrected the toll to three": the same subject
                parts.append((sentence.start + start, parts[-1][1]))
            elif SPEECH_VERB.search(text[start:end]):
                parts.append((sentence.start + start, None))
        named = {f.id for _, f in parts if f is not None}
        if len(named) >= 2 or (named and any(f is None for _, f in parts)):
            split[sentence] = parts
    return split


def reporter_of(
    number: FoundNumber,
    reporters: dict[Sentence, Found | None],
    quotes: list[FoundQuote],
    clauses: dict[Sentence, list[tuple[int, Found | None]]] | None = None,
) -> Found | None:
    parts = (clauses or {}).get(number.sentence)
    if parts and not number.quoted:
        # the source of the clause the number is in, else of the clause before it
        return next((f for start, f in reversed(parts) if start <= number.start), parts[0][1])
    if number.quoted:
        for quote in quotes:
            if any(
                f.paragraph == number.paragraph and f.start <= number.start < f.end
                for f in quote.fragments
            ):
                return quote.speaker
    return reporters.get(number.sentence)


def main_sides(article: Article) -> list[str]:
    """The two sides the article mentions most: the usual attacker and target."""
    counts = Counter(side.id for p in article.paragraphs for _, side in sides_in(unquoted(p)))
    return [side for side, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]


def group_reports(
    numbers: list[FoundNumber], reporters: list[Found | None], sides: list[str]
) -> tuple[list[Report], list[Candidate], Toll | None]:
    """Strike reports in the order of their first figure, the attack's toll, and the
    classified figures that fit neither (a second launched figure from the same source, a
    second death toll from another source, say)."""
    reports: list[Report] = []
    candidates: list[Candidate] = []
    toll: Toll | None = None
    direction: tuple[str | None, str | None] = (None, None)
    for number, reporter in zip(numbers, reporters, strict=True):
        if number.role == OTHER:
            candidates.append(Candidate(number, reporter, ""))
            continue
        if not is_backed(number):
            candidates.append(Candidate(number, reporter, f"{number.role}? (cite it by hand)"))
            continue
        direction = _direction(number, reporter, sides) or direction
        key = FIGURE_KEY_OF_ROLE[number.role]
        if number.role not in _WEAPON_ROLES and not _weapons_report(
            reports, reporter, direction, key
        ):
            # a toll no weapon's report by the same source holds: the attack's, once
            toll = toll or Toll(reporter)
            repeated = key in toll.figures and toll.figures[key].number.value == number.value
            if toll.reporter is None and reporter is not None and repeated:
                # the lead's toll with no source ("killing four people"), given again with
                # its source ("Mayor X said four people were killed"): the sourced one
                candidates += [
                    Candidate(f.number, None, f"{f.number.role}? given again with a source")
                    for f in toll.figures.values()
                ]
                toll = Toll(reporter)
            earlier = toll.figures.get(key)
            if earlier and toll.reporter == reporter and is_running_total(number.cue):
                # "four were killed … two more died, bringing the toll to six": the total
                note = f"{number.role}? an earlier count (the toll grew to {number.text})"
                candidates.append(Candidate(earlier.number, reporter, note))
                toll.figures[key] = FoundFigure(number, reporter)
            elif key in toll.figures or toll.reporter != reporter:
                who = reporter.name if reporter else "nobody named"
                note = f"{number.role}? another count, by {who} (the toll has one: check)"
                candidates.append(Candidate(number, reporter, note))
            else:
                toll.figures[key] = FoundFigure(number, reporter)
            continue
        report = _report_for(reports, number, reporter, direction, key)
        if report is None or not _fits(report, key, number):
            note = f"{number.role.replace('_', ' ')}?"
            candidates.append(Candidate(number, reporter, note + " (already filled: check)"))
            continue
        report.figures[key] = FoundFigure(number, reporter)
        if report.weapon is None and number.role in _WEAPON_ROLES:
            report.weapon = number.weapon
    reports = _unsourced_counts_aside(reports, candidates)
    return _local_counts_aside(reports, candidates), candidates, toll


def _is_local(found: Found | None) -> bool:
    return found is not None and bool(_LOCAL.search(f"{found.title or ''} {found.name}"))


def _local_counts_aside(reports: list[Report], candidates: list[Candidate]) -> list[Report]:
    """A mayor's or governor's count of the drones over their city, beside a national
    source's count of the same thing for the same attack, is not the night's figure: a
    candidate for the editor (when no national source counts it, it is the figure)."""
    kept: list[Report] = []
    for report in reports:
        national = [
            r
            for r in reports
            if r is not report
            and not _is_local(r.reporter)
            and r.reporter is not None
            and (r.attacker, r.target) == (report.attacker, report.target)
        ]
        if not _is_local(report.reporter) or not national:
            kept.append(report)
            continue
        for key, figure in report.figures.items():
            if not any(key in r.figures for r in national):
                continue
            other = next(r for r in national if key in r.figures).reporter
            who = other.name if other else "another source"
            note = f"{figure.number.role.replace('_', ' ')}? a local count beside {who}'s (check)"
            candidates.append(Candidate(figure.number, figure.reporter, note))
        report.figures = {
            k: f for k, f in report.figures.items() if not any(k in r.figures for r in national)
        }
        if report.figures:
            kept.append(report)
    return kept


def _unsourced_counts_aside(reports: list[Report], candidates: list[Candidate]) -> list[Report]:
    """A count no one is named for, aimed at a place rather than a side ("attacked the
    port of Odesa with two dozen drones"), beside a named source's other count of the same
    weapon: which one is the night's is the editor's call (the first is likely a local
    count), so it is a candidate, not a figure."""
    kept: list[Report] = []
    for report in reports:
        named = [
            r
            for r in reports
            if r.reporter is not None
            and r.weapon_kind == report.weapon_kind
            and report.attacker in (None, r.attacker)
        ]
        # aimed at a place, not at a side ("the port of Odesa"): likely a local count
        local = any(_aimed_at_a_place(f.number) for f in report.figures.values())
        if report.reporter is not None or report.weapon_kind is None or not named or not local:
            kept.append(report)
            continue
        clash = [
            k
            for k in report.figures
            if any(
                k in r.figures and r.figures[k].number.value != report.figures[k].number.value
                for r in named
            )
        ]
        for key in clash:
            figure = report.figures.pop(key)
            who = next(r for r in named if key in r.figures).reporter
            name = who.name if who else "another source"
            note = f"{figure.number.role.replace('_', ' ')}? no source, beside {name}'s (check)"
            candidates.append(Candidate(figure.number, None, note))
        if report.figures:
            kept.append(report)
    return kept


def _aimed_at_a_place(number: FoundNumber) -> bool:
    before = number.sentence.text[: number.start - number.sentence.start]
    return bool(_PLACE_TARGET.search(before))


def _weapons_report(
    reports: list[Report],
    reporter: Found | None,
    direction: tuple[str | None, str | None],
    key: str,
) -> bool:
    """Is there a report of launches or interceptions by this source, for this direction,
    with `key` free? (Its casualties then stay with it, as the source gives them.)"""
    return reporter is not None and any(
        r.reporter == reporter
        and (r.attacker, r.target) == direction
        and key not in r.figures
        and any(k in r.figures for k in ("launched", "shot_down", "suppressed"))
        for r in reports
    )


def _report_for(
    reports: list[Report],
    number: FoundNumber,
    reporter: Found | None,
    direction: tuple[str | None, str | None],
    key: str,
) -> Report | None:
    attacker, target = direction
    same = [r for r in reports if (r.attacker, r.target) == direction]
    if number.role in _WEAPON_ROLES:
        found = next(
            (r for r in same if r.reporter == reporter and r.weapon_kind == number.weapon_kind),
            None,
        )
    else:
        found = next((r for r in same if r.reporter == reporter and key not in r.figures), None)
        vague = reporter is None or reporter.name.lower() in _VAGUE
        if found is None and vague:  # never into a named source's report
            found = next(
                (r for r in reversed(same) if key not in r.figures and r.reporter is None), None
            )
    if found is None:
        kind = number.weapon_kind if number.role in _WEAPON_ROLES else None
        found = Report(reporter, attacker, target, kind)
        reports.append(found)
    return found


def _fits(report: Report, key: str, number: FoundNumber) -> bool:
    """A free slot, and shot down plus suppressed no more than launched."""
    if key in report.figures:
        return False
    figures = {k: f.number for k, f in report.figures.items()} | {key: number}
    launched = figures.get("launched")
    parts = [figures[k] for k in ("shot_down", "suppressed") if k in figures]
    exact = launched is not None and launched.qualifier is None
    if exact and parts and all(p.qualifier is None for p in parts):
        assert launched is not None
        return sum(p.value for p in parts) <= launched.value
    return True


def _direction(
    number: FoundNumber, reporter: Found | None, sides: list[str]
) -> tuple[str | None, str | None] | None:
    """(attacker, target) as the sentence tells it, or None to keep the previous one."""
    attacker = None
    text = number.sentence.text
    for match in _WEAPON_NOUN.finditer(text):
        side = first_side(" ".join(text[: match.start()].split()[-2:]))
        if side:
            attacker = side.id
            break
    if attacker is None and reporter is not None and reporter.party in sides and len(sides) == 2:
        target = reporter.party
        return next(s for s in sides if s != target), target
    if attacker is None:
        return None
    others = [s for s in sides if s != attacker]
    return attacker, (others[0] if others else None)
