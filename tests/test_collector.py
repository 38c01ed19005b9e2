"""The cycle collector runs less often only during a burst, and the thresholds come back
after the last of overlapping bursts (a report on a worker thread during start-up)."""

from __future__ import annotations

import gc
import threading

from zorgdesk.collector import BURST_THRESHOLDS, begin_burst, end_burst, fewer_collections


def test_overlapping_bursts_restore_the_thresholds_after_the_last() -> None:
    before = gc.get_threshold()
    begin_burst()
    try:
        assert gc.get_threshold() == BURST_THRESHOLDS
        with fewer_collections():
            assert gc.get_threshold() == BURST_THRESHOLDS
        assert gc.get_threshold() == BURST_THRESHOLDS  # the outer burst is still on
    finally:
        end_burst()
    assert gc.get_threshold() == before
    end_burst()  # one end too many changes nothing
    assert gc.get_threshold() == before


def test_bursts_on_two_threads() -> None:
    before = gc.get_threshold()
    inside = threading.Barrier(2)
    seen: list[tuple[int, ...]] = []

    def report() -> None:
        with fewer_collections():
            inside.wait()
            seen.append(gc.get_threshold())
            inside.wait()

    threads = [threading.Thread(target=report) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [BURST_THRESHOLDS, BURST_THRESHOLDS]
    assert gc.get_threshold() == before
