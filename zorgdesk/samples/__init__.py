"""Sample workspaces built from the public source documents, plus a large synthetic one.

Each builder fills an empty, freshly created workspace through one Session. The data of the
real samples lives in modules beside this one, transcribed from the seeds; nothing invented.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from zorgdesk.store.atomic import atomic_path
from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError, translated_write_errors

# name -> "module:function"; each function takes a Session on an empty workspace.
SAMPLES: dict[str, str] = {
    "drenthe-werkagenda": "zorgdesk.samples.drenthe_werkagenda:build",
    "iza-drenthe": "zorgdesk.samples.iza_drenthe:build",
    "noord-limburg": "zorgdesk.samples.noord_limburg:build",
    "large": "zorgdesk.samples.large:build",
}
DEFAULT_SAMPLE = "iza-drenthe"


def builder(name: str) -> Callable[[Session], None]:
    try:
        target = SAMPLES[name]
    except KeyError:
        known = ", ".join(SAMPLES)
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Onbekend voorbeeld '{name}'. Kies uit: {known}."),
            name=name, known=known) from None
    module_name, func_name = target.split(":")
    func: Callable[[Session], None] = getattr(importlib.import_module(module_name), func_name)
    return func


def write_sample(name: str, out: Path, *, replace_workspace: bool = False) -> Path:
    """Write sample `name` to `out`; the file appears complete or not at all.

    An existing workspace at `out` is refused unless `replace_workspace` (see atomic_path).
    """
    from zorgdesk.store.engine import make_engine
    from zorgdesk.store.migrate import create_schema
    from zorgdesk.store.workspace_store import finalize_file

    build = builder(name)
    out = Path(out)
    with translated_write_errors(out), atomic_path(out, replace_workspace=replace_workspace) \
            as tmp:
        engine = make_engine(tmp)
        try:
            create_schema(engine)
            with Session(engine) as session, session.begin():
                build(session)
        finally:
            engine.dispose()
        finalize_file(tmp)
    return out
