"""A small vocabulary for describing a hand-edited YAML format once, and getting from it:
a reader that turns position-carrying YAML nodes into typed values while collecting every
problem with its line and column; a JSON Schema for editors' tooling; reference docs.

This module holds the reader and the base of every kind of value; `scalars.py` holds the
kinds of single values, `structures.py` mappings and lists.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.errors import Problem, Severity
from generator.yamlformat.controls import control_character, control_hint, control_message


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
"""What a reader returns for a value it has reported a problem about."""

TODO = "TODO"
"""The placeholder for a value an editor has not filled in yet."""


@dataclass(frozen=True, order=True)
class Loc:
    """Line and column (from 1) in a hand-edited file."""

    line: int
    col: int


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


def refuse_control_character(node: ScalarNode, r: Reader, label: str, allowed: str = "") -> bool:
    """Report the first control character of a scalar's text (controls.py); True if
    there was one."""
    ch = control_character(node.value, allowed)
    if ch is None:
        return False
    r.error(node, f"`{label}` contains {control_message(ch)}", control_hint(ch))
    return True


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

    def allowed_controls(self) -> str:
        """The control characters this kind of value may hold (text: tab, newline)."""
        return ""

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
        if refuse_control_character(node, r, label, self.allowed_controls()):
            return INVALID
        return node.value
