"""A top-level fact-sheet field is described in three places: the format (schema.py, from
which the reader, the JSON Schema and FACTSHEET.md come), the typed model (FactSheet) and
the loader's best-effort reading (so that the article checks can run on a fact sheet with
errors). A field forgotten in one of them would be validated and documented, then silently
dropped: the three must name the same fields."""

from __future__ import annotations

import ast
import dataclasses
import inspect

from generator.factsheet import loader
from generator.factsheet.model import FactSheet
from generator.factsheet.schema import FACT_SHEET

# The model's own bookkeeping, not fields an editor writes.
_NOT_WRITTEN = {"path", "field_locs"}


def _format_fields() -> set[str]:
    return {spec.key for spec in FACT_SHEET.fields} - {"$schema"}


def _model_fields() -> set[str]:
    return {f.name for f in dataclasses.fields(FactSheet)} - _NOT_WRITTEN


def _loader_fields() -> set[str]:
    tree = ast.parse(inspect.getsource(loader._best_effort))
    return {
        call.args[0].value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "get"
        and isinstance(call.args[0], ast.Constant)
    }


def test_the_model_has_every_field_of_the_format() -> None:
    assert _model_fields() == _format_fields()


def test_the_loader_reads_every_field_of_the_format() -> None:
    assert _loader_fields() == _format_fields()
