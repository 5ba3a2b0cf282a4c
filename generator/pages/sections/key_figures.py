"""Key-figure cards: each side's figures for the night, derived ones labelled as such."""

from __future__ import annotations

from dataclasses import dataclass

from generator.factsheet.derived import Derived, share, unaccounted
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
    cards: tuple[FigureCard, ...]
    not_reported: tuple[str, ...]


def report_views(facts: FactSheet, href: Href) -> list[ReportView]:
    return [_report_view(facts, report, href) for report in facts.strike_reports]


def impact_view(facts: FactSheet, href: Href) -> ReportView | None:
    """The attack's toll (`impact:`), when the fact sheet gives it: cards for what the
    article reports, the rest named as not reported."""
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
        cards=tuple(cards),
        not_reported=tuple(
            figure_label(f).lower() for f in impact.figures if f.state is FigureState.NOT_REPORTED
        ),
    )


def _report_view(facts: FactSheet, report: StrikeReport, href: Href) -> ReportView:
    cards = [_figure_card(report, getattr(report, key), href) for key in MAIN_FIGURES]
    cards.append(_derived_card(report, unaccounted(report), href))
    extras = [getattr(report, key) for key in EXTRA_FIGURES]
    cards += [
        _figure_card(report, f, href) for f in extras if f.state is not FigureState.NOT_REPORTED
    ]
    source = facts.person(report.reported_by)
    return ReportView(
        id=report_id(report.id),
        title=f"{party_name(facts, report.attacker)} on {party_name(facts, report.target)}",
        source=source.name if source else report.reported_by,
        night=long_date(report.night_of, weekday=True) if report.night_of else "",
        weapon=report.weapon,
        cards=tuple(cards),
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
    percent = share(figure, report.launched) if report and figure.key != "launched" else None
    note = f"{percent}% of launched" if percent is not None else ""
    return FigureCard(
        fid,
        figure.key,
        label,
        figure_value(figure),
        "reported",
        figure.count,
        note,
        href(fid),
        figure.qualifier or "",
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
    percent = share(left, report.launched)
    note = f"Derived: {left.formula}" + (f" ({percent}% of launched)" if percent else "")
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
