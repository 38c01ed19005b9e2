"""Benchmark: Excel export and import of all goals and milestones of `large`, against bare openpyxl.

In one run, on the `large` sample (2,000 goals, 10,000 milestones):
- export: read both lists through SQLAlchemy Core and write a formatted workbook (frozen
  header, autofilter, widths from the data, date and euro formats, coloured lights);
- import (round trip): read that workbook back, map, check every cell, match every row and
  find that nothing changes (the plan; no write);
- import (every title changed): the same, then a backup and 2,000 goal updates through the
  goal service in one transaction;
- the floors: writing the same rows with bare openpyxl (`Workbook().append`, no formatting,
  no database), and reading them back with bare `load_workbook(...).iter_rows`.
Ratios are against the write floor, as the issue asks, and the import also against the read
floor. Run: `python -m benchmarks.bench_tables [--repeat N]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def median_time(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_write(tables: list[Any], out: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = True
    for table in tables:
        sheet = book.active if first else book.create_sheet(table.sheet)
        assert sheet is not None
        sheet.title = table.sheet
        first = False
        sheet.append([c.header for c in table.columns])
        for row in table.rows:
            sheet.append(list(row))
    book.save(out)


def bare_read(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=True)
    count = sum(1 for ws in book.worksheets for _ in ws.iter_rows(values_only=True))
    book.close()
    return count


def main(argv: list[str] | None = None) -> int:
    from zorgdesk.samples import write_sample
    from zorgdesk.store import open_store
    from zorgdesk.tables.export import write_xlsx
    from zorgdesk.tables.import_ import import_file
    from zorgdesk.tables.lists import load

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_tables")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("ZORGDESK_HOME", str(folder / "home"))
        workspace = write_sample("large", folder / "large.zorgdesk")
        store = open_store(workspace)
        ours, floor = folder / "ours.xlsx", folder / "floor.xlsx"
        tables = load(store, ["goals", "milestones"])
        rows = sum(len(t.rows) for t in tables)

        def export() -> None:
            write_xlsx(load(store, ["goals", "milestones"]), ours)

        export()  # warm imports and caches
        export_s = median_time(export, args.repeat)
        write_floor_s = median_time(lambda: bare_write(tables, floor), args.repeat)
        read_floor_s = median_time(lambda: bare_read(ours), args.repeat)
        plan = import_file(store, ours, "goals", dry_run=True)
        assert (plan.added, plan.changed, plan.rows_read) == (0, 0, rows)
        import_s = median_time(lambda: import_file(store, ours, "goals", dry_run=True),
                               args.repeat)
        store.close()

        goals = tables[0]
        title = [c.header for c in goals.columns].index("Titel")
        goals.rows[:] = [(*r[:title], f"{r[title]} (herzien)", *r[title + 1:])
                         for r in goals.rows]
        changed_file = folder / "changed.xlsx"
        bare_write(tables, changed_file)
        writes = []
        for n in range(args.repeat):
            copy = folder / f"copy{n}.zorgdesk"
            shutil.copyfile(workspace, copy)
            target = open_store(copy)
            start = time.perf_counter()
            done = import_file(target, changed_file, "goals")
            writes.append(time.perf_counter() - start)
            target.close()
            assert done.changed == len(goals.rows)
        write_s = statistics.median(writes)

    print(f"large: {len(goals.rows)} goals + {rows - len(goals.rows)} milestones, "
          f"median of {args.repeat}")
    print(f"  floor: bare openpyxl write  {write_floor_s:6.2f} s")
    print(f"  floor: bare openpyxl read   {read_floor_s:6.2f} s")
    print(f"  export (read db + formatted .xlsx)      {export_s:6.2f} s  "
          f"{export_s / write_floor_s:4.2f}x write floor")
    print(f"  import round trip (read, check, match)  {import_s:6.2f} s  "
          f"{import_s / write_floor_s:4.2f}x write floor, "
          f"{import_s / read_floor_s:4.2f}x read floor")
    print(f"  import, all titles changed (+ backup)   {write_s:6.2f} s  "
          f"{write_s / write_floor_s:4.2f}x write floor, "
          f"{write_s / read_floor_s:4.2f}x read floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
