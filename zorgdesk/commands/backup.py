"""`zorgdesk backup FILE --out X`: a verified copy through SQLite's backup API."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.targets import add_force


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "backup", help="maak een reservekopie van een werkruimte",
        description="Schrijf een gesloten, gecontroleerde kopie van FILE naar --out, ook als "
        "de werkruimte open is (via SQLite's backup-API, nooit een ruwe bestandskopie).",
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.zorgdesk)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import workspace_target
    from zorgdesk.store.backup import copy_database
    from zorgdesk.store.integrity import quick_verify
    from zorgdesk.store.schema import read_facts

    source, out = Path(args.file), Path(args.out)
    if out.is_dir():
        out = out / source.name
    read_facts(source)
    with workspace_target(out, [source], force=args.force) as replacing:
        quick_verify(source)
        copy_database(source, out, replace_workspace=replacing)
    print(f"Reservekopie van {source.name} geschreven naar {out} (gecontroleerd: in orde).")
    return 0
