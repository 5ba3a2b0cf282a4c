"""The imported Air Force reports as typed values: what the tracker and the explainer
pages read, never the CSV file or the data file's raw YAML.

Counts are `int | None`: None is "not reported", never 0. National figures (the Air
Force Command's own report, source `kpszsu`) and regional ones (an air command such as
`PvKPivden`) are kept apart: regional rows may repeat what the national report already
counts, so they are never added to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

Count = int | None
"""A count as the report gives it; None when the report does not give it (never 0)."""

CREDIT = "Petro Ivaniuk, Massive Missile Attacks on Ukraine (from Ukrainian Air Force reports)"
DATASET_URL = "https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine"

NATIONAL_CHANNEL = "kpszsu"
_COMMAND_NAMES = {
    "kpszsu": "Ukrainian Air Force Command",
    "pvkpivden": "Air Command South",
    "pvkskhid": "Air Command East",
    "pvkzakhid": "Air Command West",
    "pvktsentr": "Air Command Centre",
}
_SITE_PREFIXES = ("www.facebook.com/", "m.facebook.com/", "facebook.com/", "t.me/")


class WeaponClass(StrEnum):
    DRONE = "drone"
    MISSILE = "missile"
    OTHER = "other"  # guided bombs and the like: neither drones nor missiles


DRONES = frozenset({WeaponClass.DRONE})
MISSILES = frozenset({WeaponClass.MISSILE})
DRONES_AND_MISSILES = frozenset({WeaponClass.DRONE, WeaponClass.MISSILE})


def selection_name(classes: frozenset[WeaponClass]) -> str:
    """'drones', 'missiles' or 'drones and missiles' (the fact sheet's words)."""
    names = [
        name
        for cls, name in (
            (WeaponClass.DRONE, "drones"),
            (WeaponClass.MISSILE, "missiles"),
            (WeaponClass.OTHER, "other weapons"),
        )
        if cls in classes
    ]
    return " and ".join(names)


class PeriodKind(StrEnum):
    NIGHT = "night"  # 18:00 on the date to 06:00 the next morning
    DAY = "day"  # 06:00 to 18:00 on the date: a daytime attack, outside any night


# No night has seen more than about 800 drones and missiles: a count above this is a typo,
# and a count of hundreds of digits would break every build that charts it.
MAX_ROW_COUNT = 10_000


@dataclass(frozen=True, order=True)
class Window:
    """The time a report covers, as the dataset gives it (local time in Ukraine). A side
    given as a bare date has no time of day (`*_timed` False) and is read as 00:00."""

    start: datetime
    end: datetime
    start_timed: bool = True
    end_timed: bool = True

    @property
    def timed(self) -> bool:
        return self.start_timed and self.end_timed

    @property
    def start_text(self) -> str:
        return _stamp(self.start, self.start_timed)

    @property
    def end_text(self) -> str:
        return _stamp(self.end, self.end_timed)

    def __str__(self) -> str:
        if self.start_text == self.end_text:
            return self.start_text
        return f"{self.start_text} – {self.end_text}"


def _stamp(moment: datetime, timed: bool) -> str:
    return moment.isoformat(" ", "minutes") if timed else moment.date().isoformat()


@dataclass(frozen=True)
class Figures:
    """The counts of one row, or the totals of several (None: not reported)."""

    launched: Count = None
    shot_down: Count = None  # the dataset's `destroyed`
    suppressed: Count = None  # `not_reach_goal`: lost to electronic warfare
    still_attacking: Count = None


FIGURE_NAMES = ("launched", "shot_down", "suppressed", "still_attacking")


@dataclass(frozen=True)
class ReportRow:
    """One row of the dataset: one weapon model in one report."""

    source: str  # the report's post id, e.g. kpszsu/posts/pfbid0…
    window: Window
    model: str  # as the dataset writes it (Cyrillic names included)
    weapon: WeaponClass
    kind: str  # e.g. "attack drone", "cruise missile" (from weapons.yaml)
    figures: Figures

    @property
    def channel(self) -> str:
        return channel_of(self.source)

    @property
    def is_national(self) -> bool:
        return self.channel.casefold() == NATIONAL_CHANNEL

    @property
    def command(self) -> str:
        """Who reports it, in words: the Air Force Command or a regional air command."""
        return _COMMAND_NAMES.get(self.channel.casefold(), self.channel)

    @property
    def url(self) -> str:
        return post_url(self.source)


def channel_of(source: str) -> str:
    """`kpszsu` for `kpszsu/posts/…` (or a full Facebook or Telegram address)."""
    text = source.strip()
    for scheme in ("https://", "http://"):
        text = text.removeprefix(scheme)
    for prefix in _SITE_PREFIXES:
        if text.casefold().startswith(prefix):
            text = text[len(prefix) :]
            break
    return text.split("/", 1)[0]


def post_url(source: str) -> str:
    """The report's address: the dataset's post ids are paths on Facebook; a source that
    names its site without a scheme (`t.me/kpszsu/3`) is an address on that site. Only
    http(s) addresses come out, whatever the cell holds."""
    if source.startswith(("https://", "http://")):
        return source
    if source.casefold().startswith(_SITE_PREFIXES):
        return f"https://{source}"
    return f"https://www.facebook.com/{source}"


@dataclass(frozen=True)
class Totals:
    """National figures of one night for some weapon classes, with the rows and reports
    they add up. A figure no row reports is None; `partial` names the figures that some
    rows report and others do not (their total is then a lower bound)."""

    figures: Figures
    rows: int
    sources: tuple[str, ...]
    partial: tuple[str, ...] = ()

    @property
    def launched(self) -> Count:
        return self.figures.launched

    @property
    def shot_down(self) -> Count:
        return self.figures.shot_down

    @property
    def suppressed(self) -> Count:
        return self.figures.suppressed


def add_up(rows: Iterable[ReportRow]) -> Totals:
    """The rows' figures added up, without turning "not reported" into 0."""
    rows = list(rows)
    values: dict[str, Count] = {}
    partial = []
    for name in FIGURE_NAMES:
        given = [getattr(r.figures, name) for r in rows if getattr(r.figures, name) is not None]
        values[name] = sum(given) if given else None
        if given and len(given) < len(rows):
            partial.append(name)
    sources = tuple(dict.fromkeys(r.source for r in rows))
    return Totals(Figures(**values), len(rows), sources, tuple(partial))


@dataclass(frozen=True)
class Period:
    """A night (or, for a daytime attack, a day) with the rows that fall in it."""

    kind: PeriodKind
    date: date  # a night is named by the evening it begins, like a fact sheet's night_of
    national: tuple[ReportRow, ...]
    regional: tuple[ReportRow, ...] = ()

    @property
    def has_national_report(self) -> bool:
        """False: a gap in the data (no national report), not a quiet night."""
        return bool(self.national)

    def totals(self, classes: frozenset[WeaponClass]) -> Totals:
        """The national figures for these weapon classes (regional rows never count)."""
        return add_up(r for r in self.national if r.weapon in classes)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.source for r in self.national))


@dataclass(frozen=True)
class Skipped:
    """A row of the CSV file that was not imported, and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class DatasetInfo:
    """Where the data comes from: the credit to print, and the file it was imported from."""

    file: str
    sha256: str
    rows: int
    imported: int
    skipped: tuple[Skipped, ...]
    credit: str = CREDIT
    url: str = DATASET_URL


@dataclass(frozen=True)
class AirforceData:
    """The whole import: every night from the first to the last (gaps included), the
    daytime attacks, and where it all comes from."""

    info: DatasetInfo
    nights: tuple[Period, ...]  # consecutive dates, oldest first
    days: tuple[Period, ...] = ()  # daytime reports, oldest first

    @property
    def first(self) -> date | None:
        return self.nights[0].date if self.nights else None

    @property
    def last(self) -> date | None:
        return self.nights[-1].date if self.nights else None

    def night(self, night_of: date) -> Period | None:
        """The night that begins on this evening, if the data's range includes it."""
        if not self.nights or self.first is None:
            return None
        index = (night_of - self.first).days
        if 0 <= index < len(self.nights):
            return self.nights[index]
        return None

    def reported_night(self, night_of: date) -> Period | None:
        """The night that begins on this evening, if the data has its national report."""
        period = self.night(night_of)
        return period if period is not None and period.has_national_report else None

    @property
    def gaps(self) -> tuple[date, ...]:
        return tuple(n.date for n in self.nights if not n.has_national_report)
