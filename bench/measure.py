"""Small helpers shared by the benchmarks: run a command and measure its wall time and peak
memory, take medians, print Markdown tables."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    returncode: int
    # Processor time of the command and the processes it waited for (a build's workers):
    # on a machine shared with other work, wall time mostly says how busy the others were.
    cpu_seconds: float = 0.0


def run(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run `command` to completion: its wall time, its own peak resident memory and the
    processor time it and its children used."""
    start = time.perf_counter()
    process = subprocess.Popen(
        list(command), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if process.stderr is not None:
        process.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), cpu)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def load() -> str:
    """The machine's load averages over 1, 5 and 15 minutes (runnable processes), to say
    how many others shared the cores during a measurement."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f}"


def machine() -> str:
    cores = os.cpu_count() or 0
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GB"
    except OSError:
        pass
    return (
        f"{platform.processor() or platform.machine()}, {cores} cores{memory}, "
        f"Python {platform.python_version()}, {platform.system()}"
    )


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
