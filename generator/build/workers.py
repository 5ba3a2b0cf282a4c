"""Stories rendered side by side, in worker processes, when the machine has the cores.

Rendering a story (its pages, chart and social image) is tens of milliseconds of pure
Python, and a build without a cache renders every story: in one process, one core does it
all. The renders are independent of each other, so they are shared among worker processes
forked from the build. A forked worker inherits every imported module and the tasks
themselves, so nothing is sent to it but a task's number; the results come back in the
tasks' order, exactly what one process would have made.

A pool costs a fork per worker and the results' trip back, so a few stories (a save under
`mkdocs serve` renders one) render in the process. So does a process that runs threads
(`mkdocs serve`'s server): a fork copies a lock another thread may hold, and can hang.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# Below this many tasks, starting the workers costs more than they save.
MIN_POOLED_TASKS = 8
_CHUNKS_PER_WORKER = 4  # few round trips, yet an even share when some tasks are slower

_tasks: Sequence[Callable[[], object]] = ()  # what the forked workers inherit


def run_all(tasks: Sequence[Callable[[], T]], workers: int | None = None) -> list[T]:
    """Each task's result, in order. `workers`: how many processes (1: in this one);
    None: one per core, when there are enough tasks and forking is safe."""
    count = _automatic(len(tasks)) if workers is None else workers
    if count < 2 or len(tasks) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [task() for task in tasks]
    # The first task runs here, before the fork: what every task sets up once (templates
    # compiled, fonts opened, the chart's shape checked by plotly) is then inherited by
    # each worker instead of being done again in each.
    first = tasks[0]()
    global _tasks
    _tasks = tasks
    try:
        context = multiprocessing.get_context("fork")
        chunk = max(1, (len(tasks) - 1) // (count * _CHUNKS_PER_WORKER))
        with ProcessPoolExecutor(count, mp_context=context) as pool:
            rest = pool.map(_run, range(1, len(tasks)), chunksize=chunk)
            return [first, *rest]  # type: ignore[list-item]
    finally:
        _tasks = ()


def _run(index: int) -> object:
    return _tasks[index]()


def _automatic(tasks: int) -> int:
    if tasks < MIN_POOLED_TASKS or threading.active_count() > 1:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, tasks)
