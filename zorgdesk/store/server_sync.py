"""A server workspace taken offline, and synchronised again: the server is one more copy.

`take_offline` downloads the server into a verified local file that remembers where it came
from (`sync_origin`: the URL without password, and the seen vector at that moment). From
then on `sync_base` keeps each local row as it was at the last synchronisation (the server
is the copy's only peer, so a two-party base is exact there).

`synchronise` downloads the server as it is now into a temporary file and gives that file the
bookkeeping of a copy (store/capture.py): every field that differs from the last
synchronised state gets a dot of a new server id, every row the server deleted a tombstone,
and its seen vector is the local copy's at the last synchronisation. The ordinary merge
(store/merge.py) then decides, with the same conflicts and the same review as for a
colleague's copy. What the merged local copy has that the server has not goes back in one
PostgreSQL transaction that checks every row's revision: if someone changed a row on the
server in the meantime nothing is sent, and a second synchronisation takes that change in.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zorgdesk.store.capture import (
    BOOKKEEPING,
    captured_tables,
    columns_of,
    install_capture,
    json_safe,
    new_epoch,
    seen_vector,
)
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError
from zorgdesk.store.schema import sqlite_uri

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from zorgdesk.store.merge import Choice, MergeResult


@dataclass
class SyncResult:
    merge: MergeResult
    sent: dict[str, int] = field(default_factory=dict)  # "nieuw", "bijgewerkt", "verwijderd"

    def as_json(self) -> dict[str, Any]:
        return {**self.merge.as_json(), "sent": self.sent}


def take_offline(url: str, out: Path) -> dict[str, int]:
    """A local copy of the server workspace at `url` that can be synchronised later."""
    from zorgdesk.store.server import display_name
    from zorgdesk.store.transfer import download

    out = Path(out)
    counts = download(url, out)
    with _connection(out) as conn:
        install_capture(conn)
        new_epoch(conn)
        conn.execute("DELETE FROM sync_origin")
        conn.execute("DELETE FROM sync_base")
        conn.execute("INSERT INTO sync_origin VALUES (?, ?, ?)",
                     (display_name(url), json.dumps(seen_vector(conn)),
                      datetime.now(UTC).isoformat()))
    return counts


def origin_of(path: Path) -> tuple[str, str] | None:
    """(server URL without password, last synchronised at) of a copy taken offline."""
    conn = sqlite3.connect(sqlite_uri(Path(path), "ro"), uri=True)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_origin'").fetchone() \
                is None:
            return None
        row = conn.execute("SELECT url, synced_at FROM sync_origin").fetchone()
        return None if row is None else (str(row[0]), str(row[1]))
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def has_local_changes(path: Path) -> bool:
    """Whether the copy changed anything since its last synchronisation (one cheap read)."""
    conn = sqlite3.connect(sqlite_uri(Path(path), "ro"), uri=True)
    try:
        return conn.execute("SELECT 1 FROM sync_base LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def synchronise(path: Path, url: str, *, resolve: dict[str, Choice] | None = None,
                prefer: Choice = "mine", dry_run: bool = False) -> SyncResult:
    """Take in the server's changes (merge), then send this copy's; see the module text."""
    from zorgdesk.store.merge import merge_files
    from zorgdesk.store.transfer import download

    path = Path(path)
    if origin_of(path) is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is geen offline kopie van een serverwerkruimte; "
            "synchroniseren kan alleen met een kopie die met Offline meenemen is gemaakt."),
            name=path.name)
    with tempfile.TemporaryDirectory(prefix="zorgdesk-sync-") as folder:
        snapshot = Path(folder) / "server.zorgdesk"
        download(url, snapshot)
        _as_copy(snapshot, path)
        merged = merge_files(path, snapshot, resolve=resolve, prefer=prefer, dry_run=dry_run)
        if dry_run:
            return SyncResult(merged)
        sent = _send(path, snapshot, url)
    with _connection(path) as conn:
        conn.execute("UPDATE sync_origin SET seen = ?, synced_at = ?",
                     (json.dumps(seen_vector(conn)), datetime.now(UTC).isoformat()))
        conn.execute("DELETE FROM sync_base")
    return SyncResult(merged, sent)


@contextmanager
def _connection(path: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction on a local file, committed only when the block ends cleanly."""
    conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def _json_rows(conn: sqlite3.Connection, schema: str, table: str) -> dict[str, dict[str, Any]]:
    names, keys = columns_of(conn, table)
    key = "json_array(" + ", ".join(f'"{k}"' for k in keys) + ")"
    values = "json_object(" + ", ".join(f"'{n}', " + json_safe('"' + n + '"')
                                        for n in names) + ")"
    return {str(k): json.loads(v) for k, v in conn.execute(
        f'SELECT {key}, {values} FROM {schema}."{table}"')}


def _as_copy(snapshot: Path, local: Path) -> None:
    """Give the server's snapshot the bookkeeping of a copy that made, since the last
    synchronisation, exactly the changes the server shows."""
    with _connection(snapshot) as conn:
        conn.execute("ATTACH DATABASE ? AS local", (sqlite_uri(local, "ro"),))
        seen = json.loads(conn.execute("SELECT seen FROM local.sync_origin").fetchone()[0])
        for table in ("sync_dot", "sync_tomb", "sync_seen", "sync_base", "sync_origin"):
            conn.execute(f"DELETE FROM main.{table}")
        me, counter = f"server-{uuid.uuid4()}", 0
        for table in captured_tables(conn):
            names, keys = columns_of(conn, table)
            server, mine = _json_rows(conn, "main", table), _json_rows(conn, "local", table)
            bases = {str(k): (int(r), json.loads(v)) for k, r, v in conn.execute(
                "SELECT row_key, revision, row_values FROM local.sync_base "
                "WHERE table_name = ?", (table,))}
            for key, row in server.items():
                revision, base = bases.get(key, (0, None))
                then = base if revision >= 0 and base is not None else mine.get(key)
                changed = [""] if then is None else [
                    n for n in names
                    if n not in BOOKKEEPING and n not in keys and row.get(n) != then.get(n)]
                for column in changed:
                    counter += 1
                    conn.execute("INSERT INTO main.sync_dot VALUES (?, ?, ?, ?, ?)",
                                 (table, key, column, me, counter))
            for key in mine.keys() - server.keys():
                if bases.get(key, (0, None))[0] == -1:
                    continue  # made here since the last synchronisation: news for the server
                counter += 1  # it was on the server then, and the server deleted it since
                conn.execute("INSERT INTO main.sync_tomb VALUES (?, ?, ?, ?)",
                             (table, key, me, counter))
        conn.executemany("INSERT INTO main.sync_seen VALUES (?, ?)", list(seen.items()))
        conn.execute("UPDATE main.sync_self SET copy_id = ?, counter = ?, merging = 0, "
                     "sender = 'server'", (me, counter))


def _send(local: Path, snapshot: Path, url: str) -> dict[str, int]:
    """Make the server what the merged local copy is, in one transaction that refuses rows
    someone changed on the server after the snapshot was taken."""
    from zorgdesk.store.copy import workspace_tables
    from zorgdesk.store.engine import make_engine
    from zorgdesk.store.server import database_name, make_server_engine, translated_server_errors

    sent = {"nieuw": 0, "bijgewerkt": 0, "verwijderd": 0}
    mine_engine, then_engine = make_engine(local), make_engine(snapshot)
    server = make_server_engine(url)
    name = database_name(url)
    try:
        with mine_engine.connect() as mine, then_engine.connect() as then, \
                translated_server_errors(name), server.begin() as dst:
            tables = workspace_tables()
            gone: list[tuple[Table, list[dict[str, Any]]]] = []
            for table in tables:
                now, before = _keyed(mine, table), _keyed(then, table)
                for key, row in now.items():
                    old = before.get(key)
                    if old is None:
                        dst.execute(table.insert().values(**row))
                        sent["nieuw"] += 1
                    elif old != row:
                        _changed(dst, table, old, row, name)
                        sent["bijgewerkt"] += 1
                gone.append((table, [row for key, row in before.items() if key not in now]))
            for table, rows in reversed(gone):
                for row in reversed(rows):
                    _changed(dst, table, row, None, name)
                    sent["verwijderd"] += 1
    finally:
        mine_engine.dispose()
        then_engine.dispose()
        server.dispose()
    return sent


def _keyed(conn: Connection, table: Table) -> dict[tuple[Any, ...], dict[str, Any]]:
    from zorgdesk.store.copy import table_rows

    pk = [c.name for c in table.primary_key.columns] or [c.name for c in table.columns]
    return {tuple(row[k] for k in pk): dict(row) for row in table_rows(conn, table)}


def _changed(dst: Connection, table: Table, old: dict[str, Any], new: dict[str, Any] | None,
             name: str) -> None:
    """Update (or delete) one server row, only if it is still as the snapshot saw it."""
    from sqlalchemy import and_, delete, update

    pk = list(table.primary_key.columns) or list(table.columns)
    where = [c == old[c.name] for c in pk]
    if "revision" in table.c:
        where.append(table.c.revision == old["revision"])
    if new is None:
        done = dst.execute(delete(table).where(and_(*where)))
    else:
        values = {k: v for k, v in new.items() if k not in {c.name for c in pk}}
        done = dst.execute(update(table).where(and_(*where)).values(**values))
    if done.rowcount != 1:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Iemand heeft {name} op de server gewijzigd terwijl u synchroniseerde. "
            "Er is niets naar de server gestuurd; synchroniseer nog een keer om die wijziging "
            "eerst op te halen."), name=name)
