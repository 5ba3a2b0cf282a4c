"""The fact sheet format: strike reports and their figures."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.article.numbers import QUALIFIERS
from generator.factsheet.model import (
    FIGURE_KEYS,
    NOT_REPORTED,
    TODO,
    Evidence,
    Figure,
    FigureState,
    Impact,
    Loc,
    StrikeReport,
    WeaponKind,
)
from generator.factsheet.schema_kinds import DateOrTodo, EvidenceText
from generator.yamlformat.scalars import Choice, Count, Literal, Ref, Text
from generator.yamlformat.structures import FieldSpec, ListOf, OneOf, Struct


def _build_figure(
    loc: Loc, count: Any, qualifier: str | None, label: str | None, evidence: Evidence | None
) -> Figure:
    if count == TODO or evidence is None:
        return Figure("", FigureState.TODO, loc, None, qualifier, label, evidence)
    return Figure("", FigureState.REPORTED, loc, count, qualifier, label, evidence)


FIGURE = OneOf(
    phrase=Literal(phrase=NOT_REPORTED),
    struct=Struct(
        name="a figure",
        doc="A count the article states, with the passage that states it.",
        build=_build_figure,
        fields=[
            FieldSpec("count", Count(), "the number, in digits, as the article gives it"),
            FieldSpec(
                "qualifier",
                Choice(values=tuple(QUALIFIERS)),
                "how the article hedges the number, when it does ('at least four regions'); "
                "a range keeps its first end ('between 30 and 40' is `between` with 30), "
                "which readers see as 'at least 30'",
                required=False,
            ),
            FieldSpec(
                "label",
                Text(max_length=40),
                "the article's own word for this figure, shown instead of the usual label "
                "(for example 'Intercepted')",
                required=False,
            ),
            FieldSpec("evidence", EvidenceText(), "the passage of the article that gives it"),
        ],
    ),
    on_phrase=lambda loc: Figure("", FigureState.NOT_REPORTED, loc),
    on_todo=lambda loc: Figure("", FigureState.TODO, loc),
    on_scalar=(
        "`{label}` is a figure with its evidence, not a bare number",
        "write `count: {value}` and `evidence:` (the passage that says so) under it, or "
        "`not reported` if the article does not give it",
    ),
)

_FIGURE_DOCS = {
    "launched": "how many were launched or fired",
    "shot_down": "how many were shot down or destroyed by air defence",
    "suppressed": "how many were stopped by electronic warfare ('disrupted', "
    "'neutralized mid-flight', 'locationally lost')",
    "killed": "people killed",
    "injured": "people injured",
    "regions_hit": "how many regions were hit",
}


def _build_report(loc: Loc, **values: Any) -> StrikeReport:
    for key in FIGURE_KEYS:
        values[key] = replace(values[key], key=key)
    values["weapon_kind"] = WeaponKind(values["weapon_kind"])
    return StrikeReport(id="", loc=loc, **values)


STRIKE_REPORT = Struct(
    name="a strike report",
    doc="What one side reports about one night of strikes.",
    build=_build_report,
    derived={
        "unaccounted": "the generator works it out as launched - shot_down - suppressed",
        "intercepted": "write it as `shot_down`, with `label: Intercepted`",
    },
    fields=[
        FieldSpec(
            "reported_by",
            Ref(target="people"),
            "who gives these figures (an id from `people`, for example `ukraine-air-force`)",
        ),
        FieldSpec("attacker", Ref(target="parties"), "the party that launched the strikes"),
        FieldSpec("target", Ref(target="parties"), "the party that was attacked"),
        FieldSpec(
            "weapon",
            Text(max_length=80),
            "what was launched, in the article's words (for example 'Iranian-made Shahed drones')",
        ),
        FieldSpec(
            "weapon_kind",
            Choice(values=tuple(k.value for k in WeaponKind if k is not WeaponKind.TODO)),
            "drones, missiles, or both",
        ),
        FieldSpec(
            "night_of",
            DateOrTodo(),
            "the evening's date: the night of strikes began that evening and ran into the "
            "next morning (a night of 19–20 May is 2025-05-19)",
        ),
        *(FieldSpec(key, FIGURE, _FIGURE_DOCS[key] + "; or `not reported`") for key in FIGURE_KEYS),
        FieldSpec(
            "regions",
            ListOf(item=Text(max_length=80)),
            "the regions hit, by name, where the article lists them",
            required=False,
            default=(),
        ),
    ],
)


def _build_impact(loc: Loc, reported_by: str | None, **figures: Figure) -> Impact:
    named = {key: replace(figures[key], key=key) for key in ("killed", "injured", "regions_hit")}
    return Impact(reported_by=reported_by, loc=loc, **named)


IMPACT = Struct(
    name="the attack's toll",
    doc="Killed, injured and regions hit across the whole attack, when the article gives "
    "them for the night rather than in one side's report of one weapon. Each figure "
    "carries its own passage; a strike report then need not repeat them.",
    build=_build_impact,
    fields=[
        FieldSpec(
            "reported_by",
            Ref(target="people"),
            "who gives the toll (an id from `people`), when the article names a source",
            required=False,
        ),
        *(
            FieldSpec(
                key,
                FIGURE,
                _FIGURE_DOCS[key] + " in the whole attack; or `not reported`",
                required=False,
                default=Figure(key, FigureState.NOT_REPORTED, Loc(0, 0)),
            )
            for key in ("killed", "injured", "regions_hit")
        ),
    ],
)
