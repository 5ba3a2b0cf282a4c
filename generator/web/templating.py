"""Jinja2, set up so that text from articles and fact sheets is always escaped.

Autoescaping is on for every template (they produce Markdown made of raw HTML blocks):
untrusted text can only ever reach the page as text. Templates avoid blank lines inside
HTML blocks, which Markdown would otherwise take as the end of the block.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: date | None, weekday: bool = False) -> str:
    """ "19 May 2025" (or "Monday 19 May 2025"), the same whatever the machine's locale."""
    if day is None:
        return "date to be confirmed"
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_DAYS[day.weekday()]} {text}" if weekday else text


def yaml_string(text: str) -> Markup:
    """A front-matter value. Themes print page titles and descriptions as HTML without
    escaping them (MkDocs' Jinja has no autoescape), so escape here, then quote for YAML."""
    escaped = str(Markup.escape(text)).replace("\\", "\\\\")
    return Markup(f'"{escaped}"')


def front_matter(value: Any, key: str) -> Markup:
    """A front-matter entry holding structured data (sharing metadata), written by the
    YAML dumper so that any text round-trips exactly. Its values stay plain text: the
    templates that print them escape them (generator/theme/partials/explainer-head.html).
    Markup only keeps autoescape from rewriting the YAML's own quotes; this is never HTML."""
    dumped = yaml.safe_dump({key: value}, sort_keys=True, allow_unicode=True, width=1000)
    return Markup(dumped.rstrip("\n"))


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["long_date"] = long_date
    env.filters["yaml_string"] = yaml_string
    env.filters["front_matter"] = front_matter
    return env


ENV = _environment()


def render(template: str, **context: Any) -> str:
    return ENV.get_template(template).render(**context)
