"""The timeline: what happened, grouped by day where the fact sheet dates an event.

An event with a `date` is listed under its day ("Monday 19 May 2025"), days in date order;
its `when` words are kept where they say more than the day does ("Monday, late" under
Monday becomes "Late"). An event without a date stays where the fact sheet puts it,
after the events of the last day named before it, under "Date not given in the article",
with its own words ("After the call"): the page never dates what the article does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.factsheet.model import FactSheet, TimelineEvent
from generator.pages.ids import event_id
from generator.pages.sections import Href
from generator.web.templating import long_date

UNDATED = "Date not given in the article"


@dataclass(frozen=True)
class EventView:
    id: str
    when: str  # the fact sheet's words, less the day's name the day's heading gives
    source_when: str  # the fact sheet's words, for the source link's name
    text: str
    href: str | None


@dataclass(frozen=True)
class DayView:
    heading: str  # "Monday 19 May 2025", or UNDATED
    iso_date: str  # "" for undated events
    events: tuple[EventView, ...]


def timeline(facts: FactSheet, href: Href) -> list[DayView]:
    """The fact sheet's events by day, in date order; undated events after the day
    before them, in the fact sheet's order."""
    keyed: list[tuple[tuple[date, bool, int], TimelineEvent, int]] = []
    last = date.min
    for n, event in enumerate(facts.timeline, start=1):
        last = event.date or last
        keyed.append(((last, event.date is None, n), event, n))
    days: list[DayView] = []
    for key, event, n in sorted(keyed, key=lambda k: k[0]):
        day, undated = key[0], key[1]
        heading = UNDATED if undated else long_date(day, weekday=True)
        view = EventView(event_id(n), _when(event), event.when, event.text, href(event_id(n)))
        if days and days[-1].heading == heading:
            days[-1] = DayView(heading, days[-1].iso_date, (*days[-1].events, view))
        else:
            days.append(DayView(heading, "" if undated else day.isoformat(), (view,)))
    return days


def _when(event: TimelineEvent) -> str:
    """ "Monday, late" on a Monday → "Late"; "Monday" → "" (the heading says it)."""
    if event.date is None:
        return event.when
    weekday = long_date(event.date, weekday=True).split(" ")[0]
    words = event.when.strip()
    if not words.casefold().startswith(weekday.casefold()):
        return words
    rest = words[len(weekday) :].lstrip(" ,;:–—-")
    if rest and words[len(weekday)].isalpha():
        return words  # "Mondays", not the day's name
    return rest[:1].upper() + rest[1:]
