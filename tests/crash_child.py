"""Child process of test_crash_safety: edits a workspace until it is killed.

Usage: python crash_child.py WORKSPACE, or `python crash_child.py --serve`: a fork server
that imports everything once and then forks one child per `run WORKSPACE ACKFILE` line on
stdin (printing its pid) and reaps it on `reap PID` (printing its wait status). A fresh
interpreter costs ~0.7 s of imports per round, a fork a few milliseconds; the server is a
clean single-threaded process (forking pytest itself after Qt started threads could deadlock).

Each round makes two edits, each one transaction, and acknowledges each after its commit:
- through the services layer, `agenda.add_item(..., index=0)` puts item `punt-N` at the top
  of the workspace's one meeting and renumbers every other item (a many-row edit);
  then it prints `agenda N`;
- through `Store.transaction()` it adds organisation `org-N`, person `person-N` working there,
  and sets the workspace row's counter (description) to N; then it prints `ack N`.
The parent kills it with SIGKILL and checks that every acknowledged edit is there and that
no edit is half there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy import func, select

from zorgdesk.models import AgendaItem, Meeting, Organisation, Person, Workspace
from zorgdesk.services.meetings import agenda
from zorgdesk.store import open_store


def main(path: Path, out: TextIO = sys.stdout) -> None:
    store = open_store(path, lock=True)  # a stale lock of the previous, killed child is taken
    with store.transaction() as session:
        n = int(session.scalars(select(Workspace)).one().description or 0)
        meeting_id = session.scalars(select(Meeting.id)).one()
        items = session.scalar(select(func.count()).select_from(AgendaItem)) or 0
    print("ready", file=out, flush=True)
    while True:
        n += 1
        if n > items:  # the killed child may have committed this round's agenda edit
            agenda.add_item(store, meeting_id, f"punt-{n}", index=0)
            print(f"agenda {n}", file=out, flush=True)
        with store.transaction() as session:
            org = Organisation(name=f"org-{n}", notes="x" * (n % 7 * 300))
            session.add(org)
            session.flush()
            session.add(Person(name=f"person-{n}", organisation_id=org.id))
            ws = session.scalars(select(Workspace)).one()
            ws.description = str(n)
        print(f"ack {n}", file=out, flush=True)


def run_to_file(path: str, ack_file: str) -> None:
    """Entry point in a fork-server child: acknowledgements go to `ack_file`, line by line."""
    with open(ack_file, "w", buffering=1, encoding="utf-8") as out:
        main(Path(path), out)


def serve() -> None:
    from PySide6.QtCore import QLockFile  # noqa: F401 - imported once, before forking
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            pid = os.fork()
            if pid == 0:
                try:
                    run_to_file(args[0], args[1])
                finally:
                    os._exit(1)
            print(pid, flush=True)
        elif command == "reap":
            _pid, status = os.waitpid(int(args[0]), 0)
            print(status, flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        serve()
    else:
        main(Path(sys.argv[1]))
