"""The explainer page of one story: what the template needs, worked out from the model.

Every fact gets an element with a stable id (see `ids.py`) and a link to its passage on
the article page; figures the source did not give say "Not reported", and derived figures
say how they were worked out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.citations import citations, figure_label, figure_value, first_anchor
from generator.derived import Derived, share, unaccounted
from generator.factsheet import (
    TODO,
    FactSheet,
    Figure,
    FigureState,
    Position,
    Stance,
    StrikeReport,
    TableRows,
)
from generator.ids import event_id, figure_id, position_id, quote_id, report_id, speaker_id
from generator.loader import Story
from generator.templating import long_date, render
from generator.urls import Urls, article_src, explainer_src

MAIN_FIGURES = ("launched", "shot_down", "suppressed")
EXTRA_FIGURES = ("killed", "injured", "regions_hit")


@dataclass(frozen=True)
class FigureCard:
    id: str
    key: str
    label: str
    value: str  # as shown: "108", "at least 4", "Not reported"
    state: str  # reported | not-reported | derived | todo
    count: int | None = None
    note: str = ""
    href: str | None = None


@dataclass(frozen=True)
class ReportView:
    id: str
    title: str
    source: str
    night: str
    weapon: str
    cards: tuple[FigureCard, ...]
    not_reported: tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    id: str
    row: str
    column: str
    party: str
    issue: str
    stance: str  # a Stance value, or "not-stated"
    stance_label: str
    icon: str
    summary: str = ""
    quote: str = ""
    quote_href: str | None = None
    href: str | None = None


@dataclass(frozen=True)
class PositionsTable:
    caption: str
    row_header: str
    columns: tuple[tuple[str, str], ...]  # (id, name)
    rows: tuple[tuple[str, str, tuple[Cell, ...]], ...]  # (id, name, cells)


@dataclass(frozen=True)
class QuoteView:
    id: str
    fragments: tuple[str, ...]
    channel: str
    context: str
    href: str | None


@dataclass(frozen=True)
class SpeakerView:
    id: str
    name: str
    title: str
    party: str
    quotes: list[QuoteView] = field(default_factory=list)


@dataclass(frozen=True)
class EventView:
    id: str
    when: str
    date: str
    text: str
    href: str | None


_Href = Callable[[str], str | None]

STANCES = {
    Stance.SUPPORTS: ("Supports", "✓"),
    Stance.OPPOSES: ("Opposes", "✕"),
    Stance.CONDITIONAL: ("Conditional", "◐"),
    Stance.UNCLEAR: ("Unclear", "?"),
    Stance.TODO: ("TODO", "…"),
}
NOT_STATED_LABEL = "Not stated in the article"


def render_explainer(story: Story, urls: Urls, intro_markdown: str = "",
                     draft_banner: bool = False) -> str:  # fmt: skip
    """The Markdown of the explainer page at /<slug>/."""
    facts = story.facts
    src = explainer_src(facts.slug)
    found = citations(facts, story.article)

    def href(fact_id: str) -> str | None:
        anchor = first_anchor(found, fact_id)
        return urls.link(src, article_src(facts.slug), anchor) if anchor else None

    return render(
        "explainer.md.j2",
        facts=facts,
        intro=intro_markdown.strip(),
        draft_banner=draft_banner,
        reports=[_report_view(facts, report, href) for report in facts.strike_reports],
        table=_positions_table(facts, href) if facts.issues else None,
        speakers=_speakers(facts, href),
        events=[
            EventView(event_id(n), e.when, long_date(e.date) if e.date else "", e.text,
                      href(event_id(n)))  # fmt: skip
            for n, e in enumerate(facts.timeline, start=1)
        ],
        article_href=urls.link(src, article_src(facts.slug)),
        long_date=long_date,
    )


def _report_view(facts: FactSheet, report: StrikeReport, href: _Href) -> ReportView:
    cards = [_figure_card(report, getattr(report, key), href) for key in MAIN_FIGURES]
    cards.append(_derived_card(report, unaccounted(report), href))
    extras = [getattr(report, key) for key in EXTRA_FIGURES]
    cards += [_figure_card(report, f, href) for f in extras if f.state is not
              FigureState.NOT_REPORTED]  # fmt: skip
    source = facts.person(report.reported_by)
    return ReportView(
        id=report_id(report.id),
        title=f"{_party_name(facts, report.attacker)} on {_party_name(facts, report.target)}",
        source=source.name if source else report.reported_by,
        night=long_date(report.night_of, weekday=True) if report.night_of else "",
        weapon=report.weapon,
        cards=tuple(cards),
        not_reported=tuple(
            figure_label(f).lower() for f in extras if f.state is FigureState.NOT_REPORTED
        ),
    )


def _figure_card(report: StrikeReport, figure: Figure, href: _Href) -> FigureCard:
    fid = figure_id(report.id, figure.key)
    label = figure_label(figure)
    if figure.state is FigureState.NOT_REPORTED:
        return FigureCard(fid, figure.key, label, "Not reported", "not-reported")
    if figure.state is FigureState.TODO:
        return FigureCard(fid, figure.key, label, TODO, "todo")
    note = ""
    percent = share(figure, report.launched) if figure.key != "launched" else None
    if percent is not None:
        note = f"{percent}% of launched"
    return FigureCard(fid, figure.key, label, figure_value(figure), "reported", figure.count,
                      note, href(fid))  # fmt: skip


def _derived_card(report: StrikeReport, left: Derived, href: _Href) -> FigureCard:
    fid = figure_id(report.id, "unaccounted")
    if left.value is None:
        return FigureCard(fid, "unaccounted", "Unaccounted for", "Cannot be worked out",
                          "not-reported", note=f"Derived, but {left.reason}")  # fmt: skip
    percent = share(left, report.launched)
    note = f"Derived: {left.formula}" + (f" ({percent}% of launched)" if percent else "")
    return FigureCard(fid, "unaccounted", "Unaccounted for", f"{left.value:,}", "derived",
                      left.value, note, href(fid))  # fmt: skip


def _party_name(facts: FactSheet, party_id: str) -> str:
    party = facts.party(party_id)
    return party.name if party else party_id


def _positions_table(facts: FactSheet, href: _Href) -> PositionsTable:
    parties = [(p.id, p.name) for p in facts.parties]
    issues = [(i.id, i.name) for i in facts.issues]

    def cell(issue_id: str, party_id: str, row: str, column: str) -> Cell:
        issue = next(i for i in facts.issues if i.id == issue_id)
        position = issue.positions.get(party_id)
        return _cell(facts, issue_id, issue.name, party_id, position, row, column, href)

    if facts.table_rows is TableRows.PARTIES:
        rows = tuple((pid, name, tuple(cell(iid, pid, name, iname) for iid, iname in issues))
                     for pid, name in parties)  # fmt: skip
        return PositionsTable("Where each party stands, issue by issue", "Party",
                              tuple(issues), rows)  # fmt: skip
    rows = tuple((iid, name, tuple(cell(iid, pid, name, pname) for pid, pname in parties))
                 for iid, name in issues)  # fmt: skip
    return PositionsTable("Where each party stands, issue by issue", "Issue",
                          tuple(parties), rows)  # fmt: skip


def _cell(facts: FactSheet, issue_id: str, issue_name: str, party_id: str,
          position: Position | None, row: str, column: str, href: _Href) -> Cell:  # fmt: skip
    pid = position_id(issue_id, party_id)
    party = _party_name(facts, party_id)
    if position is None:
        return Cell(pid, row, column, party, issue_name, "not-stated", NOT_STATED_LABEL, "—")
    label, icon = STANCES[position.stance]
    quote = facts.quote(position.quote)
    quote_text = " … ".join(w.text for w in quote.words) if quote else ""
    return Cell(pid, row, column, party, issue_name, position.stance.value, label, icon,
                position.summary, quote_text,
                "#" + quote_id(quote.id) if quote else None,
                href(pid))  # fmt: skip


def _speakers(facts: FactSheet, href: _Href) -> list[SpeakerView]:
    speakers: dict[str, SpeakerView] = {}
    for quote in facts.quotes:
        if quote.speaker not in speakers:
            person = facts.person(quote.speaker)
            party = facts.party(person.party) if person else None
            speakers[quote.speaker] = SpeakerView(
                speaker_id(quote.speaker),
                person.name if person else quote.speaker,
                (person.title or "") if person else "",
                party.name if party else "",
            )
        channel = quote.channel.name if quote.channel else "Where: not stated in the article"
        speakers[quote.speaker].quotes.append(
            QuoteView(quote_id(quote.id), tuple(w.text for w in quote.words), channel,
                      quote.context or "", href(quote_id(quote.id)))  # fmt: skip
        )
    return list(speakers.values())

