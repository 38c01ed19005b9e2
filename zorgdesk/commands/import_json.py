"""`zorgdesk import FILE.json --out X.zorgdesk`: a new workspace from a JSON export.

The module is not called `import` (a keyword); cli.py maps the subcommand name to it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from zorgdesk.commands.targets import add_force


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "import", help="maak een werkruimte uit een JSON-export",
        description="Lees een JSON-export (docs/export-format.md) en schrijf er een nieuwe "
        "werkruimte van. Het document wordt eerst helemaal gecontroleerd; bij een fout wordt "
        "niets geschreven. Een bestaande werkruimte wordt alleen met --force vervangen, na "
        "een reservekopie.",
    )
    parser.add_argument("file", metavar="FILE.json", type=Path)
    parser.add_argument("--out", required=True, type=Path, help="doelbestand (.zorgdesk)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from zorgdesk.commands.targets import check_target, warn_location
    from zorgdesk.services.workspace.json_import import import_json

    check_target(args.out, [args.file], force=args.force, workspace=True)
    existed = Path(args.out).exists()
    path = import_json(args.file, args.out, force=args.force)
    note = " (de vorige inhoud staat in de reservekopieën)" if existed else ""
    print(f"Werkruimte uit {Path(args.file).name} geschreven naar {path}{note}.")
    warn_location(path)
    return 0
