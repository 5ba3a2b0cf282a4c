"""The chart in words, generated from its data: the accessible name of both renderings
and the caption a reader sees. It says what was launched, what share was shot down or
suppressed, what is unaccounted for (derived), and what the source did not report.

Only the chart's own values and shares are used: nothing is added up or worked out here.
"""

from __future__ import annotations

from generator.charts.model import Bar, ChartData, Layout, Status, Value
from generator.templating import long_date


def describe(data: ChartData) -> str:
    if not data.bars:
        return f"{data.title}: no figures yet."
    if data.layout is Layout.COLUMNS:
        return _describe_series(data)
    return " ".join(_describe_bar(data, bar) for bar in data.bars)


def _describe_bar(data: ChartData, bar: Bar, heading: str | None = None) -> str:
    when = f"night of {long_date(bar.night)}" if bar.night else "night not given"
    head = heading or f"{bar.label}, {when}, according to {bar.source}: "
    what = bar.subject or data.unit
    known = [
        f"{value.text()} {bar.part_phrase(i, measure)}{_share(value)}"
        for i, (measure, value) in enumerate(zip(data.parts, bar.parts, strict=True))
        if value.has_number
    ]
    if bar.total.has_number:
        said = f"{bar.total.text()} {what} {data.total.phrase}"
        if known:
            said += f", of which {_join(known)}"
    elif known:
        number, _, rest = known[0].partition(" ")
        said = _join([f"{number} {what} {rest}", *known[1:]])
    else:
        said = "no figures"
    named = [(data.total.label.lower(), bar.total)] + [
        (bar.part_label(i, measure).lower(), value)
        for i, (measure, value) in enumerate(zip(data.parts, bar.parts, strict=True))
    ]
    gaps = [
        f"{_join([name for name, value in named if value.status is status])} {verb}"
        for status, verb in ((Status.NOT_REPORTED, "not reported"),
                             (Status.TODO, "still to be filled in"))
        if any(value.status is status for _, value in named)
    ]  # fmt: skip
    if gaps:
        said += "; " + "; ".join(gaps)
    for measure, value in zip(data.parts, bar.parts, strict=True):
        if value.status is Status.NOT_DERIVABLE:
            if gaps:
                said += f", so the number {measure.phrase} cannot be worked out"
            else:
                said += f"; the number {measure.phrase} cannot be worked out ({value.note})"
    return f"{head}{said}."


def _share(value: Value) -> str:
    inside = [f"{value.share}%"] if value.share is not None else []
    if value.status is Status.DERIVED:
        formula = value.note.split(" = ")[0] if value.note else ""
        inside.append(f"derived: {formula}" if formula else "derived")
    return f" ({'; '.join(inside)})" if inside else ""


def _join(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _describe_series(data: ChartData) -> str:
    """A series of nights: its range, its gaps, its highest night and its latest one."""
    bars = data.bars
    first, last = bars[0], bars[-1]
    span = f"{_day(first)} to {_day(last)}" if len(bars) > 1 else _day(first)
    without = [b for b in bars if not b.total.has_number]
    sentences = [
        f"{data.total.label} {data.unit} per night, {span}: {len(bars)} "
        f"night{'s' if len(bars) != 1 else ''}"
        + (f", {len(without)} of them without a report." if without else ".")
    ]
    reported = [b for b in bars if b.total.number is not None]
    if reported:
        top = max(reported, key=lambda b: (b.total.number or 0, b.key))
        sentences.append(f"The most in one night: {top.total.text()} on {_day(top)}.")
        latest = reported[-1]
        sentences.append(
            _describe_bar(data, latest, f"The latest night with a report, {_day(latest)}: ")
        )
        index = bars.index(latest)
        for line in data.lines:
            value = line.values[index]
            if value.has_number:
                sentences.append(f"{line.measure.label} that night: {value.text(line.decimals)}.")
    return " ".join(sentences)


def _day(bar: Bar) -> str:
    return long_date(bar.night) if bar.night else bar.label
