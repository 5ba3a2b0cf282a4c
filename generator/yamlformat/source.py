"""Reading a hand-edited YAML file into position-carrying nodes, safely.

We stop at PyYAML's node graph (`compose`) instead of loading Python objects: nodes keep
the line and column of every key and value, show duplicate keys (which `safe_load`
silently collapses), and let the schema decide what a plain scalar means instead of
YAML 1.1's resolver (which turns `no` into False). Hostile input is refused up front:
a size limit, no anchors or aliases (no "billion laughs"), and a nesting limit checked
while composing, so neither a hang nor a RecursionError can happen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.error import MarkedYAMLError
from yaml.nodes import Node
from yaml.reader import ReaderError

from generator.errors import Problem
from generator.yamlformat.source_files import LINK_HINT, RefusedFile, read_regular, refusal

MAX_FACT_SHEET_BYTES = 512 * 1024
MAX_DEPTH = 12
_MAX_ENCODING_REPORTS = 10


@dataclass(frozen=True)
class SourceText:
    """A decoded text file and the name it is reported under."""

    display: str
    text: str


def read_text(
    path: Path, display: str, max_bytes: int, what: str = "file"
) -> tuple[SourceText | None, list[Problem]]:
    """Read a UTF-8 file (a byte-order mark is allowed), reporting every bad byte."""

    def whole_file(message: str, hint: str) -> tuple[None, list[Problem]]:
        return None, [Problem(display, 0, 0, message, hint)]

    try:
        if path.is_dir() and not path.is_symlink():
            return whole_file(f"is a folder, not a {what}", "name the file itself")
        size = path.stat().st_size if refusal(path) is None else 0
        if size > max_bytes:
            return whole_file(
                f"is {size // 1024} KB; a {what} may be at most {max_bytes // 1024} KB",
                "split it, or check that this is the file you meant",
            )
        data = read_regular(path, max_bytes)  # never through a link, never past the limit
    except FileNotFoundError:
        return whole_file(f"{what} not found", "check the path and the file name")
    except RefusedFile as exc:
        return whole_file(exc.reason, LINK_HINT)
    except OSError as exc:
        return whole_file(f"cannot be read: {exc.strerror or exc}", "check the file's permissions")
    if len(data) > max_bytes:  # the file grew between stat and read
        return whole_file(f"is larger than {max_bytes // 1024} KB", "check the file")
    problems = encoding_problems(data, display)
    if problems:
        return None, problems
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    return SourceText(display, text), []


def read_optional_text(path: Path, shown: str, problems: list[Problem]) -> str:
    """The text of an optional file, such as an intro ("" when there is none); a file
    that cannot be read or is not UTF-8 adds its problems (named `shown`) to `problems`.
    A link or a device is left to the content scan, which reports it."""
    try:
        data = read_regular(path)
    except (FileNotFoundError, RefusedFile):
        return ""
    except OSError as exc:
        problems.append(
            Problem(shown, 0, 0, f"cannot be read: {exc.strerror or exc}", "check its permissions")
        )
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        problems.extend(encoding_problems(data, shown))
        return ""


def encoding_problems(data: bytes, display: str) -> list[Problem]:
    """Each byte of `data` that is not UTF-8 text, at its line and column (the first few)."""
    problems: list[Problem] = []
    start = 0
    while len(problems) < _MAX_ENCODING_REPORTS:
        try:
            data[start:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            offset = start + exc.start
            line_start = data.rfind(b"\n", 0, offset) + 1
            line = data.count(b"\n", 0, offset) + 1
            col = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
            problems.append(
                Problem(
                    display,
                    line,
                    col,
                    f"byte 0x{data[offset]:02x} is not UTF-8 text",
                    "save the file as UTF-8 (most editors: 'Save with encoding')",
                )
            )
            start = start + exc.end
    return problems


_ALIASES = "anchors and aliases (&name, *name) are not allowed in a fact sheet"
_ALIASES_HINT = "write the value out in full where it is needed"
_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"
_TOO_DEEP_HINT = "a fact sheet needs only a few levels; check the indentation and brackets"


class _HostileInput(Exception):
    def __init__(self, line: int, col: int, message: str, hint: str) -> None:
        super().__init__(message)
        self.line, self.col, self.message, self.hint = line, col, message, hint


class _BoundedComposer(yaml.SafeLoader):
    """PyYAML's composer with aliases refused and nesting depth bounded."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _HostileInput(mark.line + 1, mark.column + 1, _ALIASES, _ALIASES_HINT)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _HostileInput(mark.line + 1, mark.column + 1, _TOO_DEEP, _TOO_DEEP_HINT)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def tab_problems(source: SourceText) -> list[Problem]:
    """Tabs in indentation: YAML forbids them, and PyYAML's own message is cryptic."""
    problems = []
    for number, line in enumerate(source.text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(
                Problem(
                    source.display,
                    number,
                    indent.index("\t") + 1,
                    "tab character in the indentation",
                    "YAML indents with spaces only: replace the tab with spaces",
                )
            )
    return problems


_SYNTAX_HINTS = {
    "mapping values are not allowed": "a value that contains ': ' must be put in quotes",
    "could not find expected ':'": "each line needs 'key: value'; text that goes on "
    "over several lines must be quoted or indented under its key",
    "cannot start any token": "put this value in quotes",
    "expected <block end>": "line this entry up with the other keys of its section",
    "did not find expected key": "line this entry up with the other keys of its section",
    "did not find expected '-' indicator": "line this item up with the other '- ' items",
    "found unexpected end of stream": "a quotation mark or bracket is not closed",
    "found unknown escape character": "in double quotes a backslash starts an escape: "
    "use single quotes, or write \\\\",
    "expected a single document": "a fact sheet is one document: remove the '---' line",
}


def _syntax_problem(display: str, exc: MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark and "end of stream" in (exc.problem or ""):
        mark = exc.context_mark  # where the unclosed quote or bracket opens, not the file's end
    line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    message = " ".join(part for part in (exc.context, exc.problem) if part) or "invalid YAML"
    hint = next(
        (h for key, h in _SYNTAX_HINTS.items() if key in message),
        "check the quotes and indentation at this place",
    )
    return Problem(display, line, col, f"YAML syntax: {message}", hint)


# `key: "text…` or `- 'text…`: a value that opens a quotation mark
_QUOTED_VALUE = re.compile(r"""^\s*(?:- |[\w-]+:\s+(?:- )?)(["'])""")


def _unclosed_quote(source: SourceText, exc: MarkedYAMLError) -> Problem | None:
    """A quoted value left open on its line makes YAML read on into the next lines and
    fail further down, where nothing is wrong: point at the line where it opens. (A value
    quoted over several lines on purpose closes at the end of a line, and is passed.)"""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None
    lines = source.text.splitlines()
    number = 0
    while number <= min(mark.line, len(lines) - 1):
        opening = _QUOTED_VALUE.match(lines[number])
        if opening is None or _closing(opening.group(1), lines[number], opening.end()) >= 0:
            number += 1
            continue
        quote = opening.group(1)
        for later in range(number + 1, len(lines)):
            at = _closing(quote, lines[later], 0)
            if at < 0:
                continue
            rest = lines[later][at + 1 :].strip()
            if not rest or rest.startswith("#"):
                break  # closed at a line's end: a value quoted over several lines
            return _unclosed_problem(source.display, number + 1, opening.end(), quote)
        else:
            return _unclosed_problem(source.display, number + 1, opening.end(), quote)
        number = later + 1
    return None


def _closing(quote: str, line: str, start: int) -> int:
    """Where `line` closes a quoted value (from `start`), or -1."""
    pattern = r'(?<!\\)"' if quote == '"' else r"'(?!')"
    found = re.compile(pattern).search(line, start)
    return found.start() if found else -1


def _unclosed_problem(display: str, line: int, column: int, quote: str) -> Problem:
    hint = (
        'close it with " on the same line; a quotation mark inside the text is written '
        '\\" (or use curly quotes “ ”, which need no escaping)'
        if quote == '"'
        else "close it with ' on the same line; an apostrophe inside the text is written "
        "'' (or put the value in double quotes)"
    )
    message = "YAML syntax: the quoted value that opens here is not closed on its line"
    return Problem(display, line, column, message, hint)


def _refuse_hostile_events(text: str) -> None:
    """libyaml's composer recurses in C (deep nesting would crash the process), so its
    (iterative) parser's events are checked first for depth, anchors and aliases."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        line, col = (event.start_mark.line + 1, event.start_mark.column + 1) if (
            event.start_mark) else (0, 0)  # fmt: skip
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _HostileInput(line, col, _ALIASES, _ALIASES_HINT)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _HostileInput(line, col, _TOO_DEEP, _TOO_DEEP_HINT)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def compose(source: SourceText) -> tuple[Node | None, list[Problem]]:
    """The file's single YAML document as a node tree, or the problems that prevent it."""
    problems = tab_problems(source)
    if problems:
        return None, problems
    loader: Any = None
    try:
        if yaml.__with_libyaml__:  # ten times faster than the pure-Python composer
            _refuse_hostile_events(source.text)
            loader = yaml.CSafeLoader(source.text)
        else:
            loader = _BoundedComposer(source.text)  # checks for control characters at once
        return loader.get_single_node(), []
    except _HostileInput as exc:
        return None, [Problem(source.display, exc.line, exc.col, exc.message, exc.hint)]
    except ReaderError as exc:
        line = source.text.count("\n", 0, exc.position) + 1
        col = exc.position - (source.text.rfind("\n", 0, exc.position) + 1) + 1
        return None, [
            Problem(
                source.display,
                line,
                col,
                f"control character U+{exc.character:04X} is not allowed"
                if isinstance(exc.character, int)
                else "a character here is not allowed in YAML",
                "delete it (it is often pasted in invisibly from a web page)",
            )
        ]
    except MarkedYAMLError as exc:
        return None, [_unclosed_quote(source, exc) or _syntax_problem(source.display, exc)]
    finally:
        if loader is not None:
            loader.dispose()
