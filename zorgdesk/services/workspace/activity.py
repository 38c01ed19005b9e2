"""What others changed on a shared server: a fingerprint of the workspace, cheap to compare.

Per table the row count, the newest `updated_at` and the sum of `revision` (an edit raises
one, a delete lowers the count, an insert raises both); link tables without bookkeeping give
their count. One UNION query: a few milliseconds on the large sample, so the app can ask every
two seconds without the user feeling it. It says *that* something changed, not what: the open
pages then reload what they show.
"""

from __future__ import annotations

from datetime import datetime

from zorgdesk.services.workspace.counts import KINDS
from zorgdesk.store import Store

TRACKED = (*(table for table, _label in KINDS), "meeting_attendance", "meeting_guest",
           "workspace", "adopted_version")
LINKS = ("agenda_item_goal", "goal_tag", "programme_goal")

_SQL = " UNION ALL ".join(
    [f"SELECT '{t}', count(*), max(updated_at), sum(revision) FROM {t}" for t in TRACKED]
    + [f"SELECT '{t}', count(*), NULL, NULL FROM {t}" for t in LINKS])


def fingerprint(store: Store) -> tuple[tuple[object, ...], ...]:
    conn = store.reader()
    try:
        return tuple(sorted((tuple(row) for row in conn.execute(_SQL)), key=lambda r: str(r[0])))
    finally:
        conn.close()


_LAST = ("SELECT changed_by, updated_at FROM ("
         + " UNION ALL ".join(f"SELECT changed_by, updated_at FROM {t}" for t in TRACKED)
         + ") AS changes WHERE updated_at IS NOT NULL ORDER BY updated_at DESC LIMIT 1")


def last_change(store: Store) -> tuple[str | None, datetime | None]:
    """Who made the newest change, and when (this computer's time)."""
    from zorgdesk.services.goals.card import local_time

    conn = store.reader()
    try:
        row = conn.execute(_LAST).fetchone()
    finally:
        conn.close()
    if row is None:
        return None, None
    return row[0], local_time(row[1])
