"""Shared fixtures: headless Qt, every app path redirected to a temp folder, cached samples."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(autouse=True, scope="session")
def dutch_locale() -> None:
    """As the app does at start-up (zorgdesk/app.py install_language): nl_NL formats."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


@pytest.fixture(autouse=True)
def zorgdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, backups, logs and settings of the app go to a fresh folder for every test."""
    home = tmp_path / "zorgdesk-home"
    home.mkdir()
    monkeypatch.setenv("ZORGDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def sample_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Each sample written once per test run; tests copy before they change one."""
    from zorgdesk.samples import write_sample

    folder = tmp_path_factory.mktemp("samples")
    cache: dict[str, Path] = {}

    class Lazy(dict[str, Path]):
        def __missing__(self, name: str) -> Path:
            path = write_sample(name, folder / f"{name}.zorgdesk")
            cache[name] = path
            self[name] = path
            return path

    yield Lazy()


@pytest.fixture
def sample_copy(sample_files: dict[str, Path], tmp_path: Path):  # type: ignore[no-untyped-def]
    """A function that gives a private, writable copy of a sample workspace."""

    def make(name: str) -> Path:
        target = tmp_path / f"{name}-copy.zorgdesk"
        shutil.copyfile(sample_files[name], target)
        return target

    return make


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds ontbreekt naast deze checkout")
    return SEEDS


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """One private PostgreSQL server for the whole run (started on first use, ~3 s)."""
    from tests.pg import private_server

    with private_server() as url:
        yield url


@pytest.fixture
def pg_url(pg_admin_url: str) -> str:
    """An empty database of its own for each test: one database is one workspace."""
    from tests.pg import fresh_database

    return fresh_database(pg_admin_url)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the test process without Python's finalisation of leftover Qt objects.

    After the last test, widgets that qtbot already closed can still be referenced from
    Python frames kept for the report; when the interpreter then tears them down in an
    arbitrary order, Qt 6.12 sometimes aborts ("QObject: shared QObject was deleted
    directly", exit 139) after every test passed. Everything pytest writes is done by now
    (this hook runs last), so the process exits with pytest's own status instead.
    """
    import gc
    import sys

    session = getattr(config, "_zorgdesk_session", None)
    status = int(getattr(session, "exitstatus", 0)) if session is not None else 0
    gc.collect()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config._zorgdesk_session = session  # type: ignore[attr-defined]


@pytest.fixture
def meetings_page(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The Overleggen page on a region workspace (two bodies, members), shown, message boxes
    answered: the one set-up of every module that drives that page."""
    from PySide6.QtWidgets import QMessageBox

    from tests.test_meetings_services import build_region
    from zorgdesk.store import open_store
    from zorgdesk.ui.kit.context import WorkspaceContext
    from zorgdesk.ui.meetings.page import MeetingsPage

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: None))
    path = tmp_path / "regio.zorgdesk"
    build_region(path).close()
    ctx = WorkspaceContext()
    ctx.set_store(open_store(path))
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    ctx.set_store(None)
