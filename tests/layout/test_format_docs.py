"""The format is documented and machine-readable, and cannot drift from the checker."""

from __future__ import annotations

import json

from generator.cli import cli
from generator.factsheet.reference import END, START, reference_markdown
from generator.factsheet.schema import FACT_SHEET, SCHEMA_FILE
from tests.support.project import REPO, SEED_FACTS, run_cli


def test_committed_schema_is_what_explainer_schema_prints() -> None:
    result = run_cli("schema")
    assert result.exit_code == 0
    assert (REPO / SCHEMA_FILE).read_text(encoding="utf-8") == result.stdout


def test_schema_lists_every_top_level_key() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert list(schema["properties"]) == [f.key for f in FACT_SHEET.fields]
    assert schema["additionalProperties"] is False


# Keywords JSON Schema added after draft-07: a draft-07 schema must use none of them.
LATER_KEYWORDS = {"$defs", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
                  "prefixItems", "dependentRequired", "dependentSchemas", "unevaluatedItems",
                  "unevaluatedProperties", "minContains", "maxContains"}  # fmt: skip


def keywords(node: object) -> set[str]:
    if isinstance(node, dict):
        found = set(node) - {"properties", "patternProperties"}
        for key, value in node.items():
            if key in ("properties", "patternProperties") and isinstance(value, dict):
                found |= set().union(*(keywords(v) for v in value.values()))
            else:
                found |= keywords(value)
        return found
    if isinstance(node, list):
        return set().union(*(keywords(v) for v in node)) if node else set()
    return set()


def test_schema_declares_draft_07_and_uses_no_later_keyword() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert keywords(schema) & LATER_KEYWORDS == set()
    assert {"type", "required", "additionalProperties", "enum"} <= keywords(schema)


def test_seed_fact_sheet_names_the_schema_for_editors_tools() -> None:
    first = SEED_FACTS.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../generator/factsheet.schema.json"
    assert (SEED_FACTS.parent / "../../generator/factsheet.schema.json").resolve().is_file()


def test_factsheet_md_documents_every_field() -> None:
    text = (REPO / "FACTSHEET.md").read_text(encoding="utf-8")
    section = text[text.index(START) : text.index(END) + len(END)] + "\n"
    assert section == reference_markdown(), "run `make docs` to refresh FACTSHEET.md"


def test_every_command_has_help_with_an_example() -> None:
    assert len(cli.commands) >= 5
    for command in sorted(cli.commands):  # the CLI's own list: a new command is covered
        result = run_cli(command, "--help")
        assert result.exit_code == 0
        assert "Example: explainer " + command in result.stdout
        assert f"`explainer {command}" in (REPO / "README.md").read_text(encoding="utf-8")
