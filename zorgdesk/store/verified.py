"""Workspaces this app closed cleanly and nothing touched since: their deep open check waits.

The full check on open (index, text decoding, references, cycles) costs ~380 ms on a 36 MB
workspace, more than the whole first paint. A file whose size, modification time and inode
are exactly as the app left them at a clean close (no write-ahead log left over) was last
written by this app and checked when it was opened, so the app opens it with the cheap header
checks only. Any other change to the file, a copy, a restore or a crash brings the full check
back; `zorgdesk check` and backups always run it. A report (`open_store(readonly=True,
hold=False)`) trusts the clean close as the app does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

KEEP = 50  # the most recent files remembered


def _registry() -> Path:
    from zorgdesk import paths

    return paths.data_dir() / "schoon-afgesloten.json"


def fingerprint(path: Path) -> list[int] | None:
    """Size, modification time and inode; None while a write-ahead log holds changes."""
    try:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        st = Path(path).stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _load() -> dict[str, list[int]]:
    try:
        data = json.loads(_registry().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember(path: Path) -> None:
    """After a clean close: this file, as it is now, was left by the app."""
    found = fingerprint(path)
    if found is None:
        return
    known = _load()
    key = os.path.realpath(path)
    known.pop(key, None)
    known[key] = found
    kept = dict(list(known.items())[-KEEP:])
    target = _registry()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # only a shortcut for the next start; the full check simply runs then


def unchanged_since_clean_close(path: Path) -> bool:
    found = fingerprint(path)
    return found is not None and _load().get(os.path.realpath(path)) == found
