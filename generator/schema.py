"""The fact sheet format, described once: read by `spec.Reader`, exported as JSON Schema
(`explainer schema`) and documented in FACTSHEET.md from the same descriptions.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from yaml.nodes import Node, ScalarNode, SequenceNode

from generator.factsheet import (
    FIGURE_KEYS,
    NOT_REPORTED,
    NOT_STATED,
    TODO,
    Channel,
    Correction,
    EditorNote,
    Evidence,
    Figure,
    FigureState,
    Issue,
    Loc,
    Party,
    PartyKind,
    Person,
    Position,
    Quote,
    Stance,
    StrikeReport,
    TableRows,
    TimelineEvent,
    WeaponKind,
)
from generator.numbers import QUALIFIERS
from generator.spec import (
    INVALID,
    Choice,
    Count,
    Date,
    Entry,
    FieldSpec,
    Ident,
    Kind,
    ListOf,
    Literal,
    MapOf,
    OneOf,
    Reader,
    Ref,
    Struct,
    Text,
    describe_node,
    loc_of,
)

SCHEMA_FILE = "generator/factsheet.schema.json"
EVIDENCE_MIN_WORDS = 3


class EvidenceText(Text):
    """A passage copied from the article, remembered with its place in the fact sheet."""

    def __init__(self, min_words: int = EVIDENCE_MIN_WORDS) -> None:
        super().__init__(max_length=600, paragraph=True, min_words=min_words)

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        text = super().read_value(node, r, label)
        return text if text is INVALID else Evidence(text, loc_of(node))

    def todo_value(self, loc: Loc) -> Any:
        return None

    def describe(self) -> str:
        return "a passage copied from the article"


class NoteText(Text):
    def __init__(self) -> None:
        super().__init__(max_length=1200, paragraph=True)

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        text = super().read_value(node, r, label)
        return text if text is INVALID else EditorNote(text, loc_of(node))

    def todo_value(self, loc: Loc) -> Any:
        return EditorNote(TODO, loc)


class QuoteWords(Kind):
    """The quoted words: one passage, or a list of fragments of a quote split by "he said"."""

    todo_allowed = False

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        fragment = EvidenceText(min_words=1)
        if isinstance(node, ScalarNode):
            words = fragment.read(node, r, label)
            return INVALID if words is INVALID else (words,)
        if isinstance(node, SequenceNode) and node.value:
            fragments = [fragment.read(child, r, label) for child in node.value]
            return INVALID if INVALID in fragments else tuple(fragments)
        return r.error(
            node, f"`words` should be the quoted text, not {describe_node(node)}", self.hint()
        )

    def json_schema(self) -> dict[str, Any]:
        text = {"type": "string", "minLength": 1}
        return {"anyOf": [text, {"type": "array", "items": text, "minItems": 1}]}

    def describe(self) -> str:
        return "the words as the article quotes them, or a list of fragments"


class DateOrTodo(Date):
    def todo_value(self, loc: Loc) -> Any:
        return None


class ArticlePath(Text):
    todo_allowed = False


# --- strike reports ---------------------------------------------------------------


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
                "how the article hedges the number, when it does ('at least four regions')",
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
        FieldSpec("night_of", DateOrTodo(), "the date on which the night of strikes began"),
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

# --- people, quotes, issues -------------------------------------------------------

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


def _todo_choice(values: tuple[str, ...]) -> Choice:
    return Choice(values=values, todo_allowed=False)


FACT_SHEET = Struct(
    name="the fact sheet",
    doc="Everything an explainer says, each fact with its passage in the article.",
    fields=[
        FieldSpec("slug", Ident(), "the explainer's address: /<slug>/ (the folder's name)"),
        FieldSpec(
            "status",
            _todo_choice(("draft", "ready")),
            "`draft` (previewed, never published) or `ready`",
        ),
        FieldSpec("headline", Text(max_length=140), "the explainer's headline"),
        FieldSpec("summary", Text(max_length=800, paragraph=True), "one paragraph"),
        FieldSpec("dateline", Text(max_length=60), "where the article was filed, as it says"),
        FieldSpec("publication", Text(max_length=80), "the newsroom that publishes this"),
        FieldSpec("byline", Text(max_length=120), "who wrote the explainer"),
        FieldSpec(
            "article",
            ArticlePath(max_length=200),
            "the article's file, relative to the project (under seeds/)",
        ),
        FieldSpec(
            "article_source",
            Text(max_length=120),
            "who published the article (credited under Sources)",
            required=False,
            default="the source article",
        ),
        FieldSpec(
            "events_date",
            DateOrTodo(),
            "the date of the events, as the editor "
            "establishes it (articles often say only 'Monday')",
        ),
        FieldSpec("published", DateOrTodo(), "when the explainer was first published"),
        FieldSpec(
            "updated", DateOrTodo(), "when it was last updated (default: published)", required=False
        ),
        FieldSpec(
            "corrections",
            ListOf(item=CORRECTION),
            "corrections, oldest first",
            required=False,
            default=(),
        ),
        FieldSpec(
            "parties",
            MapOf(value=Text(max_length=60), key_doc="party id"),
            "the sides: id and name (for example `ukraine: Ukraine`)",
            required=False,
            default=(),
        ),
        FieldSpec(
            "people",
            MapOf(value=PERSON, key_doc="person id"),
            "people and institutions who speak or report figures",
            required=False,
            default=(),
        ),
        FieldSpec(
            "strike_reports",
            MapOf(value=STRIKE_REPORT, key_doc="report id"),
            "each side's figures for the night",
            required=False,
            default=(),
        ),
        FieldSpec(
            "quotes",
            MapOf(value=QUOTE, key_doc="quote id"),
            "the quotes, in the article's order",
            required=False,
            default=(),
        ),
        FieldSpec(
            "issues",
            MapOf(value=ISSUE, key_doc="issue id"),
            "the issues and each party's position",
            required=False,
            default=(),
        ),
        FieldSpec(
            "timeline",
            ListOf(item=TIMELINE_EVENT),
            "events in the order they happened",
            required=False,
            default=(),
        ),
        FieldSpec(
            "editor_notes",
            ListOf(item=NoteText()),
            "notes for readers, published with the explainer",
            required=False,
            default=(),
        ),
        FieldSpec(
            "internal_notes",
            ListOf(item=Text(max_length=1200, paragraph=True)),
            "notes for the newsroom only, never published",
            required=False,
            default=(),
        ),
        FieldSpec(
            "table_rows",
            _todo_choice(tuple(t.value for t in TableRows)),
            "what the positions table lists as rows: `issues` (default) or `parties`",
            required=False,
            default="issues",
        ),
    ],
)


def build_parties(entries: tuple[Entry, ...]) -> tuple[Party, ...]:
    return tuple(Party(e.key, e.value, e.loc) for e in entries if e.value is not INVALID)


def with_ids(entries: tuple[Entry, ...]) -> tuple[Any, ...]:
    """The valid values of a `MapOf`, each given the id it is keyed by."""
    return tuple(replace(e.value, id=e.key) for e in entries if e.value is not INVALID)


def json_schema() -> dict[str, Any]:
    schema = FACT_SHEET.json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "factsheet.schema.json",
        "title": "Explainer fact sheet",
        **schema,
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
