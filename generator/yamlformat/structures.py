"""Kinds of structured values in a hand-edited YAML file: mappings with known keys, lists,
mappings keyed by ids, and "a fixed phrase or a structure" (`not reported` or a figure).

Every mapping key is checked: unknown keys get a did-you-mean, repeated keys are errors
(PyYAML would silently keep the last), missing required keys are reported at the mapping.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.yamlformat.scalars import IDENT_PATTERN, Literal, Text, check_ident
from generator.yamlformat.spec import (
    INVALID,
    TODO,
    Kind,
    Loc,
    Reader,
    describe_node,
    loc_of,
    refuse_control_character,
)


@dataclass
class FieldSpec:
    key: str
    kind: Kind
    doc: str
    required: bool = True
    default: Any = None


@dataclass
class Struct(Kind):
    """A mapping with known keys, built into a dataclass by `build(loc=..., **values)`."""

    name: str = ""
    fields: Sequence[FieldSpec] = ()
    build: Callable[..., Any] = dict
    doc: str = ""
    # keys an editor might add that the generator works out itself: key -> explanation
    derived: dict[str, str] = field(default_factory=dict)

    def spec(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        values = self.read_fields(node, r, label)
        if values is INVALID or INVALID in values.values():
            return INVALID
        return self.build(loc=loc_of(node), **values)

    def read_fields(
        self, node: Node, r: Reader, label: str, locs: dict[str, Loc] | None = None
    ) -> Any:
        """Each field's value (INVALID where there was a problem), every problem reported.

        `locs`, when given, receives where each key is written."""
        if not isinstance(node, MappingNode):
            return r.error(
                node,
                f"`{label}` should be a mapping of keys ({self.key_list()}), "
                f"not {describe_node(node)}",
                f"write the keys indented under `{label}:`",
            )
        values: dict[str, Any] = {}
        seen: dict[str, Loc] = {}
        for key_node, value_node in node.value:
            key = read_key(key_node, r, seen)
            if key is INVALID:
                continue
            spec = self.spec(key)
            if spec is None:
                self._unknown_key(key_node, key, r)
                continue
            if spec.key in values:
                continue
            if locs is not None:
                locs[spec.key] = loc_of(key_node)
            if is_empty(value_node) and not spec.required:
                values[spec.key] = spec.default
                continue
            values[spec.key] = spec.kind.read(value_node, r, spec.key)
        for spec in self.fields:
            if spec.key in values:
                continue
            if spec.required:
                r.error(
                    node, f"`{label}` is missing `{spec.key}`", f"add `{spec.key}:` ({spec.doc})"
                )
                values[spec.key] = INVALID
            else:
                values[spec.key] = spec.default
        return values

    def _unknown_key(self, key_node: Node, key: str, r: Reader) -> None:
        if key in self.derived:
            r.error(
                key_node,
                f"`{key}` is not typed in: {self.derived[key]}",
                f"remove the `{key}` line",
            )
            return
        keys = [f.key for f in self.fields]
        close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`?" if close else "the keys here are: " + self.key_list()
        r.error(key_node, f"unknown key `{key}` in {self.name}", hint)

    def key_list(self) -> str:
        return ", ".join(f.key for f in self.fields)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "description": self.doc,
            "properties": {
                f.key: {**f.kind.schema_with_todo(), "description": f.doc} for f in self.fields
            },
            "required": [f.key for f in self.fields if f.required],
            "additionalProperties": False,
        }

    def describe(self) -> str:
        return f"a mapping of keys ({self.key_list()})"


def read_key(key_node: Node, r: Reader, seen: dict[str, Loc]) -> Any:
    """A mapping key as text; a repeated key is an error (PyYAML would keep the last)."""
    if not isinstance(key_node, ScalarNode):
        return r.error(key_node, "a key must be a plain word", "check the indentation here")
    if refuse_control_character(key_node, r, "a key"):
        return INVALID
    key = key_node.value
    if key in seen:
        first = seen[key]
        return r.error(
            key_node,
            f"duplicate key `{key}` (first given at line {first.line})",
            "YAML would silently keep only the last one: remove or rename one of them",
        )
    seen[key] = loc_of(key_node)
    return key


def is_empty(node: Node) -> bool:
    return (
        isinstance(node, ScalarNode)
        and node.tag == "tag:yaml.org,2002:null"
        and (node.value in ("", "~", "null"))
    )


@dataclass
class ListOf(Kind):
    item: Kind = field(default_factory=lambda: Text())
    todo_allowed: bool = False

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        if is_empty(node):
            return ()
        if not isinstance(node, SequenceNode):
            return r.error(
                node,
                f"`{label}` should be a list, not {describe_node(node)}",
                "write each item on its own line, starting with '- '",
            )
        items = [self.item.read(child, r, label) for child in node.value]
        return tuple(item for item in items if item is not INVALID)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": self.item.schema_with_todo()}

    def describe(self) -> str:
        return f"a list of {self.item.describe()}"


@dataclass(frozen=True)
class Entry:
    """One `id: value` entry of a `MapOf`, with the place of its id."""

    key: str
    loc: Loc
    value: Any


@dataclass
class MapOf(Kind):
    """A mapping from ids to values, in the order written: `ukraine: {…}`.

    Reads as a tuple of `Entry`; an entry whose value had a problem holds INVALID."""

    value: Kind = field(default_factory=lambda: Text())
    key_doc: str = "id"
    todo_allowed: bool = False

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        if is_empty(node):
            return ()
        if not isinstance(node, MappingNode):
            return r.error(
                node,
                f"`{label}` should be a mapping of ids, not {describe_node(node)}",
                f"write each {self.key_doc} as `id:` on its own line",
            )
        entries: list[Entry] = []
        seen: dict[str, Loc] = {}
        for key_node, value_node in node.value:
            key = read_key(key_node, r, seen)
            if key is INVALID or check_ident(key, key_node, r, self.key_doc) is INVALID:
                continue
            # kept even when INVALID: the id is declared, so references to it still resolve
            entries.append(Entry(key, loc_of(key_node), self.value.read(value_node, r, key)))
        return tuple(entries)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": {"pattern": IDENT_PATTERN},
            "additionalProperties": self.value.schema_with_todo(),
        }

    def describe(self) -> str:
        return f"a mapping from {self.key_doc}s to {self.value.describe()}"


@dataclass
class OneOf(Kind):
    """Either a fixed phrase (`not reported`) or a structure."""

    phrase: Literal = field(default_factory=Literal)
    struct: Kind = field(default_factory=Struct)
    # builds the value the phrase (or TODO) stands for, from where it is written
    on_phrase: Callable[[Loc], Any] = lambda loc: None
    on_todo: Callable[[Loc], Any] = lambda loc: TODO
    # (message, hint) for a plain scalar that is neither the phrase nor TODO
    on_scalar: tuple[str, str] | None = None

    def todo_value(self, loc: Loc) -> Any:
        return self.on_todo(loc)

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        if self.phrase.matches(node):
            return self.on_phrase(loc_of(node))
        if isinstance(node, MappingNode):
            return self.struct.read(node, r, label)
        if self.on_scalar and isinstance(node, ScalarNode) and node.value.strip().isdigit():
            message, hint = self.on_scalar
            return r.error(node, message.format(label=label), hint.format(value=node.value.strip()))
        return r.error(
            node,
            f"`{label}` should be `{self.phrase.phrase}` or {self.struct.describe()}, "
            f"not {describe_node(node)}",
            self.hint(),
        )

    def hint(self) -> str:
        return f"write `{self.phrase.phrase}`, or the keys indented under it"

    def json_schema(self) -> dict[str, Any]:
        return {"anyOf": [self.phrase.json_schema(), self.struct.json_schema()]}

    def describe(self) -> str:
        return f"`{self.phrase.phrase}` or {self.struct.describe()}"
