"""Jinja2, set up so that text from articles and fact sheets is always escaped.

Autoescaping is on for every template (they produce Markdown made of raw HTML blocks):
untrusted text can only ever reach the page as text, and each text is isolated for the
bidi algorithm, so that it cannot reorder the words around it. Templates avoid blank lines inside
HTML blocks, which Markdown would otherwise take as the end of the block.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from generator.web.bidi import isolate

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


def page_front_matter(**entries: Any) -> Markup:
    """A page's YAML front matter, `---` lines included, written by the YAML emitter (never
    by hand, so no text can end a value early or make the block unreadable).

    Themes print a page's title and description as HTML without escaping them (MkDocs'
    Jinja has no autoescape): text values are escaped here. Structured values (sharing
    metadata) stay plain text; the templates that print them escape them
    (generator/theme/partials/explainer-head.html). Entries that are None are left out;
    the order is the order given. Markup only keeps autoescape from rewriting the YAML;
    this is never HTML. Text values are isolated (`generator.web.bidi`): the theme sets
    the title among its own words ("<title> - <site name>")."""
    values = {
        key: str(Markup.escape(isolate(value))) if isinstance(value, str) else value
        for key, value in entries.items()
        if value is not None
    }
    dumped = yaml.dump(
        values, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=_NO_FOLDING
    )
    return Markup(f"---\n{dumped}---")


_NO_FOLDING = 1 << 30  # one value, one line: readable, and the same on every machine
# libyaml's emitter (in PyYAML's wheels) writes every page's front matter ten times as fast
# as the pure-Python one, the same text but for U+0085 and characters beyond U+FFFF, which
# it writes as escapes ("\U0001F680"); both read back as the same value.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _isolated(value: Any) -> Any:
    """Every text a template prints stays inside its own words (`generator.web.bidi`): a
    right-to-left name or an unterminated override cannot reorder the page around it.
    Markup is the templates' own HTML (or HTML built from escaped text) and is left
    alone."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return isolate(value)
    return value


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        finalize=_isolated,
    )
    env.filters["long_date"] = long_date
    env.globals["page_front_matter"] = page_front_matter
    env.filters["isolate"] = isolate
    return env


ENV = _environment()


def render(template: str, **context: Any) -> str:
    return ENV.get_template(template).render(**context)
