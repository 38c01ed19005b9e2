"""`zorgdesk --help` and `zorgdesk info` load only what they use: neither the ORM nor reportlab.

Measured as a user runs them (a fresh interpreter with -X importtime), because a module that
one test already imported would hide the cost in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import make_small_workspace
from zorgdesk.store import finalize_file
from zorgdesk.store.schema import read_facts

HEAVY = ("sqlalchemy.orm", "reportlab", "matplotlib", "pikepdf", "PySide6")


def imported_modules(*args: str, home: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ZORGDESK_HOME": str(home)}
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "zorgdesk", *args],
                            capture_output=True, text=True, env=env, check=False, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
            if line.startswith("import time:") and line.count("|") == 2}


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("sample", "--help")])
def test_help_imports_nothing_heavy(args: tuple[str, ...], zorgdesk_home: Path) -> None:
    modules = imported_modules(*args, home=zorgdesk_home)
    assert "zorgdesk.cli" in modules  # the measurement itself works
    assert not {m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY}


def test_info_imports_neither_orm_nor_reportlab(tmp_path: Path, zorgdesk_home: Path) -> None:
    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    modules = imported_modules("info", str(path), home=zorgdesk_home)
    assert "zorgdesk.commands.info" in modules
    assert "sqlalchemy.orm" not in modules and "reportlab" not in modules


def test_sample_does_import_the_orm(tmp_path: Path, zorgdesk_home: Path) -> None:
    """The check can fail: a command that needs the ORM shows it in the same measurement."""
    modules = imported_modules("sample", "noord-limburg", "--out", str(tmp_path / "s.zorgdesk"),
                               home=zorgdesk_home)
    assert "sqlalchemy.orm" in modules and "zorgdesk.samples.noord_limburg" in modules


@pytest.mark.parametrize("public", [False, True])
def test_a_report_imports_no_orm_no_qt_no_pikepdf(public: bool, tmp_path: Path,
                                                   zorgdesk_home: Path) -> None:
    """A werkagenda reads the plan with plain SQL, writes PDF/A itself and reads a file as
    the app leaves it beside any writer, without a QLockFile: none of the ORM, pikepdf or Qt
    is loaded, and nothing is left beside the workspace."""
    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    finalize_file(path)  # as the app leaves a workspace it closes
    before = set(tmp_path.iterdir())
    out = tmp_path / "werkagenda.pdf"
    modules = imported_modules("report", "werkagenda", str(path), "--out", str(out),
                               *(["--public"] if public else []), home=zorgdesk_home)
    assert "reportlab" in modules  # the measurement itself works
    assert not {m for m in modules
                if m.split(".")[0] in ("pikepdf", "PySide6") or m.startswith("sqlalchemy.orm")}
    assert set(tmp_path.iterdir()) - before == {out}


def test_a_write_ahead_file_is_still_read_under_the_lock(tmp_path: Path,
                                                         zorgdesk_home: Path) -> None:
    """A file left in write-ahead mode (after a crash): a plain reader would leave -wal and
    -shm beside it; under the lock it is read as it lies and nothing is left."""
    path = make_small_workspace(tmp_path / "proef.zorgdesk")
    assert read_facts(path).wal
    before = set(tmp_path.iterdir())
    out = tmp_path / "werkagenda.pdf"
    modules = imported_modules("report", "werkagenda", str(path), "--out", str(out),
                               home=zorgdesk_home)
    assert "PySide6.QtCore" in modules  # QLockFile
    assert set(tmp_path.iterdir()) - before == {out}
