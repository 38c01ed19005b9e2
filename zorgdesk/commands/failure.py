"""The one Dutch line a command prints when it fails, whatever the failure was.

A `StoreError` carries its own sentence. A failed write (full disk, read-only folder) is
turned into one by `as_store_error` for the file the command was writing. Anything else
(an OverflowError deep in a library, an unexpected bug) still names the file and says what
to do, never a Python traceback or a library's English text.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def _files(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    source = getattr(args, "file", None)
    out = getattr(args, "out", None)
    return (Path(source) if source else None, Path(out) if out else None)


def failure_text(exc: BaseException, args: argparse.Namespace) -> str:
    from zorgdesk.store.errors import StoreError, as_store_error, is_unreadable_data

    if isinstance(exc, StoreError):
        return exc.message
    source, out = _files(args)
    target = out or source or Path("het bestand")
    translated = as_store_error(exc, target)
    if translated is not None:
        return translated.message
    if isinstance(exc, OSError):
        name = Path(str(exc.filename)).name if exc.filename else target.name
        reason = exc.strerror or "onbekende oorzaak"
        return (f"het bestand {name} kan niet worden gelezen of geschreven ({reason}). "
                "Controleer of de map bestaat en of u er mag schrijven.")
    if is_unreadable_data(exc) and source is not None:
        return (f"de werkruimte {source.name} is beschadigd of onleesbaar. Voer 'zorgdesk "
                f"check {source}' uit en zet zo nodig de nieuwste goede reservekopie terug.")
    where = source.name if source is not None else target.name
    return (f"de opdracht is mislukt bij het verwerken van {where} (onverwachte fout: "
            f"{type(exc).__name__}). Er is niets overschreven. Meld dit probleem met de "
            "opdracht die u gaf.")
