"""What both Plotly layouts share: the page's font, safe text, the base layout."""

from __future__ import annotations

from typing import Any

from generator.charts.palette import PAGE, Swatch

Figure = dict[str, Any]
"""A Plotly figure as plain data: {"data": [traces], "layout": {...}}."""

FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"


def plotly_text(text: str) -> str:
    """Untrusted text for a Plotly string: Plotly reads a few HTML tags in labels, so
    the text's own <, > and & become entities (which Plotly shows as characters)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def base_layout(scheme: str, height: float) -> dict[str, Any]:
    page = PAGE[scheme]
    return {
        "height": height,
        "autosize": True,
        "font": {"family": FONT, "size": 13, "color": page["text"]},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "showlegend": False,  # the page's legend (HTML) names every colour
        "dragmode": False,  # a drag on a phone scrolls the page, it does not zoom
        "hoverlabel": {
            "bgcolor": page["background"],
            "bordercolor": page["axis"],
            "font": {"family": FONT, "size": 13, "color": page["text"]},
            "align": "left",
        },
        "uniformtext": {"mode": "hide", "minsize": 12},  # a number that does not fit is
        # left off its segment (it is in the words under the bar and on hover)
    }


def derived_hatch(swatch: Swatch, size: int) -> dict[str, Any]:
    """The stripes that mark a derived figure (worked out, not reported), as the static
    SVG draws them: never told apart by colour alone."""
    return {
        "shape": "/",
        "fgcolor": swatch.stripe,
        "bgcolor": swatch.fill,
        "fillmode": "replace",
        "size": size,
        "solidity": 0.4,
    }
