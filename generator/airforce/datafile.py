"""The data file the site builds from: `content/data/airforce-nights.yaml`.

YAML, because the content folder's YAML files are sources that are never published and
because a reviewer can read it: one line per row of the dataset, grouped by night, so a
newer dataset shows up in a diff as the nights it adds or changes. Its name is not
`facts.yaml` and its first key is `format: explainer-airforce-nights/1`, so it is never
taken for a fact sheet.

It is written in one fixed layout (keys in a fixed order, rows sorted, every value
written as JSON, which is also YAML), so the same import is the same bytes. It is read
back line by line in that layout with `json.loads`: a general YAML loader takes seconds
on the thousands of rows of the whole dataset, and every build reads the file. A file
that is not in the layout (edited by hand) is refused with its line: import again.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from generator.airforce.model import (
    FIGURE_NAMES,
    MAX_ROW_COUNT,
    AirforceData,
    DatasetInfo,
    Figures,
    Period,
    PeriodKind,
    ReportRow,
    Skipped,
    WeaponClass,
    Window,
)
from generator.errors import Problem
from generator.web.files import temporary_file
from generator.yamlformat.source_files import RefusedFile, read_head, read_regular

FORMAT = "explainer-airforce-nights/1"
DATA_FILE = "data/airforce-nights.yaml"  # under the content folder
MAX_DATA_BYTES = 64 * 1024 * 1024

_HEADER = """\
# The Ukrainian Air Force's reports, night by night: the data of the tracker page and of
# the context on explainer pages. Written by `explainer import-airforce`; do not edit it:
# import the dataset again instead (see README.md, "Air Force data").
#
# A night runs from 18:00 on its date to 06:00 the next morning. `national` lists the
# rows of the Air Force Command's own reports; `regional` those of regional air commands,
# which may repeat national figures and are never added to them. null is "not reported",
# never 0; a night whose `national` is [] had no national report: a gap, not a quiet night.
# `days` holds daytime attacks (06:00 to 18:00), which belong to no night.
"""
# Characters YAML does not allow unescaped, or reads as line breaks, in a quoted scalar.
_NOT_PLAIN = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_GAP = "    national: []  # no national report: a gap, not zero"
_DATASET_KEYS = {
    "credit": str,
    "url": str,
    "file": str,
    "sha256": str,
    "rows": int,
    "imported": int,
    "skipped": int,
}


def data_file_path(content_dir: Path) -> Path:
    return content_dir / DATA_FILE


def dump(data: AirforceData) -> str:
    """The data file's text: the same data always gives the same text."""
    info = data.info
    dataset = {
        "credit": info.credit,
        "url": info.url,
        "file": info.file,
        "sha256": info.sha256,
        "rows": info.rows,
        "imported": info.imported,
        "skipped": len(info.skipped),
    }
    lines = [_HEADER, f"format: {_json(FORMAT)}", "dataset:"]
    lines += [f"  {key}: {_json(value)}" for key, value in dataset.items()]
    lines += _items("skipped", "  - ", [{"line": s.line, "reason": s.reason} for s in info.skipped])
    for key, periods in (("nights", data.nights), ("days", data.days)):
        lines.append(f"{key}:" if periods else f"{key}: []")
        for period in periods:
            lines += _period_lines(period)
    return "\n".join(lines) + "\n"


def _items(key: str, indent: str, items: list[dict[str, Any]]) -> list[str]:
    if not items:
        return [f"{key}: []"]
    return [f"{key}:"] + [indent + _json(item) for item in items]


def _period_lines(period: Period) -> Iterator[str]:
    yield f"  - {period.kind.value}: {_json(period.date.isoformat())}"
    if not period.national:
        yield _GAP
    for key, rows in (("national", period.national), ("regional", period.regional)):
        if rows:
            yield f"    {key}:"
            yield from (f"      - {_json(_row(row))}" for row in rows)


def _row(row: ReportRow) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "source": row.source,
        "start": row.window.start_text,
        "end": row.window.end_text,
        "model": row.model,
        "weapon": row.weapon.value,
        "kind": row.kind,
    }
    return fields | {name: getattr(row.figures, name) for name in FIGURE_NAMES}


_encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _json(value: object) -> str:
    """A value as JSON, which is YAML too (with the few characters YAML reads differently
    escaped)."""
    return _NOT_PLAIN.sub(lambda m: f"\\u{ord(m.group()):04x}", _encode(value))


def is_data_file(path: Path) -> bool:
    """Does the file at `path` begin as `dump` begins it: one `write` may replace?"""
    header = _HEADER.encode("utf-8")
    return read_head(path, len(header)) == header  # a pipe or a link is not one


def write(data: AirforceData, path: Path) -> None:
    """Write the data file whole or not at all (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = temporary_file(path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(dump(data))
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# --- reading it back ------------------------------------------------------------------


class _Broken(Exception):
    """The file is not in the layout `dump` writes."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def read(path: Path, display: str) -> tuple[AirforceData | None, list[Problem]]:
    """The data file as the typed model, or one problem saying why it cannot be read."""
    raw, problems = read_bytes(path, display)
    if raw is None:
        return None, problems
    return parse(raw, display)


def read_bytes(path: Path, display: str) -> tuple[bytes | None, list[Problem]]:
    """The data file's bytes, or one problem saying why they cannot be read."""
    try:
        if path.stat().st_size > MAX_DATA_BYTES:
            return _problem(display, f"is larger than {MAX_DATA_BYTES // 2**20} MB")
        return read_regular(path, MAX_DATA_BYTES), []  # never through a link, never past it
    except RefusedFile as exc:
        return _problem(display, exc.reason)
    except OSError as exc:
        return _problem(display, f"cannot be read: {exc.strerror or exc}")


def _problem(display: str, message: str, line: int = 0) -> tuple[None, list[Problem]]:
    hint = "import the dataset again: explainer import-airforce CSV"
    return None, [Problem(display, line, 0, message, hint)]


def parse(raw: bytes, display: str) -> tuple[AirforceData | None, list[Problem]]:
    """The data file's bytes as the typed model (a build parses the very bytes it keys its
    cache on, so the two cannot disagree)."""

    def problem(message: str, line: int = 0) -> tuple[None, list[Problem]]:
        return _problem(display, message, line)

    if len(raw) > MAX_DATA_BYTES:
        return problem(f"is larger than {MAX_DATA_BYTES // 2**20} MB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return problem("is not UTF-8 text")
    lines = _Lines(text)
    if lines.peek() != f"format: {_json(FORMAT)}":
        return problem(
            f"is not an Air Force data file (its first key should be `format: {FORMAT}`)",
            lines.line,
        )
    try:
        return _data(lines), []
    except _Broken as exc:
        return problem(f"is not as `explainer import-airforce` writes it: {exc.message}", exc.line)


class _Lines:
    """The file's lines that are not blank or comments, with their numbers."""

    def __init__(self, text: str) -> None:
        # split on "\n" only: text may hold characters str.splitlines() breaks at
        self.lines = [
            (number, line.rstrip("\r"))
            for number, line in enumerate(text.split("\n"), start=1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
        self.index = 0

    @property
    def line(self) -> int:
        return self.lines[self.index][0] if self.index < len(self.lines) else 0

    def peek(self) -> str | None:
        return self.lines[self.index][1] if self.index < len(self.lines) else None

    def take(self, prefix: str, what: str) -> str:
        """The rest of the next line, which must start with `prefix`."""
        text = self.peek()
        if text is None or not text.startswith(prefix):
            raise _Broken(f"expected {what} here", self.line)
        self.index += 1
        return text[len(prefix) :]

    def key(self, key: str) -> None:
        """A line that is `key:` alone, opening a section."""
        line = self.line
        if self.take(f"{key}:", f"`{key.strip()}:`"):
            raise _Broken(f"expected `{key.strip()}:` alone on its line", line)

    def json(self, prefix: str, what: str, kind: type) -> Any:
        line = self.line
        try:
            value = json.loads(self.take(prefix, what))
        except (ValueError, RecursionError):  # RecursionError: brackets nested thousands deep
            raise _Broken(f"{what} is not valid", line) from None
        if type(value) is not kind:
            raise _Broken(f"{what} should be {kind.__name__}, not {type(value).__name__}", line)
        return value

    def list_of(self, key: str, indent: str) -> Iterator[tuple[int, Any]]:
        """The items of `key: []`, or of `key:` followed by `<indent>- {…}` lines."""
        if self.peek() == f"{key}: []":
            self.index += 1
            return
        self.key(key)
        while (self.peek() or "").startswith(indent + "- {"):
            yield self.line, self.json(indent + "- ", f"an item of `{key.strip()}`", dict)


def _data(lines: _Lines) -> AirforceData:
    lines.take("format: ", "`format:`")
    lines.key("dataset")
    dataset = {}
    for key, kind in _DATASET_KEYS.items():
        dataset[key] = lines.json(f"  {key}: ", f"`{key}` of the dataset", kind)
    skipped = tuple(
        Skipped(_field(item, "line", int, at), _field(item, "reason", str, at))
        for at, item in lines.list_of("skipped", "  ")
    )
    info = DatasetInfo(
        file=dataset["file"],
        sha256=dataset["sha256"],
        rows=dataset["rows"],
        imported=dataset["imported"],
        skipped=skipped,
        credit=dataset["credit"],
        url=dataset["url"],
    )
    nights = _periods(lines, "nights", PeriodKind.NIGHT)
    days = _periods(lines, "days", PeriodKind.DAY)
    if lines.peek() is not None:
        raise _Broken("expected the end of the file", lines.line)
    for earlier, later in itertools.pairwise(nights):
        if (later.date - earlier.date).days != 1:
            raise _Broken(f"the nights skip from {earlier.date} to {later.date}")
    return AirforceData(info, nights, days)


def _periods(lines: _Lines, key: str, kind: PeriodKind) -> tuple[Period, ...]:
    if lines.peek() == f"{key}: []":
        lines.index += 1
        return ()
    lines.key(key)
    periods = []
    while (lines.peek() or "").startswith(f"  - {kind.value}: "):
        at = lines.line
        text = lines.json(f"  - {kind.value}: ", f"the {kind.value}'s date", str)
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise _Broken(f"{text!r} is not a date", at) from None
        if (lines.peek() or "").startswith("    national: []"):
            lines.index += 1
            national: list[ReportRow] = []
        else:
            national = [
                _report_row(item, at) for at, item in lines.list_of("    national", "      ")
            ]
        regional: list[ReportRow] = []
        if lines.peek() == "    regional:":
            regional = [
                _report_row(item, at) for at, item in lines.list_of("    regional", "      ")
            ]
        periods.append(Period(kind, day, tuple(national), tuple(regional)))
    return tuple(periods)


def _report_row(item: dict[str, Any], at: int) -> ReportRow:
    start = _moment(_field(item, "start", str, at), at)
    end = _moment(_field(item, "end", str, at), at)
    weapon = _field(item, "weapon", str, at)
    if weapon not in {c.value for c in WeaponClass}:
        raise _Broken(f"weapon {weapon!r} is not drone, missile or other", at)
    counts = {name: _count(item, name, at) for name in FIGURE_NAMES}
    return ReportRow(
        source=_field(item, "source", str, at),
        window=Window(start[0], end[0], start[1], end[1]),
        model=_field(item, "model", str, at),
        weapon=WeaponClass(weapon),
        kind=_field(item, "kind", str, at),
        figures=Figures(**counts),
    )


def _moment(text: str, at: int) -> tuple[datetime, bool]:
    try:
        if len(text) == len("2025-05-19"):
            return datetime.combine(date.fromisoformat(text), datetime.min.time()), False
        if len(text) == len("2025-05-19 19:00"):
            return datetime.fromisoformat(text), True
    except ValueError:
        pass
    raise _Broken(f"{text!r} is not a date or a date and time", at)


def _count(item: dict[str, Any], name: str, at: int) -> int | None:
    if name not in item:
        raise _Broken(f"a row has no `{name}`", at)
    value = item[name]
    if value is None or (type(value) is int and 0 <= value <= MAX_ROW_COUNT):
        return value
    shown = repr(value) if len(repr(value)) <= 20 else f"{repr(value)[:12]}…"
    raise _Broken(f"{name} {shown} is not a count (0 to {MAX_ROW_COUNT:,}) or null", at)


def _field(item: dict[str, Any], key: str, kind: type, at: int) -> Any:
    if key not in item:
        raise _Broken(f"a row has no `{key}`", at)
    if type(item[key]) is not kind:
        raise _Broken(f"`{key}` should be {kind.__name__}, not {type(item[key]).__name__}", at)
    return item[key]
