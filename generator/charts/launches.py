"""The launches-vs-interceptions chart of a fact sheet: one bar per strike report (per
night and direction), launched as the whole, split into shot down, suppressed and
unaccounted for (derived by `generator.factsheet.derived`, never typed in).

Each report keeps its own source: Russia's claim about Ukrainian drones is its own bar,
never added to Ukraine's Air Force figures.
"""

from __future__ import annotations

from datetime import date

from generator.article.roles import words_for
from generator.charts.model import Bar, ChartData, Layout, Measure, Value
from generator.factsheet.derived import share, stopped, unaccounted
from generator.factsheet.model import FactSheet, Figure, FigureState, StrikeReport, WeaponKind
from generator.web.bidi import isolate
from generator.web.templating import long_date

CHART_ID = "launches"

LAUNCHED = Measure("launched", "Launched", "launched", "total")
SHOT_DOWN = Measure("shot_down", "Shot down", "shot down", "shot-down")
SUPPRESSED = Measure("suppressed", "Suppressed", "suppressed by electronic warfare", "suppressed")
UNACCOUNTED = Measure(
    "unaccounted", "Unaccounted for", "unaccounted for", "unaccounted", derived=True
)
UNACCOUNTED_FORMULA = "launched − shot down − suppressed"

_UNITS = {
    WeaponKind.DRONES: "drones",
    WeaponKind.MISSILES: "missiles",
    WeaponKind.MIXED: "drones and missiles",
}


def launches_data(facts: FactSheet) -> ChartData | None:
    """The chart's data, or None for a fact sheet without strike reports."""
    if not facts.strike_reports:
        return None
    reports = _in_night_order(facts.strike_reports)
    bars = tuple(_bar(facts, report) for report in reports)
    return ChartData(
        id=CHART_ID,
        title=launches_title(facts, reports),
        unit=_unit(reports),
        total=LAUNCHED,
        parts=(SHOT_DOWN, SUPPRESSED, UNACCOUNTED),
        bars=bars,
        layout=Layout.ROWS,
        sources=_sources(facts, reports),
    )


def _in_night_order(reports: tuple[StrikeReport, ...]) -> list[StrikeReport]:
    """Oldest night first, so several nights read as a series; the fact sheet's order
    within a night; undated reports last."""
    return sorted(reports, key=lambda r: (r.night_of is None, r.night_of or date.min))


def _bar(facts: FactSheet, report: StrikeReport) -> Bar:
    left = unaccounted(report)
    if left.value is None:
        rest = Value.not_derivable(f"{left.reason}")
    else:
        note = f"{UNACCOUNTED_FORMULA} = {left.formula}"
        rest = Value.derived(left.value, note, share(left, report.launched))
    source = _source_name(facts, report)
    night = f"night of {long_date(report.night_of)}" if report.night_of else "night not given"
    return Bar(
        key=report.id,
        label=f"{_party(facts, report.attacker)} on {_party(facts, report.target)}",
        detail=f"{isolate(report.weapon)} · {source} · {night}",
        source=source,
        night=report.night_of,
        total=_value(report.launched, None),
        parts=(
            _value(report.shot_down, report.launched),
            _value(report.suppressed, report.launched),
            rest,
        ),
        part_labels=(_label(report.shot_down), _label(report.suppressed), None),
        subject=isolate(report.weapon),
    )


def _value(figure: Figure, whole: Figure | None) -> Value:
    if figure.state is FigureState.NOT_REPORTED:
        return Value.not_reported()
    if figure.state is FigureState.TODO or figure.count is None:
        return Value.todo()
    percent = share(figure, whole) if whole is not None else None
    return Value.reported(figure.count, figure.shown_qualifier, percent)


def launches_title(facts: FactSheet, reports: list[StrikeReport]) -> str:
    """The finding, from the report with the most launches: what was stopped of what
    was launched, and what is unaccounted for."""
    exact = [r for r in reports if r.launched.is_exact]
    if exact:
        report = max(exact, key=lambda r: r.launched.count or 0)
        unit = _UNITS.get(report.weapon_kind, "weapons")
        source = _source_name(facts, report)
        launched = f"{report.launched.count:,}"
        both, left = stopped(report), unaccounted(report)
        downed = isolate((report.shot_down.label or "shot down").lower())
        # A share, not the counts: the counts are in the bars, the headline and the
        # figures above the chart, and a page that repeats a number tires its reader.
        if both.value is not None and left.value is not None and report.launched.count:
            percent = round(100 * both.value / report.launched.count)
            return f"{source}: {percent}% of the {unit} {downed} or suppressed"
        if report.shot_down.is_exact:
            return f"{source}: {report.shot_down.count:,} of {launched} {unit} {downed}"
        return f"{source}: {launched} {unit} launched"
    for report in reports:
        if report.shot_down.is_reported:
            what = isolate((report.shot_down.label or "shot down").lower())
            count = f"{report.shot_down.shown_qualifier or ''} {report.shot_down.count:,}".strip()
            return f"{_source_name(facts, report)}: {count} {isolate(report.weapon)} {what}"
    return "What each source reports was launched, and what became of it"


def _sources(facts: FactSheet, reports: list[StrikeReport]) -> tuple[str, ...]:
    """The caption's one line of sources: whose figures, which ones, and what is ours."""
    parts = []
    derived = False
    for report in reports:
        given = [
            isolate((f.label or name).lower())
            for f, name in (
                (report.launched, "launched"),
                (report.shot_down, "shot down"),
                (report.suppressed, "suppressed"),
            )
            if f.is_reported
        ]
        derived = derived or unaccounted(report).value is not None
        if given and _own_word(report) and len(given) == 1:
            # the source's word, quoted, and where the chart puts its figure
            given = [f"“{given[0]}”, drawn as shot down"]
        what = _join(given) if given else "no figures"
        parts.append(f"{_source_name(facts, report)} ({what})")
    line = f"{_join(parts)}, as reported in the article."
    ours = (f"Unaccounted for: derived by us, {UNACCOUNTED_FORMULA}.",) if derived else ()
    return (line, *_terms(facts, reports), *ours)


def _terms(facts: FactSheet, reports: list[StrikeReport]) -> list[str]:
    """The chart's words defined once, each with the source's own: what "suppressed"
    means (a reader meets it in the figures, the chart, the table and the tracker), and
    a source's word shown in place of "shot down" (Russia's "intercepted"), whose figure
    the chart draws with those shot down."""
    terms = []
    given = next((r.suppressed for r in reports if r.suppressed.is_reported), None)
    if given is not None:
        words = words_for("suppressed", given.evidence.text) if given.evidence else None
        said = f" (“{words}”, the article says)" if words else ""
        terms.append(f"Suppressed: stopped by electronic warfare{said}.")
    for report in reports:
        label = _own_word(report)
        alone = not (report.launched.is_reported or report.suppressed.is_reported)
        if label and not alone:  # alone, the sources' line says it
            person = facts.person(report.reported_by)
            party = facts.party(person.party) if person and person.party else None
            word = isolate(label[:1].upper() + label[1:])
            whose = (
                f"{_possessive(party.name)} word"
                if party
                else f"the word of {_source_name(facts, report)}"
            )
            terms.append(f"{word}: {whose}, drawn as shot down.")
    return terms


def _own_word(report: StrikeReport) -> str | None:
    """The source's own word for its shot down figure ("Intercepted"), if it has one."""
    label = report.shot_down.label
    if label and report.shot_down.is_reported and label.lower() != "shot down":
        return label
    return None


def _possessive(name: str) -> str:
    """ "Russia’s", "United States’" (a name ending in s takes the apostrophe alone)."""
    return isolate(name) + ("’" if name.endswith("s") else "’s")


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _unit(reports: list[StrikeReport]) -> str:
    units = {_UNITS.get(r.weapon_kind, "weapons") for r in reports}
    if len(units) == 1:
        return units.pop()
    return "weapons" if "weapons" in units else "drones and missiles"


# Names are isolated (`generator.web.bidi`): the chart's sentences set them among its words.
def _party(facts: FactSheet, party_id: str) -> str:
    party = facts.party(party_id)
    return isolate(party.name if party else party_id)


def _label(figure: Figure) -> str | None:
    return isolate(figure.label) if figure.label else figure.label


def _source_name(facts: FactSheet, report: StrikeReport) -> str:
    person = facts.person(report.reported_by)
    return isolate(person.name if person else report.reported_by)
