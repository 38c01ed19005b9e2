"""Every path the app writes to, from one place, so tests can redirect all of it at once.

Set ZORGDESK_HOME to put data, backups, logs and settings under one folder (tests do).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ZorgDesk"
WORKSPACE_SUFFIX = ".zorgdesk"


def _home() -> Path | None:
    value = os.environ.get("ZORGDESK_HOME")
    return Path(value) if value else None


def _app_dir(kind: str, under_home: str) -> Path:
    """The platform's folder of this `kind` (platformdirs' user_<kind>_dir), or the folder
    `under_home` in ZORGDESK_HOME (tests, portable use); made when missing."""
    home = _home()
    if home is not None:
        path = home / under_home
    else:
        import platformdirs

        path = Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _app_dir("data", "data")


def workspaces_dir() -> Path:
    path = data_dir() / "werkruimtes"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    return _app_dir("log", "logs")


def config_dir() -> Path:
    return _app_dir("config", "config")


def cache_dir() -> Path:
    """Files the app can always make again (parsed fonts): safe to delete at any time."""
    return _app_dir("cache", "cache")


def resources_dir() -> Path:
    """The package's own resources/ (fonts, translations, icons): package data, so a wheel and
    a frozen bundle carry them as well as a checkout does."""
    from importlib.resources import files

    return Path(str(files("zorgdesk") / "resources"))
