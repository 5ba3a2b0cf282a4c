"""Chart colours for Material's two palettes, light (`default`) and dark (`slate`).

Okabe–Ito hues, which readers with the common colour-vision deficiencies can tell apart,
chosen per palette so that every coloured shape stands out from the page (3:1) and the
numbers written on it are legible (4.5:1); tests/charts/test_chart_palette.py checks both. Colour
is never the only cue: every part is named beside its swatch, derived parts are hatched,
and what was not reported is a dashed outline with the words.

The static SVG takes these colours from CSS custom properties (charts.css, which a test
keeps equal to this table); the Plotly chart gets them from the figure's `themes`.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMES = ("default", "slate")


@dataclass(frozen=True)
class Swatch:
    fill: str
    ink: str  # text written on the fill
    stripe: str = ""  # hatching over the fill, for derived values


# What each palette role looks like, by scheme. Keys are the `style` of a Measure.
SWATCHES: dict[str, dict[str, Swatch]] = {
    "default": {
        "shot-down": Swatch("#0072b2", "#ffffff"),
        "suppressed": Swatch("#009e73", "#000000"),
        "unaccounted": Swatch("#d55e00", "#000000", "#f3b27f"),
        "average": Swatch("#9e3a78", "#ffffff"),
        "missiles": Swatch("#d55e00", "#000000"),  # a line of its own beside drones' lines
        # A night set in context (`Layout.CONTEXT`): the nights before it in grey, the
        # night itself in the site's indigo, darker than the grey (not told by hue alone).
        "context": Swatch("#8c929c", "#000000"),
        "highlight": Swatch("#3f51b5", "#ffffff"),
    },
    "slate": {
        "shot-down": Swatch("#56b4e9", "#000000"),
        "suppressed": Swatch("#009e73", "#000000"),
        "unaccounted": Swatch("#e69f00", "#000000", "#a86f00"),
        "average": Swatch("#e08fc2", "#000000"),
        "missiles": Swatch("#e69f00", "#000000"),
        "context": Swatch("#6f7582", "#000000"),
        "highlight": Swatch("#9fa8da", "#000000"),
    },
}

# The page around the chart: Material's own background and text, and our muted greys
# (Material's light text colour is too faint for small chart labels).
PAGE: dict[str, dict[str, str]] = {
    "default": {
        "background": "#ffffff",
        "text": "#1f1f1f",
        "muted": "#5c5c5c",
        "grid": "#d9d9d9",
        "axis": "#767676",
        "outline": "#6b6b6b",  # dashed "not reported" outlines
        "gap": "#eeeeee",  # nights without a report
    },
    "slate": {
        "background": "#1e2129",
        "text": "#e2e4e9",
        "muted": "#b4b9c4",
        "grid": "#3a3f4b",
        "axis": "#8a909c",
        "outline": "#9aa0ab",
        "gap": "#343946",  # light enough to be seen on the dark page
    },
}


def swatch(scheme: str, style: str) -> Swatch:
    return SWATCHES[scheme].get(style) or SWATCHES[scheme]["shot-down"]


def css_variables(scheme: str) -> dict[str, str]:
    """The custom properties charts.css sets for a palette (a test compares them)."""
    found = {f"--chart-{name}": value for name, value in PAGE[scheme].items()}
    for style, sw in SWATCHES[scheme].items():
        found[f"--chart-{style}"] = sw.fill
        found[f"--chart-{style}-ink"] = sw.ink
        if sw.stripe:
            found[f"--chart-{style}-stripe"] = sw.stripe
    return found


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
