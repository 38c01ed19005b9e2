"""Write files so that a killed process never leaves a half-written file at the target.

The temporary file sits beside the target as `.<name>.<pid>.<random>.tmp` (plus SQLite's
-wal/-shm/-journal while a database is built in it). A killed process cannot remove it, so
every later write to the same target first removes the leftovers of our own naming whose
process no longer runs (or, for names without a pid, that are over an hour old).

A ZorgDesk workspace is never replaced by accident: `atomic_path` refuses a target that is a
workspace (judged by its header, not its name) unless the caller says it replaces one on
purpose (restore, import over an existing workspace, `--force`).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError

SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal")
LEGACY_AGE_SECONDS = 3600


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def is_workspace_file(path: Path) -> bool:
    """True when `path` is a file that starts like a ZorgDesk workspace (SQLite + our id)."""
    from zorgdesk.store.schema import APPLICATION_ID, SQLITE_HEADER

    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (header.startswith(SQLITE_HEADER) and len(header) >= 72
            and int.from_bytes(header[68:72], "big") == APPLICATION_ID)


def pid_alive(pid: int) -> bool:
    """Does process `pid` run on this computer? Unknown counts as alive (never remove then)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":
        import ctypes

        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return True
        handle = windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _temp_pattern(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"^\.{re.escape(name)}\.(?:(\d+)\.)?[A-Za-z0-9_]{{6,16}}\.tmp(?:-wal|-shm|-journal)?$")


def clean_stale_temps(target: Path) -> list[Path]:
    """Remove our own temporary files for `target` left by a process that no longer runs."""
    target = Path(target)
    pattern = _temp_pattern(target.name)
    removed: list[Path] = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None:
            continue
        try:
            if match.group(1) is not None:
                if pid_alive(int(match.group(1))):
                    continue
            elif now - entry.stat().st_mtime < LEGACY_AGE_SECONDS:
                continue
            entry.unlink()
            removed.append(entry)
        except OSError:
            continue
    return removed


def refuse_workspace(target: Path) -> None:
    """Raise when `target` is an existing ZorgDesk workspace (checked by its header)."""
    if Path(target).is_file() and is_workspace_file(target):
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is een ZorgDesk-werkruimte; ZorgDesk schrijft er niets "
            "anders overheen. Kies een andere bestandsnaam."), name=Path(target).name)


@contextlib.contextmanager
def atomic_path(target: Path, *, replace_workspace: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target` in one step.

    `replace_workspace`: the caller replaces a workspace on purpose (and made a backup);
    otherwise an existing workspace at `target` is refused before anything is written.
    """
    target = Path(target)
    if not replace_workspace:
        refuse_workspace(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_temps(target)
    # os.urandom is what secrets.token_hex reads; the secrets module (with hmac and random)
    # would only cost every start its import.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        yield tmp
        if tmp.exists():
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        if not replace_workspace:
            refuse_workspace(target)  # it may have appeared meanwhile
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        for suffix in SIDE_SUFFIXES:
            with contextlib.suppress(OSError):
                Path(f"{tmp}{suffix}").unlink()


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: Path, text: str) -> None:
    write_bytes_atomic(target, text.encode("utf-8"))
