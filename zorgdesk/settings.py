"""Typed UI preferences over QSettings, stored as an ini file in the app's config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from zorgdesk import paths

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "zorgdesk.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path | str]:
    """Workspace files (Path) and server workspaces (their URL, never with a password)."""
    from zorgdesk.store.server import is_server_url

    value = _settings().value("workspaces/recent", [])
    items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [str(v) if is_server_url(str(v)) else Path(str(v)) for v in items if str(v)]


def add_recent(location: Path | str) -> None:
    if isinstance(location, str):
        from zorgdesk.store.server import display_name

        entry: Path | str = display_name(location)
    else:
        entry = Path(location).resolve()
    known = recent_files()
    items = [entry, *(p for p in known if p != entry)][:MAX_RECENT]
    if items == known:
        return  # already first (the usual start): the file is not written again
    settings = _settings()
    settings.setValue("workspaces/recent", [str(p) for p in items])
    settings.sync()


def language() -> str:
    return str(_settings().value("ui/language", "nl"))


def set_language(code: str) -> None:
    settings = _settings()
    settings.setValue("ui/language", code)
    settings.sync()


def auto_sync(workspace: Path) -> bool:
    """Whether this offline copy may synchronise by itself when its server is reachable."""
    return _settings().value(f"autosync/{_key(workspace)}", False, type=bool) is True


def set_auto_sync(workspace: Path, on: bool) -> None:
    _settings().setValue(f"autosync/{_key(workspace)}", on)


def _key(workspace: Path) -> str:
    import hashlib

    return hashlib.sha1(str(Path(workspace).resolve()).encode(), usedforsecurity=False).hexdigest()
