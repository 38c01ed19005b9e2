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


def data_dir() -> Path:
    home = _home()
    if home is not None:
        path = home / "data"
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def workspaces_dir() -> Path:
    path = data_dir() / "werkruimtes"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    if home is not None:
        path = home / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    if home is not None:
        path = home / "config"
    else:
        import platformdirs

        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Files the app can always make again (parsed fonts): safe to delete at any time."""
    home = _home()
    if home is not None:
        path = home / "cache"
    else:
        import platformdirs

        path = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The package's own resources/ (fonts, translations, icons): package data, so a wheel and
    a frozen bundle carry them as well as a checkout does."""
    from importlib.resources import files

    return Path(str(files("zorgdesk") / "resources"))
