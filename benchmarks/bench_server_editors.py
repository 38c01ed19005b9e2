"""20 editors at once on a private PostgreSQL server, against one editor on the local file.

Each editor (a thread with its own Store, so its own connections) changes the title of goals
of its own, one transaction per edit through the ORM (revision-guarded UPDATE). Afterwards
every goal must carry its editor's last title and a revision raised by exactly its edits:
no lost edit. The floor is the same edit loop by one editor on the same workspace as a
local SQLite file, in the same run.

    .venv/bin/python -m benchmarks server_editors     (ZORGDESK_BENCH_EDITS=N per editor)
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

EDITORS = 20
EDITS = int(os.environ.get("ZORGDESK_BENCH_EDITS", "1000"))
GOALS_EACH = 3


def _edit_loop(location: Path | str, goal_ids: list[str], editor: int,
               latencies: list[float]) -> None:
    from zorgdesk.models import Goal
    from zorgdesk.store import open_store

    store = open_store(location)
    try:
        for n in range(EDITS):
            goal_id = goal_ids[n % len(goal_ids)]
            start = time.perf_counter()
            with store.transaction() as session:
                goal = session.get(Goal, goal_id)
                assert goal is not None
                goal.title = f"editor {editor} bewerking {n}"
            latencies.append(time.perf_counter() - start)
    finally:
        store.close()


def _run(location: Path | str, goal_ids: list[str], editors: int) -> tuple[float, list[float]]:
    latencies: list[list[float]] = [[] for _ in range(editors)]
    threads = [
        threading.Thread(target=_edit_loop, args=(
            location, goal_ids[i * GOALS_EACH:(i + 1) * GOALS_EACH], i, latencies[i]))
        for i in range(editors)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return elapsed, [x for per in latencies for x in per]


def _lost_edits(location: Path | str, goal_ids: list[str], editors: int,
                revisions: dict[str, int]) -> int:
    from sqlalchemy import select

    from zorgdesk.models import Goal
    from zorgdesk.store import open_store

    store = open_store(location)
    lost = 0
    try:
        with store.session() as session:
            got = {g.id: g for g in session.scalars(select(Goal).where(Goal.id.in_(goal_ids)))}
        for editor in range(editors):
            mine = goal_ids[editor * GOALS_EACH:(editor + 1) * GOALS_EACH]
            for index, goal_id in enumerate(mine):
                edits = len(range(index, EDITS, GOALS_EACH))
                last = max(range(index, EDITS, GOALS_EACH))
                goal = got[goal_id]
                if (goal.title != f"editor {editor} bewerking {last}"
                        or goal.revision != revisions[goal_id] + edits):
                    lost += 1
    finally:
        store.close()
    return lost


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    from pgserver.postgres_server import get_server
    from sqlalchemy import make_url, select

    from zorgdesk.models import Goal
    from zorgdesk.samples import write_sample
    from zorgdesk.store import open_store
    from zorgdesk.store.transfer import upload

    folder = Path(tempfile.mkdtemp(prefix="zdbench"))
    try:
        source = folder / "iza.zorgdesk"
        write_sample("iza-drenthe", source)
        server = get_server(folder / "pg", cleanup_mode="delete")
        try:
            import psycopg

            with psycopg.connect(server.get_uri(), autocommit=True) as conn:
                conn.execute("CREATE DATABASE bench")
            url = make_url(server.get_uri()).set(database="bench").render_as_string(
                hide_password=False)
            upload(source, url)
            store = open_store(source)
            with store.session() as session:
                rows = session.execute(select(Goal.id, Goal.revision).order_by(Goal.id)).all()
            store.close()
            goal_ids = [row[0] for row in rows][:EDITORS * GOALS_EACH]
            revisions = {row[0]: row[1] for row in rows}
            floor_time, floor_lat = _run(source, goal_ids, 1)
            server_time, server_lat = _run(url, goal_ids, EDITORS)
            lost = _lost_edits(url, goal_ids, EDITORS, revisions)
        finally:
            server.cleanup()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    floor_rate = EDITS / floor_time
    server_rate = EDITORS * EDITS / server_time
    print(f"floor (1 editor, local file): {floor_rate:8.0f} edits/s, "
          f"p95 {_p95(floor_lat) * 1000:6.1f} ms")
    print(f"server ({EDITORS} editors x {EDITS}): {server_rate:8.0f} edits/s, "
          f"p95 {_p95(server_lat) * 1000:6.1f} ms; ratio to floor "
          f"{server_rate / floor_rate:4.2f}; lost edits: {lost}")
