"""The two real excerpts of the Air Force reports dataset, and hand-made variants of the
short one that break it one quirk at a time."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

import yaml

from generator.airforce.importer import Imported, read_dataset
from generator.airforce.model import (
    AirforceData,
    DatasetInfo,
    Figures,
    ReportRow,
    WeaponClass,
    Window,
)
from generator.airforce.nights import assemble
from tests.support.project import FIXTURES, CliResult, run_cli

AIRFORCE = FIXTURES / "airforce"
SHORT = AIRFORCE / "airforce-reports-2025-05-10_18.csv"  # 24 rows, 10–18 May 2025
LONG = AIRFORCE / "airforce-reports-2025-04-15_05-20.csv"  # 114 rows, 15 April – 20 May 2025
SEED_POST = "kpszsu/posts/pfbid02bmamJy6D32F2bRNHdy9yzNW7uXbxoUccsYemPBXC7APZABC5kpZ5stFkcfF1j26vl"


class Variant:
    """The short excerpt as lines (line 1 is the header), to edit and write elsewhere."""

    def __init__(self, source: Path = SHORT) -> None:
        self.lines = source.read_text(encoding="utf-8").split("\n")[:-1]

    def edit(self, line: int, old: str, new: str) -> Variant:
        assert old in self.lines[line - 1], f"line {line} has no {old!r}"
        self.lines[line - 1] = self.lines[line - 1].replace(old, new, 1)
        return self

    def cell(self, line: int, column: str, value: str) -> Variant:
        """Set one cell (the line is written again with the csv module's quoting)."""
        index = self.lines[0].split(",").index(column)
        cells = next(csv.reader([self.lines[line - 1]]))
        cells[index] = value
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(cells)
        self.lines[line - 1] = out.getvalue()
        return self

    def text(self, newline: str = "\n") -> str:
        return newline.join(self.lines) + newline

    def write(self, path: Path, newline: str = "\n", bom: bool = False) -> Path:
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + self.text(newline).encode("utf-8"))
        return path


def imported(path: Path) -> Imported:
    return read_dataset(path, path.name)


def national_row(
    night: date,
    launched: int | None,
    shot_down: int | None = None,
    suppressed: int | None = None,
    model: str = "Shahed-136/131",
) -> ReportRow:
    """A row of the Air Force Command's report for the night that begins on `night`."""
    window = Window(
        datetime.combine(night, time(20)), datetime.combine(night + timedelta(days=1), time(6))
    )
    figures = Figures(launched=launched, shot_down=shot_down, suppressed=suppressed)
    return ReportRow(
        f"kpszsu/posts/{night.isoformat()}", window, model, WeaponClass.DRONE, "attack drone",
        figures,
    )  # fmt: skip


def made_data(*rows: ReportRow) -> AirforceData:
    """Hand-made rows as the importer would assemble them."""
    return assemble(DatasetInfo("made.csv", "", len(rows), len(rows), ()), rows)


# --- running the importer in a scratch folder ------------------------------------------

DATA = Path("content/data/airforce-nights.yaml")
SHORT_NIGHTS = "10 nights (2025-05-09 to 2025-05-18), 1 without a national report"


def imports(*args: str) -> CliResult:
    return run_cli("import-airforce", *args)


def summary(imported: int, skipped: int, nights: str = SHORT_NIGHTS) -> str:
    return (
        f"reports.csv: 24 rows: {imported} imported, {skipped} skipped. Wrote {DATA}: {nights}.\n"
    )


def assert_skipped(result: CliResult, *lines: str, nights: str = SHORT_NIGHTS) -> None:
    assert (result.exit_code, result.stderr) == (0, "".join(f"{line}\n" for line in lines))
    assert result.stdout == summary(24 - len(lines), len(lines), nights)


def rows_of(path: Path) -> list[dict[str, object]]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    periods = document["nights"] + document["days"]
    return [row for p in periods for row in p.get("national", []) + p.get("regional", [])]
