"""Kinds of single values in a hand-edited YAML file: text, ids, references, choices, dates
and counts.

Plain scalars are interpreted here, by the kind the format expects, never by YAML 1.1's
resolver: `no` where text is expected is reported (quote it) rather than read as False.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from yaml.nodes import Node, ScalarNode

from generator.yamlformat.spec import INVALID, TODO, Kind, Loc, Reader, is_plain, loc_of

_STR = "tag:yaml.org,2002:str"
_SURPRISES = {
    "tag:yaml.org,2002:bool": "YAML reads `{v}` as a yes/no value, not as text",
    "tag:yaml.org,2002:null": "YAML reads `{v}` as an empty value",
    "tag:yaml.org,2002:int": "YAML reads `{v}` as a number, not as text",
    "tag:yaml.org,2002:float": "YAML reads `{v}` as a number, not as text",
    "tag:yaml.org,2002:timestamp": "YAML reads `{v}` as a date, not as text",
}


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

    def allowed_controls(self) -> str:
        # A paragraph's tabs and line breaks are spacing; in one line a line break gets
        # its own message ("must be one line").
        return "\t\n" if self.paragraph else "\n"

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": self.max_length}

    def describe(self) -> str:
        return "a paragraph of text" if self.paragraph else "one line of text"


IDENT_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_IDENT = re.compile(IDENT_PATTERN)


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

    def __reduce__(self) -> tuple[type[RefId], tuple[str, Loc]]:
        return RefId, (str(self), self.loc)  # a pickled copy (a build's worker's) keeps loc


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
        if re.fullmatch(r"0|[1-9]\d{0,8}", text) and int(text) <= MAX_COUNT:
            return int(text)
        for pattern, message in _COUNT_PROBLEMS:
            if pattern.search(text):
                return r.error(node, message.format(v=text), f"like {label}: 108")
        if text.isdigit():
            shown = text if len(text) <= 20 else f"{text[:12]}… ({len(text):,} digits)"
            return r.error(node, f"{shown} is more than any plausible count", "check the digits")
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
