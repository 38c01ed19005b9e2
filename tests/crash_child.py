"""Child process of test_crash_safety: edits a workspace until it is killed.

Usage: python crash_child.py WORKSPACE, or forked by the test with `main(path, out)` (a
fresh interpreter costs ~0.7 s of imports per round; a fork costs a few milliseconds).
Each edit is one transaction through `Store.transaction()` (the services layer's unit of
work): it adds an organisation `org-N`, a person `person-N` working there, and sets the
workspace row's counter (description) to N. After the commit returns it prints `ack N`.
The parent kills it with SIGKILL and then checks that every acknowledged N is there and that
no edit is half there (counter, organisations and people agree).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy import select

from zorgdesk.models import Organisation, Person, Workspace
from zorgdesk.store import open_store


def main(path: Path, out: TextIO = sys.stdout) -> None:
    store = open_store(path, lock=True)  # a stale lock of the previous, killed child is taken
    with store.transaction() as session:
        ws = session.scalars(select(Workspace)).one()
        n = int(ws.description or 0)
    print("ready", file=out, flush=True)
    while True:
        n += 1
        with store.transaction() as session:
            org = Organisation(name=f"org-{n}", notes="x" * (n % 7 * 300))
            session.add(org)
            session.flush()
            session.add(Person(name=f"person-{n}", organisation_id=org.id))
            ws = session.scalars(select(Workspace)).one()
            ws.description = str(n)
        print(f"ack {n}", file=out, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
