"""The night in figures: each side's figures for the night, derived ones labelled as such.

A report that gives at least two of the main figures (launched, shot down, suppressed) is
shown as a strip of numbers; one that gives fewer is told in a sentence ("Russia's
Ministry of Defense gave only the number intercepted: 8"), never as a row of empty cards.
Every figure keeps its element id, so its passage on the article page links back to it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.factsheet.derived import Derived, unaccounted
from generator.factsheet.model import TODO, FactSheet, Figure, FigureState, StrikeReport
from generator.pages.citations import figure_label, figure_value
from generator.pages.ids import figure_id, impact_figure_id, report_id
from generator.pages.sections import Href
from generator.web.bidi import isolate
from generator.web.templating import long_date

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
    qualifier: str = ""  # "at least", shown smaller than the number it qualifies
    number: str = ""  # "4" of "at least 4"


@dataclass(frozen=True)
class ReportView:
    id: str
    title: str
    source: str
    night: str
    weapon: str
    cards: tuple[FigureCard, ...]  # the main figures and the derived one
    extras: tuple[FigureCard, ...]  # killed, injured, regions hit, where reported
    not_reported: tuple[str, ...]

    @property
    def as_strip(self) -> bool:
        """Two or more main figures reported: a strip of numbers; fewer: a sentence."""
        return sum(card.state == "reported" for card in self.cards[:3]) >= 2

    @property
    def reported(self) -> tuple[FigureCard, ...]:
        return tuple(card for card in self.cards if card.state in ("reported", "derived"))

    @property
    def missing(self) -> tuple[FigureCard, ...]:
        return tuple(card for card in self.cards[:3] if card.state != "reported")


def report_views(facts: FactSheet, href: Href) -> list[ReportView]:
    return [_report_view(facts, report, href) for report in facts.strike_reports]


def impact_view(facts: FactSheet, href: Href) -> ReportView | None:
    """The attack's toll (`impact:`), when the fact sheet gives it: a line of words with
    what the article reports, the rest named as not reported."""
    impact = facts.impact
    if impact is None:
        return None
    cards = []
    for figure in impact.figures:
        if figure.state is FigureState.NOT_REPORTED:
            continue
        card = _figure_card(None, figure, href)
        cards.append(card)
    source = facts.person(impact.reported_by)
    return ReportView(
        id=report_id("-impact"),
        title="Across the attack",
        source=source.name if source else "",
        night="",
        weapon="",
        cards=(),
        extras=tuple(cards),
        not_reported=tuple(
            figure_label(f).lower() for f in impact.figures if f.state is FigureState.NOT_REPORTED
        ),
    )


def _report_view(facts: FactSheet, report: StrikeReport, href: Href) -> ReportView:
    cards = [_figure_card(report, getattr(report, key), href) for key in MAIN_FIGURES]
    cards.append(_derived_card(report, unaccounted(report), href))
    extras = [getattr(report, key) for key in EXTRA_FIGURES]
    extra_cards = [
        _figure_card(report, f, href) for f in extras if f.state is not FigureState.NOT_REPORTED
    ]
    source = facts.person(report.reported_by)
    return ReportView(
        id=report_id(report.id),
        title=f"{party_name(facts, report.attacker)} on {party_name(facts, report.target)}",
        source=source.name if source else report.reported_by,
        night=long_date(report.night_of) if report.night_of else "",
        weapon=report.weapon,
        cards=tuple(cards),
        extras=tuple(extra_cards),
        not_reported=tuple(
            figure_label(f).lower() for f in extras if f.state is FigureState.NOT_REPORTED
        ),
    )


def _figure_card(report: StrikeReport | None, figure: Figure, href: Href) -> FigureCard:
    """A figure's card; `report` None for the attack's toll."""
    fid = figure_id(report.id, figure.key) if report else impact_figure_id(figure.key)
    label = figure_label(figure)
    if figure.state is FigureState.NOT_REPORTED:
        return FigureCard(fid, figure.key, label, "Not reported", "not-reported")
    if figure.state is FigureState.TODO:
        return FigureCard(fid, figure.key, label, TODO, "todo")
    note = ""  # shares are the chart's: the strip gives the counts
    return FigureCard(
        fid,
        figure.key,
        label,
        figure_value(figure),
        "reported",
        figure.count,
        note,
        href(fid),
        figure.shown_qualifier or "",
        f"{figure.count:,}" if figure.count is not None else "",
    )


def _derived_card(report: StrikeReport, left: Derived, href: Href) -> FigureCard:
    fid = figure_id(report.id, "unaccounted")
    if left.value is None:
        return FigureCard(
            fid,
            "unaccounted",
            "Unaccounted for",
            "Cannot be worked out",
            "not-reported",
            note=f"Derived, but {left.reason}",
        )
    note = "derived"  # the strip's note under it says how (figure.css hatches it too)
    return FigureCard(
        fid,
        "unaccounted",
        "Unaccounted for",
        f"{left.value:,}",
        "derived",
        left.value,
        note,
        href(fid),
    )


def party_name(facts: FactSheet, party_id: str) -> str:
    """A party's name, isolated (`generator.web.bidi`): it is set among other words."""
    party = facts.party(party_id)
    return isolate(party.name if party else party_id)
