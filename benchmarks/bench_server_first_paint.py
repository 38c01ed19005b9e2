"""First paint of a server workspace against the same workspace as a file, and a bare window.

`zorgdesk --smoke [--page P] LOCATION` is timed from spawn to its "first paint" line for the
overview and the Tijdlijn, on iza-drenthe and large, each once as a local file and once on a
private PostgreSQL server (Unix socket, so the figure is the app's cost, not a network's).
Runs alternate so machine noise hits all alike; medians and ratios against the floor.

    .venv/bin/python -m benchmarks server_first_paint     (ZORGDESK_BENCH_RUNS=N)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_startup import RUNS, measure


def main() -> None:
    import psycopg
    from pgserver.postgres_server import get_server
    from sqlalchemy import make_url

    from zorgdesk.samples import write_sample
    from zorgdesk.store.transfer import upload

    folder = Path(tempfile.mkdtemp(prefix="zdbench"))
    server = get_server(folder / "pg", cleanup_mode="delete")
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "ZORGDESK_HOME": str(folder / "home"), "QT_LOGGING_RULES": "qt.qpa.*=false"}
        cases: dict[str, list[str]] = {}
        for name in ("iza-drenthe", "large"):
            path = write_sample(name, folder / f"{name}.zorgdesk")
            database = name.replace("-", "_")
            with psycopg.connect(server.get_uri(), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{database}"')
            url = make_url(server.get_uri()).set(database=database).render_as_string(
                hide_password=False)
            upload(path, url)
            for page in ("overview", "timeline"):
                for where, location in (("bestand", str(path)), ("server", url)):
                    cases[f"{name} {page} {where}"] = [
                        sys.executable, "-m", "zorgdesk", "--smoke", "--page", page, location]
        medians = measure(cases, env)
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"runs per case: {RUNS}; time from spawn to first paint (median)")
    print(f"  floor (bare QMainWindow)              {medians['floor']:7.0f} ms")
    for name in cases:
        value = medians[name]
        print(f"  {name:<36} {value:7.0f} ms   ratio {value / medians['floor']:4.2f}x")


if __name__ == "__main__":
    main()
