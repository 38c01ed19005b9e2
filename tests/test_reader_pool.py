"""Read connections are kept between reads (store/reader_pool.py), without keeping the
write-ahead log out of the file after an edit or showing stale rows."""

from __future__ import annotations

from pathlib import Path

from tests.store_helpers import make_workspace
from zorgdesk.store import open_store


def _tags(store: object) -> list[str]:
    with store.reader() as conn:  # type: ignore[attr-defined]
        return [r[0] for r in conn.execute("SELECT name FROM tag ORDER BY name")]


def test_a_reader_is_kept_for_the_next_read(tmp_path: Path) -> None:
    """The next reader is the same connection: its schema is parsed once, not per read."""
    with open_store(make_workspace(tmp_path / "a.zorgdesk")) as store:
        with store.reader() as conn:
            conn.execute("PRAGMA cache_size = 1234")  # a setting of this connection only
        with store.reader() as conn:
            assert conn.execute("PRAGMA cache_size").fetchone()[0] == 1234


def test_an_edit_still_folds_the_log_into_the_file(tmp_path: Path) -> None:
    """After a commit the file alone holds everything (users copy it while the app runs):
    the kept readers are let go before the writer closes, so SQLite folds the log in."""
    from zorgdesk.models import Tag

    ws = make_workspace(tmp_path / "b.zorgdesk")
    with open_store(ws, lock=True) as store:
        before = _tags(store)
        with store.transaction() as session:
            session.add(Tag(name="Na het lezen"))
        assert not Path(f"{ws}-wal").exists()
        assert _tags(store) == sorted([*before, "Na het lezen"])  # a kept reader: no old rows
        with store.reader() as conn:
            conn.execute("PRAGMA cache_size = 1234")
        with store.transaction() as session:
            session.add(Tag(name="Tweede"))
        with store.reader() as conn:  # a new connection: the kept one went with the commit
            assert conn.execute("PRAGMA cache_size").fetchone()[0] != 1234
            names = [r[0] for r in conn.execute("SELECT name FROM tag ORDER BY name")]
            assert names == sorted([*before, "Na het lezen", "Tweede"])


def test_a_reader_in_use_during_an_edit_is_closed_when_given_back(tmp_path: Path) -> None:
    from zorgdesk.models import Tag

    ws = make_workspace(tmp_path / "c.zorgdesk")
    with open_store(ws, lock=True) as store:
        held = store.reader()
        held.execute("PRAGMA cache_size = 4321")
        count = held.execute("SELECT count(*) FROM tag").fetchone()[0]
        with store.transaction() as session:
            session.add(Tag(name="Tijdens het lezen"))
        held.close()
        with store.reader() as conn:
            assert conn.execute("PRAGMA cache_size").fetchone()[0] != 4321
            assert conn.execute("SELECT count(*) FROM tag").fetchone()[0] == count + 1


def test_offline_origin_reads_what_origin_of_reads(tmp_path: Path) -> None:
    """The app asks at every opening whether the file came from a server; it asks the open
    store (a kept connection) and gets the same answer as the sync code's own reading."""
    import sqlite3

    from zorgdesk.store.server_sync import origin_of

    ws = make_workspace(tmp_path / "d.zorgdesk")
    with open_store(ws) as store:
        assert store.offline_origin() is None
        assert origin_of(ws) is None
    conn = sqlite3.connect(ws)
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS sync_origin (url TEXT NOT NULL, "
                     "seen TEXT NOT NULL, synced_at TEXT NOT NULL)")
        conn.execute("INSERT INTO sync_origin VALUES ('postgresql://zorg@db/agenda', '{}', "
                     "'2026-11-29T03:00:00+00:00')")
    conn.close()
    with open_store(ws) as store:
        assert store.offline_origin() == origin_of(ws) == (
            "postgresql://zorg@db/agenda", "2026-11-29T03:00:00+00:00")
