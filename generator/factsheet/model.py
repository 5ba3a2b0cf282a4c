"""The typed fact sheet: the only thing the page, chart and table code ever reads.

Everything here is frozen and already validated: counts are counts, references resolve,
every stated number and position carries a passage found in the article. A figure the
source did not give is `FigureState.NOT_REPORTED`, never 0; a field an editor has not
filled in yet holds the placeholder `TODO`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

# Re-exported: a position and the placeholder are part of the model's types.
from generator.yamlformat.spec import TODO as TODO
from generator.yamlformat.spec import Loc as Loc

NOT_REPORTED = "not reported"
NOT_STATED = "not stated"


class Status(StrEnum):
    DRAFT = "draft"
    READY = "ready"


class Stance(StrEnum):
    SUPPORTS = "supports"
    OPPOSES = "opposes"
    CONDITIONAL = "conditional"
    UNCLEAR = "unclear"
    TODO = TODO


class WeaponKind(StrEnum):
    DRONES = "drones"
    MISSILES = "missiles"
    MIXED = "drones and missiles"
    TODO = TODO


class PartyKind(StrEnum):
    PERSON = "person"
    INSTITUTION = "institution"


class TableRows(StrEnum):
    ISSUES = "issues"
    PARTIES = "parties"


class FigureState(StrEnum):
    REPORTED = "reported"
    NOT_REPORTED = NOT_REPORTED
    TODO = TODO


@dataclass(frozen=True)
class Evidence:
    """A passage copied from the article that states a fact."""

    text: str
    loc: Loc


@dataclass(frozen=True)
class Correction:
    date: date | None
    text: str
    loc: Loc


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    loc: Loc


@dataclass(frozen=True)
class Person:
    """A person or an institution that speaks or reports figures."""

    id: str
    name: str
    kind: PartyKind
    title: str | None
    party: str | None
    loc: Loc


@dataclass(frozen=True)
class Figure:
    """One count in a strike report: reported (with evidence), not reported, or TODO."""

    key: str
    state: FigureState
    loc: Loc
    count: int | None = None
    qualifier: str | None = None
    label: str | None = None
    evidence: Evidence | None = None

    @property
    def is_reported(self) -> bool:
        return self.state is FigureState.REPORTED

    @property
    def is_exact(self) -> bool:
        return self.is_reported and self.qualifier is None

    @property
    def shown_qualifier(self) -> str | None:
        """The hedge as a reader reads it beside the count. A range keeps only its first
        end in the fact sheet ("between 30 and 40" is `qualifier: between`, count 30),
        and "between 30" alone says nothing: the reader gets what the range implies."""
        return "at least" if self.qualifier == "between" else self.qualifier


FIGURE_KEYS = ("launched", "shot_down", "suppressed", "killed", "injured", "regions_hit")


IMPACT_KEYS = ("killed", "injured", "regions_hit")


@dataclass(frozen=True)
class Impact:
    """The night's toll for the whole attack, whatever the weapon: killed, injured and
    regions hit often belong to no one strike report (a mayor's or a governor's count)."""

    reported_by: str | None  # an id from people, or None when the article names no source
    killed: Figure
    injured: Figure
    regions_hit: Figure
    loc: Loc

    @property
    def figures(self) -> tuple[Figure, ...]:
        return (self.killed, self.injured, self.regions_hit)


@dataclass(frozen=True)
class StrikeReport:
    """What one side reports about one night of strikes."""

    id: str
    reported_by: str
    attacker: str
    target: str
    weapon: str
    weapon_kind: WeaponKind
    night_of: date | None
    launched: Figure
    shot_down: Figure
    suppressed: Figure
    killed: Figure
    injured: Figure
    regions_hit: Figure
    loc: Loc
    regions: tuple[str, ...] = ()

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(getattr(self, key) for key in FIGURE_KEYS)


@dataclass(frozen=True)
class Channel:
    """Where a quote was said, as the article names it."""

    name: str
    evidence: Evidence | None
    loc: Loc


@dataclass(frozen=True)
class Quote:
    id: str
    speaker: str
    channel: Channel | None  # None: the article does not say where
    words: tuple[Evidence, ...]  # one passage, or the fragments of a split quote
    loc: Loc
    context: str | None = None

    @property
    def is_split(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Position:
    party: str
    stance: Stance
    summary: str
    evidence: Evidence | None
    loc: Loc
    quote: str | None = None


@dataclass(frozen=True)
class Issue:
    id: str
    name: str
    positions: dict[
        str, Position | None
    ]  # by party id, in the fact sheet's order; None: not stated
    loc: Loc


@dataclass(frozen=True)
class TimelineEvent:
    when: str
    text: str
    evidence: Evidence | None
    loc: Loc
    date: date | None = None


@dataclass(frozen=True)
class EditorNote:
    text: str
    loc: Loc


@dataclass(frozen=True)
class FactSheet:
    slug: str
    status: Status
    headline: str
    summary: str
    dateline: str
    publication: str
    byline: str
    article: str
    article_source: str
    events_date: date | None
    published: date | None
    updated: date | None
    corrections: tuple[Correction, ...]
    parties: tuple[Party, ...]
    people: tuple[Person, ...]
    strike_reports: tuple[StrikeReport, ...]
    quotes: tuple[Quote, ...]
    issues: tuple[Issue, ...]
    timeline: tuple[TimelineEvent, ...]
    editor_notes: tuple[EditorNote, ...]
    internal_notes: tuple[str, ...]
    table_rows: TableRows
    path: str = ""
    impact: Impact | None = None  # the whole attack's toll, with its own passages
    # where each top-level key is written, for messages about a field
    field_locs: dict[str, Loc] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_draft(self) -> bool:
        return self.status is Status.DRAFT

    def party(self, party_id: str | None) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def person(self, person_id: str | None) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def quote(self, quote_id: str | None) -> Quote | None:
        return next((q for q in self.quotes if q.id == quote_id), None)
