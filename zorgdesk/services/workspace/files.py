"""Where workspaces live by default, and making new ones (empty or from a sample)."""

from __future__ import annotations

from pathlib import Path

from zorgdesk import paths


def sample_path(name: str) -> Path:
    return paths.workspaces_dir() / f"{name}{paths.WORKSPACE_SUFFIX}"


def ensure_sample(name: str) -> Path:
    """The user's own copy of a sample: written once, then theirs to change."""
    path = sample_path(name)
    if not path.exists():
        from zorgdesk.samples import write_sample

        write_sample(name, path)
    return path


def create_workspace(path: Path, name: str) -> Path:
    from zorgdesk.models import Workspace
    from zorgdesk.store import create_store

    store = create_store(path)
    try:
        with store.transaction() as session:
            session.add(Workspace(name=name))
    finally:
        store.close()
    return path
