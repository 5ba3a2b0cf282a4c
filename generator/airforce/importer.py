"""The whole import, as `explainer import-airforce` runs it: read the CSV file, classify
each row's weapon, group the rows into nights, write the data file.

Every row is accounted for, imported or skipped with its line and reason. Nothing is
written when the file cannot be read, when no row can be imported (an empty data file
would empty the tracker), or, with `strict`, when any row is skipped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.airforce import datafile
from generator.airforce.csvread import CsvFile, read_csv
from generator.airforce.model import AirforceData, DatasetInfo, ReportRow, Skipped
from generator.airforce.nights import assemble
from generator.airforce.weapons import Classification, Unclassified, WeaponMap, load_weapon_map
from generator.errors import ExplainerError, Problem

_SKIPPED = "; row skipped"


@dataclass(frozen=True)
class Imported:
    """The dataset as read: the data, and the problems of the rows that were skipped."""

    data: AirforceData
    problems: tuple[Problem, ...]  # skipped rows in line order, then unknown weapon models
    csv: CsvFile

    @property
    def skipped(self) -> int:
        return len(self.data.info.skipped)

    def summary(self) -> str:
        info = self.data.info
        counts = f"{info.imported} imported, {self.skipped} skipped"
        rows = f"{info.rows} row{'s' if info.rows != 1 else ''}"
        return f"{self.csv.display}: {rows}: {counts}."


def read_dataset(csv_path: Path, display: str, weapons: WeaponMap | None = None) -> Imported:
    """The CSV file read and classified; `ExplainerError` if it cannot be read at all."""
    weapons = weapons or load_weapon_map()
    csv = read_csv(csv_path, display)
    rows: list[ReportRow] = []
    skipped = list(csv.skipped)
    unknown: Counter[str] = Counter()
    verdicts: dict[str, Classification | Unclassified] = {}  # a few dozen names, many rows
    for row in csv.rows:
        verdict = verdicts.get(row.model) or verdicts.setdefault(
            row.model, weapons.classify(row.model)
        )
        if isinstance(verdict, Classification):
            rows.append(
                ReportRow(
                    row.source, row.window, row.model, verdict.weapon, verdict.kind, row.figures
                )
            )
            continue
        unknown.update(verdict.unknown)
        skipped.append(Problem(display, row.line, 0, verdict.reason + _SKIPPED))
    skipped.sort(key=lambda p: p.line)
    info = DatasetInfo(
        file=csv_path.name,
        sha256=csv.sha256,
        rows=csv.total,
        imported=len(rows),
        skipped=tuple(Skipped(p.line, p.message.removesuffix(_SKIPPED)) for p in skipped),
    )
    problems = skipped + _unknown_models(unknown, weapons)
    return Imported(assemble(info, rows), tuple(problems), csv)


def _unknown_models(unknown: Counter[str], weapons: WeaponMap) -> list[Problem]:
    if not unknown:
        return []
    names = ", ".join(
        f'"{name}" ({count} row{"s" if count > 1 else ""})'
        for name, count in sorted(unknown.items())
    )
    return [
        Problem(
            weapons.path,
            0,
            0,
            f"does not list {names}",
            "add each name under its class and kind, then import again",
        )
    ]


@dataclass(frozen=True)
class Outcome:
    imported: Imported
    written: bool
    message: str  # the summary line


def import_file(
    csv_path: Path,
    out: Path,
    *,
    display: str,
    out_display: str,
    strict: bool = False,
    force: bool = False,
    weapons: WeaponMap | None = None,
) -> Outcome:
    """Import the CSV file into the data file `out` (unless `strict` and rows were skipped).

    `out` is replaced only when it is a data file (an earlier import), unless `force`: a
    mistyped --out must not overwrite a fact sheet, mkdocs.yml or the CSV file itself.
    """
    if out.exists() and not out.is_dir() and not force and not datafile.is_data_file(out):
        message = (
            "exists and is not a data file of `explainer import-airforce`: not overwritten "
            "(name another --out, or add --force to replace it)"
        )
        raise ExplainerError([Problem(out_display, 0, 0, message)])
    imported = read_dataset(csv_path, display, weapons)
    if not imported.data.info.imported:
        return Outcome(imported, False, imported.summary() + " Nothing written.")
    if strict and imported.skipped:
        return Outcome(imported, False, imported.summary() + " --strict: nothing written.")
    if out.is_dir():
        raise ExplainerError([Problem(out_display, 0, 0, "is a folder: name the data file")])
    try:
        datafile.write(imported.data, out)
    except OSError as exc:
        message = f"cannot be written: {exc.strerror or exc}"
        raise ExplainerError([Problem(out_display, 0, 0, message)]) from None
    return Outcome(
        imported, True, f"{imported.summary()} Wrote {out_display}: {_contents(imported.data)}."
    )


def _contents(data: AirforceData) -> str:
    days = f"{len(data.days)} daytime attack{'s' if len(data.days) != 1 else ''}"
    if not data.nights:
        return f"no night, {days}"
    nights = f"{len(data.nights)} night{'s' if len(data.nights) != 1 else ''}"
    text = f"{nights} ({data.first} to {data.last}), {len(data.gaps)} without a national report"
    return text + (f", and {days}" if data.days else "")
