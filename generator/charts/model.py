"""What a chart says, as typed values: the input of every renderer (SVG, Plotly, the data
table, the downloads and the description), so all of them show the same numbers.

A chart is a row of bars. Each bar has a whole (what was launched) split into parts (shot
down, suppressed, unaccounted), in the order of the chart's `parts`. A value the source
did not give is `ValueStatus.NOT_REPORTED`, never 0; a derived value (worked out by
`generator.factsheet.derived` or the caller, never typed in) says how it was worked out. Lines
(a 7-night average, say) run over the same bars; a chart of lines alone (`Layout.LINES`,
shares over time) draws no bars and tabulates only its lines.

A series of nights can single out nights (`marks`: the nights that have an explainer,
linked to it) and offer named ranges of nights (`spans`) that a page lets the reader
choose between.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ValueStatus(StrEnum):
    REPORTED = "reported"
    DERIVED = "derived"
    NOT_REPORTED = "not reported"
    NOT_DERIVABLE = "cannot be worked out"  # a derived value whose inputs are missing
    TODO = "TODO"  # a draft's figure the editor has yet to fill in


_MISSING_TEXT = {
    ValueStatus.NOT_REPORTED: "Not reported",
    ValueStatus.NOT_DERIVABLE: "Cannot be worked out",
    ValueStatus.TODO: "TODO",
    ValueStatus.REPORTED: "?",
    ValueStatus.DERIVED: "?",
}


class Layout(StrEnum):
    ROWS = "rows"  # one horizontal bar per report, its labels above it
    COLUMNS = "columns"  # one column per night: a time series
    LINES = "lines"  # a time series of lines only (shares, in percent): no bars drawn
    CONTEXT = "context"  # one night's column among the nights before it (`highlight`),
    # the whole only, with figures it is set against (`references`: median, maximum)

    @property
    def is_series(self) -> bool:
        return self is not Layout.ROWS


@dataclass(frozen=True)
class Value:
    """One number of a chart, or why there is none (`number` None)."""

    number: int | float | None
    status: ValueStatus
    qualifier: str | None = None  # the source's hedge: "at least", "about"
    note: str = ""  # how a derived value was worked out, or why it could not be
    share: int | None = None  # a part as a whole percentage of its bar's whole, worked
    # out by the caller (generator.factsheet.derived.share), never by the chart

    @classmethod
    def reported(
        cls, number: int | float, qualifier: str | None = None, share: int | None = None
    ) -> Value:
        return cls(number, ValueStatus.REPORTED, qualifier, share=share)

    @classmethod
    def derived(cls, number: int | float, note: str, share: int | None = None) -> Value:
        return cls(number, ValueStatus.DERIVED, note=note, share=share)

    @classmethod
    def not_reported(cls) -> Value:
        return cls(None, ValueStatus.NOT_REPORTED)

    @classmethod
    def not_derivable(cls, reason: str) -> Value:
        return cls(None, ValueStatus.NOT_DERIVABLE, note=reason)

    @classmethod
    def todo(cls) -> Value:
        return cls(None, ValueStatus.TODO)

    @classmethod
    def of_count(cls, count: int | None) -> Value:
        """A count as the Air Force data gives it: None is "not reported", never 0."""
        return cls.not_reported() if count is None else cls.reported(count)

    def text(self, decimals: int = 0) -> str:
        """As a reader sees it: "108", "at least 4", "97.3", "Not reported"."""
        if self.number is None:
            return _MISSING_TEXT[self.status]
        if isinstance(self.number, float):
            number = f"{self.number:,.{decimals}f}"
        else:
            number = f"{self.number:,}"
        return f"{self.qualifier} {number}" if self.qualifier else number

    @property
    def missing_words(self) -> str:
        """Why there is no number, inside a sentence: "not reported", "TODO"."""
        text = _MISSING_TEXT[self.status]
        return text if self.status is ValueStatus.TODO else text.lower()

    @property
    def has_number(self) -> bool:
        return self.number is not None

    @property
    def is_exact(self) -> bool:
        return self.number is not None and self.qualifier is None


@dataclass(frozen=True)
class Measure:
    """What a value counts: the whole ("launched") or one of its parts."""

    key: str  # column name in the downloads: launched, shot_down
    label: str  # "Shot down"
    phrase: str  # how a sentence says it: "shot down", "suppressed by electronic warfare"
    style: str  # the palette's role (see palette.py): shot-down, suppressed, unaccounted
    derived: bool = False


@dataclass(frozen=True)
class Bar:
    """One report, or one night: a whole and its parts."""

    key: str  # stable: a report id, or a night's ISO date
    label: str  # "Russia on Ukraine", or "19 May"
    detail: str  # what and who: "Iranian-made Shahed drones · Ukraine’s Air Force"
    source: str  # who gives these figures, for the caption
    night: date | None
    total: Value
    parts: tuple[Value, ...]  # in the chart's `parts` order
    part_labels: tuple[str | None, ...] = ()  # the source's own word, e.g. "Intercepted"
    subject: str = ""  # what was launched, for sentences: "Iranian-made Shahed drones"
    gap: bool = False  # a series' night without a report at all: a grey band, never 0

    def part_label(self, index: int, measure: Measure) -> str:
        own = self.part_labels[index] if index < len(self.part_labels) else None
        return own or measure.label

    def part_phrase(self, index: int, measure: Measure) -> str:
        own = self.part_labels[index] if index < len(self.part_labels) else None
        return own.lower() if own else measure.phrase


@dataclass(frozen=True)
class Line:
    """A line over the bars (a 7-night average): one value per bar."""

    measure: Measure
    values: tuple[Value, ...]
    decimals: int = 1
    suffix: str = ""  # written after each value: "%"
    symbol: str = ""  # a marker on each point (Plotly's names: circle, square,
    # triangle-up), so that lines differ by shape as well as by colour
    dashed: bool = False

    def text(self, value: Value) -> str:
        """A value of the line as a reader sees it: "117.4", "32%", "Not reported"."""
        return value.text(self.decimals) + (self.suffix if value.has_number else "")


@dataclass(frozen=True)
class Mark:
    """A night singled out on a series (one with an explainer), linked to its page; on a
    night in context (`Layout.CONTEXT`, not drawn), each night's report, linked from its
    row of the table."""

    night: date
    label: str  # drawn on the chart: "Explainer"
    title: str  # what it links to: the explainer's headline
    href: str  # relative to the page that shows the chart (or a report's address)


@dataclass(frozen=True)
class Reference:
    """A figure a night is set against, worked out from the chart's other nights: a rule
    across the plot at `number` (a median), or, with `night`, the label above that
    night's column (the most)."""

    key: str  # stable, for tests and the page: "median", "maximum"
    label: str  # drawn before its number: "Median", "Most"
    number: float
    night: date | None = None
    sentence: str = ""  # for the description: "The median of the 30 nights before: 114."
    derived: bool = False  # worked out by us (a median), not a figure a report gives

    @property
    def number_text(self) -> str:
        """ "114", "114.5", "1,273" """
        whole = self.number == int(self.number)
        return f"{self.number:,.0f}" if whole else f"{self.number:,.1f}"


@dataclass(frozen=True)
class Span:
    """A range of nights a reader can choose to see: the latest 30, all, or the nights
    before an explainer's night."""

    key: str  # stable, for the page's controls: "30", "all", "2025-05-19"
    label: str  # "Last 30 nights"
    first: date
    last: date


@dataclass(frozen=True)
class ChartData:
    """Everything a chart shows. `id` is part of the page's address (`#chart-<id>`) and of
    its data files' names (`data/<id>.csv`): keep it stable."""

    id: str
    title: str  # states the finding
    unit: str  # what the axis counts: "drones"
    total: Measure
    parts: tuple[Measure, ...]
    bars: tuple[Bar, ...]
    layout: Layout = Layout.ROWS
    lines: tuple[Line, ...] = ()
    sources: tuple[str, ...] = ()  # caption lines: who gives which figure
    recent: int | None = None  # series: how many of the latest nights the plot opens on
    marks: tuple[Mark, ...] = ()  # series: nights singled out, oldest first
    spans: tuple[Span, ...] = ()  # series: ranges the page offers (when any, the page's
    # controls choose the range, and the interactive chart has no range buttons of its own)
    highlight: date | None = None  # `Layout.CONTEXT`: the night set in context, its
    highlight_label: str = ""  # column in a colour of its own and labelled ("This night")
    references: tuple[Reference, ...] = ()  # `Layout.CONTEXT`: what it is set against

    def __post_init__(self) -> None:
        for bar in self.bars:
            if len(bar.parts) != len(self.parts):
                raise ValueError(
                    f"bar {bar.key}: {len(bar.parts)} parts, chart has {len(self.parts)}"
                )
        for line in self.lines:
            if len(line.values) != len(self.bars):
                raise ValueError(f"line {line.measure.key}: one value per bar expected")

    @property
    def measures(self) -> tuple[Measure, ...]:
        """What the table and the downloads have a column for."""
        if self.layout is Layout.LINES:
            return tuple(line.measure for line in self.lines)
        return (self.total, *self.parts, *(line.measure for line in self.lines))
