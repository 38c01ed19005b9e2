"""The command line as a user runs it: real subprocesses, Dutch errors, atomic files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import make_small_workspace


def zorgdesk(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZORGDESK_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "zorgdesk", *args], check=False,
                          capture_output=True,
                          text=True, env=env, timeout=timeout)


def test_info_counts_and_json(tmp_path: Path, zorgdesk_home: Path) -> None:
    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    text = zorgdesk("info", str(path), home=zorgdesk_home)
    assert text.returncode == 0
    assert "doelen" in text.stdout and "Proefregio" in text.stdout
    data = json.loads(zorgdesk("info", str(path), "--json", home=zorgdesk_home).stdout)
    assert data["counts"]["goal"] == 3
    assert data["counts"]["meeting"] == 1
    assert data["schema_version"] >= 1


def test_export_is_complete_and_versioned(tmp_path: Path, zorgdesk_home: Path) -> None:
    from zorgdesk.models import Base

    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    out = tmp_path / "export.json"
    result = zorgdesk("export", str(path), "--out", str(out), home=zorgdesk_home)
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "zorgdesk-workspace"
    assert doc["format_version"] == 1
    assert set(doc["tables"]) == set(Base.metadata.tables)
    goals = doc["tables"]["goal"]
    assert {g["code"] for g in goals} == {"2.1.1", "2.1.1.A", "2.1.1.B"}
    for table in Base.metadata.sorted_tables:
        for row in doc["tables"][table.name]:
            assert set(row) == set(table.columns.keys())


def test_export_format_is_documented_for_every_table() -> None:
    from zorgdesk.models import Base

    doc = (Path(__file__).resolve().parent.parent / "docs" / "export-format.md").read_text(
        encoding="utf-8")
    for table in Base.metadata.sorted_tables:
        assert f"`{table.name}`" in doc, table.name
        for column in table.columns:
            assert f"`{column.name}`" in doc, (table.name, column.name)


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["info", "{tmp}/bestaat-niet.zorgdesk"], "bestaat niet"),
        (["info", "{tmp}/tekst.zorgdesk"], "geen ZorgDesk-werkruimte"),
        (["export", "{tmp}/tekst.zorgdesk", "--out", "{tmp}/x.json"], "geen ZorgDesk-werkruimte"),
        (["sample", "onbekend", "--out", "{tmp}/x.zorgdesk"], "ongeldige keuze"),
        (["--smoke", "{tmp}/tekst.zorgdesk"], "geen ZorgDesk-werkruimte"),
    ],
)
def test_errors_are_dutch_without_traceback(
    tmp_path: Path, zorgdesk_home: Path, args: list[str], phrase: str
) -> None:
    (tmp_path / "tekst.zorgdesk").write_text("geen database", encoding="utf-8")
    result = zorgdesk(*[a.replace("{tmp}", str(tmp_path)) for a in args], home=zorgdesk_home)
    assert result.returncode != 0
    assert phrase in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_paints_every_page(tmp_path: Path, zorgdesk_home: Path) -> None:
    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    for page in ("overview", "goals", "timeline", "partners", "meetings", "reports"):
        result = zorgdesk("--smoke", "--page", page, str(path), home=zorgdesk_home)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("first paint: ") and result.stdout.strip().endswith("ms")


def test_first_start_opens_the_iza_sample(zorgdesk_home: Path) -> None:
    result = zorgdesk("--smoke", home=zorgdesk_home)
    assert result.returncode == 0, result.stderr
    written = zorgdesk_home / "data" / "werkruimtes" / "iza-drenthe.zorgdesk"
    assert written.exists()
    first_inode = written.stat().st_ino
    again = zorgdesk("--smoke", home=zorgdesk_home)  # second start: the recent file, not a rewrite
    assert again.returncode == 0
    assert written.stat().st_ino == first_inode


def test_killed_sample_writer_leaves_no_file(tmp_path: Path, zorgdesk_home: Path) -> None:
    target = tmp_path / "groot.zorgdesk"
    env = {**os.environ, "ZORGDESK_HOME": str(zorgdesk_home)}
    for delay in (0.6, 1.2):
        proc = subprocess.Popen([sys.executable, "-m", "zorgdesk", "sample", "large", "--out",
                                 str(target)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert not target.exists()
    leftovers = [p for p in tmp_path.iterdir() if p.name not in {"groot.zorgdesk", "zorgdesk-home"}]
    for path in leftovers:  # a killed writer may leave its temp file beside, never the target
        assert path.name.startswith(".groot.zorgdesk.")
