"""A small vocabulary for describing a hand-edited YAML format once, and getting from it:
a reader that turns position-carrying YAML nodes into typed values while collecting every
problem with its line and column; a JSON Schema for editors' tooling; reference docs.

Plain scalars are interpreted here, by the kind the format expects, never by YAML 1.1's
resolver: `no` where text is expected is reported (quote it) rather than read as False.
"""

from __future__ import annotations

import difflib
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.errors import Problem, Severity
from generator.factsheet import TODO, Loc


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
"""What a reader returns for a value it has reported a problem about."""

_STR = "tag:yaml.org,2002:str"
_SURPRISES = {
    "tag:yaml.org,2002:bool": "YAML reads `{v}` as a yes/no value, not as text",
    "tag:yaml.org,2002:null": "YAML reads `{v}` as an empty value",
    "tag:yaml.org,2002:int": "YAML reads `{v}` as a number, not as text",
    "tag:yaml.org,2002:float": "YAML reads `{v}` as a number, not as text",
    "tag:yaml.org,2002:timestamp": "YAML reads `{v}` as a date, not as text",
}


def loc_of(node: Node | Mark) -> Loc:
    mark = node.start_mark if isinstance(node, Node) else node
    return Loc(mark.line + 1, mark.column + 1)


class Reader:
    """Collects the problems found while reading one file."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def error(self, at: Node | Mark | Loc, message: str, hint: str = "") -> Any:
        self._add(at, message, hint, Severity.ERROR)
        return INVALID

    def warn(self, at: Node | Mark | Loc, message: str, hint: str = "") -> None:
        self._add(at, message, hint, Severity.WARNING)

    def _add(self, at: Node | Mark | Loc, message: str, hint: str, severity: Severity) -> None:
        loc = at if isinstance(at, Loc) else loc_of(at)
        self.problems.append(Problem(self.display, loc.line, loc.col, message, hint, severity))


def describe_node(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping of keys"
    if isinstance(node, SequenceNode):
        return "a list"
    return f"`{node.value}`"


def is_plain(node: ScalarNode) -> bool:
    """Written without quotes or block markers (libyaml says '' where PyYAML says None)."""
    return not node.style


def is_todo(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.value.strip() == TODO


class Kind(ABC):
    """One kind of value in the format."""

    todo_allowed = True

    def read(self, node: Node, r: Reader, label: str) -> Any:
        if is_todo(node):
            if not self.todo_allowed:
                return r.error(node, f"`{label}` cannot be TODO", self.hint())
            r.warn(node, f"TODO: `{label}` is not filled in yet", self.hint())
            return self.todo_value(loc_of(node))
        return self.read_value(node, r, label)

    def todo_value(self, loc: Loc) -> Any:
        return TODO

    @abstractmethod
    def read_value(self, node: Node, r: Reader, label: str) -> Any: ...

    @abstractmethod
    def json_schema(self) -> dict[str, Any]: ...

    @abstractmethod
    def describe(self) -> str: ...

    def hint(self) -> str:
        return f"write {self.describe()}"

    def schema_with_todo(self) -> dict[str, Any]:
        schema = self.json_schema()
        if not self.todo_allowed:
            return schema
        return {"anyOf": [schema, {"const": TODO}]}

    def scalar(self, node: Node, r: Reader, label: str) -> Any:
        """The text of a scalar node, or a problem if it is a list or mapping."""
        if not isinstance(node, ScalarNode):
            return r.error(
                node,
                f"`{label}` should be {self.describe()}, not {describe_node(node)}",
                self.hint(),
            )
        return node.value


@dataclass
class Text(Kind):
    """Text an editor writes: one line unless `paragraph`."""

    max_length: int = 300
    paragraph: bool = False
    min_words: int = 0

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        value = self.scalar(node, r, label)
        if value is INVALID:
            return INVALID
        assert isinstance(node, ScalarNode)
        if is_plain(node) and node.tag != _STR:
            return r.error(
                node,
                _SURPRISES.get(node.tag, "YAML does not read `{v}` as text").format(v=value),
                f'put it in quotes: {label}: "{value}"',
            )
        text = " ".join(value.split()) if self.paragraph else value.strip()
        if not text:
            return r.error(node, f"`{label}` is empty", f"write {self.describe()}, or TODO")
        if "\n" in text:
            return r.error(node, f"`{label}` must be one line", "join the lines into one")
        if len(text) > self.max_length:
            return r.error(
                node,
                f"`{label}` is {len(text)} characters long; at most {self.max_length} fit",
                "shorten it",
            )
        if len(text.split()) < self.min_words:
            return r.error(
                node,
                f"`{label}` is too short to find in the article: {len(text.split())} word(s)",
                f"copy at least {self.min_words} words: the clause that states the fact",
            )
        return text

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": self.max_length}

    def describe(self) -> str:
        return "a paragraph of text" if self.paragraph else "one line of text"


_IDENT = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Ident(Kind):
    """A short id: lowercase letters, digits and hyphens."""

    todo_allowed: bool = False

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        value = self.scalar(node, r, label)
        if value is INVALID:
            return INVALID
        return check_ident(value, node, r, label)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": _IDENT.pattern, "maxLength": 60}

    def describe(self) -> str:
        return "an id of lowercase letters, digits and hyphens (like `united-states`)"


def check_ident(value: str, node: Node, r: Reader, label: str) -> Any:
    if not _IDENT.match(value) or len(value) > 60:
        suggestion = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "my-id"
        return r.error(
            node,
            f"`{value}` is not a valid id for {label}",
            f"ids use lowercase letters, digits and single hyphens, like `{suggestion}`",
        )
    return value


class RefId(str):
    """An id that refers to something declared elsewhere, remembering where it is written."""

    loc: Loc

    def __new__(cls, value: str, loc: Loc) -> RefId:
        ref = super().__new__(cls, value)
        ref.loc = loc
        return ref


def ref_loc(value: str, fallback: Loc) -> Loc:
    """Where a reference was written (the enclosing item's place if not known)."""
    return value.loc if isinstance(value, RefId) else fallback


@dataclass
class Ref(Kind):
    """The id of something declared elsewhere in the file; resolved after reading."""

    target: str = ""

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        value = self.scalar(node, r, label)
        if value is INVALID:
            return INVALID
        if check_ident(value, node, r, label) is INVALID:
            return INVALID
        return RefId(value, loc_of(node))

    def todo_value(self, loc: Loc) -> Any:
        return RefId(TODO, loc)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": _IDENT.pattern}

    def describe(self) -> str:
        return f"the id of one of the {self.target}"


@dataclass
class Choice(Kind):
    values: Sequence[str] = ()
    todo_allowed: bool = True

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        value = self.scalar(node, r, label)
        if value is INVALID:
            return INVALID
        if value in self.values:
            return value
        close = difflib.get_close_matches(value.lower(), self.values, n=1, cutoff=0.5)
        hint = f"did you mean `{close[0]}`? " if close else ""
        return r.error(
            node,
            f"`{value}` is not a valid {label}",
            hint + "choose one of: " + ", ".join(f"`{v}`" for v in self.values),
        )

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.values)}

    def describe(self) -> str:
        return "one of " + ", ".join(f"`{v}`" for v in self.values)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Date(Kind):
    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        value = self.scalar(node, r, label)
        if value is INVALID:
            return INVALID
        if not _DATE.match(value.strip()):
            return r.error(node, f"`{value}` is not a date", "write the date as YYYY-MM-DD")
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return r.error(node, f"`{value}` is not a real date", "check the month and day")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "date"}

    def describe(self) -> str:
        return "a date as YYYY-MM-DD"


_COUNT_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^-\d"), "a count cannot be negative"),
    (re.compile(r"^\+"), "write the count without a sign"),
    (re.compile(r"^\d+\.0*$"), "a count is a whole number: leave out the decimal point"),
    (re.compile(r"^[\d.]+[eE][-+]?\d+$"), "`{v}` is scientific notation: write the digits"),
    (re.compile(r"^\d{1,3}([,_ ]\d{3})+$"), "write the count without thousands separators"),
    (re.compile(r"^0\d+$"), "a count with a leading zero is read by YAML as octal: drop the 0"),
)

MAX_COUNT = 100_000_000


@dataclass
class Count(Kind):
    """A whole number, written in digits."""

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        value = self.scalar(node, r, label)
        if value is INVALID:
            return INVALID
        assert isinstance(node, ScalarNode)
        if not is_plain(node):
            return r.error(
                node,
                f"`{label}` is a count, but it is in quotes",
                f"remove the quotes: {label}: {value}",
            )
        text = value.strip()
        if re.fullmatch(r"0|[1-9]\d*", text) and int(text) <= MAX_COUNT:
            return int(text)
        for pattern, message in _COUNT_PROBLEMS:
            if pattern.search(text):
                return r.error(node, message.format(v=text), f"like {label}: 108")
        if text.isdigit():
            return r.error(node, f"{text} is more than any plausible count", "check the digits")
        return r.error(node, f"`{label}` should be a count, not `{text}`", self.hint())

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": 0, "maximum": MAX_COUNT}

    def describe(self) -> str:
        return "a whole number in digits (like 108)"


@dataclass
class Literal(Kind):
    """A fixed phrase standing for a value of its own, such as `not reported`."""

    phrase: str = ""

    def matches(self, node: Node) -> bool:
        return isinstance(node, ScalarNode) and node.value.strip().lower() == self.phrase

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        return self.phrase if self.matches(node) else r.error(node, f"expected `{self.phrase}`")

    def json_schema(self) -> dict[str, Any]:
        return {"const": self.phrase}

    def describe(self) -> str:
        return f"`{self.phrase}`"


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
            "propertyNames": {"pattern": _IDENT.pattern},
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
