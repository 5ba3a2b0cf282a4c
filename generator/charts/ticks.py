"""Axis scales with round ticks, shared by the static SVG and the Plotly chart so that
both draw the same axis."""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator.charts.model import ChartData


@dataclass(frozen=True)
class Scale:
    maximum: float
    step: float

    @property
    def ticks(self) -> tuple[float, ...]:
        count = round(self.maximum / self.step)
        return tuple(self.step * i for i in range(count + 1))


def nice_scale(largest: float, most_ticks: int = 6) -> Scale:
    """From 0 to a round number at or above `largest`, in at most `most_ticks` steps of
    1, 2, 2.5 or 5 times a power of ten."""
    if largest <= 0:  # nothing to draw (nothing reported): an empty axis of 0 to 10
        return Scale(10.0, 5.0)
    raw = largest / most_ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw:
            break
    maximum = math.ceil(largest / step - 1e-9) * step
    return Scale(float(maximum), float(step))


def tick_label(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def largest_drawn(data: ChartData) -> float:
    """The longest bar or highest point: the whole, or its parts stacked when they add
    up to more (a hedged part), or a line's value."""
    largest = 0.0
    for bar in data.bars:
        stacked = sum(v.number or 0 for v in bar.parts)
        largest = max(largest, bar.total.number or 0, stacked)
    for line in data.lines:
        largest = max([largest, *(v.number or 0 for v in line.values)])
    return largest
