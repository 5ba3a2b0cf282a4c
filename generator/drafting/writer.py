"""A `Draft` written as fact sheet YAML, by hand: keys in the documented order, every
string double-quoted and escaped, and a comment wherever the editor has to decide.

Written as text rather than dumped, so that comments can say what to check, the layout
matches the hand-written fact sheets, and the same draft always gives the same bytes.
"""

from __future__ import annotations

from generator.drafting.draft import Draft, IssueDraft, QuoteDraft, StrikeDraft
from generator.drafting.figures import MAX_PASSAGE, FoundNumber, figure_evidence
from generator.drafting.people import Found
from generator.drafting.reports import Candidate, FoundFigure, Toll
from generator.factsheet.model import TODO

_CONTEXT = 70  # characters of the sentence shown beside a candidate number
_SHORT_QUOTE = 3
_START_CHARS = 80  # how much of a quote left out names it for the editor


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar that reads back as exactly `text`."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def comment(text: str) -> str:
    """Text made safe for one YAML comment line."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, indent: int, text: str, note: str = "") -> None:
        self.lines.append("  " * indent + text + (f"  # {comment(note)}" if note else ""))

    def note(self, indent: int, text: str) -> None:
        self.lines.append("  " * indent + "# " + comment(text) if text else "#")

    def blank(self) -> None:
        self.lines.append("")


def fact_sheet_text(draft: Draft, slug: str, schema: str | None) -> str:
    """The draft as the text of content/<slug>/facts.yaml."""
    out = _Lines()
    if schema:
        out.note(0, f"yaml-language-server: $schema={schema}")
        out.note(0, "")
    out.note(0, f"Draft written by `explainer new` from {draft.article}. Every passage is copied")
    out.note(0, "from the article; each TODO is for the editor, with a comment saying what to")
    out.note(0, "check. `explainer check` lists those left. Set `status: ready` when it is done.")
    if draft.left_out:
        out.note(0, "The article is long: this draft leaves out what is found after the first")
        out.note(0, f"ones ({', '.join(draft.left_out)}): add those the explainer needs by hand.")
    out.blank()
    out.add(0, f"slug: {slug}")
    out.add(0, "status: draft")
    out.add(0, f"headline: {TODO}", "the explainer's headline, in the article's figures")
    out.add(0, f"summary: {TODO}", "one paragraph: what happened and what each side says")
    if draft.dateline:
        out.add(0, f"dateline: {yaml_string(draft.dateline)}")
    else:
        out.add(0, f"dateline: {TODO}", "where the article was filed, as it says")
    out.add(0, f"publication: {TODO}", "the newsroom that publishes this")
    out.add(0, f"byline: {TODO}", "who writes the explainer")
    out.add(0, f"article: {yaml_string(draft.article)}")
    out.add(0, f"article_source: {TODO}", "who published the article (the agency, if named)")
    when = f'the article says "{draft.day_words}": ' if draft.day_words else ""
    out.add(0, f"events_date: {TODO}", when + "the date of the events, as YYYY-MM-DD")
    out.add(0, f"published: {TODO}", "when the explainer is first published, as YYYY-MM-DD")
    out.blank()
    _parties(out, draft)
    _people(out, draft)
    _reports(out, draft)
    _quotes(out, draft)
    _issues(out, draft)
    return "\n".join(out.lines).rstrip("\n") + "\n"


def _parties(out: _Lines, draft: Draft) -> None:
    if not draft.parties:
        out.add(0, "parties: {}", "no sides found: add them, like `ukraine: Ukraine`")
        out.blank()
        return
    out.add(0, "parties:", "the sides found; add or remove as the story needs")
    for side in draft.parties:
        out.add(1, f"{side.id}: {yaml_string(side.name)}")
    out.blank()


def _people(out: _Lines, draft: Draft) -> None:
    if not draft.speakers:
        out.add(0, "people: {}", "nobody found who speaks or reports figures")
        out.blank()
        return
    out.add(0, "people:", "people named and the sources of figures; remove those not needed")
    for person in draft.speakers:
        out.add(1, f"{person.id}:")
        out.add(2, f"name: {yaml_string(person.name)}")
        if person.kind == "institution":
            out.add(2, "kind: institution")
        if person.title:
            out.add(2, f"title: {yaml_string(person.title)}")
        if person.party:
            out.add(2, f"party: {person.party}")
        else:
            out.add(2, f"party: {TODO}", f"which side does {person.name} speak for?")
    out.blank()


def _reports(out: _Lines, draft: Draft) -> None:
    if draft.reports:
        out.add(0, "strike_reports:")
    else:
        out.add(0, "strike_reports: {}", "no strike figures found")
    for report in draft.reports:
        _report(out, report)
    if draft.impact is not None:
        out.blank()
        _impact(out, draft.impact)
    if draft.candidates:
        out.note(0, "Other numbers in the article, for the editor to place or drop:")
        for candidate in draft.candidates:
            out.note(1, _candidate(candidate))
    out.blank()


def _report(out: _Lines, report: StrikeDraft) -> None:
    out.add(1, f"{report.id}:")
    _ref(
        out,
        "reported_by",
        report.reporter.id if report.reporter else None,
        "who gives these figures (an id from people)",
    )
    _ref(out, "attacker", report.attacker, "the side that launched the strikes")
    _ref(out, "target", report.target, "the side that was attacked")
    if report.weapon:
        out.add(2, f"weapon: {yaml_string(report.weapon)}", "check: the article's words")
    else:
        out.add(2, f"weapon: {TODO}", "what was launched, in the article's words")
    _ref(out, "weapon_kind", report.weapon_kind, "drones, missiles, or drones and missiles")
    out.add(2, f"night_of: {TODO}", "the evening the strikes began (not the morning), YYYY-MM-DD")
    figures = dict(report.figures)
    for key in ("launched", "shot_down", "suppressed", "killed", "injured", "regions_hit"):
        if key in figures:
            _figure(out, key, figures[key], report.reporter)
        else:
            out.add(2, f"{key}: {TODO}", "none found: `not reported` if the article gives none")


def _impact(out: _Lines, toll: Toll) -> None:
    """The attack's toll: killed, injured and regions hit that no weapon's report holds."""
    out.add(0, "impact:", "the whole attack's toll, as the article gives it for the night")
    if toll.reporter is not None:
        out.add(1, f"reported_by: {toll.reporter.id}")
    else:
        out.add(1, f"reported_by: {TODO}", "the article names no source: remove this line, or "
                "give an id from people")  # fmt: skip
    for key in ("killed", "injured", "regions_hit"):
        if key in toll.figures:
            _figure(out, key, toll.figures[key], toll.reporter, indent=1)
        else:
            out.add(1, f"{key}: {TODO}", "none found: `not reported` if the article gives none")


def _ref(out: _Lines, key: str, value: str | None, what: str) -> None:
    if value:
        out.add(2, f"{key}: {value}")
    else:
        out.add(2, f"{key}: {TODO}", what)


def _figure(
    out: _Lines, key: str, figure: FoundFigure, reporter: Found | None, indent: int = 2
) -> None:
    number = figure.number
    note = f'"{number.cue}"'
    if figure.reporter != reporter:
        note += f", reported by {figure.reporter.name if figure.reporter else 'nobody named'}"
    out.add(indent, f"{key}:", note)
    out.add(indent + 1, f"count: {number.value}")
    if number.qualifier:
        out.add(indent + 1, f"qualifier: {number.qualifier}")
    if number.role == "intercepted":
        out.add(indent + 1, 'label: "Intercepted"')
    out.add(indent + 1, f"evidence: {yaml_string(figure_evidence(number))}")


def _candidate(candidate: Candidate) -> str:
    number = candidate.number
    what = candidate.note or (number.cue.strip("'") if number.cue else "role unclear")
    return f'{number.value} ("{number.text}", {what}): {_around(number)}'


def _around(number: FoundNumber) -> str:
    text = number.sentence.text
    at = number.start - number.sentence.start
    start = max(text.rfind(" ", 0, max(at - _CONTEXT // 2, 0)) + 1, 0) if at > _CONTEXT // 2 else 0
    end = text.find(" ", min(at + _CONTEXT // 2, len(text)))
    end = len(text) if end < 0 else end
    start, end = max(start, at - _CONTEXT), min(end, at + _CONTEXT)  # a very long word
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _quotes(out: _Lines, draft: Draft) -> None:
    if draft.quotes:
        out.add(0, "quotes:")
    else:
        out.add(0, "quotes: {}", "no quotes found")
    for item in draft.quotes:
        _quote(out, item)
    if draft.terms:
        terms = ", ".join(f"“{_start(t.text)}”" for t in draft.terms)
        out.note(0, f"Not quotes: single terms in quotation marks, left out: {terms}")
    for fragment in draft.long_quotes:
        start = _start(" ".join(fragment.text.split()[:8]))
        out.note(
            0,
            f"Left out, over {MAX_PASSAGE} characters: the quote in paragraph "
            f"{fragment.paragraph} starting “{start} …” (add it in fragments)",
        )
    out.blank()


def _start(text: str) -> str:
    """The start of a text the draft names but leaves out (a word may be very long)."""
    return text if len(text) <= _START_CHARS else text[:_START_CHARS] + "…"


def _quote(out: _Lines, item: QuoteDraft) -> None:
    quote = item.quote
    out.add(1, f"{item.id}:")
    if quote.speaker is None and quote.how:
        out.add(2, f"speaker: {TODO}", f"who said this? {quote.how}")
    elif quote.speaker is None:
        out.add(2, f"speaker: {TODO}", "who said this? no attribution found beside it")
    else:
        note = "" if quote.how == "named" else f"{quote.how}: check"
        out.add(2, f"speaker: {quote.speaker.id}", note)
    if quote.channel is None:
        out.add(
            2, f"channel: {TODO}", "where was it said? `not stated` if the article does not say"
        )
    else:
        out.add(2, "channel:")
        out.add(3, f"name: {yaml_string(quote.channel.name)}")
        out.add(3, f"evidence: {yaml_string(quote.channel.evidence)}")
    fragments = quote.fragments
    if len(fragments) == 1:
        out.add(2, f"words: {yaml_string(fragments[0].text)}")
    else:
        out.add(2, "words:", "one quote, split around its attribution")
        for fragment in fragments:
            out.add(3, f"- {yaml_string(fragment.text)}")
    if sum(len(f.text.split()) for f in fragments) <= _SHORT_QUOTE:
        out.add(2, f"context: {TODO}", "a short quote: what do these words answer?")


def _issues(out: _Lines, draft: Draft) -> None:
    if not draft.issues:
        out.add(0, "issues: {}", "no positions found: add the issues the sides disagree on")
        return
    out.add(0, "issues:", "candidate positions: decide each stance and summary")
    for issue in draft.issues:
        _issue(out, issue)


def _issue(out: _Lines, issue: IssueDraft) -> None:
    out.add(1, f"{issue.id}:")
    out.add(2, f"name: {yaml_string(issue.name)}")
    out.add(2, "positions:")
    for party, candidate in issue.positions:
        if candidate is None:
            out.add(3, f"{party}: {TODO}", "no sentence found: a position, or `not stated`")
            continue
        out.add(3, f"{party}:")
        out.add(4, f"stance: {TODO}", f'suggested by "{candidate.cue}"')
        out.add(4, f"summary: {TODO}", "the position in one line")
        out.add(4, f"evidence: {yaml_string(candidate.evidence)}")
