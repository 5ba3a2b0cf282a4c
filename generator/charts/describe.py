"""The chart in words, generated from its data: the accessible name of both renderings
and the caption a reader sees. It says what was launched, what share was shot down or
suppressed, what is unaccounted for (derived), and what the source did not report.

Only the chart's own values and shares are used: nothing is added up or worked out here.
"""

from __future__ import annotations

from generator.charts.model import Bar, ChartData, Layout, Line, Value, ValueStatus
from generator.web.templating import long_date


def describe(data: ChartData) -> str:
    if not data.bars:
        return f"{data.title}: no figures yet."
    if data.layout is Layout.COLUMNS:
        return _describe_series(data) + _marks(data) + _opening(data)
    if data.layout is Layout.LINES:
        return _describe_lines(data) + _marks(data) + _opening(data)
    if data.layout is Layout.CONTEXT:
        return _describe_context(data)
    return " ".join(_describe_bar(data, bar) for bar in data.bars)


def _describe_bar(data: ChartData, bar: Bar, heading: str | None = None) -> str:
    when = f"night of {long_date(bar.night)}" if bar.night else "night not given"
    head = heading or f"{bar.label}, {when}, according to {bar.source}: "
    what = bar.subject or data.unit
    if not bar.subject and bar.total.number == 1 and what.endswith("s"):
        what = what[:-1]  # "1 missile launched" (a chart's unit is a plural noun)
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
        for status, verb in ((ValueStatus.NOT_REPORTED, "not reported"),
                             (ValueStatus.TODO, "still to be filled in"))
        if any(value.status is status for _, value in named)
    ]  # fmt: skip
    if gaps:
        said += "; " + "; ".join(gaps)
    for measure, value in zip(data.parts, bar.parts, strict=True):
        if value.status is ValueStatus.NOT_DERIVABLE:
            if gaps:
                said += f", so the number {measure.phrase} cannot be worked out"
            else:
                said += f"; the number {measure.phrase} cannot be worked out ({value.note})"
    return f"{head}{said}."


def _share(value: Value) -> str:
    inside = [f"{value.share}%"] if value.share is not None else []
    if value.status is ValueStatus.DERIVED:
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
    none_given = [b for b in bars if not b.gap and not b.total.has_number]
    head = _nights(data, f"{data.total.label} {data.unit} per night")
    if none_given:
        head = head.removesuffix(".") + (
            f"; on {len(none_given)} other night{'s' if len(none_given) != 1 else ''} "
            f"the report gives no figure for {data.unit}."
        )
    sentences = [head]
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


def _describe_context(data: ChartData) -> str:
    """One night among the nights before it: the nights shown, the night's own figure,
    and what it is set against."""
    sentences = [_nights(data, f"{data.unit.capitalize()} {data.total.phrase} per night")]
    night = next((b for b in data.bars if b.night is not None and b.night == data.highlight), None)
    if night is not None:
        sentences.append(
            f"Highlighted, the night of {_day(night)}: {night.total.text()} {data.total.phrase}."
        )
    sentences += [r.sentence for r in data.references if r.sentence]
    return " ".join(sentences)


def _nights(data: ChartData, what: str) -> str:
    """ "What per night, 14 April 2025 to 19 May 2025: 36 nights, 4 of them without a
    report." """
    bars = data.bars
    first, last = bars[0], bars[-1]
    span = f"{_day(first)} to {_day(last)}" if len(bars) > 1 else _day(first)
    gaps = sum(bar.gap for bar in bars)
    return f"{what}, {span}: {len(bars)} night{'s' if len(bars) != 1 else ''}" + (
        f", {gaps} of them without a report." if gaps else "."
    )


def _describe_lines(data: ChartData) -> str:
    """Shares over time: for each line, its range of values and its latest one."""
    unit = data.unit[:1].upper() + data.unit[1:]
    sentences = [_nights(data, f"{unit} per night")]
    for line in data.lines:
        sentences.append(_describe_line(data, line))
    return " ".join(sentences)


def _describe_line(data: ChartData, line: Line) -> str:
    known = [(bar, value) for bar, value in zip(data.bars, line.values, strict=True)
             if value.number is not None]  # fmt: skip
    label = line.measure.label
    if not known:
        return f"{label}: no night has a figure."
    low = min(known, key=lambda item: (item[1].number or 0, item[0].key))
    high = max(known, key=lambda item: (item[1].number or 0, item[0].key))
    latest_bar, latest = known[-1]
    count = f"{len(known)} night{'s' if len(known) != 1 else ''}"
    return (
        f"{label}: {count} with a figure, from {line.text(low[1])} ({_day(low[0])}) to "
        f"{line.text(high[1])} ({_day(high[0])}); on the latest, {_day(latest_bar)}, "
        f"{line.text(latest)}."
    )


def _marks(data: ChartData) -> str:
    """The nights singled out (those with an explainer)."""
    if not data.marks:
        return ""
    days = _join([long_date(mark.night) for mark in data.marks])
    plural = "Nights" if len(data.marks) > 1 else "Night"
    return f" {plural} with an explainer: {days}."


def _opening(data: ChartData) -> str:
    """The description covers every night; the static chart it names only the latest."""
    if data.recent is None or data.recent >= len(data.bars):
        return ""
    return f" The chart shows the latest {data.recent} nights; the downloads hold every night."


def _day(bar: Bar) -> str:
    return long_date(bar.night) if bar.night else bar.label
