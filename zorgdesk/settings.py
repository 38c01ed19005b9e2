"""Typed UI preferences over QSettings, stored as an ini file in the app's config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from zorgdesk import paths

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "zorgdesk.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    value = _settings().value("workspaces/recent", [])
    items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [Path(str(v)) for v in items if str(v)]


def add_recent(path: Path) -> None:
    path = Path(path).resolve()
    items = [p for p in recent_files() if p != path]
    items.insert(0, path)
    settings = _settings()
    settings.setValue("workspaces/recent", [str(p) for p in items[:MAX_RECENT]])
    settings.sync()


def language() -> str:
    return str(_settings().value("ui/language", "nl"))


def set_language(code: str) -> None:
    settings = _settings()
    settings.setValue("ui/language", code)
    settings.sync()
