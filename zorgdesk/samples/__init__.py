"""Sample workspaces built from the public source documents, plus a large synthetic one.

Each builder fills an empty, freshly created workspace through one Session. The data of the
real samples lives in modules beside this one, transcribed from the seeds; nothing invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from zorgdesk.store.errors import QT_TRANSLATE_NOOP, StoreError, translated_write_errors

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Builder = Callable[["Session"], None]


# One small function per sample that imports its module: plain imports, so PyInstaller sees
# them, and only when that sample is written (each pulls in the ORM).
def _drenthe_werkagenda() -> Builder:
    from zorgdesk.samples.drenthe_werkagenda import build

    return build


def _iza_drenthe() -> Builder:
    from zorgdesk.samples.iza_drenthe import build

    return build


def _noord_limburg() -> Builder:
    from zorgdesk.samples.noord_limburg import build

    return build


def _large() -> Builder:
    from zorgdesk.samples.large import build

    return build


# name -> its builder's loader; each builder takes a Session on an empty workspace.
SAMPLES: dict[str, Callable[[], Builder]] = {
    "drenthe-werkagenda": _drenthe_werkagenda,
    "iza-drenthe": _iza_drenthe,
    "noord-limburg": _noord_limburg,
    "large": _large,
}
DEFAULT_SAMPLE = "iza-drenthe"


def builder(name: str) -> Builder:
    try:
        load = SAMPLES[name]
    except KeyError:
        known = ", ".join(SAMPLES)
        raise StoreError(QT_TRANSLATE_NOOP(
            "StoreError", "Onbekend voorbeeld '{name}'. Kies uit: {known}."),
            name=name, known=known) from None
    return load()


def write_sample(name: str, out: Path, *, replace_workspace: bool = False) -> Path:
    """Write sample `name` to `out`; the file appears complete or not at all.

    An existing workspace at `out` is refused unless `replace_workspace` (see atomic_path).
    """
    from sqlalchemy.orm import Session

    from zorgdesk.store.atomic import atomic_path
    from zorgdesk.store.engine import make_engine
    from zorgdesk.store.integrity import quick_verify
    from zorgdesk.store.migrate import create_schema
    from zorgdesk.store.verified import remember
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
        # The deep check an opening would run, run once here while the file is still ours
        # alone; the app and reports then open it as one it closed cleanly (store/verified.py).
        quick_verify(tmp)
    remember(out)
    return out
