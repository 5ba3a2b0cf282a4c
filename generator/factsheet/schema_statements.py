"""The fact sheet format: people, quotes, issues and positions, timeline, corrections."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.factsheet.model import (
    NOT_STATED,
    TODO,
    Channel,
    Correction,
    Evidence,
    Issue,
    Loc,
    PartyKind,
    Person,
    Position,
    Quote,
    Stance,
    TimelineEvent,
)
from generator.factsheet.schema_kinds import DateOrTodo, EvidenceText, QuoteWords
from generator.yamlformat.scalars import Choice, Literal, Ref, Text
from generator.yamlformat.spec import INVALID
from generator.yamlformat.structures import Entry, FieldSpec, MapOf, OneOf, Struct

PERSON = Struct(
    name="a person",
    doc="A person or institution that speaks or reports figures.",
    build=lambda loc, name, kind, title, party: Person(
        "", name, PartyKind(kind), title, party, loc
    ),
    fields=[
        FieldSpec("name", Text(max_length=80), "the name as the article writes it"),
        FieldSpec(
            "kind",
            Choice(values=("person", "institution"), todo_allowed=False),
            "`person` (the default) or `institution`",
            required=False,
            default="person",
        ),
        FieldSpec(
            "title",
            Text(max_length=80),
            "the title the article gives (for example 'Ukrainian President')",
            required=False,
        ),
        FieldSpec("party", Ref(target="parties"), "the party they speak for", required=False),
    ],
)

CHANNEL = OneOf(
    phrase=Literal(phrase=NOT_STATED),
    struct=Struct(
        name="a channel",
        doc="Where the words were said or written.",
        build=lambda loc, name, evidence: Channel(name, evidence, loc),
        fields=[
            FieldSpec(
                "name",
                Text(max_length=60),
                "for example 'Truth Social post', "
                "'Kremlin statement', 'Oval Office remarks', 'Telegram post'",
            ),
            FieldSpec("evidence", EvidenceText(), "the passage that says where"),
        ],
    ),
    on_phrase=lambda loc: None,
    on_todo=lambda loc: Channel(TODO, None, loc),
)

QUOTE = Struct(
    name="a quote",
    doc="A statement in the speaker's own words, exactly as the article quotes it.",
    build=lambda loc, speaker, channel, words, context: Quote(
        "", speaker, channel, words, loc, context
    ),
    fields=[
        FieldSpec("speaker", Ref(target="people"), "who said it (an id from `people`)"),
        FieldSpec("channel", CHANNEL, "where it was said, or `not stated`"),
        FieldSpec(
            "words",
            QuoteWords(),
            "the exact words; for a quote split around 'he said', a list of its fragments",
        ),
        FieldSpec(
            "context",
            Text(max_length=200),
            "what the words answer, when that helps "
            "a reader (for example 'Asked whether he proposed a meeting')",
            required=False,
        ),
    ],
)


def _build_position(
    loc: Loc, stance: str, summary: str, evidence: Evidence | None, quote: str | None
) -> Position:
    return Position("", Stance(stance), summary, evidence, loc, quote)


POSITION = OneOf(
    phrase=Literal(phrase=NOT_STATED),
    struct=Struct(
        name="a position",
        doc="Where a party stands on an issue, as the article reports it.",
        build=_build_position,
        fields=[
            FieldSpec(
                "stance",
                Choice(values=tuple(s.value for s in Stance if s is not Stance.TODO)),
                "the stance, in one word",
            ),
            FieldSpec("summary", Text(max_length=200), "the position in one line"),
            FieldSpec("evidence", EvidenceText(), "the passage that states it"),
            FieldSpec(
                "quote", Ref(target="quotes"), "the id of a quote that supports it", required=False
            ),
        ],
    ),
    on_phrase=lambda loc: None,
    on_todo=lambda loc: Position("", Stance.TODO, TODO, None, loc),
)


def _build_issue(loc: Loc, name: str, positions: tuple[Entry, ...]) -> Any:
    if any(e.value is INVALID for e in positions):
        return INVALID
    cells = {e.key: None if e.value is None else replace(e.value, party=e.key) for e in positions}
    return Issue("", name, cells, loc)


ISSUE = Struct(
    name="an issue",
    doc="A question the parties disagree on, and each party's position.",
    build=_build_issue,
    fields=[
        FieldSpec("name", Text(max_length=60), "the issue as a reader knows it"),
        FieldSpec(
            "positions",
            MapOf(value=POSITION, key_doc="party id"),
            "for every party: its position, or `not stated`",
        ),
    ],
)

TIMELINE_EVENT = Struct(
    name="a timeline event",
    doc="Something that happened, in the order it happened.",
    build=lambda loc, when, date, text, evidence: TimelineEvent(when, text, evidence, loc, date),
    fields=[
        FieldSpec("when", Text(max_length=60), "when, in words (for example 'Monday, late')"),
        FieldSpec("date", DateOrTodo(), "the date, when it is known", required=False),
        FieldSpec("text", Text(max_length=240), "what happened, in one line"),
        FieldSpec("evidence", EvidenceText(), "the passage that reports it"),
    ],
)

CORRECTION = Struct(
    name="a correction",
    doc="A correction published with the story.",
    build=lambda loc, date, text: Correction(date, text, loc),
    fields=[
        FieldSpec("date", DateOrTodo(), "the date of the correction"),
        FieldSpec("text", Text(max_length=600, paragraph=True), "what was corrected"),
    ],
)
