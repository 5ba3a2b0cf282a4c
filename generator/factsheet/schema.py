"""The fact sheet format, described once: read by `spec.Reader`, exported as JSON Schema
(`explainer schema`) and documented in FACTSHEET.md from the same descriptions.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from generator.factsheet.model import (
    Party,
    TableRows,
)
from generator.factsheet.schema_kinds import ARTICLE_PATH_MAX, ArticlePath, DateOrTodo, NoteText
from generator.factsheet.schema_reports import IMPACT, STRIKE_REPORT
from generator.factsheet.schema_statements import CORRECTION, ISSUE, PERSON, QUOTE, TIMELINE_EVENT
from generator.yamlformat.scalars import Choice, Ident, Text
from generator.yamlformat.spec import INVALID
from generator.yamlformat.structures import Entry, FieldSpec, ListOf, MapOf, Struct

SCHEMA_FILE = "generator/factsheet.schema.json"
# Where `explainer new` writes the schema in a project that installed the package (and
# so has no generator/ folder): beside mkdocs.yml, for editors' completion.
SCHEMA_COPY = "factsheet.schema.json"


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
            ArticlePath(max_length=ARTICLE_PATH_MAX),
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
            "the date of the events, as the editor establishes it (articles often say only "
            "'Monday'); for an overnight attack, the evening's date, as `night_of`",
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
            "impact",
            IMPACT,
            "the whole attack's toll, when the article gives it for the night rather than "
            "in one report",
            required=False,
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
            "events in the order they happened; the page lists them by day where `date` gives"
            " one, and an undated event after the events before it",
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


# Draft-07: the schema uses no later keyword, and editors' YAML language servers that
# predate 2020-12 read it without a warning.
JSON_SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#"


def json_schema() -> dict[str, Any]:
    schema = FACT_SHEET.json_schema()
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": "factsheet.schema.json",
        "title": "Explainer fact sheet",
        **schema,
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
