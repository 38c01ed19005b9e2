"""A workspace on a real PostgreSQL server (started by the tests): upload, download, export,
check and info by URL, the schema guard, and two editors at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm.exc import StaleDataError

from zorgdesk.cli import main
from zorgdesk.models import Goal
from zorgdesk.services.workspace.export import export_document
from zorgdesk.store import NewerThanAppError, StoreError, open_store
from zorgdesk.store.server import display_name, is_server_url
from zorgdesk.store.transfer import download, upload

pytestmark = pytest.mark.postgres


def _tables(location: Path | str) -> dict[str, object]:
    store = open_store(location)
    try:
        tables: dict[str, object] = export_document(store)["tables"]
        return tables
    finally:
        store.close()


def test_url_or_file() -> None:
    assert is_server_url("postgresql://db.example/iza")
    assert is_server_url("postgres://u@db/iza")
    assert not is_server_url(Path("postgresql:/x.zorgdesk"))
    assert not is_server_url("werkruimte.zorgdesk")
    assert display_name("postgresql://fatma:geheim@db.example:5433/iza") == (
        "postgresql://fatma@db.example:5433/iza")


def test_upload_export_download_equal_row_for_row(
        sample_files: dict[str, Path], pg_url: str, tmp_path: Path) -> None:
    source = sample_files["iza-drenthe"]
    counts = upload(source, pg_url)
    assert counts["goal"] > 10
    from_file = _tables(source)
    from_server = _tables(pg_url)
    assert from_server == from_file
    copy = tmp_path / "kopie.zorgdesk"
    assert download(pg_url, copy) == counts
    assert _tables(copy) == from_file


def test_cli_on_a_url(sample_files: dict[str, Path], pg_url: str, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    source = sample_files["iza-drenthe"]
    assert main(["upload", str(source), "--to", pg_url]) == 0
    assert "rijen" in capsys.readouterr().out
    assert main(["info", pg_url, "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["goal"] == len(_tables(source)["goal"])  # type: ignore[arg-type]
    assert "geheim" not in info["file"]
    assert main(["check", pg_url]) == 0
    assert "is in orde" in capsys.readouterr().out
    out = tmp_path / "export.json"
    assert main(["export", pg_url, "--out", str(out)]) == 0
    assert json.loads(out.read_text())["tables"] == _tables(source)
    copy = tmp_path / "kopie.zorgdesk"
    assert main(["download", pg_url, "--out", str(copy)]) == 0
    assert main(["check", str(copy)]) == 0
    # A second download onto the same name overwrites nothing.
    assert main(["download", pg_url, "--out", str(copy)]) == 1
    assert "bestaat al" in capsys.readouterr().err


def test_upload_refuses_a_database_that_is_not_empty(
        sample_files: dict[str, Path], pg_url: str) -> None:
    upload(sample_files["iza-drenthe"], pg_url)
    before = _tables(pg_url)
    with pytest.raises(StoreError, match="niet leeg"):
        upload(sample_files["iza-drenthe"], pg_url)
    assert _tables(pg_url) == before


def test_empty_and_newer_servers_are_refused(
        sample_files: dict[str, Path], pg_url: str) -> None:
    with pytest.raises(StoreError, match="geen ZorgDesk-werkruimte"):
        open_store(pg_url)
    upload(sample_files["iza-drenthe"], pg_url)
    store = open_store(pg_url)
    try:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'toekomst'"))
    finally:
        store.close()
    with pytest.raises(NewerThanAppError, match="toekomst"):
        open_store(pg_url)


def test_two_editors_different_records_both_land_same_record_is_stale(
        sample_files: dict[str, Path], pg_url: str) -> None:
    upload(sample_files["iza-drenthe"], pg_url)
    one, two = open_store(pg_url), open_store(pg_url)
    try:
        with one.session() as s1, two.session() as s2:
            first, second = s1.scalars(select(Goal).order_by(Goal.id).limit(2)).all()
            mine = s2.get(Goal, first.id)
            other = s2.get(Goal, second.id)
            assert mine is not None and other is not None
            first.title = "Titel van editor een"
            other.title = "Titel van editor twee"
            s1.commit()
            s2.commit()  # a different record: both land
            mine.title = "Titel van editor twee, op oude revisie"
            with pytest.raises(StaleDataError):
                s2.commit()
            s2.rollback()
        with one.session() as check:
            titles = {g.id: (g.title, g.revision)
                      for g in check.scalars(select(Goal).where(
                          Goal.id.in_([first.id, second.id])))}
        assert titles[first.id][0] == "Titel van editor een"
        assert titles[second.id][0] == "Titel van editor twee"
    finally:
        one.close()
        two.close()


def test_rights_are_enforced_by_the_server(
        sample_files: dict[str, Path], pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import make_url

    from zorgdesk.store.server import ConflictError, ReadOnlyError, translated_server_errors

    upload(sample_files["iza-drenthe"], pg_url)
    admin = open_store(pg_url)
    try:
        with admin.engine.begin() as conn:
            for user in ("lies_lezer", "bram_bewerker"):
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{user}"')
                conn.exec_driver_sql(f'CREATE ROLE "{user}" LOGIN')
    finally:
        admin.close()
    assert main(["grant", pg_url, "--user", "lies_lezer", "--role", "lezer"]) == 0
    assert main(["grant", pg_url, "--user", "bram_bewerker", "--role", "bewerker"]) == 0
    assert main(["grant", pg_url, "--user", "niemand", "--role", "lezer"]) == 1
    assert "bestaat niet" in capsys.readouterr().err

    def as_user(user: str) -> str:
        return make_url(pg_url).set(username=user).render_as_string(hide_password=False)

    reader, editor = open_store(as_user("lies_lezer")), open_store(as_user("bram_bewerker"))
    try:
        assert _tables(as_user("lies_lezer")) == _tables(sample_files["iza-drenthe"])
        with pytest.raises(ReadOnlyError, match="alleen lezen"), reader.transaction() as s:
            goal = s.scalars(select(Goal).order_by(Goal.id).limit(1)).one()
            goal.title = "Door een lezer"
        with editor.transaction() as s:
            goal = s.scalars(select(Goal).order_by(Goal.id).limit(1)).one()
            goal.title = "Door een bewerker"
        with editor.session() as stale:
            old = stale.scalars(select(Goal).order_by(Goal.id).limit(1)).one()
            with reader.session() as fresh:
                assert fresh.get(Goal, old.id).title == "Door een bewerker"  # type: ignore[union-attr]
            with editor.transaction() as s:
                s.scalars(select(Goal).order_by(Goal.id).limit(1)).one().title = "Eerst"
            old.title = "Later, op een oude revisie"
            with pytest.raises(ConflictError), translated_server_errors("ws"):
                stale.commit()
    finally:
        reader.close()
        editor.close()


def test_a_client_killed_mid_edit_leaves_the_server_consistent(
        sample_files: dict[str, Path], pg_url: str) -> None:
    import signal
    import subprocess
    import sys

    upload(sample_files["iza-drenthe"], pg_url)
    before = _tables(pg_url)
    child = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys, time\n"
            "from sqlalchemy import text\n"
            "from zorgdesk.store import open_store\n"
            "store = open_store(sys.argv[1])\n"
            "with store.transaction() as s:\n"
            "    s.execute(text(\"UPDATE goal SET title = 'half'\"))\n"
            "    s.execute(text('DELETE FROM milestone'))\n"
            "    print('bezig', flush=True)\n"
            "    time.sleep(60)\n"), pg_url],
        stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "bezig"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert main(["check", pg_url]) == 0
    assert _tables(pg_url) == before


def test_reports_calendar_and_smoke_on_a_url(
        sample_files: dict[str, Path], pg_url: str, tmp_path: Path) -> None:
    """Every report kind, the calendar and the app's first paint read a server workspace and
    print what the file it came from prints (the same text, page for page)."""
    import subprocess
    import sys

    from pypdf import PdfReader

    source = sample_files["noord-limburg"]
    upload(source, pg_url)
    for kind in ("werkagenda", "progress", "matrix", "timeline"):
        for where, name in ((source, "file"), (pg_url, "server")):
            assert main(["report", kind, str(where), "--out",
                         str(tmp_path / f"{kind}-{name}.pdf"), "--public"]) == 0
        pages = [[page.extract_text() for page in PdfReader(tmp_path / f"{kind}-{n}.pdf").pages]
                 for n in ("file", "server")]
        assert pages[0] == pages[1], kind
        assert len(pages[1]) >= 1 and "Noord-Limburg" in "".join(pages[1])
    for where, name in ((source, "file"), (pg_url, "server")):
        assert main(["ical", str(where), "--out", str(tmp_path / f"{name}.ics")]) == 0
    calendars = [(tmp_path / f"{n}.ics").read_text().splitlines() for n in ("file", "server")]
    stamp = ("DTSTAMP",)
    assert ([x for x in calendars[0] if not x.startswith(stamp)]
            == [x for x in calendars[1] if not x.startswith(stamp)])
    assert sum(line.startswith("BEGIN:VEVENT") for line in calendars[1]) == 9
    assert main(["adopt", pg_url, "Vastgesteld", "--by", "AST", "--on", "2022-03-01"]) == 0
    assert main(["report", "changes", pg_url, "--version", "Vastgesteld", "--out",
                 str(tmp_path / "changes.pdf")]) == 0
    assert main(["table-export", pg_url, "--what", "all", "--out",
                 str(tmp_path / "alles.xlsx")]) == 0
    smoke = subprocess.run([sys.executable, "-m", "zorgdesk", "--smoke", pg_url],
                           capture_output=True, text=True, timeout=120,
                           env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert smoke.returncode == 0, smoke.stderr
    assert "first paint" in smoke.stdout
