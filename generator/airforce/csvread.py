"""The dataset's CSV file, read as it is: a byte-order mark, CRLF line ends, extra or
reordered columns, counts written as floats (`108.0`), empty cells for "not reported",
time windows with or without a time of day, and text cells holding Python literals
(which are only ever text here: nothing in a cell is evaluated).

A file that cannot be read at all raises `ExplainerError` with one line saying why. A row
that cannot be read is skipped with a `Problem` at its line (the header is line 1);
every other row comes out as a `CsvRow`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from generator.airforce.model import MAX_ROW_COUNT, Count, Figures, Window
from generator.errors import ExplainerError, Problem
from generator.yamlformat.source_files import read_regular

REQUIRED_COLUMNS = ("time_start", "time_end", "model", "launched", "destroyed", "source")
OPTIONAL_COLUMNS = ("not_reach_goal", "still_attacking")
MAX_CSV_BYTES = 64 * 1024 * 1024

_WHOLE = re.compile(r"\d+(?:\.0*)?")
_STAMP = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_MAX_SHOWN = 40
# Dates outside the war are typos; refusing them keeps a slip such as 2099 for 2025 from
# filling the data file with decades of nights that have no report (and the tracker with
# their downloads). The war began on 2022-02-24; a report cannot come from later than the
# import (two days' grace for time zones and a night that ends tomorrow morning).
EARLIEST = datetime(2022, 2, 24)
FUTURE_GRACE_DAYS = 2


def latest_moment(today: date) -> datetime:
    """The last moment a row may be dated, for an import run on `today`."""
    return datetime.combine(today + timedelta(days=FUTURE_GRACE_DAYS), time.max)


@dataclass(frozen=True)
class CsvRow:
    """One readable row: where it is, and what it says."""

    line: int
    source: str
    window: Window
    model: str
    figures: Figures


@dataclass(frozen=True)
class CsvFile:
    display: str
    sha256: str
    total: int  # data rows (the header and blank lines are not rows)
    rows: tuple[CsvRow, ...]
    skipped: tuple[Problem, ...]


def read_csv(path: Path, display: str, today: date | None = None) -> CsvFile:
    """Every row of the file, read or skipped; `ExplainerError` if the file is unreadable.
    Rows dated after `today` (default: the real one) and its grace days are skipped."""
    latest = latest_moment(today or date.today())
    data = _read_bytes(path, display)
    text = _decode(data, display)
    if not text.strip():
        raise _fatal(display, "the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[CsvRow] = []
    skipped: list[Problem] = []
    seen: dict[tuple[str, ...], int] = {}
    columns: dict[str, int] | None = None
    width = total = last_line = 0
    try:
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if columns is None:
                columns, width = _header(cells, display), len(cells)
                continue
            if not cells:
                continue  # a blank line is not a row
            total += 1
            key = tuple(c.strip() for c in cells)
            if key in seen:
                skipped.append(_skip(display, line, [f"repeats line {seen[key]}"]))
                continue
            seen[key] = line
            row = _row(cells, columns, width, line, latest)
            if isinstance(row, CsvRow):
                rows.append(row)
            else:
                skipped.append(_skip(display, line, row))
    except csv.Error as exc:
        raise _fatal(display, f"cannot be read as CSV: {exc}", last_line + 1) from None
    if not total:
        raise _fatal(display, "has a header line but no rows")
    digest = hashlib.sha256(data).hexdigest()
    return CsvFile(display, digest, total, tuple(rows), tuple(skipped))


def _fatal(display: str, message: str, line: int = 0) -> ExplainerError:
    return ExplainerError([Problem(display, line, 0, message)])


def _skip(display: str, line: int, reasons: list[str]) -> Problem:
    return Problem(display, line, 0, "; ".join(reasons) + "; row skipped")


def _read_bytes(path: Path, display: str) -> bytes:
    try:
        if path.is_dir():
            raise _fatal(display, "is a folder, not a CSV file")
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise _fatal(
                display,
                f"is {size // 2**20} MB; the importer reads files of up to "
                f"{MAX_CSV_BYTES // 2**20} MB",
            )
        return read_regular(path, MAX_CSV_BYTES, follow_links=True)  # not /dev/zero
    except FileNotFoundError:
        raise _fatal(display, "no such file") from None
    except OSError as exc:
        raise _fatal(display, f"cannot be read: {exc.strerror or exc}") from None


def _decode(data: bytes, display: str) -> str:
    if len(data) > MAX_CSV_BYTES:  # the file grew between stat and read
        raise _fatal(display, f"is larger than {MAX_CSV_BYTES // 2**20} MB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _fatal(
            display,
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8",
        ) from None
    return text.removeprefix("\ufeff")


def _header(cells: list[str], display: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(cells):
        key = name.strip().removeprefix("\ufeff").casefold()
        if key in columns and key in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS):
            raise _fatal(display, f'the column "{key}" appears twice in the header line')
        columns.setdefault(key, index)
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        names = ", ".join(f'"{name}"' for name in missing)
        noun = "column" if len(missing) == 1 else "columns"
        raise _fatal(
            display,
            f"the header line has no {names} {noun}; is this the Air Force reports dataset?",
        )
    return columns


def _row(
    cells: list[str], columns: dict[str, int], width: int, line: int, latest: datetime
) -> CsvRow | list[str]:
    """The row, or the reasons it cannot be read."""
    if len(cells) < width or any(c.strip() for c in cells[width:]):
        return [f"has {len(cells)} cells, the header has {width}"]
    if not any(c.strip() for c in cells):
        return ["the row is empty"]

    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None else ""

    reasons: list[str] = []
    start = _moment(cell("time_start"), "time_start", reasons, latest)
    end = _moment(cell("time_end"), "time_end", reasons, latest)
    model = " ".join(cell("model").split())
    source = cell("source")
    if not model:
        reasons.append("model is empty")
    if not source:
        reasons.append("source is empty, so national and regional reports cannot be told apart")
    counts = {
        name: _count(cell(column), column, reasons)
        for name, column in (
            ("launched", "launched"),
            ("shot_down", "destroyed"),
            ("suppressed", "not_reach_goal"),
            ("still_attacking", "still_attacking"),
        )
    }
    launched = counts["launched"]
    for name, column in (("shot_down", "destroyed"), ("suppressed", "not_reach_goal")):
        part = counts[name]
        if launched is not None and part is not None and part > launched:
            reasons.append(f"{column} ({part}) is more than launched ({launched})")
    if start and end and end[0] < start[0]:
        reasons.append(
            f"the window ends ({cell('time_end')}) before it starts ({cell('time_start')})"
        )
    if reasons or start is None or end is None:
        return reasons
    window = Window(start[0], end[0], start[1], end[1])
    return CsvRow(line, source, window, model, Figures(**counts))


def _moment(
    text: str, column: str, reasons: list[str], latest: datetime
) -> tuple[datetime, bool] | None:
    """The time and whether it has a time of day (a bare date is read as 00:00)."""
    if not text:
        reasons.append(f"{column} is empty")
        return None
    match = _STAMP.fullmatch(text)
    try:
        if match is None:
            raise ValueError
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        reasons.append(
            f"{column} {_shown(text)} is not a date (YYYY-MM-DD) or a date and "
            "time (YYYY-MM-DD HH:MM)"
        )
        return None
    if not EARLIEST <= moment <= latest:
        reasons.append(
            f"{column} {_shown(text)} is not a date of the war "
            f"({EARLIEST:%Y-%m-%d} to {latest:%Y-%m-%d})"
        )
        return None
    return moment, match.group(4) is not None


def _count(text: str, column: str, reasons: list[str]) -> Count:
    """A whole number written as `108` or `108.0`; None for an empty cell (not reported)."""
    if not text or text.casefold() == "nan":
        return None
    if _WHOLE.fullmatch(text):
        digits = text.split(".")[0].lstrip("0") or "0"
        if len(digits) <= len(str(MAX_ROW_COUNT)) and int(digits) <= MAX_ROW_COUNT:
            return int(digits)  # (a check of the length first: int() of 5,000 digits fails)
        reasons.append(f"{column} {_shown(text)} is more than {MAX_ROW_COUNT:,}, a typo?")
        return None
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        reasons.append(f"{column} {_shown(text)} is not a count")
    elif value < 0:
        reasons.append(f"{column} {_shown(text)} is negative")
    elif not value.is_integer():
        reasons.append(f"{column} {_shown(text)} is not a whole number")
    elif value > MAX_ROW_COUNT:
        reasons.append(f"{column} {_shown(text)} is more than {MAX_ROW_COUNT:,}, a typo?")
    else:
        return int(value)
    return None


def _shown(text: str) -> str:
    """A cell's text for a message: quoted, control characters escaped, long text cut."""
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 1] + "…"
    return json.dumps(text, ensure_ascii=False)
