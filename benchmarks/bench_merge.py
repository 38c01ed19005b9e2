"""Merging two copies of `large` that each changed 1,000 records, against copying the file.

Both copies start from one file; each then changes 1,000 milestones (the first 1,000 on one
side, the next 1,000 on the other, plus 50 shared ones changed on both sides: conflicts).
Measured in this process, alternating, median of runs:

  floor         copying the workspace file (shutil.copyfile), what any merge must at least read
  merge         merge_files(MINE, THEIRS) in one transaction (no backup; that is a copy too)
  changes file  write_changes after the edits, and its size against the whole file

    .venv/bin/python -m benchmarks merge      (or ./zd bench merge)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("ZORGDESK_BENCH_RUNS", "3"))
CHANGED = 1_000
SHARED = 50


def large_sample() -> Path:
    from zorgdesk.samples import write_sample

    path = Path(tempfile.gettempdir()) / "zorgdesk-bench" / "merge-large.zorgdesk"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_sample("large", path)
    return path


def change(path: Path, offset: int, word: str) -> None:
    """Rename milestones through SQL: the capture triggers see it like any service write
    (under a copy id of its own, as the app's first write of an opening takes one)."""
    from zorgdesk.store.capture import new_epoch

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM milestone ORDER BY id")]
        picked = ids[offset:offset + CHANGED] + ids[2 * CHANGED:2 * CHANGED + SHARED]
        conn.execute("BEGIN")
        new_epoch(conn)
        conn.executemany(
            "UPDATE milestone SET title = ?, revision = revision + 1 WHERE id = ?",
            [(f"{word} {i}", mid) for i, mid in enumerate(picked)])
        conn.execute("COMMIT")
    finally:
        conn.close()


def prepare(folder: Path) -> tuple[Path, Path, Path]:
    from zorgdesk.store import open_store
    from zorgdesk.store.capture import install_capture
    from zorgdesk.store.changes_file import write_changes

    base = folder / "basis.zorgdesk"
    shutil.copyfile(large_sample(), base)
    open_store(base).close()  # upgrade to head once
    conn = sqlite3.connect(base, isolation_level=None)
    try:  # a sample written by an older version gets this version's capture
        conn.execute("BEGIN")
        install_capture(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    mine, theirs = folder / "mijn.zorgdesk", folder / "hun.zorgdesk"
    shutil.copyfile(base, mine)
    shutil.copyfile(base, theirs)
    write_changes(theirs, folder / "eerste.zdchanges", "mij")  # the first exchange: all
    change(mine, 0, "Mijn")
    change(theirs, CHANGED, "Hun")
    return base, mine, theirs


def main() -> None:
    from zorgdesk.store.changes_file import write_changes
    from zorgdesk.store.merge import merge_files

    floors, merges, writes = [], [], []
    merged = conflicts = size = whole = 0
    for _run in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _base, mine, theirs = prepare(folder)
            start = time.perf_counter()
            shutil.copyfile(mine, folder / "kopie.zorgdesk")
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            result = merge_files(mine, theirs)
            merges.append(time.perf_counter() - start)
            out = folder / "wijzigingen.zdchanges"
            start = time.perf_counter()
            write_changes(theirs, out, "mij")
            writes.append(time.perf_counter() - start)
            merged, conflicts = len(result.merged), len(result.conflicts)
            size, whole = out.stat().st_size, theirs.stat().st_size
    floor, merge, write = (statistics.median(x) for x in (floors, merges, writes))
    print(f"large: {whole / 1e6:.1f} MB; merged {merged} changes, {conflicts} conflicts")
    print(f"floor (copy file)   {floor * 1000:8.1f} ms")
    print(f"merge               {merge * 1000:8.1f} ms   {merge / floor:6.1f}x floor")
    print(f"write changes file  {write * 1000:8.1f} ms   {write / floor:6.1f}x floor")
    print(f"changes file        {size / 1e3:8.1f} kB   {size / whole:6.1%} of the workspace")


if __name__ == "__main__":
    main()
