"""Every CLI command that writes a file, against every bad target: its own input, a
workspace, a workspace open in the app, another existing file, a read-only folder, a full
disk. Each is refused (or fails) with one Dutch line, no traceback, nothing overwritten and
no temporary file left behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import make_small_workspace
from tests.mounts import full_folder, readonly_folder
from tests.store_helpers import dump
from zorgdesk import cli

Args = Callable[[Path, Path, Path], list[str]]

# name -> argv from (workspace, json export, target)
COMMANDS: dict[str, Args] = {
    "sample": lambda ws, js, out: ["sample", "drenthe-werkagenda", "--out", str(out)],
    "export": lambda ws, js, out: ["export", str(ws), "--out", str(out)],
    "backup": lambda ws, js, out: ["backup", str(ws), "--out", str(out)],
    "ical": lambda ws, js, out: ["ical", str(ws), "--out", str(out)],
    "report": lambda ws, js, out: ["report", "werkagenda", str(ws), "--out", str(out)],
    "import": lambda ws, js, out: ["import", str(js), "--out", str(out)],
}
WRITES_WORKSPACE = {"sample", "backup", "import"}


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("originals")
    ws = make_small_workspace(folder / "bron.zorgdesk")
    other = make_small_workspace(folder / "ander.zorgdesk")
    js = folder / "bron.json"
    assert cli.main(["export", str(ws), "--out", str(js)]) == 0
    return {"ws": ws, "other": other, "json": js}


@pytest.fixture
def files(originals: dict[str, Path], tmp_path: Path) -> dict[str, Path]:
    out = {}
    for key, path in originals.items():
        out[key] = tmp_path / path.name
        shutil.copyfile(path, out[key])
    return out


@pytest.fixture
def locked_other(files: dict[str, Path]) -> Iterator[Path]:
    """`ander.zorgdesk` held open by another process, as the app holds it."""
    code = ("import sys, time\nfrom zorgdesk.store import open_store\n"
            f"s = open_store(r'{files['other']}', lock=True)\nprint('ok', flush=True)\n"
            "time.sleep(120)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ok"
        yield files["other"]
    finally:
        child.kill()
        child.wait()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(argv)
    err = capsys.readouterr().err
    return code, err


def assert_refused(code: int, err: str, *names: str) -> None:
    assert code == 1, err
    assert err.startswith("zorgdesk: ") and "Traceback" not in err, err
    assert err.count("\n") == 1, err  # one line
    for name in names:
        assert name in err, err


def no_leftovers(folder: Path) -> None:
    stray = [p.name for p in folder.iterdir() if p.name.startswith(".") and ".tmp" in p.name]
    assert stray == []


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "sample"])
def test_own_input_is_refused(command: str, files: dict[str, Path],
                              capsys: pytest.CaptureFixture[str]) -> None:
    source = files["json"] if command == "import" else files["ws"]
    before = source.read_bytes()
    code, err = run([*COMMANDS[command](files["ws"], files["json"], source), "--force"], capsys)
    assert_refused(code, err, "invoerbestand", source.name)
    assert source.read_bytes() == before
    no_leftovers(source.parent)


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_workspace_target_is_refused(command: str, force: bool, files: dict[str, Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = files["other"]
    before = target.read_bytes()
    argv = COMMANDS[command](files["ws"], files["json"], target) + (["--force"] if force else [])
    code, err = run(argv, capsys)
    if force and command in WRITES_WORKSPACE:  # replaced on purpose, after a backup
        assert code == 0, err
        from zorgdesk.store.backup import list_backups

        assert [b.reason for b in list_backups(target)][:1] in (["voor-vervangen"],
                                                               ["voor-import"])
        return
    assert_refused(code, err, "ander.zorgdesk", "werkruimte")
    assert target.read_bytes() == before
    no_leftovers(target.parent)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_workspace_open_in_the_app_is_refused_even_with_force(
        command: str, files: dict[str, Path], locked_other: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = locked_other.read_bytes()
    argv = [*COMMANDS[command](files["ws"], files["json"], locked_other), "--force"]
    code, err = run(argv, capsys)
    assert_refused(code, err, "ander.zorgdesk")
    assert locked_other.read_bytes() == before


@pytest.mark.parametrize("command", list(COMMANDS))
def test_other_existing_file_needs_force(command: str, files: dict[str, Path], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notities.txt"
    target.write_text("belangrijk\n", encoding="utf-8")
    code, err = run(COMMANDS[command](files["ws"], files["json"], target), capsys)
    assert_refused(code, err, "notities.txt", "--force")
    assert target.read_text(encoding="utf-8") == "belangrijk\n"
    code, err = run([*COMMANDS[command](files["ws"], files["json"], target), "--force"], capsys)
    assert code == 0, err
    assert target.read_bytes() != b"belangrijk\n"


@pytest.mark.parametrize("command", list(COMMANDS))
def test_read_only_folder_is_named_as_such(command: str, files: dict[str, Path],
                                           tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with readonly_folder(tmp_path / "alleen-lezen", {}) as folder:
        target = folder / "uit.bin"
        code, err = run(COMMANDS[command](files["ws"], files["json"], target), capsys)
        assert_refused(code, err, "alleen-lezen", "uit.bin")
        assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", list(COMMANDS))
def test_full_disk_fails_cleanly(command: str, files: dict[str, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    source_before = dump(files["ws"])
    with full_folder(tmp_path / "vol") as folder:
        fd = os.open(folder / "vulling", os.O_WRONLY | os.O_CREAT)
        try:
            with pytest.raises(OSError):
                while True:
                    os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)
        target = folder / "uit.bin"
        code, err = run(COMMANDS[command](files["ws"], files["json"], target), capsys)
        assert_refused(code, err, "vol")
        assert not target.exists()
        assert sorted(p.name for p in folder.iterdir()) == ["vulling"]
    assert dump(files["ws"]) == source_before


READERS: dict[str, Callable[[Path, Path], list[str]]] = {
    "info": lambda ws, out: ["info", str(ws)],
    "check": lambda ws, out: ["check", str(ws)],
    "export": lambda ws, out: ["export", str(ws), "--out", str(out / "x.json")],
    "ical": lambda ws, out: ["ical", str(ws), "--out", str(out / "x.ics")],
    "report": lambda ws, out: ["report", "werkagenda", str(ws), "--out", str(out / "x.pdf")],
}


def _wal_mode_copy(source: Path, target: Path) -> bytes:
    """The bytes of `source` after the app opened and closed it (the file is then in WAL)."""
    from zorgdesk.store import open_store
    from zorgdesk.store.engine import make_engine

    shutil.copyfile(source, target)
    store = open_store(target, lock=True)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    store.close()
    engine = make_engine(target)
    engine.dispose()
    data = target.read_bytes()
    assert data[18:20] == b"\x02\x02"  # WAL mode
    return data


@pytest.mark.parametrize("journal", ["wal", "delete"])
@pytest.mark.parametrize("command", list(READERS))
def test_reading_commands_leave_the_file_byte_identical(
        command: str, journal: str, files: dict[str, Path], tmp_path: Path,
        sample_files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    ws = files["ws"]
    if journal == "delete":  # as `zorgdesk sample` writes it: rollback journal, not WAL
        ws = tmp_path / "voorbeeld.zorgdesk"
        shutil.copyfile(sample_files["drenthe-werkagenda"], ws)
        assert ws.read_bytes()[18:20] == b"\x01\x01"
    before = ws.read_bytes()
    out = tmp_path / "uit"
    out.mkdir()
    code, err = run(READERS[command](ws, out), capsys)
    assert code == 0, err
    assert ws.read_bytes() == before
    assert sorted(p.name for p in ws.parent.iterdir() if p.name.startswith(ws.name)) == [ws.name]


@pytest.mark.parametrize("command", list(READERS))
def test_reading_commands_work_in_a_read_only_folder(
        command: str, files: dict[str, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    data = _wal_mode_copy(files["ws"], tmp_path / "wal.zorgdesk")
    out = tmp_path / "uit"
    out.mkdir()
    with readonly_folder(tmp_path / "ro", {"wal.zorgdesk": data}) as folder:
        code, err = run(READERS[command](folder / "wal.zorgdesk", out), capsys)
        assert code == 0, err
        assert (folder / "wal.zorgdesk").read_bytes() == data


def test_app_open_in_read_only_folder_is_explained(files: dict[str, Path],
                                                   tmp_path: Path) -> None:
    from zorgdesk.store import StoreError, open_store

    data = _wal_mode_copy(files["ws"], tmp_path / "wal.zorgdesk")
    with readonly_folder(tmp_path / "ro", {"wal.zorgdesk": data}) as folder:
        with pytest.raises(StoreError) as caught:
            open_store(folder / "wal.zorgdesk", lock=True)
        assert "alleen-lezen" in caught.value.message
        assert "beschadigd" not in caught.value.message
