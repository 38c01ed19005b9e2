"""`zorgdesk check FILE` and `zorgdesk backup FILE --out X` on good, damaged and foreign files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store_helpers import dump, make_workspace
from zorgdesk import cli
from zorgdesk.store import open_store
from zorgdesk.store.lock import WorkspaceLock
from zorgdesk.store.schema import HEAD_VERSION


def damage_page(path: Path, page: int = 3) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = page_size * (page - 1)
    data[start:start + page_size] = bytes((i * 37 + 11) % 256 for i in range(page_size))
    path.write_bytes(bytes(data))


def damage_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:24] = b"\x00\x03\x07\x09\x00\x11\x22\x33"  # page size 3, bad payload fractions
    path.write_bytes(bytes(data))


def test_check_good_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = make_workspace(tmp_path / "goed.zorgdesk", goals=3)
    assert cli.main(["check", str(ws)]) == 0
    out = capsys.readouterr().out
    assert "De werkruimte goed.zorgdesk is in orde." in out
    assert f"Schemaversie: {HEAD_VERSION} (actueel)" in out
    assert "goal: 3" in out and "Verwijzingen: in orde" in out


@pytest.mark.parametrize("damage", [damage_header, damage_page])
def test_check_damaged_copy_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  damage: object) -> None:
    ws = make_workspace(tmp_path / "kapot.zorgdesk", goals=200)
    damage(ws)  # type: ignore[operator]
    before = ws.read_bytes()
    assert cli.main(["check", str(ws)]) == 1
    err = capsys.readouterr().err
    assert "kapot.zorgdesk" in err and "beschadigd" in err
    assert "Traceback" not in err
    assert ws.read_bytes() == before


def test_check_reports_broken_foreign_keys(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    ws = make_workspace(tmp_path / "fk.zorgdesk")
    conn = sqlite3.connect(ws)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE person SET organisation_id='bestaat-niet'")
    conn.commit()
    conn.close()
    assert cli.main(["check", str(ws)]) == 1
    err = capsys.readouterr().err
    assert "verwijzen 1 rij(en) naar rijen die niet bestaan" in err
    assert "person rij" in err


@pytest.mark.parametrize("content", [b"", b"hallo wereld\n", b"%PDF-1.7\n%\xe2\xe3\n"])
def test_check_not_a_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               content: bytes) -> None:
    path = tmp_path / "iets.zorgdesk"
    path.write_bytes(content)
    assert cli.main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "iets.zorgdesk" in err and "Traceback" not in err


def test_check_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(tmp_path / "weg.zorgdesk")]) == 1
    assert "Het bestand weg.zorgdesk bestaat niet." in capsys.readouterr().err


def test_backup_of_live_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A workspace open and locked by the app, with uncommitted-to-main WAL pages, copies whole."""
    from zorgdesk.models import Tag

    ws = make_workspace(tmp_path / "live.zorgdesk")
    store = open_store(ws, lock=True)
    with store.transaction() as session:
        session.add(Tag(name="Eerste"))
    reader = store.reader()  # an open reader keeps the WAL from being folded in at commit
    reader.execute("SELECT count(*) FROM tag").fetchone()
    with store.transaction() as session:
        session.add(Tag(name="Nieuw na openen"))
    assert Path(f"{ws}-wal").stat().st_size > 0
    out = tmp_path / "kopie" / "live-kopie.zorgdesk"
    assert cli.main(["backup", str(ws), "--out", str(out)]) == 0
    assert "live.zorgdesk" in capsys.readouterr().out
    reader.close()
    store.close()
    assert not Path(f"{out}-wal").exists()
    assert dump(out)[1]["tag"] == dump(ws)[1]["tag"]
    assert any(row[0] == "Nieuw na openen" for row in dump(out)[1]["tag"])
    assert cli.main(["check", str(out)]) == 0


def test_backup_refuses_damaged_source(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    ws = make_workspace(tmp_path / "kapot.zorgdesk", goals=200)
    damage_page(ws)
    out = tmp_path / "uit.zorgdesk"
    assert cli.main(["backup", str(ws), "--out", str(out)]) == 1
    assert "beschadigd" in capsys.readouterr().err
    assert not out.exists()


def test_backup_refuses_to_overwrite_source(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    ws = make_workspace(tmp_path / "zelf.zorgdesk")
    assert cli.main(["backup", str(ws), "--out", str(ws)]) == 1
    assert "ook het invoerbestand zelf.zorgdesk" in capsys.readouterr().err


def test_lock_does_not_block_check(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "open.zorgdesk")
    with WorkspaceLock(ws):
        assert cli.main(["check", str(ws)]) == 0
