"""Figures the article implies but does not state, worked out here and never typed in.

Each derived figure says how it was worked out, so the page can label it as derived; when
it cannot be worked out (a part not reported, a hedged number), it says why instead of
guessing.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.factsheet.model import Figure, StrikeReport


@dataclass(frozen=True)
class Derived:
    """A worked-out figure, or the reason it cannot be worked out (`value` None)."""

    value: int | None
    formula: str
    reason: str = ""


def unaccounted(report: StrikeReport) -> Derived:
    """Launched minus shot down minus suppressed: what neither side says was stopped."""
    formula = "launched − shot down − suppressed"
    parts = (report.launched, report.shot_down, report.suppressed)
    missing = [_name(f) for f in parts if not f.is_reported]
    if missing:
        return Derived(None, formula, f"{' and '.join(missing)} not reported")
    hedged = [_name(f) for f in parts if not f.is_exact]
    if hedged:
        return Derived(None, formula, f"{' and '.join(hedged)} not exact")
    assert report.launched.count is not None
    value = report.launched.count - _count(report.shot_down) - _count(report.suppressed)
    if value < 0:
        return Derived(None, formula, "the parts add up to more than launched")
    return Derived(
        value,
        f"{report.launched.count} − {report.shot_down.count} − {report.suppressed.count}",
    )


def unaccounted_counts(launched: int | None, shot_down: int | None,
                       suppressed: int | None) -> Derived:  # fmt: skip
    """The same for plain counts (a night of the Air Force data): None is not reported."""
    formula = "launched − shot down − suppressed"
    names = ("launched", "shot down", "suppressed")
    missing = [
        n for n, c in zip(names, (launched, shot_down, suppressed), strict=True) if c is None
    ]
    if missing:
        return Derived(None, formula, f"{' and '.join(missing)} not reported")
    assert launched is not None and shot_down is not None and suppressed is not None
    value = launched - shot_down - suppressed
    if value < 0:
        return Derived(None, formula, "the parts add up to more than launched")
    return Derived(value, f"{launched} − {shot_down} − {suppressed}")


def count_share(part: int | None, whole: int | None) -> int | None:
    """`part` as a whole-number percentage of `whole` (plain counts)."""
    if part is None or not whole:
        return None
    return round(100 * part / whole)


def share(part: Figure | Derived, whole: Figure) -> int | None:
    """`part` as a whole-number percentage of `whole`, when both are exact."""
    part_count = (
        part.value if isinstance(part, Derived) else (part.count if part.is_exact else None)
    )
    if part_count is None or not whole.is_exact or not whole.count:
        return None
    return round(100 * part_count / whole.count)


def derived_numbers(report: StrikeReport) -> set[int]:
    """Every number the page may show for this report that the article does not state."""
    numbers: set[int] = set()
    left = unaccounted(report)
    if left.value is not None:
        numbers.add(left.value)
    both = stopped(report)
    for part in (report.shot_down, report.suppressed, left, both):
        percent = share(part, report.launched)
        if percent is not None:
            numbers.add(percent)
    if both.value is not None:
        numbers.add(both.value)
    return numbers


def stopped(report: StrikeReport) -> Derived:
    """Shot down plus suppressed: what the source says was stopped, when both are exact."""
    parts = (report.shot_down, report.suppressed)
    if all(p.is_exact for p in parts):
        return Derived(_count(parts[0]) + _count(parts[1]), "shot down + suppressed")
    return Derived(None, "shot down + suppressed", "not exact")


def _count(figure: Figure) -> int:
    return figure.count or 0


def _name(figure: Figure) -> str:
    return figure.key.replace("_", " ")
