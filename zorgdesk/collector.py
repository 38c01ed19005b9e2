"""Python's cycle collector runs less often during the two bursts that build millions of
objects at once: start-up to the first paint, and building a report.

Both make many small objects that all live on (widgets and their wrappers; reportlab's
fragments, words and cell styles); with the default thresholds (a young collection every 700
allocations) the collector scans them again and again: 17 % of the werkagenda of `large`,
11 % of its timeline, 3 % of start-up (benchmarks/bench_report_kinds.py, bench_startup.py).
Every 50,000 allocations keeps the same peak memory; switching the collector off entirely
saved a little more and cost 20 MB. The old thresholds come back after the last burst, also
when two reports overlap on two threads.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BURST_THRESHOLDS = (50_000, 20, 100)


class _Collector:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.bursts = 0
        self.saved: tuple[int, ...] = gc.get_threshold()


_collector = _Collector()


def begin_burst() -> None:
    with _collector.lock:
        if _collector.bursts == 0:
            _collector.saved = gc.get_threshold()
            gc.set_threshold(*BURST_THRESHOLDS)
        _collector.bursts += 1


def end_burst() -> None:
    with _collector.lock:
        if _collector.bursts == 0:
            return
        _collector.bursts -= 1
        if _collector.bursts == 0:
            gc.set_threshold(*_collector.saved)


@contextmanager
def fewer_collections() -> Iterator[None]:
    begin_burst()
    try:
        yield
    finally:
        end_burst()
