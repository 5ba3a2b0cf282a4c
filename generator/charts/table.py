"""A chart's figures as table rows: the page's table under the chart, and the rows the
interactive chart fills that table with when the reader chooses another range of nights
(in the Plotly figure's file, so both come from this one module and always agree)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.charts.model import Bar, ChartData, Layout, Mark, Span, Value, ValueStatus
from generator.charts.svg_columns import shown_bars
from generator.web.templating import long_date


@dataclass(frozen=True)
class TableCell:
    text: str
    status: str


@dataclass(frozen=True)
class TableRow:
    key: str
    header: str
    cells: tuple[TableCell, ...]
    mark: Mark | None = None  # the night's explainer, linked from the row's header
    note: str = ""  # a night without figures says why once, in one cell across the
    note_span: int = 0  # columns of its missing figures (lines' values, if any, follow)

    def as_json(self) -> dict[str, Any]:
        """For charts.js, which builds the same row with text nodes only."""
        found: dict[str, Any] = {
            "key": self.key,
            "header": self.header,
            "cells": [[cell.text, cell.status] for cell in self.cells],
        }
        if self.note:
            found["note"] = [self.note, self.note_span]
        if self.mark:
            found["mark"] = {"label": self.mark.label, "title": self.mark.title,
                             "href": self.mark.href}  # fmt: skip
        return found


def table_rows(data: ChartData, indexes: range | None = None) -> tuple[TableRow, ...]:
    """The rows of the bars at `indexes` (all by default)."""
    marks = {mark.night: mark for mark in data.marks}
    chosen = indexes if indexes is not None else range(len(data.bars))
    return tuple(_row(data, i, data.bars[i], marks) for i in chosen)


def opening_rows(data: ChartData) -> tuple[TableRow, ...]:
    """What the page's table shows first: every report, or the nights the chart opens on
    (a series can be years of nights; the downloads have them all)."""
    if not data.layout.is_series:
        return table_rows(data)
    start, _ = shown_bars(data)
    return table_rows(data, range(start, len(data.bars)))


def table_caption(data: ChartData) -> str:
    if not data.layout.is_series:
        return "The chart’s figures, report by report"
    if data.spans:  # the first is the range the chart opens on
        return span_caption(data.spans[0])
    start, shown = shown_bars(data)
    nights = [bar.night for bar in shown if bar.night]
    if not nights:
        return "The chart’s figures, night by night"
    which = f"the latest {len(shown)} of {len(data.bars)} nights" if start else "every night"
    return (
        f"The chart’s figures, night by night: {which}, "
        f"{long_date(nights[0])} to {long_date(nights[-1])}"
    )


def span_caption(span: Span) -> str:
    """ "The chart’s figures, night by night: last 30 nights, 20 April 2025 to 19 May
    2025" (the caption of a series' table showing the range)."""
    label = span.label[:1].lower() + span.label[1:]
    return (
        f"The chart’s figures, night by night: {label}, {long_date(span.first)} to "
        f"{long_date(span.last)}"
    )


def _row(data: ChartData, index: int, bar: Bar, marks: dict[Any, Mark]) -> TableRow:
    cells: list[TableCell] = []
    if data.layout is not Layout.LINES:
        cells.append(_cell(bar.total))
        for i, (measure, value) in enumerate(zip(data.parts, bar.parts, strict=True)):
            own = bar.part_labels[i] if i < len(bar.part_labels) else None
            cells.append(_cell(value, f" ({own.lower()})" if own and own != measure.label else ""))
    lines = [_cell(ln.values[index], decimals=ln.decimals, suffix=ln.suffix) for ln in data.lines]
    header = f"{bar.label} ({bar.source})" if bar.source else bar.label
    mark = marks.get(bar.night)
    if data.layout.is_series:
        highlighted = bar.night is not None and bar.night == data.highlight
        header = data.highlight_label if highlighted and data.highlight_label else bar.label
        if bar.detail and not any(_has_number(cell) for cell in cells):
            # "No national report" once, rather than "Not reported" in every column; a
            # line's value (an average over the nights around) still has its own cell
            if not any(_has_number(cell) for cell in lines):
                return TableRow(bar.key, header, (), mark, _sentence(bar.detail),
                                len(cells) + len(lines))  # fmt: skip
            return TableRow(bar.key, header, tuple(lines), mark, _sentence(bar.detail),
                            len(cells))  # fmt: skip
    return TableRow(bar.key, header, (*cells, *lines), mark)


def _has_number(cell: TableCell) -> bool:
    return cell.status in (ValueStatus.REPORTED.value, ValueStatus.DERIVED.value)


def _sentence(words: str) -> str:
    return words[:1].upper() + words[1:]


def _cell(value: Value, own_label: str = "", decimals: int = 0, suffix: str = "") -> TableCell:
    text = value.text(decimals) + (suffix if value.has_number else "") + own_label
    if value.share is not None:
        text += f" ({value.share}%)"
    if value.status is ValueStatus.DERIVED:
        text += ", derived"
    return TableCell(text, value.status.value)
