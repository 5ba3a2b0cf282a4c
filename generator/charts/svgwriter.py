"""A few lines of SVG writing: elements with escaped text and attributes, and numbers
written the same way on every machine (same inputs, same bytes).

Chart labels come from fact sheets and imported data, untrusted text: everything goes
through `markupsafe.escape`, and the result is `Markup` only once it is built here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from markupsafe import Markup, escape

Attrs = Mapping[str, str | int | float | None]
AttrDict = dict[str, str | int | float | None]


def num(value: float) -> str:
    """A coordinate: at most one decimal, no "-0", no trailing ".0"."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _attrs(attrs: Attrs) -> str:
    parts = []
    for name, value in attrs.items():
        if value is None:
            continue
        text = num(value) if isinstance(value, float) else str(value)
        parts.append(f' {name}="{escape(text)}"')
    return "".join(parts)


def element(tag: str, attrs: Attrs, children: Iterable[str] = ()) -> str:
    """`<tag attrs>children</tag>`; children are markup built by this module."""
    inner = "".join(children)
    return f"<{tag}{_attrs(attrs)}>{inner}</{tag}>"


def empty(tag: str, attrs: Attrs) -> str:
    return f"<{tag}{_attrs(attrs)}/>"


def text(x: float, y: float, content: str, attrs: Attrs | None = None) -> str:
    """A line of real SVG text (selectable, readable by search engines)."""
    return f'<text x="{num(x)}" y="{num(y)}"{_attrs(attrs or {})}>{escape(content)}</text>'


def title(content: str) -> str:
    return f"<title>{escape(content)}</title>"


def svg(
    width: float,
    height: float,
    body: Iterable[str],
    css_class: str,
    *,
    labelledby: str | None = None,
    title_text: str = "",
    chart_id: str | None = None,
) -> Markup:
    """The root. A chart is role="img" named by its caption (`labelledby`: the generated
    description), with a <title> for tools that read the SVG alone; without `labelledby`
    it is decoration (a legend swatch), hidden from assistive technology."""
    attrs: AttrDict = {
        "xmlns": "http://www.w3.org/2000/svg",
        "class": css_class,
        "viewBox": f"0 0 {num(width)} {num(height)}",
        "width": num(width),
        "height": num(height),
    }
    if labelledby:
        attrs.update({"role": "img", "aria-labelledby": labelledby, "data-chart": chart_id})
        attrs["font-family"] = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
    else:
        attrs.update({"aria-hidden": "true", "focusable": "false"})
    children = [title(title_text)] if title_text else []
    return Markup(element("svg", attrs, [*children, *body]))
