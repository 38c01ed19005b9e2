"""Where a command may write its output: one guard used by every command that writes a file.

- never over its own input (or that input's -wal/-shm/-journal/.lock),
- never over a ZorgDesk workspace (judged by the header, not the name) unless the command
  writes a workspace itself and `--force` was given; then the target's one-writer lock is
  held for the whole write (refused while the app has it open) and a backup made first,
- over any other existing file only with `--force`,
- a read-only folder is explained as such.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from zorgdesk.store.atomic import is_workspace_file
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError, WriteFailedError

SIDECARS = ("-wal", "-shm", "-journal", ".lock")


def add_force(parser: argparse.ArgumentParser) -> None:
    """The `--force` option every writing command shares."""
    parser.add_argument("--force", action="store_true",
        help="vervang een bestaand doelbestand (nooit een werkruimte, behalve bij sample, "
        "backup en import; daarvan wordt eerst een reservekopie gemaakt)")


def _same(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    return os.path.realpath(a) == os.path.realpath(b)


def _existing_folder(path: Path) -> Path:
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_target(out: Path, inputs: Sequence[Path] = (), *, force: bool = False,
                 workspace: bool = False) -> None:
    """Raise a Dutch `StoreError` when the command may not write `out` (see module doc)."""
    out = Path(out)
    for given in inputs:
        source = Path(given)
        if _same(out, source) or any(
                _same(out, Path(f"{source}{suffix}")) for suffix in SIDECARS):
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "Het doelbestand {name} is ook het invoerbestand {source}; "
                "ZorgDesk schrijft er niet overheen. Kies een ander doelbestand met --out."),
                name=out.name, source=source.name)
    if out.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} is een map; geef met --out een bestandsnaam op."),
            name=out.name)
    folder = _existing_folder(out)
    if not os.access(folder, os.W_OK):
        raise WriteFailedError(QT_TRANSLATE_NOOP(
            "StoreError", "In de map {folder} mag niet worden geschreven (alleen-lezen); "
            "{name} is niet gemaakt. Kies met --out een map waarin u mag schrijven."),
            folder=folder, name=out.name)
    if not out.exists():
        return
    if is_workspace_file(out):
        if not workspace:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "{name} is een ZorgDesk-werkruimte; ZorgDesk schrijft er niets "
                "anders overheen. Kies een andere bestandsnaam met --out."), name=out.name)
        if not force:
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "{name} is al een ZorgDesk-werkruimte. Kies een andere "
                "bestandsnaam, of geef --force om haar te vervangen (er wordt eerst een "
                "reservekopie van gemaakt)."), name=out.name)
        return
    if not force:
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "{name} bestaat al. Kies een andere bestandsnaam, of geef --force om "
            "het te vervangen."), name=out.name)


@contextlib.contextmanager
def workspace_target(out: Path, inputs: Sequence[Path] = (), *,
                     force: bool = False) -> Iterator[bool]:
    """Guard a command that writes a workspace: the target's lock is held throughout.

    Yields whether an existing workspace is being replaced (then its lock is held, a backup
    'voor-vervangen' has been made and the writer must pass `replace_workspace=True`).
    """
    from zorgdesk.store.backup import make_backup
    from zorgdesk.store.lock import WorkspaceLock

    out = Path(out)
    check_target(out, inputs, force=force, workspace=True)
    if not is_workspace_file(out):
        yield False
        return
    with WorkspaceLock(out):  # refused while the app (or another command) has it open
        make_backup(out, "voor-vervangen")
        yield True


def warn_location(path: Path) -> None:
    """Say on stderr what the app says when a live workspace lies on a network or synced
    folder (the file is still written: it may be meant as a closed copy)."""
    import sys

    from zorgdesk.store.location import check_location

    warning = check_location(Path(path))
    if warning is not None:
        print(f"zorgdesk: let op: {warning.message}", file=sys.stderr)
