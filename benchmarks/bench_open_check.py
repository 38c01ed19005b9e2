"""The check every open runs (store/integrity.py verify_connection) on `large`, against the
floor SQLite offers for it: `PRAGMA quick_check`, which the open used before.

The full check adds integrity_check (indexes against tables), a decode pass over all text,
the foreign-key check, tree cycles and the version agreement. Both run on one read-only
connection, alternating, median of runs:

    .venv/bin/python -m benchmarks open_check      (or ./zd bench open_check)
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from collections.abc import Callable

from benchmarks.bench_matrix import large_sample

RUNS = int(os.environ.get("ZORGDESK_BENCH_RUNS", "5"))


def _median_ms(call: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    from zorgdesk.store.integrity import cycle_in, damaged_text, verify_connection
    from zorgdesk.store.schema import sqlite_uri

    path = large_sample()
    conn = sqlite3.connect(sqlite_uri(path, immutable=True), uri=True)
    try:
        parts: dict[str, Callable[[], object]] = {
            "quick_check (floor)": lambda: conn.execute("PRAGMA quick_check").fetchall(),
            "integrity_check": lambda: conn.execute("PRAGMA integrity_check(5)").fetchall(),
            "text decode": lambda: damaged_text(conn),
            "foreign keys": lambda: conn.execute("PRAGMA foreign_key_check").fetchall(),
            "tree cycles": lambda: cycle_in(conn),
            "whole open check": lambda: verify_connection(conn, path),
        }
        results = {label: _median_ms(call) for label, call in parts.items()}
    finally:
        conn.close()
    floor = results["quick_check (floor)"]
    size = path.stat().st_size / 1e6
    print(f"large: {size:.0f} MB, median of {RUNS} runs")
    for label, ms in results.items():
        print(f"  {label:<22} {ms:7.1f} ms  {ms / floor:5.1f} x floor")


if __name__ == "__main__":
    main()
