"""Folders that refuse writes: read-only and full, for the hardening tests.

As root (CI containers) chmod does not stop a write, so a small tmpfs is mounted instead
(read-only by remounting it, full by its size). Where neither works the test is skipped.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                            capture_output=True, check=False)
    return result.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextlib.contextmanager
def readonly_folder(folder: Path, files: dict[str, bytes]) -> Iterator[Path]:
    """`folder` holding `files`, in which nothing may be written or created."""
    if os.geteuid() != 0:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    if not _mount(folder, "size=64m"):
        pytest.skip("geen tmpfs te koppelen")
    try:
        for name, data in files.items():
            (folder / name).write_bytes(data)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True,
                       capture_output=True)
        yield folder
    finally:
        _umount(folder)


@contextlib.contextmanager
def full_folder(folder: Path, size: str = "256k") -> Iterator[Path]:
    """A tiny tmpfs: any larger file written into it fails with 'no space left'."""
    if os.geteuid() != 0 or not _mount(folder, f"size={size}"):
        pytest.skip("geen tmpfs te koppelen")
    try:
        yield folder
    finally:
        _umount(folder)
