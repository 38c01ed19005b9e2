"""A server workspace taken offline and synchronised again, on a real PostgreSQL server.

Edits go through the real services on the server and on the local copy; after every
synchronisation the server and the copy hold the same rows (the JSON export, row for row).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import make_small_workspace
from zorgdesk.cli import main
from zorgdesk.services.goals import commands as goals
from zorgdesk.services.sync.session import synchronise_workspace, take_offline
from zorgdesk.services.workspace.export import export_document
from zorgdesk.store import Store, StoreError, open_store
from zorgdesk.store.backup import list_backups
from zorgdesk.store.server import display_name
from zorgdesk.store.server_sync import origin_of
from zorgdesk.store.transfer import download, upload

pytestmark = pytest.mark.postgres


def tables(location: Path | str) -> dict[str, object]:
    store = open_store(location)
    try:
        found: dict[str, object] = export_document(store)["tables"]
        return found
    finally:
        store.close()


def goal(store: Store, code: str) -> str:
    with store.reader() as read:
        return str(read.execute("SELECT id FROM goal WHERE code = ?", (code,)).fetchone()[0])


def title(location: Path | str, code: str) -> str | None:
    store = open_store(location)
    try:
        with store.reader() as read:
            found = read.execute("SELECT title FROM goal WHERE code = ?", (code,)).fetchone()
        return None if found is None else str(found[0])
    finally:
        store.close()


def rename(location: Path | str, code: str, new: str) -> None:
    store = open_store(location)
    try:
        goals.update_goal(store, goal(store, code), title=new)
    finally:
        store.close()


@pytest.fixture
def offline(pg_url: str, tmp_path: Path) -> tuple[str, Path]:
    upload(make_small_workspace(tmp_path / "bron.zorgdesk"), pg_url)
    copy = tmp_path / "onderweg.zorgdesk"
    take_offline(pg_url, copy)
    return pg_url, copy


def test_taken_offline_the_copy_knows_its_server(offline: tuple[str, Path]) -> None:
    url, copy = offline
    origin = origin_of(copy)
    assert origin is not None and origin[0] == display_name(url)  # never with a password
    assert tables(copy) == tables(url)
    result = synchronise_workspace(copy, url)  # nothing changed anywhere: nothing happens
    assert (result.merge.merged, result.merge.conflicts) == ([], [])
    assert result.sent == {"nieuw": 0, "bijgewerkt": 0, "verwijderd": 0}


def test_changes_on_both_sides_meet(offline: tuple[str, Path]) -> None:
    url, copy = offline
    rename(copy, "2.1.1.A", "Onderweg hernoemd")
    rename(url, "2.1.1.B", "Op kantoor hernoemd")
    store = open_store(copy)
    try:
        new_id = goals.create_goal(store, title="Nieuw in de trein",
                                   parent_id=goal(store, "2.1.1"))
    finally:
        store.close()
    result = synchronise_workspace(copy, url)
    assert result.merge.conflicts == []
    assert result.sent["bijgewerkt"] >= 1 and result.sent["nieuw"] >= 1
    assert title(copy, "2.1.1.B") == "Op kantoor hernoemd"
    assert title(url, "2.1.1.A") == "Onderweg hernoemd"
    assert tables(copy) == tables(url)
    server = open_store(url)
    try:
        with server.reader() as read:
            found = read.execute("SELECT title FROM goal WHERE id = ?", (new_id,)).fetchone()
        assert found[0] == "Nieuw in de trein"
    finally:
        server.close()
    assert any(b.reason == "voor-synchroniseren" for b in list_backups(copy))
    again = synchronise_workspace(copy, url)
    assert (again.merge.merged, again.sent["bijgewerkt"]) == ([], 0)


def test_the_same_field_on_both_sides_is_a_conflict(offline: tuple[str, Path]) -> None:
    url, copy = offline
    rename(copy, "2.1.1.A", "Mijn titel")
    rename(url, "2.1.1.A", "Titel op de server")
    preview = synchronise_workspace(copy, url, dry_run=True)
    [conflict] = preview.merge.conflicts
    assert (conflict.column, conflict.mine, conflict.theirs) == (
        "title", "Mijn titel", "Titel op de server")
    assert title(copy, "2.1.1.A") == "Mijn titel"  # a dry run changes nothing
    assert title(url, "2.1.1.A") == "Titel op de server"
    result = synchronise_workspace(copy, url, resolve={conflict.ident: "theirs"})
    assert len(result.merge.conflicts) == 1
    assert title(copy, "2.1.1.A") == title(url, "2.1.1.A") == "Titel op de server"
    assert tables(copy) == tables(url)


def test_deletes_travel_and_an_edit_against_a_delete_is_asked(
        offline: tuple[str, Path]) -> None:
    url, copy = offline
    store = open_store(copy)
    try:
        goals.delete_goal(store, goal(store, "2.1.1.B"))
    finally:
        store.close()
    assert synchronise_workspace(copy, url).merge.conflicts == []
    assert title(url, "2.1.1.B") is None  # deleted offline, gone on the server
    rename(copy, "2.1.1.A", "Nog nodig")
    server = open_store(url)
    try:
        goals.delete_goal(server, goal(server, "2.1.1.A"))
    finally:
        server.close()
    result = synchronise_workspace(copy, url, dry_run=True)
    assert [c.kind for c in result.merge.conflicts if c.table == "goal"] == ["edit_delete"]
    synchronise_workspace(copy, url, prefer="mine")  # keep it: it goes back to the server
    assert title(url, "2.1.1.A") == "Nog nodig"
    assert tables(copy) == tables(url)


def test_a_server_changed_while_sending_gets_nothing(
        offline: tuple[str, Path], tmp_path: Path) -> None:
    """The send checks each row's revision in its one transaction: a row someone changed
    after the snapshot stops the whole send, and the server keeps that change."""
    from zorgdesk.store.server_sync import _as_copy, _send

    url, copy = offline
    rename(copy, "2.1.1.A", "Onderweg")
    rename(copy, "2.1.1.B", "Ook onderweg")
    snapshot = tmp_path / "momentopname.zorgdesk"
    download(url, snapshot)
    _as_copy(snapshot, copy)
    rename(url, "2.1.1.B", "Net op de server")  # after the snapshot, before the send
    with pytest.raises(StoreError, match="terwijl u synchroniseerde"):
        _send(copy, snapshot, url)
    assert title(url, "2.1.1.A") != "Onderweg"  # nothing of the send landed
    assert title(url, "2.1.1.B") == "Net op de server"
    result = synchronise_workspace(copy, url, prefer="mine")
    assert title(url, "2.1.1.A") == "Onderweg"
    assert [c.column for c in result.merge.conflicts] == ["title"]
    assert tables(copy) == tables(url)


def test_a_plain_file_is_not_synchronised(tmp_path: Path, pg_url: str) -> None:
    path = make_small_workspace(tmp_path / "gewoon.zorgdesk")
    with pytest.raises(StoreError, match="geen offline kopie"):
        synchronise_workspace(path, pg_url)


def test_cli_offline_and_sync(pg_url: str, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    upload(make_small_workspace(tmp_path / "bron.zorgdesk"), pg_url)
    copy = tmp_path / "mee.zorgdesk"
    assert main(["offline", pg_url, "--out", str(copy)]) == 0
    rename(copy, "2.1.1.A", "Via de opdrachtregel")
    capsys.readouterr()
    assert main(["sync", str(copy), "--url", pg_url, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["conflicts"] == 0 and report["sent"]["bijgewerkt"] >= 1
    assert title(pg_url, "2.1.1.A") == "Via de opdrachtregel"
