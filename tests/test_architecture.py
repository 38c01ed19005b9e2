"""The layers stay as designed: models free of Qt, widgets only in ui, no SQL in ui, offline."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "zorgdesk"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules_under(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py")) if folder else sorted(PACKAGE.rglob("*.py"))


def test_models_do_not_import_qt() -> None:
    offenders = [p for p in modules_under("models") if any(
        name.startswith("PySide6") for name in imports_of(p))]
    assert offenders == []


def test_importing_models_loads_no_qt() -> None:
    code = ("import sys, zorgdesk.models; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_widgets_only_in_ui() -> None:
    offenders = [
        p.relative_to(PACKAGE) for p in modules_under("")
        if "ui" not in p.relative_to(PACKAGE).parts[:1]
        and p.name != "app.py"
        and any(n.startswith(("PySide6.QtWidgets", "PySide6.QtGui")) for n in imports_of(p))
    ]
    assert offenders == []


def test_lower_layers_never_import_ui() -> None:
    for folder in ("models", "store", "services", "reports", "samples"):
        for path in modules_under(folder):
            assert not any(n.startswith("zorgdesk.ui") for n in imports_of(path)), path


def test_ui_holds_no_sql() -> None:
    for path in modules_under("ui"):
        names = imports_of(path)
        assert not any(n.startswith(("sqlalchemy", "sqlite3")) for n in names), path


def test_sqlite3_only_in_the_store() -> None:
    """Everything above the store reads through `Store.reader()` or SQLAlchemy, so the same
    code runs on a workspace file and on a PostgreSQL server (tests/test_portable_reads.py)."""
    offenders = [
        p.relative_to(PACKAGE) for p in modules_under("")
        if p.relative_to(PACKAGE).parts[0] != "store"
        and any(n == "sqlite3" or n.startswith("sqlite3.") for n in imports_of(p))
    ]
    assert offenders == []


def test_reports_only_render() -> None:
    """The reports print the services' rows (services/goals/plan.py, services/meetings/
    meeting_data.py): no SQL, no ORM, no session or connection of their own."""
    for path in modules_under("reports"):
        names = imports_of(path)
        forbidden = ("sqlalchemy", "sqlite3", "zorgdesk.models")
        assert not any(n.startswith(forbidden) for n in names), path
        text = path.read_text(encoding="utf-8")
        assert ".session(" not in text and ".reader(" not in text and ".engine" not in text, path


def test_offline_no_network_modules() -> None:
    banned = ("socket", "requests", "urllib.request", "http.client", "httpx", "aiohttp")
    for path in modules_under(""):
        names = imports_of(path)
        assert not any(n == b or n.startswith(b + ".") for n in names for b in banned), path


def test_start_up_path_stays_light() -> None:
    """Opening the app module and the store must not drag in SQLAlchemy, matplotlib or reportlab."""
    code = (
        "import sys, zorgdesk.app, zorgdesk.store, zorgdesk.services.workspace.overview, "
        "zorgdesk.ui.main_window, zorgdesk.ui.workspace.overview_page; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'matplotlib', 'reportlab', 'alembic', 'pypdf', 'pikepdf'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"


UI_FEATURES = ("workspace", "goals", "timeline", "partners", "meetings", "reports", "tables")


def ui_parts_imported(path: Path) -> set[str]:
    """The folders of zorgdesk/ui that `path` imports from ("kit", "goals", ...)."""
    return {name.split(".")[2] for name in imports_of(path)
            if name.startswith("zorgdesk.ui.") and len(name.split(".")) > 3}


def test_ui_features_import_only_the_kit_and_themselves() -> None:
    """A feature folder never reaches into another feature: what two features share lives in
    ui/kit. The composition roots (ui/main_window.py, app.py) may import every feature."""
    offenders = [
        (str(path.relative_to(PACKAGE)), sorted(parts - {"kit", feature}))
        for feature in UI_FEATURES for path in modules_under(f"ui/{feature}")
        if (parts := ui_parts_imported(path)) - {"kit", feature}
    ]
    assert offenders == []
    assert {p.name for p in (PACKAGE / "ui").iterdir() if p.is_dir()
            and p.name != "__pycache__"} == {*UI_FEATURES, "kit"}


def test_the_ui_kit_imports_no_feature() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in modules_under("ui/kit")
                 if ui_parts_imported(p) - {"kit"}]
    assert offenders == []
